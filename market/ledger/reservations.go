package ledger

import (
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
)

// endReservations ends the slot's live reservations at block b: the
// filler's is consumed, every other one dropped (lapsed ones were already
// marked by their ReservationLapsed, which the contract emits first).
func endReservations(t *txn, req, slot [32]byte, filler common.Address, b uint64) error {
	lo := key(pReservation, req[:], slot[:])
	it, err := t.b.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: upper(lo)})
	if err != nil {
		return fmt.Errorf("iterate reservations: %w", err)
	}
	var live []Reservation
	for it.First(); it.Valid(); it.Next() {
		var r Reservation
		if err := unmarshal(it.Key(), it.Value(), &r); err != nil {
			_ = it.Close()
			return err
		}
		if r.State == ReservationLive {
			live = append(live, r)
		}
	}
	if err := it.Close(); err != nil {
		return fmt.Errorf("iterate reservations: %w", err)
	}
	for _, r := range live {
		r.State, r.EndBlock = ReservationDropped, b
		if r.Reserver == filler {
			r.State = ReservationConsumed
		}
		if err := t.putJSON(reservationKey(req, slot, r.Reserver), r); err != nil {
			return err
		}
	}
	return nil
}
