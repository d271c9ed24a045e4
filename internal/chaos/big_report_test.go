package chaos_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

const (
	bigStart = "<!-- bigrun:start -->"
	bigEnd   = "<!-- bigrun:end -->"
)

// writeBig records one big run in bench/big.json and between the bigrun
// markers of BENCHMARKS.md (appended if absent).
func writeBig(r bigResult) error {
	root := filepath.Join("..", "..")
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("encode big run: %w", err)
	}
	if err := os.WriteFile(filepath.Join(root, "bench", "big.json"), append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write bench/big.json: %w", err)
	}
	path := filepath.Join(root, "BENCHMARKS.md")
	doc, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read BENCHMARKS.md: %w", err)
	}
	sec := bigSection(r)
	s := string(doc)
	i, j := strings.Index(s, bigStart), strings.Index(s, bigEnd)
	if i >= 0 && j > i {
		s = s[:i] + sec + s[j+len(bigEnd):]
	} else {
		s = strings.TrimRight(s, "\n") + "\n\n" + sec + "\n"
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		return fmt.Errorf("write BENCHMARKS.md: %w", err)
	}
	return nil
}

func bigSection(r bigResult) string {
	gib := float64(r.SizeBytes) / (1 << 30)
	mib := func(n int64) string { return fmt.Sprintf("%.1f", float64(n)/(1<<20)) }
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n## A %.2f GiB file through the real binary (\"big\" rows)\n\n", bigStart, gib)
	fmt.Fprintf(&b, "Machine: %s. Command: `%s`. Raw figures: `bench/big.json`.\n\n", r.Machine, r.Command)
	fmt.Fprintf(&b, "A v2 devnet of %d provider processes (1 s blocks) on loopback; a %.2f GiB sparse file (a 1 MiB island of deterministic bytes every 64 MiB and at the end, holes between) is put with `%s`, then read back with `cairn get -o - big.bin` into SHA-256 in the test (no output file) and compared with the input's hash. Peak RSS is the client process's VmHWM (sampled every 100 ms), staging the allocated bytes under the client's `<datadir>/tmp` (its peak across the same samples). Bars (issue 11): RSS ≤ 256 MiB, staging ≤ 64 MiB. MB/s = size ÷ whole-command seconds. No `--max-shard-size`: a 256 MiB warm-up put measured the client's push rate (%.1f MB/s), and the big put sized its shards (%.1f MiB) so that every push in flight ends within half the reservation TTL (60 blocks; docs/client.md, \"Segment sizing\").\n\n", r.Providers, gib, r.PutCommandLine, r.UplinkMBps, float64(r.ShardSize)/(1<<20))
	b.WriteString("| size | k+m | segments | put s | put MB/s | get s | get MB/s | put peak RSS MiB | get peak RSS MiB | put peak staging MiB | get peak staging MiB | hashes match | load 1m before / after |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	fmt.Fprintf(&b, "| %.2f GiB | %d+%d | %d | %.0f | %.1f | %.0f | %.1f | %s | %s | %s | %s | %v | %.2f / %.2f |\n",
		gib, r.K, r.M, r.Segments, r.PutSeconds, r.PutMBps, r.GetSeconds, r.GetMBps, mib(r.PutRSSBytes), mib(r.GetRSSBytes), mib(r.PutStaging), mib(r.GetStaging), r.HashesMatch, r.LoadBefore, r.LoadAfter)
	b.WriteString("\n" + bigEnd)
	return b.String()
}
