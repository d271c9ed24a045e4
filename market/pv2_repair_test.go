package market_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
)

// A provider that stops (no steps, no p2p) misses its epochs; another
// provider's settler fails its set with settleSet, and the one provider
// without a role in the request repairs the slot: it fetches k shards
// from the other holders over p2p (authorized as the Repair slot's
// reserver), rebuilds the lost one, whose root matches the request's,
// fills it into its set and proves it.
func TestProviderV2RepairsSlotOfStoppedProvider(t *testing.T) {
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
	lost, failedSet := holders[victim.acct.Addr], victim.set()
	victim.stop() // unreachable and no longer stepped
	var rest []*v2prov
	for _, vp := range w.provs {
		if vp != victim {
			rest = append(rest, vp)
		}
	}
	from := w.CurrentEpoch()
	var newSet uint64
	for e := from; e < from+12 && newSet != spare.set(); e++ {
		w.drive(e+1, rest, r)
		_, newSet = w.holder(r, lost)
	}
	si, err := w.client.SetInfo(t.Context(), failedSet)
	if err != nil || si.State != marketv2.SetFailedState {
		t.Fatalf("victim's set %d: %+v, %v; want failed", failedSet, si, err)
	}
	settled := uint64(0)
	for _, vp := range rest {
		if s := vp.p.Settler(); s != nil {
			settled += s.Stats().SetsFailed
		}
	}
	if settled != 1 {
		t.Errorf("settlers failed %d sets, want 1", settled)
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
	w.drive(at+2, rest, r)
	if n := w.proofs()[spare.set()][at+1]; n != 1 {
		t.Errorf("spare's set %d: %d proofs of epoch %d, want 1", spare.set(), n, at+1)
	}
}
