package market_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"io"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/cairn-storage/cairn/market"
)

// genFile writes size bytes of a deterministic stream (ChaCha8 seeded by
// seed) to a new file, without holding them in memory.
func genFile(t testing.TB, size int64, seed byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "gen-"+strconv.FormatInt(size, 10)+".bin")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := io.CopyN(f, rand.NewChaCha8([32]byte{seed}), size); err != nil {
		t.Fatal(err)
	}
	return p
}

// genRange is bytes [off, off+n) of genFile's stream.
func genRange(seed byte, off, n int64) []byte {
	r := rand.NewChaCha8([32]byte{seed})
	if _, err := io.CopyN(io.Discard, r, off); err != nil {
		panic(err)
	}
	b := make([]byte, n)
	_, _ = io.ReadFull(r, b)
	return b
}

// TestPutSegments: a file larger than one request holds (here a small max
// shard size) is put as ≥ 3 segments in parallel, listed as one file, read
// back byte-exact whole and across a segment boundary; a put interrupted
// midway resumes without paying twice, and putting the same file again
// stores nothing new.
func TestPutSegments(t *testing.T) {
	w := newWorld(t, 3)
	cfg := smallClientConfig()
	cfg.MaxShardSize = 512 << 10 // k=2: under 1 MiB per request
	cfg.JournalDir = filepath.Join(t.TempDir(), "journal")
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var mu sync.Mutex
	mined := 0
	parts := map[int]bool{}
	cfg.Progress = func(ev market.Progress) {
		mu.Lock()
		parts[ev.Part] = true
		mu.Unlock()
		if ev.Stage == "request" && ev.Done == 1 {
			mu.Lock()
			if mined++; mined == 2 {
				cancel() // interrupt once two segments are paid for
			}
			mu.Unlock()
		}
	}
	client, keys := w.newClient(newMnemonic(t), cfg)
	m := w.marketFor(keys)
	const size = 3<<20 + 12345
	path := genFile(t, size, 7)
	q, err := client.Quote(t.Context(), size)
	if err != nil {
		t.Fatal(err)
	}
	if q.Segments < 3 {
		t.Fatalf("quote: %d segments, want ≥ 3 with 512 KiB shards", q.Segments)
	}
	before, err := m.TokenBalance(t.Context(), keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := client.Put(ctx, path); err == nil {
		t.Fatal("the interrupted put succeeded")
	}
	res, err := client.Put(t.Context(), path)
	if err != nil {
		t.Fatalf("rerun: %v", err)
	}
	if len(res.Parts) != q.Segments || !res.Resumed {
		t.Fatalf("put: %d parts (resumed %v), quote said %d segments", len(res.Parts), res.Resumed, q.Segments)
	}
	after, err := m.TokenBalance(t.Context(), keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	if paid := new(big.Int).Sub(before, after); paid.Cmp(res.Quote.Total) != 0 {
		t.Fatalf("paid %s for %d segments, they cost %s", paid, len(res.Parts), res.Quote.Total)
	}
	mu.Lock()
	for i := 1; i <= q.Segments; i++ {
		if !parts[i] {
			t.Errorf("no progress event of part %d (saw %v)", i, parts)
		}
	}
	mu.Unlock()
	files, err := client.List(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].Size != size || len(files[0].Parts) != q.Segments || files[0].State != "active" {
		t.Fatalf("list: %d files, first %+v", len(files), files[0])
	}
	f, err := client.Resolve(t.Context(), filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	if err := client.GetTo(t.Context(), f, h, 0, size); err != nil {
		t.Fatalf("get: %v", err)
	}
	want := sha256.Sum256(genRange(7, 0, size))
	if !bytes.Equal(h.Sum(nil), want[:]) {
		t.Fatal("the file read back differs")
	}
	boundary := f.Parts[1].Manifest.Segment.Offset
	var buf bytes.Buffer
	if err := client.GetTo(t.Context(), f, &buf, boundary-1000, 5000); err != nil {
		t.Fatalf("range across a segment boundary: %v", err)
	}
	if !bytes.Equal(buf.Bytes(), genRange(7, boundary-1000, 5000)) {
		t.Fatal("range across a segment boundary differs")
	}
	// Again: everything is stored already.
	again, err := client.Put(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	end, err := m.TokenBalance(t.Context(), keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	if end.Cmp(after) != 0 || again.ID != res.ID {
		t.Fatalf("putting the stored file again paid %s (id 0x%x, first 0x%x)", new(big.Int).Sub(after, end), again.ID, res.ID)
	}
}
