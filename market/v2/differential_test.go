package marketv2_test

import (
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/proofs"
)

// viewFromEvents rebuilds a set's membership from its MemberAdded,
// MemberMoved and MemberRemoved events (a node's replay, §5.4) and checks
// that every move SetState derives matches the contract's MemberMoved.
func (w *world) viewFromEvents(set uint64) *proofs.SetState {
	w.t.Helper()
	var ls []types.Log
	for _, ev := range []string{"MemberAdded", "MemberMoved", "MemberRemoved"} {
		ls = append(ls, w.logs(ev, set)...)
	}
	slices.SortFunc(ls, func(a, b types.Log) int {
		if a.BlockNumber != b.BlockNumber {
			return int(a.BlockNumber) - int(b.BlockNumber)
		}
		return int(a.Index) - int(b.Index)
	})
	st := proofs.NewSetState()
	var moved *contracts.MarketplaceV2MemberMoved
	for i := range ls {
		l := &ls[i]
		if ev, err := w.abi.UnpackMemberAddedEvent(l); err == nil {
			ti := w.tenure(ev.TenureId)
			ri, err := w.Client.RequestInfo(w.t.Context(), ti.RequestId)
			if err != nil {
				w.t.Fatal(err)
			}
			c, p, err := st.Insert(uint32(ev.Epoch.Uint64()-1), ev.Mid, ri.ShardSize/proofs.LeafSize, ti.Root)
			if err != nil {
				w.t.Fatal(err)
			}
			if uint64(c) != ev.Cls.Uint64() || uint64(p) != ev.Pos.Uint64() {
				w.t.Fatalf("member %d: Go class %d pos %d, event %s %s", ev.Mid, c, p, ev.Cls, ev.Pos)
			}
		} else if ev, err := w.abi.UnpackMemberMovedEvent(l); err == nil {
			moved = ev
		} else if ev, err := w.abi.UnpackMemberRemovedEvent(l); err == nil {
			mv, err := st.Remove(uint32(ev.Epoch.Uint64()-1), ev.Mid)
			if err != nil {
				w.t.Fatal(err)
			}
			switch {
			case mv == nil && moved == nil:
			case mv == nil || moved == nil || mv.Mid != moved.Mid || uint64(mv.Class) != moved.Cls.Uint64() || uint64(mv.Pos) != moved.Pos.Uint64():
				w.t.Fatalf("removing %d: Go move %+v, event %+v", ev.Mid, mv, moved)
			}
			moved = nil
		}
	}
	return st
}

// compareChallenges checks setView, memberAt and challengesFor(set, t)
// against the replayed view and proofs.SetChallenges over it, and returns
// how many groups there were.
func (w *world) compareChallenges(set, t uint64) int {
	w.t.Helper()
	ctx := w.t.Context()
	got, err := w.Client.ChallengesFor(ctx, set, t)
	if err != nil {
		w.t.Fatalf("challengesFor(%d, %d): %v", set, t, err)
	}
	seed, err := w.Client.EpochSeed(ctx, t)
	if err != nil {
		w.t.Fatal(err)
	}
	view, err := w.viewFromEvents(set).View(uint32(t))
	if err != nil {
		w.t.Fatalf("view at %d: %v", t, err)
	}
	sv, err := w.Client.SetView(ctx, set, t)
	if err != nil {
		w.t.Fatal(err)
	}
	if sv.Mask != view.Mask() || sv.PaddedLeaves.Uint64() != view.Total() {
		w.t.Fatalf("epoch %d: setView mask %b padded %s, replay %b %d", t, sv.Mask, sv.PaddedLeaves, view.Mask(), view.Total())
	}
	for c := range proofs.NumClasses {
		if sv.Counts[c] != uint64(len(view.Classes[c])) {
			w.t.Fatalf("epoch %d class %d: setView %d members, replay %d", t, c, sv.Counts[c], len(view.Classes[c]))
		}
		for p, m := range view.Classes[c] {
			got, err := w.Client.MemberAt(ctx, set, t, c, uint64(p))
			if err != nil {
				w.t.Fatal(err)
			}
			if got.Mid != m.Mid || got.Pad != uint64(m.Pad) {
				w.t.Fatalf("epoch %d class %d position %d: memberAt %+v, replay %+v", t, c, p, got, m)
			}
		}
	}
	k := int(w.Config.Challenges)
	var want []proofs.Group
	if view.Len() > 0 {
		acc, err := proofs.SetChallenges(seed, set, view, k, proofs.MaxDraws(k))
		if err != nil {
			w.t.Fatal(err)
		}
		want = proofs.GroupChallenges(acc)
	}
	if len(got) != len(want) {
		w.t.Fatalf("epoch %d: contract %d groups, Go %d (view of %d members)", t, len(got), len(want), view.Len())
	}
	for i, g := range got {
		h := want[i]
		if g.Mid != h.Mid || int(g.Cls) != h.Class || g.Root != h.Root || !slices.Equal(g.Leaves, h.Leaves) {
			w.t.Fatalf("epoch %d group %d: contract {mid %d cls %d leaves %v}, Go {mid %d cls %d leaves %v}", t, i, g.Mid, g.Cls, g.Leaves, h.Mid, h.Class, h.Leaves)
		}
		if g.TenureId.Cmp(marketv2.TenureID(set, g.Mid)) != 0 {
			w.t.Fatalf("epoch %d group %d: tenure %s", t, i, g.TenureId)
		}
	}
	return len(got)
}

// challengesFor on a real set of mixed classes equals proofs.SetChallenges
// over the view a node rebuilds from the membership events, across
// insertions, moves (a declared member in the middle of its class) and
// removals, for the current and the previous epoch of several epochs.
func TestChallengesForMatchesReplayedEvents(t *testing.T) {
	w := newWorld(t)
	a := w.newProvider(2, 1, testProverConfig(), nil)
	set := a.Vols[0].SetID
	start, end := w.window(2, 14)
	sizes := []uint64{4096, 1088, 3072, 65536, 2048, 4096, 3200, 64}
	var reqs []*req
	for _, s := range sizes {
		reqs = append(reqs, w.request(s, start, end))
	}
	total := 0
	for i, r := range reqs {
		a.fill(r, 0, 0)
		if i%3 == 2 {
			total += w.compareChallenges(set, w.CurrentEpoch())
		}
	}
	e := w.CurrentEpoch()
	for ep := e; ep < e+6; ep++ {
		w.step(ep, a)
		switch ep {
		case e + 1: // the first 4096 member: its class-6 place is taken by the last one
			if err := a.Market.DeclareFaults(t.Context(), set, []uint32{1}); err != nil {
				t.Fatal(err)
			}
		case e + 3: // two more at once, of two classes
			if err := a.Market.DeclareFaults(t.Context(), set, []uint32{2, 4}); err != nil {
				t.Fatal(err)
			}
		}
		total += w.compareChallenges(set, ep)
		total += w.compareChallenges(set, ep-1)
	}
	if moves := len(w.logs("MemberMoved", set)); moves == 0 {
		t.Fatal("no MemberMoved: the test did not exercise moves")
	}
	if total == 0 {
		t.Fatal("no challenges compared")
	}
	classes := map[uint64]bool{}
	for _, l := range w.logs("MemberAdded", set) {
		ev, err := w.abi.UnpackMemberAddedEvent(&l)
		if err != nil {
			t.Fatal(err)
		}
		classes[ev.Cls.Uint64()] = true
	}
	if len(classes) != 4 { // 0 (one leaf), 5, 6 (with padding), 10
		t.Fatalf("classes %v, want four", classes)
	}
	if st := a.Prover.Stats(set); st.Missed != 0 {
		t.Fatalf("prover missed while the view changed: %+v", st)
	}
}
