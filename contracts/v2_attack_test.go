package contracts_test

import (
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
)

// TestV2LateRemovalBurns (A8): a holder that keeps an ended member in its
// set past b + REMOVE_SLACK (= W) to dilute it loses the collateral; one
// removed in time gets it back.
func TestV2LateRemovalBurns(t *testing.T) {
	cfg := contracttest.TestConfig()
	w := newWorld(t, nil)
	end := w.r.p.EndEpoch
	w.run(end)
	// Holder 0 removes at once; holders 1 and 2 keep proving their members
	// for W more epochs.
	w.MustSend(w.provs[0], w.MP.PackRemoveMembers(w.sets[0], []uint32{uint32(w.tids[0].Uint64())}))
	for e := w.CurrentEpoch(); e <= end+uint64(cfg.MissWindow); e++ {
		w.proveEpoch(e, w.sets, w.provs)
	}
	for i := 1; i < 3; i++ {
		w.MustSend(w.provs[i], w.MP.PackRemoveMembers(w.sets[i], []uint32{uint32(w.tids[i].Uint64())}))
	}
	w.ToEpoch(w.CurrentEpoch()+1, cfg.GraceBlocks+1)
	w.MustSend(w.Accounts[6], w.MP.PackFinish(w.r.id))
	burned0 := w.Burned()
	rc := w.MustSend(w.Accounts[6], w.MP.PackSettle(w.tids))
	late := 0
	for _, l := range rc.Logs {
		if ev, err := w.MP.UnpackTenureClosedEvent(l); err == nil && ev.Late {
			late++
		}
	}
	if late != 2 {
		t.Fatalf("%d late closes, want 2", late)
	}
	wantEq(t, "burned", sub(w.Burned(), burned0), tokens(20))
	paid := int64(end - w.r.p.StartEpoch)
	wantEq(t, "prompt holder", w.Balance(w.provs[0].Addr), add(mul(tokens(1), paid), tokens(10)))
	wantEq(t, "late holder", w.Balance(w.provs[1].Addr), mul(tokens(1), paid))
	w.checkFunds("late removal")
}

// TestV2LongIdleSet (A18): an empty set idle for more than MAX_ADVANCE
// epochs is recorded in one O(1) skip: the next fill into it succeeds.
func TestV2LongIdleSet(t *testing.T) {
	f := newV2(t, contracttest.TestConfig())
	owner := f.Accounts[2]
	set := f.createSet(owner)
	f.Mine(300 * f.Config.EpochBlocks)
	r := f.request(f.client, func(p *contracts.IMarketplaceV2RequestParams) { p.K, p.M = 1, 1 })
	rb, err := f.reserve(r, 0, owner)
	if err != nil {
		t.Fatal(err)
	}
	tid, err := f.fillReserved(r, 0, owner, set, rb)
	if err != nil {
		t.Fatalf("fill after a 300-epoch idle gap: %v", err)
	}
	si := f.setInfo(set)
	if uint64(si.Head)+2 < f.CurrentEpoch() || si.CumMissed != 0 {
		t.Fatalf("head %d (epoch %d), missed %d", si.Head, f.CurrentEpoch(), si.CumMissed)
	}
	if ti := f.tenure(tid); ti.Out != 0 {
		t.Fatalf("member out %d", ti.Out)
	}
	f.checkFunds("idle")
}
