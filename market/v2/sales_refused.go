package marketv2

// What a taker remembers about slots it will not reserve, so that each
// scan (every block, of every open request) does not ask the chain again.
// Both memories are bounded: an entry ends with its request or with its
// reservation's lapse, and step prunes it then. Guarded by taker.mu.

// placedElsewhere reports whether o is an Initial slot that the client
// placed for another provider: our untickted reservation of it reverted
// NotAllowedProvider. The placement (`_allowed`) is fixed at request time
// and binds only while the slot is Initial, so it is remembered until the
// slot turns Late or Repair, or the request ends; a ticket for the slot
// lifts it (a ticketed reservation is not bound by the placement).
func (t *taker) placedElsewhere(o Offer, tickets map[uint64]Ticket) bool {
	if o.Kind != KindInitial {
		return false
	}
	if _, ticketed := tickets[o.Index]; ticketed {
		return false
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
