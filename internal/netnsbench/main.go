// Command netnsbench measures put and get of a large file over the netns
// devnet (`cairn devnet up --netns --link …`: the client and every
// provider in its own namespace, each link shaped) against what the
// client's link can carry, for `make bench-netns` (and `make bench` where
// the machine allows network namespaces). For each link it starts a
// devnet of k+m providers, puts a generated file with the real binary in
// the client's namespace, gets it back, checks it byte for byte, and stops
// the devnet. It writes bench/netns.json and its section of BENCHMARKS.md.
// Run it from the module root as root: `go run ./internal/netnsbench`.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/cairn-storage/cairn/internal/benchenv"
	"github.com/cairn-storage/cairn/internal/netns"
)

func main() {
	size := flag.Int64("size", 1<<30, "bytes of the file put and got")
	links := flag.String("links", "rate=50mbit,delay=20ms;rate=1gbit;rate=1gbit,delay=20ms", "links to measure, ';'-separated --link specs")
	k := flag.Int("k", 4, "data shards")
	m := flag.Int("m", 2, "parity shards")
	ifAvailable := flag.Bool("if-available", false, "exit 0 with the reason when this machine cannot make network namespaces")
	jsonOut := flag.String("json", "bench/netns.json", "output JSON")
	mdOut := flag.String("md", "BENCHMARKS.md", "markdown file whose netnsbench section is replaced")
	work := flag.String("work", "", "scratch directory (default: a fresh one under $TMPDIR, removed after)")
	render := flag.Bool("render", false, "measure nothing: rewrite the BENCHMARKS.md section from the -json report")
	pprofDir := flag.String("pprof", "", "directory for CPU, block and mutex profiles of the client and every provider (CAIRN_PPROF) and the client's logs, one subdirectory per link")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil)).With("component", "netnsbench")
	if *render {
		if err := renderReport(*jsonOut, *mdOut); err != nil {
			log.Error("netnsbench -render failed", "err", err)
			os.Exit(1)
		}
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := netns.Check(ctx); err != nil {
		if *ifAvailable {
			log.Warn("skipping the netns benchmarks", "reason", err)
			return
		}
		log.Error("netnsbench needs network namespaces", "err", err)
		os.Exit(1)
	}
	var specs []netns.Link
	for _, s := range strings.Split(*links, ";") {
		l, err := netns.ParseLink(s)
		if err != nil || l.Rate == 0 {
			log.Error("bad -links", "spec", s, "err", err)
			os.Exit(2)
		}
		specs = append(specs, l)
	}
	if err := run(ctx, log, opts{size: *size, links: specs, k: *k, m: *m, jsonOut: *jsonOut, mdOut: *mdOut, work: *work, pprof: *pprofDir}); err != nil {
		log.Error("netnsbench failed", "err", err)
		os.Exit(1)
	}
}

type opts struct {
	size    int64
	links   []netns.Link
	k, m    int
	jsonOut string
	mdOut   string
	work    string
	pprof   string // profiles and client logs go under it (empty: none)
}

func run(ctx context.Context, log *slog.Logger, o opts) error {
	work := o.work
	if work == "" {
		dir, err := os.MkdirTemp("", "netnsbench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		work = dir
	}
	bin := filepath.Join(work, "cairn")
	log.Info("building cairn", "out", bin)
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/cairn")
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./cmd/cairn: %w: %s", err, out)
	}
	file := filepath.Join(work, "payload.bin")
	log.Info("generating the payload", "bytes", o.size)
	sum, err := benchenv.RandomFile(file, o.size)
	if err != nil {
		return err
	}
	rep := &report{Machine: machine(), Size: o.size, K: o.k, M: o.m, Command: commandLine()}
	for i, l := range o.links {
		dir := filepath.Join(work, fmt.Sprintf("devnet-%d", i))
		r, err := measure(ctx, log, bin, dir, file, sum, o, l)
		if err != nil {
			return fmt.Errorf("link %s: %w", l, err)
		}
		rep.Runs = append(rep.Runs, r)
		if o.pprof != "" { // the devnet's logs: the delay line's counters (frames, drops), the providers'
			if err := keepLogs(dir, profDir(o.pprof, l)); err != nil {
				return err
			}
		}
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
	}
	rep.Runs = append(keptRuns(o.jsonOut, rep.Runs), rep.Runs...)
	if err := benchenv.WriteJSON(o.jsonOut, rep); err != nil {
		return err
	}
	return benchenv.UpdateSection(o.mdOut, mdStart, mdEnd, markdown(rep))
}

func commandLine() string {
	return strings.TrimSpace("go run ./internal/netnsbench " + strings.Join(os.Args[1:], " "))
}

// keepLogs copies the *.log files of the devnet in dir (its own and its
// nodes', one level down) into out, named after their directory.
func keepLogs(dir, out string) error {
	for _, pat := range []string{"*.log", "*/*.log"} {
		logs, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			return err
		}
		for _, p := range logs {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(dir, p)
			if err := os.WriteFile(filepath.Join(out, strings.ReplaceAll(rel, string(filepath.Separator), "-")), b, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// keptRuns are the runs of the report at path (if any) whose links were
// not measured this time, so measuring some links keeps the others' rows
// (their date and load are in the table).
func keptRuns(path string, now []runResult) []runResult {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var old report
	if json.Unmarshal(raw, &old) != nil {
		return nil
	}
	measured := map[string]bool{}
	for _, r := range now {
		measured[r.Link] = true
	}
	var kept []runResult
	for _, r := range old.Runs {
		if !measured[r.Link] {
			if r.At == "" {
				r.At = old.Machine[strings.LastIndex(old.Machine, " ")+1:] // the report's date
			}
			kept = append(kept, r)
		}
	}
	return kept
}

// renderReport rewrites the section of mdOut from the report in jsonOut.
func renderReport(jsonOut, mdOut string) error {
	raw, err := os.ReadFile(jsonOut)
	if err != nil {
		return err
	}
	var rep report
	if err := json.Unmarshal(raw, &rep); err != nil {
		return fmt.Errorf("%s: %w", jsonOut, err)
	}
	return benchenv.UpdateSection(mdOut, mdStart, mdEnd, markdown(&rep))
}
