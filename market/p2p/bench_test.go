package p2p_test

import (
	"bytes"
	"crypto/sha256"
	"io"
	"testing"
)

// BenchmarkPush measures push throughput over loopback (noise + yamux), into an
// in-memory sink that checks a SHA-256 root at commit; b.SetBytes makes it MB/s.
func BenchmarkPush(b *testing.B) {
	const size = 16 << 20
	p := newPair(b)
	data := randomBytes(b, size)
	root := sha256.Sum256(data)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if err := p.client.Push(b.Context(), p.provider.ID(), randomSlot(b), size, root, bytes.NewReader(data), p.auth); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFetch measures whole-shard fetch throughput over loopback.
func BenchmarkFetch(b *testing.B) {
	const size = 16 << 20
	p := newPair(b)
	slot := randomSlot(b)
	p.store.put(slot, randomBytes(b, size))
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.client.Fetch(b.Context(), p.provider.ID(), slot, 0, 0, io.Discard, p.auth); err != nil {
			b.Fatal(err)
		}
	}
}
