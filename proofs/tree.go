package proofs

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Tree is the cached top of a shard's Merkle tree: the nodes at level
// min(BlockLevel, depth) — one per 64 KiB block — and every level above, up
// to the root. Padding nodes are not stored. Prove recomputes the levels below
// from one block read per challenged block.
//
// A Tree is immutable once built and safe for concurrent use. Get one from
// BuildTree, RootWriter.Tree or UnmarshalBinary; the zero Tree is only a
// target for UnmarshalBinary.
type Tree struct {
	shardSize uint64
	base      int          // level of levels[0]: min(BlockLevel, depth)
	levels    [][][32]byte // levels[i]: real nodes at level base+i; last is the root
}

// newTree builds the levels above base from the base-level nodes.
func newTree(shardSize uint64, baseNodes [][32]byte) *Tree {
	d := Depth(shardSize)
	t := &Tree{shardSize: shardSize, base: min(BlockLevel, d)}
	t.levels = append(t.levels, baseNodes)
	cur := baseNodes
	for l := t.base; l < d; l++ {
		cur = hashLevel(make([][32]byte, (len(cur)+1)/2), cur, l)
		t.levels = append(t.levels, cur)
	}
	return t
}

// Root returns the shard's Merkle root.
func (t *Tree) Root() [32]byte { return t.levels[len(t.levels)-1][0] }

// ShardSize returns the size in bytes of the shard the tree was built over.
func (t *Tree) ShardSize() uint64 { return t.shardSize }

// node returns the node at absolute level l and position pos, which must be
// at or above the cached base level.
func (t *Tree) node(l int, pos uint64) [32]byte {
	return nodeAt(t.levels[l-t.base], pos, l)
}

// nodeAt returns level[pos], or the padding hash of level l past its end.
func nodeAt(level [][32]byte, pos uint64, l int) [32]byte {
	if pos < uint64(len(level)) {
		return level[pos]
	}
	return zeroHashes[l]
}

const treeVersion = 1

// MarshalBinary encodes the tree as: version byte 1, shard size (uint64
// big-endian), root (32 bytes), then the base-level nodes (32 bytes each).
// Upper levels are recomputed by UnmarshalBinary, which checks the root.
func (t *Tree) MarshalBinary() ([]byte, error) {
	base := t.levels[0]
	out := make([]byte, 0, 1+8+32+32*len(base))
	out = append(out, treeVersion)
	out = binary.BigEndian.AppendUint64(out, t.shardSize)
	root := t.Root()
	out = append(out, root[:]...)
	for i := range base {
		out = append(out, base[i][:]...)
	}
	return out, nil
}

// UnmarshalBinary decodes a tree written by MarshalBinary. It returns an error
// wrapping ErrBadTree if the encoding is malformed or the nodes do not hash to
// the stored root. The shard size is not covered by the root: callers compare
// ShardSize and Root with the slot's on-chain values.
func (t *Tree) UnmarshalBinary(data []byte) error {
	const header = 1 + 8 + 32
	if len(data) < header || data[0] != treeVersion {
		return fmt.Errorf("tree header: %w", ErrBadTree)
	}
	size := binary.BigEndian.Uint64(data[1:9])
	if err := CheckShardSize(size); err != nil {
		return fmt.Errorf("%w: %w", ErrBadTree, err)
	}
	base := min(BlockLevel, Depth(size))
	count := (Leaves(size)-1)>>base + 1
	if rest := uint64(len(data) - header); rest%32 != 0 || rest/32 != count {
		return fmt.Errorf("tree of %d bytes for shard size %d: %w", len(data), size, ErrBadTree)
	}
	nodes := make([][32]byte, count)
	for i := range nodes {
		copy(nodes[i][:], data[header+32*i:])
	}
	nt := newTree(size, nodes)
	if nt.Root() != [32]byte(data[9:41]) {
		return fmt.Errorf("tree nodes do not hash to its root: %w", ErrBadTree)
	}
	*t = *nt
	return nil
}

// Prove builds the multiproof for the given raw indices (deduplicated and
// sorted here) from the shard readable at r, which must hold exactly the
// shard the tree was built over. It reads one block of at most 64 KiB per
// distinct challenged block and checks each block against the tree
// (ErrShardMismatch if the shard on disk differs).
func (t *Tree) Prove(r io.ReaderAt, indices []uint64) ([]byte, error) {
	idx := Normalize(indices)
	n := Leaves(t.shardSize)
	if err := checkIndices(idx, n); err != nil {
		return nil, err
	}
	d, base := Depth(t.shardSize), t.base
	blockLeaves := uint64(1) << base

	leaves := make([]byte, 0, len(idx)*LeafSize)
	lower := make([][][32]byte, base) // siblings per level below base
	var blocks []uint64               // distinct challenged blocks (level-base positions)
	buf := make([]byte, min(blockLeaves, n)*LeafSize)
	sub := newBlockLevels(base)
	var cur, next []uint64

	for i := 0; i < len(idx); {
		blk := idx[i] >> base
		j := i
		for j < len(idx) && idx[j]>>base == blk {
			j++
		}
		start := blk << base
		data := buf[:min(blockLeaves, n-start)*LeafSize]
		if err := readBlock(r, data, start*LeafSize); err != nil {
			return nil, err
		}
		sub.build(data)
		if sub.root() != t.levels[0][blk] {
			return nil, fmt.Errorf("block %d: %w", blk, ErrShardMismatch)
		}
		for _, x := range idx[i:j] {
			off := (x - start) * LeafSize
			leaves = append(leaves, data[off:off+LeafSize]...)
		}
		cur = append(cur[:0], idx[i:j]...)
		for l := 0; l < base; l++ {
			first := blk << (base - l) // position of the block's first node at level l
			next = stepPositions(next[:0], cur, func(s uint64) {
				lower[l] = append(lower[l], nodeAt(sub.levels[l], s-first, l))
			})
			cur, next = next, cur
		}
		blocks = append(blocks, blk)
		i = j
	}

	proof := leaves
	for _, sibs := range lower {
		for _, h := range sibs {
			proof = append(proof, h[:]...)
		}
	}
	cur = blocks
	for l := base; l < d; l++ {
		next = stepPositions(next[:0], cur, func(s uint64) {
			h := t.node(l, s)
			proof = append(proof, h[:]...)
		})
		cur, next = next, cur
	}
	return proof, nil
}

func readBlock(r io.ReaderAt, data []byte, off uint64) error {
	c, err := r.ReadAt(data, int64(off))
	if c == len(data) {
		return nil
	}
	if err == nil || errors.Is(err, io.EOF) {
		err = fmt.Errorf("shard ended at %d: %w", off+uint64(c), ErrShardLength)
	}
	return fmt.Errorf("read block at %d: %w", off, err)
}

// blockLevels holds every level of one block's subtree, reusing one buffer.
type blockLevels struct {
	flat   [][32]byte
	levels [][][32]byte
	height int
}

func newBlockLevels(height int) *blockLevels {
	return &blockLevels{
		flat:   make([][32]byte, 2<<height),
		levels: make([][][32]byte, height+1),
		height: height,
	}
}

// build computes levels 0..height of the subtree over data (real leaves only;
// the rest is padding).
func (b *blockLevels) build(data []byte) {
	off := 0
	b.levels[0] = hashLeaves(b.flat, data)
	for l := 1; l <= b.height; l++ {
		off += 1 << (b.height - l + 1)
		b.levels[l] = hashLevel(b.flat[off:], b.levels[l-1], l-1)
	}
}

func (b *blockLevels) root() [32]byte { return b.levels[b.height][0] }
