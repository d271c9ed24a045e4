package market

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
)

// StorageRequest is a request as created: its id, client and parameters
// (roots and encrypted manifest included), from the chain's events alone.
type StorageRequest struct {
	ID     [32]byte
	Client common.Address
	Nonce  uint64
	Block  uint64
	Params contracts.IMarketplaceV2RequestParams
}

// SlotReservation is one SlotReserved event.
type SlotReservation struct {
	Request  [32]byte
	Slot     [32]byte
	Index    uint64
	Provider common.Address
	Block    uint64
}
