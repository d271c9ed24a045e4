package ledger

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
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
