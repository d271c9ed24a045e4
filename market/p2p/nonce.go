package p2p

import (
	"fmt"
	"sync"
)

// nonceCache remembers the nonces of accepted requests until their expiry, so a
// replayed request is refused for as long as its signature is otherwise valid. It holds
// at most max nonces; expired ones are dropped at most once a minute, or when full.
type nonceCache struct {
	mu        sync.Mutex
	seen      map[[32]byte]uint64 // nonce → expiry (unix seconds)
	max       int
	nextPrune uint64
}

func newNonceCache(limit int) *nonceCache {
	return &nonceCache{seen: make(map[[32]byte]uint64), max: limit}
}

// add records nonce, valid until expiry, at time now (unix seconds). It fails with
// ErrReplay if the nonce is held and unexpired, ErrBusy if the cache is full.
func (c *nonceCache) add(nonce [32]byte, expiry, now uint64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.seen[nonce]; ok && e >= now {
		return ErrReplay
	}
	if len(c.seen) >= c.max || now >= c.nextPrune {
		for n, e := range c.seen {
			if e < now {
				delete(c.seen, n)
			}
		}
		c.nextPrune = now + 60
	}
	if len(c.seen) >= c.max {
		return fmt.Errorf("replay cache full (%d nonces): %w", c.max, ErrBusy)
	}
	c.seen[nonce] = expiry
	return nil
}
