package ledger

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

// ErrMalformedLog is wrapped by every DecodeError.
var ErrMalformedLog = errors.New("malformed Marketplace log")

// DecodeError is a Marketplace log with a known event signature that does
// not decode (or decodes to values the contract cannot emit). It matches
// ErrMalformedLog and chain.ErrBadPage: the page is not applied and is
// asked again, since a correct RPC never serves such a log.
type DecodeError struct {
	Event string
	Block uint64
	Index uint
	Err   error
}

func (e *DecodeError) Error() string {
	return fmt.Sprintf("decode %s log %d of block %d: %v", e.Event, e.Index, e.Block, e.Err)
}

// Unwrap lets errors.Is match ErrMalformedLog, chain.ErrBadPage and the cause.
func (e *DecodeError) Unwrap() []error { return []error{ErrMalformedLog, chain.ErrBadPage, e.Err} }

// event names handled by the ledger.
const (
	evProviderRegistered = "ProviderRegistered"
	evStorageRequested   = "StorageRequested"
	evSlotReserved       = "SlotReserved"
	evReservationLapsed  = "ReservationLapsed"
	evSlotFilled         = "SlotFilled"
	evSlotRepaired       = "SlotRepaired"
	evProofSubmitted     = "ProofSubmitted"
	evProofFailed        = "ProofFailed"
	evSlotSettled        = "SlotSettled"
	evMissSlashed        = "MissSlashed"
	evSlotFreed          = "SlotFreed"
	evRequestFailed      = "RequestFailed"
	evRequestCancelled   = "RequestCancelled"
	evRequestFinished    = "RequestFinished"
)

// Decoder turns Marketplace logs into the bindings' event structs (of v1
// or of v2, by the constructor).
type Decoder struct {
	names  map[common.Hash]string
	decode func(name string, l *types.Log) (any, error)
}

// newDecoder follows the named events of an ABI.
func newDecoder(a *abi.ABI, events []string, decode func(string, *types.Log) (any, error)) (*Decoder, error) {
	d := &Decoder{names: map[common.Hash]string{}, decode: decode}
	for _, n := range events {
		ev, ok := a.Events[n]
		if !ok {
			return nil, fmt.Errorf("marketplace ABI has no event %s", n)
		}
		d.names[ev.ID] = n
	}
	return d, nil
}

// NewDecoder builds a decoder over the generated v1 bindings.
func NewDecoder() (*Decoder, error) {
	a, err := contracts.MarketplaceMetaData.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("parse Marketplace ABI: %w", err)
	}
	mp := contracts.NewMarketplace()
	return newDecoder(a, []string{evProviderRegistered, evStorageRequested, evSlotReserved, evReservationLapsed,
		evSlotFilled, evSlotRepaired, evProofSubmitted, evProofFailed, evSlotSettled, evMissSlashed,
		evSlotFreed, evRequestFailed, evRequestCancelled, evRequestFinished},
		func(name string, l *types.Log) (any, error) { return decodeV1(mp, name, l) })
}

// Decode returns the event of a log: a pointer to the bindings' struct
// (e.g. *contracts.MarketplaceSlotFilled), or nil with a nil error for a
// log the ledger does not follow (another event, no topics). A log with a
// followed signature that does not decode is a *DecodeError.
func (d *Decoder) Decode(l *types.Log) (any, error) {
	if len(l.Topics) == 0 {
		return nil, nil
	}
	name, ok := d.names[l.Topics[0]]
	if !ok {
		return nil, nil
	}
	ev, err := d.decode(name, l)
	if err != nil {
		return nil, &DecodeError{Event: name, Block: l.BlockNumber, Index: l.Index, Err: err}
	}
	return ev, nil
}

var errRange = errors.New("value out of range")

// small checks that every big.Int is present and fits in uint64.
func small(xs ...*big.Int) error {
	for _, x := range xs {
		if x == nil || !x.IsUint64() {
			return errRange
		}
	}
	return nil
}

// present checks that every big.Int is present.
func present(xs ...*big.Int) error {
	for _, x := range xs {
		if x == nil {
			return errRange
		}
	}
	return nil
}

func decodeV1(mp *contracts.Marketplace, name string, l *types.Log) (any, error) {
	switch name {
	case evProviderRegistered:
		return mp.UnpackProviderRegisteredEvent(l)
	case evStorageRequested:
		ev, err := mp.UnpackStorageRequestedEvent(l)
		if err != nil {
			return nil, err
		}
		return ev, checkParams(ev)
	case evSlotReserved:
		ev, err := mp.UnpackSlotReservedEvent(l)
		if err != nil {
			return nil, err
		}
		if err := small(ev.Index, ev.BlockNumber); err != nil || ev.Index.Uint64() >= 256 {
			return nil, errRange
		}
		return ev, nil
	case evReservationLapsed:
		ev, err := mp.UnpackReservationLapsedEvent(l)
		if err != nil {
			return nil, err
		}
		return ev, present(ev.Burned)
	case evSlotFilled:
		ev, err := mp.UnpackSlotFilledEvent(l)
		if err != nil {
			return nil, err
		}
		if err := small(ev.Index, ev.Epoch); err != nil || ev.Index.Uint64() >= 256 {
			return nil, errRange
		}
		return ev, nil
	case evSlotRepaired:
		ev, err := mp.UnpackSlotRepairedEvent(l)
		if err != nil {
			return nil, err
		}
		return ev, present(ev.Bonus)
	case evProofSubmitted:
		ev, err := mp.UnpackProofSubmittedEvent(l)
		if err != nil {
			return nil, err
		}
		return ev, small(ev.Epoch)
	case evProofFailed:
		ev, err := mp.UnpackProofFailedEvent(l)
		if err != nil {
			return nil, err
		}
		return ev, small(ev.Epoch)
	case evSlotSettled:
		ev, err := mp.UnpackSlotSettledEvent(l)
		if err != nil {
			return nil, err
		}
		return ev, small(ev.FromEpoch, ev.ToEpoch, ev.Misses)
	case evMissSlashed:
		ev, err := mp.UnpackMissSlashedEvent(l)
		if err != nil {
			return nil, err
		}
		if err := small(ev.Epoch); err != nil {
			return nil, err
		}
		return ev, present(ev.Amount)
	case evSlotFreed:
		ev, err := mp.UnpackSlotFreedEvent(l)
		if err != nil {
			return nil, err
		}
		if ev.Reason > uint8(FreedByExit) {
			return nil, errRange
		}
		return ev, present(ev.Burned)
	case evRequestFailed:
		ev, err := mp.UnpackRequestFailedEvent(l)
		if err != nil {
			return nil, err
		}
		return ev, present(ev.Refund)
	case evRequestCancelled:
		ev, err := mp.UnpackRequestCancelledEvent(l)
		if err != nil {
			return nil, err
		}
		return ev, present(ev.Refund)
	case evRequestFinished:
		ev, err := mp.UnpackRequestFinishedEvent(l)
		if err != nil {
			return nil, err
		}
		return ev, present(ev.Refund)
	}
	return nil, fmt.Errorf("no decoder for %s", name)
}

// checkParams rejects requests the contract would never have accepted in a
// shape the ledger relies on.
func checkParams(ev *contracts.MarketplaceStorageRequested) error {
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
	case p.StartEpoch >= p.EndEpoch:
		return fmt.Errorf("epochs [%d, %d): %w", p.StartEpoch, p.EndEpoch, errRange)
	}
	return present(p.PricePerSlotEpoch, p.CollateralPerSlot, p.RepairBonus, p.RepairReserve)
}
