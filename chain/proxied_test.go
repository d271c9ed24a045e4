package chain_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/rpcproxy"
)

var recipient = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")

// proxied is an env whose sender talks to anvil through a fault proxy;
// e.client still talks to anvil directly, to check what really happened.
type proxied struct {
	*env
	proxy  *rpcproxy.Proxy
	pc     *chain.Client
	sender *chain.Sender
}

func newProxied(t *testing.T, cfg chain.SenderConfig) *proxied {
	t.Helper()
	e := newEnv(t)
	p, err := rpcproxy.New(e.node.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	pc, err := chain.Dial(t.Context(), p.URL(), e.node.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pc.Close)
	snd, err := chain.NewSender(pc, e.signer, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &proxied{env: e, proxy: p, pc: pc, sender: snd}
}

func (e *env) balance(t *testing.T, ctx context.Context, a common.Address) *big.Int {
	t.Helper()
	b, err := e.client.BalanceAt(ctx, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (e *env) minedNonce(t *testing.T, ctx context.Context) uint64 {
	t.Helper()
	n, err := e.client.NonceAt(ctx, e.signer.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// gained asserts that recipient's balance rose by exactly want since before.
func (e *env) gained(t *testing.T, ctx context.Context, before *big.Int, want int64) {
	t.Helper()
	if got := new(big.Int).Sub(e.balance(t, ctx, recipient), before); got.Cmp(big.NewInt(want)) != 0 {
		t.Fatalf("recipient gained %s wei, want %d (a call ran twice or not at all)", got, want)
	}
}

// tally is where a test's sends start from: the account's mined nonce
// and the recipient's balance.
type tally struct {
	nonce   uint64
	balance *big.Int
}

func (e *env) tally(t *testing.T, ctx context.Context) tally {
	t.Helper()
	return tally{nonce: e.minedNonce(t, ctx), balance: e.balance(t, ctx, recipient)}
}

// ranOnce asserts that since from the account mined exactly n
// transactions and the recipient gained exactly wei: each call was signed
// once and ran once.
func (e *env) ranOnce(t *testing.T, ctx context.Context, from tally, n uint64, wei int64) {
	t.Helper()
	if got := e.minedNonce(t, ctx); got != from.nonce+n {
		t.Fatalf("account nonce %d, want %d (a call signed twice, or not sent)", got, from.nonce+n)
	}
	e.gained(t, ctx, from.balance, wei)
}

type sendResult struct {
	rcpt *types.Receipt
	err  error
}

// sendAsync runs snd.Send in a goroutine; the test drives the chain meanwhile.
func sendAsync(ctx context.Context, snd *chain.Sender, call chain.Call) <-chan sendResult {
	out := make(chan sendResult, 1)
	go func() {
		r, err := snd.Send(ctx, call)
		out <- sendResult{r, err}
	}()
	return out
}

// waitFor polls cond until it holds; it fails the test after 10 s (a
// generous bound on a loaded CI for steps that take milliseconds).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// mineUntil mines one block each time the sender has read the head twice
// more through the proxy (so it saw the last block and acted on it), until
// res delivers; at most limit blocks.
func (p *proxied) mineUntil(t *testing.T, ctx context.Context, res <-chan sendResult, limit int) sendResult {
	t.Helper()
	for i := 0; ; i++ {
		n := p.proxy.Received("eth_blockNumber")
		deadline := time.Now().Add(10 * time.Second)
		for p.proxy.Received("eth_blockNumber") < n+2 {
			select {
			case r := <-res:
				return r
			case <-time.After(5 * time.Millisecond):
			}
			if time.Now().After(deadline) {
				t.Fatalf("the sender stopped polling after %d blocks", i)
			}
		}
		if i == limit {
			t.Fatalf("send did not return after %d blocks", limit)
		}
		if err := p.node.Mine(ctx, 1); err != nil {
			t.Fatal(err)
		}
	}
}

// fastConfig polls quickly and retries with short delays, for tests.
func fastConfig() chain.SenderConfig {
	cfg := chain.DefaultSenderConfig()
	cfg.PollInterval = 20 * time.Millisecond
	cfg.RetryBackoff = 50 * time.Millisecond
	cfg.MaxRetryBackoff = 500 * time.Millisecond
	cfg.Retries = 10
	cfg.ReceiptTimeout = time.Minute
	return cfg
}
