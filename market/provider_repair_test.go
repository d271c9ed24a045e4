package market_test

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
)

// A provider loses a slot's shard in one of two ways and another
// provider repairs it: stopped (no steps, no p2p), its set misses and
// another provider's settler fails it with settleSet; or its shard file
// is deleted, and its own prover declares the member. Either way the one
// provider without a role in the request reserves the Repair slot,
// fetches k shards from the other holders over p2p (authorized as the
// slot's reserver), rebuilds the lost one, whose root matches the
// request's, fills it into its set and proves it.
func TestProviderRepairsLostSlot(t *testing.T) {
	for _, tc := range []struct {
		name    string
		stopped bool // else the shard file is deleted
	}{
		{"stopped provider, set failed", true},
		{"shard file deleted, member declared", false},
	} {
		t.Run(tc.name, func(t *testing.T) { testRepair(t, tc.stopped) })
	}
}

func testRepair(t *testing.T, stopped bool) {
	w := newV2World(t)
	for i := 2; i <= 8; i++ {
		w.addProvider(i, v2Config())
	}
	start := w.CurrentEpoch() + 4
	r := w.request(4, 2, 200_000, start, start+20)
	w.drive(start+1, w.provs, r)

	holders := map[common.Address]int{}
	for i := range r.shards {
		owner, _ := w.holder(r, i)
		if w.provider(owner) == nil {
			t.Fatalf("slot %d not filled by our providers", i)
		}
		holders[owner] = i
	}
	var spare *v2prov
	for _, vp := range w.provs {
		if _, ok := holders[vp.acct.Addr]; !ok {
			spare = vp
		}
	}
	victim := w.provs[0]
	if victim == spare {
		victim = w.provs[1]
	}
	lost, victimSet := holders[victim.acct.Addr], victim.set()
	steps := w.provs
	if stopped {
		victim.stop() // unreachable and no longer stepped
		steps = nil
		for _, vp := range w.provs {
			if vp != victim {
				steps = append(steps, vp)
			}
		}
	} else {
		info, err := victim.store().Info(storage.SlotID(r.slot(lost)))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Remove(info.Path); err != nil {
			t.Fatal(err)
		}
	}
	from := w.CurrentEpoch()
	var newSet uint64
	for e := from; e < from+12 && newSet != spare.set(); e++ {
		w.drive(e+1, steps, r)
		_, newSet = w.holder(r, lost)
	}
	si, err := w.client.SetInfo(t.Context(), victimSet)
	if err != nil {
		t.Fatal(err)
	}
	failed := uint64(0)
	for _, vp := range steps {
		if s := vp.p.Settler(); s != nil {
			failed += s.Stats().SetsFailed
		}
	}
	if stopped {
		if si.State != marketv2.SetFailedState || failed != 1 {
			t.Fatalf("victim's set %d: %+v; settlers failed %d sets; want it failed once", victimSet, si, failed)
		}
	} else {
		// The prover or the scrubber (whichever reads the shard first) declares it.
		st := victim.p.Prover().Stats(victimSet)
		status, err := victim.p.Status(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if si.State != marketv2.SetActive || failed != 0 || st.Declared+status.Scrub.Declared != 1 {
			t.Fatalf("victim's set %d: %+v, prover stats %+v, scrub %+v, settlers failed %d; want it active with one declared member",
				victimSet, si, st, status.Scrub, failed)
		}
	}
	if newSet != spare.set() {
		t.Fatalf("slot %d held by set %d, want the spare's %d", lost, newSet, spare.set())
	}
	if st := spare.p.Repairer().Stats(); st.Filled != 1 {
		t.Errorf("spare's repairer stats %+v, want one fill", st)
	}
	// The rebuilt shard is byte for byte the lost one; its root matches.
	f, err := spare.store().Open(storage.SlotID(r.slot(lost)))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	root, err := proofs.Root(bytes.NewReader(got), uint64(len(got)))
	if err != nil || root != r.p.ShardRoots[lost] || !bytes.Equal(got, r.shards[lost]) {
		t.Fatalf("rebuilt shard: root %x (want %x), equal bytes %v, %v", root, r.p.ShardRoots[lost], bytes.Equal(got, r.shards[lost]), err)
	}
	// And the spare proves it.
	at := w.CurrentEpoch()
	w.drive(at+2, steps, r)
	if n := w.proofs()[spare.set()][at+1]; n != 1 {
		t.Errorf("spare's set %d: %d proofs of epoch %d, want 1", spare.set(), n, at+1)
	}
}
