package proofs_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/prooftest"
)

// fuzzGroups decodes arbitrary groups from data: per group 1 byte class,
// 4 bytes mid, 1 byte leaf count, then 8 bytes per leaf.
func fuzzGroups(data []byte) []proofs.Group {
	var out []proofs.Group
	for len(data) >= 6 && len(out) < 8 {
		g := proofs.Group{Class: int(data[0]), Mid: binary.BigEndian.Uint32(data[1:5])}
		count := int(data[5] % 8)
		data = data[6:]
		for i := 0; i < count && len(data) >= 8; i++ {
			g.Leaves = append(g.Leaves, binary.BigEndian.Uint64(data))
			data = data[8:]
		}
		out = append(out, g)
	}
	return out
}

// FuzzVerifySetProof: VerifySetProof never panics on arbitrary groups and
// bytes, and for a real set (members of 1..300 leaves drawn from the input)
// it accepts the prover's proof and rejects it with any byte changed
// (ErrInvalidProof), one byte short or one byte more (ErrProofLength).
func FuzzVerifySetProof(f *testing.F) {
	f.Add([]byte("cairn set"), uint64(7), uint32(3), byte(1))
	f.Add([]byte{}, uint64(0), uint32(0), byte(0x80))
	f.Add(bytes.Repeat([]byte{0xff, 0, 3, 1, 2, 7}, 20), uint64(1<<40), uint32(999), byte(4))
	f.Add([]byte{31, 0, 0, 0, 1, 1, 0x7f, 0xff, 0xff, 0xff, 0, 0, 0, 0}, uint64(3), uint32(1), byte(0x10))
	f.Fuzz(func(t *testing.T, data []byte, sizes uint64, pos uint32, mask byte) {
		_ = proofs.VerifySetProof(fuzzGroups(data), data)
		_, _ = proofs.SetProofSize(fuzzGroups(data))

		members := 1 + int(sizes%4)
		shards := prooftest.MemShards{}
		st := proofs.NewSetState()
		for i := range members {
			mid := uint32(i + 1)
			n := 1 + (sizes>>(8+10*i))%300
			shard := prooftest.TestShard([32]byte{byte(mid), byte(sizes)}, n*proofs.LeafSize)
			tree, err := shards.Add(mid, shard)
			if err != nil {
				t.Fatal(err)
			}
			if _, _, err := st.Insert(1, mid, n, tree.Root()); err != nil {
				t.Fatal(err)
			}
		}
		view, err := st.View(2)
		if err != nil {
			t.Fatal(err)
		}
		var seed [32]byte
		copy(seed[:], data)
		sp, err := proofs.NewSetProver(shards, 10).Prove(seed, sizes, view)
		if err != nil {
			t.Fatal(err)
		}
		if err := proofs.VerifySetProof(sp.Groups, sp.Proof); err != nil {
			t.Fatalf("valid proof rejected: %v", err)
		}
		if len(sp.Proof) == 0 {
			return // a shortfall to zero challenges: nothing to mutate
		}
		if mask != 0 {
			bad := bytes.Clone(sp.Proof)
			bad[int(pos)%len(bad)] ^= mask
			if err := proofs.VerifySetProof(sp.Groups, bad); !errors.Is(err, proofs.ErrInvalidProof) {
				t.Fatalf("byte %d changed: %v", int(pos)%len(bad), err)
			}
		}
		if err := proofs.VerifySetProof(sp.Groups, sp.Proof[:len(sp.Proof)-1]); !errors.Is(err, proofs.ErrProofLength) {
			t.Fatalf("missing byte: %v", err)
		}
		if err := proofs.VerifySetProof(sp.Groups, append(bytes.Clone(sp.Proof), mask)); !errors.Is(err, proofs.ErrProofLength) {
			t.Fatalf("extra byte: %v", err)
		}
	})
}
