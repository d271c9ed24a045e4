package market

import (
	"bytes"
	"crypto/sha256"
	"math/rand/v2"
	"testing"
)

// hashBeside sums exactly what was written, whatever the sizes of the
// writes (empty, under, at and over its buffer), and Sum may be called
// again (the deferred call on the success path).
func TestHashBeside(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	data := make([]byte, 9*hashBuf+12345)
	for i := range data {
		data[i] = byte(r.Uint32())
	}
	for _, steps := range [][]int{{0}, {1}, {hashBuf}, {hashBuf + 1}, {3 * hashBuf}, {65536, 7, hashBuf - 1}} {
		b := newHashBeside()
		rest := data
		for i := 0; len(rest) > 0; i++ {
			n := min(steps[i%len(steps)], len(rest))
			if n == 0 {
				b.Write(nil)
				n = min(4096, len(rest))
			}
			if w, err := b.Write(rest[:n]); w != n || err != nil {
				t.Fatalf("write %d: %d, %v", n, w, err)
			}
			rest = rest[n:]
		}
		want := sha256.Sum256(data)
		if got := b.Sum(); !bytes.Equal(got, want[:]) {
			t.Fatalf("steps %v: sum %x, want %x", steps, got, want)
		}
		if again := b.Sum(); !bytes.Equal(again, want[:]) {
			t.Fatalf("steps %v: a second Sum differs", steps)
		}
	}
	// Ended without a write (an error before the first read): no goroutine
	// is left (goleak in TestMain) and the sum is the empty one.
	empty := sha256.Sum256(nil)
	if got := newHashBeside().Sum(); !bytes.Equal(got, empty[:]) {
		t.Fatalf("empty sum %x", got)
	}
}
