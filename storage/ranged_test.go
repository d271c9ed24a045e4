package storage_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/cairn-storage/cairn/storage"
)

// spanReader serves only [0, HeaderSpan) and [from, to) of a shard, as a
// ranged fetch leaves it, and fails any read outside.
type spanReader struct {
	b        []byte
	from, to int64
}

func (s spanReader) ReadAt(p []byte, off int64) (int, error) {
	end := off + int64(len(p))
	if !(end <= storage.HeaderSpan || (off >= s.from && end <= s.to)) {
		return 0, fmt.Errorf("read [%d,%d) outside the fetched span [%d,%d)", off, end, s.from, s.to)
	}
	return copy(p, s.b[off:end]), nil
}

// TestDecodeRange: every range (start, middle, end, across segments and
// stripes, empty, whole) decodes byte-exact from only the span RangeSpan
// names, with data shards lost and rebuilt.
func TestDecodeRange(t *testing.T) {
	const size = 3<<20 + 12345
	pt := randBytes(11, size)
	sp := testStream(t)
	_, shards := encodeWith(t, pt, sp, 4, 2)
	dp := storage.DecodeParams{Size: size, K: 4, M: 2, FileKey: sp.Key}
	ranges := []struct{ off, n int64 }{
		{0, 0}, {0, 1}, {0, size}, {size - 1, 1}, {size, 0}, {65528, 16}, {65536 - 8, 1},
		{1 << 20, 300_000}, {1<<20 - 5, 10}, {2_000_000, 1_000_000}, {17, 64 << 10},
	}
	losses := [][]int{nil, {0}, {1, 3}, {4, 5}, {0, 5}}
	for _, r := range ranges {
		from, to, err := storage.RangeSpan(size, 4, r.off, r.n)
		if err != nil {
			t.Fatal(err)
		}
		if r.n > 0 && int64(to-from) > r.n/4+3*storage.StripeChunk {
			t.Errorf("range %d+%d: span %d bytes per shard, more than the range needs", r.off, r.n, to-from)
		}
		for _, lost := range losses {
			t.Run(fmt.Sprintf("%d+%d/lost%v", r.off, r.n, lost), func(t *testing.T) {
				rs := make([]io.ReaderAt, len(shards))
				for i, b := range shards {
					rs[i] = spanReader{b: b, from: int64(from), to: int64(to)}
				}
				for _, i := range lost {
					rs[i] = nil
				}
				var out bytes.Buffer
				if err := storage.DecodeRange(t.Context(), dp, rs, r.off, r.n, &out); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(out.Bytes(), pt[r.off:r.off+r.n]) {
					t.Fatalf("got %d bytes that differ from the file's range", out.Len())
				}
			})
		}
	}

}

func TestDecodeRangeErrors(t *testing.T) {
	const size = 200_000
	pt := randBytes(12, size)
	sp := testStream(t)
	_, shards := encodeWith(t, pt, sp, 2, 1)
	rs := func() []io.ReaderAt {
		out := make([]io.ReaderAt, len(shards))
		for i, b := range shards {
			out[i] = bytes.NewReader(b)
		}
		return out
	}
	dp := storage.DecodeParams{Size: size, K: 2, M: 1, FileKey: sp.Key}
	wrongKey := dp
	wrongKey.FileKey = testKey(99)
	tampered := rs()
	tampered[0] = bytes.NewReader(flip(shards[0], 10_000))
	tooFew := rs()
	tooFew[0], tooFew[1] = nil, nil
	cases := []struct {
		name   string
		p      storage.DecodeParams
		shards []io.ReaderAt
		off, n int64
		want   error
	}{
		{"past the end", dp, rs(), size - 1, 2, storage.ErrRange},
		{"negative", dp, rs(), -1, 1, storage.ErrRange},
		{"wrong key", wrongKey, rs(), 10, 10, storage.ErrDecrypt},
		{"tampered shard", dp, tampered, 5_000, 10_000, storage.ErrDecrypt},
		{"too few shards", dp, tooFew, 0, 10, storage.ErrTooFewShards},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			err := storage.DecodeRange(t.Context(), c.p, c.shards, c.off, c.n, &out)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if c.want == storage.ErrDecrypt && out.Len() > 0 && !bytes.Equal(out.Bytes(), pt[c.off:c.off+int64(out.Len())]) {
				t.Fatal("unauthenticated bytes reached the writer")
			}
		})
	}
}
