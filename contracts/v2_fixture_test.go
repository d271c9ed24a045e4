package contracts_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/prooftest"
)

// v2fx is a deployed protocol v2 marketplace with registered providers
// (accounts 2..); account 1 is the default client. It keeps every shard it
// made (by root) so it can answer any challenge, and the ids it has seen so
// the funds invariant can be summed exactly.
type v2fx struct {
	*contracttest.Env
	t       testing.TB
	client  *contracttest.Account
	nonce   uint64
	shards  map[[32]byte]*v2shard
	reqs    []*v2req
	tenures []*big.Int
	// broken roots fail their challenged leaves (a lost leaf).
	broken map[[32]byte]uint64
	// fillEpoch of each tenure (key: tenure id), from SlotFilled.
	fillEpoch map[string]uint64
}

type v2shard struct {
	data []byte
	tree *proofs.Tree
}

type v2req struct {
	id    [32]byte
	p     contracts.IMarketplaceV2RequestParams
	roots [][32]byte
	slots [][32]byte
}

func newV2(t testing.TB, cfg contracts.IMarketplaceV2Config) *v2fx {
	t.Helper()
	env := contracttest.DeployV2(t, anviltest.Shared(t), cfg, contracttest.Options{})
	f := &v2fx{Env: env, t: t, client: env.Accounts[1], shards: map[[32]byte]*v2shard{}, broken: map[[32]byte]uint64{}, fillEpoch: map[string]uint64{}}
	for _, a := range env.Accounts[2:] {
		f.MustSend(a, f.MP.PackRegisterProvider([]byte("/ip4/127.0.0.1/tcp/4001/p2p/"+a.Addr.Hex())))
	}
	return f
}

func (f *v2fx) lens() *contracts.MarketplaceV2Lens { return f.LensABI }

func (f *v2fx) createSet(a *contracttest.Account) uint64 {
	f.t.Helper()
	rc := f.MustSend(a, f.MP.PackCreateSet())
	for _, l := range rc.Logs {
		if ev, err := f.MP.UnpackSetCreatedEvent(l); err == nil {
			return ev.SetId
		}
	}
	f.t.Fatal("no SetCreated event")
	return 0
}

// v2params: k=2, m=1, 4 KiB shards, epochs [cur+2, cur+8), 1 token per
// slot-epoch, 10 tokens collateral, expiry at the start.
func (f *v2fx) v2params() contracts.IMarketplaceV2RequestParams {
	cur := f.CurrentEpoch()
	return contracts.IMarketplaceV2RequestParams{
		K: 2, M: 1, ShardSize: 4096,
		StartEpoch: cur + 2, EndEpoch: cur + 8,
		PricePerSlotEpoch: tokens(1), CollateralPerSlot: tokens(10),
		Expiry:      f.EpochStart(cur + 2),
		AuthKey:     f.Accounts[9].Addr,
		RepairBonus: new(big.Int), RepairReserve: new(big.Int),
		Manifest: []byte{1, 2, 3},
	}
}

func (f *v2fx) newShard(size uint64) [32]byte {
	f.t.Helper()
	f.nonce++
	var seed [32]byte
	binary.BigEndian.PutUint64(seed[:], f.nonce)
	seed = sha256.Sum256(append(seed[:], 'v', '2'))
	data := prooftest.TestShard(seed, size)
	tr, err := proofs.BuildTree(bytes.NewReader(data), size)
	if err != nil {
		f.t.Fatal(err)
	}
	f.shards[tr.Root()] = &v2shard{data: data, tree: tr}
	return tr.Root()
}

// request creates a request from client with v2params changed by mod (mod
// may change the shard size: the shards are made after it).
func (f *v2fx) request(client *contracttest.Account, mod func(*contracts.IMarketplaceV2RequestParams)) *v2req {
	f.t.Helper()
	r, err := f.tryRequest(client, mod)
	if err != nil {
		f.t.Fatalf("requestStorage: %v", err)
	}
	return r
}

func (f *v2fx) tryRequest(client *contracttest.Account, mod func(*contracts.IMarketplaceV2RequestParams)) (*v2req, error) {
	p := f.v2params()
	if mod != nil {
		mod(&p)
	}
	n := int(p.K) + int(p.M)
	if len(p.ShardRoots) == 0 {
		for range n {
			p.ShardRoots = append(p.ShardRoots, f.newShard(p.ShardSize))
		}
	}
	rc, err := f.Send(client, f.MP.PackRequestStorage(p))
	if err != nil {
		return nil, err
	}
	r := &v2req{p: p, roots: p.ShardRoots}
	for _, l := range rc.Logs {
		if ev, err := f.MP.UnpackStorageRequestedEvent(l); err == nil {
			r.id = ev.RequestId
		}
	}
	for i := range n {
		r.slots = append(r.slots, proofs.SlotID(r.id, uint64(i)))
	}
	f.reqs = append(f.reqs, r)
	return r, nil
}

func (f *v2fx) prove(root [32]byte, idx []uint64) []byte {
	f.t.Helper()
	s := f.shards[root]
	if s == nil {
		f.t.Fatalf("no shard for root %x", root)
	}
	pr, err := s.tree.Prove(bytes.NewReader(s.data), idx)
	if err != nil {
		f.t.Fatal(err)
	}
	return pr
}

func (f *v2fx) reserve(r *v2req, i int, a *contracttest.Account) (uint64, error) {
	rc, err := f.Send(a, f.MP.PackReserveSlot(r.id, big.NewInt(int64(i))))
	if err != nil {
		return 0, err
	}
	return rc.BlockNumber.Uint64(), nil
}

// fillProof mines past rb + fillDelay if needed and proves a's fill
// challenges; the lens's revert (e.g. NoReservation once the entry was
// evicted or swept) is returned.
func (f *v2fx) fillProof(r *v2req, i int, a *contracttest.Account, rb uint64) ([]byte, error) {
	f.t.Helper()
	if f.Head() < rb+f.Config.FillDelayBlocks+1 {
		f.NextTxAt(rb + f.Config.FillDelayBlocks + 2)
	}
	idx, err := contracttest.TryLensCall(f.Env, f.lens().PackFillChallenges(r.id, big.NewInt(int64(i)), a.Addr), f.lens().UnpackFillChallenges)
	if err != nil {
		return nil, err
	}
	h := f.blockHash(rb + f.Config.FillDelayBlocks)
	want := proofs.Normalize(proofs.FillChallenges(h, r.slots[i], a.Addr, r.p.ShardSize/64, int(f.Config.FillChallenges)))
	if len(want) != len(idx) {
		f.t.Fatalf("fill challenges: lens %d, Go %d", len(idx), len(want))
	}
	u := make([]uint64, len(idx))
	for j := range idx {
		u[j] = idx[j].Uint64()
		if u[j] != want[j] {
			f.t.Fatalf("fill challenge %d: lens %d, Go %d", j, u[j], want[j])
		}
	}
	return f.prove(r.roots[i], u), nil
}

func (f *v2fx) blockHash(n uint64) [32]byte {
	f.t.Helper()
	h, err := f.Client.HeaderByNumber(f.t.Context(), new(big.Int).SetUint64(n))
	if err != nil {
		f.t.Fatal(err)
	}
	return h.Hash()
}

// fill reserves slot i for a and fills it into set.
func (f *v2fx) fill(r *v2req, i int, a *contracttest.Account, set uint64) *big.Int {
	f.t.Helper()
	rb, err := f.reserve(r, i, a)
	if err != nil {
		f.t.Fatalf("reserve %d: %v", i, err)
	}
	tid, err := f.fillReserved(r, i, a, set, rb)
	if err != nil {
		f.t.Fatalf("fill %d: %v", i, err)
	}
	return tid
}

func (f *v2fx) fillReserved(r *v2req, i int, a *contracttest.Account, set, rb uint64) (*big.Int, error) {
	proof, err := f.fillProof(r, i, a, rb)
	if err != nil {
		return nil, err
	}
	rc, err := f.Send(a, f.MP.PackFillSlot(r.id, big.NewInt(int64(i)), set, proof))
	if err != nil {
		return nil, err
	}
	return f.filledTenure(rc), nil
}

func (f *v2fx) filledTenure(rc *types.Receipt) *big.Int {
	f.t.Helper()
	for _, l := range rc.Logs {
		if ev, err := f.MP.UnpackSlotFilledEvent(l); err == nil {
			f.tenures = append(f.tenures, ev.TenureId)
			f.fillEpoch[ev.TenureId.String()] = ev.Epoch.Uint64()
			return ev.TenureId
		}
	}
	f.t.Fatal("no SlotFilled event")
	return nil
}

// setProof builds set's proof for epoch e from challengesFor.
func (f *v2fx) setProof(set, e uint64) ([]byte, []contracts.IMarketplaceV2Group) {
	f.t.Helper()
	groups := contracttest.LensCall(f.Env, f.lens().PackChallengesFor(set, new(big.Int).SetUint64(e)), f.lens().UnpackChallengesFor)
	var proof []byte
	for _, g := range groups {
		pr := f.prove(g.Root, g.Leaves)
		if lost, ok := f.broken[g.Root]; ok {
			for _, l := range g.Leaves {
				if l == lost {
					pr[0] ^= 1 // the holder lost this leaf: whatever it sends is wrong
				}
			}
		}
		proof = append(proof, pr...)
	}
	return proof, groups
}

func (f *v2fx) proveSet(a *contracttest.Account, set, e uint64) (*types.Receipt, error) {
	proof, _ := f.setProof(set, e)
	return f.Send(a, f.MP.PackProveSet(set, uint32(e), proof))
}

func (f *v2fx) setInfo(set uint64) contracts.IMarketplaceV2SetInfo {
	return contracttest.LensCall(f.Env, f.lens().PackSetInfo(set), f.lens().UnpackSetInfo)
}

func (f *v2fx) tenure(tid *big.Int) contracts.IMarketplaceV2TenureInfo {
	return contracttest.LensCall(f.Env, f.lens().PackTenureInfo(tid), f.lens().UnpackTenureInfo)
}

func (f *v2fx) reqInfo(r *v2req) contracts.IMarketplaceV2RequestInfo {
	return contracttest.LensCall(f.Env, f.lens().PackRequestInfo(r.id), f.lens().UnpackRequestInfo)
}

func (f *v2fx) slotInfo(r *v2req, i int) contracts.IMarketplaceV2SlotInfo {
	return contracttest.LensCall(f.Env, f.lens().PackSlotInfo(r.id, big.NewInt(int64(i))), f.lens().UnpackSlotInfo)
}

func (f *v2fx) withdrawAll(accs ...*contracttest.Account) {
	f.t.Helper()
	for _, a := range accs {
		if f.Balance(a.Addr).Sign() > 0 {
			f.MustSend(a, f.MP.PackWithdraw())
		}
	}
}

func (f *v2fx) auditFee() *big.Int { return f.Config.AuditFee }

// proveEpoch proves epoch e (mining to its block 1 if needed) for every
// listed set whose view at e is non-empty, except those in skip.
func (f *v2fx) proveEpoch(e uint64, sets []uint64, owners []*contracttest.Account, skip ...uint64) {
	f.t.Helper()
	f.ToEpoch(e, 1)
outer:
	for i, s := range sets {
		for _, k := range skip {
			if k == s {
				continue outer
			}
		}
		v := contracttest.LensCall(f.Env, f.lens().PackSetView(s, new(big.Int).SetUint64(e)), f.lens().UnpackSetView)
		if v.Mask == 0 || f.proven(s, e) {
			continue
		}
		if _, err := f.proveSet(owners[i], s, e); err != nil {
			f.t.Fatalf("proveSet %d epoch %d: %v", s, e, err)
		}
	}
}

// fillAll reserves every slot i for provs[i], then fills each into sets[i],
// so the fills land in consecutive blocks.
func (f *v2fx) fillAll(r *v2req, provs []*contracttest.Account, sets []uint64) []*big.Int {
	f.t.Helper()
	rbs := make([]uint64, len(provs))
	for i, a := range provs {
		rb, err := f.reserve(r, i, a)
		if err != nil {
			f.t.Fatalf("reserve %d: %v", i, err)
		}
		rbs[i] = rb
	}
	tids := make([]*big.Int, len(provs))
	for i, a := range provs {
		t, err := f.fillReserved(r, i, a, sets[i], rbs[i])
		if err != nil {
			f.t.Fatalf("fill %d: %v", i, err)
		}
		tids[i] = t
	}
	return tids
}

// proven reports whether set s has epoch e proven or recorded.
func (f *v2fx) proven(s, e uint64) bool {
	si := f.setInfo(s)
	h := uint64(si.Head)
	return e < h || (e == h && si.Pend&1 != 0) || (e == h+1 && si.Pend&2 != 0)
}
