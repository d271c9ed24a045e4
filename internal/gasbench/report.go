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

// barsV1 are the protocol v1 figures kept as history (bench/gas_v1.json):
// the contract is deleted, so they are read, never measured again.
var barsV1 = []bar{
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

// readGas reads a flat name → gas JSON object.
func readGas(path string) (map[string]uint64, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m map[string]uint64
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

func (b *bench) write(outPath, mdPath string, v1 map[string]uint64, epochs int) error {
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
	fmt.Fprintf(&sb, "Machine: %d CPUs, %s; %s; anvil 1.7.1 (--hardfork prague), solc 0.8.30 (viaIR, optimizer 200 runs); %s. Command: `make bench-gas` (`go run ./internal/gasbench`). Raw figures: `bench/gas.json`. Gas from real receipts (EIP-7623 floor included); proof figures are means over %d epochs in steady state (the epoch's seed stored by an earlier transaction, unless the name says _first).\n\n",
		runtime.NumCPU(), benchenv.CPUModel(), runtime.Version(), time.Now().UTC().Format(time.RFC3339), epochs)
	table(&sb, res, barsV2, b.notes)
	sb.WriteString("\n### Protocol v1 (history)\n\nThe v1 contract (every slot proved every epoch) is deleted; these are its receipts as `make bench-gas` measured them before the deletion, on the same machine and parameters (K = 10), kept in `bench/gas_v1.json` for the comparison below. They are not measured again.\n\n")
	table(&sb, v1, barsV1, map[string]string{
		"submitProof_k10_64MiB": "proof 5706 B mean",
		"submitProof_k10_4GiB":  "proof 7608 B mean",
	})
	sb.WriteString(costModel(res, v1))
	sb.WriteString("\nThe 4 GiB shard repeats one random 64 KiB block, so its tree is computed from that block (levels above the block are one hash each); its root is the real root of those 4 GiB and its proofs have the same size and non-zero bytes as any shard's. See internal/gasbench.\n<!-- gasbench:end -->\n")
	return updateSection(mdPath, sb.String())
}

// table writes the rows of res named in bars, in order, with their bars and
// notes, then the figures no bar names, sorted.
func table(sb *strings.Builder, res map[string]uint64, bars []bar, notes map[string]string) {
	sb.WriteString("| name | gas | bar | what |\n|---|---|---|---|\n")
	seen := map[string]bool{}
	for _, br := range bars {
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
		if n := notes[br.name]; n != "" {
			what += "; " + n
		}
		fmt.Fprintf(sb, "| %s | %d | %s | %s |\n", br.name, g, mark, what)
	}
	var others []string
	for k := range res {
		if !seen[k] {
			others = append(others, k)
		}
	}
	sort.Strings(others)
	for _, k := range others {
		fmt.Fprintf(sb, "| %s | %d |  |  |\n", k, res[k])
	}
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
