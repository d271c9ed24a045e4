package market

import (
	"context"
	"errors"
	"testing"
	"time"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// A reservation we sent is known before its outcome (a push may start,
// and a client asking which slot we reserve is told); a reverted one is
// forgotten at its outcome, a lost answer kept.
func TestReservedSlotsPendingReservation(t *testing.T) {
	req := [32]byte{1}
	slot := marketv2.SlotID(req, 2)
	for _, tc := range []struct {
		name   string
		err    error // the reservation's outcome
		wantOK bool
	}{
		{"mined", nil, true},
		{"reverted", marketv2.ErrSlotNotOpen, false},
		{"lost answer", errors.New("receipt: connection reset"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newReservedSlots(10)
			if _, ok := r.requestOf(slot); ok {
				t.Fatal("an unknown slot is reserved")
			}
			done := r.begin(req, 2)
			p, pending := r.pendingOf(slot)
			if got, ok := r.requestOf(slot); !pending || !ok || got != req || p.index != 2 {
				t.Fatalf("a reservation in flight: pending %v, request %x %v", pending, got, ok)
			}
			done(7, tc.err)
			select {
			case <-p.outcome:
			default:
				t.Fatal("the outcome was not signalled")
			}
			if _, pending := r.pendingOf(slot); pending {
				t.Fatal("still in flight after its outcome")
			}
			if _, ok := r.requestOf(slot); ok != tc.wantOK {
				t.Fatalf("after outcome %v: reserved %v, want %v", tc.err, ok, tc.wantOK)
			}
			if e, ok := r.get(slot); ok != tc.wantOK || (ok && e.block != 7) {
				t.Fatalf("entry %+v %v", e, ok)
			}
		})
	}
}

// reserving answers with the slot our sales reserves in a request, once
// the reservation is sent (waiting for it), and not for a slot already
// received or another request's.
func TestReservedSlotsReserving(t *testing.T) {
	req, other := [32]byte{1}, [32]byte{2}
	r := newReservedSlots(10)
	got := make(chan uint64, 1)
	go func() {
		i, ok := r.reserving(t.Context(), req)
		if !ok {
			i = 99
		}
		got <- i
	}()
	_ = r.begin(other, 4)
	select {
	case i := <-got:
		t.Fatalf("answered %d before a reservation of the request", i)
	case <-time.After(50 * time.Millisecond):
	}
	done := r.begin(req, 3)
	if i := <-got; i != 3 {
		t.Fatalf("reserving: %d, want 3", i)
	}
	done(8, nil)
	if i, ok := r.reserving(t.Context(), req); !ok || i != 3 {
		t.Fatalf("after the reservation was mined: %d %v", i, ok)
	}
	r.markDelivered(marketv2.SlotID(req, 3))
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Millisecond)
	defer cancel()
	if i, ok := r.reserving(ctx, req); ok {
		t.Fatalf("a received slot is still offered: %d", i)
	}
}
