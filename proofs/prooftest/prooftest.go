// Package prooftest holds helpers shared by the proofs tests, the vector
// generator and other packages' tests (the contract tests regenerate shards
// the same way).
package prooftest

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/cairn-storage/cairn/proofs"
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

// MemShards is an in-memory proofs.ShardOpener: member id → shard bytes and
// their tree. It is not safe for concurrent mutation.
type MemShards map[uint32]*MemShard

// MemShard is one member's shard held by MemShards.
type MemShard struct {
	Data []byte
	Tree *proofs.Tree
}

// Add builds the tree of data and stores it as member mid's shard.
func (m MemShards) Add(mid uint32, data []byte) (*proofs.Tree, error) {
	tree, err := proofs.BuildTree(bytes.NewReader(data), uint64(len(data)))
	if err != nil {
		return nil, err
	}
	m[mid] = &MemShard{Data: data, Tree: tree}
	return tree, nil
}

// ErrNoShard: MemShards holds no shard for the member.
var ErrNoShard = errors.New("prooftest: no shard for member")

// OpenShard implements proofs.ShardOpener.
func (m MemShards) OpenShard(mid uint32) (*proofs.Tree, proofs.ShardReader, error) {
	s, ok := m[mid]
	if !ok {
		return nil, nil, fmt.Errorf("member %d: %w", mid, ErrNoShard)
	}
	return s.Tree, readCloser{bytes.NewReader(s.Data)}, nil
}

type readCloser struct{ *bytes.Reader }

func (readCloser) Close() error { return nil }
