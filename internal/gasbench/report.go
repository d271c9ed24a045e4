package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/cairn-storage/cairn/internal/benchenv"
)

type bar struct {
	name string
	max  uint64
	what string
}

var bars = []bar{
	{"submitProof_k10_64MiB", 260_000, "K=10 proof of a 64 MiB shard, mean over the epochs (steady state)"},
	{"submitProofs_10slots_64MiB", 2_400_000, "one batch proving 10 slots of 64 MiB (whole transaction)"},
	{"fillSlot_64MiB", 350_000, "fill proof + collateral pull + slot storage"},
	{"requestStorage_6slots", 450_000, "4+2 request, 512-byte manifest, repair reserve, client's first request"},
	{"submitProof_k10_4GiB", 0, "K=10 proof of a 4 GiB shard (no Merkle cap)"},
	{"fillSlot_4GiB", 0, "fill of a 4 GiB shard"},
	{"requestStorage_2slots", 0, "1+1 request, client's later requests"},
	{"reserveSlot", 0, "reservation with deposit pull"},
	{"settle_1miss", 0, "settle applying one missed epoch (slash burned, fee paid)"},
	{"settle_0miss", 0, "settle of one proven epoch"},
	{"withdraw", 0, "pull balance to the wallet"},
	{"registerProvider", 0, "~75-byte peer info"},
	{"poke", 0, "first touch of an epoch: stores its seed"},
	{"exitSlot", 0, "exit before the end: collateral burned"},
	{"finish_2slots", 0, "finish a 1+1 request"},
	{"submitProof_k10_64MiB_floor", 0, "EIP-7623 calldata floor of those transactions (gas is max(floor, standard))"},
	{"submitProofs_10slots_64MiB_floor", 0, "calldata floor of the batches"},
	{"submitProof_k10_4GiB_floor", 0, "calldata floor of the 4 GiB proofs"},
	{"submitProof_k10_64MiB_first", 0, "first proof of the slot (epoch startEpoch), not in the mean"},
	{"submitProof_k10_4GiB_first", 0, "first proof of the 4 GiB slot, not in the mean"},
	{"submitProofs_10slots_64MiB_first", 0, "first batch, not in the mean"},
}

func (b *bench) write(outPath, mdPath string, epochs int) error {
	res := map[string]uint64{}
	for k, v := range b.gas {
		res[k] = mean(v)
	}
	js, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(outPath, append(js, '\n'), 0o644); err != nil {
		return err
	}
	var sb strings.Builder
	sb.WriteString("<!-- gasbench:start -->\n## Gas\n\n")
	fmt.Fprintf(&sb, "Machine: %d CPUs, %s; %s; anvil 1.7.1 (--hardfork prague), solc 0.8.30 (viaIR, optimizer 200 runs); %s. Command: `make bench-gas` (`go run ./internal/gasbench`). Raw figures: `bench/gas.json`. Gas from real receipts (EIP-7623 floor included); proof figures are means over %d epochs in steady state (seed stored by an earlier poke in the epoch, slot proven in an earlier epoch).\n\n",
		runtime.NumCPU(), benchenv.CPUModel(), runtime.Version(), time.Now().UTC().Format(time.RFC3339), epochs)
	sb.WriteString("| name | gas | bar | what |\n|---|---|---|---|\n")
	seen := map[string]bool{}
	for _, br := range append(bars, barsV2...) {
		g, ok := res[br.name]
		if !ok {
			continue
		}
		seen[br.name] = true
		mark := ""
		if br.max > 0 {
			ok := "✓"
			if g > br.max {
				ok = "✗"
			}
			mark = fmt.Sprintf("≤ %d %s", br.max, ok)
		}
		what := br.what
		if n := b.notes[br.name]; n != "" {
			what += "; " + n
		}
		fmt.Fprintf(&sb, "| %s | %d | %s | %s |\n", br.name, g, mark, what)
	}
	var rest []string
	for k := range res {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		fmt.Fprintf(&sb, "| %s | %d |  |  |\n", k, res[k])
	}
	sb.WriteString(costModel(res))
	sb.WriteString("\nThe 4 GiB shard repeats one random 64 KiB block, so its tree is computed from that block (levels above the block are one hash each); its root is the real root of those 4 GiB and its proofs have the same size and non-zero bytes as any shard's. See internal/gasbench.\n<!-- gasbench:end -->\n")
	return updateSection(mdPath, sb.String())
}

// updateSection replaces the gasbench block of the markdown file, or appends it.
func updateSection(path, section string) error {
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	s := string(old)
	if s == "" {
		s = "# Benchmarks\n"
	}
	i := strings.Index(s, "<!-- gasbench:start -->")
	j := strings.Index(s, "<!-- gasbench:end -->")
	if i >= 0 && j > i {
		s = s[:i] + section + s[j+len("<!-- gasbench:end -->\n"):]
	} else {
		if !strings.HasSuffix(s, "\n") {
			s += "\n"
		}
		s += "\n" + section
	}
	return os.WriteFile(path, []byte(s), 0o644)
}
