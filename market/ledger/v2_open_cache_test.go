package ledger_test

import (
	"testing"
)

// OpenSlotRequests is computed once per generation of derived state:
// blocks without events leave the shared answer as it was (the same
// slice), and a page with an event (a new request) makes a new one.
func TestLedgerV2OpenSlotRequestsCachedUntilEvents(t *testing.T) {
	f := newFx2(t)
	l := f.open(t.TempDir(), f.Client, 0)
	start := f.CurrentEpoch() + 3
	r1 := f.request(start, start+20)
	f.sync(l, 0)
	a, err := l.OpenSlotRequests()
	if err != nil || len(a) != 1 || a[0].ID != r1.id {
		t.Fatalf("open %v (err %v), want r1", a, err)
	}
	f.Mine(5)
	f.sync(l, 0)
	b, err := l.OpenSlotRequests()
	if err != nil || len(b) != 1 || &b[0] != &a[0] {
		t.Fatalf("after 5 empty blocks: %v (err %v), want the same answer, not recomputed", b, err)
	}
	r2 := f.request(start, start+20)
	f.sync(l, 0)
	c, err := l.OpenSlotRequests()
	if err != nil || len(c) != 2 {
		t.Fatalf("after r2 %x: %d open (err %v), want 2", r2.id[:4], len(c), err)
	}
}
