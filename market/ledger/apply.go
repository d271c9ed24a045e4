package ledger

import (
	"fmt"
	"math/big"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/proofs"
)

// apply folds one decoded event into the state (docs/ledger.md has the
// rules). Events that name something the ledger never saw created are
// ignored: the state follows the contract, which cannot emit them.
func apply(t *txn, ev any, lg *types.Log) error {
	b := lg.BlockNumber
	switch e := ev.(type) {
	case *contracts.MarketplaceProviderRegistered:
		return t.put(providerKey(e.Provider), append([]byte{}, e.PeerInfo...))
	case *contracts.MarketplaceStorageRequested:
		return onRequested(t, e, b)
	case *contracts.MarketplaceSlotReserved:
		return onReserved(t, e, b)
	case *contracts.MarketplaceReservationLapsed:
		return onLapsed(t, e, b)
	case *contracts.MarketplaceSlotFilled:
		return onFilled(t, e, b)
	case *contracts.MarketplaceSlotRepaired:
		return updateSlot(t, e.SlotId, func(s *Slot) { s.Repairs++; s.AtBlock = b })
	case *contracts.MarketplaceProofSubmitted:
		return updateStats(t, e.SlotId, func(st *SlotStats) {
			st.Proofs++
			st.LastProofEpoch = max(st.LastProofEpoch, e.Epoch.Uint64())
		})
	case *contracts.MarketplaceProofFailed:
		return updateStats(t, e.SlotId, func(st *SlotStats) { st.ProofFailures++ })
	case *contracts.MarketplaceSlotSettled:
		return updateStats(t, e.SlotId, func(st *SlotStats) { st.SettledTo = max(st.SettledTo, e.ToEpoch.Uint64()) })
	case *contracts.MarketplaceMissSlashed:
		return updateStats(t, e.SlotId, func(st *SlotStats) {
			st.Misses++
			st.LastMissEpoch = max(st.LastMissEpoch, e.Epoch.Uint64())
			st.Slashed = new(big.Int).Add(st.Slashed, e.Amount)
		})
	case *contracts.MarketplaceSlotFreed:
		return onFreed(t, e, lg)
	case *contracts.MarketplaceRequestFailed:
		return onClosed(t, e.RequestId, RequestFailed, lg)
	case *contracts.MarketplaceRequestCancelled:
		return onClosed(t, e.RequestId, RequestCancelled, lg)
	case *contracts.MarketplaceRequestFinished:
		return onClosed(t, e.RequestId, RequestFinished, lg)
	}
	return applyV2(t, ev, lg)
}

func onRequested(t *txn, e *contracts.MarketplaceStorageRequested, b uint64) error {
	r := Request{ID: e.RequestId, Client: e.Client, Nonce: e.Nonce.Uint64(), Block: b, Params: e.Params, State: RequestPending, AtBlock: b}
	if err := t.putJSON(requestKey(r.ID), r); err != nil {
		return err
	}
	if err := t.put(byClientKey(r.Client, r.Nonce), r.ID[:]); err != nil {
		return err
	}
	return t.put(openKey(r.ID), nil)
}

func onReserved(t *txn, e *contracts.MarketplaceSlotReserved, b uint64) error {
	var s Slot
	ok, err := t.getJSON(slotKey(e.SlotId), &s)
	if err != nil {
		return err
	}
	if !ok {
		s = Slot{ID: e.SlotId, Request: e.RequestId, Index: e.Index.Uint64(), State: SlotOpen, AtBlock: b}
		if err := t.putJSON(slotKey(s.ID), s); err != nil {
			return err
		}
	}
	r := Reservation{Slot: e.SlotId, Request: e.RequestId, Index: e.Index.Uint64(), Reserver: e.Provider, Block: e.BlockNumber.Uint64()}
	if err := t.putJSON(reservationKey(r.Request, r.Slot, r.Reserver), r); err != nil {
		return err
	}
	return t.put(byReserverKey(r.Reserver, r.Request, r.Slot), nil)
}

func onLapsed(t *txn, e *contracts.MarketplaceReservationLapsed, b uint64) error {
	var s Slot
	if ok, err := t.getJSON(slotKey(e.SlotId), &s); err != nil || !ok {
		return err
	}
	k := reservationKey(s.Request, s.ID, e.Reserver)
	var r Reservation
	if ok, err := t.getJSON(k, &r); err != nil || !ok {
		return err
	}
	r.State, r.EndBlock = ReservationLapsed, b
	return t.putJSON(k, r)
}

func onFilled(t *txn, e *contracts.MarketplaceSlotFilled, b uint64) error {
	var s Slot
	ok, err := t.getJSON(slotKey(e.SlotId), &s)
	if err != nil {
		return err
	}
	if !ok {
		s = Slot{ID: e.SlotId, Request: e.RequestId, Index: e.Index.Uint64()}
	}
	if s.Holder != (common.Address{}) && s.Holder != e.Provider {
		if err := t.del(byHolderKey(s.Holder, s.ID)); err != nil {
			return err
		}
	}
	s.Holder, s.State, s.FilledBlock, s.FillEpoch, s.AtBlock = e.Provider, SlotFilled, b, e.Epoch.Uint64(), b
	if err := t.putJSON(slotKey(s.ID), s); err != nil {
		return err
	}
	if err := t.put(byHolderKey(s.Holder, s.ID), nil); err != nil {
		return err
	}
	if err := endReservations(t, s.Request, s.ID, e.Provider, b); err != nil {
		return err
	}
	return updateRequest(t, s.Request, func(r *Request) {
		r.Held++
		if r.State == RequestPending && int(r.Held) == r.Slots() {
			r.State = RequestActive
		}
		r.AtBlock = b
	})
}

func onFreed(t *txn, e *contracts.MarketplaceSlotFreed, lg *types.Log) error {
	b := lg.BlockNumber
	err := updateSlot(t, e.SlotId, func(s *Slot) {
		s.State, s.FreeReason, s.FreedTx, s.AtBlock = SlotFreed, FreeReason(e.Reason), lg.TxHash, b
		s.Frees++
	})
	if err != nil {
		return err
	}
	return updateRequest(t, e.RequestId, func(r *Request) {
		if r.Held > 0 {
			r.Held--
		}
		r.AtBlock = b
	})
}

// onClosed ends a request: filled slots close (and, at finish, the slots
// the same transaction freed), live reservations are dropped.
func onClosed(t *txn, id [32]byte, to RequestState, lg *types.Log) error {
	b := lg.BlockNumber
	var r Request
	if ok, err := t.getJSON(requestKey(id), &r); err != nil || !ok {
		return err
	}
	r.State, r.Held, r.AtBlock = to, 0, b
	if err := t.putJSON(requestKey(id), r); err != nil {
		return err
	}
	if err := t.del(openKey(id)); err != nil {
		return err
	}
	for i := range r.Slots() {
		sid := proofs.SlotID(id, uint64(i))
		err := updateSlot(t, sid, func(s *Slot) {
			if s.State == SlotFilled || to == RequestFinished && s.State == SlotFreed && s.FreedTx == lg.TxHash {
				s.State, s.AtBlock = SlotClosed, b
			}
		})
		if err != nil {
			return err
		}
		if err := endReservations(t, id, sid, common.Address{}, b); err != nil {
			return err
		}
	}
	return nil
}

// endReservations ends the slot's live reservations at block b: the
// filler's is consumed, every other one dropped (lapsed ones were already
// marked by their ReservationLapsed, which the contract emits first).
func endReservations(t *txn, req, slot [32]byte, filler common.Address, b uint64) error {
	lo := key(pReservation, req[:], slot[:])
	it, err := t.b.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: upper(lo)})
	if err != nil {
		return fmt.Errorf("iterate reservations: %w", err)
	}
	var live []Reservation
	for it.First(); it.Valid(); it.Next() {
		var r Reservation
		if err := unmarshal(it.Key(), it.Value(), &r); err != nil {
			_ = it.Close()
			return err
		}
		if r.State == ReservationLive {
			live = append(live, r)
		}
	}
	if err := it.Close(); err != nil {
		return fmt.Errorf("iterate reservations: %w", err)
	}
	for _, r := range live {
		r.State, r.EndBlock = ReservationDropped, b
		if r.Reserver == filler {
			r.State = ReservationConsumed
		}
		if err := t.putJSON(reservationKey(req, slot, r.Reserver), r); err != nil {
			return err
		}
	}
	return nil
}

func updateSlot(t *txn, id [32]byte, f func(*Slot)) error {
	var s Slot
	if ok, err := t.getJSON(slotKey(id), &s); err != nil || !ok {
		return err
	}
	f(&s)
	return t.putJSON(slotKey(id), s)
}

func updateRequest(t *txn, id [32]byte, f func(*Request)) error {
	var r Request
	if ok, err := t.getJSON(requestKey(id), &r); err != nil || !ok {
		return err
	}
	f(&r)
	return t.putJSON(requestKey(id), r)
}

func updateStats(t *txn, slot [32]byte, f func(*SlotStats)) error {
	st := SlotStats{Slashed: new(big.Int)}
	if _, err := t.getJSON(statsKey(slot), &st); err != nil {
		return err
	}
	if st.Slashed == nil {
		st.Slashed = new(big.Int)
	}
	f(&st)
	return t.putJSON(statsKey(slot), st)
}
