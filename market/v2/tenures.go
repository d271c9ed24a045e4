package marketv2

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// Tenure is one member of a set with its chain state.
type Tenure struct {
	ID   *big.Int
	Mid  uint32
	Info contracts.IMarketplaceV2TenureInfo
}

// Slot is the tenure's slot id.
func (t Tenure) Slot() storage.SlotID {
	return storage.SlotID(SlotID(t.Info.RequestId, uint64(t.Info.Index)))
}

// Final reports a tenure that holds nothing any more.
func (t Tenure) Final() bool { return t.Info.Flags&FlagFinal != 0 }

// TenureLister lists every tenure of a set, Final ones included (their
// shards are released from them). The chain scan below implements it; the
// node ledger will replace it with its own index.
type TenureLister interface {
	Tenures(ctx context.Context, setID uint64) ([]Tenure, error)
}

// tenureReader is what ChainTenures reads.
type tenureReader interface {
	SetInfo(ctx context.Context, setID uint64) (contracts.IMarketplaceV2SetInfo, error)
	TenureInfo(ctx context.Context, tenureID *big.Int) (contracts.IMarketplaceV2TenureInfo, error)
}

// ChainTenures lists a set's tenures by reading tenureInfo for every mid
// below the set's nextMid. Final tenures never change again, so it
// remembers them and answers them from memory on later calls: a scan costs
// one call per tenure that is not Final. Safe for concurrent use.
type ChainTenures struct {
	chain tenureReader
	mu    sync.Mutex
	final map[uint64]map[uint32]Tenure
}

// NewChainTenures returns a lister over the chain views.
func NewChainTenures(chain tenureReader) *ChainTenures {
	return &ChainTenures{chain: chain, final: map[uint64]map[uint32]Tenure{}}
}

// Tenures implements TenureLister.
func (c *ChainTenures) Tenures(ctx context.Context, setID uint64) ([]Tenure, error) {
	si, err := c.chain.SetInfo(ctx, setID)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	done := c.final[setID]
	if done == nil {
		done = map[uint32]Tenure{}
		c.final[setID] = done
	}
	c.mu.Unlock()
	var out []Tenure
	for mid := uint32(1); mid < si.NextMid; mid++ {
		c.mu.Lock()
		ft, ok := done[mid]
		c.mu.Unlock()
		if ok {
			out = append(out, ft)
			continue
		}
		id := TenureID(setID, mid)
		ti, err := c.chain.TenureInfo(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("set %d: %w", setID, err)
		}
		t := Tenure{ID: id, Mid: mid, Info: ti}
		if t.Final() {
			c.mu.Lock()
			done[mid] = t
			c.mu.Unlock()
		}
		out = append(out, t)
	}
	return out, nil
}
