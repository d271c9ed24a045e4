package main

import (
	"crypto/sha256"
	"fmt"
	"math/bits"

	"github.com/cairn-storage/cairn/proofs"
)

// periodicShard is a shard too large to hold (4 GiB) whose bytes repeat one
// 64 KiB block (2^period leaves of random data). Its Merkle tree is then
// computable without the shard: every node at level l ≤ period is a node of
// the block's own tree (position p mod 2^(period−l)), and every node above is
// the same for the whole level, H[l+1] = sha256(H[l] ‖ H[l]). Its root is the
// true root of those 4 GiB (checked by proofs.Verify on every proof), and its
// proofs have the same shape and calldata cost as any shard's: the leaves are
// random, non-zero bytes, and so are the siblings.
type periodicShard struct {
	size   uint64
	period int          // log2 of leaves per block
	block  []byte       // 64 << period bytes
	levels [][][32]byte // block tree, levels[0] = leaf hashes
	upper  [][32]byte   // upper[l] for l ≥ period: the level's only value
	depth  int
}

func newPeriodicShard(size uint64, block []byte) (*periodicShard, error) {
	leaves := uint64(len(block)) / proofs.LeafSize
	if leaves == 0 || leaves&(leaves-1) != 0 || size%uint64(len(block)) != 0 {
		return nil, fmt.Errorf("periodic shard: block of %d bytes does not tile %d", len(block), size)
	}
	n := size / proofs.LeafSize
	if n&(n-1) != 0 {
		return nil, fmt.Errorf("periodic shard: %d leaves, want a power of two", n)
	}
	s := &periodicShard{size: size, period: bits.TrailingZeros64(leaves), block: block, depth: proofs.Depth(size)}
	lvl := make([][32]byte, leaves)
	for i := range lvl {
		lvl[i] = sha256.Sum256(block[i*proofs.LeafSize : (i+1)*proofs.LeafSize])
	}
	s.levels = append(s.levels, lvl)
	for len(lvl) > 1 {
		next := make([][32]byte, len(lvl)/2)
		for i := range next {
			next[i] = pair(lvl[2*i], lvl[2*i+1])
		}
		s.levels = append(s.levels, next)
		lvl = next
	}
	s.upper = make([][32]byte, s.depth+1)
	s.upper[s.period] = lvl[0]
	for l := s.period; l < s.depth; l++ {
		s.upper[l+1] = pair(s.upper[l], s.upper[l])
	}
	return s, nil
}

func pair(a, b [32]byte) [32]byte {
	var buf [64]byte
	copy(buf[:32], a[:])
	copy(buf[32:], b[:])
	return sha256.Sum256(buf[:])
}

func (s *periodicShard) root() [32]byte { return s.upper[s.depth] }

func (s *periodicShard) node(l int, p uint64) [32]byte {
	if l >= s.period {
		return s.upper[l]
	}
	return s.levels[l][p&(uint64(1)<<(s.period-l)-1)]
}

// prove builds the single-shard multiproof for raw indices: the leaves in
// sorted, deduplicated order, then the siblings level by level, left to
// right, for each known node whose sibling is not known.
func (s *periodicShard) prove(indices []uint64) []byte {
	idx := proofs.Normalize(indices)
	leafMask := uint64(len(s.block))/proofs.LeafSize - 1
	var out []byte
	for _, i := range idx {
		off := (i & leafMask) * proofs.LeafSize
		out = append(out, s.block[off:off+proofs.LeafSize]...)
	}
	known := idx
	for l := 0; l < s.depth; l++ {
		var next []uint64
		for i := 0; i < len(known); i++ {
			p := known[i]
			if p&1 == 0 && i+1 < len(known) && known[i+1] == p+1 {
				i++
			} else {
				h := s.node(l, p^1)
				out = append(out, h[:]...)
			}
			next = append(next, p>>1)
		}
		known = next
	}
	return out
}
