package contracts_test

import (
	"math/big"
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
)

// TestV2SetFailureRepair: the provider of slot 0 stops proving; M misses in W
// fail its set with one settleSet, the slot becomes a Repair at once, a
// repairer fills it (the old tenure is cut at the set's stop and Forfeit),
// and settling the old tenure pays its proven epochs, slashes its misses and
// burns the rest of its collateral.
func TestV2SetFailureRepair(t *testing.T) {
	cfg := contracttest.TestConfig()
	f := newV2(t, cfg)
	provs := f.Accounts[2:5]
	sets := make([]uint64, 3)
	for i, a := range provs {
		sets[i] = f.createSet(a)
	}
	repairer := f.Accounts[5]
	rset := f.createSet(repairer)
	r := f.request(f.client, func(p *contracts.IMarketplaceV2RequestParams) {
		p.EndEpoch = p.StartEpoch + 20
		p.RepairBonus = tokens(2)
		p.RepairReserve = tokens(4)
	})
	tids := f.fillAll(r, provs, sets)
	start := r.p.StartEpoch
	// Two proven epochs, then slot 0's set goes silent.
	e := f.CurrentEpoch()
	for ; e < start+2; e++ {
		f.proveEpoch(e, sets, provs)
	}
	proven0 := f.setInfo(sets[0]).CumProven
	for ; e < start+2+uint64(cfg.MissThreshold); e++ {
		f.proveEpoch(e, sets, provs, sets[0])
		f.checkFunds("silent epoch")
	}
	f.ToEpoch(e, cfg.GraceBlocks+1)
	if k := f.slotInfo(r, 0).Kind; k != 0 {
		t.Fatalf("slot 0 kind %d before settleSet, want Closed (held)", k)
	}
	f.MustSend(f.Accounts[6], f.MP.PackSettleSet(sets[0]))
	si := f.setInfo(sets[0])
	if si.State != 1 || si.CumProven != proven0 || si.CumMissed != uint32(cfg.MissThreshold) {
		t.Fatalf("set 0: state %d proven %d missed %d", si.State, si.CumProven, si.CumMissed)
	}
	wantStop := uint32(start + 2 + uint64(cfg.MissThreshold))
	if si.Stop != wantStop {
		t.Fatalf("set 0 stop %d, want %d", si.Stop, wantStop)
	}
	if k := f.slotInfo(r, 0).Kind; k != 3 {
		t.Fatalf("slot 0 kind %d after failure, want Repair", k)
	}
	f.ExpectRevert(provs[0], mustProof(f, provs[0], sets[0], e), "SetNotActive")
	f.checkFunds("failed")
	newTid := f.fill(r, 0, repairer, rset)
	f.checkFunds("repaired")
	old := f.tenure(tids[0])
	if old.Flags&4 == 0 || old.End != wantStop {
		t.Fatalf("old tenure flags %d end %d, want Forfeit and end %d", old.Flags, old.End, wantStop)
	}
	nt := f.tenure(newTid)
	if nt.Bonus.Cmp(tokens(2)) != 0 || nt.Flags&16 == 0 {
		t.Fatalf("repair bonus %s flags %d", nt.Bonus, nt.Flags)
	}
	burned0 := f.Burned()
	bal0 := f.Balance(provs[0].Addr)
	f.MustSend(f.Accounts[6], f.MP.PackSettle([]*big.Int{tids[0]}))
	f.checkFunds("old settled")
	// Paid 2 proven epochs; 3 misses slashed 1 token each; the remaining 7 burn.
	wantEq(t, "failed provider pay", sub(f.Balance(provs[0].Addr), bal0), tokens(2))
	wantEq(t, "burned", sub(f.Burned(), burned0), tokens(10))
	if ti := f.tenure(tids[0]); ti.Flags&8 == 0 {
		t.Fatalf("old tenure not final: flags %d", ti.Flags)
	}
}

func mustProof(f *v2fx, a *contracttest.Account, set, e uint64) []byte {
	f.t.Helper()
	return f.MP.PackProveSet(set, uint32(e), []byte{})
}
