package storage_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/cairn-storage/cairn/storage"
)

// feed decodes with d, taking stripe s's chunks from shards minus lost.
func feed(t *testing.T, d *storage.StripeDecoder, shards [][]byte, lost map[int]bool) error {
	t.Helper()
	for !d.Done() {
		s := d.Next()
		c := d.ChunkLen(s)
		chunks := make([][]byte, len(shards))
		for i, sh := range shards {
			if !lost[i] {
				chunks[i] = sh[s*storage.StripeChunk : s*storage.StripeChunk+int64(c)]
			}
		}
		if err := d.Stripe(chunks); err != nil {
			return err
		}
	}
	return nil
}

func TestStripeDecoder(t *testing.T) {
	pt := randBytes(7, 3*storage.StripeChunk*4+12345)
	e := encode(t, pt, 4, 2)
	size := int64(len(pt))
	for _, tc := range []struct {
		name   string
		off, n int64
		lost   map[int]bool
	}{
		{"whole, data shards", 0, size, nil},
		{"whole, two data shards lost", 0, size, map[int]bool{0: true, 3: true}},
		{"whole, parity lost", 0, size, map[int]bool{4: true, 5: true}},
		{"a middle range", 1_000_000, 777_777, map[int]bool{1: true}},
		{"the last byte", size - 1, 1, nil},
		{"nothing", 5, 0, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			d, err := storage.NewStripeDecoder(e.params(), tc.off, tc.n, &out)
			if err != nil {
				t.Fatal(err)
			}
			if err := feed(t, d, e.shards, tc.lost); err != nil {
				t.Fatalf("decode: %v", err)
			}
			if !bytes.Equal(out.Bytes(), pt[tc.off:tc.off+tc.n]) || d.Written() != tc.n {
				t.Fatalf("got %d bytes (Written %d), want %d equal to the plaintext range", out.Len(), d.Written(), tc.n)
			}
		})
	}
}

// A corrupt chunk fails its stripe with ErrDecrypt, writes nothing of it,
// and the same stripe fed again from intact shards carries on.
func TestStripeDecoderCorruptStripeRetried(t *testing.T) {
	pt := randBytes(7, 2*storage.StripeChunk*4+999)
	e := encode(t, pt, 4, 2)
	var out bytes.Buffer
	d, err := storage.NewStripeDecoder(e.params(), 0, int64(len(pt)), &out)
	if err != nil {
		t.Fatal(err)
	}
	c := d.ChunkLen(0)
	chunks := make([][]byte, 6)
	for i := range 4 {
		chunks[i] = e.shards[i][:c]
	}
	if err := d.Stripe(chunks); err != nil {
		t.Fatal(err)
	}
	before := out.Len()
	bad := bytes.Clone(e.shards[2][storage.StripeChunk : storage.StripeChunk+int64(c)])
	bad[100] ^= 1
	for i := range 4 {
		chunks[i] = e.shards[i][storage.StripeChunk : storage.StripeChunk+int64(c)]
	}
	chunks[2] = bad
	if err := d.Stripe(chunks); !errors.Is(err, storage.ErrDecrypt) {
		t.Fatalf("corrupt stripe: %v, want ErrDecrypt", err)
	}
	if out.Len() != before || d.Next() != 1 {
		t.Fatalf("a failed stripe wrote %d bytes and moved to stripe %d", out.Len()-before, d.Next())
	}
	if err := feed(t, d, e.shards, map[int]bool{2: true}); err != nil {
		t.Fatalf("retry without the corrupt shard: %v", err)
	}
	if !bytes.Equal(out.Bytes(), pt) {
		t.Fatal("plaintext differs after the retried stripe")
	}
}

func TestStripeDecoderErrors(t *testing.T) {
	pt := randBytes(7, 100_000)
	e := encode(t, pt, 2, 1)
	p := e.params()
	if _, err := storage.NewStripeDecoder(p, 0, int64(len(pt))+1, &bytes.Buffer{}); !errors.Is(err, storage.ErrRange) {
		t.Fatalf("range past the end: %v, want ErrRange", err)
	}
	wrong := p
	wrong.FileKey = testKey(1)
	d, err := storage.NewStripeDecoder(wrong, 0, int64(len(pt)), &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if err := feed(t, d, e.shards, nil); !errors.Is(err, storage.ErrDecrypt) {
		t.Fatalf("wrong key: %v, want ErrDecrypt", err)
	}
	d, _ = storage.NewStripeDecoder(p, 0, int64(len(pt)), &bytes.Buffer{})
	if err := feed(t, d, e.shards, map[int]bool{0: true, 1: true}); !errors.Is(err, storage.ErrTooFewShards) {
		t.Fatalf("one of three shards: %v, want ErrTooFewShards", err)
	}
}
