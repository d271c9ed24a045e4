package contracts_test

import (
	"math/big"
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
)

// settle settles a slot from acc and returns the misses applied and whether
// the slot was freed.
func (f *fx) settle(acc *contracttest.Account, slot [32]byte) (misses int64, freed bool) {
	f.t.Helper()
	rc := f.MustSend(acc, f.MP.PackSettle(slot))
	for _, l := range rc.Logs {
		if ev, err := f.MP.UnpackSlotSettledEvent(l); err == nil {
			misses = ev.Misses.Int64()
		}
		if _, err := f.MP.UnpackSlotFreedEvent(l); err == nil {
			freed = true
		}
	}
	return misses, freed
}

// TestMissesSlashFreeRepair: a holder stops proving, is slashed per missed
// epoch through settle, freed at M misses, and a repairer takes the slot,
// earns the remaining pay and, at finish, its bonus.
func TestMissesSlashFreeRepair(t *testing.T) {
	f := newFx(t, contracttest.TestConfig())
	provs := f.Accounts[2:5]
	repairer, settler := f.Accounts[5], f.Accounts[9]
	r := f.request(f.client, func(p *contracts.IMarketplaceRequestParams) {
		p.EndEpoch = p.StartEpoch + 10
		p.RepairBonus, p.RepairReserve = tokens(2), tokens(3)
	})
	s, end := r.p.StartEpoch, r.p.EndEpoch
	price, coll := r.p.PricePerSlotEpoch, r.p.CollateralPerSlot
	slash := tokens(1) // 10% of 10
	fee := new(big.Int).Set(f.Config.SettleFee)
	f.fillAll(r, provs)

	proveEpoch := func(e uint64, who ...int) {
		f.toEpoch(e)
		for _, i := range who {
			f.submit(r, i, provs[i], e)
		}
	}
	proveEpoch(s, 0, 1, 2)
	proveEpoch(s+1, 0, 1)
	f.ExpectRevert(settler, f.MP.PackSettle(r.slots[2]), "NothingToSettle") // s+1 still open
	proveEpoch(s+2, 0, 1)
	f.afterWindow(s + 1)
	if m, freed := f.settle(settler, r.slots[2]); m != 1 || freed {
		t.Fatalf("settle: %d misses, freed %v; want 1, false", m, freed)
	}
	f.ExpectRevert(settler, f.MP.PackSettle(r.slots[2]), "NothingToSettle") // same epochs again
	wantEq(t, "collateral after 1 miss", f.SlotInfo(r.slots[2]).Collateral, sub(coll, slash))
	wantEq(t, "burned", f.Burned(), slash)
	wantEq(t, "settler fee", f.Balance(settler.Addr), fee)

	proveEpoch(s+3, 0, 1)
	proveEpoch(s+4, 0, 1)
	f.afterWindow(s + 3)
	if m, freed := f.settle(settler, r.slots[2]); m != 2 || !freed {
		t.Fatalf("settle: %d misses, freed %v; want 2, true", m, freed)
	}
	si := f.SlotInfo(r.slots[2])
	if si.State != 2 || si.Collateral.Sign() != 0 {
		t.Fatalf("freed slot: state %d collateral %s", si.State, si.Collateral)
	}
	wantEq(t, "burned after free", f.Burned(), coll) // 3 slashes + the rest
	wantEq(t, "settler fees", f.Balance(settler.Addr), mul(fee, 2))
	if st := f.RequestInfo(r.id).State; st != 2 {
		t.Fatalf("request state %d after losing 1 of m=1, want Active(2)", st)
	}
	f.ExpectRevert(provs[2], f.MP.PackReserveSlot(r.id, big.NewInt(2)), "AlreadyInRequest")
	f.ExpectRevert(provs[2], f.MP.PackSubmitProof(r.slots[2], s+4, f.epochProof(r, 2, s+4)), "SlotNotActive")

	f.fill(r, 2, repairer)
	fe := f.SlotInfo(r.slots[2]).FillEpoch
	wantEq(t, "pending bonus", f.SlotInfo(r.slots[2]).PendingBonus, tokens(2))
	wantEq(t, "reserve left", f.RequestInfo(r.id).ReserveLeft, tokens(1))
	f.ExpectRevert(repairer, f.MP.PackSubmitProof(r.slots[2], fe, f.epochProof(r, 2, fe)), "EpochNotPayable")
	for e := s + 5; e < end; e++ {
		who := []int{0, 1}
		if e > fe {
			who = append(who, 2)
		}
		f.toEpoch(e)
		for _, i := range who {
			a := provs[i]
			if i == 2 {
				a = repairer
			}
			f.submit(r, i, a, e)
		}
	}
	f.afterWindow(end - 1)
	f.MustSend(settler, f.MP.PackFinish(r.id))

	epochs := int64(end - s)
	repaired := int64(end - fe - 1)
	wantEq(t, "holder 0", f.Balance(provs[0].Addr), add(mul(price, epochs), coll))
	wantEq(t, "freed holder", f.Balance(provs[2].Addr), price)
	wantEq(t, "repairer", f.Balance(repairer.Addr), add(mul(price, repaired), coll, tokens(2)))
	paid := 2*epochs + 1 + repaired
	escrow := mul(price, 3*epochs)
	wantEq(t, "client refund", f.Balance(f.client.Addr), add(sub(sub(escrow, mul(price, paid)), mul(fee, 2)), tokens(1)))
	f.withdrawAll(append([]*contracttest.Account{f.client, repairer, settler}, provs...)...)
	wantEq(t, "market tokens", f.TokenBalance(f.Dep.Marketplace), new(big.Int))
	wantEq(t, "dead tokens", f.TokenBalance(burnAddr), f.Burned())
}

// TestProvingOneInMIsFreed: proving one epoch in M does not escape the rule.
func TestProvingOneInMIsFreed(t *testing.T) {
	f := newFx(t, contracttest.TestConfig())
	provs := f.Accounts[2:5]
	r := f.request(f.client, func(p *contracts.IMarketplaceRequestParams) { p.EndEpoch = p.StartEpoch + 8 })
	f.fillAll(r, provs)
	s := r.p.StartEpoch
	for e := s; e < s+7; e++ {
		f.toEpoch(e)
		if (e-s)%3 == 0 { // proves s, s+3, s+6: one epoch in M = 3
			f.submit(r, 2, provs[2], e)
		}
	}
	f.afterWindow(s + 5)
	if m, freed := f.settle(f.Accounts[9], r.slots[2]); m != 3 || !freed {
		t.Fatalf("settle: %d misses, freed %v; want 3, true", m, freed)
	}
}

// TestRequestFails: losing more than m slots fails the request; the client
// gets the unspent escrow, the remaining holder its collateral.
func TestRequestFails(t *testing.T) {
	f := newFx(t, contracttest.TestConfig())
	provs := f.Accounts[2:5]
	r := f.request(f.client, func(p *contracts.IMarketplaceRequestParams) { p.EndEpoch = p.StartEpoch + 8 })
	f.fillAll(r, provs)
	s := r.p.StartEpoch
	price, coll := r.p.PricePerSlotEpoch, r.p.CollateralPerSlot
	burned0 := f.Burned()
	f.toEpoch(s)
	for i, a := range provs {
		f.submit(r, i, a, s)
	}
	f.MustSend(provs[1], f.MP.PackExitSlot(r.slots[1])) // forfeits everything
	wantEq(t, "burned after exit", sub(f.Burned(), burned0), coll)
	if st := f.RequestInfo(r.id).State; st != 2 {
		t.Fatalf("state %d after one exit, want Active(2)", st)
	}
	for e := s + 1; e < s+4; e++ {
		f.toEpoch(e)
		f.submit(r, 0, provs[0], e)
	}
	f.afterWindow(s + 3)
	m, freed := f.settle(f.Accounts[9], r.slots[2])
	if m != 3 || !freed {
		t.Fatalf("settle: %d misses, freed %v", m, freed)
	}
	info := f.RequestInfo(r.id)
	if info.State != 3 {
		t.Fatalf("state %d, want Failed(3)", info.State)
	}
	fee := f.Config.SettleFee
	escrow := mul(price, 3*8)
	paid := int64(3 + 3) // epoch s by all, s+1..s+3 by holder 0
	wantEq(t, "client refund", f.Balance(f.client.Addr), sub(sub(escrow, mul(price, paid)), fee))
	wantEq(t, "holder 0", f.Balance(provs[0].Addr), add(mul(price, 4), coll))
	wantEq(t, "burned", sub(f.Burned(), burned0), mul(coll, 2))
	f.ExpectRevert(provs[0], f.MP.PackSubmitProof(r.slots[0], s+4, nil), "SlotNotActive")
	f.ExpectRevert(f.Accounts[9], f.MP.PackFinish(r.id), "RequestNotLive")
	f.withdrawAll(append([]*contracttest.Account{f.client, f.Accounts[9]}, provs...)...)
	wantEq(t, "market tokens", f.TokenBalance(f.Dep.Marketplace), new(big.Int))
	wantEq(t, "dead tokens", f.TokenBalance(burnAddr), f.Burned())
}
