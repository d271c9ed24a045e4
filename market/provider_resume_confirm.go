package market

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market/ledger"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// LedgerSlots is a v2 ledger as the takers' confirmed view
// (marketv2.ConfirmedSlots): sales and the repairer delete a received
// shard only when it says the slot is not ours. Synced is read first, so
// every fact read after it is at least that recent: a reservation's lapse
// is judged against a block the ledger has certainly applied.
type LedgerSlots struct{ Ledger *ledger.Ledger }

// ConfirmedSlot implements marketv2.ConfirmedSlots.
func (a LedgerSlots) ConfirmedSlot(_ context.Context, req [32]byte, index uint64, who common.Address) (marketv2.ConfirmedSlot, error) {
	out := marketv2.ConfirmedSlot{Synced: a.Ledger.Synced().Block}
	q, ok, err := a.Ledger.RequestV2(req)
	if err != nil || !ok {
		return out, err
	}
	s, ok, err := a.Ledger.SlotV2(req, index)
	if err != nil {
		return out, err
	}
	if !ok {
		return out, fmt.Errorf("slot %d of a %d-slot request", index, q.Slots())
	}
	out.Known, out.Live, out.TenureSet, out.Holder = true, q.State.Live(), s.TenureSet, s.Holder
	rs, err := a.Ledger.Reservations(req)
	if err != nil {
		return out, err
	}
	for _, x := range rs {
		if x.Slot != s.ID || x.Reserver != who {
			continue
		}
		switch x.State {
		case ledger.ReservationLive:
			out.Reserved, out.ReservedAt = true, x.Block
		case ledger.ReservationLapsed, ledger.ReservationDropped, ledger.ReservationEvicted:
			out.Ended = true
		}
	}
	return out, nil
}

var _ marketv2.ConfirmedSlots = LedgerSlots{}
