// Command demo is `make demo`: the whole cairn story on protocol v2 on one
// machine, told by driving the real cairn binary as a user would. It starts
// a devnet (`cairn devnet up`, 7 providers, one proof set each), stores a
// random file and a small one with k=4, m=2 (`cairn put`), shows that every
// provider sends one proveSet transaction per epoch whatever it holds, kills
// one slot holder with SIGKILL, watches its set fail through one settleSet
// and every slot it held get repaired by other providers while no client
// runs, fetches the file (`cairn get`) and checks its SHA-256, extends it
// (`cairn extend`, every holder accepts), ends the small one early (`cairn
// rm`, the unspent escrow is refunded), prints what every provider's set
// proved, missed, earned and lost, and tears everything down (also on
// failure or Ctrl-C). It exits non-zero if any step fails.
//
//	go run ./internal/demo -cairn bin/cairn [-size 64MiB] [-block-time 1s]
//
// CAIRN_DEMO_SIZE and CAIRN_DEMO_BLOCK_TIME override the defaults; the test
// in this package runs a shortened demo (4 MiB, fast blocks) in `make test`.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Config shapes one run of the demo.
type Config struct {
	Cairn       string        // the cairn binary
	Dir         string        // work directory (default: a temp dir, removed on success)
	Size        int64         // bytes of the random file
	Providers   int           // devnet providers (k+m+1 so one can repair)
	EpochBlocks uint64        // blocks per epoch
	BlockTime   time.Duration // anvil's block interval
	PaidEpochs  int           // proven epochs per slot to wait for before the kill
	Timeout     time.Duration // the whole demo
	Keep        bool          // keep the work directory
	// DevnetArgs are added to `cairn devnet up` (make chaos: --netns,
	// --link, --chain); with --netns every client command runs inside the
	// client's namespace.
	DevnetArgs []string
}

// DefaultConfig is `make demo`.
func DefaultConfig() Config {
	return Config{Cairn: "bin/cairn", Size: 64 << 20, Providers: 7, EpochBlocks: 10, BlockTime: time.Second,
		PaidEpochs: 3, Timeout: 10 * time.Minute}
}

func main() {
	cfg := DefaultConfig()
	if v := os.Getenv("CAIRN_DEMO_SIZE"); v != "" {
		n, err := parseSize(v)
		if err != nil {
			fmt.Fprintln(os.Stderr, "demo: CAIRN_DEMO_SIZE:", err)
			os.Exit(2)
		}
		cfg.Size = n
	}
	if v := os.Getenv("CAIRN_DEMO_BLOCK_TIME"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			fmt.Fprintln(os.Stderr, "demo: CAIRN_DEMO_BLOCK_TIME:", err)
			os.Exit(2)
		}
		cfg.BlockTime = d
	}
	size := flag.String("size", "", "size of the random file (default 64MiB, or $CAIRN_DEMO_SIZE)")
	flag.StringVar(&cfg.Cairn, "cairn", cfg.Cairn, "the cairn binary")
	flag.StringVar(&cfg.Dir, "dir", "", "work directory (default: a fresh temp dir, removed on success)")
	flag.IntVar(&cfg.Providers, "providers", cfg.Providers, "devnet providers")
	flag.Uint64Var(&cfg.EpochBlocks, "epoch-blocks", cfg.EpochBlocks, "blocks per epoch")
	flag.DurationVar(&cfg.BlockTime, "block-time", cfg.BlockTime, "block interval (or $CAIRN_DEMO_BLOCK_TIME)")
	flag.IntVar(&cfg.PaidEpochs, "paid-epochs", cfg.PaidEpochs, "paid epochs per slot before a provider is killed")
	flag.DurationVar(&cfg.Timeout, "timeout", cfg.Timeout, "give up after this long")
	flag.BoolVar(&cfg.Keep, "keep", false, "keep the work directory")
	devnetArgs := flag.String("devnet-args", "", `extra arguments of cairn devnet up, e.g. "--netns --link rate=50mbit"`)
	flag.Parse()
	cfg.DevnetArgs = strings.Fields(*devnetArgs)
	if *size != "" {
		n, err := parseSize(*size)
		if err != nil {
			fmt.Fprintln(os.Stderr, "demo: -size:", err)
			os.Exit(2)
		}
		cfg.Size = n
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := Run(ctx, cfg, os.Stdout)
	interrupted := ctx.Err() != nil
	stop()
	if interrupted {
		fmt.Fprintln(os.Stderr, "demo interrupted; the devnet was stopped")
		os.Exit(130)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "demo FAILED:", err)
		os.Exit(1)
	}
}

// Run runs the demo, narrating to out (the cairn commands' own progress
// and logs go to out too). It always tears the devnet down.
func Run(ctx context.Context, cfg Config, out io.Writer) (err error) {
	start := time.Now()
	out = &lockedWriter{w: out} // the devnet's output arrives from another goroutine
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	bin, err := filepath.Abs(cfg.Cairn)
	if err != nil {
		return err
	}
	if _, err := os.Stat(bin); err != nil {
		return fmt.Errorf("cairn binary: %w: run `make build`", err)
	}
	dir := cfg.Dir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "cairn-demo-"); err != nil {
			return err
		}
	} else if dir, err = filepath.Abs(dir); err != nil {
		return err
	}
	d := &demo{cfg: cfg, out: out, bin: bin, dir: dir, devnet: filepath.Join(dir, "devnet"), start: start}
	defer func() {
		if derr := d.teardown(); derr != nil {
			err = joinErr(err, derr)
		}
		switch {
		case err != nil:
			fmt.Fprintf(out, "\nlogs are kept in %s (devnet/anvil.log, devnet/provider-N.log, devnet.log)\n", dir)
		case cfg.Keep:
			fmt.Fprintf(out, "\nwork directory kept: %s\n", dir)
		case cfg.Dir == "": // ours to remove; a given -dir belongs to the caller
			_ = os.RemoveAll(dir)
		}
		if err == nil {
			fmt.Fprintf(out, "\ndemo passed in %s\n", time.Since(start).Round(time.Second))
		}
	}()
	return d.story(ctx)
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func joinErr(a, b error) error {
	if a == nil {
		return b
	}
	return fmt.Errorf("%w (and teardown: %v)", a, b)
}

// parseSize reads 64MiB, 4MiB, 512KiB or a plain byte count.
func parseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suf string
		m   int64
	}{{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10}, {"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}, {"b", 1}} {
		if strings.HasSuffix(t, u.suf) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suf)), u.m
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("size %q: want e.g. 64MiB", s)
	}
	return n * mult, nil
}
