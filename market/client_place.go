package market

import (
	"context"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cairn-storage/cairn/market/p2p"
)

// placeDialTimeout bounds one provider's connect while placing.
const placeDialTimeout = 3 * time.Second

// place picks n registered providers with distinct peer ids and distinct
// placement groups (placementGroup: IPv4 /24, IPv6 /48, relay), or nil if
// too few. On a single-host devnet every provider shares 127.0.0.1, so
// address diversity is waived for loopback addresses (and the docs say
// so). Only providers that answer a connect now are placed (a slot named
// for a dead provider can never fill, and the request would fail at
// expiry); the candidates are dialled in waves of 2n at once, in a
// random order, so placing costs about one connect's round trips, not n
// of them (1.4 s of a put at 20 ms with six sequential connects), and the
// pushes find the connections open.
func (c *Client) place(ctx context.Context, n int) ([]common.Address, error) {
	regs, err := c.m.Providers(ctx)
	if err != nil {
		return nil, err
	}
	type cand struct {
		a   common.Address
		ai  peer.AddrInfo
		net string
		err error
	}
	var cands []cand
	seenPeer := map[string]bool{}
	for a, info := range regs {
		ai, err := p2p.DecodePeerInfo(info)
		if err != nil || seenPeer[ai.ID.String()] {
			continue
		}
		seenPeer[ai.ID.String()] = true
		cands = append(cands, cand{a: a, ai: ai, net: placementGroup(ai.Addrs)})
	}
	rand.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	seenNet := map[string]bool{}
	distinct := func(net string) bool { return net == "" || net == "loopback" || !seenNet[net] }
	var out []common.Address
	for len(cands) > 0 && len(out) < n {
		// The next wave: up to 2(n − placed) candidates of groups not yet placed.
		var wave []cand
		rest := cands[:0]
		for _, cd := range cands {
			if len(wave) < 2*(n-len(out)) && distinct(cd.net) {
				wave = append(wave, cd)
			} else if distinct(cd.net) {
				rest = append(rest, cd)
			}
		}
		cands = rest
		var wg sync.WaitGroup
		for i := range wave {
			wg.Add(1)
			go func() {
				defer wg.Done()
				cctx, cancel := context.WithTimeout(ctx, placeDialTimeout)
				defer cancel()
				wave[i].err = c.host.Connect(cctx, wave[i].ai)
			}()
		}
		wg.Wait()
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, cd := range wave {
			if cd.err != nil {
				c.log.Info("not placing on an unreachable provider", "provider", cd.a, "err", cd.err)
				continue
			}
			if !distinct(cd.net) || len(out) == n {
				continue
			}
			seenNet[cd.net] = true
			out = append(out, cd.a)
		}
	}
	if len(out) < n {
		return nil, nil
	}
	return out, nil
}
