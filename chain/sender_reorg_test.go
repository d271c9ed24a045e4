package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/chain"
)

// TestSenderAfterReorgOfReturnedTx: Send returned a receipt (0
// confirmations, as the market's senders run), then a reorg of depth 1, 3
// or 10 drops that transaction (anvil's evm_revert returns it to no pool,
// as a node that does not re-inject). The next Send must mine: the sender
// sees that the node's nonce is below its own, that its returned
// transaction at that nonce is gone from a node whose head is past the
// block it mined in, and takes the nonce again (without this it signs
// above a gap, and every later transaction waits forever). The dropped
// call is not run again: the caller re-sends what it still wants.
func TestSenderAfterReorgOfReturnedTx(t *testing.T) {
	for _, depth := range []uint64{1, 3, 10} {
		t.Run(fmt.Sprintf("depth %d", depth), func(t *testing.T) {
			cfg := fastConfig()
			cfg.ReceiptTimeout = 20 * time.Second
			p := newProxied(t, cfg)
			ctx := t.Context()
			from := p.tally(t, ctx)
			snap, err := p.node.Snapshot(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := p.sender.Send(ctx, chain.Call{To: &recipient, Value: big.NewInt(1000), Label: "dropped"}); err != nil {
				t.Fatal(err)
			}
			if depth > 1 {
				if err := p.node.Mine(ctx, depth-1); err != nil {
					t.Fatal(err)
				}
			}
			if err := p.node.Reorg(ctx, snap, depth, nil); err != nil {
				t.Fatal(err)
			}
			p.gained(t, ctx, from.balance, 0)
			sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
			defer cancel()
			rcpt, err := p.sender.Send(sctx, chain.Call{To: &recipient, Value: big.NewInt(7), Label: "after reorg"})
			if err != nil {
				t.Fatalf("send after a %d-block reorg dropped the previous tx: %v", depth, err)
			}
			if rcpt.Status != 1 {
				t.Fatalf("status %d", rcpt.Status)
			}
			p.ranOnce(t, ctx, from, 1, 7) // the dropped call did not run again
			// And the sender goes on from there.
			if _, err := p.sender.Send(sctx, chain.Call{To: &recipient, Value: big.NewInt(5), Label: "next"}); err != nil {
				t.Fatal(err)
			}
			p.gained(t, ctx, from.balance, 12)
		})
	}
}

// TestSenderFillsGapLeftByPreviousProcess: a process sends a call and has
// its receipt, then exits; a new process's sender on the same account
// starts above that nonce; then a reorg drops the old process's
// transaction (anvil returns it to no pool). The new sender knows nothing
// of that nonce, so its next call waits behind a gap. After StuckBlocks
// it fills the gap with a zero-value self-transfer, and its call mines:
// exactly once, and the dropped call is not run again.
func TestSenderFillsGapLeftByPreviousProcess(t *testing.T) {
	cfg := fastConfig()
	cfg.StuckBlocks = 3
	cfg.ReceiptTimeout = 30 * time.Second
	p := newProxied(t, cfg)
	ctx := t.Context()
	before, start := p.balance(t, ctx, recipient), p.minedNonce(t, ctx)
	snap, err := p.node.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.sender.Send(ctx, chain.Call{To: &recipient, Value: big.NewInt(1000), Label: "old process"}); err != nil {
		t.Fatal(err)
	}
	restarted, err := chain.NewSender(p.pc, p.signer, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The new process reads its nonce (start+1) before the reorg.
	if _, err := restarted.Send(ctx, chain.Call{To: &recipient, Value: big.NewInt(1), Label: "first of new process"}); err != nil {
		t.Fatal(err)
	}
	if err := p.node.Mine(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if err := p.node.Reorg(ctx, snap, 4, nil); err != nil { // drops both of the first two blocks' txs
		t.Fatal(err)
	}
	p.gained(t, ctx, before, 0)
	mctx, stop := context.WithCancel(ctx)
	defer stop()
	go func() { // blocks keep coming, as on a live chain
		for mctx.Err() == nil {
			_ = p.node.Mine(mctx, 1)
			time.Sleep(50 * time.Millisecond)
		}
	}()
	sctx, cancel := context.WithTimeout(ctx, 25*time.Second)
	defer cancel()
	rcpt, err := restarted.Send(sctx, chain.Call{To: &recipient, Value: big.NewInt(7), Label: "after reorg"})
	if err != nil {
		t.Fatalf("send behind the gap the old process's dropped tx left: %v", err)
	}
	if rcpt.Status != 1 {
		t.Fatalf("status %d", rcpt.Status)
	}
	if got := restarted.Stats().GapsFilled; got < 1 {
		t.Fatalf("GapsFilled %d, want ≥ 1", got)
	}
	stop()
	if got := p.minedNonce(t, ctx); got < start+2 {
		t.Fatalf("account nonce %d, want ≥ %d (the gap filled, then the call)", got, start+2)
	}
	p.gained(t, ctx, before, 7) // neither dropped call ran again; the filler moved nothing
}
