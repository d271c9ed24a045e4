package proofs

import (
	"crypto/sha256"
	"fmt"
)

// stepPositions walks the sorted, unique known positions of one level in
// canonical order and appends the known positions of the level above to dst.
// For each known node whose sibling is not known it calls need (if non-nil)
// with the sibling's position, in the order the proof carries siblings.
func stepPositions(dst, known []uint64, need func(sib uint64)) []uint64 {
	for i := 0; i < len(known); i++ {
		p := known[i]
		if p&1 == 0 && i+1 < len(known) && known[i+1] == p+1 {
			i++
		} else if need != nil {
			need(p ^ 1)
		}
		dst = append(dst, p>>1)
	}
	return dst
}

// siblingCount returns how many sibling hashes a proof for the normalized
// indices idx of a depth-d tree carries.
func siblingCount(idx []uint64, d int) int {
	count := 0
	need := func(uint64) { count++ }
	cur := append([]uint64(nil), idx...)
	next := make([]uint64, 0, len(idx))
	for l := 0; l < d; l++ {
		next = stepPositions(next[:0], cur, need)
		cur, next = next, cur
	}
	return count
}

// Verify checks a multiproof for the given raw indices (deduplicated and
// sorted here) against root. The proof is the challenged leaves' 64 bytes in
// index order followed by the sibling hashes in canonical order (see the
// package documentation). It returns nil only for an exact, valid proof;
// ErrProofLength if the proof is not exactly as long as the indices need;
// ErrInvalidProof if it does not lead to root or the indices are unusable;
// ErrBadShardSize for a bad shard size. Verify never panics.
func Verify(root [32]byte, shardSize uint64, indices []uint64, proof []byte) error {
	if err := CheckShardSize(shardSize); err != nil {
		return err
	}
	pos := Normalize(indices)
	if err := checkIndices(pos, Leaves(shardSize)); err != nil {
		return err
	}
	d := Depth(shardSize)
	want := uint64(len(pos))*LeafSize + uint64(siblingCount(pos, d))*32
	if uint64(len(proof)) != want {
		return fmt.Errorf("proof has %d bytes, want %d: %w", len(proof), want, ErrProofLength)
	}
	return verifyDepth(root, d, pos, proof)
}

// verifyDepth checks the multiproof of a depth-d tree for the sorted, unique
// positions pos (all < 2^d; overwritten) against root. The caller has checked
// that proof is exactly as long as pos needs.
func verifyDepth(root [32]byte, d int, pos []uint64, proof []byte) error {
	hashes := make([][32]byte, len(pos))
	for i := range pos {
		hashes[i] = sha256.Sum256(proof[i*LeafSize : (i+1)*LeafSize])
	}
	off := len(pos) * LeafSize
	for l := 0; l < d; l++ {
		w := 0
		for i := 0; i < len(pos); i++ {
			p, h := pos[i], hashes[i]
			var parent [32]byte
			if p&1 == 0 && i+1 < len(pos) && pos[i+1] == p+1 {
				parent = hashPair(h, hashes[i+1])
				i++
			} else {
				sib := [32]byte(proof[off : off+32])
				off += 32
				if p&1 == 1 {
					parent = hashPair(sib, h)
				} else {
					parent = hashPair(h, sib)
				}
			}
			pos[w], hashes[w] = p>>1, parent
			w++
		}
		pos, hashes = pos[:w], hashes[:w]
	}
	if len(hashes) != 1 || hashes[0] != root {
		return fmt.Errorf("computed root %x, want %x: %w", hashes[0], root, ErrInvalidProof)
	}
	return nil
}
