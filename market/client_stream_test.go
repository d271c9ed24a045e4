package market_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/cairn-storage/cairn/market"
)

// TestClientGetRoutesAroundCorruptShard: the holder of data slot 0
// serves zeros of the right length. The streamed get fails that stripe's
// authentication, writes nothing of it, reads the rest from root-verified
// shards (slot 0 fails its root and is routed around) and is byte-exact;
// a range read is too, and no staging is left.
func TestClientGetRoutesAroundCorruptShard(t *testing.T) {
	w, mn, path, data := putThenTrickle(t, 1_300_000, 0)
	ctx := t.Context()
	cfg := e2eClientConfig(t)
	c, _, _ := w.v2Client(mn, cfg)
	f, err := c.Resolve(ctx, filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	// No w.during from here: the replaced provider is closed (the chain
	// needs no blocks for a get).
	if err := c.Get(ctx, f, out); err != nil {
		t.Fatalf("get with a corrupt holder: %v", err)
	}
	if got, err := os.ReadFile(out); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("file differs (%v)", err)
	}
	var buf bytes.Buffer
	if err := c.GetTo(ctx, f, &buf, 400_000, 300_000); err != nil || !bytes.Equal(buf.Bytes(), data[400_000:700_000]) {
		t.Fatalf("range with a corrupt holder: %v, or wrong bytes", err)
	}
	if m, _ := filepath.Glob(filepath.Join(cfg.TempDir, "*")); len(m) != 0 {
		t.Fatalf("staging left after a successful get: %v", m)
	}
}

// TestClientGetResumesSegments: a get of a split file interrupted once
// its first segment is written keeps that segment (part file + journal, no
// output); the rerun fetches none of segment 1's shards again, writes the
// file byte-exact and leaves neither part file nor journal.
func TestClientGetResumesSegments(t *testing.T) {
	w := newV2ClientNet(t, 3)
	ctx := t.Context()
	cfg := e2eClientConfig(t)
	cfg.MaxShardSize = 512 << 10 // k=2: under 1 MiB per request
	var mu sync.Mutex
	var cancelFirst context.CancelFunc
	var evs []market.Progress
	cfg.Progress = func(ev market.Progress) {
		mu.Lock()
		defer mu.Unlock()
		evs = append(evs, ev)
		if cancelFirst != nil && ev.Stage == "fetch" && ev.Part == 2 {
			cancelFirst()
			cancelFirst = nil
		}
	}
	client, _, _ := w.v2Client(newMnemonic(t), cfg)
	const size = 2_600_000
	path := genFile(t, size, 3)
	if err := w.during(func() error { _, err := client.Put(ctx, path); return err }); err != nil {
		t.Fatalf("put: %v", err)
	}
	f, err := client.Resolve(ctx, filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Parts) < 3 {
		t.Fatalf("%d segments, want ≥ 3", len(f.Parts))
	}
	gctx, cancel := context.WithCancel(ctx)
	defer cancel()
	mu.Lock()
	cancelFirst = cancel
	mu.Unlock()
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	if err := w.during(func() error { return client.Get(gctx, f, out) }); err == nil {
		t.Fatal("the interrupted get succeeded")
	}
	if _, err := os.Stat(out); err == nil {
		t.Fatal("an interrupted get left its output behind")
	}
	part := filepath.Join(dir, ".out.cairn-part")
	st, err := os.Stat(part)
	if err != nil || st.Size() < f.Parts[0].Size {
		t.Fatalf("part file after the interrupt: %v (%v), want at least segment 1's %d bytes", st, err, f.Parts[0].Size)
	}
	if _, err := os.Stat(part + ".json"); err != nil {
		t.Fatalf("no get journal: %v", err)
	}
	mu.Lock()
	evs = nil
	mu.Unlock()
	if err := w.during(func() error { return client.Get(ctx, f, out) }); err != nil {
		t.Fatalf("rerun: %v", err)
	}
	if got, err := os.ReadFile(out); err != nil || !bytes.Equal(got, genRange(3, 0, size)) {
		t.Fatalf("file differs after the resumed get (%v)", err)
	}
	mu.Lock()
	parts := map[int]bool{}
	for _, ev := range evs {
		if ev.Stage == "fetch" {
			parts[ev.Part] = true
		}
	}
	mu.Unlock()
	if parts[1] || !parts[2] {
		t.Fatalf("the rerun fetched parts %v: want segment 1 skipped, 2 fetched", parts)
	}
	if m, _ := filepath.Glob(filepath.Join(dir, ".out*")); len(m) != 0 {
		t.Fatalf("part file or journal left after a successful get: %v", m)
	}
}
