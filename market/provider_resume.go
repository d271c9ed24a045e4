package market

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market/ledger"
	"github.com/cairn-storage/cairn/storage"
)

// resume adopts what a previous run left. Live reservations go back to
// sales (a partial shard resumes with the client's push retry) or, for a
// freed slot without its shard, to the repairer. No shard is deleted
// here: every shard's action floor is the head at start, and the janitor
// decides on a confirmed view past it.
func (p *Provider) resume(ctx context.Context) error {
	if err := p.ledger.Step(ctx); err != nil {
		return fmt.Errorf("sync ledger: %w", err)
	}
	head, err := p.m.Client().BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	p.floors.setBase(head)
	if err := p.resumeReservations(ctx, head); err != nil {
		return err
	}
	p.janitor.updateSpaceMetrics(ctx)
	return nil
}

// resumeReservations re-adopts our reservations that are still live on
// chain, so a restart between reserve and fill costs neither the deposit
// nor the bytes already received.
func (p *Provider) resumeReservations(ctx context.Context, head uint64) error {
	evs, err := p.reservedBy(ctx, head)
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
		r, err := p.requestOf(ctx, ev.Request, head)
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

// reservedBy lists our reservations the ledger shows live, and those of
// the blocks it has not confirmed yet (one eth_getLogs of at most
// Confirmations blocks): a restart right after a reserve must see it.
func (p *Provider) reservedBy(ctx context.Context, head uint64) ([]SlotReservation, error) {
	rs, err := p.ledger.ReservationsBy(p.me)
	if err != nil {
		return nil, fmt.Errorf("ledger reservations: %w", err)
	}
	var out []SlotReservation
	for _, r := range rs {
		if r.State == ledger.ReservationLive {
			out = append(out, SlotReservation{Request: r.Request, Slot: r.Slot, Index: r.Index, Provider: r.Reserver, Block: r.Block})
		}
	}
	synced := p.ledger.Synced().Block
	if synced >= head {
		return out, nil
	}
	ls, err := p.m.logsRange(ctx, synced+1, head, "SlotReserved", nil, nil, []common.Hash{common.BytesToHash(p.me.Bytes())})
	if err != nil {
		return nil, err
	}
	tail, err := p.m.parseReservations(ls)
	if err != nil {
		return nil, err
	}
	return append(out, tail...), nil
}

// findRequest reads a request from the ledger, or from the unconfirmed
// blocks above it (the repairer's lookup).
func (p *Provider) findRequest(ctx context.Context, id [32]byte) (StorageRequest, error) {
	return p.requestOf(ctx, id, 0)
}

// requestOf reads a request from the ledger, or from the unconfirmed
// blocks above it up to head (0: the current head).
func (p *Provider) requestOf(ctx context.Context, id [32]byte, head uint64) (StorageRequest, error) {
	r, ok, err := p.ledger.Request(id)
	if err != nil {
		return StorageRequest{}, fmt.Errorf("ledger request %s: %w", short(id), err)
	}
	if ok {
		return StorageRequest{ID: r.ID, Client: r.Client, Nonce: r.Nonce, Block: r.Block, Params: r.Params}, nil
	}
	if head == 0 {
		if head, err = p.m.Client().BlockNumber(ctx); err != nil {
			return StorageRequest{}, fmt.Errorf("read head: %w", err)
		}
	}
	ls, err := p.m.logsRange(ctx, p.ledger.Synced().Block+1, head, "StorageRequested", []common.Hash{id})
	if err != nil {
		return StorageRequest{}, err
	}
	for _, l := range ls {
		if r, err := p.m.parseRequest(l); err == nil {
			return r, nil
		}
	}
	return StorageRequest{}, fmt.Errorf("request %s: %w", short(id), ErrUnknownRequest)
}
