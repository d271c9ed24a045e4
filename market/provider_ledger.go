package market

import (
	"context"
	"fmt"

	"github.com/cairn-storage/cairn/market/ledger"
)

// ledgerViews is the thin adapter of docs/market.md: a confirmed view is
// the ledger at Synced(); latest views still come from the RPC (they only
// choose what to try, never what to delete).
type ledgerViews struct {
	l      *ledger.Ledger
	latest viewSource
}

func (v ledgerViews) Confirmed(context.Context) (chainView, error) {
	return ledgerView{l: v.l, block: v.l.Synced().Block}, nil
}

func (v ledgerViews) Latest(ctx context.Context) (chainView, error) { return v.latest.Latest(ctx) }

// ledgerView reads the ledger. The ledger only moves forward between
// reads of one view, by whole confirmed pages; AtBlock is the block it
// was synced to when the view was opened.
type ledgerView struct {
	l     *ledger.Ledger
	block uint64
}

func (v ledgerView) AtBlock() uint64 { return v.block }

func (v ledgerView) Slot(_ context.Context, slot [32]byte) (ChainSlot, bool, error) {
	s, ok, err := v.l.Slot(slot)
	if err != nil {
		return ChainSlot{}, false, fmt.Errorf("ledger slot %s: %w", short(slot), err)
	}
	if !ok {
		return ChainSlot{}, false, nil
	}
	return ChainSlot{Holder: s.Holder, Index: s.Index, Request: s.Request, State: uint8(s.State), FillEpoch: s.FillEpoch, AtBlock: v.block}, true, nil
}

func (v ledgerView) RequestState(_ context.Context, id [32]byte) (uint8, error) {
	r, ok, err := v.l.Request(id)
	if err != nil {
		return 0, fmt.Errorf("ledger request %s: %w", short(id), err)
	}
	if !ok {
		return RequestNone, nil
	}
	return uint8(r.State), nil
}

// Reservations lists the slot's live reservations as the contract's
// reservations(slot) view does (past their TTL until swept).
func (v ledgerView) Reservations(_ context.Context, slot [32]byte) ([]ChainReservation, error) {
	s, ok, err := v.l.Slot(slot)
	if err != nil {
		return nil, fmt.Errorf("ledger slot %s: %w", short(slot), err)
	}
	if !ok {
		return nil, nil
	}
	rs, err := v.l.Reservations(s.Request)
	if err != nil {
		return nil, fmt.Errorf("ledger reservations of %s: %w", short(s.Request), err)
	}
	var out []ChainReservation
	for _, r := range rs {
		if r.Slot == slot && r.State == ledger.ReservationLive {
			out = append(out, ChainReservation{Reserver: r.Reserver, Block: r.Block})
		}
	}
	return out, nil
}
