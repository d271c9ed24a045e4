package chain_test

import (
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
)

// HeadersByNumber reads a range in JSON-RPC batches of MaxHeaderBatch, one
// HTTP request each, with the same hashes as one eth_getBlockByNumber per
// block; a block past the head is NotFound.
func TestHeadersByNumberBatches(t *testing.T) {
	e := newProxied(t, chain.DefaultSenderConfig())
	ctx := t.Context()
	const n = 2*chain.MaxHeaderBatch + 7
	if err := e.client.MineBlocks(ctx, n); err != nil {
		t.Fatal(err)
	}
	before := e.proxy.Requests()
	hs, err := e.pc.HeadersByNumber(ctx, 1, n)
	if err != nil {
		t.Fatal(err)
	}
	if got := e.proxy.Requests() - before; got != 3 {
		t.Errorf("%d HTTP requests for %d headers, want 3 batches", got, n)
	}
	if got := e.proxy.Received("eth_getBlockByNumber"); got != n {
		t.Errorf("%d eth_getBlockByNumber calls, want %d", got, n)
	}
	if len(hs) != n {
		t.Fatalf("%d headers, want %d", len(hs), n)
	}
	for i, h := range hs {
		one, err := e.client.HeaderByNumber(ctx, big.NewInt(int64(i+1)))
		if err != nil {
			t.Fatal(err)
		}
		if h.Hash() != one.Hash() || h.Number.Uint64() != uint64(i+1) {
			t.Fatalf("header %d: batch %s, single %s", i+1, h.Hash(), one.Hash())
		}
	}
	if _, err := e.pc.HeadersByNumber(ctx, n, n+1); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("a block past the head: %v, want NotFound", err)
	}
}

// A watcher over an RPC that answers 429 to every 3rd HTTP request applies
// a 100-block window (logs, batched headers, bloom checks) in one Step:
// each refused request is retried with backoff, none fails the page.
func TestWatcherRidesOutRateLimit(t *testing.T) {
	e := newProxied(t, chain.DefaultSenderConfig())
	ctx := t.Context()
	addr := e.deploy(t, ctx, loggerInit)
	start, _ := e.client.BlockNumber(ctx)
	want := emitN(t, e.env, addr, "r", 6)
	if err := e.client.MineBlocks(ctx, 100); err != nil {
		t.Fatal(err)
	}
	sink := newMemSink()
	w := chain.NewSinkWatcher(e.pc, chain.WatcherConfig{
		Addresses: []common.Address{addr}, StartBlock: start, PageSize: 30, ReorgWindow: 100,
	}, sink, nil)
	e.proxy.FailEvery(429, 3)
	if err := w.Step(ctx); err != nil {
		t.Fatalf("step under 429 every 3rd request: %v", err)
	}
	if e.proxy.Injected("http_status") == 0 {
		t.Fatal("no 429 was injected")
	}
	if got := sink.payloads(); !slices.Equal(got, want) {
		t.Fatalf("logs: got %q, want %q", got, want)
	}
	head, _ := e.client.BlockNumber(ctx)
	if c, _, _ := sink.Cursor(); c.Block != head {
		t.Fatalf("cursor %d, head %d", c.Block, head)
	}
	for n := max(start, head-99); n <= head; n++ {
		if _, ok, _ := sink.StoredHash(n); !ok {
			t.Fatalf("no hash kept for block %d of the window", n)
		}
	}
}
