package marketv2_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// Three providers sell two k=2, m=1 requests; one of them stops. Its set
// misses M of W epochs, our settler records that with one settleSet and
// the set fails, every one of its slots becomes a Repair slot, and the
// repairers of two other providers rebuild each shard from the k
// remaining holders, fill it with the repair bonus (more than W epochs
// left) and prove it.
func TestRepairAllSlotsOfFailedSet(t *testing.T) {
	w := newWorld(t)
	var c clientShards
	var sellers []*provider
	var svcs []stepper
	for i := 2; i <= 4; i++ {
		p := w.newProvider(i, 1, testProverConfig(), nil)
		sellers = append(sellers, p)
		svcs = append(svcs, w.sales(p, marketv2.DefaultSalesConfig(), &c))
	}
	start, end := w.window(5, 30)
	var reqs []*req
	for range 2 {
		reqs = append(reqs, w.codedRequest(&c, 2, 1, 10000, start, end, contracts.Tokens(1), contracts.Tokens(3)))
	}
	w.drive(start+1, svcs...)
	dead := sellers[2]
	deadSet := dead.Vols[0].SetID
	var lost []struct {
		r *req
		i uint64
	}
	for _, r := range reqs {
		for i := range uint64(3) {
			owner, _ := w.holder(r, i)
			if owner == (common.Address{}) {
				t.Fatalf("slot %d not filled by the sales", i)
			}
			if owner == dead.acct.Addr {
				lost = append(lost, struct {
					r *req
					i uint64
				}{r, i})
			}
		}
	}
	if len(lost) != 2 {
		t.Fatalf("the dead provider holds %d slots, want one per request", len(lost))
	}

	w.drop(dead) // it stops proving
	d := w.newProvider(5, 1, testProverConfig(), nil)
	e := w.newProvider(6, 1, testProverConfig(), nil)
	settler, err := marketv2.NewSettler(marketv2.DefaultSettlerConfig(), w.log(), marketv2.SettlerDeps{
		Chain: d.Market, Config: d.Market.Config, Requests: marketv2.NewRequestEvents(d.Market), Clock: d.Market.Clock, Skip: []uint64{d.Vols[0].SetID},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer settler.Close()
	rd, re := w.repairer(d), w.repairer(e)
	repaired := func() bool {
		for _, l := range lost {
			if owner, _ := w.holder(l.r, l.i); owner != d.acct.Addr && owner != e.acct.Addr {
				return false
			}
		}
		return true
	}
	cur := w.CurrentEpoch()
	for ep := cur; !repaired(); ep++ {
		if ep > cur+20 {
			t.Fatalf("not repaired by epoch %d: set %+v", ep, w.setInfo(deadSet))
		}
		w.drive(ep+1, settler, rd, re)
	}
	if si := w.setInfo(deadSet); si.State != marketv2.SetFailedState {
		t.Fatalf("dead set state %d, want Failed", si.State)
	}
	if n := len(w.logs("SetSettled", deadSet)); n != 1 || settler.Stats().SetsFailed != 1 {
		t.Fatalf("%d settleSet calls on the dead set, settler stats %+v; want one that failed it", n, settler.Stats())
	}
	for _, p := range []*provider{sellers[0], sellers[1], e} { // proving sets are never settled by the settler
		if n := len(w.logs("SetSettled", p.Vols[0].SetID)); n != 0 {
			t.Fatalf("healthy set %d settled %d times", p.Vols[0].SetID, n)
		}
	}
	sd, se := rd.Stats(), re.Stats()
	if sd.Filled+se.Filled != 2 {
		t.Fatalf("repairs filled: %+v and %+v, want 2", sd, se)
	}
	bonus := new(big.Int).Add(sd.Bonus, se.Bonus)
	if bonus.Cmp(contracts.Tokens(2)) != 0 {
		t.Fatalf("repair bonus reserved %s, want 2 tokens (one per repair, > W epochs left)", bonus)
	}
	for _, l := range lost {
		si, err := w.Client.SlotInfo(t.Context(), l.r.id, l.i)
		if err != nil {
			t.Fatal(err)
		}
		if ti := w.tenure(si.Tenure); ti.Flags&marketv2.FlagBonus == 0 || ti.Root != l.r.p.ShardRoots[l.i] {
			t.Fatalf("repaired tenure %+v: want the bonus flag and the slot's root", ti)
		}
	}
	// The repaired shards are proven by the repairers' sets.
	from := w.CurrentEpoch()
	w.drive(from+2, settler, rd, re)
	for _, p := range []*provider{d, e} {
		st := p.Prover.Stats(p.Vols[0].SetID)
		if st.Missed != 0 {
			t.Fatalf("repairer %s missed: %+v", p.acct.Addr, st)
		}
	}
	if got := w.provenEpochs(d.Vols[0].SetID)[from] + w.provenEpochs(e.Vols[0].SetID)[from]; got == 0 {
		t.Fatalf("no repaired set proved epoch %d", from)
	}
}
