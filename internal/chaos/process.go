package chaos

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cairn-storage/cairn/market/p2p"
)

// RSS is provider i's resident set size in bytes (VmRSS of
// /proc/PID/status; Linux only).
func (h *Harness) RSS(i int) (int64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", h.pid(i)))
	if err != nil {
		return 0, fmt.Errorf("provider %d rss: %w", i, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("provider %d rss %q: %w", i, v, err)
			}
			return kb << 10, nil
		}
	}
	return 0, fmt.Errorf("provider %d rss: no VmRSS line (%v)", i, sc.Err())
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
