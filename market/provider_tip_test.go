package market_test

import "testing"

// A provider whose ledger is 10 blocks deep reserves a slot of a request
// mined in the block before its step: sales lists the requests of the
// blocks above the ledger's confirmed view, read at the head
// (market.TipRequests). On the confirmed view alone its first reservation
// would come 10 blocks later.
func TestProviderReservesUnconfirmedRequest(t *testing.T) {
	w := newV2World(t)
	cfg := v2Config()
	cfg.Confirmations = 10
	vp := w.addProvider(2, cfg)
	w.Mine(cfg.Confirmations + 3)
	if err := vp.p.Step(t.Context(), w.CurrentEpoch()); err != nil {
		t.Fatal(err)
	}
	start := w.CurrentEpoch() + 2
	r := w.request(2, 1, 100_000, start, start+8)
	mined := w.Head()
	if err := vp.p.Step(t.Context(), w.CurrentEpoch()); err != nil {
		t.Log(err) // asserted by the outcome below
	}
	if synced := vp.p.Ledger().Synced().Block; synced >= mined {
		t.Fatalf("ledger synced to %d, at or past the request's block %d: nothing unconfirmed to test", synced, mined)
	}
	var mine int
	for i := range 3 {
		if w.reservedBy(r, i) == vp.acct.Addr {
			mine++
		}
	}
	if mine != 1 {
		t.Fatalf("the provider holds %d reservations of the request one step after it was mined, want 1", mine)
	}
	st, err := vp.p.Status(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.TipRequests == 0 {
		t.Errorf("status counts no request listed from above the confirmed view")
	}
}
