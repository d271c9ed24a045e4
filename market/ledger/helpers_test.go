package ledger_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
	"github.com/cairn-storage/cairn/market/ledger"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/prooftest"
)

// fx is a fresh anvil with the v1 contracts deployed and providers
// (accounts 2..) registered; account 1 is the client.
type fx struct {
	*contracttest.Env
	t      *testing.T
	node   *anvil.Node
	client *contracttest.Account
	nonce  uint64
}

func newFx(t *testing.T) *fx {
	t.Helper()
	node := anviltest.New(t)
	env := contracttest.Deploy(t, node, contracttest.TestConfig(), contracttest.Options{Accounts: 6})
	f := &fx{Env: env, t: t, node: node, client: env.Accounts[1]}
	for _, a := range env.Accounts[2:] {
		f.MustSend(a, f.MP.PackRegisterProvider([]byte("/ip4/127.0.0.1/tcp/4001/p2p/"+a.Addr.Hex())))
	}
	return f
}

// req is a request with its shards in memory for proving.
type req struct {
	id     [32]byte
	p      contracts.IMarketplaceRequestParams
	shards [][]byte
	trees  []*proofs.Tree
	slots  [][32]byte
}

// request creates a k=2, m=1 request of 4 KiB shards over epochs
// [cur+2, cur+2+epochs).
func (f *fx) request(epochs uint64) *req {
	f.t.Helper()
	cur := f.CurrentEpoch()
	p := contracts.IMarketplaceRequestParams{
		K: 2, M: 1, ShardSize: 4096,
		StartEpoch: cur + 2, EndEpoch: cur + 2 + epochs,
		PricePerSlotEpoch: contracts.Tokens(1), CollateralPerSlot: contracts.Tokens(10),
		Expiry:      f.EpochStart(cur + 2),
		AuthKey:     common.HexToAddress("0x00000000000000000000000000000000000a0711"),
		RepairBonus: contracts.Tokens(1), RepairReserve: contracts.Tokens(2),
		Manifest: bytes.Repeat([]byte{0xa5}, 64),
	}
	r := &req{}
	n := int(p.K + p.M)
	p.ShardRoots = make([][32]byte, n)
	for i := range n {
		f.nonce++
		var seed [32]byte
		binary.BigEndian.PutUint64(seed[:], f.nonce)
		seed = sha256.Sum256(seed[:])
		sh := prooftest.TestShard(seed, p.ShardSize)
		tr, err := proofs.BuildTree(bytes.NewReader(sh), p.ShardSize)
		if err != nil {
			f.t.Fatal(err)
		}
		r.shards, r.trees = append(r.shards, sh), append(r.trees, tr)
		p.ShardRoots[i] = tr.Root()
	}
	r.p = p
	rc := f.MustSend(f.client, f.MP.PackRequestStorage(p))
	for _, l := range rc.Logs {
		if ev, err := f.MP.UnpackStorageRequestedEvent(l); err == nil {
			r.id = ev.RequestId
		}
	}
	if r.id == ([32]byte{}) {
		f.t.Fatal("no StorageRequested event")
	}
	for i := range n {
		r.slots = append(r.slots, proofs.SlotID(r.id, uint64(i)))
	}
	return r
}

func (r *req) prove(t *testing.T, i int, idx []uint64) []byte {
	t.Helper()
	pr, err := r.trees[i].Prove(bytes.NewReader(r.shards[i]), idx)
	if err != nil {
		t.Fatal(err)
	}
	return pr
}

func (f *fx) reserve(r *req, i int, a *contracttest.Account) uint64 {
	f.t.Helper()
	return f.MustSend(a, f.MP.PackReserveSlot(r.id, big.NewInt(int64(i)))).BlockNumber.Uint64()
}

// fillReserved fills slot i for a, reserved at block rb.
func (f *fx) fillReserved(r *req, i int, a *contracttest.Account, rb uint64) {
	f.t.Helper()
	if f.Head() < rb+f.Config.FillDelayBlocks {
		f.NextTxAt(rb + f.Config.FillDelayBlocks + 1)
	}
	h := f.BlockHash(rb + f.Config.FillDelayBlocks)
	idx := proofs.FillChallenges(h, r.slots[i], a.Addr, r.p.ShardSize/proofs.LeafSize, int(f.Config.Challenges))
	f.MustSend(a, f.MP.PackFillSlot(r.id, big.NewInt(int64(i)), r.prove(f.t, i, idx)))
}

// submit proves slot i for epoch e from a.
func (f *fx) submit(r *req, i int, a *contracttest.Account, e uint64) {
	f.t.Helper()
	seed := proofs.EpochSeed(f.BlockHash(f.EpochStart(e)-1), e)
	idx := proofs.EpochChallenges(seed, r.slots[i], r.p.ShardSize/proofs.LeafSize, int(f.Config.Challenges))
	f.MustSend(a, f.MP.PackSubmitProof(r.slots[i], e, r.prove(f.t, i, idx)))
}

// toEpoch mines so that the next transaction lands in epoch e.
func (f *fx) toEpoch(e uint64) {
	f.t.Helper()
	if b := f.EpochStart(e); f.Head() < b {
		f.NextTxAt(b)
	}
}

// afterWindow mines so that epoch e's proof window has closed.
func (f *fx) afterWindow(e uint64) {
	f.t.Helper()
	if b := f.EpochStart(e+1) + f.Config.GraceBlocks; f.Head() < b {
		f.NextTxAt(b)
	}
}

// source counts eth_getLogs calls and can act as a limited or lying RPC.
type source struct {
	chain.LogSource
	mu         sync.Mutex
	calls      int
	maxRange   uint64 // refuse wider ranges (0: no limit)
	maxResults int    // refuse larger answers (0: no limit)
	lie        int    // answer [] to this many range queries (and fail by-hash ones meanwhile)
	failAfter  int    // fail every call after this many (0: never)
}

var errDown = fmt.Errorf("rpc down")

type rpcErr struct {
	code int
	msg  string
}

func (e rpcErr) Error() string  { return e.msg }
func (e rpcErr) ErrorCode() int { return e.code }

func (s *source) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	s.mu.Lock()
	s.calls++
	calls, maxRange, maxResults, failAfter, lie := s.calls, s.maxRange, s.maxResults, s.failAfter, s.lie > 0
	if lie && q.BlockHash == nil {
		s.lie--
	}
	s.mu.Unlock()
	if failAfter > 0 && calls > failAfter {
		return nil, errDown
	}
	if q.BlockHash != nil {
		if lie { // a backend behind does not know the block
			return nil, rpcErr{-32000, "unknown block"}
		}
		return s.LogSource.FilterLogs(ctx, q)
	}
	if n := q.ToBlock.Uint64() - q.FromBlock.Uint64() + 1; maxRange > 0 && n > maxRange {
		return nil, rpcErr{-32602, fmt.Sprintf("exceed maximum block range: %d", maxRange)}
	}
	logs, err := s.LogSource.FilterLogs(ctx, q)
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

func (s *source) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls
}

// open opens a ledger in dir over src with the given confirmations.
func (f *fx) open(dir string, src chain.LogSource, conf uint64, mods ...func(*ledger.Config)) *ledger.Ledger {
	f.t.Helper()
	cfg := ledger.DefaultConfig()
	cfg.Confirmations, cfg.StartBlock = conf, f.Dep.Block
	for _, m := range mods {
		m(&cfg)
	}
	l, err := ledger.Open(dir, cfg, nil, src, f.Dep.Marketplace)
	if err != nil {
		f.t.Fatal(err)
	}
	f.t.Cleanup(func() { _ = l.Close() })
	return l
}

// step mines conf blocks (so the head's state is confirmed) and steps l.
func (f *fx) step(l *ledger.Ledger, conf uint64) {
	f.t.Helper()
	f.Mine(conf)
	if err := l.Step(f.t.Context()); err != nil {
		f.t.Fatalf("ledger step: %v", err)
	}
	if got, head := l.Synced().Block, f.Head(); got+conf != head {
		f.t.Fatalf("ledger synced to %d, head %d, confirmations %d", got, head, conf)
	}
}

func dump(t *testing.T, l *ledger.Ledger) map[string]string {
	t.Helper()
	d, err := ledger.DumpState(l)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func sameDump(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: key %x = %q, want %q", what, k, got[k], v)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: extra key %x = %q", what, k, got[k])
		}
	}
}
