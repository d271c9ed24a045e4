package testnet

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// PeerInfo is the peer info who registered with the v2 marketplace (empty
// if never), read through the lens.
func PeerInfo(ctx context.Context, m *marketv2.Market, who common.Address) ([]byte, error) {
	return m.PeerInfo(ctx, who)
}
