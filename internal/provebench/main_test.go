package main

import (
	"encoding/json"
	"errors"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func writeGas(t *testing.T, gas map[string]uint64) string {
	t.Helper()
	b, err := json.Marshal(gas)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "gas.json")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCostModel(t *testing.T) {
	gas := map[string]uint64{}
	for i, k := range costInputs {
		gas[k] = uint64(100_000 * (i + 1))
	}
	c, err := costModel(writeGas(t, gas))
	if err != nil {
		t.Fatal(err)
	}
	g := func(k string) float64 { return float64(gas[k]) }
	byCase := map[string]costRow{}
	for _, r := range c.Rows {
		byCase[r.Case] = r
	}
	for _, tc := range []struct {
		row  string
		want float64
	}{
		{"v1 TiB-month (384 × 4 GiB slots)", 384 * (30*g("submitProof_k10_4GiB") + g("fillSlot_4GiB")/12)},
		{"v2 TiB-month in full sets (10^4 × 4 GiB per set)", 384 * (30*g("proveSet_10k_x4GiB")/1e4 + g("fillSlot_4GiB_v2")/12 + g("settle_100_tenures")/100)},
		{"v2 1 GiB file-month alone (6 one-member sets)", 6 * (30*g("proveSet_1x64MiB") + g("fillSlot_64MiB_v2")/12 + g("settle_100_tenures")/100)},
	} {
		r, ok := byCase[tc.row]
		if !ok {
			t.Fatalf("no row %q", tc.row)
		}
		if math.Abs(r.GasPerMonth-tc.want) > 1e-6*tc.want || math.Abs(r.USDPerMonth-tc.want*3e-8) > 1e-9*tc.want {
			t.Errorf("%s: gas %v $%v, want %v $%v", tc.row, r.GasPerMonth, r.USDPerMonth, tc.want, tc.want*3e-8)
		}
	}
	if tibSlots != 384 || math.Abs(c.NetSlot-1e16*1.5/(4<<30)) > 1 {
		t.Errorf("slots: TiB %d, network %v", tibSlots, c.NetSlot)
	}
	if len(c.Network) != 2 || c.Network[1].ProofGasDay != 1e4*g("proveSet_10k_x4GiB") || c.Network[0].ProofGasDay != c.NetSlot*g("submitProof_k10_4GiB") {
		t.Errorf("network rows %+v", c.Network)
	}
	delete(gas, "settle_100_tenures")
	if _, err := costModel(writeGas(t, gas)); err == nil || !strings.Contains(err.Error(), "settle_100_tenures") {
		t.Errorf("missing input: err %v", err)
	}
	// v2's figures and v1's history in two files make the same model.
	gas["settle_100_tenures"] = 7
	v1, v2 := map[string]uint64{}, map[string]uint64{}
	for k, x := range gas {
		if strings.HasPrefix(k, "submitProof") || k == "fillSlot_4GiB" || k == "fillSlot_64MiB" {
			v1[k] = x
		} else {
			v2[k] = x
		}
	}
	one, err := costModel(writeGas(t, gas))
	if err != nil {
		t.Fatal(err)
	}
	two, err := costModel(writeGas(t, v2), writeGas(t, v1))
	if err != nil {
		t.Fatal(err)
	}
	if len(one.Rows) != len(two.Rows) || len(v1) != 5 {
		t.Fatalf("rows %d vs %d, %d v1 inputs", len(one.Rows), len(two.Rows), len(v1))
	}
	for i := range one.Rows {
		if one.Rows[i] != two.Rows[i] {
			t.Errorf("row %d: one file %+v, two files %+v", i, one.Rows[i], two.Rows[i])
		}
	}
	if _, err := costModel(writeGas(t, v2)); err == nil || !strings.Contains(err.Error(), "submitProof_k10_4GiB") {
		t.Errorf("v1 history missing: err %v", err)
	}
	if _, err := costModel(filepath.Join(t.TempDir(), "none.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err %v", err)
	}
}

func TestUpdateSection(t *testing.T) {
	for _, tc := range []struct{ name, before, want string }{
		{"append", "# B\n\n<!-- x:start -->\nX\n<!-- x:end -->\n", "# B\n\n<!-- x:start -->\nX\n<!-- x:end -->\n\n" + mdStart + "\nnew\n" + mdEnd + "\n"},
		{"replace", "# B\n" + mdStart + "\nold\n" + mdEnd + "\ntail\n", "# B\n" + mdStart + "\nnew\n" + mdEnd + "\ntail\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "B.md")
			if err := os.WriteFile(p, []byte(tc.before), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := updateSection(p, mdStart+"\nnew\n"+mdEnd+"\n"); err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(p)
			if string(got) != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestMeasure runs the benchmark briefly on a real anvil and store: every
// measured epoch of every size is one proveSet from the real Prover, no
// miss, K=10 members challenged in the large sets, gas flat from 100 to
// 10^6 members, and far under a block time of CPU.
func TestMeasure(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil and writes a 64 MiB shard")
	}
	res, err := measure(t.Context(), slog.New(slog.DiscardHandler), t.TempDir(), 3, 1, 200)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Sizes) != len(setSizes)+1 {
		t.Fatalf("%d sizes measured", len(res.Sizes))
	}
	var sums []summary
	for _, r := range res.Sizes {
		if len(r.Gas) != 3 || len(r.CPUSeconds) != 3 {
			t.Fatalf("%d members: %d proofs, %d CPU figures", r.Members, len(r.Gas), len(r.CPUSeconds))
		}
		s := summarize(r)
		sums = append(sums, s)
		if s.CPUMaxS <= 0 || s.CPUMaxS > blockTime.Seconds() || s.PrimMeanS <= 0 {
			t.Errorf("%d members: CPU max %v s, primitive %v s", r.Members, s.CPUMaxS, s.PrimMeanS)
		}
		if r.Members >= 10_000 && s.GroupsMean != 10 {
			t.Errorf("%d members: %.1f challenged, want 10", r.Members, s.GroupsMean)
		}
	}
	if d := res.Sizes[len(setSizes)]; d.Members != 200 || d.Distinct != 200 || d.ShardSize != smallSize {
		t.Errorf("distinct row: %d members, %d shards of %d bytes", d.Members, d.Distinct, d.ShardSize)
	}
	if f := sums[len(setSizes)-1].GasMean / sums[1].GasMean; f < 0.9 || f > 1.1 {
		t.Errorf("gas at 10^6 / at 100 members = %.3f, want flat", f)
	}
}
