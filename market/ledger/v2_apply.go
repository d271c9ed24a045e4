package ledger

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/proofs"
)

// Slot kinds, numbered as IMarketplaceV2.SlotKind.
const (
	KindClosed uint8 = iota
	KindInitial
	KindLate
	KindRepair
	KindRenewal
)

// applyV2 folds one decoded v2 event into the state (docs/ledger.md,
// "Events → state (v2)"). As in v1, events naming something the ledger
// never saw created are ignored.
func applyV2(t *txn, ev any, lg *types.Log) error {
	b := lg.BlockNumber
	switch e := ev.(type) {
	case *contracts.MarketplaceV2ProviderRegistered:
		return t.put(providerKey(e.Provider), append([]byte{}, e.PeerInfo...))
	case *contracts.MarketplaceV2StorageRequested:
		return onRequestedV2(t, e, b)
	case *contracts.MarketplaceV2SlotReserved:
		return onReservedV2(t, e, b)
	case *contracts.MarketplaceV2ReservationLapsed:
		return onReservationEnded(t, e.SlotId, e.Reserver, ReservationLapsed, b)
	case *contracts.MarketplaceV2ReservationEvicted:
		return onReservationEnded(t, e.SlotId, e.Reserver, ReservationEvicted, b)
	case *contracts.MarketplaceV2SlotFilled:
		return onFilledV2(t, e, b)
	case *contracts.MarketplaceV2RequestExtended:
		return updateRequestV2(t, e.RequestId, b, func(r *RequestV2) {
			r.EndEpoch = e.NewEndEpoch.Uint64()
			r.ReserveLeft = new(big.Int).Add(bigOr0(r.ReserveLeft), e.ReserveTopUp)
		})
	case *contracts.MarketplaceV2RequestClosed:
		return onRequestClosedV2(t, e, b)
	case *contracts.MarketplaceV2RequestTerminated:
		return nil // its RequestClosed, emitted first, did everything
	case *contracts.MarketplaceV2SetCreated:
		return onSetCreated(t, e, b)
	case *contracts.MarketplaceV2SetProven:
		return updateSet(t, e.SetId, b, func(s *Set) {
			s.Proofs++
			s.LastProven = max(s.LastProven, e.Epoch.Uint64())
		})
	case *contracts.MarketplaceV2SetSettled:
		return nil // the record it moves is not evented; read setInfo
	case *contracts.MarketplaceV2SetFailed:
		return updateSet(t, e.SetId, b, func(s *Set) { s.State, s.Stop = SetFailed, e.Epoch.Uint64()+1 })
	case *contracts.MarketplaceV2SetRetired:
		return updateSet(t, e.SetId, b, func(s *Set) { s.State, s.Stop = SetRetired, e.Stop.Uint64() })
	case *contracts.MarketplaceV2MemberAdded:
		return onMemberAdded(t, e, b)
	case *contracts.MarketplaceV2MemberMoved:
		return updateTenure(t, e.SetId, e.Mid, b, func(x *tenureCtx) error {
			x.t.PosIdx = uint32(e.Pos.Uint64())
			return nil
		})
	case *contracts.MarketplaceV2MemberRemoved:
		return onMemberRemoved(t, e, b)
	case *contracts.MarketplaceV2TenureCut:
		return onTenureCut(t, e, b)
	case *contracts.MarketplaceV2TenureSettled:
		return onTenureSettled(t, e, b)
	case *contracts.MarketplaceV2TenureClosed:
		return onTenureClosed(t, e, b)
	case *contracts.MarketplaceV2FaultDeclared:
		return onForfeit(t, tenureID(e.SetId, e.Mid), b)
	case *contracts.MarketplaceV2ExtensionAccepted:
		return onExtensionAccepted(t, e, b)
	case *contracts.MarketplaceV2ExtensionDeclined:
		set, mid := splitTenure(e.TenureId)
		return updateTenure(t, set, mid, b, func(x *tenureCtx) error {
			x.t.Flags |= FlagDeclined
			return nil
		})
	case *contracts.MarketplaceV2AuditRequested:
		set, mid := splitTenure(e.TenureId)
		return updateTenure(t, set, mid, b, func(x *tenureCtx) error {
			x.t.Audit = uint32(e.Epoch.Uint64())
			return nil
		})
	case *contracts.MarketplaceV2AuditAnswered:
		set, mid := splitTenure(e.TenureId)
		return updateTenure(t, set, mid, b, func(x *tenureCtx) error {
			x.t.Audit = 0
			return nil
		})
	case *contracts.MarketplaceV2AuditResolved:
		set, mid := splitTenure(e.TenureId)
		err := updateTenure(t, set, mid, b, func(x *tenureCtx) error {
			x.t.Audit = 0
			return nil
		})
		if err != nil || !e.Lapsed {
			return err
		}
		return onForfeit(t, e.TenureId, b)
	}
	return fmt.Errorf("no handler for %T", ev)
}

func onRequestedV2(t *txn, e *contracts.MarketplaceV2StorageRequested, b uint64) error {
	r := RequestV2{
		ID: e.RequestId, Client: e.Client, Nonce: e.Nonce.Uint64(), Block: b, Params: e.Params, State: V2Pending,
		EndEpoch: e.Params.EndEpoch, ReserveLeft: bigOr0(e.Params.RepairReserve), Stop: NoEpoch, AtBlock: b,
	}
	if err := t.putJSON(requestV2Key(r.ID), r); err != nil {
		return err
	}
	if err := t.put(byClientKey(r.Client, r.Nonce), r.ID[:]); err != nil {
		return err
	}
	return t.put(openKey(r.ID), nil)
}

// slotOf returns slot index of a request: the stored record, or the
// untouched slot built from the request; ok is false for an unknown
// request or index.
func slotOf(t *txn, req [32]byte, index uint64) (SlotV2, bool, error) {
	var r RequestV2
	if ok, err := t.getJSON(requestV2Key(req), &r); err != nil || !ok {
		return SlotV2{}, false, err
	}
	if index >= uint64(r.Slots()) {
		return SlotV2{}, false, nil
	}
	id := proofs.SlotID(req, index)
	var s SlotV2
	if ok, err := t.getJSON(slotV2Key(id), &s); err != nil || ok {
		return s, ok, err
	}
	return SlotV2{ID: id, Request: req, Index: index, Root: r.Params.ShardRoots[index]}, true, nil
}

func onReservedV2(t *txn, e *contracts.MarketplaceV2SlotReserved, b uint64) error {
	s, ok, err := slotOf(t, e.RequestId, e.Index.Uint64())
	if err != nil || !ok || s.ID != e.SlotId {
		return err
	}
	s.AtBlock = b
	if err := t.putJSON(slotV2Key(s.ID), s); err != nil {
		return err
	}
	r := Reservation{
		Slot: s.ID, Request: s.Request, Index: s.Index, Reserver: e.Provider, Block: e.BlockNumber.Uint64(),
		Level: min(s.Lapses, 6), Ticketed: e.Ticketed, Deposit: new(big.Int).Set(e.Deposit),
	}
	if err := t.putJSON(reservationKey(r.Request, r.Slot, r.Reserver), r); err != nil {
		return err
	}
	return t.put(byReserverKey(r.Reserver, r.Request, r.Slot), nil)
}

// onReservationEnded marks one reservation lapsed or evicted; a lapse
// counts on the slot (a fill's lapses, emitted before its SlotFilled, are
// reset by it as the contract's are).
func onReservationEnded(t *txn, sid [32]byte, who common.Address, to ReservationState, b uint64) error {
	var s SlotV2
	if ok, err := t.getJSON(slotV2Key(sid), &s); err != nil || !ok {
		return err
	}
	if to == ReservationLapsed {
		s.Lapses = uint8(min(int(s.Lapses)+1, 255))
		s.AtBlock = b
		if err := t.putJSON(slotV2Key(sid), s); err != nil {
			return err
		}
	}
	k := reservationKey(s.Request, sid, who)
	var r Reservation
	if ok, err := t.getJSON(k, &r); err != nil || !ok {
		return err
	}
	r.State, r.EndBlock = to, b
	return t.putJSON(k, r)
}

func onFilledV2(t *txn, e *contracts.MarketplaceV2SlotFilled, b uint64) error {
	s, ok, err := slotOf(t, e.RequestId, e.Index.Uint64())
	if err != nil || !ok || s.ID != e.SlotId {
		return err
	}
	if s.TenureSet != 0 && e.Kind == KindRepair {
		err := updateTenure(t, s.TenureSet, s.TenureMid, b, func(x *tenureCtx) error {
			x.t.Flags |= FlagForfeit
			return nil
		})
		if err != nil {
			return err
		}
	}
	set, mid := splitTenure(e.TenureId)
	var r RequestV2
	if _, err := t.getJSON(requestV2Key(e.RequestId), &r); err != nil {
		return err
	}
	x := e.Epoch.Uint64()
	join := max(x+1, r.Params.StartEpoch)
	end := r.EndEpoch
	var tn Tenure
	if _, err := t.getJSON(tenureKey(set, mid), &tn); err != nil {
		return err
	}
	tn.Set, tn.Mid, tn.Request, tn.Index, tn.Root = set, mid, r.ID, uint8(s.Index), s.Root
	tn.Join, tn.End, tn.Settled, tn.Flags = uint32(join), uint32(end), uint32(join), 0
	if e.Bonus.Sign() > 0 {
		tn.Flags = FlagBonus
	}
	tn.Collateral, tn.Bonus, tn.BonusTerm = bigOr0(r.Params.CollateralPerSlot), new(big.Int).Set(e.Bonus), uint32(end-min(end, join))
	tn.Kind, tn.FillEpoch, tn.AtBlock = e.Kind, x, b
	if err := t.putJSON(tenureKey(set, mid), tn); err != nil {
		return err
	}
	r.Covered += end - min(end, join)
	if e.Bonus.Sign() > 0 {
		r.ReserveLeft = subFloor(r.ReserveLeft, e.Bonus)
	}
	if !s.EverHeld {
		r.InitialFills++
		if int(r.InitialFills) == r.Slots() && r.State == V2Pending {
			r.State = V2Active
		}
	}
	r.AtBlock = b
	if err := t.putJSON(requestV2Key(r.ID), r); err != nil {
		return err
	}
	s.TenureSet, s.TenureMid, s.Lapses, s.EverHeld, s.Faulted, s.Holder, s.AtBlock = set, mid, 0, true, false, e.Provider, b
	if err := t.putJSON(slotV2Key(s.ID), s); err != nil {
		return err
	}
	return endReservations(t, r.ID, s.ID, e.Provider, b)
}

// subFloor is a − b, or 0 when b > a.
func subFloor(a, b *big.Int) *big.Int {
	d := new(big.Int).Sub(bigOr0(a), b)
	if d.Sign() < 0 {
		d.SetInt64(0)
	}
	return d
}

func onRequestClosedV2(t *txn, e *contracts.MarketplaceV2RequestClosed, b uint64) error {
	var r RequestV2
	if ok, err := t.getJSON(requestV2Key(e.RequestId), &r); err != nil || !ok {
		return err
	}
	r.State, r.Stop, r.Closed, r.ReserveLeft, r.AtBlock = RequestStateV2(e.State), e.Stop.Uint64(), true, new(big.Int), b
	if err := t.putJSON(requestV2Key(r.ID), r); err != nil {
		return err
	}
	// Reservations stay live: unlike v1's close, v2's leaves them on chain
	// until sweepReservations refunds them, which emits nothing.
	return t.del(openKey(r.ID))
}

func updateRequestV2(t *txn, id [32]byte, b uint64, f func(*RequestV2)) error {
	var r RequestV2
	if ok, err := t.getJSON(requestV2Key(id), &r); err != nil || !ok {
		return err
	}
	f(&r)
	r.AtBlock = b
	return t.putJSON(requestV2Key(id), r)
}
