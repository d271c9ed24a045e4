package market

import (
	"context"
	"fmt"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cairn-storage/cairn/market/p2p"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// ProviderPeers is the registry a relay's access control reads
// (p2p.RelayPeers): the peer id of every registered provider's latest
// peer info, from the ProviderRegistered events (read incrementally, the
// client's placement cache). A peer info that does not decode admits
// nobody.
type ProviderPeers struct{ v *v2Chain }

var _ p2p.RelayPeers = (*ProviderPeers)(nil)

// NewProviderPeers reads m's registered providers (m needs no sender).
func NewProviderPeers(m *marketv2.Market) *ProviderPeers {
	return &ProviderPeers{v: newV2Chain(m, [20]byte{}, marketv2.EndingConfig{})}
}

// RelayPeers lists the registered providers' peer ids, up to the head.
func (p *ProviderPeers) RelayPeers(ctx context.Context) ([]peer.ID, error) {
	regs, err := p.v.Providers(ctx)
	if err != nil {
		return nil, fmt.Errorf("registered providers: %w", err)
	}
	out := make([]peer.ID, 0, len(regs))
	for _, info := range regs {
		if ai, err := p2p.DecodePeerInfo(info); err == nil {
			out = append(out, ai.ID)
		}
	}
	return out, nil
}
