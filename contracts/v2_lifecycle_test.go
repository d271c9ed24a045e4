package contracts_test

import (
	"math/big"
	"testing"

	"github.com/cairn-storage/cairn/contracts/contracttest"
)

// TestV2Lifecycle: three providers fill a 2+1 request into their own sets,
// prove every epoch of the term with one proveSet each, remove their members
// at the end and settle; each earns price·epochs and gets its collateral back,
// and the funds invariant holds after every step.
func TestV2Lifecycle(t *testing.T) {
	f := newV2(t, contracttest.TestConfig())
	provs := f.Accounts[2:5]
	sets := make([]uint64, len(provs))
	for i, a := range provs {
		sets[i] = f.createSet(a)
	}
	r := f.request(f.client, nil)
	f.checkFunds("requested")
	tids := f.fillAll(r, provs, sets)
	f.checkFunds("filled")
	if ri := f.reqInfo(r); ri.State != 2 || ri.InitialFills != 3 || ri.Covered != 18 {
		t.Fatalf("after fills: state %d fills %d covered %d", ri.State, ri.InitialFills, ri.Covered)
	}
	start, end := r.p.StartEpoch, r.p.EndEpoch
	for e := f.CurrentEpoch(); e < end; e++ {
		f.proveEpoch(e, sets, provs)
		f.checkFunds("proven")
	}
	f.ToEpoch(end, f.Config.GraceBlocks+1)
	f.MustSend(f.Accounts[5], f.MP.PackFinish(r.id))
	f.checkFunds("finished")
	for i, a := range provs {
		si := f.setInfo(sets[i])
		if si.CumProven < uint32(end-start) || si.CumMissed != 0 {
			t.Fatalf("set %d: proven %d missed %d", i, si.CumProven, si.CumMissed)
		}
		f.MustSend(a, f.MP.PackRemoveMembers(sets[i], []uint32{uint32(tids[i].Uint64())}))
	}
	f.MustSend(f.Accounts[5], f.MP.PackSettle(tids))
	f.checkFunds("settled")
	for i, a := range provs {
		ti := f.tenure(tids[i])
		if ti.Flags&8 == 0 || ti.Proven != uint32(end-start) {
			t.Fatalf("tenure %d: flags %d proven %d", i, ti.Flags, ti.Proven)
		}
		want := add(mul(tokens(1), int64(end-start)), tokens(10))
		wantEq(t, "provider balance", f.Balance(a.Addr), want)
	}
	wantEq(t, "client refund", f.Balance(f.client.Addr), new(big.Int))
	f.withdrawAll(provs...)
	f.checkFunds("withdrawn")
	if got := f.TokenBalance(f.Dep.Marketplace); got.Sign() != 0 {
		t.Fatalf("marketplace keeps %s", got)
	}
}
