package marketv2

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// The taker's memories of placed and abandoned slots end: a placement
// with its request's end epoch, an abandoned slot once its reservation
// has surely lapsed; a ticket or a slot no longer Initial lifts a
// placement at once.
func TestTakerForgetsPlacedAndAbandoned(t *testing.T) {
	tk := &taker{placed: map[[32]byte]uint64{}, health: setHealth{abandoned: map[[32]byte]uint64{}}}
	o := Offer{Req: [32]byte{1}, Index: 1, Kind: KindInitial}
	o.Info.EndEpoch = 20
	tk.rememberPlaced(o)
	tk.health.abandoned[SlotID([32]byte{2}, 0)] = 500
	switch {
	case !tk.placedElsewhere(o, Request{}):
		t.Fatal("a placed Initial slot is not remembered")
	case tk.placedElsewhere(o, Request{Tickets: map[uint64]Ticket{1: {}}}):
		t.Fatal("a ticket for the slot does not lift its placement")
	}
	late := o
	late.Kind = KindLate
	if tk.placedElsewhere(late, Request{}) {
		t.Fatal("a Late slot is still held to its placement")
	}
	tk.prune(19, 499)
	if len(tk.placed) != 1 || len(tk.health.abandoned) != 1 {
		t.Fatalf("pruned early: %d placed, %d abandoned", len(tk.placed), len(tk.health.abandoned))
	}
	tk.prune(20, 500)
	if len(tk.placed) != 0 || len(tk.health.abandoned) != 0 {
		t.Fatalf("not pruned at the end: %d placed, %d abandoned", len(tk.placed), len(tk.health.abandoned))
	}
}

// A request that carries its placement is read from it, before any
// reservation: the slot named for another is skipped, ours and an open
// one (zero address) are not, a ticket lifts the placement, and a Late
// slot is never held to it. The refusals remembered are not consulted.
func TestTakerReadsPlacement(t *testing.T) {
	self, other := common.Address{0xaa}, common.Address{0xbb}
	tk := &taker{self: self, placed: map[[32]byte]uint64{}}
	r := Request{ID: [32]byte{3}, Allowed: []common.Address{other, self, {}}}
	o := func(i uint64, kind uint8) Offer { return Offer{Req: r.ID, Index: i, Kind: kind} }
	tk.rememberPlaced(o(1, KindInitial)) // a stale memory must not override the list
	for _, c := range []struct {
		name string
		o    Offer
		r    Request
		want bool
	}{
		{"placed for another", o(0, KindInitial), r, true},
		{"placed for us", o(1, KindInitial), r, false},
		{"open slot", o(2, KindInitial), r, false},
		{"ticketed", o(0, KindInitial), Request{ID: r.ID, Allowed: r.Allowed, Tickets: map[uint64]Ticket{0: {}}}, false},
		{"late", o(0, KindLate), r, false},
		{"repair", o(0, KindRepair), r, false},
	} {
		if got := tk.placedElsewhere(c.o, c.r); got != c.want {
			t.Errorf("%s: placedElsewhere = %v, want %v", c.name, got, c.want)
		}
	}
}
