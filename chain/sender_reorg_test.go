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
