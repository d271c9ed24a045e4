package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
)

// spikeUntil mines blocks at factor × base, one each time the sender has
// polled, until res delivers or blocks run out; it returns what res gave,
// if anything.
func (p *proxied) spikeUntil(t *testing.T, ctx context.Context, res <-chan sendResult, factor int64, blocks int) (sendResult, bool) {
	t.Helper()
	var out sendResult
	got := false
	err := p.node.BaseFeeSpike(ctx, factor, blocks, func(ctx context.Context, i int) error {
		if got {
			return nil
		}
		n := p.proxy.Received("eth_blockNumber")
		waitFor(t, "the sender to see the spiked block", func() bool {
			select {
			case out = <-res:
				got = true
				return true
			default:
				return p.proxy.Received("eth_blockNumber") >= n+2
			}
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out, got
}

// TestSenderReplaceByFee: a transaction sits in the pool while the base fee
// jumps ×50 for 20 blocks; the sender re-signs it on the same nonce with
// higher fees and returns the receipt of the version that mined.
func TestSenderReplaceByFee(t *testing.T) {
	cfg := fastConfig()
	cfg.StuckBlocks = 2
	p := newProxied(t, cfg)
	ctx := t.Context()
	from := p.tally(t, ctx)
	if err := p.node.SetAutomine(ctx, false); err != nil {
		t.Fatal(err)
	}
	res := sendAsync(ctx, p.sender, chain.Call{To: &recipient, Value: big.NewInt(1000), Label: "transfer"})
	waitFor(t, "the send to reach anvil", func() bool { return p.proxy.Forwarded("eth_sendRawTransaction") == 1 })
	first := p.sender.Pending()
	r, ok := p.spikeUntil(t, ctx, res, 50, 20)
	if !ok {
		t.Fatalf("not mined within a 20-block spike (%d pending, stats %+v)", first, p.sender.Stats())
	}
	if r.err != nil {
		t.Fatalf("send during a fee spike: %v", r.err)
	}
	st := p.sender.Stats()
	t.Logf("stats %+v", st)
	if st.Replacements == 0 {
		t.Fatalf("mined without a replacement (%+v): the spike proved nothing", st)
	}
	tx, _, err := p.client.TransactionByHash(ctx, r.rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != from.nonce {
		t.Fatalf("replacement on nonce %d, want %d", tx.Nonce(), from.nonce)
	}
	blk, err := p.client.HeaderByNumber(ctx, r.rcpt.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if tx.GasFeeCap().Cmp(blk.BaseFee) < 0 {
		t.Fatalf("fee cap %s below the block's base fee %s", tx.GasFeeCap(), blk.BaseFee)
	}
	p.ranOnce(t, ctx, from, 1, 1000)
	if p.sender.Pending() != 0 {
		t.Fatalf("%d calls still tracked after the receipt", p.sender.Pending())
	}
	// The sender goes on with the next nonce.
	if err := p.node.SetAutomine(ctx, true); err != nil {
		t.Fatal(err)
	}
	if _, err := p.sender.Send(ctx, chain.Call{To: &recipient, Value: big.NewInt(1), Label: "next"}); err != nil {
		t.Fatal(err)
	}
	p.gained(t, ctx, from.balance, 1001)
}

// TestSenderFeeCapReached: with MaxFeePerGas below the spiked base fee the
// sender cannot replace; it surfaces ErrFeeCapReached without cancelling
// the transaction, which mines once fees fall: the call runs exactly once.
func TestSenderFeeCapReached(t *testing.T) {
	p := newProxied(t, fastConfig())
	ctx := t.Context()
	base, err := p.node.BaseFee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cfg := fastConfig()
	cfg.StuckBlocks = 2
	cfg.MaxFeePerGas = new(big.Int).Mul(base, big.NewInt(10)) // the spike is ×50
	if p.sender, err = chain.NewSender(p.pc, p.signer, cfg, nil); err != nil {
		t.Fatal(err)
	}
	from := p.tally(t, ctx)
	if err := p.node.SetAutomine(ctx, false); err != nil {
		t.Fatal(err)
	}
	res := sendAsync(ctx, p.sender, chain.Call{To: &recipient, Value: big.NewInt(1000), Label: "transfer"})
	waitFor(t, "the send to reach anvil", func() bool { return p.proxy.Forwarded("eth_sendRawTransaction") == 1 })
	r, ok := p.spikeUntil(t, ctx, res, 50, 20)
	if !ok {
		t.Fatal("no answer within a 20-block spike")
	}
	var fce *chain.FeeCapError
	if !errors.Is(r.err, chain.ErrFeeCapReached) || !errors.As(r.err, &fce) || fce.Tx == nil {
		t.Fatalf("got %v, want a *FeeCapError with its transaction", r.err)
	}
	if p.sender.Stats().FeeCapsReached == 0 {
		t.Fatal("fee cap not counted")
	}
	if got := p.sender.Stuck(); got != 1 || p.sender.Pending() != 1 {
		t.Fatalf("Stuck() = %d, Pending() = %d during the spike, want 1 and 1", got, p.sender.Pending())
	}
	p.gained(t, ctx, from.balance, 0) // nothing mined during the spike
	// Fees fall back; waiting again on the same transaction resumes it.
	if err := p.node.SetNextBaseFee(ctx, base); err != nil {
		t.Fatal(err)
	}
	wait := make(chan sendResult, 1)
	go func() {
		rc, err := p.sender.Wait(ctx, fce.Tx)
		wait <- sendResult{rc, err}
	}()
	w := p.mineUntil(t, ctx, wait, 10)
	if w.err != nil {
		t.Fatalf("wait after the spike: %v", w.err)
	}
	p.ranOnce(t, ctx, from, 1, 1000)
	if got := p.sender.Stuck(); got != 0 || p.sender.Pending() != 0 {
		t.Fatalf("Stuck() = %d, Pending() = %d after the receipt, want 0 and 0", got, p.sender.Pending())
	}
	if err := p.node.SetAutomine(ctx, true); err != nil {
		t.Fatal(err)
	}
	if _, err := p.sender.Send(ctx, chain.Call{To: &recipient, Value: big.NewInt(1), Label: "next"}); err != nil {
		t.Fatal(err)
	}
	p.gained(t, ctx, from.balance, 1001)
}

// TestSenderSurvivesReorg: the block holding our transaction is reorged
// away before its confirmations; the sender sends the same signed
// transaction again and returns the receipt on the winning chain.
func TestSenderSurvivesReorg(t *testing.T) {
	for _, depth := range []uint64{1, 3, 10} {
		t.Run(fmt.Sprintf("depth %d", depth), func(t *testing.T) {
			cfg := fastConfig()
			cfg.Confirmations = depth + 2
			p := newProxied(t, cfg)
			ctx := t.Context()
			from := p.tally(t, ctx)
			if err := p.node.SetAutomine(ctx, false); err != nil {
				t.Fatal(err)
			}
			snap, err := p.node.Snapshot(ctx)
			if err != nil {
				t.Fatal(err)
			}
			res := sendAsync(ctx, p.sender, chain.Call{To: &recipient, Value: big.NewInt(1000), Label: "transfer"})
			waitFor(t, "the send to reach anvil", func() bool { return p.proxy.Forwarded("eth_sendRawTransaction") == 1 })
			if err := p.node.Mine(ctx, depth); err != nil { // the tx is depth blocks deep
				t.Fatal(err)
			}
			p.gained(t, ctx, from.balance, 1000)
			mined, err := p.client.HeaderByNumber(ctx, nil) // the tx is in this branch
			if err != nil {
				t.Fatal(err)
			}
			if err := p.node.Reorg(ctx, snap, depth, nil); err != nil {
				t.Fatal(err)
			}
			// The branch is gone. Not checked by the balance: the sender
			// may already have sent the transaction again between the
			// revert and the new blocks (CI saw it: 1000 gained at once),
			// which is its job; ranOnce below checks it ran once.
			now, err := p.client.HeaderByNumber(ctx, mined.Number)
			if err != nil {
				t.Fatal(err)
			}
			if now.Hash() == mined.Hash() {
				t.Fatalf("block %s is still %s after the reorg", mined.Number, mined.Hash())
			}
			r := p.mineUntil(t, ctx, res, int(cfg.Confirmations)+10)
			if r.err != nil {
				t.Fatalf("send across a %d-block reorg: %v", depth, r.err)
			}
			canon, err := p.client.HeaderByNumber(ctx, r.rcpt.BlockNumber)
			if err != nil {
				t.Fatal(err)
			}
			if canon.Hash() != r.rcpt.BlockHash {
				t.Fatalf("receipt in block %s, canonical is %s", r.rcpt.BlockHash, canon.Hash())
			}
			if p.sender.Stats().Rebroadcasts == 0 {
				t.Fatal("mined again without a rebroadcast?")
			}
			p.ranOnce(t, ctx, from, 1, 1000)
		})
	}
}

// TestSenderFindsMinedOlderVersion: after a replacement, the version that
// mines is the original (as when another node had it first); Wait still
// returns its receipt, because every version signed for the call is
// remembered, and the call runs once.
func TestSenderFindsMinedOlderVersion(t *testing.T) {
	cfg := fastConfig()
	cfg.StuckBlocks = 1
	p := newProxied(t, cfg)
	ctx := t.Context()
	from := p.tally(t, ctx)
	base, err := p.node.BaseFee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.node.SetAutomine(ctx, false); err != nil {
		t.Fatal(err)
	}
	v1, err := p.sender.Submit(ctx, chain.Call{To: &recipient, Value: big.NewInt(1000), Label: "transfer"})
	if err != nil {
		t.Fatal(err)
	}
	res := make(chan sendResult, 1)
	go func() {
		r, err := p.sender.Wait(ctx, v1)
		res <- sendResult{r, err}
	}()
	if err := p.node.MineSpiked(ctx, base, 50); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "a replacement", func() bool {
		select {
		case r := <-res: // Wait ended before any replacement: say how
			t.Fatalf("wait ended before a replacement: receipt %v, %v (stats %+v)", r.rcpt != nil, r.err, p.sender.Stats())
		default:
		}
		return p.sender.Stats().Replacements == 1
	})
	// Behind the sender's back (its endpoint down): the replacement
	// vanishes, fees fall, and the original version mines.
	if err := p.proxy.SetDown(true); err != nil {
		t.Fatal(err)
	}
	if err := p.node.Call(ctx, nil, "anvil_dropAllTransactions"); err != nil {
		t.Fatal(err)
	}
	if err := p.node.SetNextBaseFee(ctx, base); err != nil {
		t.Fatal(err)
	}
	if err := p.node.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := p.client.SendTransaction(ctx, v1); err != nil {
		t.Fatalf("resend the original directly: %v", err)
	}
	if err := p.node.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := p.proxy.SetDown(false); err != nil {
		t.Fatal(err)
	}
	r := p.mineUntil(t, ctx, res, 5)
	if r.err != nil {
		t.Fatalf("wait: %v", r.err)
	}
	if r.rcpt.TxHash != v1.Hash() {
		t.Fatalf("receipt of %s, want the original %s", r.rcpt.TxHash, v1.Hash())
	}
	p.ranOnce(t, ctx, from, 1, 1000)
}

// TestSenderReplacesStuckByTip: blocks hold one transfer each and another
// account floods the pool with 10 gwei tips; our 1 gwei transaction stays
// in the pool, unmined. Every StuckBlocks it is re-signed on its nonce with
// the tip and cap raised 25%, until it outbids the flood and mines once.
func TestSenderReplacesStuckByTip(t *testing.T) {
	cfg := fastConfig()
	cfg.StuckBlocks = 2
	cfg.GasExtra, cfg.ExtraFreshSlot = 0, false // the 30,000-gas blocks below fit one transfer's estimate, not more
	p := newProxied(t, cfg)
	ctx := t.Context()
	from := p.tally(t, ctx)
	if err := p.node.SetAutomine(ctx, false); err != nil {
		t.Fatal(err)
	}
	if err := p.node.Call(ctx, nil, "evm_setBlockGasLimit", "0x7530"); err != nil { // 30000: one transfer per block
		t.Fatal(err)
	}
	dev2 := common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
	dev3 := common.HexToAddress("0x90F79bf6EB2c4f870365E785982E1f101E93b906")
	floodTip := big.NewInt(10e9)
	for i := 0; i < 40; i++ {
		if err := p.node.Call(ctx, nil, "eth_sendTransaction", map[string]any{
			"from": dev2, "to": dev3, "value": "0x1", "gas": "0x5208",
			"maxPriorityFeePerGas": "0x" + floodTip.Text(16), "maxFeePerGas": "0x174876e800",
		}); err != nil {
			t.Fatal(err)
		}
	}
	res := sendAsync(ctx, p.sender, chain.Call{To: &recipient, Value: big.NewInt(1000), Label: "transfer"})
	r := p.mineUntil(t, ctx, res, 38)
	if r.err != nil {
		t.Fatalf("send behind a tip flood: %v", r.err)
	}
	if st := p.sender.Stats(); st.Replacements < 2 || st.Rebroadcasts != 0 {
		t.Fatalf("stats %+v: want several replacements of a tx that stayed in the pool", st)
	}
	tx, _, err := p.client.TransactionByHash(ctx, r.rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != from.nonce || tx.GasTipCap().Cmp(floodTip) <= 0 {
		t.Fatalf("mined version nonce %d tip %s; want nonce %d and a tip above the flood's %s", tx.Nonce(), tx.GasTipCap(), from.nonce, floodTip)
	}
	p.ranOnce(t, ctx, from, 1, 1000)
}
