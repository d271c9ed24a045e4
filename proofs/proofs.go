package proofs

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"unsafe"

	"github.com/prysmaticlabs/gohashtree"
)

// LeafSize is the size in bytes of one Merkle leaf (Protocol v1).
const LeafSize = 64

// DefaultChallenges is the default number K of challenged leaves per proof.
const DefaultChallenges = 10

// BlockLevel is the tree level whose nodes each cover one block of
// 2^BlockLevel leaves (64 KiB). A Tree caches this level and everything above
// it; Prove recomputes everything below from one block read per challenge.
const BlockLevel = 10

// BlockSize is the number of shard bytes covered by one node at BlockLevel.
const BlockSize = LeafSize << BlockLevel

// Sentinel errors callers branch on. Returned errors wrap them with context.
var (
	// ErrInvalidProof: the proof does not lead to the root, or the indices are
	// unusable (none, or one out of range).
	ErrInvalidProof = errors.New("proofs: invalid proof")
	// ErrProofLength: the proof is not exactly as long as the indices need.
	ErrProofLength = errors.New("proofs: wrong proof length")
	// ErrBadShardSize: the shard size is zero or not a multiple of LeafSize.
	ErrBadShardSize = errors.New("proofs: shard size must be a positive multiple of 64")
	// ErrShardLength: the data given is shorter or longer than the shard size.
	ErrShardLength = errors.New("proofs: data length differs from shard size")
	// ErrShardMismatch: shard bytes read for a proof do not match the tree
	// (the stored shard is corrupt or belongs to another tree).
	ErrShardMismatch = errors.New("proofs: shard data does not match tree")
	// ErrBadTree: a marshaled tree is malformed or inconsistent.
	ErrBadTree = errors.New("proofs: malformed tree encoding")
)

// CheckShardSize returns ErrBadShardSize unless shardSize is a positive
// multiple of LeafSize.
func CheckShardSize(shardSize uint64) error {
	if shardSize == 0 || shardSize%LeafSize != 0 {
		return fmt.Errorf("shard size %d: %w", shardSize, ErrBadShardSize)
	}
	return nil
}

// Leaves returns the number of leaves n = shardSize/64 of a shard.
func Leaves(shardSize uint64) uint64 { return shardSize / LeafSize }

// Depth returns the tree depth d = bitlen(n−1) of a shard (0 when n ≤ 1).
func Depth(shardSize uint64) int {
	n := Leaves(shardSize)
	if n <= 1 {
		return 0
	}
	return bits.Len64(n - 1)
}

// ProofSize returns the exact length in bytes of a proof for the given raw
// indices (normalized first), or an error if the shard size or indices are
// invalid.
func ProofSize(shardSize uint64, indices []uint64) (int, error) {
	if err := CheckShardSize(shardSize); err != nil {
		return 0, err
	}
	idx := Normalize(indices)
	if err := checkIndices(idx, Leaves(shardSize)); err != nil {
		return 0, err
	}
	return len(idx)*LeafSize + siblingCount(idx, Depth(shardSize))*32, nil
}

// zeroHashes[l] is the hash of a padding subtree at level l (level 0 is the
// hash of a 64-byte zero leaf). Levels up to 64 cover any uint64 shard size.
var zeroHashes = func() (z [65][32]byte) {
	z[0] = sha256.Sum256(make([]byte, LeafSize))
	for l := 1; l < len(z); l++ {
		z[l] = hashPair(z[l-1], z[l-1])
	}
	return z
}()

// ZeroHash returns the hash of an all-padding subtree at the given level.
func ZeroHash(level int) [32]byte { return zeroHashes[level] }

func hashPair(a, b [32]byte) [32]byte {
	var buf [64]byte
	copy(buf[:32], a[:])
	copy(buf[32:], b[:])
	return sha256.Sum256(buf[:])
}

// asChunks views b (length a multiple of 32) as 32-byte chunks without copying.
func asChunks(b []byte) [][32]byte {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Slice((*[32]byte)(unsafe.Pointer(&b[0])), len(b)/32)
}

// hashLeaves writes sha256 of each 64-byte leaf of data into dst and returns
// dst[:len(data)/64]. len(data) must be a multiple of 64.
func hashLeaves(dst [][32]byte, data []byte) [][32]byte {
	out := dst[:len(data)/LeafSize]
	if len(out) > 0 {
		gohashtree.HashChunks(out, asChunks(data))
	}
	return out
}

// hashLevel hashes the nodes of one level (at the given level) pairwise into
// dst and returns the parent level. An odd last node is paired with the
// padding hash of its level.
func hashLevel(dst, src [][32]byte, level int) [][32]byte {
	even := len(src) &^ 1
	out := dst[:(len(src)+1)/2]
	if even > 0 {
		gohashtree.HashChunks(out, src[:even])
	}
	if even != len(src) {
		out[len(out)-1] = hashPair(src[even], zeroHashes[level])
	}
	return out
}

// reduce hashes nodes at level from up to level to, ping-ponging between the
// caller's buffers a and b (each at least len(nodes)/2+1 long, and not aliasing
// nodes unless nodes is a or b). It returns the nodes at level to.
func reduce(nodes, a, b [][32]byte, from, to int) [][32]byte {
	for l := from; l < to; l++ {
		nodes = hashLevel(a, nodes, l)
		a, b = b, a
	}
	return nodes
}

// Normalize returns a sorted copy of indices with duplicates removed.
func Normalize(indices []uint64) []uint64 {
	out := make([]uint64, len(indices))
	copy(out, indices)
	slices.Sort(out)
	w := 0
	for i, v := range out {
		if i == 0 || v != out[w-1] {
			out[w] = v
			w++
		}
	}
	return out[:w]
}

func checkIndices(idx []uint64, n uint64) error {
	if len(idx) == 0 {
		return fmt.Errorf("no indices: %w", ErrInvalidProof)
	}
	if last := idx[len(idx)-1]; last >= n {
		return fmt.Errorf("index %d out of range [0, %d): %w", last, n, ErrInvalidProof)
	}
	return nil
}
