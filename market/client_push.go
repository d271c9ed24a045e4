package market

import (
	"context"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// pushUntilFilled pushes each shard (read from src) to whoever reserved its slot, until
// every slot is filled or the request expires (then it is cancelled).
// changed, if set, is asked every poll whether the source file changed;
// then pushing stops with ErrFileChanged.
func (c *Client) pushUntilFilled(ctx context.Context, id [32]byte, params contracts.IMarketplaceV2RequestParams, src *storage.ShardSource, changed func() bool) ([]common.Address, error) {
	n := int(params.K) + int(params.M)
	pushed := pushSet{m: map[string]bool{}}
	var wg sync.WaitGroup
	defer wg.Wait()
	pctx, cancel := context.WithCancel(ctx)
	defer cancel()
	t := time.NewTicker(c.cfg.Poll)
	defer t.Stop()
	// launch pushes r's shard unless the key's push is done or in flight;
	// a failed push frees its key for the next poll.
	launch := func(r SlotReservation, key string) {
		if !pushed.claim(key, earlyKey(r.Index, r.Provider)) {
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := c.pushShard(pctx, r, params, src.Shard(int(r.Index)))
			if err != nil && pctx.Err() == nil {
				c.log.Warn("push failed, will retry", "slot", r.Index, "provider", r.Provider, "err", err)
				time.Sleep(time.Second)
				pushed.release(key)
			}
		}()
	}
	c.pushEarly(pctx, &wg, id, params, launch)
	// A chain read that fails (the RPC node restarting, a dropped
	// connection) is retried every poll for up to RPCPatience before the
	// put gives up; the request stays journalled either way.
	var failingSince time.Time
	retry := func(err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if failingSince.IsZero() {
			failingSince = time.Now()
			c.log.Warn("chain read failed while filling; retrying", "request_id", short(id), "err", err)
		}
		if time.Since(failingSince) > c.cfg.RPCPatience {
			return fmt.Errorf("chain unreachable for %s: %w", c.cfg.RPCPatience, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		return nil
	}
	for {
		holders, readErr := c.m.Holders(ctx, id, n)
		filled := 0
		for _, h := range holders {
			if h != (common.Address{}) {
				filled++
			}
		}
		if readErr != nil {
			if err := retry(readErr); err != nil {
				return nil, err
			}
			continue
		}
		c.progress(Progress{Stage: "fill", Slot: -1, Done: int64(filled), Total: int64(n)})
		if filled == n {
			return holders, nil
		}
		if changed != nil && changed() {
			cancel()
			wg.Wait()
			return nil, fmt.Errorf("%d of %d slots filled: %w", filled, n, ErrFileChanged)
		}
		head, err := c.m.Head(ctx)
		if err != nil {
			if err := retry(err); err != nil {
				return nil, err
			}
			continue
		}
		if head > params.Expiry {
			cancel()
			wg.Wait()
			if params.CancelOnExpiry {
				if err := c.m.CancelRequest(ctx, id); err != nil {
					return nil, fmt.Errorf("%w (%d of %d) by expiry, and cancel failed: %v", ErrNotFilled, filled, n, err)
				}
				return nil, fmt.Errorf("%w: %d of %d slots by block %d; request cancelled and refunded", ErrNotFilled, filled, n, params.Expiry)
			}
			return nil, fmt.Errorf("%w: %d of %d slots by block %d; the rest stay open to repairers", ErrNotFilled, filled, n, params.Expiry)
		}
		rs, err := c.m.Reservations(ctx, id, n)
		if err != nil {
			if err := retry(err); err != nil {
				return nil, err
			}
			continue
		}
		if !failingSince.IsZero() {
			c.log.Info("chain reachable again", "request_id", short(id), "after", time.Since(failingSince).Round(time.Millisecond))
			failingSince = time.Time{}
		}
		for _, r := range rs {
			if holders[r.Index] != (common.Address{}) {
				continue
			}
			launch(r, fmt.Sprintf("%d/%s/%d", r.Index, r.Provider, r.Block))
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

func (c *Client) pushShard(ctx context.Context, r SlotReservation, params contracts.IMarketplaceV2RequestParams, shard io.ReaderAt) error {
	ai, err := PeerOf(ctx, c.m, r.Provider)
	if err != nil {
		return err
	}
	if err := c.host.Connect(ctx, ai); err != nil {
		return fmt.Errorf("connect to %s: %w", r.Provider, err)
	}
	c.progress(Progress{Stage: "push", Slot: int(r.Index), Total: int64(params.ShardSize), Note: r.Provider.Hex()})
	src := &countingReaderAt{r: shard, report: func(done int64) {
		if done < int64(params.ShardSize) { // Done == Total only once the provider committed
			c.progress(Progress{Stage: "push", Slot: int(r.Index), Done: done, Total: int64(params.ShardSize), Note: r.Provider.Hex()})
		}
	}}
	c.pushes.start()
	began := time.Now()
	err = c.host.Push(ctx, ai.ID, r.Slot, int64(params.ShardSize), params.ShardRoots[r.Index], src, c.auth)
	c.pushes.stop(src.high.Load())
	if err != nil {
		return err
	}
	c.log.Info("shard pushed", "slot", r.Index, "provider", r.Provider, "bytes", params.ShardSize,
		"began", began.UTC().Format(time.RFC3339Nano), "seconds", time.Since(began).Seconds())
	c.progress(Progress{Stage: "push", Slot: int(r.Index), Done: int64(params.ShardSize), Total: int64(params.ShardSize), Note: r.Provider.Hex()})
	return nil
}

// pushSet is pushUntilFilled's record of the pushes done or in flight, by
// key (slot/provider/reservation block, or a slot's earlyKey); a slot's
// early push stands for every chain key of the same slot and provider.
type pushSet struct {
	mu sync.Mutex
	m  map[string]bool
}

// claim takes key unless it or early is taken.
func (s *pushSet) claim(key, early string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m[key] || s.m[early] {
		return false
	}
	s.m[key] = true
	return true
}

// release frees key (its push failed).
func (s *pushSet) release(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, key)
}
