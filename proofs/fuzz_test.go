package proofs_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/cairn-storage/cairn/proofs"
)

// fuzzShard builds a shard of 1..600 leaves from the fuzz input.
func fuzzShard(data []byte, leaves uint16) []byte {
	size := 64 * (1 + uint64(leaves)%600)
	out := make([]byte, size)
	if len(data) > 0 {
		for i := range out {
			out[i] = data[i%len(data)] + byte(i/len(data))
		}
	}
	return out
}

// FuzzVerify: Verify never panics on arbitrary input, and never accepts a
// valid proof with a flipped byte, a missing byte or an extra byte.
func FuzzVerify(f *testing.F) {
	f.Add([]byte("cairn"), uint16(5), uint64(7), uint32(3), byte(1), uint64(640))
	f.Add([]byte{}, uint16(0), uint64(0), uint32(0), byte(0x80), uint64(64))
	f.Add(bytes.Repeat([]byte{0xff}, 100), uint16(599), uint64(1<<40), uint32(999), byte(4), uint64(1<<63))
	f.Fuzz(func(t *testing.T, data []byte, leaves uint16, idxSeed uint64, pos uint32, mask byte, size uint64) {
		// Arbitrary input: must not panic. Indices come from the data.
		var raw []uint64
		for i := 0; i+8 <= len(data) && i < 8*32; i += 8 {
			raw = append(raw, binary.BigEndian.Uint64(data[i:]))
		}
		_ = proofs.Verify([32]byte{}, size, raw, data)
		_ = proofs.Verify([32]byte{}, size, []uint64{idxSeed % max(size/64, 1)}, data)

		// A real proof and its mutations.
		shard := fuzzShard(data, leaves)
		sz := uint64(len(shard))
		tree, err := proofs.BuildTree(bytes.NewReader(shard), sz)
		if err != nil {
			t.Fatal(err)
		}
		n := proofs.Leaves(sz)
		idx := make([]uint64, 1+idxSeed%12)
		for i := range idx {
			idx[i] = (idxSeed>>(5*i) + uint64(i)*idxSeed) % n
		}
		proof, err := tree.Prove(bytes.NewReader(shard), idx)
		if err != nil {
			t.Fatal(err)
		}
		root := tree.Root()
		if err := proofs.Verify(root, sz, idx, proof); err != nil {
			t.Fatalf("valid proof rejected: %v", err)
		}
		if mask != 0 {
			bad := bytes.Clone(proof)
			bad[int(pos)%len(bad)] ^= mask
			if err := proofs.Verify(root, sz, idx, bad); !errors.Is(err, proofs.ErrInvalidProof) {
				t.Fatalf("flipped byte %d accepted: %v", int(pos)%len(bad), err)
			}
		}
		if err := proofs.Verify(root, sz, idx, proof[:len(proof)-1]); !errors.Is(err, proofs.ErrProofLength) {
			t.Fatalf("missing byte: %v", err)
		}
		if err := proofs.Verify(root, sz, idx, append(bytes.Clone(proof), mask)); !errors.Is(err, proofs.ErrProofLength) {
			t.Fatalf("extra byte: %v", err)
		}
	})
}

// FuzzRoot: the streaming root equals the crypto/sha256 reference for any
// shard and any write chunking.
func FuzzRoot(f *testing.F) {
	f.Add([]byte("cairn"), uint16(5), uint16(1))
	f.Add([]byte{0}, uint16(0), uint16(0))
	f.Add(bytes.Repeat([]byte{0xab}, 300), uint16(599), uint16(4096))
	f.Fuzz(func(t *testing.T, data []byte, leaves uint16, chunk uint16) {
		shard := fuzzShard(data, leaves)
		want := newRefTree(shard).root()
		w := proofs.NewRootWriter(uint64(len(shard)))
		step := 1 + int(chunk)
		for rest := shard; len(rest) > 0; rest = rest[min(step, len(rest)):] {
			if _, err := w.Write(rest[:min(step, len(rest))]); err != nil {
				t.Fatal(err)
			}
		}
		got, err := w.Sum()
		if err != nil || got != want {
			t.Fatalf("Sum = %x, %v; want %x", got, err, want)
		}
	})
}

// FuzzTreeUnmarshal: decoding never panics, and whatever decodes re-encodes
// to the same bytes.
func FuzzTreeUnmarshal(f *testing.F) {
	for _, size := range []uint64{64, 192, 64<<10 + 64} {
		tree, err := proofs.BuildTree(bytes.NewReader(shard(size)), size)
		if err != nil {
			f.Fatal(err)
		}
		enc, _ := tree.MarshalBinary()
		f.Add(enc)
	}
	f.Add([]byte{1, 0, 0, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		var tr proofs.Tree
		if err := tr.UnmarshalBinary(data); err != nil {
			return
		}
		enc, err := tr.MarshalBinary()
		if err != nil || !bytes.Equal(enc, data) {
			t.Fatalf("re-encoding differs: %v", err)
		}
	})
}
