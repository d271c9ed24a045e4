package market

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/storage"
)

// resume adopts what a previous run left. Live reservations go back to
// sales (a partial shard resumes with the client's push retry) or, for a
// freed slot without its shard, to the repairer. No shard is deleted
// here: every shard's action floor is the head at start, and the janitor
// decides on a confirmed view past it.
func (p *Provider) resume(ctx context.Context) error {
	head, err := p.m.Client().BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	p.floors.setBase(head)
	if err := p.resumeReservations(ctx, head); err != nil {
		return err
	}
	if p.cfg.Settle {
		if err := p.settler.load(ctx); err != nil {
			return err
		}
	}
	p.janitor.updateSpaceMetrics(ctx)
	return nil
}

// resumeReservations re-adopts our reservations that are still live on
// chain, so a restart between reserve and fill costs neither the deposit
// nor the bytes already received.
func (p *Provider) resumeReservations(ctx context.Context, head uint64) error {
	evs, err := p.m.ReservedBy(ctx, p.me)
	if err != nil {
		return err
	}
	ttl := p.m.Config.ReservationTTL
	for _, ev := range evs {
		if head > ev.Block+ttl {
			continue // lapsed
		}
		rs, err := p.m.Reservations(ctx, ev.Slot)
		if err != nil {
			return err
		}
		live := false
		for _, r := range rs {
			live = live || (r.Reserver == p.me && r.BlockNumber == ev.Block)
		}
		if !live {
			continue // filled (by us or another), or dropped
		}
		r, err := p.m.FindRequest(ctx, ev.Request)
		if err != nil {
			return err
		}
		si, err := p.m.SlotInfo(ctx, ev.Slot)
		if err != nil {
			return err
		}
		pf := newPendingFill(&r, ev.Index, ev.Block)
		pf.repair = si.State == SlotFreed || (si.State == SlotOpen && ev.Block > r.Params.Expiry)
		stored := false
		if info, err := p.store.Info(storage.SlotID(ev.Slot)); err == nil && info.State >= storage.StateStored {
			stored = true
			pf.markStored()
		}
		p.log.Info("resuming reservation", "request_id", short(r.ID), "slot", ev.Index, "repair", pf.repair, "stored", stored)
		switch {
		case pf.repair && !stored:
			p.repairer.Offer(repairJob{req: r.ID, slot: ev.Slot, pf: pf})
		default:
			pf.cand = &candidate{r: &r, tried: map[uint64]bool{}}
			p.sales.adopt(pf)
		}
	}
	return nil
}

// ReservedBy lists the SlotReserved events of one provider.
func (m *Market) ReservedBy(ctx context.Context, provider common.Address) ([]SlotReservation, error) {
	ls, err := m.logs(ctx, "SlotReserved", nil, nil, []common.Hash{common.BytesToHash(provider.Bytes())})
	if err != nil {
		return nil, err
	}
	return m.parseReservations(ls)
}
