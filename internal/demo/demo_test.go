package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/cairntest"
)

// TestShortDemo runs the demo as `make demo` does, shortened: a 4 MiB file,
// 500 ms blocks, two paid epochs before the kill. It builds the cairn
// binary once and drives it as subprocesses, like the real demo.
func TestShortDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet of 8 processes")
	}
	bin, err := cairntest.Build(t.TempDir(), "")
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.Cairn = bin
	cfg.Dir = t.TempDir()
	cfg.Size = 4 << 20
	cfg.BlockTime = 500 * time.Millisecond // 5 s epochs: proofs stay on time while other packages test
	cfg.PaidEpochs = 2
	cfg.Timeout = 4 * time.Minute
	var out cairntest.Buffer
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	start := time.Now()
	err = Run(ctx, cfg, &out)
	if err != nil || testing.Verbose() {
		t.Logf("demo output:\n%s", out.String())
	}
	if err != nil {
		for _, log := range []string{"devnet.log", "devnet/anvil.log"} {
			if b, rerr := os.ReadFile(filepath.Join(cfg.Dir, log)); rerr == nil {
				t.Logf("%s:\n%s", log, tailBytes(b, 3000))
			}
		}
		t.Fatalf("demo failed after %s: %v", time.Since(start).Round(time.Second), err)
	}
	for _, want := range []string{"proveSet transactions", "matches", "repaired by", "failed in one settleSet", "killed", "extension accepted", "refund", "demo passed", "processes stopped"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
	t.Logf("short demo passed in %s", time.Since(start).Round(time.Second))
}

func tailBytes(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}
