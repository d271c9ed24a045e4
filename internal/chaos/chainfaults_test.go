package chaos_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/cairntest"
	"github.com/cairn-storage/cairn/internal/chaos"
)

// TestChainFaults: after a 2+1 put on 3 providers has settled (3 epochs),
// the devnet's anvil reorgs the last 1, 3 or 10 blocks (evm_snapshot /
// evm_revert, a longer other chain) or mines 20 blocks at 50× the base fee;
// then the end checks: every slot still held and proven again, nothing
// lapsed, funds covered, the file byte-exact, no provider exited.
func TestChainFaults(t *testing.T) {
	cairntest.Long(t, "CAIRN_CHAOS", "make chaos scenario")
	type fault func(ctx context.Context, t *testing.T, h *chaos.Harness, node *anvil.Node)
	reorg := func(depth uint64) fault {
		return func(ctx context.Context, t *testing.T, h *chaos.Harness, node *anvil.Node) {
			for range 3 {
				id, err := node.Snapshot(ctx)
				if err != nil {
					t.Fatal(err)
				}
				from := waitBlocks(ctx, t, h, 0)
				waitBlocks(ctx, t, h, from+depth)
				if err := node.Reorg(ctx, id, depth, nil); err != nil {
					t.Fatalf("reorg depth %d: %v", depth, err)
				}
			}
		}
	}
	cases := []struct {
		name  string
		epoch uint64 // epoch blocks (0: the harness's 10)
		do    fault
	}{
		{"reorg depth 1", 0, reorg(1)},
		{"reorg depth 3", 0, reorg(3)},
		// 40-block epochs (grace 12): on 10-block epochs (grace 3) each
		// 10-deep reorg replaces a whole epoch and its other chain is
		// mined at once, so a dropped proof's window has closed before
		// any node can send it again: one miss per reorg, and three reorgs
		// fail every set under the devnet's 2-in-8 miss threshold
		// (SetWouldFail; seen 2026-12-02) — the contract's rule, not a
		// node fault.
		{"reorg depth 10", 40, reorg(10)},
		// 40-block epochs too: anvil drops a transaction its base fee
		// prices out and the sender reprices it at once, but that still
		// costs about 2 blocks of the 3-block grace of 10-block epochs
		// (250 ms blocks), so on a loaded machine every set missed two
		// epochs and failed (2026-12-03, the full chaos run; 3 of 3 passed
		// alone). A real chain's base fee rises at most 12.5% a block
		// (EIP-1559), which a fee cap of twice the base fee rides out for
		// six blocks; the ×50 jump is anvil's.
		{"base fee x50 for 20 blocks", 40, func(ctx context.Context, t *testing.T, _ *chaos.Harness, node *anvil.Node) {
			if err := node.BaseFeeSpike(ctx, 50, 20, nil); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := t.Context()
			h := chaos.Start(t, chaos.Options{Binary: cairnBin, Providers: 3, EpochBlocks: tc.epoch})
			in, data := h.RandomFile("hello.bin", 300_000)
			if _, err := h.Cairn(ctx, 5*time.Minute, "put", "--k", "2", "--m", "1", "--epochs", "80", in); err != nil {
				t.Fatalf("put: %v", err)
			}
			waitBlocks(ctx, t, h, waitBlocks(ctx, t, h, 0)+3*h.Info.EpochBlocks)
			tc.do(ctx, t, h, &anvil.Node{URL: h.Info.RPCURL, ChainID: h.Info.ChainID})
			held := h.CheckAssigned(ctx)
			h.CheckProven(ctx, held, 90*time.Second)
			h.CheckFunds(ctx, held)
			h.Get(ctx, "hello.bin", data)
			h.CheckAlive()
			if t.Failed() {
				t.Logf("provider 1 log ends:\n%s", h.LogTail(1))
			}
		})
	}
}

// waitBlocks waits until the devnet's head is at least n and returns it.
func waitBlocks(ctx context.Context, t *testing.T, h *chaos.Harness, n uint64) uint64 {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		b, err := h.Client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(fmt.Errorf("block number: %w", err))
		}
		if b >= n {
			return b
		}
		if time.Now().After(deadline) {
			t.Fatalf("head %d, waited for %d", b, n)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
