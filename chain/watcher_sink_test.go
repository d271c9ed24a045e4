package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/cairn-storage/cairn/chain"
)

// memSink is a LogSink that keeps logs per block and undoes exactly.
type memSink struct {
	cur     chain.Cursor
	ok      bool
	logs    []types.Log
	hashes  map[uint64]common.Hash
	rewinds []chain.Cursor
}

func newMemSink() *memSink { return &memSink{hashes: map[uint64]common.Hash{}} }

func (s *memSink) Cursor() (chain.Cursor, bool, error) { return s.cur, s.ok, nil }

func (s *memSink) Apply(_ context.Context, logs []types.Log, to chain.Cursor, hashes []chain.BlockHash) error {
	if s.ok && to.Block <= s.cur.Block {
		return fmt.Errorf("cursor moves back from %d to %d", s.cur.Block, to.Block)
	}
	s.logs = append(s.logs, logs...)
	for _, h := range hashes {
		s.hashes[h.Number] = h.Hash
	}
	s.cur, s.ok = to, true
	return nil
}

func (s *memSink) Rewind(_ context.Context, to chain.Cursor) error {
	s.rewinds = append(s.rewinds, to)
	kept := s.logs[:0]
	for _, l := range s.logs {
		if l.BlockNumber <= to.Block {
			kept = append(kept, l)
		}
	}
	s.logs = kept
	for n := range s.hashes {
		if n > to.Block {
			delete(s.hashes, n)
		}
	}
	s.cur = to
	return nil
}

func (s *memSink) StoredHash(n uint64) (common.Hash, bool, error) {
	h, ok := s.hashes[n]
	return h, ok, nil
}

func (s *memSink) payloads() []string {
	var out []string
	for _, l := range s.logs {
		out = append(out, string(l.Data))
	}
	return out
}

// rpcErr is a JSON-RPC error as the providers send them.
type rpcErr struct {
	code int
	msg  string
}

func (e rpcErr) Error() string  { return e.msg }
func (e rpcErr) ErrorCode() int { return e.code }

var _ rpc.Error = rpcErr{}

// limited is a LogSource that refuses wide ranges and large answers like a
// public RPC, or answers [] while lying, and counts eth_getLogs calls.
type limited struct {
	chain.LogSource
	mu         sync.Mutex
	maxRange   uint64 // 0: no limit
	maxResults int    // 0: no limit
	lie        int    // answer [] to this many range queries (and fail by-hash ones meanwhile)
	calls      int
}

func (l *limited) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	l.mu.Lock()
	l.calls++
	maxRange, maxResults, lie := l.maxRange, l.maxResults, l.lie > 0
	if lie && q.BlockHash == nil {
		l.lie--
	}
	l.mu.Unlock()
	if q.BlockHash != nil {
		if lie { // a backend behind does not know the block
			return nil, rpcErr{-32000, "unknown block"}
		}
		return l.LogSource.FilterLogs(ctx, q)
	}
	if n := q.ToBlock.Uint64() - q.FromBlock.Uint64() + 1; maxRange > 0 && n > maxRange {
		return nil, rpcErr{-32602, fmt.Sprintf("exceed maximum block range: %d", maxRange)}
	}
	logs, err := l.LogSource.FilterLogs(ctx, q)
	if err != nil {
		return nil, err
	}
	if maxResults > 0 && len(logs) > maxResults {
		return nil, rpcErr{-32005, "query returned more than 10000 results"}
	}
	if lie {
		return []types.Log{}, nil
	}
	return logs, nil
}

func emitN(t *testing.T, e *env, addr common.Address, prefix string, n int) []string {
	t.Helper()
	var out []string
	for i := range n {
		p := fmt.Sprintf("%s%d", prefix, i)
		emit(t, e, addr, p)
		out = append(out, p)
	}
	return out
}

func TestWatcherPagesAdaptToLimits(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	addr := e.deploy(t, ctx, loggerInit)
	start, _ := e.client.BlockNumber(ctx)
	want := emitN(t, e, addr, "p", 24)
	src := &limited{LogSource: e.client, maxRange: 8, maxResults: 3}
	sink := newMemSink()
	w := chain.NewSinkWatcher(src, chain.WatcherConfig{Addresses: []common.Address{addr}, StartBlock: start}, sink, nil)
	if err := w.Step(ctx); err != nil {
		t.Fatalf("step under limits: %v", err)
	}
	if got := sink.payloads(); !slices.Equal(got, want) {
		t.Fatalf("logs under limits:\n got %q\nwant %q", got, want)
	}
	if w.PageSize() > 8 {
		t.Fatalf("page size %d after refusals of ranges over 8", w.PageSize())
	}
	// Limits lifted: the page grows back gradually over empty blocks.
	src.mu.Lock()
	src.maxRange, src.maxResults = 0, 0
	src.mu.Unlock()
	if err := e.client.MineBlocks(ctx, 3000); err != nil {
		t.Fatal(err)
	}
	before := w.PageSize()
	if err := w.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if w.PageSize() <= before {
		t.Fatalf("page size did not grow back: %d -> %d", before, w.PageSize())
	}
	head, _ := e.client.BlockNumber(ctx)
	if c, _, _ := sink.Cursor(); c.Block != head {
		t.Fatalf("cursor %d, head %d", c.Block, head)
	}
}

func TestWatcherSingleBlockRefusedIsRetryable(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	addr := e.deploy(t, ctx, loggerInit)
	start, _ := e.client.BlockNumber(ctx)
	emitN(t, e, addr, "x", 2)
	sink := newMemSink()
	w := chain.NewSinkWatcher(refuseAll{e.client}, chain.WatcherConfig{Addresses: []common.Address{addr}, StartBlock: start}, sink, nil)
	err := w.Step(ctx)
	if !errors.Is(err, chain.ErrLogRange) || !chain.Retryable(err) {
		t.Fatalf("a refused single block: %v, want a retryable ErrLogRange", err)
	}
	if w.PageSize() != 1 {
		t.Fatalf("page size %d, want 1 after refusals down to one block", w.PageSize())
	}
	if _, ok, _ := sink.Cursor(); ok {
		t.Fatal("cursor moved although nothing was read")
	}
}

// refuseAll refuses every eth_getLogs as too large.
type refuseAll struct{ chain.LogSource }

func (refuseAll) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, rpcErr{-32602, "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range"}
}

// An RPC answering [] to eth_getLogs ranges: the blooms of the blocks
// name the watched contract, so the watcher asks each block itself. While
// the by-hash query fails too the page fails (nothing applied); once it
// answers, the left-out logs are taken from it, in order.
func TestWatcherEmptyAnswerCaughtByBloom(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	addr := e.deploy(t, ctx, loggerInit)
	start, _ := e.client.BlockNumber(ctx)
	want := emitN(t, e, addr, "b", 3)
	src := &limited{LogSource: e.client, lie: 2}
	sink := newMemSink()
	w := chain.NewSinkWatcher(src, chain.WatcherConfig{Addresses: []common.Address{addr}, StartBlock: start}, sink, nil)
	if err := w.Step(ctx); !errors.Is(err, chain.ErrBadPage) {
		t.Fatalf("an RPC answering [] and failing the by-hash query: %v, want ErrBadPage", err)
	}
	if c, ok, _ := sink.Cursor(); ok && c.Block > start {
		t.Fatalf("cursor advanced to %d past logs the RPC hid", c.Block)
	}
	if err := w.Step(ctx); err != nil {
		t.Fatalf("range answered [], by-hash answered: %v", err)
	}
	if got := sink.payloads(); !slices.Equal(got, want) || w.RecoveredLogs() != uint64(len(want)) {
		t.Fatalf("logs %q (%d recovered), want %q from the blocks themselves", got, w.RecoveredLogs(), want)
	}
}

// withReceipts is a lying source that also serves eth_getBlockReceipts.
type withReceipts struct {
	*limited
	c *chain.Client
}

func (s withReceipts) BlockReceipts(ctx context.Context, b rpc.BlockNumberOrHash) ([]*types.Receipt, error) {
	return s.c.BlockReceipts(ctx, b)
}

// An RPC whose eth_getLogs always answers []: the watcher takes the
// watched logs from the receipts of the blocks whose blooms name the
// contract, and its cursor moves on with every log applied once, in order.
func TestWatcherTakesLogsFromReceiptsWhenRangeAnswersEmpty(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	addr := e.deploy(t, ctx, loggerInit)
	start, _ := e.client.BlockNumber(ctx)
	want := emitN(t, e, addr, "r", 4)
	src := withReceipts{limited: &limited{LogSource: e.client, lie: 1 << 30}, c: e.client}
	sink := newMemSink()
	w := chain.NewSinkWatcher(src, chain.WatcherConfig{Addresses: []common.Address{addr}, StartBlock: start}, sink, nil)
	if err := w.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if got := sink.payloads(); !slices.Equal(got, want) || w.RecoveredLogs() != uint64(len(want)) {
		t.Fatalf("logs %q (%d recovered), want %q from the receipts", got, w.RecoveredLogs(), want)
	}
}

func TestWatcherSinkReorg(t *testing.T) {
	for _, depth := range []int{1, 3, 10} {
		t.Run(fmt.Sprintf("depth_%d", depth), func(t *testing.T) {
			e := newEnv(t)
			ctx := t.Context()
			addr := e.deploy(t, ctx, loggerInit)
			start, _ := e.client.BlockNumber(ctx)
			kept := emitN(t, e, addr, "kept", 2)
			ancestor, _ := e.client.BlockNumber(ctx)
			var snap string
			if err := e.client.RPC().CallContext(ctx, &snap, "evm_snapshot"); err != nil {
				t.Fatal(err)
			}
			emitN(t, e, addr, "old", depth)
			sink := newMemSink()
			w := chain.NewSinkWatcher(e.client, chain.WatcherConfig{Addresses: []common.Address{addr}, StartBlock: start}, sink, nil)
			if err := w.Step(ctx); err != nil {
				t.Fatal(err)
			}
			var ok bool
			if err := e.client.RPC().CallContext(ctx, &ok, "evm_revert", snap); err != nil || !ok {
				t.Fatalf("evm_revert: %v", err)
			}
			snd, err := chain.NewSender(e.client, e.signer, chain.DefaultSenderConfig(), nil)
			if err != nil {
				t.Fatal(err)
			}
			e.sender = snd
			// A different, longer chain from the ancestor.
			fresh := emitN(t, e, addr, "new", depth+1)
			if err := w.Step(ctx); err != nil {
				t.Fatal(err)
			}
			if len(sink.rewinds) != 1 || sink.rewinds[0].Block != ancestor {
				t.Fatalf("rewinds %+v, want one to the common ancestor %d", sink.rewinds, ancestor)
			}
			if got, want := sink.payloads(), append(kept, fresh...); !slices.Equal(got, want) {
				t.Fatalf("after the reorg: %q, want %q", got, want)
			}
		})
	}
}

func TestWatcherSinkConfirmations(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	addr := e.deploy(t, ctx, loggerInit)
	start, _ := e.client.BlockNumber(ctx)
	emitN(t, e, addr, "c", 3)
	sink := newMemSink()
	w := chain.NewSinkWatcher(e.client, chain.WatcherConfig{Addresses: []common.Address{addr}, StartBlock: start, Confirmations: 2}, sink, nil)
	if err := w.Step(ctx); err != nil {
		t.Fatal(err)
	}
	head, _ := e.client.BlockNumber(ctx)
	if c, _, _ := sink.Cursor(); c.Block != head-2 {
		t.Fatalf("cursor %d, want head−2 = %d", c.Block, head-2)
	}
	if got := sink.payloads(); !slices.Equal(got, []string{"c0"}) {
		t.Fatalf("delivered %q, want only the confirmed c0", got)
	}
	hd, err := e.client.HeaderByNumber(ctx, new(big.Int).SetUint64(head-2))
	if err != nil {
		t.Fatal(err)
	}
	if c, _, _ := sink.Cursor(); c.Hash != hd.Hash() {
		t.Fatalf("cursor hash %s, chain %s", c.Hash, hd.Hash())
	}
}

func TestIsLogRangeError(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"infura", rpcErr{-32005, "query returned more than 10000 results"}, true},
		{"alchemy", rpcErr{-32602, "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range"}, true},
		{"blast", rpcErr{-32000, "exceed maximum block range: 5000"}, true},
		{"ankr", rpcErr{-32600, "block range is too wide"}, true},
		{"quicknode", rpcErr{-32614, "eth_getLogs is limited to a 10,000 range"}, true},
		{"code only", rpcErr{-32005, "limit exceeded"}, true},
		{"wrapped", fmt.Errorf("get logs: %w", rpcErr{-32005, "x"}), true},
		{"http 413", rpc.HTTPError{StatusCode: 413}, true},
		{"invalid params", rpcErr{-32602, "invalid argument 0: hex string without 0x prefix"}, false},
		{"reset", errors.New("connection reset by peer"), false},
		{"nil", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := chain.IsLogRangeError(tc.err); got != tc.want {
				t.Fatalf("IsLogRangeError(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}

func TestWatcherSafeTag(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	addr := e.deploy(t, ctx, loggerInit)
	start, _ := e.client.BlockNumber(ctx)
	want := emitN(t, e, addr, "s", 3)
	if err := e.client.MineBlocks(ctx, 100); err != nil { // anvil's safe block is head − 32
		t.Fatal(err)
	}
	sink := newMemSink()
	w := chain.NewSinkWatcher(e.client, chain.WatcherConfig{Addresses: []common.Address{addr}, StartBlock: start, SafeTag: true, Confirmations: 1}, sink, nil)
	if err := w.Step(ctx); err != nil {
		t.Fatal(err)
	}
	safe, err := e.client.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber)))
	if err != nil {
		t.Fatal(err)
	}
	if c, _, _ := sink.Cursor(); c.Block != safe.Number.Uint64()-1 {
		t.Fatalf("cursor %d, want the safe block %d − 1", c.Block, safe.Number)
	}
	if got := sink.payloads(); !slices.Equal(got, want) {
		t.Fatalf("delivered %q, want %q", got, want)
	}
}
