package marketv2_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
	"github.com/cairn-storage/cairn/internal/cairntest/markettest"
	"github.com/cairn-storage/cairn/internal/rpcproxy"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// providerVia is newProvider with every RPC of the provider going
// through url (a fault-injecting proxy).
func (w *world) providerVia(idx int, url string) *provider {
	w.t.Helper()
	ctx := w.t.Context()
	a := w.Accounts[idx]
	m := markettest.Open(w.t, w.Env, url, a)
	p := &provider{w: w, acct: a, Market: m}
	if err := m.RegisterProvider(ctx, []byte("/ip4/127.0.0.1/tcp/4001")); err != nil {
		w.t.Fatal(err)
	}
	p.Vols = markettest.Volumes(w.t, w.Env, m, 1)
	var err error
	p.Prover, err = marketv2.NewProver(testProverConfig(), w.log(), marketv2.ProverDeps{
		Chain: m, Tenures: marketv2.NewChainTenures(m), Clock: m.Clock, Sets: markettest.Sets(p.Vols),
	})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(p.Prover.Close)
	w.provers = append(w.provers, p)
	return p
}

// The answer to our fillSlot is lost (the proxy closes the connection
// after forwarding it): the sales service keeps the shard, learns from
// the chain that the slot is ours, marks the shard proving, and the
// prover proves it.
func TestSalesLostFillResponseKeepsShard(t *testing.T) {
	w := newWorld(t)
	proxy, err := rpcproxy.New(anviltest.Shared(t).URL)
	if err != nil {
		t.Fatal(err)
	}
	defer proxy.Close()
	var c clientShards
	p := w.providerVia(2, proxy.URL())
	s := w.sales(p, marketv2.DefaultSalesConfig(), &c)
	start, end := w.window(5, 6)
	r := w.request(4096, start, end)
	c.add(r.id, r.shards)
	armed := false
	for e := w.CurrentEpoch(); e < start+2; e++ {
		w.ToEpoch(e, 1)
		for range 4 {
			if !armed && s.Stats().Reserved == 1 {
				proxy.DropSendResponse(1) // the next send is the fill
				armed = true
			}
			if err := s.Step(t.Context(), w.CurrentEpoch()); err != nil {
				t.Logf("epoch %d: %v", e, err)
			}
			w.Mine(1)
		}
		w.tick()
	}
	if n := proxy.Injected(rpcproxy.FaultDroppedSend); n != 1 {
		t.Fatalf("%d dropped sends, want 1", n)
	}
	st := s.Stats()
	if st.Filled != 1 || st.Dropped != 0 || s.Pending() != 0 {
		t.Fatalf("stats %+v, pending %d; want one fill, no shard dropped", st, s.Pending())
	}
	role, err := w.Client.RoleOf(t.Context(), r.id, p.acct.Addr)
	if err != nil || role != marketv2.RoleHolder {
		t.Fatalf("role %d, %v; want holder", role, err)
	}
	var slot storage.SlotID
	for i := range 2 {
		if owner, _ := w.holder(r, uint64(i)); owner == p.acct.Addr {
			slot = r.slot(i)
		}
	}
	info, err := p.Vols[0].Store.Info(slot)
	if err != nil || info.State != storage.StateProving {
		t.Fatalf("shard %+v, %v; want kept and proving", info, err)
	}
	if n := w.provenEpochs(p.Vols[0].SetID)[start]; n != 1 {
		t.Fatalf("%d proofs of epoch %d", n, start)
	}
}

// A slot whose unticketed reservation lapsed costs twice the base deposit
// (§8.2): a sales policy capping the deposit at the base leaves it, one
// allowing the escalation takes it.
func TestSalesHonoursDepositEscalation(t *testing.T) {
	w := newWorld(t)
	var c clientShards
	squatters := []*provider{w.newProvider(2, 1, testProverConfig(), nil), w.newProvider(4, 1, testProverConfig(), nil)}
	p := w.newProvider(3, 1, testProverConfig(), nil)
	start, end := w.window(8, 6)
	r := w.request(4096, start, end)
	c.add(r.id, r.shards)
	base, err := w.Client.DepositFor(t.Context(), r.id, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := range uint64(2) {
		if _, err := squatters[i].Market.ReserveSlot(t.Context(), r.id, i); err != nil {
			t.Fatal(err)
		}
	}
	w.Mine(w.Config.ReservationTTL + 1)
	for i := range uint64(2) {
		if err := w.Client.SweepReservations(t.Context(), r.id, i); err != nil {
			t.Fatal(err)
		}
	}
	esc, err := w.Client.DepositFor(t.Context(), r.id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Lsh(base, 1); esc.Cmp(want) != 0 {
		t.Fatalf("deposit after a lapse %s, want %s", esc, want)
	}
	cfg := marketv2.DefaultSalesConfig()
	cfg.Policy.MaxDeposit = base
	cheap := w.sales(p, cfg, &c)
	w.ToEpoch(start-2, 1)
	if err := cheap.Step(t.Context(), w.CurrentEpoch()); err != nil {
		t.Fatal(err)
	}
	if st := cheap.Stats(); st.Reserved != 0 || st.Declined == 0 {
		t.Fatalf("capped policy: %+v; want the escalated slot declined", st)
	}
	cfg.Policy.MaxDeposit = esc
	willing := w.sales(p, cfg, &c)
	if err := willing.Step(t.Context(), w.CurrentEpoch()); err != nil {
		t.Fatal(err)
	}
	if st := willing.Stats(); st.Reserved != 1 {
		t.Fatalf("willing policy: %+v; want a reservation at %s", st, esc)
	}
	rs, err := w.Client.Reservations(t.Context(), r.id, 0)
	if err != nil {
		t.Fatal(err)
	}
	rs1, err := w.Client.Reservations(t.Context(), r.id, 1)
	if err != nil {
		t.Fatal(err)
	}
	var all []contracts.IMarketplaceV2Reservation
	for _, x := range append(rs, rs1...) {
		if x.Reserver != (common.Address{}) {
			all = append(all, x)
		}
	}
	if len(all) != 1 || all[0].Level != 1 || all[0].Reserver != p.acct.Addr {
		t.Fatalf("reservations %+v %+v; want ours at level 1", rs, rs1)
	}
}
