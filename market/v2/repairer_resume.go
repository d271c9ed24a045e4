package marketv2

import (
	"context"
	"errors"
	"fmt"

	"github.com/cairn-storage/cairn/storage"
)

// Resume takes repairs in flight at a restart back into the repairer's
// pipeline, as Sales.Resume does for sales (the node offers both the same
// slots; each takes its own kind): a reservation of a Repair slot (the
// slot stays Repair until it is filled) rebuilds and fills at the next
// Step, a rebuilt shard the stores hold Stored fills without a second
// rebuild, and the partial shard of a rebuild cut short is dropped and
// rebuilt from offset 0 (the store's writer is never resumed mid-file).
// The reservation is never made again: Step's scan skips requests we
// have a role in, so the deposit and the repair bonus are paid once. A
// repair whose fill landed while the node was down reads Closed, not
// Repair: sales adopts it and marks its shard Proving.
func (r *Repairer) Resume(ctx context.Context, epoch uint64, slots []ResumeSlot) (ResumeStats, error) {
	return r.take.resume(ctx, epoch, slots, func(kind uint8) bool { return kind == KindRepair })
}

// DropAbandoned deletes, before Resume, the shards of resumed slots that
// the confirmed view (RepairerDeps.Confirmed) shows are no longer ours: a
// repair's partial (Receiving) or rebuilt (Stored) shard whose
// reservation lapsed, was evicted or dropped (the slot filled by another)
// while the node was down, or whose request closed. Such a shard is never
// offered to the pipeline (it would wait for a fill that cannot land, and
// a partial would keep its space reserved in the store for good). The
// rule is the taker's one deletion rule (judge: confirmedNot); any other
// verdict keeps the shard and Resume takes the slot as before. Slots
// pending in the repairer (a rebuild in flight) are skipped; without a
// confirmed view nothing is deleted. It returns the slots whose shard it
// deleted. A sale's shard offered with them is judged alike.
func (r *Repairer) DropAbandoned(ctx context.Context, epoch uint64, slots []ResumeSlot) ([]ResumeSlot, error) {
	t := r.take
	if t.confirmed == nil {
		return nil, nil
	}
	var out []ResumeSlot
	var errs error
	for _, s := range slots {
		dropped, err := t.dropAbandoned(ctx, s, epoch)
		if err != nil {
			errs = errors.Join(errs, fmt.Errorf("%s resume slot %d of %s: %w", t.name, s.Index, short(s.Req), err))
		}
		if dropped {
			out = append(out, s)
		}
	}
	return out, errs
}

func (t *taker) dropAbandoned(ctx context.Context, s ResumeSlot, epoch uint64) (bool, error) {
	t.mu.Lock()
	_, busy := t.pending[s.Req]
	t.mu.Unlock()
	if busy {
		return false, nil
	}
	slot := storage.SlotID(SlotID(s.Req, s.Index))
	set := -1
	for i, ss := range t.sets {
		in, err := ss.Store.Info(slot)
		if err == nil && (in.State == storage.StateReceiving || in.State == storage.StateStored) {
			set = i
			break
		}
	}
	if set < 0 {
		return false, nil
	}
	p := &pending{offer: Offer{Req: s.Req, Index: s.Index}, block: s.Block, set: set, seen: t.start(epoch)}
	v, how, err := t.judge(ctx, p)
	if err != nil || v != confirmedNot {
		return false, err
	}
	t.log.Info("resumed shard abandoned: slot confirmed not ours; dropping it", "request", short(s.Req), "index", s.Index, "why", how)
	if err := t.sets[set].Store.Delete(slot); err != nil && !errors.Is(err, storage.ErrNotFound) {
		return false, fmt.Errorf("drop abandoned shard: %w", err)
	}
	t.count(func(st *TakeStats) { st.Dropped++ })
	return true, nil
}
