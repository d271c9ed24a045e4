package chain

import (
	"context"
	"fmt"
	"time"
)

// HeadReader reads the current block number.
type HeadReader interface {
	BlockNumber(ctx context.Context) (uint64, error)
}

// EpochClock maps blocks to protocol-v1 epochs:
// epoch(b) = (b − Genesis) / EpochBlocks. Blocks before Genesis are epoch 0.
type EpochClock struct {
	Genesis     uint64
	EpochBlocks uint64
	Heads       HeadReader
	// Poll is the head polling interval for the Wait methods (default 200ms).
	Poll time.Duration
}

// EpochOf returns the epoch containing block b.
func (c *EpochClock) EpochOf(b uint64) uint64 {
	if b < c.Genesis || c.EpochBlocks == 0 {
		return 0
	}
	return (b - c.Genesis) / c.EpochBlocks
}

// Start returns the first block of epoch e.
func (c *EpochClock) Start(e uint64) uint64 { return c.Genesis + e*c.EpochBlocks }

// Current returns the epoch of the head block and the head itself.
func (c *EpochClock) Current(ctx context.Context) (epoch, head uint64, err error) {
	head, err = c.Heads.BlockNumber(ctx)
	if err != nil {
		return 0, 0, fmt.Errorf("read head: %w", err)
	}
	return c.EpochOf(head), head, nil
}

// BlocksToNext returns how many blocks remain until the next epoch starts.
func (c *EpochClock) BlocksToNext(ctx context.Context) (uint64, error) {
	e, head, err := c.Current(ctx)
	if err != nil {
		return 0, err
	}
	return c.Start(e+1) - head, nil
}

// WaitForBlock blocks until the head reaches b or ctx ends.
func (c *EpochClock) WaitForBlock(ctx context.Context, b uint64) error {
	poll := c.Poll
	if poll <= 0 {
		poll = 200 * time.Millisecond
	}
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		head, err := c.Heads.BlockNumber(ctx)
		if err == nil && head >= b {
			return nil
		}
		if err != nil && !isTransient(err) {
			return fmt.Errorf("wait for block %d: %w", b, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// WaitForEpoch blocks until the head is in epoch e or later.
func (c *EpochClock) WaitForEpoch(ctx context.Context, e uint64) error {
	return c.WaitForBlock(ctx, c.Start(e))
}
