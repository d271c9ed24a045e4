package marketv2_test

import (
	"math/big"
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// A request the client cancels at its expiry (its put failed: no shard
// ever came) while our reservation of one of its slots stands: the sales
// service sweeps the slot once, and the reservation's deposit is back in
// our contract balance, withdrawable. Without the sweep it stays locked.
func TestSalesRefundsReservationOfCancelledRequest(t *testing.T) {
	w := newWorld(t)
	ctx := t.Context()
	var c clientShards // the client never pushes
	start, end := w.window(3, 8)
	r := w.request(4096, start, end, func(p *contracts.IMarketplaceV2RequestParams) { p.CancelOnExpiry = true })
	p := w.newProvider(2, 1, testProverConfig(), nil)
	s := w.sales(p, marketv2.DefaultSalesConfig(), &c)
	before, err := p.Market.Balance(ctx, p.acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	deposit, err := w.Client.DepositFor(ctx, r.id, 0) // both slots are fresh: one deposit
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; s.Stats().Reserved == 0; i++ {
		if i == 40 {
			t.Fatalf("no reservation in 40 blocks: %+v", s.Stats())
		}
		if err := s.Step(ctx, w.CurrentEpoch()); err != nil {
			t.Logf("step: %v", err)
		}
		w.Mine(1)
	}
	w.ToEpoch(start, 1) // past the expiry
	if err := w.Client.CancelRequest(ctx, r.id); err != nil {
		t.Fatal(err)
	}
	for range 4 {
		if err := s.Step(ctx, w.CurrentEpoch()); err != nil {
			t.Logf("step: %v", err)
		}
		w.Mine(1)
	}
	after, err := p.Market.Balance(ctx, p.acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	if st := s.Stats(); st.Swept != 1 || new(big.Int).Sub(after, before).Cmp(deposit) != 0 {
		t.Fatalf("swept %d times; balance %s → %s, want the deposit %s back", st.Swept, before, after, deposit)
	}
}
