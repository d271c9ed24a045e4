package rpcproxy_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/goleak"

	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
	"github.com/cairn-storage/cairn/internal/rpcproxy"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m, anviltest.IgnoreIdleHTTP()...)
}

var (
	// account 0 of anvil's default mnemonic (unlocked in anvil).
	dev0    = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	dev0Key = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	dev1    = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	// loggerInit deploys code that emits LOG1(topic 0x11…11, data = calldata).
	loggerInit = hexutil.MustDecode("0x602c600c600039602c6000f3" +
		"3660006000377f1111111111111111111111111111111111111111111111111111111111111111366000a100")
)

type env struct {
	node   *anvil.Node
	proxy  *rpcproxy.Proxy
	direct *ethclient.Client
	client *ethclient.Client
}

func newEnv(t *testing.T) *env {
	t.Helper()
	n := anviltest.New(t)
	p, err := rpcproxy.New(n.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	direct, err := ethclient.DialContext(t.Context(), n.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(direct.Close)
	c, err := ethclient.DialContext(t.Context(), p.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return &env{node: n, proxy: p, direct: direct, client: c}
}

// sendTx sends an unsigned transaction from the unlocked dev0 straight to
// anvil (not through the proxy) and returns its hash.
func (e *env) sendTx(t *testing.T, ctx context.Context, to *common.Address, data []byte) common.Hash {
	t.Helper()
	tx := map[string]any{"from": dev0, "data": hexutil.Bytes(data)}
	if to != nil {
		tx["to"] = to
	}
	var h common.Hash
	if err := e.node.Call(ctx, &h, "eth_sendTransaction", tx); err != nil {
		t.Fatal(err)
	}
	e.receipt(t, ctx, h)
	return h
}

// receipt waits for h's receipt on anvil (automine answers a send before
// its block is in).
func (e *env) receipt(t *testing.T, ctx context.Context, h common.Hash) *types.Receipt {
	t.Helper()
	for i := 0; ; i++ {
		r, err := e.direct.TransactionReceipt(ctx, h)
		if err == nil {
			return r
		}
		if !errors.Is(err, ethereum.NotFound) || i == 200 {
			t.Fatalf("receipt of %s: %v", h, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (e *env) deployLogger(t *testing.T, ctx context.Context) common.Address {
	t.Helper()
	return e.receipt(t, ctx, e.sendTx(t, ctx, nil, loggerInit)).ContractAddress
}

func signedTransfer(t *testing.T, ctx context.Context, c *ethclient.Client) *types.Transaction {
	t.Helper()
	key, err := crypto.HexToECDSA(dev0Key)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := c.PendingNonceAt(ctx, dev0)
	if err != nil {
		t.Fatal(err)
	}
	id := big.NewInt(anvil.DefaultChainID)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11),
		Gas: 21000, To: &dev1, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func rpcCode(err error) int {
	var re rpc.Error
	if errors.As(err, &re) {
		return re.ErrorCode()
	}
	return 0
}

func TestProxyFaults(t *testing.T) {
	cases := []struct {
		name string
		run  func(t *testing.T, ctx context.Context, e *env)
	}{
		{"passthrough counts", func(t *testing.T, ctx context.Context, e *env) {
			want, err := e.direct.BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			got, err := e.client.BlockNumber(ctx)
			if err != nil || got != want {
				t.Fatalf("block number %d, %v; want %d", got, err, want)
			}
			if e.proxy.Received("eth_blockNumber") != 1 || e.proxy.Forwarded("eth_blockNumber") != 1 {
				t.Fatalf("counters %d/%d", e.proxy.Received("eth_blockNumber"), e.proxy.Forwarded("eth_blockNumber"))
			}
		}},
		{"lag", func(t *testing.T, ctx context.Context, e *env) {
			logger := e.deployLogger(t, ctx)
			if err := e.node.Mine(ctx, 5); err != nil {
				t.Fatal(err)
			}
			h := e.sendTx(t, ctx, &logger, []byte{1}) // mined at head
			head, err := e.direct.BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			e.proxy.Lag(3)
			got, err := e.client.BlockNumber(ctx)
			if err != nil || got != head-3 {
				t.Fatalf("lagged block number %d, %v; want %d", got, err, head-3)
			}
			hdr, err := e.client.HeaderByNumber(ctx, nil)
			if err != nil || hdr.Number.Uint64() != head-3 {
				t.Fatalf("latest header %v, %v; want %d", hdr, err, head-3)
			}
			if _, err := e.client.HeaderByNumber(ctx, new(big.Int).SetUint64(head)); !errors.Is(err, ethereum.NotFound) {
				t.Fatalf("header above the lagged head: %v", err)
			}
			if _, err := e.client.TransactionReceipt(ctx, h); !errors.Is(err, ethereum.NotFound) {
				t.Fatalf("receipt above the lagged head: %v", err)
			}
			if _, pending, err := e.client.TransactionByHash(ctx, h); err != nil || !pending {
				t.Fatalf("tx above the lagged head: pending=%v err=%v", pending, err)
			}
			logs, err := e.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{logger}})
			if err != nil || len(logs) != 0 {
				t.Fatalf("logs above the lagged head: %d, %v", len(logs), err)
			}
			nonce, err := e.client.PendingNonceAt(ctx, dev0)
			if err != nil {
				t.Fatal(err)
			}
			if want, _ := e.direct.NonceAt(ctx, dev0, new(big.Int).SetUint64(head-3)); nonce != want {
				t.Fatalf("lagged pending nonce %d, want %d (the nonce at the lagged head)", nonce, want)
			}
			e.proxy.Lag(0)
			if _, err := e.client.TransactionReceipt(ctx, h); err != nil {
				t.Fatalf("receipt after the lag ends: %v", err)
			}
		}},
		{"drop send response", func(t *testing.T, ctx context.Context, e *env) {
			tx := signedTransfer(t, ctx, e.direct)
			e.proxy.DropSendResponse(1)
			if err := e.client.SendTransaction(ctx, tx); err == nil {
				t.Fatal("send answered despite the dropped response")
			}
			e.receipt(t, ctx, tx.Hash()) // the dropped send mined
			if e.proxy.Forwarded("eth_sendRawTransaction") != 1 || e.proxy.Injected(rpcproxy.FaultDroppedSend) != 1 {
				t.Fatalf("forwarded %d, dropped %d", e.proxy.Forwarded("eth_sendRawTransaction"), e.proxy.Injected(rpcproxy.FaultDroppedSend))
			}
			tx2 := signedTransfer(t, ctx, e.direct)
			if err := e.client.SendTransaction(ctx, tx2); err != nil {
				t.Fatalf("second send: %v", err)
			}
		}},
		{"send answered 502 after forwarding", func(t *testing.T, ctx context.Context, e *env) {
			tx := signedTransfer(t, ctx, e.direct)
			e.proxy.DropSendResponseStatus(1, 502)
			var he rpc.HTTPError
			if err := e.client.SendTransaction(ctx, tx); !errors.As(err, &he) || he.StatusCode != 502 {
				t.Fatalf("send: %v, want HTTP 502", err)
			}
			e.receipt(t, ctx, tx.Hash()) // forwarded and mined all the same
			if e.proxy.Forwarded("eth_sendRawTransaction") != 1 {
				t.Fatalf("forwarded %d", e.proxy.Forwarded("eth_sendRawTransaction"))
			}
		}},
		{"logs empty", func(t *testing.T, ctx context.Context, e *env) {
			logger := e.deployLogger(t, ctx)
			e.sendTx(t, ctx, &logger, []byte{1})
			q := ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{logger}}
			e.proxy.LogsEmpty(true)
			if logs, err := e.client.FilterLogs(ctx, q); err != nil || len(logs) != 0 {
				t.Fatalf("logs with LogsEmpty: %d, %v", len(logs), err)
			}
			e.proxy.LogsEmpty(false)
			if logs, err := e.client.FilterLogs(ctx, q); err != nil || len(logs) != 1 {
				t.Fatalf("logs without LogsEmpty: %d, %v", len(logs), err)
			}
		}},
		{"log limits", func(t *testing.T, ctx context.Context, e *env) {
			logger := e.deployLogger(t, ctx)
			for i := 0; i < 3; i++ {
				e.sendTx(t, ctx, &logger, []byte{byte(i)})
			}
			if err := e.node.Mine(ctx, 1100); err != nil {
				t.Fatal(err)
			}
			e.proxy.LogLimits(1000, 2)
			_, err := e.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{logger}})
			if rpcCode(err) != rpcproxy.CodeRangeTooWide {
				t.Fatalf("wide range: %v (code %d)", err, rpcCode(err))
			}
			_, err = e.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: big.NewInt(999), Addresses: []common.Address{logger}})
			if rpcCode(err) != rpcproxy.CodeTooManyResult {
				t.Fatalf("3 logs over a limit of 2: %v (code %d)", err, rpcCode(err))
			}
			e.proxy.LogLimits(1000, 10000)
			logs, err := e.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: big.NewInt(999), Addresses: []common.Address{logger}})
			if err != nil || len(logs) != 3 {
				t.Fatalf("within limits: %d, %v", len(logs), err)
			}
		}},
		{"fail one method", func(t *testing.T, ctx context.Context, e *env) {
			e.proxy.FailMethod("eth_chainId", 502, 1)
			if _, err := e.client.BlockNumber(ctx); err != nil {
				t.Fatalf("other method failed: %v", err)
			}
			var he rpc.HTTPError
			if _, err := e.client.ChainID(ctx); !errors.As(err, &he) || he.StatusCode != 502 {
				t.Fatalf("failed method: %v, want HTTP 502", err)
			}
			if _, err := e.client.ChainID(ctx); err != nil {
				t.Fatalf("after its one failure: %v", err)
			}
			if e.proxy.Forwarded("eth_chainId") != 1 {
				t.Fatalf("forwarded %d eth_chainId, want 1", e.proxy.Forwarded("eth_chainId"))
			}
		}},
		{"status 429", func(t *testing.T, ctx context.Context, e *env) {
			e.proxy.Status429(2)
			for i := 0; i < 2; i++ {
				var he rpc.HTTPError
				if _, err := e.client.BlockNumber(ctx); !errors.As(err, &he) || he.StatusCode != 429 {
					t.Fatalf("call %d: %v, want HTTP 429", i, err)
				}
			}
			if _, err := e.client.BlockNumber(ctx); err != nil {
				t.Fatalf("after the 429s: %v", err)
			}
			if e.proxy.Forwarded("eth_blockNumber") != 1 || e.proxy.Injected(rpcproxy.FaultStatus) != 2 {
				t.Fatalf("forwarded %d, injected %d", e.proxy.Forwarded("eth_blockNumber"), e.proxy.Injected(rpcproxy.FaultStatus))
			}
		}},
		{"fail every 3rd with 503", func(t *testing.T, ctx context.Context, e *env) {
			e.proxy.FailEvery(503, 3)
			failed := 0
			for i := 0; i < 9; i++ {
				var he rpc.HTTPError
				if _, err := e.client.BlockNumber(ctx); errors.As(err, &he) && he.StatusCode == 503 {
					failed++
				} else if err != nil {
					t.Fatal(err)
				}
			}
			if failed != 3 {
				t.Fatalf("%d of 9 failed, want 3", failed)
			}
		}},
		{"unavailable for a while", func(t *testing.T, ctx context.Context, e *env) {
			e.proxy.Unavailable(300 * time.Millisecond)
			var he rpc.HTTPError
			if _, err := e.client.BlockNumber(ctx); !errors.As(err, &he) || he.StatusCode != 503 {
				t.Fatalf("during the outage: %v, want HTTP 503", err)
			}
			deadline := time.Now().Add(5 * time.Second)
			for {
				_, err := e.client.BlockNumber(ctx)
				if err == nil {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("still unavailable after 5 s: %v", err)
				}
				time.Sleep(50 * time.Millisecond)
			}
		}},
		{"down and up", func(t *testing.T, ctx context.Context, e *env) {
			if err := e.proxy.SetDown(true); err != nil {
				t.Fatal(err)
			}
			if _, err := e.client.BlockNumber(ctx); !errors.Is(err, syscall.ECONNREFUSED) {
				t.Fatalf("down: %v, want connection refused", err)
			}
			if err := e.proxy.SetDown(false); err != nil {
				t.Fatal(err)
			}
			if _, err := e.client.BlockNumber(ctx); err != nil {
				t.Fatalf("up again: %v", err)
			}
			if err := e.proxy.Down(300 * time.Millisecond); err != nil {
				t.Fatal(err)
			}
			if _, err := e.client.BlockNumber(ctx); err == nil {
				t.Fatal("answered while down for a duration")
			}
			deadline := time.Now().Add(5 * time.Second)
			for e.proxy.IsDown() && time.Now().Before(deadline) {
				time.Sleep(20 * time.Millisecond)
			}
			if _, err := e.client.BlockNumber(ctx); err != nil {
				t.Fatalf("did not come back after Down(d): %v", err)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.run(t, t.Context(), newEnv(t))
		})
	}
}

// TestProxyConcurrentFaults flips faults while clients call, for -race.
func TestProxyConcurrentFaults(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				_, _ = e.client.BlockNumber(ctx)
			}
		}()
	}
	for i := 0; i < 50; i++ {
		e.proxy.Lag(uint64(i % 3))
		e.proxy.FailEvery(429, i%4)
		e.proxy.LogsEmpty(i%2 == 0)
	}
	wg.Wait()
	e.proxy.Reset()
	if _, err := e.client.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	if e.proxy.Received("eth_blockNumber") != 201 {
		t.Fatalf("received %d eth_blockNumber, want 201", e.proxy.Received("eth_blockNumber"))
	}
}

// A JSON-RPC batch is one HTTP request (Requests, and what FailEvery
// counts) carrying several calls (Received counts each).
func TestProxyCountsBatchAsOneRequest(t *testing.T) {
	e := newEnv(t)
	rc, err := rpc.DialContext(t.Context(), e.proxy.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	before := e.proxy.Requests()
	var a, b string
	if err := rc.BatchCallContext(t.Context(), []rpc.BatchElem{
		{Method: "eth_blockNumber", Result: &a}, {Method: "eth_blockNumber", Result: &b},
	}); err != nil {
		t.Fatal(err)
	}
	if got := e.proxy.Requests() - before; got != 1 {
		t.Errorf("%d HTTP requests for one batch, want 1", got)
	}
	if got := e.proxy.Received("eth_blockNumber"); got != 2 {
		t.Errorf("%d eth_blockNumber received, want 2", got)
	}
	e.proxy.FailEvery(429, 1)
	if err := rc.BatchCallContext(t.Context(), []rpc.BatchElem{{Method: "eth_blockNumber", Result: &a}}); err == nil {
		t.Error("a batch under FailEvery(429, 1) succeeded")
	}
}
