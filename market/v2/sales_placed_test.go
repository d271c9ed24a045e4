package marketv2_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// A request whose two slots the client placed for two other providers:
// the sales service of a third asks the chain once per slot (each refused
// NotAllowedProvider at estimation), not at every scan of every block,
// and reserves nothing while the slots are Initial.
func TestSalesAsksOncePerSlotPlacedElsewhere(t *testing.T) {
	w := newWorld(t)
	var c clientShards
	r, start := w.placedRequest(&c, w.Accounts[2].Addr, w.Accounts[3].Addr)
	p := w.newProvider(6, 1, testProverConfig(), nil)
	s := w.newSales(p, staticRequests{{ID: r.id}}, &c)
	w.drive(start-1, s) // 4 steps per epoch, every one a scan
	if st := s.Stats(); st.Refused != 2 || st.Reserved != 0 {
		t.Fatalf("stats %+v: want 2 refusals (one per placed slot) and no reservation", st)
	}
}

// The same request listed with its placement (the ledger's and the tip's
// sources carry allowedProviders): the third provider asks the chain for
// neither slot, and a placed one reserves its own slot at its first try,
// whichever slot its spread would have tried first.
func TestSalesReadsPlacementFromTheRequest(t *testing.T) {
	w := newWorld(t)
	var c clientShards
	placed := []common.Address{w.Accounts[2].Addr, w.Accounts[6].Addr}
	r, start := w.placedRequest(&c, placed...)
	src := staticRequests{{ID: r.id, Allowed: placed}}
	stranger := w.newProvider(7, 1, testProverConfig(), nil)
	ours := w.newProvider(6, 1, testProverConfig(), nil)
	sales := []*marketv2.Sales{w.newSales(stranger, src, &c), w.newSales(ours, src, &c)}
	w.drive(start-1, sales[0], sales[1])
	if st := sales[0].Stats(); st.Refused != 0 || st.Reserved != 0 {
		t.Fatalf("stranger's stats %+v: want no chain call for slots placed elsewhere", st)
	}
	if st := sales[1].Stats(); st.Refused != 0 || st.Reserved != 1 {
		t.Fatalf("placed provider's stats %+v: want its slot reserved at the first try", st)
	}
	role, err := ours.Market.RoleOf(t.Context(), r.id, ours.acct.Addr)
	if err != nil || role == marketv2.RoleNone {
		t.Fatalf("placed provider holds no role in the request (%d, %v)", role, err)
	}
}

// placedRequest is a 4 KiB request placed on providers, its window 3 to 8
// epochs ahead, its shards given to c; it returns the request and its
// start epoch.
func (w *world) placedRequest(c *clientShards, providers ...common.Address) (*req, uint64) {
	start, end := w.window(3, 8)
	r := w.request(4096, start, end, func(p *contracts.IMarketplaceV2RequestParams) { p.AllowedProviders = providers })
	c.add(r.id, r.shards)
	return r, start
}
