package storage

import (
	"context"
	"fmt"
	"io"

	"github.com/cairn-storage/cairn/proofs"
)

// Rebuild reconstructs shard target of a k+m file from any k of the other
// shards (nil = missing) and writes its shardSize bytes to w, stripe by
// stripe, so memory stays at one stripe. It needs no key and never sees
// plaintext: a repairer rebuilds ciphertext. The caller checks the result
// against the on-chain root (the shard store does at Commit).
func Rebuild(ctx context.Context, k, m int, shardSize uint64, shards []io.ReaderAt, target int, w io.Writer) error {
	if err := CheckParams(k, m); err != nil {
		return err
	}
	if len(shards) != k+m || target < 0 || target >= k+m {
		return fmt.Errorf("rebuild shard %d of %d: %w", target, len(shards), ErrBadParams)
	}
	if err := proofs.CheckShardSize(shardSize); err != nil {
		return fmt.Errorf("rebuild shard %d: %w", target, err)
	}
	var have []int
	for i, s := range shards {
		if s != nil && i != target {
			have = append(have, i)
		}
	}
	if len(have) < k {
		missing := []int{}
		for i, s := range shards {
			if s == nil && i != target {
				missing = append(missing, i)
			}
		}
		return &TooFewShardsError{Need: k, Have: len(have), Missing: missing}
	}
	have = have[:k]
	enc, err := newCoder(k, m)
	if err != nil {
		return err
	}
	stripes := (shardSize + StripeChunk - 1) / StripeChunk
	bufs := make([][]byte, k+m)
	backing := make([]byte, (k+1)*StripeChunk)
	for s := uint64(0); s < stripes; s++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		chunk := uint64(StripeChunk)
		if s == stripes-1 {
			chunk = shardSize - s*StripeChunk
		}
		for i := range bufs {
			bufs[i] = nil
		}
		for j, i := range have {
			b := backing[j*StripeChunk : j*StripeChunk+int(chunk)]
			if _, err := shards[i].ReadAt(b, int64(s*StripeChunk)); err != nil && !(err == io.EOF && len(b) > 0 && s == stripes-1) {
				return fmt.Errorf("rebuild shard %d: read shard %d at stripe %d: %w", target, i, s, err)
			}
			bufs[i] = b
		}
		bufs[target] = backing[k*StripeChunk : k*StripeChunk : k*StripeChunk+int(chunk)]
		if target < k {
			err = enc.ReconstructData(bufs)
		} else {
			err = enc.Reconstruct(bufs)
		}
		if err != nil {
			return fmt.Errorf("rebuild shard %d at stripe %d: %w", target, s, err)
		}
		if _, err := w.Write(bufs[target][:chunk]); err != nil {
			return fmt.Errorf("rebuild shard %d: write: %w", target, err)
		}
	}
	return nil
}
