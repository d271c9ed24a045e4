package market_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/internal/rpcproxy"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// Restarts of the repairer mid-repair (Repairer.Resume): the spare
// provider, the only one without a role in the request, is closed after
// it reserved the Repair slot, after it rebuilt the shard (Stored, not
// filled), or after its fillSlot was sent and before its receipt; it is
// reopened on the same dir and the repair completes: the slot is filled
// once, by the spare, after one reservation (deposit and bonus paid
// once), no reservation lapses, the shard is byte-exact and Proving, no
// temporary file of the rebuild is left, and the spare proves it.
func TestProviderResumeRepair(t *testing.T) {
	for _, tc := range []struct {
		name string
		at   func(w *repairWorld) // runs the spare to the stop point and closes it
	}{
		{"after reserve", (*repairWorld).untilReserved},
		{"after rebuild", (*repairWorld).untilRebuilt},
		{"fill sent before receipt", (*repairWorld).untilFillSent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newRepairWorld(t)
			tc.at(w)
			w.spare.m = w.marketAt(w.spare.acct, w.px[w.spare.acct.Index].URL())
			w.open(w.spare, v2Config())
			// At least one epoch: a fill that landed while the spare was
			// down is found by the restarted one's resume.
			for e, first := w.CurrentEpoch(), true; first || (e < w.from+8 && w.holderSet() != w.spare.set()); e, first = e+1, false {
				w.drive(e+1, w.provs, w.r)
			}
			w.check(tc.name)
		})
	}
}

// repairWorld has seven providers behind proxies holding a 4+2 request
// and a spare; the shard of one holder (the victim) is deleted and its
// prover declares it, so the slot turns Repair.
type repairWorld struct {
	*v2world
	r      *v2req
	px     map[int]*rpcproxy.Proxy
	spare  *v2prov
	others []*v2prov // every provider but the spare
	lost   int       // the Repair slot
	from   uint64    // epoch the repair starts in
}

func newRepairWorld(t *testing.T) *repairWorld {
	w := &repairWorld{v2world: newV2World(t)}
	w.px = w.addProxiedProviders(2, 8)
	start := w.CurrentEpoch() + 4
	w.r = w.request(4, 2, 200_000, start, start+20)
	w.drive(start+1, w.provs, w.r)
	holders := map[common.Address]int{}
	for i := range w.r.shards {
		owner, _ := w.holder(w.r, i)
		if w.provider(owner) == nil {
			t.Fatalf("slot %d not filled by our providers", i)
		}
		holders[owner] = i
	}
	for _, vp := range w.provs {
		if _, ok := holders[vp.acct.Addr]; !ok {
			w.spare = vp
		} else {
			w.others = append(w.others, vp)
		}
	}
	victim := w.others[0]
	w.lost = holders[victim.acct.Addr]
	info, err := victim.store().Info(storage.SlotID(w.r.slot(w.lost)))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(info.Path); err != nil {
		t.Fatal(err)
	}
	// Until the slot is Repair (declared), without the spare.
	for e := w.CurrentEpoch(); ; e++ {
		si, err := w.client.SlotInfo(t.Context(), w.r.id, uint64(w.lost))
		if err != nil {
			t.Fatal(err)
		}
		if si.Kind == marketv2.KindRepair {
			break
		}
		if e > start+6 {
			t.Fatalf("slot %d never turned Repair", w.lost)
		}
		w.drive(e+1, w.others, w.r)
	}
	w.from = w.CurrentEpoch()
	return w
}

func (w *repairWorld) holderSet() uint64 {
	_, set := w.holder(w.r, w.lost)
	return set
}

// stepSpare steps the spare alone until done reports true (mining a block
// after each step), at most 40 rounds.
func (w *repairWorld) stepSpare(what string, done func() bool) {
	w.t.Helper()
	for round := 0; !done(); round++ {
		if round > 40 {
			w.t.Fatalf("spare: %s not reached after %d rounds", what, round)
		}
		if err := w.spare.p.Step(w.t.Context(), w.CurrentEpoch()); err != nil {
			w.t.Logf("spare: %v", err)
		}
		if done() {
			break
		}
		w.Mine(1)
	}
}

func (w *repairWorld) shardState() (storage.ShardState, bool) {
	info, err := w.spare.store().Info(storage.SlotID(w.r.slot(w.lost)))
	return info.State, err == nil
}

func (w *repairWorld) untilReserved() {
	w.stepSpare("reservation", func() bool { return w.reservedBy(w.r, w.lost) == w.spare.acct.Addr })
	if _, ok := w.shardState(); ok {
		w.t.Fatal("shard rebuilt before the restart point")
	}
	w.spare.close(w.t)
}

func (w *repairWorld) untilRebuilt() {
	w.stepSpare("rebuilt shard", func() bool { _, ok := w.shardState(); return ok })
	if st, _ := w.shardState(); st != storage.StateStored {
		w.t.Fatalf("rebuilt shard %v before the restart point, want stored (not filled)", st)
	}
	w.spare.close(w.t)
}

// untilFillSent rebuilds, then lets the repairer alone send its fill with
// automine off and the send's answer dropped, abandons the step and
// closes the spare, as a kill; the fill mines while it is down.
func (w *repairWorld) untilFillSent() {
	t := w.t
	w.stepSpare("rebuilt shard", func() bool { _, ok := w.shardState(); return ok })
	w.Mine(3) // past the fill delay
	_ = w.abandonAtSend(w.px[w.spare.acct.Index], "the repair fill", func(ctx context.Context) error {
		return w.spare.p.Repairer().Step(ctx, w.CurrentEpoch())
	})
	if st, _ := w.shardState(); st != storage.StateStored {
		t.Fatalf("shard %v before the restart, want stored", st)
	}
	w.spare.close(t)
	if err := w.node.SetAutomine(t.Context(), true); err != nil {
		t.Fatal(err)
	}
	w.Mine(1) // the fill lands while the spare is down
}

// check asserts the repair completed once, by the spare (see the test).
func (w *repairWorld) check(name string) {
	t := w.t
	if got := w.holderSet(); got != w.spare.set() {
		t.Fatalf("slot %d held by set %d, want the spare's %d", w.lost, got, w.spare.set())
	}
	slot := w.r.slot(w.lost)
	fills, reserves := 0, 0
	for _, l := range w.events("SlotFilled") {
		if ev, err := w.abi.UnpackSlotFilledEvent(&l); err == nil && ev.SlotId == slot && ev.Provider == w.spare.acct.Addr {
			fills++
		}
	}
	for _, l := range w.events("SlotReserved") {
		if ev, err := w.abi.UnpackSlotReservedEvent(&l); err == nil && ev.SlotId == slot && ev.Provider == w.spare.acct.Addr {
			reserves++
		}
	}
	if fills != 1 || reserves != 1 {
		t.Errorf("spare: %d fills, %d reservations of slot %d; want one each (paid once)", fills, reserves, w.lost)
	}
	if n := len(w.events("ReservationLapsed")); n != 0 {
		t.Errorf("%d reservations lapsed, want none", n)
	}
	if st := w.spare.p.ResumeStats(); st.Adopted == 0 {
		t.Errorf("resume stats %+v; want the repair adopted", st)
	}
	if name == "after rebuild" {
		if st := w.spare.p.Repairer().Stats(); st.Received != 0 || st.Filled != 1 {
			t.Errorf("restarted repairer stats %+v; want one fill and no second rebuild", st)
		}
	}
	if st, _ := w.shardState(); st != storage.StateProving {
		t.Errorf("spare's shard %v, want proving", st)
	}
	f, err := w.spare.store().Open(storage.SlotID(slot))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(f)
	f.Close()
	if err != nil || !bytes.Equal(got, w.r.shards[w.lost]) {
		t.Errorf("rebuilt shard differs from the lost one (%v)", err)
	}
	if left, _ := filepath.Glob(filepath.Join(w.spare.dir, "tmp", "cairn-repair-*")); len(left) != 0 {
		t.Errorf("temporary rebuild files left: %v", left)
	}
	at := w.CurrentEpoch()
	w.drive(at+2, w.provs, w.r)
	if n := w.proofs()[w.spare.set()][at+1]; n != 1 {
		t.Errorf("spare's set %d: %d proofs of epoch %d, want 1", w.spare.set(), n, at+1)
	}
}
