package chain_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

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

// A watcher applies a 100-block window (logs, batched headers, bloom
// checks) in one Step over an RPC that answers 429 to every 3rd HTTP
// request (the client's transport retries those), and over a source whose
// every 3rd call fails with a 429 the transport never saw (the watcher's
// own retries): no refusal fails the page.
func TestWatcherRidesOutRateLimit(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  func(e *proxied) chain.LogSource
	}{
		{"proxy 429 every 3rd request", func(e *proxied) chain.LogSource { e.proxy.FailEvery(429, 3); return e.pc }},
		{"source failing every 3rd call", func(e *proxied) chain.LogSource { return &flaky{Client: e.pc, every: 3} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newProxied(t, chain.DefaultSenderConfig())
			ctx := t.Context()
			addr := e.deploy(t, ctx, loggerInit)
			start, _ := e.client.BlockNumber(ctx)
			want := emitN(t, e.env, addr, "r", 6)
			if err := e.client.MineBlocks(ctx, 100); err != nil {
				t.Fatal(err)
			}
			sink := newMemSink()
			src := tc.src(e)
			w := chain.NewSinkWatcher(src, chain.WatcherConfig{
				Addresses: []common.Address{addr}, StartBlock: start, PageSize: 30, ReorgWindow: 100,
				Retry: chain.RetryPolicy{Tries: 3, Backoff: 10 * time.Millisecond},
			}, sink, nil)
			if err := w.Step(ctx); err != nil {
				t.Fatalf("step: %v", err)
			}
			if f, ok := src.(*flaky); ok && f.failed == 0 || !ok && e.proxy.Injected("http_status") == 0 {
				t.Fatal("nothing was refused: the test proves nothing")
			}
			// The source's refusals are retried (and counted) by the
			// watcher; the proxy's 429s by the client's transport.
			if f, ok := src.(*flaky); ok && w.ReadRetries() != int64(f.failed) {
				t.Fatalf("watcher counted %d read retries, the source refused %d", w.ReadRetries(), f.failed)
			} else if !ok && e.pc.ReadRetries() < e.proxy.Injected("http_status") {
				t.Fatalf("transport counted %d read retries, the proxy refused %d", e.pc.ReadRetries(), e.proxy.Injected("http_status"))
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
		})
	}
}

// flaky fails every k-th call of the watcher's reads with HTTP 429.
type flaky struct {
	*chain.Client
	every, calls, failed int
}

func (f *flaky) fail() error {
	if f.calls++; f.calls%f.every == 0 {
		f.failed++
		return rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests"}
	}
	return nil
}

func (f *flaky) BlockNumber(ctx context.Context) (uint64, error) {
	if err := f.fail(); err != nil {
		return 0, err
	}
	return f.Client.BlockNumber(ctx)
}

func (f *flaky) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Client.FilterLogs(ctx, q)
}

func (f *flaky) HeadersByNumber(ctx context.Context, from, to uint64) ([]*types.Header, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Client.HeadersByNumber(ctx, from, to)
}

// The client's transport retries reads refused with 429 (a rate limit),
// so a read succeeds through 4 refusals in a row; a plain 503 (an outage)
// and a send refused with 429 reach the caller at once (its next poll, or
// the Sender's rules, decide), and so does a refused connection.
func TestClientRetriesRefusedReads(t *testing.T) {
	e := newProxied(t, chain.DefaultSenderConfig())
	ctx := t.Context()
	e.proxy.FailStatus(429, 4)
	if _, err := e.pc.BlockNumber(ctx); err != nil {
		t.Fatalf("read through 429×4: %v", err)
	}
	if got := e.pc.ReadRetries(); got != 4 {
		t.Errorf("%d retries after 429×4, want 4", got)
	}
	e.proxy.FailStatus(503, 1)
	if _, err := e.pc.BlockNumber(ctx); err == nil {
		t.Error("a read answered a plain 503 succeeded: retried by the transport")
	}
	before := e.pc.ReadRetries()
	e.proxy.FailStatus(429, 1)
	tx, err := e.sender.Signer().SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: e.pc.ChainIDValue(), Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e10), Gas: 21000, To: &recipient,
	}), e.pc.ChainIDValue())
	if err != nil {
		t.Fatal(err)
	}
	if err := e.pc.SendTransaction(ctx, tx); err == nil {
		t.Fatal("a send answered 429 succeeded: the transport retried it")
	}
	if got := e.pc.ReadRetries() - before; got != 0 {
		t.Errorf("%d transport retries of a send, want 0", got)
	}
	if got := e.proxy.Forwarded("eth_sendRawTransaction"); got != 0 {
		t.Errorf("%d sends reached anvil, want 0", got)
	}
	if err := e.proxy.SetDown(true); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := e.pc.BlockNumber(ctx); err == nil {
		t.Fatal("a read of a node that is down succeeded")
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("a refused connection took %s: retried by the transport", d)
	}
}
