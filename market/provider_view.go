package market

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
)

// ChainSlot is a slot as one view of the chain shows it. Its shape is the
// ledger's Slot, so a ledger-backed view is a thin adapter.
type ChainSlot struct {
	Holder    common.Address
	Index     uint64
	Request   [32]byte
	State     uint8 // SlotOpen, SlotFilled, …
	FillEpoch uint64
	AtBlock   uint64 // the block this view was read at
}

// ChainReservation is one live or lapsed reservation of a slot.
type ChainReservation struct {
	Reserver common.Address
	Block    uint64
}

// chainView is the chain pinned at one block: every read of one view sees
// the same state, so a decision that combines reads is consistent.
type chainView interface {
	// AtBlock is the block the view reads.
	AtBlock() uint64
	// Slot reads a slot; false when the chain has no such slot (State
	// Open and no request).
	Slot(ctx context.Context, slot [32]byte) (ChainSlot, bool, error)
	// RequestState reads a request's state (RequestNone when unknown).
	RequestState(ctx context.Context, id [32]byte) (uint8, error)
	// Reservations reads a slot's reservations (lapsed ones included
	// until swept: compare Block + ReservationTTL with AtBlock).
	Reservations(ctx context.Context, slot [32]byte) ([]ChainReservation, error)
}

// viewSource opens views of the chain. Confirmed views are what deletions
// are decided on; latest views are for choosing what to try.
type viewSource interface {
	Confirmed(ctx context.Context) (chainView, error)
	Latest(ctx context.Context) (chainView, error)
}

// rpcViews is a viewSource over the Marketplace's view functions, pinned
// with eth_call's block number; confirmations blocks behind the head for
// a confirmed view. (market/ledger's persisted view replaces it.)
type rpcViews struct {
	m             *Market
	confirmations uint64
}

func (v rpcViews) Confirmed(ctx context.Context) (chainView, error) {
	head, err := v.m.client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	if head < v.confirmations {
		head = 0
	} else {
		head -= v.confirmations
	}
	return rpcView{m: v.m, block: head}, nil
}

func (v rpcViews) Latest(ctx context.Context) (chainView, error) {
	head, err := v.m.client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	return rpcView{m: v.m, block: head}, nil
}

type rpcView struct {
	m     *Market
	block uint64
}

func (v rpcView) AtBlock() uint64 { return v.block }

func (v rpcView) opts(ctx context.Context) *bind.CallOpts {
	return &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(v.block)}
}

func (v rpcView) Slot(ctx context.Context, slot [32]byte) (ChainSlot, bool, error) {
	si, err := bind.Call(v.m.inst, v.opts(ctx), v.m.abi.PackSlotInfo(slot), v.m.abi.UnpackSlotInfo)
	if err != nil {
		return ChainSlot{}, false, fmt.Errorf("slot info %s at block %d: %w", short(slot), v.block, v.m.typedRevert(err))
	}
	cs := chainSlotOf(si)
	cs.AtBlock = v.block
	return cs, si.RequestId != [32]byte{}, nil
}

func chainSlotOf(si contracts.IMarketplaceSlotInfo) ChainSlot {
	return ChainSlot{Holder: si.Provider, Index: uint64(si.Index), Request: si.RequestId, State: si.State, FillEpoch: si.FillEpoch}
}

func (v rpcView) RequestState(ctx context.Context, id [32]byte) (uint8, error) {
	ri, err := bind.Call(v.m.inst, v.opts(ctx), v.m.abi.PackRequestInfo(id), v.m.abi.UnpackRequestInfo)
	if err != nil {
		return 0, fmt.Errorf("request info %s at block %d: %w", short(id), v.block, v.m.typedRevert(err))
	}
	return ri.State, nil
}

func (v rpcView) Reservations(ctx context.Context, slot [32]byte) ([]ChainReservation, error) {
	rs, err := bind.Call(v.m.inst, v.opts(ctx), v.m.abi.PackReservations(slot), v.m.abi.UnpackReservations)
	if err != nil {
		return nil, fmt.Errorf("reservations of %s at block %d: %w", short(slot), v.block, v.m.typedRevert(err))
	}
	out := make([]ChainReservation, 0, len(rs))
	for _, r := range rs {
		if r.Reserver != (common.Address{}) {
			out = append(out, ChainReservation{Reserver: r.Reserver, Block: r.BlockNumber})
		}
	}
	return out, nil
}

// liveReservation reports whether who holds an unexpired reservation among
// rs at block (the contract's rule: block ≤ reservation block + TTL).
func liveReservation(rs []ChainReservation, who common.Address, block, ttl uint64) (ChainReservation, bool) {
	for _, r := range rs {
		if r.Reserver == who && block <= r.Block+ttl {
			return r, true
		}
	}
	return ChainReservation{}, false
}

// liveCount counts the unexpired reservations among rs at block.
func liveCount(rs []ChainReservation, block, ttl uint64) int {
	n := 0
	for _, r := range rs {
		if block <= r.Block+ttl {
			n++
		}
	}
	return n
}
