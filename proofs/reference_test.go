package proofs_test

import (
	"crypto/sha256"
	"math/bits"
	"testing"

	ssz "github.com/ferranbt/fastssz"
)

// refTree is the reference tree: every level of the shard zero-padded to
// 2^d leaves, built with crypto/sha256 only, straight from the rules.
type refTree struct {
	depth  int
	levels [][][32]byte // levels[0]: leaf hashes (2^d), levels[d]: root
}

func newRefTree(shard []byte) *refTree {
	n := uint64(len(shard)) / 64
	d := 0
	if n > 1 {
		d = bits.Len64(n - 1)
	}
	leaves := make([][32]byte, 1<<d)
	for i := range leaves {
		var leaf [64]byte
		if uint64(i) < n {
			copy(leaf[:], shard[i*64:])
		}
		leaves[i] = sha256.Sum256(leaf[:])
	}
	t := &refTree{depth: d, levels: [][][32]byte{leaves}}
	for cur := leaves; len(cur) > 1; {
		next := make([][32]byte, len(cur)/2)
		for i := range next {
			next[i] = sha256.Sum256(append(cur[2*i][:], cur[2*i+1][:]...))
		}
		t.levels = append(t.levels, next)
		cur = next
	}
	return t
}

func (t *refTree) root() [32]byte { return t.levels[t.depth][0] }

// prove builds the canonical multiproof from the full tree: leaves in index
// order, then level by level, left to right, the sibling of every known node
// whose sibling is not known.
func (t *refTree) prove(shard []byte, idx []uint64) []byte {
	var proof []byte
	known := map[uint64]bool{}
	for _, i := range idx {
		proof = append(proof, shard[i*64:(i+1)*64]...)
		known[i] = true
	}
	for l := 0; l < t.depth; l++ {
		next := map[uint64]bool{}
		for p := uint64(0); p < uint64(len(t.levels[l])); p++ {
			if !known[p] {
				continue
			}
			if !known[p^1] {
				proof = append(proof, t.levels[l][p^1][:]...)
			}
			next[p/2] = true
		}
		known = next
	}
	return proof
}

// sszRoot is the independent oracle: SSZ hash_tree_root of the shard as a
// ByteVector (fastssz, minio/sha256-simd).
func sszRoot(t testing.TB, shard []byte) [32]byte {
	t.Helper()
	h := ssz.NewHasher()
	h.PutBytes(shard)
	root, err := h.HashRoot()
	if err != nil {
		t.Fatal(err)
	}
	return root
}
