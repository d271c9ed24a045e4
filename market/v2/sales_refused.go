package marketv2

import "github.com/ethereum/go-ethereum/common"

// What a taker remembers about slots it will not reserve, so that each
// scan (every block, of every open request) does not ask the chain again.
// Both memories are bounded: an entry ends with its request or with its
// reservation's lapse, and step prunes it then. Guarded by taker.mu.

// placedElsewhere reports whether o is an Initial slot that the client
// placed for another provider: the request's Allowed names another
// address for it, or (a source that does not carry the placement) our
// untickted reservation of it reverted NotAllowedProvider. The placement
// (`_allowed`) is fixed at request time and binds only while the slot is
// Initial, so a remembered refusal lasts until the slot turns Late or
// Repair, or the request ends; a ticket for the slot lifts it (a ticketed
// reservation is not bound by the placement). Knowing the placement up
// front, a placed provider's first reservation is its own slot, which the
// client's early push waits for (docs/market-v2.md).
func (t *taker) placedElsewhere(o Offer, r Request) bool {
	if o.Kind != KindInitial {
		return false
	}
	if _, ticketed := r.Tickets[o.Index]; ticketed {
		return false
	}
	if o.Index < uint64(len(r.Allowed)) {
		a := r.Allowed[o.Index]
		return a != (common.Address{}) && a != t.self
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	_, placed := t.placed[SlotID(o.Req, o.Index)]
	return placed
}

// rememberPlaced records a NotAllowedProvider refusal of Initial slot o.
func (t *taker) rememberPlaced(o Offer) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.placed[SlotID(o.Req, o.Index)] = uint64(o.Info.EndEpoch)
}

// prune forgets placements of requests that ended before epoch and
// abandoned slots whose reservations have lapsed by head.
func (t *taker) prune(epoch, head uint64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for id, end := range t.placed {
		if end <= epoch {
			delete(t.placed, id)
		}
	}
	for id, lapsed := range t.health.abandoned {
		if lapsed <= head {
			delete(t.health.abandoned, id)
		}
	}
}
