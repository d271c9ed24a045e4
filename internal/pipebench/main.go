// Command pipebench measures cairn's data path for `make bench`: it runs the
// Go benchmarks of storage/ and proofs/, then encodes 1 GiB through the
// pipeline in-process, the same primitives back to back on one core, and the
// pipeline again in a child process for its peak RSS. It writes
// bench/pipeline.json (a flat name → number object) and its section of
// BENCHMARKS.md. Run it from the module root: `go run ./internal/pipebench`.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/cairn-storage/cairn/internal/benchenv"
)

func main() {
	if os.Getenv(childEnv) != "" {
		if err := runChild(); err != nil {
			fmt.Fprintln(os.Stderr, "pipebench child:", err)
			os.Exit(1)
		}
		return
	}
	size := flag.Int64("size", 1<<30, "bytes to encode for the pipeline figures")
	rounds := flag.Int("rounds", 3, "interleaved pipeline/one-core rounds (best of each is kept)")
	benchtime := flag.String("benchtime", "5x", "go test -benchtime for the primitive benchmarks")
	jsonOut := flag.String("json", "bench/pipeline.json", "output JSON")
	mdOut := flag.String("md", "BENCHMARKS.md", "markdown file whose pipebench section is replaced")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(context.Background(), log, *size, *rounds, *benchtime, *jsonOut, *mdOut); err != nil {
		log.Error("pipebench failed", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, log *slog.Logger, size int64, rounds int, benchtime, jsonOut, mdOut string) error {
	figs := figures{}
	started := time.Now()
	figs.set("loadavg_1m_start", loadAvg())

	log.Info("running go benchmarks", "pkg", "./storage")
	sb, err := goBench(ctx, "./storage", "^(BenchmarkSeal|BenchmarkRSEncode|BenchmarkEncode|BenchmarkShardSource)$", benchtime)
	if err != nil {
		return err
	}
	aes := sb.get("BenchmarkSeal/aes-256-gcm", "MB/s")
	cha := sb.get("BenchmarkSeal/chacha20-poly1305", "MB/s")
	figs.set("aead_seal_aes256gcm_MBps", aes)
	figs.set("aead_seal_chacha20poly1305_MBps", cha)
	figs.set("aead_seal_MBps", aes) // storage.DefaultCipher is AES-256-GCM
	figs.set("rs_encode_MBps", sb.get("BenchmarkRSEncode", "MB/s"))
	figs.set("put_roots_pass_MBps", sb.get("BenchmarkEncode", "MB/s"))
	figs.set("put_reencode_pass_MBps", sb.get("BenchmarkShardSource", "MB/s"))

	log.Info("running go benchmarks", "pkg", "./proofs")
	pb, err := goBench(ctx, "./proofs", "^(BenchmarkMerkleRoot64MiB|BenchmarkHasherRaw64MiB|BenchmarkProve)$", benchtime)
	if err != nil {
		log.Warn("proofs benchmarks failed; figures marked absent", "err", err)
	}
	figs.set("merkle_MBps", pb.get("BenchmarkMerkleRoot64MiB", "merkle_MBps"))
	figs.set("merkle_vs_hasher", pb.get("BenchmarkMerkleRoot64MiB", "merkle_vs_hasher"))
	figs.set("merkle_work_vs_hasher", pb.get("BenchmarkMerkleRoot64MiB", "merkle_work_vs_hasher"))
	figs.set("hasher_MBps", pb.get("BenchmarkHasherRaw64MiB", "hasher_MBps"))
	figs.set("prove_us_per_challenge", pb.get("BenchmarkProve", "prove_us_per_challenge"))

	log.Info("running go benchmarks", "pkg", "./market")
	mb, err := goBench(ctx, "./market", "^(BenchmarkGet|BenchmarkDecodeLocal|BenchmarkPut)$", benchtime)
	if err != nil {
		log.Warn("market benchmarks failed; figures marked absent", "err", err)
	}
	get, local := mb.get("BenchmarkGet", "MB/s"), mb.get("BenchmarkDecodeLocal", "MB/s")
	figs.set("get_MBps", get)
	figs.set("put_MBps", mb.get("BenchmarkPut", "MB/s"))
	figs.set("decode_local_MBps", local)
	if get != nil && local != nil && *local > 0 {
		figs.set("get_vs_local_decode", ptr(*get / *local))
	}

	// Interleave the two measurements and keep the best of each, so a burst
	// of load from other processes on this shared machine skews neither.
	var pipe, seq, pipeCPU, seqCPU float64
	for i := range rounds {
		log.Info("pipeline, all cores", "bytes", size, "round", i+1)
		p, pc, err := pipelineRun(ctx, size)
		if err != nil {
			return err
		}
		log.Info("same primitives back to back, one core", "bytes", size, "round", i+1)
		c0 := cpuSeconds()
		s, err := sequentialMBps(size)
		if err != nil {
			return err
		}
		sc := cpuSeconds() - c0
		if p > pipe {
			pipe, pipeCPU = p, pc
		}
		if s > seq {
			seq, seqCPU = s, sc
		}
	}
	figs.set("pipeline_MBps", &pipe)
	// Cores the pipeline kept busy (CPU seconds / wall seconds) and its CPU
	// cost relative to the one-core run: with both cores free the wall ratio
	// approaches parallelism / cpu_vs_primitives.
	figs.set("pipeline_cores_busy", ptr(pipeCPU/(float64(size)/1e6/pipe)))
	figs.set("pipeline_cpu_vs_primitives", ptr(pipeCPU/seqCPU))
	figs.set("primitives_one_core_MBps", &seq)
	ratio := pipe / seq
	figs.set("pipeline_vs_primitives", &ratio)

	log.Info("pipeline peak RSS in a child process", "bytes", size)
	rss, childMBps, err := childRSS(ctx, size)
	if err != nil {
		return err
	}
	figs.set("pipeline_peak_rss_MiB", &rss)
	figs.set("pipeline_child_MBps", &childMBps)
	figs.set("pipeline_bytes", ptr(float64(size)))

	figs.set("loadavg_1m_end", loadAvg())
	m := machine(started)
	if err := writeJSON(jsonOut, figs); err != nil {
		return err
	}
	if err := writeMarkdown(mdOut, figs, m); err != nil {
		return err
	}
	fmt.Print(renderSection(figs, m))
	return nil
}

func ptr(f float64) *float64 { return &f }

type machineInfo struct {
	cpus             int
	model, goVersion string
	date             string
}

func machine(t time.Time) machineInfo {
	m := machineInfo{cpus: runtime.NumCPU(), goVersion: runtime.Version(), date: t.UTC().Format(time.RFC3339), model: "unknown"}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.model = strings.TrimSpace(v)
				break
			}
		}
	}
	return m
}

// loadAvg is the 1-minute load average, nil where it cannot be read.
func loadAvg() *float64 {
	if l, ok := benchenv.LoadAvg(); ok {
		return &l
	}
	return nil
}
