package ledger

import (
	"math/big"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/proofs"
)

// tenureCtx is a tenure being changed, with its set and request (read on
// the same batch); a handler marks which of them it changed.
type tenureCtx struct {
	t      *Tenure
	s      *Set
	r      *RequestV2
	hasReq bool
	dirtyS bool
	dirtyR bool
}

// updateTenure runs f on a stored tenure and writes back what it changed;
// an unknown tenure (or set) is ignored.
func updateTenure(t *txn, set uint64, mid uint32, b uint64, f func(*tenureCtx) error) error {
	var x tenureCtx
	x.t, x.s, x.r = &Tenure{}, &Set{}, &RequestV2{}
	if ok, err := t.getJSON(tenureKey(set, mid), x.t); err != nil || !ok {
		return err
	}
	if ok, err := t.getJSON(setKey(set), x.s); err != nil || !ok {
		return err
	}
	ok, err := t.getJSON(requestV2Key(x.t.Request), x.r)
	if err != nil {
		return err
	}
	x.hasReq = ok
	if err := f(&x); err != nil {
		return err
	}
	x.t.AtBlock = b
	if err := t.putJSON(tenureKey(set, mid), x.t); err != nil {
		return err
	}
	if x.dirtyS {
		x.s.AtBlock = b
		if err := t.putJSON(setKey(set), x.s); err != nil {
			return err
		}
	}
	if x.dirtyR && x.hasReq {
		x.r.AtBlock = b
		if err := t.putJSON(requestV2Key(x.r.ID), x.r); err != nil {
			return err
		}
	}
	return nil
}

func updateSet(t *txn, id uint64, b uint64, f func(*Set)) error {
	var s Set
	if ok, err := t.getJSON(setKey(id), &s); err != nil || !ok {
		return err
	}
	f(&s)
	s.AtBlock = b
	return t.putJSON(setKey(id), s)
}

func onSetCreated(t *txn, e *contracts.MarketplaceV2SetCreated, b uint64) error {
	s := Set{ID: e.SetId, Owner: e.Owner, NextMid: 1, AtBlock: b}
	if err := t.putJSON(setKey(s.ID), s); err != nil {
		return err
	}
	return t.put(byOwnerKey(s.Owner, s.ID), nil)
}

// onMemberAdded creates the tenure's record (its SlotFilled, later in the
// same transaction, fills in the request side) and counts the member.
func onMemberAdded(t *txn, e *contracts.MarketplaceV2MemberAdded, b uint64) error {
	var s Set
	if ok, err := t.getJSON(setKey(e.SetId), &s); err != nil || !ok {
		return err
	}
	cls := uint8(e.Cls.Uint64())
	tn := Tenure{Set: e.SetId, Mid: e.Mid, Cls: cls, PosIdx: uint32(e.Pos.Uint64()), Collateral: new(big.Int), Bonus: new(big.Int), AtBlock: b}
	if err := t.putJSON(tenureKey(tn.Set, tn.Mid), tn); err != nil {
		return err
	}
	if e.Mid >= s.NextMid {
		s.NextMid = e.Mid + 1
	}
	s.Live++
	s.Counts[cls]++
	s.AtBlock = b
	return t.putJSON(setKey(s.ID), s)
}

func onMemberRemoved(t *txn, e *contracts.MarketplaceV2MemberRemoved, b uint64) error {
	return updateTenure(t, e.SetId, e.Mid, b, func(x *tenureCtx) error {
		if x.t.Out == 0 {
			x.s.Live = x.s.Live - min(x.s.Live, 1)
			x.s.Counts[x.t.Cls%32] -= min(x.s.Counts[x.t.Cls%32], 1)
			x.dirtyS = true
		}
		x.t.Out = uint32(e.Epoch.Uint64())
		return nil
	})
}

func onTenureCut(t *txn, e *contracts.MarketplaceV2TenureCut, b uint64) error {
	set, mid := splitTenure(e.TenureId)
	return updateTenure(t, set, mid, b, func(x *tenureCtx) error {
		end := uint32(e.End.Uint64())
		if end < x.t.End {
			x.r.Covered -= min(x.r.Covered, uint64(x.t.End-end))
			x.dirtyR = true
		}
		x.t.End = end
		return nil
	})
}

func onTenureSettled(t *txn, e *contracts.MarketplaceV2TenureSettled, b uint64) error {
	set, mid := splitTenure(e.TenureId)
	return updateTenure(t, set, mid, b, func(x *tenureCtx) error {
		from, to, proven := e.FromEpoch.Uint64(), e.ToEpoch.Uint64(), e.Proven.Uint64()
		x.t.Settled = uint32(to)
		x.t.Proven += uint32(proven)
		x.t.Collateral = subFloor(x.t.Collateral, e.Slashed)
		x.r.Settled += to - min(to, from)
		x.r.Paid += proven
		x.dirtyR = true
		return nil
	})
}

// onTenureClosed is finalize(T) (§9.4): the uncovered tail b..end goes
// back, the unvested bonus to the reserve while the request is live, a
// fault frees the slot for repair.
func onTenureClosed(t *txn, e *contracts.MarketplaceV2TenureClosed, b uint64) error {
	set, mid := splitTenure(e.TenureId)
	var fault bool
	var req [32]byte
	var index uint8
	err := updateTenure(t, set, mid, b, func(x *tenureCtx) error {
		if bb := bEnd(*x.t, *x.s, *x.r); bb < uint64(x.t.End) {
			x.r.Covered -= min(x.r.Covered, uint64(x.t.End)-bb)
		}
		if e.BonusReturned.Sign() > 0 && !x.r.Closed {
			x.r.ReserveLeft = new(big.Int).Add(bigOr0(x.r.ReserveLeft), e.BonusReturned)
		}
		x.dirtyR = true
		fault = faulted(*x.t, *x.s, *x.r)
		req, index = x.t.Request, x.t.Index
		x.t.Collateral = new(big.Int)
		x.t.Flags |= FlagFinal
		return nil
	})
	if err != nil || !fault {
		return err
	}
	return freeSlot(t, proofs.SlotID(req, uint64(index)), set, mid, b)
}

// onForfeit marks a tenure Forfeit (declared, or an audit lapsed) and
// frees its slot for repair if it is still the current tenure.
func onForfeit(t *txn, id *big.Int, b uint64) error {
	set, mid := splitTenure(id)
	var req [32]byte
	var index uint8
	found := false
	err := updateTenure(t, set, mid, b, func(x *tenureCtx) error {
		x.t.Flags |= FlagForfeit
		req, index, found = x.t.Request, x.t.Index, true
		return nil
	})
	if err != nil || !found {
		return err
	}
	return freeSlot(t, proofs.SlotID(req, uint64(index)), set, mid, b)
}

// freeSlot makes a slot faulted with no tenure if (set, mid) is its
// current tenure.
func freeSlot(t *txn, sid [32]byte, set uint64, mid uint32, b uint64) error {
	var s SlotV2
	if ok, err := t.getJSON(slotV2Key(sid), &s); err != nil || !ok {
		return err
	}
	if s.TenureSet != set || s.TenureMid != mid {
		return nil
	}
	s.TenureSet, s.TenureMid, s.Faulted, s.AtBlock = 0, 0, true, b
	return t.putJSON(slotV2Key(sid), s)
}

func onExtensionAccepted(t *txn, e *contracts.MarketplaceV2ExtensionAccepted, b uint64) error {
	set, mid := splitTenure(e.TenureId)
	return updateTenure(t, set, mid, b, func(x *tenureCtx) error {
		end := uint32(e.End.Uint64())
		if end > x.t.End {
			x.r.Covered += uint64(end - x.t.End)
			x.dirtyR = true
		}
		x.t.End = end
		return nil
	})
}
