package chain_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/rpcproxy"
)

// TestSenderLostSendResponse: the proxy forwards eth_sendRawTransaction but
// drops the answer; the transaction mines. The call must run once, reach
// the node once, and leave the nonce right for the next call.
func TestSenderLostSendResponse(t *testing.T) {
	cases := []struct {
		name     string
		drops    int
		status   int // 0: connection closed; else the HTTP status answered
		automine bool
	}{
		{"one drop, mined at once", 1, 0, true},
		{"three drops, mined at once", 3, 0, true},
		{"one drop, still pending", 1, 0, false},
		{"gateway 502 after forwarding", 1, 502, true},
		{"gateway 504 after forwarding, still pending", 2, 504, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := newProxied(t, fastConfig())
			ctx := t.Context()
			from := p.tally(t, ctx)
			if !c.automine {
				if err := p.node.SetAutomine(ctx, false); err != nil {
					t.Fatal(err)
				}
			}
			p.proxy.DropSendResponseStatus(c.drops, c.status)
			res := sendAsync(ctx, p.sender, chain.Call{To: &recipient, Value: big.NewInt(1000), Label: "transfer"})
			r := p.mineUntil(t, ctx, res, 20)
			if r.err != nil {
				t.Fatalf("send with a lost answer: %v", r.err)
			}
			if got := p.proxy.Forwarded("eth_sendRawTransaction"); got != 1 {
				t.Fatalf("%d eth_sendRawTransaction reached anvil, want exactly 1", got)
			}
			if p.proxy.Injected(rpcproxy.FaultDroppedSend) != 1 || p.sender.Stats().LostResponses != 1 {
				t.Fatalf("dropped %d, lost responses counted %d", p.proxy.Injected(rpcproxy.FaultDroppedSend), p.sender.Stats().LostResponses)
			}
			p.gained(t, ctx, from.balance, 1000)
			p.proxy.DropSendResponse(0)
			if err := p.node.SetAutomine(ctx, true); err != nil {
				t.Fatal(err)
			}
			r2, err := p.sender.Send(ctx, chain.Call{To: &recipient, Value: big.NewInt(1), Label: "next"})
			if err != nil {
				t.Fatalf("next send: %v", err)
			}
			if got := p.minedNonce(t, ctx); got != from.nonce+2 {
				t.Fatalf("account nonce %d, want %d", got, from.nonce+2)
			}
			tx, _, err := p.client.TransactionByHash(ctx, r2.TxHash)
			if err != nil || tx.Nonce() != from.nonce+1 {
				t.Fatalf("next call used nonce %v (%v), want %d", tx, err, from.nonce+1)
			}
			p.gained(t, ctx, from.balance, 1001)
		})
	}
}

// TestSenderRetriesTransientErrors: a rate-limited or overloaded endpoint
// (HTTP 429/503) slows sends down but never fails or duplicates them.
func TestSenderRetriesTransientErrors(t *testing.T) {
	cases := []struct {
		name  string
		fault func(*rpcproxy.Proxy)
	}{
		{"503 every 2nd request", func(p *rpcproxy.Proxy) { p.FailEvery(503, 2) }},
		{"429 every 3rd request", func(p *rpcproxy.Proxy) { p.FailEvery(429, 3) }},
		{"429 for the next 6 requests", func(p *rpcproxy.Proxy) { p.Status429(6) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := newProxied(t, fastConfig())
			ctx := t.Context()
			from := p.tally(t, ctx)
			c.fault(p.proxy)
			for i := 0; i < 5; i++ {
				if _, err := p.sender.Send(ctx, chain.Call{To: &recipient, Value: big.NewInt(1), Label: "transfer"}); err != nil {
					t.Fatalf("send %d through a flaky endpoint: %v", i, err)
				}
			}
			// Reads are retried by the client's transport, sends by the sender.
			retried := p.sender.Stats().Retries + p.pc.ReadRetries()
			if p.proxy.Injected(rpcproxy.FaultStatus) == 0 || retried == 0 {
				t.Fatalf("injected %d, retried %d: the test proves nothing", p.proxy.Injected(rpcproxy.FaultStatus), retried)
			}
			if got := p.proxy.Forwarded("eth_sendRawTransaction"); got != 5 {
				t.Fatalf("%d eth_sendRawTransaction reached anvil for 5 sends", got)
			}
			p.gained(t, ctx, from.balance, 5)
		})
	}
}

// TestSenderRPCDownBriefly: the endpoint refuses connections for a while,
// before a send and while a sent transaction waits; nothing is lost or
// sent twice.
func TestSenderRPCDownBriefly(t *testing.T) {
	t.Run("down before the send", func(t *testing.T) {
		p := newProxied(t, fastConfig())
		ctx := t.Context()
		from := p.tally(t, ctx)
		if err := p.proxy.Down(1500 * time.Millisecond); err != nil {
			t.Fatal(err)
		}
		if _, err := p.sender.Send(ctx, chain.Call{To: &recipient, Value: big.NewInt(7), Label: "transfer"}); err != nil {
			t.Fatalf("send across a 1.5 s outage: %v", err)
		}
		if p.sender.Stats().Retries == 0 {
			t.Fatal("no retry counted across the outage")
		}
		if got := p.proxy.Forwarded("eth_sendRawTransaction"); got != 1 {
			t.Fatalf("%d eth_sendRawTransaction reached anvil, want 1", got)
		}
		p.gained(t, ctx, from.balance, 7)
	})
	t.Run("down while waiting", func(t *testing.T) {
		p := newProxied(t, fastConfig())
		ctx := t.Context()
		from := p.tally(t, ctx)
		if err := p.node.SetAutomine(ctx, false); err != nil {
			t.Fatal(err)
		}
		res := sendAsync(ctx, p.sender, chain.Call{To: &recipient, Value: big.NewInt(7), Label: "transfer"})
		waitFor(t, "the send to reach anvil", func() bool { return p.proxy.Forwarded("eth_sendRawTransaction") == 1 })
		if err := p.proxy.Down(2 * time.Second); err != nil {
			t.Fatal(err)
		}
		if err := p.node.Mine(ctx, 1); err != nil { // mined while the sender cannot see
			t.Fatal(err)
		}
		waitFor(t, "the endpoint to come back", func() bool { return !p.proxy.IsDown() })
		r := p.mineUntil(t, ctx, res, 5)
		if r.err != nil {
			t.Fatalf("send across an outage while waiting: %v", r.err)
		}
		// The outage may cut the first send's answer, after which the sender
		// rebroadcasts the same signed bytes (same hash and nonce): harmless.
		// Signing anew would show as a second transfer in gained.
		if got := p.proxy.Forwarded("eth_sendRawTransaction"); got < 1 || got > 2 {
			t.Fatalf("%d eth_sendRawTransaction reached anvil, want 1 (or 2: one rebroadcast)", got)
		}
		p.gained(t, ctx, from.balance, 7)
	})
}

// TestSenderLaggingRPC: an endpoint serving the chain 4 blocks behind
// (pending nonce, receipts, head) must not make the sender reuse a nonce,
// in one process or after a restart.
func TestSenderLaggingRPC(t *testing.T) {
	p := newProxied(t, fastConfig())
	ctx := t.Context()
	from := p.tally(t, ctx)
	p.proxy.Lag(4)
	hashes := map[string]bool{}
	nonces := map[uint64]bool{}
	record := func(r *types.Receipt) {
		tx, _, err := p.client.TransactionByHash(ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if nonces[tx.Nonce()] {
			t.Fatalf("nonce %d used twice", tx.Nonce())
		}
		nonces[tx.Nonce()], hashes[r.TxHash.Hex()] = true, true
	}
	for i := 0; i < 5; i++ {
		res := sendAsync(ctx, p.sender, chain.Call{To: &recipient, Value: big.NewInt(1), Label: fmt.Sprintf("transfer %d", i)})
		r := p.mineUntil(t, ctx, res, 20)
		if r.err != nil {
			t.Fatalf("send %d behind a lagging RPC: %v", i, r.err)
		}
		record(r.rcpt)
	}
	if got := p.proxy.Forwarded("eth_sendRawTransaction"); got != 5 {
		t.Fatalf("%d eth_sendRawTransaction for 5 sends", got)
	}
	// A restarted sender reads a pending nonce 4 blocks old.
	fresh, err := chain.NewSender(p.pc, p.signer, fastConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	res := sendAsync(ctx, fresh, chain.Call{To: &recipient, Value: big.NewInt(1), Label: "after restart"})
	r := p.mineUntil(t, ctx, res, 20)
	if r.err != nil {
		t.Fatalf("restarted sender behind a lagging RPC: %v", r.err)
	}
	record(r.rcpt)
	p.ranOnce(t, ctx, from, 6, 6)
}

// TestSenderRevivesUnsentCall: every broadcast of a call fails with 502 (so
// it may or may not have arrived) and its caller gives up without waiting.
// The call keeps its nonce; the next send finds the node behind it, sends
// the first call again, and both run exactly once, in order.
func TestSenderRevivesUnsentCall(t *testing.T) {
	cfg := fastConfig()
	cfg.Retries = 2
	p := newProxied(t, cfg)
	ctx := t.Context()
	from := p.tally(t, ctx)
	p.proxy.FailMethod("eth_sendRawTransaction", 502, 3)
	tx, err := p.sender.Submit(ctx, chain.Call{To: &recipient, Value: big.NewInt(1000), Label: "lost"})
	if err != nil {
		t.Fatalf("an unconfirmed broadcast is not a failure: %v", err)
	}
	if p.proxy.Forwarded("eth_sendRawTransaction") != 0 {
		t.Fatal("the send reached anvil; the test proves nothing")
	}
	if _, err := p.sender.Send(ctx, chain.Call{To: &recipient, Value: big.NewInt(1), Label: "next"}); err != nil {
		t.Fatalf("next send: %v", err)
	}
	if p.sender.Stats().Rebroadcasts != 1 {
		t.Fatalf("stats %+v, want one rebroadcast", p.sender.Stats())
	}
	r, err := p.sender.Wait(ctx, tx)
	if err != nil {
		t.Fatalf("wait for the revived call: %v", err)
	}
	if r.TxHash != tx.Hash() {
		t.Fatalf("revived call mined as %s, want %s", r.TxHash, tx.Hash())
	}
	p.ranOnce(t, ctx, from, 2, 1001)
	if p.sender.Pending() != 0 {
		t.Fatalf("%d calls still tracked", p.sender.Pending())
	}
}

// TestSenderLostAnswerUnverifiable: the send's answer is lost, the look-up
// by hash fails too (502s), and the retried send hears "nonce too low"
// because the first one mined. The sender must not take that as someone
// else's nonce and sign the call again: it stays bound and finds the receipt.
func TestSenderLostAnswerUnverifiable(t *testing.T) {
	cfg := fastConfig()
	cfg.Retries = 2
	p := newProxied(t, cfg)
	ctx := t.Context()
	from := p.tally(t, ctx)
	p.proxy.DropSendResponse(1)
	p.proxy.FailMethod("eth_getTransactionByHash", 502, 2*(cfg.Retries+1)) // both look-ups
	if _, err := p.sender.Send(ctx, chain.Call{To: &recipient, Value: big.NewInt(1000), Label: "transfer"}); err != nil {
		t.Fatalf("send: %v", err)
	}
	if p.proxy.Forwarded("eth_sendRawTransaction") != 2 {
		t.Fatalf("%d raw sends reached anvil, want the first and its retry", p.proxy.Forwarded("eth_sendRawTransaction"))
	}
	p.ranOnce(t, ctx, from, 1, 1000)
}

// TestSenderConcurrentHostile: 4 callers × 5 sends at once through an
// endpoint that rate-limits every 5th request and loses the answers of the
// first 10 sends. Every call runs exactly once and reaches anvil once.
func TestSenderConcurrentHostile(t *testing.T) {
	p := newProxied(t, fastConfig())
	ctx := t.Context()
	from := p.tally(t, ctx)
	p.proxy.FailEvery(429, 5)
	p.proxy.DropSendResponse(10)
	const workers, each = 4, 5
	errs := make(chan error, workers*each)
	for w := 0; w < workers; w++ {
		go func() {
			for i := 0; i < each; i++ {
				_, err := p.sender.Send(ctx, chain.Call{To: &recipient, Value: big.NewInt(1000), Label: "transfer"})
				errs <- err
			}
		}()
	}
	for i := 0; i < workers*each; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if got := p.proxy.Injected(rpcproxy.FaultDroppedSend); got != 10 {
		t.Fatalf("%d answers dropped, want 10", got)
	}
	if got := p.proxy.Forwarded("eth_sendRawTransaction"); got != workers*each {
		t.Fatalf("%d eth_sendRawTransaction reached anvil for %d calls", got, workers*each)
	}
	p.ranOnce(t, ctx, from, workers*each, workers*each*1000)
}
