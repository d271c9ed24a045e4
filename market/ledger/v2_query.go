package ledger

import (
	"fmt"
	"math/big"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/proofs"
)

// readV2 runs a read of the v2 state (the only protocol left).
func (l *Ledger) readV2(f func(r pebble.Reader) error) error { return l.read(f) }

// RequestV2 returns a v2 request; ok is false when no StorageRequested
// for it was applied.
func (l *Ledger) RequestV2(id [32]byte) (RequestV2, bool, error) {
	var out RequestV2
	var ok bool
	err := l.readV2(func(r pebble.Reader) (err error) {
		ok, err = getJSON(r, requestV2Key(id), &out)
		return err
	})
	return out, ok, err
}

func requestsV2(r pebble.Reader, prefix []byte, idOf func(k, v []byte) []byte) ([]RequestV2, error) {
	var out []RequestV2
	err := scan(r, prefix, func(k, v []byte) error {
		var q RequestV2
		ok, err := getJSON(r, key(pRequestV2, idOf(k, v)), &q)
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

// RequestsOfV2 lists a client's v2 requests by nonce, oldest first.
func (l *Ledger) RequestsOfV2(client common.Address) ([]RequestV2, error) {
	var out []RequestV2
	err := l.readV2(func(r pebble.Reader) (err error) {
		out, err = requestsV2(r, key(pByClient, client[:]), func(_, v []byte) []byte { return v })
		return err
	})
	return out, err
}

// RequestOfV2 returns the client's request with the given nonce.
func (l *Ledger) RequestOfV2(client common.Address, nonce uint64) (RequestV2, bool, error) {
	var out RequestV2
	var ok bool
	err := l.readV2(func(r pebble.Reader) error {
		id, found, err := getFrom(r, byClientKey(client, nonce))
		if err != nil || !found {
			return err
		}
		ok, err = getJSON(r, key(pRequestV2, id), &out)
		return err
	})
	return out, ok, err
}

// LiveRequestsV2 lists the pending and active v2 requests, by id.
func (l *Ledger) LiveRequestsV2() ([]RequestV2, error) {
	var out []RequestV2
	err := l.readV2(func(r pebble.Reader) (err error) {
		out, err = requestsV2(r, []byte{pOpen}, func(k, _ []byte) []byte { return k[1:] })
		return err
	})
	return out, err
}

// OpenSlotRequests lists the live requests that may have a slot open to
// a taker now or later without another event (what marketv2's
// RequestSource lists), by id: a slot never filled, faulted, held by a
// tenure in a set that is not Active, Declined, or ending before the
// request (its Renewal opens at end − 1). A request all of whose slots
// are held to its end by Active sets is left out; the kind itself depends
// on the epoch and block (read slotInfo).
//
// The answer is computed once per generation of derived state (it changes
// only when a page with events is applied or the ledger rewinds) and
// shared: the sales and repairer takers of a node ask at every block, and
// computing it decodes every live request's slots, tenures and sets (18%
// of a provider's CPU in a profile). Callers must not modify what it
// returns.
func (l *Ledger) OpenSlotRequests() ([]RequestV2, error) {
	l.mu.Lock()
	gen := l.gen
	l.mu.Unlock()
	l.openMu.Lock()
	defer l.openMu.Unlock()
	if l.openOK && l.openGen == gen {
		return l.open, nil
	}
	out, err := l.openSlotRequests()
	if err != nil {
		return nil, err
	}
	// Computed on state at least as new as gen: a later generation asks again.
	l.open, l.openGen, l.openOK = out, gen, true
	return out, nil
}

func (l *Ledger) openSlotRequests() ([]RequestV2, error) {
	var out []RequestV2
	err := l.readV2(func(r pebble.Reader) error {
		live, err := requestsV2(r, []byte{pOpen}, func(k, _ []byte) []byte { return k[1:] })
		if err != nil {
			return err
		}
		for _, q := range live {
			open, err := mayOpen(r, q)
			if err != nil {
				return err
			}
			if open {
				out = append(out, q)
			}
		}
		return nil
	})
	return out, err
}

func mayOpen(r pebble.Reader, q RequestV2) (bool, error) {
	for i := range q.Slots() {
		var s SlotV2
		ok, err := getJSON(r, slotV2Key(proofs.SlotID(q.ID, uint64(i))), &s)
		if err != nil {
			return false, err
		}
		if !ok || s.TenureSet == 0 {
			return true, nil // never held, or faulted
		}
		var t Tenure
		var set Set
		if ok, err := getJSON(r, tenureKey(s.TenureSet, s.TenureMid), &t); err != nil || !ok {
			return ok, err
		}
		if ok, err := getJSON(r, setKey(s.TenureSet), &set); err != nil || !ok {
			return ok, err
		}
		if set.State != SetActive || t.Flags&(FlagDeclined|FlagForfeit) != 0 || uint64(t.End) < q.EndEpoch {
			return true, nil
		}
	}
	return false, nil
}

// SlotV2 returns slot index of a v2 request (an untouched slot from the
// request's params); ok is false for an unknown request or index.
func (l *Ledger) SlotV2(req [32]byte, index uint64) (SlotV2, bool, error) {
	var out SlotV2
	var ok bool
	err := l.readV2(func(r pebble.Reader) error {
		var q RequestV2
		found, err := getJSON(r, requestV2Key(req), &q)
		if err != nil || !found || index >= uint64(q.Slots()) {
			return err
		}
		ok = true
		id := proofs.SlotID(req, index)
		if found, err := getJSON(r, slotV2Key(id), &out); err != nil || found {
			return err
		}
		out = SlotV2{ID: id, Request: req, Index: index, Root: q.Params.ShardRoots[index]}
		return nil
	})
	return out, ok, err
}

// LiveReservations lists the reservations of slot index of a request
// that are on chain now, as the contract's reservations view lists them
// (by reserver here, not by array position). Like the view, it includes
// entries past their TTL that nobody swept; v2's sweep refunds ticketed
// ones without an event, so callers drop entries with Block + TTL < head.
func (l *Ledger) LiveReservations(req [32]byte, index uint64) ([]Reservation, error) {
	var out []Reservation
	sid := proofs.SlotID(req, index)
	err := l.read(func(r pebble.Reader) error {
		return scan(r, key(pReservation, req[:], sid[:]), func(k, v []byte) error {
			var x Reservation
			if err := unmarshal(k, v, &x); err != nil {
				return err
			}
			if x.State == ReservationLive {
				out = append(out, x)
			}
			return nil
		})
	})
	return out, err
}

// PeerInfo returns a provider's latest peer info; ok is false for a
// provider that never registered.
func (l *Ledger) PeerInfo(p common.Address) ([]byte, bool, error) {
	var out []byte
	var ok bool
	err := l.read(func(r pebble.Reader) (err error) {
		out, ok, err = getFrom(r, providerKey(p))
		return err
	})
	return out, ok, err
}

// Set returns a proof set; ok is false for a set never created.
func (l *Ledger) Set(id uint64) (Set, bool, error) {
	var out Set
	var ok bool
	err := l.readV2(func(r pebble.Reader) (err error) {
		ok, err = getJSON(r, setKey(id), &out)
		return err
	})
	return out, ok, err
}

// SetsOf lists an owner's proof sets, by id.
func (l *Ledger) SetsOf(owner common.Address) ([]Set, error) {
	var out []Set
	err := l.readV2(func(r pebble.Reader) error {
		prefix := key(pByOwner, owner[:])
		return scan(r, prefix, func(k, _ []byte) error {
			var s Set
			ok, err := getJSON(r, key(pSet, k[len(prefix):]), &s)
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("index key %x names a missing set", k)
			}
			out = append(out, s)
			return nil
		})
	})
	return out, err
}

// Tenure returns a tenure's record; ok is false for an unknown one.
func (l *Ledger) Tenure(id *big.Int) (Tenure, bool, error) {
	var out Tenure
	var ok bool
	if tenureOK(id) != nil {
		return out, false, nil
	}
	set, mid := splitTenure(id)
	err := l.readV2(func(r pebble.Reader) (err error) {
		ok, err = getJSON(r, tenureKey(set, mid), &out)
		return err
	})
	return out, ok, err
}

// SetTenures lists every tenure of a set by mid, Final ones included,
// each with its tenureInfo as the ledger derives it: every field of the
// lens's but PendingPay and PendingSlash, which are nil (they need the
// set's per-epoch record: read tenureInfo).
func (l *Ledger) SetTenures(setID uint64) ([]TenureView, error) {
	var out []TenureView
	err := l.readV2(func(r pebble.Reader) error {
		var s Set
		if ok, err := getJSON(r, setKey(setID), &s); err != nil || !ok {
			return err
		}
		reqs := map[[32]byte]RequestV2{}
		return scan(r, key(pTenure, be64(setID)), func(k, v []byte) error {
			var t Tenure
			if err := unmarshal(k, v, &t); err != nil {
				return err
			}
			q, ok := reqs[t.Request]
			if !ok {
				found, err := getJSON(r, requestV2Key(t.Request), &q)
				if err != nil {
					return err
				}
				if !found {
					return fmt.Errorf("tenure %d/%d names a missing request", t.Set, t.Mid)
				}
				reqs[t.Request] = q
			}
			out = append(out, TenureView{ID: t.ID(), Mid: t.Mid, Info: info(t, s, q)})
			return nil
		})
	})
	return out, err
}
