package ledger

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

// RequestState is a request's lifecycle, numbered as the contract's
// IMarketplace.RequestState.
type RequestState uint8

// Request states.
const (
	RequestNone RequestState = iota
	RequestPending
	RequestActive
	RequestFailed
	RequestCancelled
	RequestFinished
)

func (s RequestState) String() string {
	switch s {
	case RequestPending:
		return "pending"
	case RequestActive:
		return "active"
	case RequestFailed:
		return "failed"
	case RequestCancelled:
		return "cancelled"
	case RequestFinished:
		return "finished"
	}
	return "none"
}

// Open reports whether the request is pending or active.
func (s RequestState) Open() bool { return s == RequestPending || s == RequestActive }

// Request is a storage request as its events describe it.
type Request struct {
	ID     [32]byte
	Client common.Address
	Nonce  uint64
	Block  uint64 // block of StorageRequested
	Params contracts.IMarketplaceV2RequestParams
	State  RequestState
	// Held is the number of slots filled now (the contract's held; 0 once
	// the request ended).
	Held uint8
	// AtBlock is the block of the last event that changed the request.
	AtBlock uint64
}

// Slots is the number of slots, k + m.
func (r Request) Slots() int { return int(r.Params.K) + int(r.Params.M) }

// SlotState is a slot's lifecycle, numbered as IMarketplace.SlotState.
type SlotState uint8

// Slot states.
const (
	SlotOpen SlotState = iota
	SlotFilled
	SlotFreed
	SlotClosed
)

func (s SlotState) String() string {
	switch s {
	case SlotFilled:
		return "filled"
	case SlotFreed:
		return "freed"
	case SlotClosed:
		return "closed"
	}
	return "open"
}

// FreeReason says why a slot was freed, numbered as IMarketplace.FreeReason.
type FreeReason uint8

// Free reasons.
const (
	FreedByMisses FreeReason = iota
	FreedByExit
)

// Slot is one slot of a request. A slot is known from its first
// reservation on; Holder is the last provider that filled it (kept after a
// free or the request's end, like the contract's slotInfo.provider).
type Slot struct {
	ID          [32]byte
	Request     [32]byte
	Index       uint64
	State       SlotState
	Holder      common.Address
	FilledBlock uint64 // block of the holder's SlotFilled
	FillEpoch   uint64
	// Repairs counts fills after the first (SlotRepaired events).
	Repairs uint32
	// Frees counts SlotFreed events; FreeReason is the last one's.
	Frees      uint32
	FreeReason FreeReason
	// FreedTx is the transaction of the last SlotFreed (a slot freed by
	// finish is closed by the same transaction's RequestFinished).
	FreedTx common.Hash
	AtBlock uint64 // block of the last event that changed the slot
}

// ReservationState is what became of a reservation.
type ReservationState uint8

// Reservation states.
const (
	// ReservationLive: on chain now (it may have passed its TTL unswept).
	ReservationLive ReservationState = iota
	// ReservationConsumed: its reserver filled the slot.
	ReservationConsumed
	// ReservationDropped: someone else filled the slot or the request
	// ended; the deposit was refunded.
	ReservationDropped
	// ReservationLapsed: swept after its TTL; the deposit was burned.
	ReservationLapsed
	// ReservationEvicted (v2): a ticketed reservation took its place;
	// the deposit was refunded.
	ReservationEvicted
)

func (s ReservationState) String() string {
	switch s {
	case ReservationConsumed:
		return "consumed"
	case ReservationDropped:
		return "dropped"
	case ReservationLapsed:
		return "lapsed"
	case ReservationEvicted:
		return "evicted"
	}
	return "live"
}

// Reservation is one reservation of a slot by one provider (the latest, if
// it reserved the slot more than once).
type Reservation struct {
	Slot     [32]byte
	Request  [32]byte
	Index    uint64
	Reserver common.Address
	Block    uint64 // the reservation block (the fill seed is drawn after it)
	State    ReservationState
	EndBlock uint64 // block where it stopped being live (0 while live)
	// v2 only: the deposit level (min(lapses, 6) when reserved), whether
	// a client ticket made it, and the deposit paid.
	Level    uint8    `json:",omitempty"`
	Ticketed bool     `json:",omitempty"`
	Deposit  *big.Int `json:",omitempty"`
}

// SlotStats are a slot's proof and miss counts over all its holders.
type SlotStats struct {
	Proofs         uint64 // ProofSubmitted events (= the slot's paid epochs)
	LastProofEpoch uint64 // epoch of the newest proof (valid when Proofs > 0)
	ProofFailures  uint64 // ProofFailed events (skipped in a batch)
	Misses         uint64 // MissSlashed events
	LastMissEpoch  uint64 // valid when Misses > 0
	Slashed        *big.Int
	SettledTo      uint64 // toEpoch of the newest SlotSettled
}

// Update is sent to subscribers after each commit.
type Update struct {
	Synced chain.Cursor
	// Rewound is true when the commit undid blocks (a reorg).
	Rewound bool
}
