package marketv2_test

import (
	"testing"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// A provider whose only set stopped proving (missed past the threshold)
// cannot fill into it again. Its sales service reserves a slot while the
// set still reads Active; the fill reverts SetWouldFail; the slot is
// abandoned (shard deleted, reservation left to lapse) instead of being
// retried until the reservation lapses, and no later request is reserved,
// so the slot's other reservers (maxReservations per slot) get the place.
// After the set is settled Failed, a fresh sales service (no revert seen)
// reads the state and reserves nothing either.
func TestSalesStopsSellingIntoAFailedSet(t *testing.T) {
	w := newWorld(t)
	var c clientShards
	p := w.newProvider(2, 1, testProverConfig(), nil)
	set := p.Vols[0].SetID
	s := w.sales(p, marketv2.DefaultSalesConfig(), &c)
	start, end := w.window(4, 20)
	r1 := w.request(4096, start, end)
	c.add(r1.id, r1.shards)
	w.drive(start+1, s)
	if st := s.Stats(); st.Filled != 1 {
		t.Fatalf("stats %+v: want the first request's slot filled", st)
	}

	// The prover stops: the set misses every epoch from now on.
	w.drop(p)
	start2, end2 := w.window(6, 20)
	r2 := w.request(4096, start2, end2)
	c.add(r2.id, r2.shards)
	w.drive(start2+1, s)
	st := s.Stats()
	if st.Reserved != 2 || st.Abandoned != 1 || st.Filled != 1 || s.Pending() != 0 {
		t.Fatalf("stats %+v, pending %d: want the second slot reserved, then abandoned at its fill", st, s.Pending())
	}
	if role, err := w.Client.RoleOf(t.Context(), r2.id, p.acct.Addr); err != nil || role == marketv2.RoleHolder {
		t.Fatalf("role %d in the second request (%v): a failed set took a fill", role, err)
	}
	for i := range 2 {
		if _, err := p.Vols[0].Store.Info(r2.slot(i)); err == nil {
			t.Fatalf("shard %d of the abandoned slot kept", i)
		}
	}

	// A resume (the node's restart path) does not take the slot back.
	rs, err := s.Resume(t.Context(), w.CurrentEpoch(), []marketv2.ResumeSlot{{Req: r2.id, Index: 0}, {Req: r2.id, Index: 1}})
	if err != nil || rs.Adopted != 0 {
		t.Fatalf("resume after the abandon: %+v, %v; want nothing adopted", rs, err)
	}

	start3, end3 := w.window(4, 20)
	r3 := w.request(4096, start3, end3)
	c.add(r3.id, r3.shards)
	w.drive(start3, s)
	if st := s.Stats(); st.Reserved != 2 {
		t.Fatalf("stats %+v: a request was reserved after the set's fill reverted", st)
	}
	if role, err := w.Client.RoleOf(t.Context(), r3.id, p.acct.Addr); err != nil || role != marketv2.RoleNone {
		t.Fatalf("role %d in the third request (%v), want none", role, err)
	}

	// Settled: the set reads Failed, and a new sales service sees it.
	if err := w.Client.SettleSet(t.Context(), set); err != nil {
		t.Fatalf("settle set %d: %v", set, err)
	}
	if si := w.setInfo(set); si.State != marketv2.SetFailedState {
		t.Fatalf("set state %d, want Failed", si.State)
	}
	fresh := w.sales(p, marketv2.DefaultSalesConfig(), &c)
	start4, end4 := w.window(4, 20)
	r4 := w.request(4096, start4, end4)
	c.add(r4.id, r4.shards)
	w.drive(start4, fresh)
	if st := fresh.Stats(); st.Reserved != 0 {
		t.Fatalf("stats %+v: a sales service reserved for a Failed set", st)
	}
	if role, err := w.Client.RoleOf(t.Context(), r4.id, p.acct.Addr); err != nil || role != marketv2.RoleNone {
		t.Fatalf("role %d in the fourth request (%v), want none", role, err)
	}
}
