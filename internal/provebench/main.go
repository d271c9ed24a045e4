// Command provebench measures protocol v2 proving capacity: one provider
// proves one proof set of n members every epoch with the real
// market/v2 Prover on one core (GOMAXPROCS=1), on a fresh anvil, and the
// CPU seconds and gas (from receipts) of each epoch are recorded for
// n = 1, 100, 10^4 and 10^6. It also computes the v1/v2 cost model from
// bench/gas.json and the recorded v1 figures in bench/gas_v1.json (see
// costmodel.go). Run it with `make bench-prove`.
//
// The sets are synthetic on chain and real on disk; see synth.go for
// exactly what is written where.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"time"
)

func main() {
	out := flag.String("out", "bench/prove.json", "proving figures (JSON)")
	costOut := flag.String("cost-out", "bench/costmodel.json", "cost model (JSON)")
	gasIn := flag.String("gas", "bench/gas.json", "measured v2 gas figures (gasbench) the cost model reads")
	gasV1 := flag.String("gas-v1", "bench/gas_v1.json", "protocol v1 gas figures recorded before v1 was deleted (history)")
	md := flag.String("md", "BENCHMARKS.md", "markdown file whose provebench section is rewritten")
	epochs := flag.Int("epochs", 10, "measured epochs per set size")
	shards := flag.Int("shards", 8, "distinct real 64 MiB shards on disk backing the members")
	distinct := flag.Int("distinct", 10_000, "members (each with its own 64 KiB shard on disk) of the distinct row")
	dir := flag.String("dir", "", "directory for the store (default: a temporary one, removed)")
	flag.Parse()
	runtime.GOMAXPROCS(1)
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	if err := run(ctx, log, runOpts{out: *out, costOut: *costOut, gasIn: *gasIn, gasV1: *gasV1, md: *md, epochs: *epochs, shards: *shards, distinct: *distinct, dir: *dir}); err != nil {
		log.Error("provebench failed", "err", err)
		os.Exit(1)
	}
}

type runOpts struct {
	out, costOut, gasIn, md  string
	gasV1                    string
	epochs, shards, distinct int
	dir                      string
}

func run(ctx context.Context, log *slog.Logger, o runOpts) error {
	if o.epochs < 3 || o.shards < 1 || o.distinct < 1 {
		return fmt.Errorf("need -epochs ≥ 3, -shards ≥ 1 and -distinct ≥ 1 (got %d, %d, %d)", o.epochs, o.shards, o.distinct)
	}
	cost, err := costModel(o.gasIn, o.gasV1)
	if err != nil {
		return fmt.Errorf("cost model: %w", err)
	}
	dir := o.dir
	if dir == "" {
		d, err := os.MkdirTemp("", "provebench")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	load0 := loadAvg()
	res, err := measure(ctx, log, dir, o.epochs, o.shards, o.distinct)
	if err != nil {
		return err
	}
	return write(o, res, cost, load0)
}
