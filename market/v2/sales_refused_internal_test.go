package marketv2

import "testing"

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
	case !tk.placedElsewhere(o, nil):
		t.Fatal("a placed Initial slot is not remembered")
	case tk.placedElsewhere(o, map[uint64]Ticket{1: {}}):
		t.Fatal("a ticket for the slot does not lift its placement")
	}
	late := o
	late.Kind = KindLate
	if tk.placedElsewhere(late, nil) {
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
