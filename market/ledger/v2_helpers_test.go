package ledger_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
	"github.com/cairn-storage/cairn/internal/cairntest/markettest"
	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/ledger"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/prooftest"
	"github.com/cairn-storage/cairn/storage"
)

// fx2 is a fresh anvil with the v2 contracts; account 1 is the client
// (its Market is client), providers are made by provider.
type fx2 struct {
	*contracttest.Env
	t      *testing.T
	node   *anvil.Node
	client *marketv2.Market
	provs  []*prov2
	reqs   []*req2
	nonce  uint64
	// ticked is the last epoch tick stepped the provers at.
	ticked uint64
	// provRPC is the endpoint providers' Markets dial (anvil's by
	// default; a counting proxy in TestLedgerV2DrivesProvers).
	provRPC string
	// drive, when set, is a 0-confirmation ledger stepped by tick before
	// the provers, which list their tenures from it (market.LedgerTenures).
	drive *ledger.Ledger
}

func newFx2(t *testing.T) *fx2 {
	t.Helper()
	node := anviltest.New(t)
	env := contracttest.DeployV2(t, node, contracttest.TestConfig(), contracttest.Options{Accounts: 7})
	f := &fx2{Env: env, t: t, node: node}
	f.client = f.market(env.Accounts[1])
	return f
}

func (f *fx2) market(a *contracttest.Account) *marketv2.Market {
	f.t.Helper()
	return f.marketAt(f.node.URL, a)
}

func (f *fx2) marketAt(url string, a *contracttest.Account) *marketv2.Market {
	f.t.Helper()
	return markettest.Open(f.t, f.Env, url, a)
}

// prov2 is a registered provider with one volume (one proof set) and a
// prover over it.
type prov2 struct {
	f      *fx2
	acct   *contracttest.Account
	m      *marketv2.Market
	vol    *marketv2.OpenVolume
	prover *marketv2.Prover
	// quiet providers are not stepped: their set misses.
	quiet bool
	// sets are the provider's sets, its volume's first.
	sets []uint64
}

func (p *prov2) set() uint64 { return p.vol.SetID }

func (f *fx2) provider(idx int, policy marketv2.ExtensionPolicy) *prov2 {
	f.t.Helper()
	a := f.Accounts[idx]
	url := f.node.URL
	if f.provRPC != "" {
		url = f.provRPC
	}
	p := &prov2{f: f, acct: a, m: f.marketAt(url, a)}
	if err := p.m.RegisterProvider(f.t.Context(), []byte("/ip4/127.0.0.1/tcp/4001/p2p/"+a.Addr.Hex())); err != nil {
		f.t.Fatal(err)
	}
	p.vol = markettest.Volumes(f.t, f.Env, p.m, 1)[0]
	p.sets = []uint64{p.vol.SetID}
	cfg := marketv2.DefaultProverConfig()
	cfg.SettleEvery = 3
	log := slog.New(slog.NewTextHandler(f.t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	var tenures marketv2.TenureLister = marketv2.NewChainTenures(p.m)
	if f.drive != nil {
		tenures = market.LedgerTenures{Ledger: f.drive}
	}
	var err error
	p.prover, err = marketv2.NewProver(cfg, log.With("provider", idx), marketv2.ProverDeps{
		Chain: p.m, Tenures: tenures, Clock: p.m.Clock, Sets: markettest.Sets([]*marketv2.OpenVolume{p.vol}), Policy: policy,
	})
	if err != nil {
		f.t.Fatal(err)
	}
	f.t.Cleanup(p.prover.Close)
	f.provs = append(f.provs, p)
	return p
}

// req2 is a v2 request with its shards.
type req2 struct {
	id     [32]byte
	p      contracts.IMarketplaceV2RequestParams
	shards [][]byte
}

func (r *req2) slot(i int) storage.SlotID { return storage.SlotID(proofs.SlotID(r.id, uint64(i))) }

// request makes a k=1, m=1 request of 4 KiB shards over [start, end)
// with a repair bonus of 1 token out of a 3-token reserve.
func (f *fx2) request(start, end uint64, mods ...func(*contracts.IMarketplaceV2RequestParams)) *req2 {
	f.t.Helper()
	r := &req2{p: markettest.Params(f.Env, 1, 1, start, end, f.Accounts[6].Addr)}
	r.p.ShardSize = 4096
	r.p.RepairBonus, r.p.RepairReserve = contracts.Tokens(1), contracts.Tokens(3)
	for _, m := range mods {
		m(&r.p)
	}
	for range 2 {
		f.nonce++
		var seed [32]byte
		binary.BigEndian.PutUint64(seed[:], f.nonce)
		seed = sha256.Sum256(append(seed[:], 'l', 'v', '2'))
		s := prooftest.TestShard(seed, r.p.ShardSize)
		root, err := proofs.Root(bytes.NewReader(s), r.p.ShardSize)
		if err != nil {
			f.t.Fatal(err)
		}
		r.shards = append(r.shards, s)
		r.p.ShardRoots = append(r.p.ShardRoots, root)
	}
	id, _, err := f.client.RequestStorage(f.t.Context(), r.p)
	if err != nil {
		f.t.Fatalf("request storage: %v", err)
	}
	r.id = id
	f.reqs = append(f.reqs, r)
	return r
}

// tick steps every provider that is not quiet at the head's epoch.
func (f *fx2) tick() {
	f.t.Helper()
	e := (f.Head() - f.Dep.Block) / f.Config.EpochBlocks
	f.ticked = e
	if f.drive != nil {
		if err := f.drive.Step(f.t.Context()); err != nil {
			f.t.Fatalf("driving ledger: %v", err)
		}
	}
	for _, p := range f.provs {
		if p.quiet {
			continue
		}
		if err := p.prover.Step(f.t.Context(), e); err != nil {
			f.t.Fatalf("prover of %s, epoch %d: %v", p.acct.Addr, e, err)
		}
	}
}

// reserve reserves slot i for p and returns the reservation block.
func (p *prov2) reserve(r *req2, i int) uint64 {
	p.f.t.Helper()
	rb, err := p.m.ReserveSlot(p.f.t.Context(), r.id, uint64(i))
	if err != nil {
		p.f.t.Fatalf("reserve slot %d: %v", i, err)
	}
	return rb
}

// reserveTicketed reserves slot i for p with a ticket of the request's
// authKey (account 6).
func (p *prov2) reserveTicketed(r *req2, i int) uint64 {
	f := p.f
	f.t.Helper()
	b32, _ := abi.NewType("bytes32", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	addr, _ := abi.NewType("address", "", nil)
	dom, err := abi.Arguments{{Type: b32}, {Type: b32}, {Type: b32}, {Type: u256}, {Type: addr}}.Pack(
		crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256Hash([]byte("cairn")), crypto.Keccak256Hash([]byte("1")), f.ChainID, f.Dep.Marketplace)
	if err != nil {
		f.t.Fatal(err)
	}
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	st, err := abi.Arguments{{Type: b32}, {Type: b32}, {Type: u256}, {Type: addr}, {Type: u256}}.Pack(
		crypto.Keccak256Hash([]byte("ReserveTicket(bytes32 requestId,uint256 index,address provider,uint64 deadline)")),
		r.id, big.NewInt(int64(i)), p.acct.Addr, new(big.Int).SetUint64(deadline))
	if err != nil {
		f.t.Fatal(err)
	}
	sig, err := crypto.Sign(crypto.Keccak256([]byte("\x19\x01"), crypto.Keccak256(dom), crypto.Keccak256(st)), f.Accounts[6].Key)
	if err != nil {
		f.t.Fatal(err)
	}
	sig[64] += 27
	rb, err := p.m.ReserveSlotWithTicket(f.t.Context(), r.id, uint64(i), deadline, sig)
	if err != nil {
		f.t.Fatalf("reserve slot %d with a ticket: %v", i, err)
	}
	return rb
}

// fill stores slot i's shard, reserves (unless reserved at block rb) and
// fills it into p's set; it returns the tenure id.
func (p *prov2) fill(r *req2, i int, rb uint64) *big.Int {
	f := p.f
	f.t.Helper()
	ctx := f.t.Context()
	sw, err := p.vol.Store.Begin(r.slot(i), storage.ShardMeta{RequestID: r.id, SlotIndex: uint64(i), Root: r.p.ShardRoots[i], Size: r.p.ShardSize})
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := sw.Write(r.shards[i]); err != nil {
		f.t.Fatal(err)
	}
	if err := sw.Commit(); err != nil {
		f.t.Fatal(err)
	}
	if rb == 0 {
		rb = p.reserve(r, i)
	}
	if b := rb + f.Config.FillDelayBlocks + 1; f.Head() < b {
		f.Mine(b - f.Head())
	}
	f.tick()
	tid, err := p.m.FillFromStore(ctx, p.vol.Store, p.vol.SetID, r.id, uint64(i))
	if err != nil {
		f.t.Fatalf("fill slot %d: %v", i, err)
	}
	if err := p.vol.Store.SetState(r.slot(i), storage.StateProving); err != nil {
		f.t.Fatal(err)
	}
	return tid
}

// step moves to block 1 of every epoch after the last ticked one through
// e and steps every provider that is not quiet there, so no epoch goes
// unproven.
func (f *fx2) step(e uint64) {
	f.t.Helper()
	for x := f.ticked + 1; x <= e; x++ {
		f.ToEpoch(x, 1)
		f.tick()
	}
}

// open opens a v2 ledger in dir over src.
func (f *fx2) open(dir string, src chain.LogSource, conf uint64, mods ...func(*ledger.Config)) *ledger.Ledger {
	f.t.Helper()
	cfg := ledger.DefaultConfig()
	cfg.Confirmations, cfg.StartBlock, cfg.Protocol = conf, f.Dep.Block, ledger.ProtocolV2
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

// sync steps the provers, mines conf blocks (the head's state is then
// confirmed) and steps l.
func (f *fx2) sync(l *ledger.Ledger, conf uint64) {
	f.t.Helper()
	f.tick()
	f.Mine(conf)
	if err := l.Step(f.t.Context()); err != nil {
		f.t.Fatalf("ledger step: %v", err)
	}
	if got, head := l.Synced().Block, f.Head(); got+conf != head {
		f.t.Fatalf("ledger synced to %d, head %d, confirmations %d", got, head, conf)
	}
}
