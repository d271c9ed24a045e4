package testnet

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// PeerInfo is the peer info who registered last with the v2
// marketplace (nil if never): MarketplaceV2 keeps it in storage without a
// view, so it is read from the newest ProviderRegistered event.
func PeerInfo(ctx context.Context, m *marketv2.Market, who common.Address) ([]byte, error) {
	mp := contracts.NewMarketplaceV2()
	ev := mp.GetABI().Events[contracts.MarketplaceV2ProviderRegisteredEventName]
	logs, err := filterLogs(ctx, m, [][]common.Hash{{ev.ID}, {common.BytesToHash(who.Bytes())}})
	if err != nil {
		return nil, fmt.Errorf("provider registrations of %s: %w", who, err)
	}
	if len(logs) == 0 {
		return nil, nil
	}
	r, err := mp.UnpackProviderRegisteredEvent(&logs[len(logs)-1])
	if err != nil {
		return nil, fmt.Errorf("provider registration of %s: %w", who, err)
	}
	return r.PeerInfo, nil
}
