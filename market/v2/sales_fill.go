package marketv2

import (
	"context"
	"errors"
	"fmt"

	"github.com/cairn-storage/cairn/storage"
)

// advance moves every pending slot on: learn its reservation block, get
// the shard into a set's store that has room, fill once allowed. A shard
// is deleted only when the confirmed view says the slot is not ours
// (unlessConfirmed; latest reads without one). Receives run beside the
// step (sales_receive.go): those that end within the grace are filled in
// this step, the others at a later one.
func (t *taker) advance(ctx context.Context, epoch, head uint64) error {
	t.mu.Lock()
	var ps []*pending
	for _, p := range t.pending {
		ps = append(ps, p)
	}
	t.mu.Unlock()
	var errs error
	var inFlight []*pending
	one := func(p *pending) {
		if err := t.advanceOne(ctx, p, epoch, head, &inFlight); err != nil {
			errs = errors.Join(errs, fmt.Errorf("%s slot %d of %s: %w", t.name, p.offer.Index, short(p.offer.Req), err))
		}
	}
	for _, p := range ps {
		one(p)
	}
	if len(inFlight) == 0 {
		return errs
	}
	waited := inFlight
	t.awaitReceipts(ctx, waited, t.grace)
	for _, p := range waited {
		if p.rx != nil && isDone(p.rx.done) {
			one(p)
		}
	}
	return errs
}

func (t *taker) done(p *pending) {
	t.settleReceive(p)
	t.mu.Lock()
	delete(t.pending, p.offer.Req)
	t.mu.Unlock()
}

func (t *taker) advanceOne(ctx context.Context, p *pending, epoch, head uint64, inFlight *[]*pending) error {
	p.waiting.Store(false) // until unlessConfirmed says so again
	o := p.offer
	role, err := t.reader.RoleOf(ctx, o.Req, t.self)
	if err != nil {
		return err
	}
	switch role {
	case RoleHolder:
		return t.filled(p, "fill confirmed by role")
	case RoleNone, RoleFormer:
		if p.block == 0 && !p.received {
			t.done(p) // an unknown reservation that never happened
			return nil
		}
		// A latest read: it may lag our fill or our reservation.
		if next, err := t.unlessConfirmed(ctx, p, fmt.Sprintf("role %d", role)); !next || err != nil {
			return err
		}
	}
	if p.block == 0 {
		rs, err := t.chain.Reservations(ctx, o.Req, o.Index)
		if err != nil {
			return err
		}
		for _, r := range rs {
			if r.Reserver == t.self {
				p.block = r.BlockNumber
				t.count(func(s *TakeStats) { s.Reserved++ })
			}
		}
		if p.block == 0 {
			return nil // reserved in another slot of the request? wait for the role to change
		}
	}
	if swept, err := t.sweepIfClosed(ctx, p); swept || err != nil {
		return err
	}
	if head > p.block+t.cfg.ReservationTTL {
		// Still Reserved by role but lapsed on chain: it can never fill
		// Dropped only once the confirmed view has seen the lapse too.
		_, err := t.unlessConfirmed(ctx, p, "reservation lapsed")
		return err
	}
	if !p.received && t.liveSets() == 0 {
		return t.abandon(p, "every set of ours failed or retired")
	}
	if ok, err := t.receive(ctx, p, inFlight); !ok || err != nil {
		return err
	}
	if epoch+1 < uint64(o.Info.StartEpoch) || head < p.block+t.cfg.FillDelayBlocks+1 {
		return nil // never before startEpoch − 1 (§10.3), nor before the fill seed
	}
	set := t.sets[p.set]
	tid, err := t.chain.FillFromStore(ctx, set.Store, set.SetID, o.Req, o.Index)
	if err == nil {
		t.log.Info("slot filled", "request", short(o.Req), "index", o.Index, "set", set.SetID, "tenure", tid, "kind", o.Kind, "bonus", o.Bonus)
		return t.filled(p, "")
	}
	if setDead(err) {
		// The set failed or retired: it takes no fill again, ever.
		t.markDead(set.SetID, err.Error())
		role, rerr := t.reader.RoleOf(ctx, o.Req, t.self)
		switch {
		case rerr != nil:
			return errors.Join(err, rerr)
		case role == RoleHolder:
			return t.filled(p, "fill confirmed after revert")
		}
		return t.abandon(p, err.Error())
	}
	if errors.Is(err, ErrNoReservation) || errors.Is(err, ErrSlotNotOpen) || errors.Is(err, ContractError("ReservationExpired")) {
		// A typed revert: confirm with the role before deleting (our own
		// fill may have landed with its answer lost).
		role, rerr := t.reader.RoleOf(ctx, o.Req, t.self)
		switch {
		case rerr != nil:
			return errors.Join(err, rerr)
		case role == RoleHolder:
			return t.filled(p, "fill confirmed after revert")
		case role != RoleReserved || errors.Is(err, ContractError("ReservationExpired")):
			if _, cerr := t.unlessConfirmed(ctx, p, err.Error()); cerr != nil {
				return errors.Join(err, cerr)
			}
			return nil // dropped, held, or kept until the confirmed view decides
		}
	}
	return fmt.Errorf("fill (shard kept, retried next step): %w", err)
}

// store gets o's shard into the first set whose store has room and
// returns that set's index. It runs beside the step (startReceive).
func (t *taker) store(ctx context.Context, o Offer) (int, error) {
	slot := storage.SlotID(SlotID(o.Req, o.Index))
	meta := storage.ShardMeta{RequestID: o.Req, SlotIndex: o.Index, Root: o.Root, Size: o.Info.ShardSize}
	for i, s := range t.sets {
		if t.isDead(i) {
			continue // takes no fill
		}
		if info, err := s.Store.Info(slot); err == nil && info.Root == o.Root && (info.State == storage.StateStored || info.State == storage.StateProving) {
			return i, nil // kept from an earlier try
		}
		w, err := s.Store.Begin(slot, meta)
		if errors.Is(err, storage.ErrNoSpace) {
			continue
		}
		if err != nil {
			return -1, fmt.Errorf("begin shard in set %d: %w", s.SetID, err)
		}
		if w.Offset() != 0 { // a partial of an earlier try: sources write from 0
			if err := w.Abort(); err != nil {
				return -1, fmt.Errorf("drop partial shard: %w", err)
			}
			if w, err = s.Store.Begin(slot, meta); err != nil {
				return -1, fmt.Errorf("begin shard in set %d: %w", s.SetID, err)
			}
		}
		if err := t.source(ctx, o, w); err != nil {
			return -1, errors.Join(fmt.Errorf("get shard: %w", err), w.Abort())
		}
		err = w.Commit() // checks the root
		if t.onCommit != nil {
			t.onCommit(o.Req, o.Index, err)
		}
		if err != nil {
			return -1, errors.Join(fmt.Errorf("commit shard: %w", err), w.Abort())
		}
		t.count(func(s *TakeStats) { s.Received++ })
		return i, nil
	}
	return -1, fmt.Errorf("no volume has room for %d bytes: %w", o.Info.ShardSize, storage.ErrNoSpace)
}

func (t *taker) filled(p *pending, why string) error {
	t.done(p)
	t.count(func(s *TakeStats) {
		s.Filled++
		s.Bonus.Add(s.Bonus, p.offer.Bonus)
	})
	if why != "" {
		t.log.Info("slot filled", "request", short(p.offer.Req), "index", p.offer.Index, "how", why)
	}
	if p.set < 0 {
		return nil
	}
	slot := storage.SlotID(SlotID(p.offer.Req, p.offer.Index))
	if err := t.sets[p.set].Store.SetState(slot, storage.StateProving); err != nil {
		return fmt.Errorf("mark shard proving: %w", err)
	}
	return nil
}

func (t *taker) notOurs(p *pending, why string) error {
	t.done(p)
	t.log.Info("slot not ours; dropping its shard", "request", short(p.offer.Req), "index", p.offer.Index, "why", why)
	if p.set < 0 {
		return nil
	}
	t.count(func(s *TakeStats) { s.Dropped++ })
	return t.dropShard(p)
}

// dropShard deletes p's shard from the store it was written to.
func (t *taker) dropShard(p *pending) error {
	if p.set < 0 {
		return nil
	}
	if err := t.sets[p.set].Store.Delete(storage.SlotID(SlotID(p.offer.Req, p.offer.Index))); err != nil && !errors.Is(err, storage.ErrNotFound) {
		return fmt.Errorf("drop shard: %w", err)
	}
	return nil
}
