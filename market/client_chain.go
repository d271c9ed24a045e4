package market

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
)

// The client reaches the marketplace through clientChain (the protocol v2
// adapter is *marketv2.Market, client_v2chain*.go). Requests travel as the
// v2 binding's contracts.IMarketplaceV2RequestParams; everything else
// (state numbering, slot holders, reservations, status, endings) is
// answered in the protocol-neutral types below.

// clientChain is everything the client asks of a deployment.
type clientChain interface {
	chainTerms
	requestBook
	slotBook
	peerBook
	requestPayer
	statusReader
}

// chainTerms are the deployment's fixed terms and its clock.
type chainTerms interface {
	Terms() ChainTerms
	// Epoch is the current epoch; Head the latest block.
	Epoch(ctx context.Context) (uint64, error)
	Head(ctx context.Context) (uint64, error)
	// EpochStart is the first block of epoch e.
	EpochStart(e uint64) uint64
}

// requestBook finds this wallet's requests.
type requestBook interface {
	// NextRequestID is the wallet's next request nonce and the id a
	// request sent with it gets.
	NextRequestID(ctx context.Context) (uint64, [32]byte, error)
	// RequestState reads a request's state (State "none" if unknown).
	RequestState(ctx context.Context, id [32]byte) (RequestState, error)
	// FindRequest reads one request as created (ErrUnknownRequest if none).
	FindRequest(ctx context.Context, id [32]byte) (StorageRequest, error)
	// RequestsOf lists every request client created, oldest first.
	RequestsOf(ctx context.Context, client common.Address) ([]StorageRequest, error)
}

// slotBook tells who holds and who reserved a request's slots.
type slotBook interface {
	// Holders is the provider holding each of the request's n slots now
	// (zero address: nobody).
	Holders(ctx context.Context, id [32]byte, n int) ([]common.Address, error)
	// Reservations are the request's reservations a push may go to.
	Reservations(ctx context.Context, id [32]byte, n int) ([]SlotReservation, error)
}

// peerBook is the providers' published peer info.
type peerBook interface {
	PeerInfo(ctx context.Context, who common.Address) ([]byte, error)
	Providers(ctx context.Context) (map[common.Address][]byte, error)
}

// requestPayer creates and cancels requests of this wallet.
type requestPayer interface {
	// RequestStorage creates the request, paying cost: with the standing
	// allowance, else after an approve.
	RequestStorage(ctx context.Context, p contracts.IMarketplaceV2RequestParams, cost *big.Int) ([32]byte, error)
	// CancelRequest cancels a pending request past its expiry.
	CancelRequest(ctx context.Context, id [32]byte) error
	// Withdraw takes the wallet's marketplace balance.
	Withdraw(ctx context.Context) (*big.Int, error)
}

// statusReader reads what `cairn status` and `cairn ls` show.
type statusReader interface {
	Status(ctx context.Context, id [32]byte) (RequestStatus, error)
	// Endings says when each request ends, at now (v1: epochs only).
	Endings(ctx context.Context, ids [][32]byte, now time.Time) (map[[32]byte]FileEnd, error)
}

// ChainTerms are a deployment's fixed terms as the client uses them.
type ChainTerms struct {
	Protocol     int // 1 or 2
	ChainID      uint64
	Marketplace  common.Address
	MaxShardSize uint64
	// ReservationTTL is how many blocks a reservation lives (v2; 0: unknown).
	ReservationTTL uint64
	// RequestGas estimates approve + requestStorage for n slots
	// (from the receipts in BENCHMARKS.md).
	RequestGas func(slots int) uint64
}

// RequestState is a request's state, protocol-neutral.
type RequestState struct {
	// State is RequestStateName's word: none, pending, active, failed,
	// cancelled, finished, and (v2) terminated.
	State  string
	Client common.Address
}

// Live reports a pending or active request.
func (s RequestState) Live() bool { return s.State == "pending" || s.State == "active" }

// FileEnd is when a request's storage ends, as ls and status show it.
type FileEnd struct {
	// EndEpoch is the first epoch not stored (v2: the stop epoch once
	// the request was closed early); EndBlock its first block.
	EndEpoch uint64 `json:"end_epoch"`
	EndBlock uint64 `json:"end_block"`
	// At estimates EndBlock's wall-clock time (zero when unknown, as on v1).
	At time.Time `json:"ends_at,omitzero"`
	// Ended: the request is over (or its end block has passed).
	Ended bool `json:"ended"`
	// Warn: live and ending within ClientConfig.EndingHorizon.
	Warn bool `json:"warn"`
}
