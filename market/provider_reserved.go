package market

import (
	"context"
	"errors"
	"sync"
	"time"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// unknownReservationTTL is how long a reservation whose block is unknown
// (its receipt was lost) is remembered for pushes.
const unknownReservationTTL = 10 * time.Minute

// reservedSlots are the slots our sales service reserved, by slot id: the
// push authorizer and the inbox answer from them without an RPC. An entry
// lives until its reservation lapses on chain (block + TTL).
type reservedSlots struct {
	ttl uint64

	mu      sync.Mutex
	slots   map[[32]byte]*reservedSlot
	pending map[[32]byte]*pendingReservation // reservations sent, outcome not known yet
	// begun is closed (and replaced) whenever a reservation is sent, for
	// reserving's waiters.
	begun chan struct{}
}

// pendingReservation is a reservation sent whose outcome is not known:
// outcome is closed when it is.
type pendingReservation struct {
	req     [32]byte
	index   uint64
	outcome chan struct{}
}

type reservedSlot struct {
	req       [32]byte
	index     uint64
	block     uint64 // reservation block; 0 if its receipt was lost
	at        time.Time
	delivered bool // the shard was received and committed
}

func newReservedSlots(ttl uint64) *reservedSlots {
	return &reservedSlots{ttl: ttl, slots: map[[32]byte]*reservedSlot{}, pending: map[[32]byte]*pendingReservation{}, begun: make(chan struct{})}
}

// pendingReservationWait bounds how long a push of a slot whose
// reservation we sent waits for its outcome: the client may push as soon
// as we tell it we are reserving (reserving), before the transaction is
// mined.
const pendingReservationWait = time.Minute

// begin marks a reservation of (req, index) as sent; done notes its
// outcome and releases the pushes waiting on it.
func (r *reservedSlots) begin(req [32]byte, index uint64) (done func(block uint64, err error)) {
	id := marketv2.SlotID(req, index)
	p := &pendingReservation{req: req, index: index, outcome: make(chan struct{})}
	r.mu.Lock()
	r.pending[id] = p
	close(r.begun)
	r.begun = make(chan struct{})
	r.mu.Unlock()
	return func(block uint64, err error) {
		r.note(req, index, block, err)
		r.mu.Lock()
		if r.pending[id] == p {
			delete(r.pending, id)
		}
		r.mu.Unlock()
		close(p.outcome)
	}
}

// pendingOf returns slot's reservation in flight, if one is.
func (r *reservedSlots) pendingOf(slot [32]byte) (*pendingReservation, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	p, ok := r.pending[slot]
	return p, ok
}

// requestOf returns the request of slot if we reserved it or are
// reserving it.
func (r *reservedSlots) requestOf(slot [32]byte) ([32]byte, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if p, ok := r.pending[slot]; ok {
		return p.req, true
	}
	if e, ok := r.slots[slot]; ok {
		return e.req, true
	}
	return [32]byte{}, false
}

// reservingWait bounds how long a client's question "which slot of my
// request are you reserving?" waits for our sales to send a reservation.
const reservingWait = 10 * time.Second

// reserving returns the index of a slot of req that we are reserving or
// reserved and have not received yet, waiting up to reservingWait (or
// ctx) for sales to send one.
func (r *reservedSlots) reserving(ctx context.Context, req [32]byte) (uint64, bool) {
	t := time.NewTimer(reservingWait)
	defer t.Stop()
	for {
		r.mu.Lock()
		begun := r.begun
		for _, p := range r.pending {
			if p.req == req {
				r.mu.Unlock()
				return p.index, true
			}
		}
		for _, e := range r.slots {
			if e.req == req && !e.delivered {
				r.mu.Unlock()
				return e.index, true
			}
		}
		r.mu.Unlock()
		select {
		case <-begun:
		case <-t.C:
			return 0, false
		case <-ctx.Done():
			return 0, false
		}
	}
}

// note records a reservation attempt: a typed revert reserved nothing;
// any other outcome may have (an unknown outcome is kept, as sales keeps it).
func (r *reservedSlots) note(req [32]byte, index, block uint64, err error) {
	var ce marketv2.ContractError
	if errors.As(err, &ce) {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.slots[marketv2.SlotID(req, index)] = &reservedSlot{req: req, index: index, block: block, at: time.Now()}
}

// get returns a copy of slot's entry.
func (r *reservedSlots) get(slot [32]byte) (reservedSlot, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	e, ok := r.slots[slot]
	if !ok {
		return reservedSlot{}, false
	}
	return *e, true
}

// keep records a reservation known from the ledger (after a restart)
// unless an entry for the slot exists.
func (r *reservedSlots) keep(req [32]byte, index, block uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	id := marketv2.SlotID(req, index)
	if _, ok := r.slots[id]; !ok {
		r.slots[id] = &reservedSlot{req: req, index: index, block: block, at: time.Now()}
	}
}

func (r *reservedSlots) markDelivered(slot [32]byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if e, ok := r.slots[slot]; ok {
		e.delivered = true
	}
}

// prune forgets reservations lapsed at head (or, block unknown, older
// than unknownReservationTTL).
func (r *reservedSlots) prune(head uint64, now time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for id, e := range r.slots {
		if (e.block != 0 && head > e.block+r.ttl) || (e.block == 0 && now.Sub(e.at) > unknownReservationTTL) {
			delete(r.slots, id)
		}
	}
}

// recordingTaker is the market as sales' SlotTaker, noting every
// reservation in reservedSlots.
type recordingTaker struct {
	*marketv2.Market
	r *reservedSlots
}

var _ marketv2.SlotTaker = recordingTaker{}

func (t recordingTaker) ReserveSlot(ctx context.Context, req [32]byte, index uint64) (uint64, error) {
	done := t.r.begin(req, index)
	b, err := t.Market.ReserveSlot(ctx, req, index)
	done(b, err)
	return b, err
}

func (t recordingTaker) ReserveSlotWithTicket(ctx context.Context, req [32]byte, index, deadline uint64, sig []byte) (uint64, error) {
	done := t.r.begin(req, index)
	b, err := t.Market.ReserveSlotWithTicket(ctx, req, index, deadline, sig)
	done(b, err)
	return b, err
}
