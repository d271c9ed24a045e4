package storage

import (
	"errors"
	"fmt"

	"github.com/klauspost/reedsolomon"

	"github.com/cairn-storage/cairn/proofs"
)

// Erasure layout v1. The encrypted stream (CipherSize bytes) is cut into
// stripes of k·StripeChunk bytes; stripe s gives every data shard i the bytes
// [i·c, (i+1)·c) of the stripe and every parity shard its Reed-Solomon parity
// (klauspost/reedsolomon, Vandermonde-derived systematic code), c being
// StripeChunk except in the last stripe, where c is the remainder divided by
// k rounded up to a multiple of 64 (the stripe zero-padded to k·c). So a
// shard is a concatenation of StripeChunk-sized chunks plus one shorter
// chunk, and its size depends only on (file size, k).
const (
	StripeChunk = 256 << 10
	DefaultK    = 4
	DefaultM    = 2
	MaxShards   = 32
)

var (
	// ErrBadParams: k, m or the shard list do not satisfy 1 ≤ k, 1 ≤ m,
	// k+m ≤ 32, len(shards) = k+m.
	ErrBadParams = errors.New("storage: bad erasure parameters")
	// ErrTooFewShards: fewer than k shards are present and intact. The error
	// is a *TooFewShardsError naming them.
	ErrTooFewShards = errors.New("storage: too few intact shards")
	// ErrRootMismatch: a shard's Merkle root differs from the expected root.
	ErrRootMismatch = errors.New("storage: shard root mismatch")
)

// TooFewShardsError names the shards a decode could not use.
type TooFewShardsError struct {
	Need, Have int
	Missing    []int // indices given as nil
	Corrupt    []int // indices whose root did not match, or unreadable
}

func (e *TooFewShardsError) Error() string {
	return fmt.Sprintf("need %d of the shards, have %d intact: missing %v, corrupt %v", e.Need, e.Have, e.Missing, e.Corrupt)
}

// Unwrap makes errors.Is(err, ErrTooFewShards) true.
func (e *TooFewShardsError) Unwrap() error { return ErrTooFewShards }

// CheckParams validates k data and m parity shards.
func CheckParams(k, m int) error {
	if k < 1 || m < 1 || k+m > MaxShards {
		return fmt.Errorf("k=%d m=%d (want 1 ≤ k, 1 ≤ m, k+m ≤ %d): %w", k, m, MaxShards, ErrBadParams)
	}
	return nil
}

// layout is the stripe geometry of one file.
type layout struct {
	k, m       int
	size       int64 // plaintext
	cipherSize int64
	stripes    int64
	lastData   int // encrypted bytes in the last stripe
	lastChunk  int // per-shard chunk length of the last stripe
	shardSize  uint64
}

func newLayout(size int64, k, m int) (layout, error) {
	if err := CheckParams(k, m); err != nil {
		return layout{}, err
	}
	cs, err := CipherSize(size)
	if err != nil {
		return layout{}, err
	}
	stripeData := int64(k) * StripeChunk
	l := layout{k: k, m: m, size: size, cipherSize: cs, stripes: (cs + stripeData - 1) / stripeData}
	l.lastData = int(cs - (l.stripes-1)*stripeData)
	l.lastChunk = int(roundUp64((int64(l.lastData) + int64(k) - 1) / int64(k)))
	l.shardSize = uint64(l.stripes-1)*StripeChunk + uint64(l.lastChunk)
	return l, nil
}

// stripe returns the encrypted bytes and per-shard chunk length of stripe s.
func (l layout) stripe(s int64) (data, chunk int) {
	if s == l.stripes-1 {
		return l.lastData, l.lastChunk
	}
	return l.k * StripeChunk, StripeChunk
}

func roundUp64(n int64) int64 { return (n + proofs.LeafSize - 1) &^ (proofs.LeafSize - 1) }

// ShardSize returns the size of every shard of a file of size bytes split
// into k data shards: a positive multiple of 64, known before encoding, as
// requestStorage needs it.
func ShardSize(size int64, k int) (uint64, error) {
	l, err := newLayout(size, k, 1)
	if err != nil {
		return 0, err
	}
	return l.shardSize, nil
}

func newCoder(k, m int) (reedsolomon.Encoder, error) {
	enc, err := reedsolomon.New(k, m, reedsolomon.WithMaxGoroutines(1))
	if err != nil {
		return nil, fmt.Errorf("reed-solomon %d+%d: %w", k, m, err)
	}
	return enc, nil
}
