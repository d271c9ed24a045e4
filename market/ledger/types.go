package ledger

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
)

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

// Update is sent to subscribers after each commit.
type Update struct {
	Synced chain.Cursor
	// Rewound is true when the commit undid blocks (a reorg).
	Rewound bool
}
