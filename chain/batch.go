package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// MaxHeaderBatch is the most eth_getBlockByNumber calls HeadersByNumber puts
// in one JSON-RPC batch: public endpoints cap batches (often at 100, some
// lower), so wider ranges go out as several batches.
const MaxHeaderBatch = 50

// HeadersByNumber reads the headers of blocks from..to (inclusive, from ≤
// to) with JSON-RPC batches of eth_getBlockByNumber, one HTTP request per
// MaxHeaderBatch blocks instead of one per block. A block the node does not
// have fails with ethereum.NotFound; a batch refused as a whole (HTTP 429,
// 5xx) fails with that error, which isTransient/Retryable classify.
func (c *Client) HeadersByNumber(ctx context.Context, from, to uint64) ([]*types.Header, error) {
	if to < from {
		return nil, nil
	}
	out := make([]*types.Header, 0, to-from+1)
	for lo := from; lo <= to; lo += MaxHeaderBatch {
		hi := min(to, lo+MaxHeaderBatch-1)
		raws := make([]json.RawMessage, hi-lo+1)
		elems := make([]rpc.BatchElem, len(raws))
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(lo + uint64(i)), false}, Result: &raws[i]}
		}
		if err := c.rpc.BatchCallContext(ctx, elems); err != nil {
			return nil, fmt.Errorf("headers %d..%d: %w", lo, hi, err)
		}
		for i, e := range elems {
			n := lo + uint64(i)
			if e.Error != nil {
				return nil, fmt.Errorf("header %d: %w", n, e.Error)
			}
			if len(raws[i]) == 0 || string(raws[i]) == "null" {
				return nil, fmt.Errorf("%w: header %d (a lagging node): %w", ErrBadPage, n, ethereum.NotFound)
			}
			var h types.Header
			if err := json.Unmarshal(raws[i], &h); err != nil {
				return nil, fmt.Errorf("header %d: decode: %w", n, err)
			}
			if h.Number == nil || h.Number.Uint64() != n {
				return nil, fmt.Errorf("%w: asked for header %d, got %v", ErrBadPage, n, h.Number)
			}
			out = append(out, &h)
		}
		if hi == to {
			break
		}
	}
	return out, nil
}

// RetryPolicy is how a reader retries transient RPC failures (HTTP 429,
// 502, 504, reset connections, timeouts): Tries attempts in all, the first
// delay Backoff, doubling up to MaxBackoff. An endpoint that says it is
// down (connection refused, HTTP 503) is not retried: the caller's next
// poll is the retry, so an outage or a burst of 503s does not make every
// read of a step wait out the backoff.
type RetryPolicy struct {
	Tries      int
	Backoff    time.Duration
	MaxBackoff time.Duration
}

// DefaultRetryPolicy rides out an isolated failure: three tries over about
// 0.15 s (the client's transport already waits out rate limits).
func DefaultRetryPolicy() RetryPolicy {
	return RetryPolicy{Tries: 3, Backoff: 50 * time.Millisecond, MaxBackoff: time.Second}
}

// Do runs f until it succeeds, fails with an error that is not transient,
// ctx ends, or the tries are spent (then f's last error).
func (p RetryPolicy) Do(ctx context.Context, f func() error) error {
	return p.do(ctx, f, nil)
}

// do is Do counting each retry in retried (nil: not counted).
func (p RetryPolicy) do(ctx context.Context, f func() error, retried *atomic.Int64) error {
	delay := p.Backoff
	for attempt := 1; ; attempt++ {
		err := f()
		if err == nil || !isTransient(err) || unavailable(err) || attempt >= p.Tries || ctx.Err() != nil {
			return err
		}
		if retried != nil {
			retried.Add(1)
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		if delay *= 2; p.MaxBackoff > 0 && delay > p.MaxBackoff {
			delay = p.MaxBackoff
		}
	}
}

// unavailable: the endpoint refused the connection or answered 503.
func unavailable(err error) bool {
	var he rpc.HTTPError
	return errors.Is(err, syscall.ECONNREFUSED) || errors.As(err, &he) && he.StatusCode == http.StatusServiceUnavailable
}
