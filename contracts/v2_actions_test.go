package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
)

// v2world: three providers with one set each and a filled 2+1 request.
type v2world struct {
	*v2fx
	provs []*contracttest.Account
	sets  []uint64
	r     *v2req
	tids  []*big.Int
}

func newWorld(t *testing.T, mod func(*contracts.IMarketplaceV2RequestParams)) *v2world {
	f := newV2(t, contracttest.TestConfig())
	w := &v2world{v2fx: f, provs: f.Accounts[2:5]}
	for _, a := range w.provs {
		w.sets = append(w.sets, f.createSet(a))
	}
	w.r = f.request(f.client, mod)
	w.tids = f.fillAll(w.r, w.provs, w.sets)
	return w
}

// run proves every set for epochs [CurrentEpoch(), to).
func (w *v2world) run(to uint64, skip ...uint64) {
	w.t.Helper()
	for e := w.CurrentEpoch(); e < to; e++ {
		w.proveEpoch(e, w.sets, w.provs, skip...)
		w.checkFunds("epoch")
	}
}

// TestV2DeclareFault: a holder declares its shard lost; the slot is a Repair
// at once, the tenure is paid what was recorded, its collateral burns and
// the member leaves the view from the next epoch.
func TestV2DeclareFault(t *testing.T) {
	w := newWorld(t, nil)
	w.run(w.r.p.StartEpoch + 2)
	burned0 := w.Burned()
	x := w.CurrentEpoch()
	mid := uint32(w.tids[0].Uint64())
	w.MustSend(w.provs[0], w.MP.PackDeclareFaults(w.sets[0], []uint32{mid}))
	w.checkFunds("declared")
	ti := w.tenure(w.tids[0])
	if ti.Flags&(4|8) != 4|8 || ti.Out != uint32(x+1) {
		t.Fatalf("declared tenure: flags %d out %d (x+1 = %d)", ti.Flags, ti.Out, x+1)
	}
	wantEq(t, "burned", sub(w.Burned(), burned0), sub(tokens(10), ti.Collateral))
	if si := w.slotInfo(w.r, 0); si.Kind != 3 || si.Tenure.Sign() != 0 || !si.Faulted {
		t.Fatalf("slot after fault: kind %d tenure %s faulted %v", si.Kind, si.Tenure, si.Faulted)
	}
	w.ExpectRevert(w.provs[0], w.MP.PackDeclareFaults(w.sets[0], []uint32{mid}), "NotCurrentTenure")
	// Epoch x still holds the member; x+1 does not.
	v := contracttest.LensCall(w.Env, w.lens().PackSetView(w.sets[0], new(big.Int).SetUint64(x+1)), w.lens().UnpackSetView)
	if v.Mask != 0 {
		t.Fatalf("view at x+1 still has mask %b", v.Mask)
	}
	w.run(x + 1)
	w.checkFunds("after")
}

// TestV2ExtendAcceptDecline: the client extends; holder 0 accepts, holder 1
// declines, and a newcomer takes slot 1 over as a Renewal without a bonus,
// cutting the decliner at x+1.
func TestV2ExtendAcceptDecline(t *testing.T) {
	w := newWorld(t, func(p *contracts.IMarketplaceV2RequestParams) {
		p.EndEpoch = p.StartEpoch + 12
		p.RepairBonus, p.RepairReserve = tokens(1), tokens(3)
	})
	newEnd := uint32(w.r.p.EndEpoch + 10)
	w.ExpectRevert(w.provs[0], w.MP.PackExtendRequest(w.r.id, newEnd, new(big.Int)), "NotClient")
	rc := w.MustSend(w.client, w.MP.PackExtendRequest(w.r.id, newEnd, new(big.Int)))
	t.Logf("extendRequest gas %d", rc.GasUsed)
	w.checkFunds("extended")
	w.MustSend(w.provs[0], w.MP.PackAcceptExtension([]*big.Int{w.tids[0]}))
	w.MustSend(w.provs[1], w.MP.PackDeclineExtension([]*big.Int{w.tids[1]}))
	w.checkFunds("decided")
	if ti := w.tenure(w.tids[0]); ti.End != newEnd {
		t.Fatalf("accepted end %d, want %d", ti.End, newEnd)
	}
	if k := w.slotInfo(w.r, 1).Kind; k != 4 {
		t.Fatalf("declined slot kind %d, want Renewal", k)
	}
	w.run(w.r.p.StartEpoch + 1)
	taker := w.Accounts[5]
	tset := w.createSet(taker)
	x := w.CurrentEpoch()
	nt := w.fill(w.r, 1, taker, tset)
	w.checkFunds("renewed")
	old := w.tenure(w.tids[1])
	if old.End < uint32(x+1) || old.End > uint32(x+2) || old.Flags&4 != 0 {
		t.Fatalf("decliner end %d flags %d (x = %d)", old.End, old.Flags, x)
	}
	if nti := w.tenure(nt); nti.Bonus.Sign() != 0 {
		t.Fatalf("renewal carries bonus %s", nti.Bonus)
	}
}

// TestV2Terminate: the client ends the request mid-term; holders are paid
// for proven epochs through x+1, remove their members and get their
// collateral back; the client gets everything else.
func TestV2Terminate(t *testing.T) {
	w := newWorld(t, nil)
	w.run(w.r.p.StartEpoch + 2)
	x := w.CurrentEpoch()
	w.ExpectRevert(w.provs[0], w.MP.PackTerminateRequest(w.r.id), "NotClient")
	rc := w.MustSend(w.client, w.MP.PackTerminateRequest(w.r.id))
	t.Logf("terminateRequest gas %d", rc.GasUsed)
	w.checkFunds("terminated")
	ri := w.reqInfo(w.r)
	if ri.State != 4 || ri.Stop != uint32(x+2) {
		t.Fatalf("state %d stop %d, want Terminated, %d", ri.State, ri.Stop, x+2)
	}
	w.run(x + 2)
	for i, a := range w.provs {
		w.MustSend(a, w.MP.PackRemoveMembers(w.sets[i], []uint32{uint32(w.tids[i].Uint64())}))
	}
	w.ToEpoch(x+2, w.Config.GraceBlocks+1)
	w.MustSend(w.Accounts[6], w.MP.PackSettle(w.tids))
	w.checkFunds("settled")
	paid := int64(x + 2 - w.r.p.StartEpoch)
	for _, a := range w.provs {
		wantEq(t, "holder", w.Balance(a.Addr), add(mul(tokens(1), paid), tokens(10)))
	}
	total := int64(3 * (w.r.p.EndEpoch - w.r.p.StartEpoch))
	wantEq(t, "client refund", w.Balance(w.client.Addr), mul(tokens(1), total-3*paid))
	w.ExpectRevert(w.client, w.MP.PackExtendRequest(w.r.id, uint32(w.r.p.EndEpoch+5), new(big.Int)), "RequestNotLive")
}

// TestV2Audit: an answered audit pays the holder the fee; an unanswered one
// lapses: the tenure is Forfeit, cut at the audit epoch, and the slot is a
// Repair.
func TestV2Audit(t *testing.T) {
	w := newWorld(t, func(p *contracts.IMarketplaceV2RequestParams) { p.EndEpoch = p.StartEpoch + 12 })
	w.run(w.r.p.StartEpoch)
	w.ExpectRevert(w.provs[0], w.MP.PackAuditSlot(w.r.id, big.NewInt(0)), "NotClient")
	x := w.CurrentEpoch()
	w.MustSend(w.client, w.MP.PackAuditSlot(w.r.id, big.NewInt(0)))
	w.ExpectRevert(w.client, w.MP.PackAuditSlot(w.r.id, big.NewInt(0)), "AuditOpen")
	w.checkFunds("audit open")
	w.run(x + 1)
	w.proveEpoch(x+1, w.sets, w.provs)
	idx := contracttest.LensCall(w.Env, w.lens().PackAuditChallenges(w.tids[0]), w.lens().UnpackAuditChallenges)
	u := make([]uint64, len(idx))
	for i := range idx {
		u[i] = idx[i].Uint64()
	}
	bal := w.Balance(w.provs[0].Addr)
	rc := w.MustSend(w.provs[0], w.MP.PackAnswerAudit(w.tids[0], w.prove(w.r.roots[0], u)))
	t.Logf("answerAudit gas %d", rc.GasUsed)
	wantEq(t, "audit fee", sub(w.Balance(w.provs[0].Addr), bal), w.auditFee())
	w.checkFunds("answered")

	x = w.CurrentEpoch()
	w.MustSend(w.client, w.MP.PackAuditSlot(w.r.id, big.NewInt(1)))
	w.run(x + 3)
	w.ExpectRevert(w.Accounts[6], w.MP.PackResolveAudit(w.tids[1]), "AuditNotResolvable")
	w.ToEpoch(x+3, w.Config.GraceBlocks+1)
	w.MustSend(w.Accounts[6], w.MP.PackResolveAudit(w.tids[1]))
	w.checkFunds("lapsed")
	ti := w.tenure(w.tids[1])
	if ti.Flags&4 == 0 || ti.End != uint32(x+1) {
		t.Fatalf("lapsed tenure flags %d end %d, want Forfeit, %d", ti.Flags, ti.End, x+1)
	}
	if k := w.slotInfo(w.r, 1).Kind; k != 3 {
		t.Fatalf("lapsed slot kind %d, want Repair", k)
	}
	w.MustSend(w.Accounts[6], w.MP.PackSettle([]*big.Int{w.tids[1]}))
	w.checkFunds("lapse settled")
}

// ticket signs a ReserveTicket with the request's authKey (account 9).
func (f *v2fx) ticket(r *v2req, index int, provider common.Address, deadline uint64) []byte {
	f.t.Helper()
	b32, _ := abi.NewType("bytes32", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	addr, _ := abi.NewType("address", "", nil)
	args := abi.Arguments{{Type: b32}, {Type: b32}, {Type: b32}, {Type: u256}, {Type: addr}}
	dom, err := args.Pack(
		crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256Hash([]byte("cairn")), crypto.Keccak256Hash([]byte("1")), f.ChainID, f.Dep.Marketplace)
	if err != nil {
		f.t.Fatal(err)
	}
	args2 := abi.Arguments{{Type: b32}, {Type: b32}, {Type: u256}, {Type: addr}, {Type: u256}}
	st, err := args2.Pack(crypto.Keccak256Hash([]byte("ReserveTicket(bytes32 requestId,uint256 index,address provider,uint64 deadline)")),
		r.id, big.NewInt(int64(index)), provider, new(big.Int).SetUint64(deadline))
	if err != nil {
		f.t.Fatal(err)
	}
	digest := crypto.Keccak256([]byte("\x19\x01"), crypto.Keccak256(dom), crypto.Keccak256(st))
	sig, err := crypto.Sign(digest, f.Accounts[9].Key)
	if err != nil {
		f.t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

// TestV2TicketEvictsSquatter: two squatters fill the slot's reservations;
// the client's ticket evicts the newest (refunded) and its holder fills; a
// second ticket on the slot is refused, and a forged one is rejected.
func TestV2TicketEvictsSquatter(t *testing.T) {
	f := newV2(t, contracttest.TestConfig())
	r := f.request(f.client, nil)
	sq1, sq2, good := f.Accounts[2], f.Accounts[3], f.Accounts[4]
	if _, err := f.reserve(r, 0, sq1); err != nil {
		t.Fatal(err)
	}
	if _, err := f.reserve(r, 0, sq2); err != nil {
		t.Fatal(err)
	}
	f.ExpectRevert(f.Accounts[5], f.MP.PackReserveSlot(r.id, big.NewInt(0)), "TooManyReservations")
	deadline := uint64(1 << 40)
	f.ExpectRevert(good, f.MP.PackReserveSlotWithTicket(r.id, big.NewInt(0), deadline, f.ticket(r, 0, f.Accounts[5].Addr, deadline)), "BadTicket")
	rc := f.MustSend(good, f.MP.PackReserveSlotWithTicket(r.id, big.NewInt(0), deadline, f.ticket(r, 0, good.Addr, deadline)))
	t.Logf("reserveSlotWithTicket gas %d", rc.GasUsed)
	evicted := false
	for _, l := range rc.Logs {
		if ev, err := f.MP.UnpackReservationEvictedEvent(l); err == nil && ev.Reserver == sq2.Addr {
			evicted = true
		}
	}
	if !evicted {
		t.Fatal("newest squatter not evicted")
	}
	wantEq(t, "evicted refund", f.Balance(sq2.Addr), f.deposit(tokens(10), 0))
	f.checkFunds("ticketed")
	f.ExpectRevert(f.Accounts[6], f.MP.PackReserveSlotWithTicket(r.id, big.NewInt(0), deadline, f.ticket(r, 0, f.Accounts[6].Addr, deadline)), "TicketInUse")
	set := f.createSet(good)
	if _, err := f.fillReserved(r, 0, good, set, rc.BlockNumber.Uint64()); err != nil {
		t.Fatal(err)
	}
	f.checkFunds("filled")
	wantEq(t, "squatter 1 refund", f.Balance(sq1.Addr), f.deposit(tokens(10), 0))
}

// TestV2LostLeaf: one leaf of one member is lost; over many epochs the set's
// proof fails exactly in the epochs whose challenges hit that leaf. The lost
// leaf is the first one the chain challenges (which leaf is lost does not
// matter to the contract), so the test always sees a hit: with 10 challenges
// over 64 leaves a fixed leaf goes unchallenged for 28 epochs about 1 run in
// 80, which CI once drew.
func TestV2LostLeaf(t *testing.T) {
	w := newWorld(t, func(p *contracts.IMarketplaceV2RequestParams) { p.EndEpoch = p.StartEpoch + 40 })
	lost, chosen := uint64(0), false
	hits, fails, passes := 0, 0, 0
	for e := w.CurrentEpoch(); e < w.r.p.StartEpoch+30; e++ {
		w.ToEpoch(e, 1)
		_, groups := w.setProof(w.sets[0], e)
		if len(groups) == 0 {
			continue
		}
		hit := false
		for _, g := range groups {
			if g.Root != w.r.roots[0] {
				continue
			}
			if !chosen && len(g.Leaves) > 0 {
				lost, chosen = g.Leaves[0], true
				w.broken[w.r.roots[0]] = lost
			}
			for _, l := range g.Leaves {
				hit = hit || (chosen && l == lost)
			}
		}
		_, err := w.proveSet(w.provs[0], w.sets[0], e)
		if contracttest.ErrorName(err) == "SetWouldFail" {
			break // enough hits in the window failed the set
		}
		if hit {
			hits++
			if contracttest.ErrorName(err) != "InvalidProof" {
				t.Fatalf("epoch %d: lost leaf %d challenged, proveSet: %v", e, lost, err)
			}
			fails++
			continue
		}
		if err != nil {
			t.Fatalf("epoch %d: leaf %d not hit, proveSet: %v", e, lost, err)
		}
		passes++
	}
	if hits == 0 {
		t.Fatal("the lost leaf was never challenged")
	}
	if passes == 0 {
		t.Fatal("no epoch without the lost leaf proved")
	}
	t.Logf("leaf %d lost: %d hits, %d failed proofs, %d proofs passed", lost, hits, fails, passes)
}
