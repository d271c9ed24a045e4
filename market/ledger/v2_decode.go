package ledger

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
)

// v2 event names the ledger follows (ProviderRegistered, StorageRequested,
// SlotReserved, ReservationLapsed and SlotFilled share v1's names).
const (
	evSetCreated         = "SetCreated"
	evSetProven          = "SetProven"
	evSetSettled         = "SetSettled"
	evSetFailed          = "SetFailed"
	evSetRetired         = "SetRetired"
	evMemberAdded        = "MemberAdded"
	evMemberMoved        = "MemberMoved"
	evMemberRemoved      = "MemberRemoved"
	evReservationEvicted = "ReservationEvicted"
	evTenureCut          = "TenureCut"
	evTenureSettled      = "TenureSettled"
	evTenureClosed       = "TenureClosed"
	evFaultDeclared      = "FaultDeclared"
	evRequestExtended    = "RequestExtended"
	evExtensionAccepted  = "ExtensionAccepted"
	evExtensionDeclined  = "ExtensionDeclined"
	evRequestClosed      = "RequestClosed"
	evRequestTerminated  = "RequestTerminated"
	evAuditRequested     = "AuditRequested"
	evAuditAnswered      = "AuditAnswered"
	evAuditResolved      = "AuditResolved"
)

var v2Events = []string{
	evProviderRegistered, evStorageRequested, evSetCreated, evSetProven, evSetSettled, evSetFailed, evSetRetired,
	evMemberAdded, evMemberMoved, evMemberRemoved, evSlotReserved, evReservationLapsed, evReservationEvicted,
	evSlotFilled, evTenureCut, evTenureSettled, evTenureClosed, evFaultDeclared, evRequestExtended,
	evExtensionAccepted, evExtensionDeclined, evRequestClosed, evRequestTerminated, evAuditRequested,
	evAuditAnswered, evAuditResolved,
}

// NewDecoderV2 builds a decoder over the generated v2 bindings.
func NewDecoderV2() (*Decoder, error) {
	a, err := contracts.MarketplaceV2MetaData.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("parse MarketplaceV2 ABI: %w", err)
	}
	mp := contracts.NewMarketplaceV2()
	return newDecoder(a, v2Events, func(name string, l *types.Log) (any, error) { return decodeV2(mp, name, l) })
}

// epochs checks big.Ints that the contract stores as uint32 epochs.
func epochs(xs ...*big.Int) error {
	for _, x := range xs {
		if x == nil || !x.IsUint64() || x.Uint64() > NoEpoch {
			return errRange
		}
	}
	return nil
}

// tenureOK checks a tenure id: uint96 with a non-zero set and mid.
func tenureOK(id *big.Int) error {
	if id == nil || id.Sign() <= 0 || id.BitLen() > 96 {
		return errRange
	}
	set, mid := splitTenure(id)
	if set == 0 || mid == 0 {
		return errRange
	}
	return nil
}

func splitTenure(id *big.Int) (uint64, uint32) {
	set := new(big.Int).Rsh(id, 32)
	mid := new(big.Int).And(id, big.NewInt(0xffffffff))
	return set.Uint64(), uint32(mid.Uint64())
}

// unpack runs a bindings unpacker and then checks the result.
func unpack[T any](l *types.Log, f func(*types.Log) (*T, error), check func(*T) error) (any, error) {
	ev, err := f(l)
	if err != nil {
		return nil, err
	}
	if err := check(ev); err != nil {
		return nil, err
	}
	return ev, nil
}

func decodeV2(mp *contracts.MarketplaceV2, name string, l *types.Log) (any, error) {
	switch name {
	case evProviderRegistered:
		return unpack(l, mp.UnpackProviderRegisteredEvent, func(*contracts.MarketplaceV2ProviderRegistered) error { return nil })
	case evStorageRequested:
		return unpack(l, mp.UnpackStorageRequestedEvent, checkParamsV2)
	case evSetCreated:
		return unpack(l, mp.UnpackSetCreatedEvent, func(e *contracts.MarketplaceV2SetCreated) error {
			if e.SetId == 0 {
				return errRange
			}
			return nil
		})
	case evSetProven:
		return unpack(l, mp.UnpackSetProvenEvent, func(e *contracts.MarketplaceV2SetProven) error { return epochs(e.Epoch) })
	case evSetSettled:
		return unpack(l, mp.UnpackSetSettledEvent, func(e *contracts.MarketplaceV2SetSettled) error { return epochs(e.FromHead, e.ToHead) })
	case evSetFailed:
		return unpack(l, mp.UnpackSetFailedEvent, func(e *contracts.MarketplaceV2SetFailed) error {
			if err := epochs(e.Epoch); err != nil || e.Epoch.Uint64() >= NoEpoch {
				return errRange
			}
			return nil
		})
	case evSetRetired:
		return unpack(l, mp.UnpackSetRetiredEvent, func(e *contracts.MarketplaceV2SetRetired) error { return epochs(e.Stop) })
	case evMemberAdded:
		return unpack(l, mp.UnpackMemberAddedEvent, func(e *contracts.MarketplaceV2MemberAdded) error {
			if err := epochs(e.Pos, e.Epoch); err != nil || tenureOK(e.TenureId) != nil || e.Cls == nil || !e.Cls.IsUint64() || e.Cls.Uint64() >= 32 {
				return errRange
			}
			if set, mid := splitTenure(e.TenureId); set != e.SetId || mid != e.Mid {
				return fmt.Errorf("tenure id %v is not set %d mid %d: %w", e.TenureId, e.SetId, e.Mid, errRange)
			}
			return nil
		})
	case evMemberMoved:
		return unpack(l, mp.UnpackMemberMovedEvent, func(e *contracts.MarketplaceV2MemberMoved) error {
			if err := epochs(e.Pos, e.Epoch); err != nil || e.Cls == nil || !e.Cls.IsUint64() || e.Cls.Uint64() >= 32 {
				return errRange
			}
			return nil
		})
	case evMemberRemoved:
		return unpack(l, mp.UnpackMemberRemovedEvent, func(e *contracts.MarketplaceV2MemberRemoved) error { return epochs(e.Epoch) })
	case evSlotReserved:
		return unpack(l, mp.UnpackSlotReservedEvent, func(e *contracts.MarketplaceV2SlotReserved) error {
			if err := small(e.Index, e.BlockNumber); err != nil || e.Index.Uint64() >= 256 {
				return errRange
			}
			return present(e.Deposit)
		})
	case evReservationLapsed:
		return unpack(l, mp.UnpackReservationLapsedEvent, func(e *contracts.MarketplaceV2ReservationLapsed) error { return present(e.Burned) })
	case evReservationEvicted:
		return unpack(l, mp.UnpackReservationEvictedEvent, func(e *contracts.MarketplaceV2ReservationEvicted) error { return present(e.Refunded) })
	case evSlotFilled:
		return unpack(l, mp.UnpackSlotFilledEvent, func(e *contracts.MarketplaceV2SlotFilled) error {
			if err := small(e.Index); err != nil || e.Index.Uint64() >= 256 || epochs(e.Epoch) != nil || tenureOK(e.TenureId) != nil || e.Kind > 4 {
				return errRange
			}
			return present(e.Bonus)
		})
	case evTenureCut:
		return unpack(l, mp.UnpackTenureCutEvent, func(e *contracts.MarketplaceV2TenureCut) error {
			if tenureOK(e.TenureId) != nil {
				return errRange
			}
			return epochs(e.End)
		})
	case evTenureSettled:
		return unpack(l, mp.UnpackTenureSettledEvent, func(e *contracts.MarketplaceV2TenureSettled) error {
			if tenureOK(e.TenureId) != nil || epochs(e.FromEpoch, e.ToEpoch, e.Proven, e.Missed) != nil {
				return errRange
			}
			return present(e.Pay, e.Slashed)
		})
	case evTenureClosed:
		return unpack(l, mp.UnpackTenureClosedEvent, func(e *contracts.MarketplaceV2TenureClosed) error {
			if tenureOK(e.TenureId) != nil {
				return errRange
			}
			return present(e.Returned, e.Burned, e.BonusReturned)
		})
	case evFaultDeclared:
		return unpack(l, mp.UnpackFaultDeclaredEvent, func(e *contracts.MarketplaceV2FaultDeclared) error { return epochs(e.Epoch) })
	case evRequestExtended:
		return unpack(l, mp.UnpackRequestExtendedEvent, func(e *contracts.MarketplaceV2RequestExtended) error {
			if err := epochs(e.NewEndEpoch); err != nil {
				return err
			}
			return present(e.ReserveTopUp)
		})
	case evExtensionAccepted:
		return unpack(l, mp.UnpackExtensionAcceptedEvent, func(e *contracts.MarketplaceV2ExtensionAccepted) error {
			if tenureOK(e.TenureId) != nil {
				return errRange
			}
			return epochs(e.End)
		})
	case evExtensionDeclined:
		return unpack(l, mp.UnpackExtensionDeclinedEvent, func(e *contracts.MarketplaceV2ExtensionDeclined) error { return tenureOK(e.TenureId) })
	case evRequestClosed:
		return unpack(l, mp.UnpackRequestClosedEvent, func(e *contracts.MarketplaceV2RequestClosed) error {
			if e.State < uint8(V2Finished) || e.State > uint8(V2Failed) || epochs(e.Stop) != nil {
				return errRange
			}
			return present(e.Refund)
		})
	case evRequestTerminated:
		return unpack(l, mp.UnpackRequestTerminatedEvent, func(e *contracts.MarketplaceV2RequestTerminated) error {
			if err := epochs(e.Stop); err != nil {
				return err
			}
			return present(e.Refund)
		})
	case evAuditRequested:
		return unpack(l, mp.UnpackAuditRequestedEvent, func(e *contracts.MarketplaceV2AuditRequested) error {
			if tenureOK(e.TenureId) != nil || small(e.Index) != nil || e.Index.Uint64() >= 256 {
				return errRange
			}
			return epochs(e.Epoch)
		})
	case evAuditAnswered:
		return unpack(l, mp.UnpackAuditAnsweredEvent, func(e *contracts.MarketplaceV2AuditAnswered) error {
			if tenureOK(e.TenureId) != nil {
				return errRange
			}
			return epochs(e.Epoch)
		})
	case evAuditResolved:
		return unpack(l, mp.UnpackAuditResolvedEvent, func(e *contracts.MarketplaceV2AuditResolved) error {
			if tenureOK(e.TenureId) != nil {
				return errRange
			}
			return epochs(e.Epoch)
		})
	}
	return nil, fmt.Errorf("no decoder for %s", name)
}

// checkParamsV2 rejects requests the v2 contract would never have
// accepted in a shape the ledger relies on.
func checkParamsV2(ev *contracts.MarketplaceV2StorageRequested) error {
	p := &ev.Params
	n := int(p.K) + int(p.M)
	switch {
	case small(ev.Nonce) != nil:
		return fmt.Errorf("nonce: %w", errRange)
	case p.K == 0 || p.M == 0 || n > 32:
		return fmt.Errorf("redundancy %d+%d: %w", p.K, p.M, errRange)
	case len(p.ShardRoots) != n:
		return fmt.Errorf("%d roots for %d slots: %w", len(p.ShardRoots), n, errRange)
	case len(p.AllowedProviders) != 0 && len(p.AllowedProviders) != n:
		return fmt.Errorf("%d allowed providers for %d slots: %w", len(p.AllowedProviders), n, errRange)
	case p.StartEpoch >= p.EndEpoch || p.EndEpoch >= NoEpoch:
		return fmt.Errorf("epochs [%d, %d): %w", p.StartEpoch, p.EndEpoch, errRange)
	}
	return present(p.PricePerSlotEpoch, p.CollateralPerSlot, p.RepairBonus, p.RepairReserve)
}
