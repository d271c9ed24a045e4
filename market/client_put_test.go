package market_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/market"
)

// stagingBound is the most a put may keep on the client's disk.
const stagingBound = 64 << 20

// dirBytes sums the sizes of the files under dir.
func dirBytes(t testing.TB, dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// TestPutStreamsWithoutStaging: puts at several sizes round-trip byte-exact,
// and while a file larger than the staging bound is pushed, the client's
// temp and journal dirs never hold more than the bound (a staged copy of
// the shards would be 1.5× the file).
func TestPutStreamsWithoutStaging(t *testing.T) {
	w := newWorld(t, 3)
	ctx := t.Context()
	cfg := smallClientConfig()
	cfg.JournalDir = filepath.Join(t.TempDir(), "journal")
	cfg.ExpiryBlocks = 600 // 2 minutes to push 105 MiB on a loaded machine
	var mu sync.Mutex
	var peak int64
	tmp := t.TempDir()
	cfg.TempDir = tmp
	cfg.Progress = func(ev market.Progress) {
		if ev.Stage != "push" {
			return
		}
		n := dirBytes(t, tmp) + dirBytes(t, cfg.JournalDir)
		mu.Lock()
		peak = max(peak, n)
		mu.Unlock()
	}
	client, _ := w.newClient(newMnemonic(t), cfg)
	for _, size := range []int{1, 70_000, 3<<20 + 5, 70 << 20} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			path, data := randomFile(t, size)
			res, err := client.Put(ctx, path)
			if err != nil {
				t.Fatalf("put: %v", err)
			}
			if res.Resumed {
				t.Fatal("a fresh put says it resumed")
			}
			getExact(t, client, &storedFile{name: filepath.Base(path), data: data, res: res})
		})
	}
	mu.Lock()
	defer mu.Unlock()
	if peak > stagingBound {
		t.Fatalf("client staging peaked at %d bytes while pushing, bound %d", peak, stagingBound)
	}
	if n := dirBytes(t, cfg.JournalDir); n != 0 {
		t.Fatalf("journal holds %d bytes after every put finished", n)
	}
}

// TestPutResumesAfterInterrupt: a put cancelled right after its request was
// mined (or right before it was sent) is resumed by a rerun: same request
// id, escrow pulled once, file byte-exact.
func TestPutResumesAfterInterrupt(t *testing.T) {
	cases := []struct {
		name     string
		cancelAt func(ev market.Progress) bool
	}{
		{"after the request was mined", func(ev market.Progress) bool { return ev.Stage == "request" && ev.Done == 1 }},
		{"before the request was sent", func(ev market.Progress) bool { return ev.Stage == "request" && ev.Done == 0 }},
	}
	w := newWorld(t, 3)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := smallClientConfig()
			cfg.JournalDir = filepath.Join(t.TempDir(), "journal")
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			var once sync.Once
			cfg.Progress = func(ev market.Progress) {
				if tc.cancelAt(ev) {
					once.Do(cancel)
				}
			}
			client, keys := w.newClient(newMnemonic(t), cfg)
			m := w.marketFor(keys)
			before, err := m.TokenBalance(t.Context(), keys.WalletAddress())
			if err != nil {
				t.Fatal(err)
			}
			path, data := randomFile(t, 1<<20+3)
			first, err := client.Put(ctx, path)
			if err == nil {
				t.Fatal("the interrupted put succeeded")
			}
			if tc.name == "after the request was mined" && !errors.Is(err, market.ErrInterrupted) {
				t.Fatalf("interrupted put: %v, want ErrInterrupted", err)
			}
			if n := dirBytes(t, cfg.JournalDir); n == 0 {
				t.Fatal("no journal entry after the interrupted put")
			}

			res, err := client.Put(t.Context(), path)
			if err != nil {
				t.Fatalf("rerun: %v", err)
			}
			if !res.Resumed {
				t.Fatal("the rerun did not resume the interrupted put")
			}
			if first.ID != ([32]byte{}) && res.ID != first.ID {
				t.Fatalf("rerun stored request 0x%x, the interrupted put had created 0x%x", res.ID, first.ID)
			}
			files, err := client.List(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if len(files) != 1 {
				t.Fatalf("%d requests on chain after put + rerun, want 1", len(files))
			}
			after, err := m.TokenBalance(t.Context(), keys.WalletAddress())
			if err != nil {
				t.Fatal(err)
			}
			if paid := new(big.Int).Sub(before, after); paid.Cmp(res.Quote.Total) != 0 {
				t.Fatalf("paid %s in all, one request costs %s", paid, res.Quote.Total)
			}
			getExact(t, client, &storedFile{name: "resumed", data: data, res: res})
			if n := dirBytes(t, cfg.JournalDir); n != 0 {
				t.Fatalf("journal holds %d bytes after the resumed put finished", n)
			}
		})
	}
}

// TestPutFileChanged: a file rewritten after its request was paid for stops
// the put with ErrFileChanged; the request is cancelled and refunded, and
// no journal entry is left to resume it.
func TestPutFileChanged(t *testing.T) {
	w := newWorld(t, 3)
	cfg := smallClientConfig()
	cfg.JournalDir = filepath.Join(t.TempDir(), "journal")
	var path string
	var once sync.Once
	cfg.Progress = func(ev market.Progress) {
		if ev.Stage == "request" && ev.Done == 1 {
			once.Do(func() {
				other, _ := randomFile(t, 1<<20)
				b, err := os.ReadFile(other)
				if err == nil {
					err = os.WriteFile(path, b, 0o600)
				}
				if err == nil {
					later := time.Now().Add(time.Minute)
					err = os.Chtimes(path, later, later)
				}
				if err != nil {
					t.Error(err)
				}
			})
		}
	}
	client, keys := w.newClient(newMnemonic(t), cfg)
	m := w.marketFor(keys)
	before, err := m.TokenBalance(t.Context(), keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	path, _ = randomFile(t, 1<<20)
	res, err := client.Put(t.Context(), path)
	if !errors.Is(err, market.ErrFileChanged) {
		t.Fatalf("put of a file rewritten midway: %v, want ErrFileChanged", err)
	}
	ri, err := m.RequestInfo(t.Context(), res.ID)
	if err != nil {
		t.Fatal(err)
	}
	if ri.State != market.RequestCancelled {
		t.Fatalf("request %s, want cancelled", market.RequestStateName(ri.State))
	}
	after, err := m.TokenBalance(t.Context(), keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	if after.Cmp(before) != 0 {
		t.Fatalf("client holds %s tokens, had %s", after, before)
	}
	if n := dirBytes(t, cfg.JournalDir); n != 0 {
		t.Fatalf("journal holds %d bytes after the failed put", n)
	}
}

// BenchmarkPut measures a whole put of a 64 MiB file stored 4+2 with six
// in-process providers: the roots pass, requestStorage, and the six shards
// re-encoded from the file while they are pushed over libp2p on loopback
// (each provider verifies and stores its shard, then fills).
func BenchmarkPut(b *testing.B) {
	w := newWorld(b, 6)
	cfg := market.DefaultClientConfig()
	cfg.Poll = 100 * time.Millisecond
	client, _ := w.newClient(newMnemonic(b), cfg)
	path, _ := randomFile(b, benchFileSize)
	b.SetBytes(benchFileSize)
	b.ResetTimer()
	for b.Loop() {
		if _, err := client.Put(b.Context(), path); err != nil {
			b.Fatal(err)
		}
	}
}
