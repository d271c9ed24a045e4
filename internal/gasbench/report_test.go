package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// TestWrite: gas.json holds the measured v2 figures only; the Gas section
// shows them with their bars, then the v1 history table from the recorded
// figures, then the cost model computed from both; an existing section is
// replaced, the rest of the file kept.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	out, md := filepath.Join(dir, "gas.json"), filepath.Join(dir, "B.md")
	if err := os.WriteFile(md, []byte("# B\n\n<!-- gasbench:start -->\nold\n<!-- gasbench:end -->\ntail\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	b := &bench{gas: map[string][]uint64{
		"proveSet_10k_x4GiB": {388_000, 389_000}, "proveSet_1x64MiB": {268_000}, "fillSlot_4GiB_v2": {700_000},
		"fillSlot_64MiB_v2": {517_000}, "settle_100_tenures": {2_600_000}, "createSet": {79_702},
	}, notes: map[string]string{}}
	v1 := map[string]uint64{"submitProof_k10_4GiB": 326_159, "submitProof_k10_64MiB": 251_076, "fillSlot_4GiB": 378_571}
	if err := b.write(out, md, v1, 20); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]uint64
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(b.gas) || got["proveSet_10k_x4GiB"] != 388_500 || got["submitProof_k10_4GiB"] != 0 {
		t.Errorf("gas.json = %v", got)
	}
	text, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	s := string(text)
	for _, want := range []string{
		"| proveSet_10k_x4GiB | 388500 | ≤ 400000 ✓ |",
		"| fillSlot_4GiB_v2 | 700000 | ≤ 650000 ✗ |",
		"| createSet | 79702 |",
		"### Protocol v1 (history)",
		"| submitProof_k10_64MiB | 251076 | ≤ 260000 ✓ |",
		"### Cost model (v1 beside v2)",
		"| v1, 1 TiB (384 × 4 GiB slots) |",
		"\ntail\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("section lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "\nold\n") || strings.Count(s, "<!-- gasbench:start -->") != 1 {
		t.Errorf("old section not replaced:\n%s", s)
	}
	if i, j := strings.Index(s, "### Protocol v1"), strings.Index(s, "| proveSet_10k_x4GiB"); i < j {
		t.Errorf("v1 history before the v2 table")
	}
}
