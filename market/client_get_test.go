package market_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/storage"
)

// fetchLog sums the bytes of completed fetches.
type fetchLog struct {
	mu    sync.Mutex
	bytes int64
	max   int64
}

func (l *fetchLog) record(ev market.Progress) {
	if ev.Stage != "fetch" || ev.Total == 0 || ev.Done != ev.Total {
		return
	}
	l.mu.Lock()
	l.bytes += ev.Total
	l.max = max(l.max, ev.Total)
	l.mu.Unlock()
}

func (l *fetchLog) take() (sum, biggest int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	sum, biggest = l.bytes, l.max
	l.bytes, l.max = 0, 0
	return sum, biggest
}

// TestGetRange: a range reads about the range from k shards (not whole
// shards), byte-exact at the start, middle and end, also with the holder of
// a data shard gone (the range is rebuilt from parity); NAME resolves to the
// newest upload of that name.
func TestGetRange(t *testing.T) {
	w := newWorld(t, 3)
	ctx := t.Context()
	cfg := smallClientConfig()
	log := &fetchLog{}
	cfg.Progress = log.record
	client, _ := w.newClient(newMnemonic(t), cfg)
	const size = 6<<20 + 7
	path, data := randomFile(t, size)
	older := filepath.Join(t.TempDir(), filepath.Base(path))
	if err := os.WriteFile(older, []byte("an older upload of the same name"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := client.Put(ctx, older); err != nil {
		t.Fatalf("put older: %v", err)
	}
	res, err := client.Put(ctx, path)
	if err != nil {
		t.Fatalf("put: %v", err)
	}
	f, err := client.Resolve(ctx, filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	if f.ID != res.ID {
		t.Fatalf("name resolved to 0x%x, the newest upload is 0x%x", f.ID, res.ID)
	}
	ranges := []struct{ off, n int64 }{{0, 100}, {3 << 20, 70_000}, {size - 10, 10}, {1<<20 - 3, 1 << 20}}
	check := func(t *testing.T) {
		for _, r := range ranges {
			var buf bytes.Buffer
			if err := client.GetTo(ctx, f, &buf, r.off, r.n); err != nil {
				t.Fatalf("range %d+%d: %v", r.off, r.n, err)
			}
			if !bytes.Equal(buf.Bytes(), data[r.off:r.off+r.n]) {
				t.Fatalf("range %d+%d: %d bytes differ from the file's", r.off, r.n, buf.Len())
			}
			sum, biggest := log.take()
			from, to, _ := storage.RangeSpan(size, 2, r.off, r.n)
			if biggest > int64(to-from) || sum > 2*int64(to-from) || uint64(biggest) >= res.ShardSize {
				t.Fatalf("range %d+%d fetched %d bytes (largest %d) for a span of %d; shards are %d", r.off, r.n, sum, biggest, to-from, res.ShardSize)
			}
		}
	}
	t.Run("all holders up", check)
	if err := w.providers[res.Providers[0]].Stop(); err != nil {
		t.Fatal(err)
	}
	t.Run("data shard 0 gone", check)
	t.Run("whole file to a writer", func(t *testing.T) {
		var buf bytes.Buffer
		if err := client.GetTo(ctx, f, &buf, 0, size); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), data) {
			t.Fatalf("whole file: %d bytes differ", buf.Len())
		}
	})
}
