package marketv2

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/cairn-storage/cairn/storage"
)

// ResumeSlot is a slot that was in flight when the node stopped: a
// reservation of ours (Block from the node's ledger; 0 if unknown) or a
// shard a store holds Stored but not Proving. The node finds them; sales
// takes them back into its pipeline (Sales.Resume).
type ResumeSlot struct {
	Req   [32]byte
	Index uint64
	Block uint64
}

// ResumeStats counts what Resume did.
type ResumeStats struct {
	Adopted uint64 // slots taken back into the pipeline
	Stored  uint64 // of them, with their shard already in a store
}

// Resume takes slots in flight at a restart back into the pipeline, so
// that the next Step finishes them as if the process had never stopped:
// a reservation waits for its push and fills, a stored shard fills
// without a second push, a slot we already hold (a fill whose receipt was
// lost) is marked Proving. Slots already pending, of a request that is no
// longer live, or of the repairer (Repair kind) are skipped. It ignores
// MaxPending: these slots are already ours to finish.
func (s *Sales) Resume(ctx context.Context, epoch uint64, slots []ResumeSlot) (ResumeStats, error) {
	return s.take.resume(ctx, epoch, slots, func(kind uint8) bool { return kind != KindRepair })
}

func (t *taker) resume(ctx context.Context, epoch uint64, slots []ResumeSlot, mine func(kind uint8) bool) (ResumeStats, error) {
	var st ResumeStats
	var errs error
	for _, r := range slots {
		ok, stored, err := t.adopt(ctx, r, epoch, mine)
		if err != nil {
			errs = errors.Join(errs, fmt.Errorf("%s resume slot %d of %s: %w", t.name, r.Index, short(r.Req), err))
			continue
		}
		if ok {
			st.Adopted++
			if stored {
				st.Stored++
			}
		}
	}
	return st, errs
}

// adopt puts one resumed slot into pending (with its shard's set when a
// store holds it) and reports whether it did.
func (t *taker) adopt(ctx context.Context, r ResumeSlot, epoch uint64, mine func(kind uint8) bool) (adopted, stored bool, err error) {
	t.mu.Lock()
	_, busy := t.pending[r.Req]
	_, gaveUp := t.health.abandoned[SlotID(r.Req, r.Index)]
	t.mu.Unlock()
	if busy || gaveUp || t.liveSets() == 0 {
		return false, false, nil // in flight, abandoned, or no set can take it
	}
	info, err := t.reader.RequestInfo(ctx, r.Req)
	if err != nil {
		return false, false, err
	}
	if !live(&info) || r.Index >= uint64(info.K)+uint64(info.M) {
		return false, false, nil
	}
	o, si, err := t.offer(ctx, r.Req, info, r.Index, epoch)
	if err != nil {
		return false, false, err
	}
	if !mine(si.Kind) {
		return false, false, nil
	}
	if o.Bonus == nil { // a Closed slot (we may hold it): no offer terms
		o.Bonus = new(big.Int)
	}
	p := &pending{offer: o, block: r.Block, set: -1, seen: t.start(epoch)}
	slot := storage.SlotID(SlotID(r.Req, r.Index))
	for i, s := range t.sets {
		if in, err := s.Store.Info(slot); err == nil && in.Root == o.Root && (in.State == storage.StateStored || in.State == storage.StateProving) {
			p.set, p.received = i, true
			break
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, busy := t.pending[r.Req]; busy {
		return false, false, nil
	}
	t.pending[r.Req] = p
	t.log.Info("slot resumed", "request", short(r.Req), "index", r.Index, "block", r.Block, "stored", p.received)
	return true, p.received, nil
}
