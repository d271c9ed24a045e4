package storage_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/reedsolomon"

	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
)

type encoded struct {
	res    storage.EncodeResult
	shards [][]byte
	key    storage.FileKey
}

func encode(t testing.TB, pt []byte, k, m int) encoded {
	t.Helper()
	bufs := make([]*bytes.Buffer, k+m)
	ws := make([]io.Writer, k+m)
	for i := range bufs {
		bufs[i] = new(bytes.Buffer)
		ws[i] = bufs[i]
	}
	key := testKey(9)
	res, err := storage.Encode(context.Background(), bytes.NewReader(pt), int64(len(pt)), key, k, m, ws)
	if err != nil {
		t.Fatalf("encode %d bytes k=%d m=%d: %v", len(pt), k, m, err)
	}
	e := encoded{res: res, key: key}
	for i, b := range bufs {
		e.shards = append(e.shards, b.Bytes())
		if uint64(b.Len()) != res.ShardSize {
			t.Fatalf("shard %d: %d bytes, ShardSize %d", i, b.Len(), res.ShardSize)
		}
		root, err := proofs.Root(bytes.NewReader(b.Bytes()), res.ShardSize)
		if err != nil || root != res.Roots[i] {
			t.Fatalf("shard %d: root %x, %v; result says %x", i, root, err, res.Roots[i])
		}
	}
	return e
}

func (e encoded) params() storage.DecodeParams {
	return storage.DecodeParams{Size: e.res.Size, K: e.res.K, M: e.res.M, FileKey: e.key,
		ShardSize: e.res.ShardSize, Roots: e.res.Roots}
}

// damage returns reader list with the shards in lost removed (kind bit 0) or
// with one byte flipped (kind bit 1).
func (e encoded) damage(lost []int, corrupt []bool) []io.ReaderAt {
	rs := make([]io.ReaderAt, len(e.shards))
	for i, s := range e.shards {
		rs[i] = bytes.NewReader(s)
	}
	for j, i := range lost {
		if corrupt[j] {
			rs[i] = bytes.NewReader(flip(e.shards[i], (len(e.shards[i])*7/11)&^1))
		} else {
			rs[i] = nil
		}
	}
	return rs
}

// subsets returns every subset of {0..n-1} of size at most max.
func subsets(n, max int) [][]int {
	out := [][]int{nil}
	for i := range n {
		for _, s := range out {
			if len(s) < max {
				out = append(out, append(append([]int(nil), s...), i))
			}
		}
	}
	return out
}

func TestShardSize(t *testing.T) {
	for _, k := range []int{1, 3, 4, 28} {
		for _, n := range []int64{0, 1, 1000, 1 << 20, 10 << 30} {
			s, err := storage.ShardSize(n, k)
			if err != nil || s == 0 || s%64 != 0 {
				t.Errorf("ShardSize(%d, %d) = %d, %v", n, k, s, err)
			}
			cs, _ := storage.CipherSize(n)
			if int64(s)*int64(k) < cs || int64(s)*int64(k) > cs+int64(k)*(storage.StripeChunk+64) {
				t.Errorf("ShardSize(%d, %d) = %d: inconsistent with cipher size %d", n, k, s, cs)
			}
		}
	}
	if s, _ := storage.ShardSize(1, 4); s > 1024 {
		t.Errorf("a 1-byte file makes %d-byte shards", s)
	}
	if _, err := storage.ShardSize(1, 0); !errors.Is(err, storage.ErrBadParams) {
		t.Errorf("k=0: got %v", err)
	}
}

func TestRoundTripWithLosses(t *testing.T) {
	stripe := 4 * storage.StripeChunk
	sizes := []int{0, 1, 63, 64, 65, 5000, stripe - 1, stripe, stripe + 1, 3*stripe + 12345}
	params := []struct{ k, m int }{{4, 2}, {1, 1}, {3, 3}, {6, 1}}
	if testing.Short() {
		sizes = []int{0, 1, 65, stripe + 1}
	}
	for _, p := range params {
		for _, n := range sizes {
			if p.k != 4 && n > stripe+1 {
				continue
			}
			pt := randBytes(uint64(n), n)
			e := encode(t, pt, p.k, p.m)
			for _, lost := range subsets(p.k+p.m, p.m) {
				kinds := 1 << len(lost)
				if n > 2*stripe {
					kinds = 1 // big input: one mix of kinds per subset
				}
				for kind := range kinds {
					corrupt := make([]bool, len(lost))
					for j := range lost {
						corrupt[j] = (kind>>j)&1 == 1 || (kinds == 1 && j%2 == 1)
					}
					name := fmt.Sprintf("k%d_m%d_n%d_lost%v_corrupt%v", p.k, p.m, n, lost, corrupt)
					var out bytes.Buffer
					if err := storage.Decode(context.Background(), e.params(), e.damage(lost, corrupt), &out); err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					if !bytes.Equal(out.Bytes(), pt) {
						t.Fatalf("%s: plaintext differs", name)
					}
				}
			}
		}
	}
}

func TestTooFewShards(t *testing.T) {
	pt := randBytes(3, 300_000)
	e := encode(t, pt, 4, 2)
	cases := []struct {
		lost              []int
		corrupt           []bool
		missing, corrupts []int
	}{
		{[]int{0, 1, 2}, []bool{false, false, false}, []int{0, 1, 2}, nil},
		{[]int{1, 4, 5}, []bool{false, true, false}, []int{1, 5}, []int{4}},
		{[]int{0, 1, 2, 3, 4, 5}, []bool{true, true, true, true, true, true}, nil, []int{0, 1, 2, 3, 4, 5}},
	}
	for _, c := range cases {
		t.Run(fmt.Sprint(c.lost), func(t *testing.T) {
			err := storage.Decode(context.Background(), e.params(), e.damage(c.lost, c.corrupt), io.Discard)
			var tf *storage.TooFewShardsError
			if !errors.Is(err, storage.ErrTooFewShards) || !errors.As(err, &tf) {
				t.Fatalf("got %v, want ErrTooFewShards", err)
			}
			if fmt.Sprint(tf.Missing) != fmt.Sprint(c.missing) || fmt.Sprint(tf.Corrupt) != fmt.Sprint(c.corrupts) {
				t.Fatalf("missing %v corrupt %v; want %v %v", tf.Missing, tf.Corrupt, c.missing, c.corrupts)
			}
			if !strings.Contains(err.Error(), fmt.Sprint(c.lost[len(c.lost)-1])) {
				t.Fatalf("error %q does not name the shards", err)
			}
		})
	}
}

func TestDecodeToFileFailureLeavesNothing(t *testing.T) {
	pt := randBytes(4, 200_000)
	e := encode(t, pt, 4, 2)
	dir := t.TempDir()
	out := filepath.Join(dir, "file")
	wrong := e.params()
	wrong.FileKey = testKey(1)
	tooFew := e.damage([]int{0, 2, 5}, []bool{false, true, false})
	cases := []struct {
		name   string
		p      storage.DecodeParams
		shards []io.ReaderAt
		want   error
	}{
		{"wrong key", wrong, e.damage(nil, nil), storage.ErrDecrypt},
		{"wrong key verified", func() storage.DecodeParams { p := wrong; p.Verified = true; return p }(), e.damage(nil, nil), storage.ErrDecrypt},
		{"too few", e.params(), tooFew, storage.ErrTooFewShards},
		{"corrupt but trusted", func() storage.DecodeParams { p := e.params(); p.Verified = true; return p }(), e.damage([]int{1}, []bool{true}), storage.ErrDecrypt},
		{"wrong size", func() storage.DecodeParams { p := e.params(); p.Size++; p.ShardSize = 0; return p }(), e.damage(nil, nil), storage.ErrDecrypt},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := storage.DecodeToFile(context.Background(), c.p, c.shards, out); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if ents, _ := os.ReadDir(dir); len(ents) != 0 {
				t.Fatalf("left %d files behind", len(ents))
			}
		})
	}
	if err := storage.DecodeToFile(context.Background(), e.params(), e.damage([]int{3}, []bool{true}), out); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, pt) {
		t.Fatal("decoded file differs")
	}
}

func TestEncodeErrors(t *testing.T) {
	ws := func(n int) []io.Writer {
		w := make([]io.Writer, n)
		for i := range w {
			w[i] = io.Discard
		}
		return w
	}
	cases := []struct {
		name string
		r    io.Reader
		size int64
		k, m int
		ws   []io.Writer
		want error
	}{
		{"k=0", bytes.NewReader(nil), 0, 0, 2, ws(2), storage.ErrBadParams},
		{"m=0", bytes.NewReader(nil), 0, 4, 0, ws(4), storage.ErrBadParams},
		{"k+m>32", bytes.NewReader(nil), 0, 30, 3, ws(33), storage.ErrBadParams},
		{"writer count", bytes.NewReader(nil), 0, 4, 2, ws(5), storage.ErrBadParams},
		{"nil writer", bytes.NewReader(nil), 0, 1, 1, []io.Writer{io.Discard, nil}, storage.ErrBadParams},
		{"short input", bytes.NewReader(make([]byte, 10)), 5 << 20, 4, 2, ws(6), storage.ErrSizeMismatch},
		{"long input", bytes.NewReader(make([]byte, 5<<20)), 10, 4, 2, ws(6), storage.ErrSizeMismatch},
		{"too large", bytes.NewReader(nil), storage.MaxFileSize + 1, 4, 2, ws(6), storage.ErrTooLarge},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := storage.Encode(context.Background(), c.r, c.size, testKey(1), c.k, c.m, c.ws); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := storage.Encode(ctx, bytes.NewReader(make([]byte, 3<<20)), 3<<20, testKey(1), 4, 2, ws(6)); !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled: got %v", err)
	}
}

func TestEncodeFiles(t *testing.T) {
	pt := randBytes(5, 1<<20+3)
	dir := t.TempDir()
	res, paths, err := storage.EncodeFiles(context.Background(), bytes.NewReader(pt), int64(len(pt)), testKey(3), 4, 2, dir)
	if err != nil {
		t.Fatal(err)
	}
	rs := make([]io.ReaderAt, len(paths))
	for i, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := storage.VerifyShard(f, res.ShardSize, res.Roots[i]); err != nil {
			t.Fatalf("shard %d: %v", i, err)
		}
		rs[i] = f
	}
	rs[0], rs[2] = nil, nil
	var out bytes.Buffer
	p := storage.DecodeParams{Size: res.Size, K: 4, M: 2, FileKey: testKey(3), Roots: res.Roots}
	if err := storage.Decode(context.Background(), p, rs, &out); err != nil || !bytes.Equal(out.Bytes(), pt) {
		t.Fatalf("decode: %v", err)
	}
}

func FuzzPipelineRoundTrip(f *testing.F) {
	f.Add([]byte("hello"), uint8(4), uint8(2), uint32(0))
	f.Add(make([]byte, 70_000), uint8(2), uint8(1), uint32(1))
	f.Fuzz(func(t *testing.T, pt []byte, k, m uint8, lose uint32) {
		kk, mm := int(k%8)+1, int(m%4)+1
		e := encode(t, pt, kk, mm)
		var lost []int
		var corrupt []bool
		for i := 0; i < kk+mm && len(lost) < mm; i++ {
			if lose>>i&1 == 1 {
				lost = append(lost, i)
				corrupt = append(corrupt, lose>>(16+i)&1 == 1)
			}
		}
		var out bytes.Buffer
		if err := storage.Decode(context.Background(), e.params(), e.damage(lost, corrupt), &out); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), pt) {
			t.Fatal("plaintext differs")
		}
	})
}

// BenchmarkRSEncode measures Reed-Solomon 4+2 parity over stripes of
// 4·StripeChunk data bytes on one goroutine.
func BenchmarkRSEncode(b *testing.B) {
	enc, err := reedsolomon.New(4, 2, reedsolomon.WithMaxGoroutines(1))
	if err != nil {
		b.Fatal(err)
	}
	shards := make([][]byte, 6)
	for i := range shards {
		shards[i] = randBytes(uint64(i), storage.StripeChunk)
	}
	b.SetBytes(4 * storage.StripeChunk)
	for b.Loop() {
		if err := enc.Encode(shards); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncode measures the whole pipeline (4+2) into io.Discard.
func BenchmarkEncode(b *testing.B) {
	const n = 64 << 20
	pt := randBytes(1, n)
	ws := make([]io.Writer, 6)
	for i := range ws {
		ws[i] = io.Discard
	}
	b.SetBytes(n)
	for b.Loop() {
		if _, err := storage.Encode(context.Background(), bytes.NewReader(pt), n, testKey(1), 4, 2, ws); err != nil {
			b.Fatal(err)
		}
	}
}

type failWriter struct{ left int }

var errDisk = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.left {
		return 0, errDisk
	}
	w.left -= len(p)
	return len(p), nil
}

func TestEncodeWriterFails(t *testing.T) {
	ws := []io.Writer{io.Discard, io.Discard, &failWriter{left: 3 * storage.StripeChunk}, io.Discard, io.Discard, io.Discard}
	n := int64(40 << 20)
	_, err := storage.Encode(context.Background(), bytes.NewReader(make([]byte, n)), n, testKey(1), 4, 2, ws)
	if !errors.Is(err, errDisk) || !strings.Contains(err.Error(), "shard 2") {
		t.Fatalf("got %v, want disk full on shard 2", err)
	}
}
