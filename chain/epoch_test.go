package chain_test

import (
	"context"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/chain"
)

func TestEpochClock(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	head, err := e.client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c := &chain.EpochClock{Genesis: head + 3, EpochBlocks: 5, Heads: e.client, Poll: 20 * time.Millisecond}
	for _, tc := range []struct{ block, epoch uint64 }{{0, 0}, {head + 2, 0}, {head + 3, 0}, {head + 7, 0}, {head + 8, 1}, {head + 23, 4}} {
		if got := c.EpochOf(tc.block); got != tc.epoch {
			t.Errorf("EpochOf(%d) = %d, want %d", tc.block, got, tc.epoch)
		}
	}
	if c.Start(2) != head+13 {
		t.Fatalf("Start(2) = %d", c.Start(2))
	}
	if err := e.client.MineBlocks(ctx, 5); err != nil { // head+5: epoch 0, 3 blocks to next
		t.Fatal(err)
	}
	ep, _, err := c.Current(ctx)
	if err != nil || ep != 0 {
		t.Fatalf("Current = %d, %v", ep, err)
	}
	if n, err := c.BlocksToNext(ctx); err != nil || n != 3 {
		t.Fatalf("BlocksToNext = %d, %v", n, err)
	}
	done := make(chan error, 1)
	go func() { done <- c.WaitForEpoch(ctx, 2) }()
	select {
	case err := <-done:
		t.Fatalf("WaitForEpoch returned early: %v", err)
	case <-time.After(100 * time.Millisecond):
	}
	if err := e.client.MineBlocks(ctx, 8); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if err := c.WaitForEpoch(cctx, 100); err == nil {
		t.Fatal("WaitForEpoch ignored its context")
	}
}
