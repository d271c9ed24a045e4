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

// TestSenderTakesGapLeftByPreviousProcess: a process sends a call and has
// its receipt, then exits; a new process's sender on the same account
// sends its first call above that nonce and has its receipt too; then a
// reorg drops both transactions (anvil returns them to no pool). The new
// sender's next call is signed on the old process's nonce (the reorg
// dropped it at a head past our own dropped receipt's block): it mines at
// once, with no new heads needed (none come on an automining chain while
// everything waits behind a gap), and neither dropped call runs again.
func TestSenderTakesGapLeftByPreviousProcess(t *testing.T) {
	p, restarted, snap, before, start := restartAfterOldProcess(t)
	ctx := t.Context()
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
	sctx, cancel := context.WithTimeout(ctx, 25*time.Second)
	defer cancel()
	rcpt, err := restarted.Send(sctx, chain.Call{To: &recipient, Value: big.NewInt(7), Label: "after reorg"})
	if err != nil {
		t.Fatalf("send after the reorg dropped the old process's tx and ours: %v", err)
	}
	st := restarted.Stats()
	if rcpt.Status != 1 || st.Reclaimed != 2 || st.GapsFilled != 0 {
		t.Fatalf("status %d, stats %+v: want both dropped nonces taken again, no filler", rcpt.Status, st)
	}
	if got := p.minedNonce(t, ctx); got != start+1 {
		t.Fatalf("account nonce %d, want %d (the call on the old process's nonce)", got, start+1)
	}
	p.gained(t, ctx, before, 7)
}

// TestSenderFillsGapLeftByPreviousProcess: as above, but the new process
// has not waited for its first call (no receipt returned, so nothing to
// take again) when the reorg drops it with the old process's. Waiting on
// it, the sender finds it stuck behind a nonce neither mined nor ours;
// after StuckBlocks it fills that nonce with a zero-value self-transfer
// and sends its call again: it mines exactly once.
func TestSenderFillsGapLeftByPreviousProcess(t *testing.T) {
	p, restarted, snap, before, start := restartAfterOldProcess(t)
	ctx := t.Context()
	tx, err := restarted.Submit(ctx, chain.Call{To: &recipient, Value: big.NewInt(7), Label: "first of new process"})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.node.Mine(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if err := p.node.Reorg(ctx, snap, 4, nil); err != nil {
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
	rcpt, err := restarted.Wait(sctx, tx)
	if err != nil {
		t.Fatalf("wait behind the gap the old process's dropped tx left: %v", err)
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
	p.gained(t, ctx, before, 7) // the dropped old call did not run again; the filler moved nothing
}

// restartAfterOldProcess is the two tests' start: a snapshot, an "old
// process" call sent and returned by p.sender (1,000 wei), then a new
// sender on the same account, as a restarted process has (StuckBlocks 3).
// It returns the recipient's balance and the account's nonce before all.
func restartAfterOldProcess(t *testing.T) (p *proxied, restarted *chain.Sender, snap string, before *big.Int, start uint64) {
	t.Helper()
	cfg := fastConfig()
	cfg.StuckBlocks = 3
	cfg.ReceiptTimeout = 30 * time.Second
	p = newProxied(t, cfg)
	ctx := t.Context()
	before, start = p.balance(t, ctx, recipient), p.minedNonce(t, ctx)
	snap, err := p.node.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.sender.Send(ctx, chain.Call{To: &recipient, Value: big.NewInt(1000), Label: "old process"}); err != nil {
		t.Fatal(err)
	}
	if restarted, err = chain.NewSender(p.pc, p.signer, cfg, nil); err != nil {
		t.Fatal(err)
	}
	return p, restarted, snap, before, start
}
