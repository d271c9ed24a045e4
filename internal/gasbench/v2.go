package main

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/proofs"
)

// v2bench measures protocol v2 (proof sets) on the same anvil, with the
// devnet parameters of PROTOCOL-V2.md §1.
type v2bench struct {
	*bench
	dep    contracts.Deployment
	cfg    contracts.IMarketplaceV2Config
	mp     *contracts.MarketplaceV2
	market *bind.BoundContract
	lensA  *contracts.MarketplaceV2Lens
	lens   *bind.BoundContract
	shards map[[32]byte]*prover
	// tick, when set, runs after every recorded transaction (the honest
	// provers' loop while the bench sets up); inTick stops it recursing.
	tick   func() error
	inTick bool
}

// barsV2 are the named v2 figures of issue 10 with their bars.
var barsV2 = []bar{
	{"proveSet_1x64MiB", 400_000, "v2: one set proof, 1 member of 64 MiB, K=10, mean over the epochs (seed poked)"},
	{"proveSet_1x4GiB", 400_000, "v2: one set proof, 1 member of 4 GiB"},
	{"proveSet_10k_x64MiB", 400_000, "v2: 10^4 members of 64 MiB (synthetic view: only the drawn positions and roots are written)"},
	{"proveSet_10k_x4GiB", 400_000, "v2: 10^4 members of 4 GiB (synthetic view)"},
	{"proveSet_1M_x4GiB", 400_000, "v2: 10^6 members of 4 GiB (synthetic view)"},
	{"fillSlot_64MiB_v2", 0, "v2: KF=16 fill of a 64 MiB shard into a set that holds a member of its class"},
	{"fillSlot_4GiB_v2", 650_000, "v2: KF=16 fill of a 4 GiB shard into a set that holds a member of its class"},
	{"fillSlot_4GiB_firstInSet", 0, "v2: the same fill as a set's first member (also writes the class count and the set mask)"},
	{"fillSlot_64MiB_firstInSet", 0, "v2: 64 MiB fill as a set's first member"},
	{"settle_100_tenures", 2_800_000, "v2: one settle of 100 tenures of 100 requests in one set, mid-term (whole transaction)"},
	{"settleSet_fail", 150_000, "v2: settleSet recording 4 misses that fail the set"},
	{"extendRequest", 100_000, "v2: extend a 1+1 request by 10 epochs"},
	{"terminateRequest", 0, "v2: terminate a 1+1 request"},
	{"requestStorage_6slots_v2", 450_000, "v2: 4+2 request, 512-byte manifest, repair reserve, client's first v2 request"},
	{"createSet", 0, "v2: open a proof set"},
	{"reserveSlot_v2", 0, "v2: reservation with deposit pull"},
	{"removeMembers_1", 0, "v2: remove one ended member"},
	{"proveSet_1x64MiB_first", 0, "v2: the proof stores the epoch's seed"},
}

func (b *bench) setupV2() (*v2bench, error) {
	v := &v2bench{bench: b, mp: contracts.NewMarketplaceV2(), lensA: contracts.NewMarketplaceV2Lens(), shards: map[[32]byte]*prover{}}
	v.cfg = contracts.DevnetConfig()
	v.cfg.Token = b.token
	var err error
	if v.dep, err = contracts.DeployV2(b.ctx, b.ec, b.accs[0], v.cfg); err != nil {
		return nil, err
	}
	v.market = v.mp.Instance(b.ec, v.dep.Marketplace)
	v.lens = v.lensA.Instance(b.ec, v.dep.Lens)
	tok := contracts.NewCairnToken()
	token := tok.Instance(b.ec, b.token)
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, a := range b.accs {
		if _, err := b.sendTo(token, a, tok.PackApprove(v.dep.Marketplace, maxUint)); err != nil {
			return nil, err
		}
	}
	return v, nil
}

func (v *v2bench) send(a *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	opts := *a
	opts.Context = v.ctx
	tx, err := bind.Transact(v.market, &opts, data)
	if err != nil {
		if d, ok := ethclient.RevertErrorData(err); ok {
			name, _ := contracts.ErrorNameV2(d)
			return nil, fmt.Errorf("reverted %s: %w", name, err)
		}
		return nil, err
	}
	for {
		rcpt, err := v.ec.TransactionReceipt(v.ctx, tx.Hash())
		if err == nil {
			if rcpt.Status != types.ReceiptStatusSuccessful {
				return nil, fmt.Errorf("transaction %s failed", tx.Hash())
			}
			return rcpt, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		select {
		case <-v.ctx.Done():
			return nil, v.ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func (v *v2bench) record(name string, a *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	rc, err := v.send(a, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	v.gas[name] = append(v.gas[name], rc.GasUsed)
	if v.tick != nil && !v.inTick {
		v.inTick = true
		err := v.tick()
		v.inTick = false
		if err != nil {
			return nil, err
		}
	}
	return rc, nil
}

func lensCall[T any](v *v2bench, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return bind.Call(v.lens, &bind.CallOpts{Context: v.ctx}, data, unpack)
}

func (v *v2bench) epochStart(e uint64) uint64 { return v.dep.Block + e*v.cfg.EpochBlocks }

func (v *v2bench) currentEpoch() (uint64, error) {
	h, err := v.head()
	return (h + 1 - v.dep.Block) / v.cfg.EpochBlocks, err
}

func (v *v2bench) createSet(a *bind.TransactOpts) (uint64, error) {
	rc, err := v.record("createSet", a, v.mp.PackCreateSet())
	if err != nil {
		return 0, err
	}
	for _, l := range rc.Logs {
		if ev, err := v.mp.UnpackSetCreatedEvent(l); err == nil {
			return ev.SetId, nil
		}
	}
	return 0, errors.New("no SetCreated")
}

func (v *v2bench) params(k, m uint8, size uint64, roots [][32]byte, start, end uint64) contracts.IMarketplaceV2RequestParams {
	return contracts.IMarketplaceV2RequestParams{
		K: k, M: m, ShardSize: size, StartEpoch: start, EndEpoch: end,
		PricePerSlotEpoch: new(big.Int).Div(contracts.Tokens(1), big.NewInt(1000)),
		CollateralPerSlot: contracts.Tokens(10),
		Expiry:            v.epochStart(start),
		AuthKey:           common.HexToAddress("0x5eed00000000000000000000000000000000a07e"),
		RepairBonus:       new(big.Int).Div(contracts.Tokens(1), big.NewInt(4)),
		RepairReserve:     contracts.Tokens(1),
		ShardRoots:        roots,
		Manifest:          manifest(),
	}
}

func (v *v2bench) request(name string, client *bind.TransactOpts, p contracts.IMarketplaceV2RequestParams) ([32]byte, error) {
	rc, err := v.record(name, client, v.mp.PackRequestStorage(p))
	if err != nil {
		return [32]byte{}, err
	}
	for _, l := range rc.Logs {
		if ev, err := v.mp.UnpackStorageRequestedEvent(l); err == nil {
			return ev.RequestId, nil
		}
	}
	return [32]byte{}, errors.New("no StorageRequested event")
}

// fill reserves slot 0 of each request for owner, then fills each into set
// with KF fill challenges, recording the fills under name. It returns the
// tenure ids.
func (v *v2bench) fill(name string, owner *bind.TransactOpts, p *prover, set uint64, reqs [][32]byte, tick func() error) ([]*big.Int, error) {
	var rbs []uint64
	for _, r := range reqs {
		rc, err := v.record("reserveSlot_v2", owner, v.mp.PackReserveSlot(r, new(big.Int)))
		if err != nil {
			return nil, err
		}
		rbs = append(rbs, rc.BlockNumber.Uint64())
	}
	var tids []*big.Int
	for i, r := range reqs {
		if err := v.nextTxAt(rbs[i] + v.cfg.FillDelayBlocks + 1); err != nil {
			return nil, err
		}
		h, err := v.blockHash(rbs[i] + v.cfg.FillDelayBlocks)
		if err != nil {
			return nil, err
		}
		idx := proofs.FillChallenges(h, proofs.SlotID(r, 0), owner.From, p.size/proofs.LeafSize, int(v.cfg.FillChallenges))
		pr, err := v.checkedProof(p, idx)
		if err != nil {
			return nil, err
		}
		if len(v.gas[name]) == 0 {
			v.traceV2(name, owner.From, v.mp.PackFillSlot(r, new(big.Int), set, pr))
		}
		rc, err := v.record(name, owner, v.mp.PackFillSlot(r, new(big.Int), set, pr))
		if err != nil {
			return nil, err
		}
		for _, l := range rc.Logs {
			if ev, err := v.mp.UnpackSlotFilledEvent(l); err == nil {
				tids = append(tids, ev.TenureId)
			}
		}
		if tick != nil {
			if err := tick(); err != nil {
				return nil, err
			}
		}
	}
	return tids, nil
}

// proveSet proves set for epoch e from challengesFor, recording under name
// (if not empty).
func (v *v2bench) proveSet(name string, owner *bind.TransactOpts, set, e uint64) error {
	groups, err := lensCall(v, v.lensA.PackChallengesFor(set, new(big.Int).SetUint64(e)), v.lensA.UnpackChallengesFor)
	if err != nil {
		return fmt.Errorf("challengesFor: %w", err)
	}
	var proof []byte
	for _, g := range groups {
		p := v.shards[g.Root]
		if p == nil {
			return fmt.Errorf("no shard for root %x", g.Root)
		}
		pr, err := v.checkedProof(p, g.Leaves)
		if err != nil {
			return err
		}
		proof = append(proof, pr...)
	}
	data := v.mp.PackProveSet(set, uint32(e), proof)
	if name != "" && len(v.gas[name]) == 1 {
		v.traceV2(name, owner.From, data)
	}
	if name == "" || v.inTick {
		_, err = v.send(owner, data)
		return err
	}
	_, err = v.record(name, owner, data)
	return err
}

// provenOrEmpty reports whether set has nothing to prove at e.
func (v *v2bench) provenOrEmpty(set, e uint64) (bool, error) {
	sv, err := lensCall(v, v.lensA.PackSetView(set, new(big.Int).SetUint64(e)), v.lensA.UnpackSetView)
	if err != nil {
		return false, err
	}
	if sv.Mask == 0 {
		return true, nil
	}
	si, err := lensCall(v, v.lensA.PackSetInfo(set), v.lensA.UnpackSetInfo)
	if err != nil {
		return false, err
	}
	h := uint64(si.Head)
	return e < h || (e == h && si.Pend&1 != 0) || (e == h+1 && si.Pend&2 != 0), nil
}

// keep proves every listed set once per epoch (the honest provers' loop).
func (v *v2bench) keep(sets []uint64, owners []*bind.TransactOpts) error {
	e, err := v.currentEpoch()
	if err != nil {
		return err
	}
	if h, _ := v.head(); h+1 < v.epochStart(e)+1 {
		if err := v.nextTxAt(v.epochStart(e) + 1); err != nil {
			return err
		}
	}
	for i, s := range sets {
		done, err := v.provenOrEmpty(s, e)
		if err != nil {
			return err
		}
		if !done {
			if err := v.proveSet("", owners[i], s, e); err != nil {
				return fmt.Errorf("keep set %d epoch %d: %w", s, e, err)
			}
		}
	}
	return nil
}

func word(x uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(x).Bytes(), 32) }

func mapSlot(key []byte, base common.Hash) common.Hash {
	return crypto.Keccak256Hash(common.LeftPadBytes(key, 32), base[:])
}

// versioned is a versioned word whose newest value val is visible at every epoch.
func versioned(val uint64) common.Hash {
	return common.BigToHash(new(big.Int).Lsh(new(big.Int).SetUint64(val), 128))
}

// synthSet makes set `set` (created, empty) hold n members of one class c
// sharing root, by writing its count and mask and, for epoch e's draws, the
// drawn positions and their tenures' roots (anvil_setStorageAt), as the
// spec's prototype did; nothing else of the set is read by a proof.
func (v *v2bench) synthSet(set uint64, n uint64, c int, root [32]byte, e uint64) error {
	addr := v.dep.Marketplace
	setBase := mapSlot(word(set), common.BigToHash(big.NewInt(12)))
	maskSlot := common.BigToHash(new(big.Int).Add(setBase.Big(), big.NewInt(3)))
	countBase := mapSlot(word(set), common.BigToHash(big.NewInt(13)))
	posBase := mapSlot(word(set), common.BigToHash(big.NewInt(14)))
	tenBase := mapSlot(word(set), common.BigToHash(big.NewInt(16)))
	if err := v.setStorage(addr, maskSlot, versioned(1<<c)); err != nil {
		return err
	}
	if err := v.setStorage(addr, mapSlot(word(uint64(c)), countBase), versioned(n)); err != nil {
		return err
	}
	seed, err := lensCall(v, v.lensA.PackEpochSeed(new(big.Int).SetUint64(e)), v.lensA.UnpackEpochSeed)
	if err != nil {
		return err
	}
	view := &proofs.SetView{}
	members := make([]proofs.Member, n)
	for p := range members {
		members[p] = proofs.Member{Mid: uint32(p + 1), Root: root}
	}
	view.Classes[c] = members
	k := int(v.cfg.Challenges)
	acc, err := proofs.SetChallenges(seed, set, view, k, proofs.MaxDraws(k))
	if err != nil {
		return err
	}
	for _, ch := range acc {
		p := uint64(ch.Mid - 1)
		if err := v.setStorage(addr, mapSlot(word(uint64(c)<<32|p), posBase), versioned(uint64(ch.Mid))); err != nil {
			return err
		}
		if err := v.setStorage(addr, mapSlot(word(uint64(ch.Mid)), tenBase), root); err != nil {
			return err
		}
	}
	return nil
}

func (v *v2bench) setStorage(addr common.Address, slot, val common.Hash) error {
	return v.rc.CallContext(v.ctx, nil, "anvil_setStorageAt", addr, slot, val)
}
