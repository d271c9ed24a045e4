package market

import (
	"context"
	"math/big"
	"sync"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// actionFloors remembers, per slot, the latest block at which we acted on
// it (reserved, sent a fill, saw a fill receipt). A view older than that
// may not show our action, so it decides nothing about the slot's shard.
// After a restart every shard's floor is the head at start: whatever we
// did before happened at or below it.
type actionFloors struct {
	mu    sync.Mutex
	base  uint64
	slots map[[32]byte]uint64
}

func newActionFloors() *actionFloors { return &actionFloors{slots: map[[32]byte]uint64{}} }

// setBase sets the floor of every slot not touched since.
func (f *actionFloors) setBase(block uint64) {
	f.mu.Lock()
	f.base = max(f.base, block)
	f.mu.Unlock()
}

func (f *actionFloors) touch(slot [32]byte, block uint64) {
	f.mu.Lock()
	f.slots[slot] = max(f.slots[slot], block)
	f.mu.Unlock()
}

func (f *actionFloors) get(slot [32]byte) uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return max(f.base, f.slots[slot])
}

func (f *actionFloors) forget(slot [32]byte) {
	f.mu.Lock()
	delete(f.slots, slot)
	f.mu.Unlock()
}

// termsCache keeps the immutable terms (requestInfo: k, m, size, epochs,
// price, collateral, authKey) of requests we hold or reserved, so the
// prover, janitor and authorizer do not read them per use. Only requests
// with a shard in our store are cached; the janitor forgets a request
// when it releases its last shard.
type termsCache struct {
	m  requestReader
	mu sync.Mutex
	by map[[32]byte]contracts.IMarketplaceRequestInfo
}

// requestReader reads a request's terms and state.
type requestReader interface {
	RequestInfo(ctx context.Context, id [32]byte) (contracts.IMarketplaceRequestInfo, error)
}

func newTermsCache(m requestReader) *termsCache {
	return &termsCache{m: m, by: map[[32]byte]contracts.IMarketplaceRequestInfo{}}
}

// get returns a request's terms (its State is as of the first read).
func (c *termsCache) get(ctx context.Context, id [32]byte) (contracts.IMarketplaceRequestInfo, error) {
	c.mu.Lock()
	ri, ok := c.by[id]
	c.mu.Unlock()
	if ok {
		return ri, nil
	}
	ri, err := c.m.RequestInfo(ctx, id)
	if err != nil {
		return ri, err
	}
	if ri.State != RequestNone {
		c.mu.Lock()
		c.by[id] = ri
		c.mu.Unlock()
	}
	return ri, nil
}

func (c *termsCache) forget(id [32]byte) {
	c.mu.Lock()
	delete(c.by, id)
	c.mu.Unlock()
}

// collateralAtRisk sums the collateral of the slots we hold or are filling
// (shards stored or later, not released). Requests whose terms cannot be
// read count nothing.
func (c *termsCache) collateralAtRisk(ctx context.Context, st *storage.Store) *big.Int {
	total := new(big.Int)
	list, err := st.List()
	if err != nil {
		return total
	}
	for _, sh := range list {
		if sh.State < storage.StateStored || sh.State >= storage.StateReleased {
			continue
		}
		if ri, err := c.get(ctx, sh.RequestID); err == nil {
			total.Add(total, ri.CollateralPerSlot)
		}
	}
	return total
}
