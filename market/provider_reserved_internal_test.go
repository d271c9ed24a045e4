package market

import (
	"context"
	"errors"
	"testing"
	"time"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// A push that arrives while our reservation of its slot is still being
// confirmed waits for the outcome instead of being refused: the client
// sees the reservation mined before our sender's confirmations return it.
func TestReservedSlotsWaitForPendingReservation(t *testing.T) {
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
			if _, ok := r.wait(t.Context(), slot); ok {
				t.Fatal("an unknown slot is reserved")
			}
			done := r.begin(req, 2)
			got := make(chan bool, 1)
			go func() { _, ok := r.wait(t.Context(), slot); got <- ok }()
			select {
			case ok := <-got:
				t.Fatalf("wait returned %v before the reservation's outcome", ok)
			case <-time.After(50 * time.Millisecond):
			}
			done(7, tc.err)
			if ok := <-got; ok != tc.wantOK {
				t.Fatalf("after outcome %v: reserved %v, want %v", tc.err, ok, tc.wantOK)
			}
			if e, ok := r.get(slot); ok != tc.wantOK || (ok && e.block != 7) {
				t.Fatalf("entry %+v %v", e, ok)
			}
		})
	}
	t.Run("caller gives up", func(t *testing.T) {
		r := newReservedSlots(10)
		_ = r.begin(req, 2)
		ctx, cancel := context.WithTimeout(t.Context(), 20*time.Millisecond)
		defer cancel()
		if _, ok := r.wait(ctx, slot); ok {
			t.Fatal("a reservation without outcome counted as ours")
		}
	})
}
