package p2p

import (
	"sync"

	"github.com/libp2p/go-libp2p/core/peer"
	"golang.org/x/time/rate"
)

// maxLimitedPeers bounds the per-peer limiter map; when full it starts over
// (a flood of fresh peer ids then costs each one a fresh bucket, which the
// served-streams semaphore still bounds).
const maxLimitedPeers = 4096

// peerLimiter is a token bucket per remote peer.
type peerLimiter struct {
	mu    sync.Mutex
	r     rate.Limit
	burst int
	by    map[peer.ID]*rate.Limiter
}

func newPeerLimiter(perSecond float64, burst int) *peerLimiter {
	return &peerLimiter{r: rate.Limit(perSecond), burst: burst, by: map[peer.ID]*rate.Limiter{}}
}

// allow takes one token of p's bucket.
func (l *peerLimiter) allow(p peer.ID) bool {
	l.mu.Lock()
	lim, ok := l.by[p]
	if !ok {
		if len(l.by) >= maxLimitedPeers {
			l.by = map[peer.ID]*rate.Limiter{}
		}
		lim = rate.NewLimiter(l.r, l.burst)
		l.by[p] = lim
	}
	l.mu.Unlock()
	return lim.Allow()
}
