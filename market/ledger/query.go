package ledger

import (
	"fmt"
	"math/big"

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

// Request returns a request; ok is false when no StorageRequested for it
// was applied.
func (l *Ledger) Request(id [32]byte) (Request, bool, error) {
	var out Request
	var ok bool
	err := l.readV1(func(r pebble.Reader) (err error) {
		ok, err = getJSON(r, requestKey(id), &out)
		return err
	})
	return out, ok, err
}

// requests resolves request ids stored as the values of an index.
func requests(r pebble.Reader, prefix []byte, idOf func(k, v []byte) []byte) ([]Request, error) {
	var out []Request
	err := scan(r, prefix, func(k, v []byte) error {
		id := idOf(k, v)
		var q Request
		ok, err := getJSON(r, key(pRequest, id), &q)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("index key %x names a missing request", k)
		}
		out = append(out, q)
		return nil
	})
	return out, err
}

// RequestsOf lists a client's requests, oldest (lowest nonce) first.
func (l *Ledger) RequestsOf(client common.Address) ([]Request, error) {
	var out []Request
	err := l.readV1(func(r pebble.Reader) (err error) {
		out, err = requests(r, key(pByClient, client[:]), func(_, v []byte) []byte { return v })
		return err
	})
	return out, err
}

// OpenRequests lists the pending and active requests, by id.
func (l *Ledger) OpenRequests() ([]Request, error) {
	var out []Request
	err := l.readV1(func(r pebble.Reader) (err error) {
		out, err = requests(r, []byte{pOpen}, func(k, _ []byte) []byte { return k[1:] })
		return err
	})
	return out, err
}

// Slot returns a slot; ok is false for a slot never reserved nor filled.
func (l *Ledger) Slot(slot [32]byte) (Slot, bool, error) {
	var out Slot
	var ok bool
	err := l.readV1(func(r pebble.Reader) (err error) {
		ok, err = getJSON(r, slotKey(slot), &out)
		return err
	})
	return out, ok, err
}

// SlotsHeldBy lists the slots whose last filler is p, in every state
// (filled, freed or closed): a provider's own view of what it holds or
// held, by slot id.
func (l *Ledger) SlotsHeldBy(p common.Address) ([]Slot, error) {
	var out []Slot
	err := l.readV1(func(r pebble.Reader) error {
		prefix := key(pByHolder, p[:])
		return scan(r, prefix, func(k, _ []byte) error {
			var s Slot
			ok, err := getJSON(r, key(pSlot, k[len(prefix):]), &s)
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("index key %x names a missing slot", k)
			}
			out = append(out, s)
			return nil
		})
	})
	return out, err
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

// Providers returns every registered provider's latest peer info.
func (l *Ledger) Providers() (map[common.Address][]byte, error) {
	out := map[common.Address][]byte{}
	err := l.read(func(r pebble.Reader) error {
		return scan(r, []byte{pProvider}, func(k, v []byte) error {
			out[common.BytesToAddress(k[1:])] = append([]byte{}, v...)
			return nil
		})
	})
	return out, err
}

// SlotStats returns a slot's proof and miss counts (zero for a slot with
// none).
func (l *Ledger) SlotStats(slot [32]byte) (SlotStats, error) {
	st := SlotStats{Slashed: new(big.Int)}
	err := l.readV1(func(r pebble.Reader) error {
		_, err := getJSON(r, statsKey(slot), &st)
		return err
	})
	if st.Slashed == nil {
		st.Slashed = new(big.Int)
	}
	return st, err
}
