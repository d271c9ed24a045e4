package market

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// SlotKindName names a v2 slot kind (IMarketplaceV2.SlotKind).
func SlotKindName(k uint8) string {
	return [...]string{"closed", "initial", "late", "repair", "renewal", "unknown"}[min(int(k), 5)]
}

// Status reads a v2 request and each slot's current tenure from the lens.
// Proofs and Misses count the epochs the tenure's set proved and missed
// since the tenure joined (the set's record); Paid is what settles paid
// the tenure so far (proven epochs × price plus the vested repair bonus),
// Pending what the next settle adds; Slashed is the collateral taken
// (settled and pending). EscrowLeft is price × (slot-epochs not yet paid)
// plus the repair reserve left.
func (v *v2Chain) Status(ctx context.Context, id [32]byte) (RequestStatus, error) {
	ri, err := v.m.RequestInfo(ctx, id)
	if err != nil {
		return RequestStatus{}, err
	}
	if ri.State == marketv2.RequestNone {
		return RequestStatus{}, fmt.Errorf("request 0x%x: %w", id, ErrUnknownRequest)
	}
	epoch, err := v.Epoch(ctx)
	if err != nil {
		return RequestStatus{}, err
	}
	n := uint64(ri.K) + uint64(ri.M)
	slotEpochs := n * (uint64(ri.EndEpoch) - uint64(ri.StartEpoch))
	left := new(big.Int).Mul(ri.Price, new(big.Int).SetUint64(slotEpochs-min(ri.Paid, slotEpochs)))
	st := RequestStatus{ID: id, State: RequestStateNameV2(ri.State), StartEpoch: uint64(ri.StartEpoch), EndEpoch: uint64(ri.EndEpoch), Epoch: epoch,
		EscrowLeft: left.Add(left, ri.ReserveLeft), Protocol: 2}
	ends, err := v.Endings(ctx, [][32]byte{id}, time.Now())
	if err != nil {
		return RequestStatus{}, err
	}
	st.Ends = ends[id]
	for i := range n {
		ss, err := v.slotStatus(ctx, ri, id, i)
		if err != nil {
			return RequestStatus{}, err
		}
		st.Slots = append(st.Slots, ss)
	}
	return st, nil
}

func (v *v2Chain) slotStatus(ctx context.Context, ri contracts.IMarketplaceV2RequestInfo, id [32]byte, i uint64) (SlotStatus, error) {
	si, err := v.m.SlotInfo(ctx, id, i)
	if err != nil {
		return SlotStatus{}, err
	}
	ss := SlotStatus{Index: int(i), Kind: SlotKindName(si.Kind), Slashed: new(big.Int), Paid: new(big.Int), Collateral: new(big.Int), Pending: new(big.Int)}
	if si.Tenure == nil || si.Tenure.Sign() == 0 {
		switch {
		case si.EverHeld && si.Faulted:
			ss.State = "freed"
		case si.Kind == marketv2.KindClosed:
			ss.State = "closed"
		default:
			ss.State = "open"
		}
		return ss, nil
	}
	ti, err := v.m.TenureInfo(ctx, si.Tenure)
	if err != nil {
		return SlotStatus{}, err
	}
	set, err := v.m.SetInfo(ctx, ti.SetId)
	if err != nil {
		return SlotStatus{}, err
	}
	ss.State, ss.Provider, ss.Tenure, ss.SetID, ss.Audit = "filled", ti.Owner, si.Tenure, ti.SetId, uint64(ti.Audit)
	if to := min(uint64(ti.B), uint64(set.Head)); ti.Join > 0 && to > uint64(ti.Join) {
		p1, err := v.m.Record(ctx, ti.SetId, to-1)
		if err != nil {
			return SlotStatus{}, err
		}
		p0, err := v.m.Record(ctx, ti.SetId, uint64(ti.Join)-1)
		if err != nil {
			return SlotStatus{}, err
		}
		ss.Proofs, ss.Misses = uint64(p1.CumProven-p0.CumProven), uint64(p1.CumMissed-p0.CumMissed)
	}
	ss.Paid.Mul(ri.Price, big.NewInt(int64(ti.Proven))).Add(ss.Paid, ti.Vested)
	ss.Pending.Set(ti.PendingPay)
	ss.Collateral.Sub(ti.Collateral, ti.PendingSlash)
	ss.Slashed.Sub(ri.Collateral, ss.Collateral)
	if ss.Slashed.Sign() < 0 {
		ss.Slashed.SetInt64(0)
	}
	return ss, nil
}
