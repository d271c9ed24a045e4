package storage_test

import (
	"bytes"
	"errors"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/storage"
)

// encodeWith encodes pt under sp into memory.
func encodeWith(t testing.TB, pt []byte, sp storage.Stream, k, m int) (storage.EncodeResult, [][]byte) {
	t.Helper()
	bufs := make([]*bytes.Buffer, k+m)
	ws := make([]io.Writer, k+m)
	for i := range bufs {
		bufs[i] = new(bytes.Buffer)
		ws[i] = bufs[i]
	}
	res, err := storage.EncodeWith(t.Context(), bytes.NewReader(pt), int64(len(pt)), sp, k, m, ws)
	if err != nil {
		t.Fatalf("encode %d bytes: %v", len(pt), err)
	}
	out := make([][]byte, k+m)
	for i, b := range bufs {
		out[i] = b.Bytes()
	}
	return res, out
}

func testStream(t testing.TB) storage.Stream {
	t.Helper()
	sp, err := storage.NewStream(testKey(3), storage.DefaultCipher)
	if err != nil {
		t.Fatal(err)
	}
	return sp
}

// TestEncodeDeterministic: the same Stream and plaintext give the same
// shards and roots; another nonce prefix gives other roots.
func TestEncodeDeterministic(t *testing.T) {
	pt := randBytes(7, 3<<20+11)
	sp := testStream(t)
	r1, s1 := encodeWith(t, pt, sp, 4, 2)
	r2, s2 := encodeWith(t, pt, sp, 4, 2)
	for i := range s1 {
		if !bytes.Equal(s1[i], s2[i]) || r1.Roots[i] != r2.Roots[i] {
			t.Fatalf("shard %d differs between two encodes with one Stream", i)
		}
	}
	other := sp
	other.Prefix[0] ^= 1
	r3, _ := encodeWith(t, pt, other, 4, 2)
	if r3.Roots[0] == r1.Roots[0] {
		t.Fatal("another nonce prefix gave the same root")
	}
}

// TestShardSourceMatchesEncode: the shards served on demand are
// byte-identical to the pipeline's, at sizes around segment and stripe
// boundaries, read whole, in odd pieces, and decoded back exactly.
func TestShardSourceMatchesEncode(t *testing.T) {
	sizes := []int{0, 1, 1000, 64<<10 - 8, 64 << 10, 1<<20 + 3, 5<<20 + 17}
	params := []struct{ k, m int }{{2, 1}, {4, 2}, {3, 2}}
	for _, size := range sizes {
		for _, km := range params {
			pt := randBytes(uint64(size), size)
			sp := testStream(t)
			res, want := encodeWith(t, pt, sp, km.k, km.m)
			src, err := storage.NewShardSource(bytes.NewReader(pt), int64(size), sp, km.k, km.m, 0)
			if err != nil {
				t.Fatal(err)
			}
			if src.ShardSize() != res.ShardSize {
				t.Fatalf("size %d: shard size %d, encode says %d", size, src.ShardSize(), res.ShardSize)
			}
			readers := make([]io.ReaderAt, km.k+km.m)
			for i := range want {
				got := make([]byte, res.ShardSize)
				// Odd piece sizes cross chunk and stripe boundaries.
				for off := 0; off < len(got); {
					n := min(len(got)-off, 100_003)
					if _, err := src.Shard(i).ReadAt(got[off:off+n], int64(off)); err != nil {
						t.Fatalf("size %d k=%d: read shard %d at %d: %v", size, km.k, i, off, err)
					}
					off += n
				}
				if !bytes.Equal(got, want[i]) {
					t.Fatalf("size %d k=%d m=%d: shard %d differs from Encode's", size, km.k, km.m, i)
				}
				readers[i] = src.Shard(i)
			}
			var out bytes.Buffer
			dp := storage.DecodeParams{Size: int64(size), K: km.k, M: km.m, FileKey: sp.Key, Roots: res.Roots}
			if err := storage.Decode(t.Context(), dp, readers, &out); err != nil {
				t.Fatalf("size %d: decode from source: %v", size, err)
			}
			if !bytes.Equal(out.Bytes(), pt) {
				t.Fatalf("size %d: round trip differs", size)
			}
		}
	}
}

// TestShardSourceBoundedCache: shards read concurrently in step code each
// stripe about once, and the cache never holds more than its bound.
func TestShardSourceBoundedCache(t *testing.T) {
	const size = 40 << 20
	pt := randBytes(5, size)
	sp := testStream(t)
	src, err := storage.NewShardSource(bytes.NewReader(pt), size, sp, 4, 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	if src.CacheBytes() > storage.DefaultSourceCache {
		t.Fatalf("cache holds %d bytes, bound %d", src.CacheBytes(), storage.DefaultSourceCache)
	}
	stripes := int64((src.ShardSize() + storage.StripeChunk - 1) / storage.StripeChunk)
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// 256 KiB reads, as a push sends them.
			buf := make([]byte, storage.StripeChunk)
			for off := int64(0); off < int64(src.ShardSize()); off += int64(len(buf)) {
				if _, err := src.Shard(i).ReadAt(buf[:min(int64(len(buf)), int64(src.ShardSize())-off)], off); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if c := src.Coded(); c < stripes || c > 2*stripes {
		t.Fatalf("coded %d stripes for %d (want each about once)", c, stripes)
	}
}

// TestShardSourceFileShrank: a plaintext shorter than declared fails the
// read with ErrSizeMismatch instead of serving zeros.
func TestShardSourceFileShrank(t *testing.T) {
	pt := randBytes(9, 2<<20)
	src, err := storage.NewShardSource(bytes.NewReader(pt[:1<<20]), int64(len(pt)), testStream(t), 2, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.Copy(io.Discard, io.NewSectionReader(src.Shard(0), 0, int64(src.ShardSize())))
	if !errors.Is(err, storage.ErrSizeMismatch) {
		t.Fatalf("got %v, want ErrSizeMismatch", err)
	}
}

// BenchmarkShardSource reads all six shards of a 64 MiB 4+2 file from a
// ShardSource in step (as six pushes do): the cost of put's second pass.
// Compare with BenchmarkEncode, the first pass.
func BenchmarkShardSource(b *testing.B) {
	const size = 64 << 20
	pt := randBytes(1, size)
	sp := testStream(b)
	b.SetBytes(size)
	for b.Loop() {
		src, err := storage.NewShardSource(bytes.NewReader(pt), size, sp, 4, 2, 0)
		if err != nil {
			b.Fatal(err)
		}
		var wg sync.WaitGroup
		for i := range 6 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				buf := make([]byte, storage.StripeChunk)
				for off := int64(0); off < int64(src.ShardSize()); off += int64(len(buf)) {
					if _, err := src.Shard(i).ReadAt(buf[:min(int64(len(buf)), int64(src.ShardSize())-off)], off); err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
	}
}

// TestShardSourcePacesFastReaders: one shard read with no delay and five
// slower ones (as pushes to providers of different speeds): the fast
// reader is held within the cache's span of the others, so every stripe is
// still coded about once, and every shard reads back as EncodeWith wrote
// it.
func TestShardSourcePacesFastReaders(t *testing.T) {
	const size = 24 << 20
	pt := randBytes(6, size)
	sp := testStream(t)
	bufs := make([]*bytes.Buffer, 6)
	ws := make([]io.Writer, 6)
	for i := range bufs {
		bufs[i] = new(bytes.Buffer)
		ws[i] = bufs[i]
	}
	if _, err := storage.EncodeWith(t.Context(), bytes.NewReader(pt), size, sp, 4, 2, ws); err != nil {
		t.Fatal(err)
	}
	src, err := storage.NewShardSource(bytes.NewReader(pt), size, sp, 4, 2, 8*6*storage.StripeChunk)
	if err != nil {
		t.Fatal(err)
	}
	stripes := int64((src.ShardSize() + storage.StripeChunk - 1) / storage.StripeChunk)
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := make([]byte, src.ShardSize())
			for off := int64(0); off < int64(len(got)); off += 64 << 10 {
				if i > 0 {
					time.Sleep(200 * time.Microsecond)
				}
				if _, err := src.Shard(i).ReadAt(got[off:min(off+64<<10, int64(len(got)))], off); err != nil {
					t.Error(err)
					return
				}
			}
			if !bytes.Equal(got, bufs[i].Bytes()) {
				t.Errorf("shard %d differs from EncodeWith's", i)
			}
		}()
	}
	wg.Wait()
	if c := src.Coded(); c > stripes+stripes/5 {
		t.Fatalf("coded %d stripes for %d: the fast reader ran ahead of the cache", c, stripes)
	}
}
