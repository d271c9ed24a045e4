// Package prooftest holds helpers shared by the proofs tests, the vector
// generator and other packages' tests (the contract tests regenerate shards
// the same way).
package prooftest

import (
	"crypto/sha256"
	"encoding/binary"
)

// TestShard returns size deterministic bytes derived from seed: block i
// (32 bytes) is sha256(seed ‖ uint64 big-endian i); the blocks are
// concatenated and truncated to size.
func TestShard(seed [32]byte, size uint64) []byte {
	out := make([]byte, 0, size+32)
	var in [40]byte
	copy(in[:32], seed[:])
	for i := uint64(0); uint64(len(out)) < size; i++ {
		binary.BigEndian.PutUint64(in[32:], i)
		h := sha256.Sum256(in[:])
		out = append(out, h[:]...)
	}
	return out[:size]
}
