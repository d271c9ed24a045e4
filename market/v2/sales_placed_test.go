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
	start, end := w.window(3, 8)
	placed := []common.Address{w.Accounts[2].Addr, w.Accounts[3].Addr}
	r := w.request(4096, start, end, func(p *contracts.IMarketplaceV2RequestParams) { p.AllowedProviders = placed })
	c.add(r.id, r.shards)
	p := w.newProvider(6, 1, testProverConfig(), nil)
	s, err := marketv2.NewSales(marketv2.DefaultSalesConfig(), w.log(), marketv2.SalesDeps{
		Self: p.acct.Addr, Config: p.Market.Config, Clock: p.Market.Clock,
		Reader: p.Market, Taker: p.Market, Requests: staticRequests{{ID: r.id}}, Receiver: &c, Sets: saleSets(p),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	w.drive(start-1, s) // 4 steps per epoch, every one a scan
	if st := s.Stats(); st.Refused != 2 || st.Reserved != 0 {
		t.Fatalf("stats %+v: want 2 refusals (one per placed slot) and no reservation", st)
	}
}
