package marketv2

import "context"

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
