package marketv2_test

import (
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// A client extends a request; one holder's policy declines, which makes
// its slot a Renewal slot; a third provider's sales service takes it over
// (receives the shard, fills it into its set) for the extended term,
// while the declined holder keeps proving through the cut.
func TestSalesTakesRenewalAfterDeclinedExtension(t *testing.T) {
	w := newWorld(t)
	var c clientShards
	decline := func(marketv2.Tenure, contracts.IMarketplaceV2RequestInfo) bool { return false }
	a := w.newProvider(2, 1, testProverConfig(), decline)
	b := w.newProvider(3, 1, testProverConfig(), nil)
	sa := w.sales(a, marketv2.DefaultSalesConfig(), &c)
	sb := w.sales(b, marketv2.DefaultSalesConfig(), &c)
	start, end := w.window(4, 14)
	r := w.request(4096, start, end)
	c.add(r.id, r.shards)
	w.drive(start+1, sa, sb)
	var aSlot uint64 = 2
	for i := range uint64(2) {
		if owner, _ := w.holder(r, i); owner == a.acct.Addr {
			aSlot = i
		}
	}
	if aSlot == 2 {
		t.Fatal("a holds no slot after the sales")
	}
	newEnd := end + 6
	if err := w.Client.ExtendRequest(t.Context(), r.id, newEnd, nil); err != nil {
		t.Fatal(err)
	}
	cp := w.newProvider(4, 1, testProverConfig(), nil)
	sc := w.sales(cp, marketv2.DefaultSalesConfig(), &c)
	from := w.CurrentEpoch()
	w.drive(from+3, sa, sb, sc)

	if st := a.Prover.Stats(a.Vols[0].SetID); st.Declined != 1 {
		t.Fatalf("a's prover: %+v; want one declined extension", st)
	}
	owner, set := w.holder(r, aSlot)
	if owner != cp.acct.Addr || set != cp.Vols[0].SetID {
		t.Fatalf("slot %d held by %s in set %d, want the taker %s", aSlot, owner, set, cp.acct.Addr)
	}
	si, err := w.Client.SlotInfo(t.Context(), r.id, aSlot)
	if err != nil {
		t.Fatal(err)
	}
	if ti := w.tenure(si.Tenure); uint64(ti.End) != newEnd {
		t.Fatalf("taker's tenure ends %d, want the extended end %d", ti.End, newEnd)
	}
	if st := sc.Stats(); st.Filled != 1 {
		t.Fatalf("taker's sales: %+v", st)
	}
	if info, err := cp.Vols[0].Store.Info(r.slot(int(aSlot))); err != nil || info.State != storage.StateProving {
		t.Fatalf("taker's shard %+v, %v", info, err)
	}
	role, err := w.Client.RoleOf(t.Context(), r.id, a.acct.Addr)
	if err != nil || role != marketv2.RoleFormer {
		t.Fatalf("a's role %d, %v; want former", role, err)
	}
	if bo, _ := w.holder(r, 1-aSlot); bo != b.acct.Addr {
		t.Fatalf("b's slot moved to %s", bo)
	}
}
