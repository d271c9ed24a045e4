package ledger_test

import (
	"math/big"
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/market/ledger"
)

// TestLedgerMatchesChainViews scripts a market — a lapsed reservation and
// a cancel; then request, reserve (one squatter), fill, proofs, three
// misses that free a slot, a repair, more proofs and finish — and compares
// the ledger with slotInfo/requestInfo/reservations/peerInfo after each
// phase.
func TestLedgerMatchesChainViews(t *testing.T) {
	const conf = 2
	f := newFx(t)
	l := f.open(t.TempDir(), f.Client, conf)
	p2, p3, p4, p5 := f.Accounts[2], f.Accounts[3], f.Accounts[4], f.Accounts[5]

	// r2: a reservation that lapses and is swept, then the client cancels.
	r2 := f.request(4)
	f.reserve(r2, 0, p2)
	f.Mine(f.Config.ReservationTTL + 1)
	f.MustSend(p3, f.MP.PackSweepReservations(r2.id, big.NewInt(0)))
	f.reserve(r2, 1, p3)
	f.step(l, conf)
	f.check(l, r2)
	f.MustSend(f.client, f.MP.PackCancelRequest(r2.id))
	f.step(l, conf)
	f.check(l, r2)
	wantRes(t, l, r2.id, map[string]ledger.ReservationState{p2.Addr.Hex(): ledger.ReservationLapsed, p3.Addr.Hex(): ledger.ReservationDropped})

	// r1: reserved (p5 squats slot 0 too), filled, active.
	r1 := f.request(6)
	f.reserve(r1, 0, p5)
	rbs := []uint64{f.reserve(r1, 0, p2), f.reserve(r1, 1, p3), f.reserve(r1, 2, p4)}
	f.step(l, conf)
	f.check(l, r1, r2)
	for i, a := range []*contracttest.Account{p2, p3, p4} {
		f.fillReserved(r1, i, a, rbs[i])
	}
	f.step(l, conf)
	f.check(l, r1, r2)
	if got, _, _ := l.Request(r1.id); got.State != ledger.RequestActive {
		t.Fatalf("r1 after every fill: %s", got.State)
	}
	wantRes(t, l, r1.id, map[string]ledger.ReservationState{
		p5.Addr.Hex(): ledger.ReservationDropped, p2.Addr.Hex(): ledger.ReservationConsumed,
		p3.Addr.Hex(): ledger.ReservationConsumed, p4.Addr.Hex(): ledger.ReservationConsumed,
	})

	// Slots 0 and 1 prove; slot 2 misses three epochs and is freed.
	s := r1.p.StartEpoch
	for e := s; e < s+3; e++ {
		f.toEpoch(e)
		f.submit(r1, 0, p2, e)
		f.submit(r1, 1, p3, e)
		f.afterWindow(e)
	}
	f.MustSend(p2, f.MP.PackSettle(r1.slots[2]))
	f.submit(r1, 0, p2, s+3) // epoch s+3 has started: its window is open
	f.submit(r1, 1, p3, s+3)
	f.step(l, conf)
	f.check(l, r1, r2)
	st, err := l.SlotStats(r1.slots[2])
	if err != nil {
		t.Fatal(err)
	}
	if slash := new(big.Int).Div(contracts.Tokens(10), big.NewInt(10)); st.Misses != 3 || st.Slashed.Cmp(new(big.Int).Mul(slash, big.NewInt(3))) != 0 || st.LastMissEpoch != s+2 {
		t.Fatalf("slot 2 stats after three misses: %+v", st)
	}
	if sl, _, _ := l.Slot(r1.slots[2]); sl.State != ledger.SlotFreed || sl.FreeReason != ledger.FreedByMisses {
		t.Fatalf("slot 2 after three misses: %+v", sl)
	}

	// p5 repairs slot 2; everyone proves to the end; finish.
	f.fillReserved(r1, 2, p5, f.reserve(r1, 2, p5))
	f.step(l, conf)
	f.check(l, r1, r2)
	rep, _, _ := l.Slot(r1.slots[2])
	if rep.Repairs != 1 || rep.Holder != p5.Addr {
		t.Fatalf("slot 2 after the repair: %+v", rep)
	}
	held4, _ := l.SlotsHeldBy(p4.Addr)
	held5, _ := l.SlotsHeldBy(p5.Addr)
	if len(held4) != 0 || len(held5) != 1 || held5[0].ID != r1.slots[2] {
		t.Fatalf("held by the freed provider %v, by the repairer %v", held4, held5)
	}
	for e := s + 4; e < r1.p.EndEpoch; e++ {
		f.toEpoch(e)
		f.submit(r1, 0, p2, e)
		f.submit(r1, 1, p3, e)
		if e > rep.FillEpoch {
			f.submit(r1, 2, p5, e)
		}
		f.afterWindow(e)
	}
	f.step(l, conf)
	f.check(l, r1, r2)
	if st, _ := l.SlotStats(r1.slots[0]); st.Proofs != 6 || st.LastProofEpoch != r1.p.EndEpoch-1 {
		t.Fatalf("slot 0 stats: %+v", st)
	}
	f.MustSend(p3, f.MP.PackFinish(r1.id))
	f.step(l, conf)
	f.check(l, r1, r2)
	if got, _, _ := l.Request(r1.id); got.State != ledger.RequestFinished {
		t.Fatalf("r1 after finish: %s", got.State)
	}
	mine, err := l.RequestsOf(f.client.Addr)
	if err != nil || len(mine) != 2 || mine[0].ID != r2.id || mine[1].ID != r1.id {
		t.Fatalf("requests of the client: %v (err %v), want r2 then r1", mine, err)
	}
	if open, _ := l.OpenRequests(); len(open) != 0 {
		t.Fatalf("open requests after both ended: %d", len(open))
	}
	by, err := l.ReservationsBy(p5.Addr)
	if err != nil || len(by) != 2 {
		t.Fatalf("reservations by p5: %v (err %v), want the squat and the repair", by, err)
	}
}

// wantRes checks the state of each reserver's reservation of a request.
func wantRes(t *testing.T, l *ledger.Ledger, id [32]byte, want map[string]ledger.ReservationState) {
	t.Helper()
	rs, err := l.Reservations(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != len(want) {
		t.Fatalf("%d reservations, want %d: %+v", len(rs), len(want), rs)
	}
	for _, r := range rs {
		if w, ok := want[r.Reserver.Hex()]; !ok || r.State != w {
			t.Fatalf("reservation of %s: %s, want %s", r.Reserver.Hex(), r.State, w)
		}
	}
}
