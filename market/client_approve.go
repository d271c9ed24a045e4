package market

import (
	"context"
	"math/big"
	"sync"
)

// allowanceSetter is the part of a client chain that approves the
// marketplace ahead of a request (v2Chain).
type allowanceSetter interface {
	EnsureAllowance(ctx context.Context, need *big.Int) error
}

// approveAhead is the approve of a wallet's first request, sent while the
// file's first pass encodes instead of after it: on a 1 s-block devnet a
// first put saves a block, on a 12 s chain twelve seconds. One runs at a
// time per client (segment views share it); the request waits for it
// (wait) so that no second approve is sent beside it. A failed approve is
// only logged: the request's own allowance check meets it again and
// returns its error where the put can report it.
type approveAhead struct {
	mu   sync.Mutex
	done chan struct{} // open while an approve runs
}

// approveStart begins, in the background, the approve a request for size
// bytes needs (its quote's total) unless one runs or the chain has no
// allowance to set. With a standing allowance it costs one read.
func (c *Client) approveStart(ctx context.Context, size int64) {
	a, ok := c.m.(allowanceSetter)
	if !ok || c.ahead == nil {
		return
	}
	c.ahead.mu.Lock()
	defer c.ahead.mu.Unlock()
	if c.ahead.done != nil {
		return
	}
	done := make(chan struct{})
	c.ahead.done = done
	go func() {
		defer close(done)
		q, err := c.Quote(ctx, size)
		if err == nil {
			err = a.EnsureAllowance(ctx, q.Total)
		}
		if err != nil && ctx.Err() == nil {
			c.log.Warn("approving the marketplace ahead of the request failed; the request approves again", "err", err)
		}
		c.ahead.mu.Lock()
		c.ahead.done = nil
		c.ahead.mu.Unlock()
	}()
}

// approveWait waits for an approve approveStart began, if one runs.
func (c *Client) approveWait(ctx context.Context) {
	if c.ahead == nil {
		return
	}
	c.ahead.mu.Lock()
	done := c.ahead.done
	c.ahead.mu.Unlock()
	if done == nil {
		return
	}
	select {
	case <-done:
	case <-ctx.Done():
	}
}
