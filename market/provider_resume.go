package market

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/storage"
)

// resumeReservations re-adopts our reservations that are still live on
// chain after a restart, so a restart between reserve and fill costs
// neither the deposit nor the bytes already received.
func (p *Provider) resumeReservations(ctx context.Context) error {
	evs, err := p.m.ReservedBy(ctx, p.me)
	if err != nil {
		return err
	}
	head, err := p.m.Client().BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	for _, ev := range evs {
		if head > ev.Block+p.m.Config.ReservationTTL {
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
			continue // filled by someone else, or dropped
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
		pf.repair = si.State == SlotFreed
		if info, err := p.store.Info(storage.SlotID(ev.Slot)); err == nil && info.State >= storage.StateStored {
			pf.markStored()
		}
		p.mu.Lock()
		p.pending[ev.Slot] = pf
		p.requests[r.ID] = &r
		p.mu.Unlock()
		p.log.Info("resuming reservation", "request_id", short(r.ID), "slot", ev.Index, "repair", pf.repair)
		if pf.repair {
			p.spawn(ctx, func(ctx context.Context) { p.completeRepair(ctx, &r, pf) })
		} else {
			p.spawn(ctx, func(ctx context.Context) {
				if err := p.awaitAndFill(ctx, pf); err != nil && ctx.Err() == nil {
					p.log.Warn("resumed slot not filled", "slot", pf.index, "err", err)
				}
			})
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
