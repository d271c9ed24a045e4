package contracts_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/prooftest"
)

func TestMain(m *testing.M) { anviltest.Main(m) }

// fx is a deployed marketplace with registered providers (accounts 2..).
// Account 1 is the default client.
type fx struct {
	*contracttest.Env
	t      testing.TB
	client *contracttest.Account
	nonce  uint64 // shard seed counter
}

func newFx(t testing.TB, cfg contracts.IMarketplaceConfig) *fx {
	t.Helper()
	return newFxOn(t, contracttest.Deploy(t, anviltest.Shared(t), cfg, contracttest.Options{}))
}

func newFxOn(t testing.TB, env *contracttest.Env) *fx {
	f := &fx{Env: env, t: t, client: env.Accounts[1]}
	for _, a := range env.Accounts[2:] {
		f.MustSend(a, f.MP.PackRegisterProvider([]byte("/ip4/127.0.0.1/tcp/4001/p2p/provider"+a.Addr.Hex())))
	}
	return f
}

func tokens(n int64) *big.Int { return contracts.Tokens(n) }

func milli(n int64) *big.Int { return new(big.Int).Div(contracts.Tokens(n), big.NewInt(1000)) }

func add(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

func mul(a *big.Int, n int64) *big.Int { return new(big.Int).Mul(a, big.NewInt(n)) }

func wantEq(t testing.TB, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %s, want %s", what, got, want)
	}
}

// req is a storage request with its shards kept in memory for proving.
type req struct {
	id     [32]byte
	p      contracts.IMarketplaceRequestParams
	shards [][]byte
	trees  []*proofs.Tree
	slots  [][32]byte
	done   bool // ended and checked empty (invariant test)
}

// defaultParams: k=2, m=1, 4 KiB shards, epochs [cur+2, cur+6), 1 token per
// slot-epoch, 10 tokens collateral, expiry 60 blocks ahead, 512-byte manifest.
func (f *fx) defaultParams() contracts.IMarketplaceRequestParams {
	cur := f.CurrentEpoch()
	return contracts.IMarketplaceRequestParams{
		K: 2, M: 1, ShardSize: 4096,
		StartEpoch: cur + 2, EndEpoch: cur + 6,
		PricePerSlotEpoch: tokens(1), CollateralPerSlot: tokens(10),
		Expiry:      f.EpochStart(cur + 2),
		AuthKey:     common.HexToAddress("0x00000000000000000000000000000000000a0711"),
		RepairBonus: new(big.Int), RepairReserve: new(big.Int),
		Manifest: bytes.Repeat([]byte{0xa5}, 512),
	}
}

// shardsFor makes k+m deterministic shards of p.ShardSize and sets the roots.
func (f *fx) shardsFor(p *contracts.IMarketplaceRequestParams) ([][]byte, []*proofs.Tree) {
	n := int(p.K) + int(p.M)
	shards := make([][]byte, n)
	trees := make([]*proofs.Tree, n)
	p.ShardRoots = make([][32]byte, n)
	for i := range shards {
		f.nonce++
		var seed [32]byte
		binary.BigEndian.PutUint64(seed[:], f.nonce)
		seed = sha256.Sum256(append(seed[:], f.client.Addr[:]...))
		shards[i] = prooftest.TestShard(seed, p.ShardSize)
		tr, err := proofs.BuildTree(bytes.NewReader(shards[i]), p.ShardSize)
		if err != nil {
			f.t.Fatal(err)
		}
		trees[i] = tr
		p.ShardRoots[i] = tr.Root()
	}
	return shards, trees
}

// request creates a request from client with defaultParams changed by mod.
func (f *fx) request(client *contracttest.Account, mod func(*contracts.IMarketplaceRequestParams)) *req {
	f.t.Helper()
	p := f.defaultParams()
	r := &req{}
	r.shards, r.trees = f.shardsFor(&p)
	if mod != nil {
		mod(&p)
	}
	r.p = p
	rcpt := f.MustSend(client, f.MP.PackRequestStorage(p))
	for _, l := range rcpt.Logs {
		if ev, err := f.MP.UnpackStorageRequestedEvent(l); err == nil {
			r.id = ev.RequestId
		}
	}
	if r.id == ([32]byte{}) {
		f.t.Fatal("no StorageRequested event")
	}
	for i := range r.shards {
		r.slots = append(r.slots, proofs.SlotID(r.id, uint64(i)))
	}
	return r
}

func (r *req) n() uint64 { return r.p.ShardSize / proofs.LeafSize }

func (r *req) prove(t testing.TB, i int, idx []uint64) []byte {
	t.Helper()
	pr, err := r.trees[i].Prove(bytes.NewReader(r.shards[i]), idx)
	if err != nil {
		t.Fatal(err)
	}
	return pr
}

func (f *fx) k() int { return int(f.Config.Challenges) }

// reserve reserves slot i for a and returns the reservation block.
func (f *fx) reserve(r *req, i int, a *contracttest.Account) uint64 {
	f.t.Helper()
	rc := f.MustSend(a, f.MP.PackReserveSlot(r.id, big.NewInt(int64(i))))
	return rc.BlockNumber.Uint64()
}

// fillIndices computes a's fill challenges for a reservation at block rb (the
// block rb + fillDelay must exist) and checks them against the contract view.
func (f *fx) fillIndices(r *req, i int, a *contracttest.Account, rb uint64) []uint64 {
	f.t.Helper()
	h := f.BlockHash(rb + f.Config.FillDelayBlocks)
	idx := proofs.FillChallenges(h, r.slots[i], a.Addr, r.n(), f.k())
	if f.Head() <= rb+f.Config.FillDelayBlocks {
		return idx // calls run at the head: the view needs one more block
	}
	view := contracttest.Call(f.Env, f.MP.PackFillChallengeIndices(r.id, big.NewInt(int64(i)), a.Addr), f.MP.UnpackFillChallengeIndices)
	for j := range idx {
		if view[j].Uint64() != idx[j] {
			f.t.Fatalf("fill challenge %d: contract %s, Go %d", j, view[j], idx[j])
		}
	}
	return idx
}

// fillProof mines to the first block a fill is allowed and returns the proof.
func (f *fx) fillProof(r *req, i int, a *contracttest.Account, rb uint64) []byte {
	f.t.Helper()
	if f.Head() < rb+f.Config.FillDelayBlocks {
		f.NextTxAt(rb + f.Config.FillDelayBlocks + 1)
	}
	return r.prove(f.t, i, f.fillIndices(r, i, a, rb))
}

// fill reserves and fills slot i for a.
func (f *fx) fill(r *req, i int, a *contracttest.Account) {
	f.t.Helper()
	rb := f.reserve(r, i, a)
	f.MustSend(a, f.MP.PackFillSlot(r.id, big.NewInt(int64(i)), f.fillProof(r, i, a, rb)))
}

// fillAll reserves every slot (providers[i] for slot i), then fills them.
func (f *fx) fillAll(r *req, providers []*contracttest.Account) {
	f.t.Helper()
	rbs := make([]uint64, len(providers))
	for i, a := range providers {
		rbs[i] = f.reserve(r, i, a)
	}
	for i, a := range providers {
		f.MustSend(a, f.MP.PackFillSlot(r.id, big.NewInt(int64(i)), f.fillProof(r, i, a, rbs[i])))
	}
}

// epochIndices computes slot i's challenges for epoch e from the block hash
// (epoch e must have started) and checks them against challengeIndices.
func (f *fx) epochIndices(r *req, i int, e uint64) []uint64 {
	f.t.Helper()
	seed := proofs.EpochSeed(f.BlockHash(f.EpochStart(e)-1), e)
	idx := proofs.EpochChallenges(seed, r.slots[i], r.n(), f.k())
	if f.Head() < f.EpochStart(e) {
		return idx // calls run at the head: the view needs the epoch started
	}
	view := contracttest.Call(f.Env, f.MP.PackChallengeIndices(r.slots[i], new(big.Int).SetUint64(e)), f.MP.UnpackChallengeIndices)
	for j := range idx {
		if view[j].Uint64() != idx[j] {
			f.t.Fatalf("challenge %d: contract %s, Go %d", j, view[j], idx[j])
		}
	}
	return idx
}

func (f *fx) epochProof(r *req, i int, e uint64) []byte {
	f.t.Helper()
	return r.prove(f.t, i, f.epochIndices(r, i, e))
}

// submit proves slot i for epoch e from a.
func (f *fx) submit(r *req, i int, a *contracttest.Account, e uint64) {
	f.t.Helper()
	f.MustSend(a, f.MP.PackSubmitProof(r.slots[i], e, f.epochProof(r, i, e)))
}

// toEpoch mines so that the next transaction lands in the first block of e
// (or later, if that block is past).
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

func (f *fx) withdrawAll(accs ...*contracttest.Account) {
	for _, a := range accs {
		if f.Balance(a.Addr).Sign() > 0 {
			f.MustSend(a, f.MP.PackWithdraw())
		}
	}
}
