package market_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/cairn-storage/cairn/storage"
)

// A repair's partial shard whose reservation lapsed while the node was
// down is deleted at the restart (Repairer.DropAbandoned through the
// resumer): the spare reserves the Repair slot and is closed mid-rebuild
// (half the shard in its store's partial file, as a kill leaves it), stays
// down until the ledger's confirmed block is past the reservation's TTL,
// and the reopened provider's first step deletes the partial (index entry
// and file) and frees its space, counted Dropped. Fails without the fix: the resumer never looked
// at partial shards, so this one stayed Receiving, its space reserved,
// for good. A reservation still live resumes as before
// (TestProviderResumeRepair).
func TestProviderResumeDropsLapsedRepairShard(t *testing.T) {
	w := newRepairWorld(t)
	w.untilReserved()
	slot := storage.SlotID(w.r.slot(w.lost))
	size := w.r.p.ShardSize
	st, err := storage.OpenStore(storage.StoreConfig{Dir: filepath.Join(w.spare.dir, "store"), Capacity: 1 << 30}, nil)
	if err != nil {
		t.Fatal(err)
	}
	sw, err := st.Begin(slot, storage.ShardMeta{RequestID: w.r.id, SlotIndex: uint64(w.lost), Root: w.r.p.ShardRoots[w.lost], Size: size})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sw.Write(w.r.shards[w.lost][:size/2]); err != nil {
		t.Fatal(err)
	}
	if err := errors.Join(sw.Close(), st.Close()); err != nil { // the partial stays, as after a kill
		t.Fatal(err)
	}
	// Down past the TTL (and the ledger's confirmations); the others prove.
	for target := w.Head() + w.Config.ReservationTTL + 8; w.Head() < target; {
		w.drive(w.CurrentEpoch()+1, w.others)
	}

	w.spare.m = w.marketAt(w.spare.acct, w.px[w.spare.acct.Index].URL())
	w.open(w.spare, v2Config())
	if in, err := w.spare.store().Info(slot); err != nil || in.State != storage.StateReceiving {
		t.Fatalf("partial shard at the restart: %+v, %v; want receiving", in, err)
	}
	free := w.spare.store().Free()
	if err := w.spare.p.Step(t.Context(), w.CurrentEpoch()); err != nil {
		t.Logf("first step: %v", err)
	}
	if in, err := w.spare.store().Info(slot); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("after the first step the lapsed repair's shard is %+v (%v); want deleted", in, err)
	}
	if _, err := os.Stat(filepath.Join(w.spare.dir, "store", "partial", slot.String())); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("partial file left: %v", err)
	}
	if got := w.spare.store().Free(); got != free+size {
		t.Fatalf("free %d after the drop, want %d (the partial's space back)", got, free+size)
	}
	if s := w.spare.p.Repairer().Stats(); s.Dropped != 1 {
		t.Fatalf("repairer stats %+v, want one dropped", s)
	}
}
