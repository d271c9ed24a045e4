package ledger

import (
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
)

// getJSON reads one JSON value; ok is false when the key is absent.
func getJSON(r pebble.Reader, k []byte, v any) (bool, error) {
	b, ok, err := getFrom(r, k)
	if err != nil || !ok {
		return ok, err
	}
	return true, unmarshal(k, b, v)
}

// scan calls f for every key with the prefix, in key order.
func scan(r pebble.Reader, prefix []byte, f func(k, v []byte) error) error {
	it, err := r.NewIter(&pebble.IterOptions{LowerBound: prefix, UpperBound: upper(prefix)})
	if err != nil {
		return fmt.Errorf("iterate %x: %w", prefix, err)
	}
	for it.First(); it.Valid(); it.Next() {
		if err := f(it.Key(), it.Value()); err != nil {
			_ = it.Close()
			return err
		}
	}
	if err := it.Close(); err != nil {
		return fmt.Errorf("iterate %x: %w", prefix, err)
	}
	return nil
}

// Reservations lists every reservation of a request's slots (live or
// ended), by slot id then reserver.
func (l *Ledger) Reservations(req [32]byte) ([]Reservation, error) {
	var out []Reservation
	err := l.read(func(r pebble.Reader) error {
		return scan(r, key(pReservation, req[:]), func(k, v []byte) error {
			var x Reservation
			if err := unmarshal(k, v, &x); err != nil {
				return err
			}
			out = append(out, x)
			return nil
		})
	})
	return out, err
}

// ReservationsBy lists every reservation p made (live or ended), by
// request then slot.
func (l *Ledger) ReservationsBy(p common.Address) ([]Reservation, error) {
	var out []Reservation
	err := l.read(func(r pebble.Reader) error {
		prefix := key(pByReserver, p[:])
		return scan(r, prefix, func(k, _ []byte) error {
			rest := k[len(prefix):]
			if len(rest) != 64 {
				return fmt.Errorf("bad reserver index key %x", k)
			}
			var x Reservation
			ok, err := getJSON(r, key(pReservation, rest, p[:]), &x)
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("index key %x names a missing reservation", k)
			}
			out = append(out, x)
			return nil
		})
	})
	return out, err
}
