package market_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/rpcproxy"
	"github.com/cairn-storage/cairn/storage"
)

// Restarts between reserve and fill (docs/market-v2.md, "The node",
// Resume): sales' pending slots are in memory, so each case closes the
// provider of slot 0 at one point of its pipeline, reopens it on the same
// dir and asserts the slot still fills, once, by it, and is proven from
// the request's start; nothing it stored is dropped.

// resumeWorld has three providers (each behind its own rpcproxy) and a
// 2+1 request starting four epochs ahead.
type resumeWorld struct {
	*v2world
	r     *v2req
	start uint64
	px    map[int]*rpcproxy.Proxy // by account index
}

func newResumeWorld(t *testing.T) *resumeWorld {
	w := &resumeWorld{v2world: newV2World(t)}
	w.px = w.addProxiedProviders(2, 4)
	w.start = w.CurrentEpoch() + 4
	w.r = w.request(2, 1, 100_000, w.start, w.start+6)
	return w
}

// untilReserved steps the providers without pushing (from epoch start − 2,
// when a reservation lives until the fill) until every slot is reserved.
func (w *resumeWorld) untilReserved() {
	w.t.Helper()
	w.ToEpoch(w.start-2, 1)
	for round := 0; ; round++ {
		all := true
		for i := range w.r.shards {
			all = all && w.provider(w.reservedBy(w.r, i)) != nil
		}
		if all {
			return
		}
		if round > 20 {
			w.t.Fatalf("slots not all reserved after %d rounds", round)
		}
		w.stepRounds(1, w.provs...)
	}
}

// untilStored pushes and steps until every reserver stored its shard,
// still in epoch start − 2 (no fill yet).
func (w *resumeWorld) untilStored() {
	w.t.Helper()
	w.untilReserved()
	var wg sync.WaitGroup
	defer wg.Wait()
	for round := 0; ; round++ {
		all := true
		for i := range w.r.shards {
			vp := w.provider(w.reservedBy(w.r, i))
			info, err := vp.store().Info(storage.SlotID(w.r.slot(i)))
			all = all && err == nil && info.State == storage.StateStored
		}
		if all {
			break
		}
		if round > 30 || w.CurrentEpoch() >= w.start-1 {
			w.t.Fatalf("shards not all stored after %d rounds (epoch %d)", round, w.CurrentEpoch())
		}
		w.pushReserved(w.r, &wg)
		w.stepRounds(1, w.provs...)
		time.Sleep(20 * time.Millisecond) // let pushes meet sales' Receive
	}
}

// restart closes vp and reopens it on its dir with a new RPC client (a
// new process).
func (w *resumeWorld) restart(vp *v2prov) {
	w.t.Helper()
	vp.close(w.t)
	vp.m = w.marketAt(vp.acct, w.px[vp.acct.Index].URL())
	w.open(vp, v2Config())
}

// check asserts slot 0 is filled once, by vp, proven at start and kept.
func (w *resumeWorld) check(vp *v2prov, wantStored bool) {
	w.t.Helper()
	t := w.t
	fills := 0
	for _, l := range w.events("SlotFilled") {
		ev, err := w.abi.UnpackSlotFilledEvent(&l)
		if err != nil {
			t.Fatal(err)
		}
		if ev.SlotId == w.r.slot(0) {
			fills++
			if ev.Provider != vp.acct.Addr {
				t.Errorf("slot 0 filled by %s, want %s", ev.Provider, vp.acct.Addr)
			}
		}
	}
	if fills != 1 {
		t.Errorf("slot 0 filled %d times, want once", fills)
	}
	for i := range w.r.shards {
		owner, set := w.holder(w.r, i)
		if p := w.provider(owner); p == nil || p.set() != set {
			t.Errorf("slot %d held by set %d of %s", i, set, owner)
		}
	}
	if n := len(w.events("ReservationLapsed")); n != 0 {
		t.Errorf("%d reservations lapsed, want none (no deposit burned)", n)
	}
	info, err := vp.store().Info(storage.SlotID(w.r.slot(0)))
	if err != nil || info.State != storage.StateProving {
		t.Errorf("shard of slot 0 after the restart: %+v, %v; want proving", info, err)
	}
	if d := vp.p.Sales().Stats().Dropped; d != 0 {
		t.Errorf("restarted provider dropped %d shards", d)
	}
	st := vp.p.ResumeStats()
	if st.Adopted == 0 || (wantStored && st.Stored == 0) {
		t.Errorf("resume stats %+v; want a slot adopted (stored: %v)", st, wantStored)
	}
	proofs := w.proofs()[vp.set()]
	for e := w.start; e < w.start+2; e++ {
		if proofs[e] != 1 {
			t.Errorf("set %d epoch %d: %d SetProven, want 1", vp.set(), e, proofs[e])
		}
	}
	si, err := w.client.SetInfo(t.Context(), vp.set())
	if err != nil || si.CumMissed != 0 || si.Live != 1 {
		t.Errorf("set %d: %+v, %v; want one live member and no miss", vp.set(), si, err)
	}
}

// Restart after the reservation, before the push: the client's push is
// accepted by the reopened provider and the slot fills.
func TestProviderResumeAfterReserve(t *testing.T) {
	w := newResumeWorld(t)
	w.untilReserved()
	vp := w.provider(w.reservedBy(w.r, 0))
	if info, err := vp.store().Info(storage.SlotID(w.r.slot(0))); err == nil {
		t.Fatalf("shard present before any push: %+v", info)
	}
	w.restart(vp)
	w.drive(w.start+3, w.provs, w.r)
	if got := w.pushedTo(w.r.slot(0)); got != vp.acct.Addr {
		t.Errorf("slot 0 pushed to %s, want the restarted %s", got, vp.acct.Addr)
	}
	w.check(vp, false)
}

// Restart after the push (shard Stored, not filled): the slot fills
// without a second push.
func TestProviderResumeAfterPush(t *testing.T) {
	w := newResumeWorld(t)
	w.untilStored()
	vp := w.provider(w.reservedBy(w.r, 0))
	w.restart(vp)
	w.drive(w.start+3, w.provs, w.r) // slot 0 is marked pushed: never pushed again
	w.check(vp, true)
}

// Restart after fillSlot was sent, before its receipt: the answer of the
// send is dropped (rpcproxy), the block is not mined yet (automine off),
// the step is abandoned and the provider closed, as a kill. The fill
// mines; the reopened provider marks the shard Proving and its set
// proves the member from the request's start.
func TestProviderResumeAfterFillSent(t *testing.T) {
	w := newResumeWorld(t)
	w.untilStored()
	vp := w.provider(w.reservedBy(w.r, 0))
	var others []*v2prov
	for _, p := range w.provs {
		if p != vp {
			others = append(others, p)
		}
	}
	w.ToEpoch(w.start-1, 1)
	w.stepRounds(3, others...)

	px := w.px[vp.acct.Index]
	err := w.abandonAtSend(px, "the fill", func(ctx context.Context) error { return vp.p.Step(ctx, w.CurrentEpoch()) })
	if err == nil {
		t.Error("the abandoned step reported no error")
	}
	if info, err := vp.store().Info(storage.SlotID(w.r.slot(0))); err != nil || info.State != storage.StateStored {
		t.Fatalf("shard before the restart: %+v, %v; want stored", info, err)
	}
	vp.close(t)
	if err := w.node.SetAutomine(t.Context(), true); err != nil {
		t.Fatal(err)
	}
	w.Mine(1) // the fill lands while the provider is down
	vp.m = w.marketAt(vp.acct, px.URL())
	w.open(vp, v2Config())
	w.drive(w.start+3, w.provs, w.r)
	w.check(vp, true)
}
