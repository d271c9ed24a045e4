package chaos

import (
	"context"
	"fmt"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cairn-storage/cairn/market/p2p"
)

// PeakRSS is provider i's peak resident set size in bytes since it
// started (the kernel's VmHWM, vmHWM), so no sampling can miss a spike.
func (h *Harness) PeakRSS(i int) (int64, error) {
	kib, ok := vmHWM(h.pid(i))
	if !ok {
		return 0, fmt.Errorf("provider %d: no VmHWM in /proc/%d/status", i, h.pid(i))
	}
	return kib << 10, nil
}

// PeerInfo is provider i's libp2p identity and addresses, as it
// registered them on chain.
func (h *Harness) PeerInfo(ctx context.Context, i int) (peer.AddrInfo, error) {
	b, err := h.Market.PeerInfo(ctx, h.provider(i).Address)
	if err != nil {
		return peer.AddrInfo{}, fmt.Errorf("provider %d peer info: %w", i, err)
	}
	return p2p.DecodePeerInfo(b)
}
