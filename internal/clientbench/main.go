// Command clientbench measures the client figures of issue 11 for `make
// bench`: the real cairn binary puts a generated file (1 GiB of random
// bytes) to a loopback devnet of k+m provider processes (testnet.Up, as
// `cairn devnet up` runs it) and gets it back, while the client process's
// peak RSS and the bytes under its staging directory are sampled; the same
// run then encodes as many bytes with storage.Encode in-process
// (pipebench's pipeline_MBps) for put_vs_pipeline and get_vs_pipeline. A
// small warm-up put first measures the client's push rate, from which the
// measured put sizes its shards (as a user's second put would). It writes
// bench/client.json and its section of BENCHMARKS.md. Run it from the
// module root: `go run ./internal/clientbench`.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
)

func main() {
	o := opts{}
	flag.Int64Var(&o.size, "size", 1<<30, "bytes of the file put and got (and encoded for the pipeline figure)")
	flag.Int64Var(&o.warmup, "warmup", 64<<20, "bytes of the warm-up put that measures the client's push rate")
	flag.IntVar(&o.k, "k", 4, "data shards")
	flag.IntVar(&o.m, "m", 2, "parity shards")
	flag.IntVar(&o.rounds, "rounds", 2, "pipeline runs (the best is kept)")
	flag.StringVar(&o.jsonOut, "json", "bench/client.json", "output JSON")
	flag.StringVar(&o.mdOut, "md", "BENCHMARKS.md", "markdown file whose clientbench section is replaced")
	flag.StringVar(&o.work, "work", "", "scratch directory (default: a fresh one under $TMPDIR, removed after)")
	flag.StringVar(&o.pprof, "pprof", "", "directory for CPU, block and mutex profiles of the client and every provider (CAIRN_PPROF) and the client's logs")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil)).With("component", "clientbench")
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	o.command = strings.TrimSpace("go run ./internal/clientbench " + strings.Join(os.Args[1:], " "))
	if err := run(ctx, log, o); err != nil {
		log.Error("clientbench failed", "err", err)
		os.Exit(1)
	}
}

type opts struct {
	size, warmup int64
	k, m, rounds int
	jsonOut      string
	mdOut        string
	work         string
	pprof        string
	command      string
}

func run(ctx context.Context, log *slog.Logger, o opts) error {
	work := o.work
	if work == "" {
		dir, err := os.MkdirTemp("", "clientbench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		work = dir
	}
	bin := filepath.Join(work, "cairn")
	log.Info("building cairn", "out", bin)
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/cairn").CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./cmd/cairn: %w: %s", err, out)
	}
	r, err := measure(ctx, log, bin, work, o)
	if err != nil {
		return err
	}
	if err := writeJSON(o.jsonOut, r); err != nil {
		return err
	}
	md := markdown(r)
	fmt.Print(md)
	return updateSection(o.mdOut, md)
}
