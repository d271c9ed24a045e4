package market

import (
	"context"
	"fmt"
	"maps"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

// v2Topic is the topic-0 of a MarketplaceV2 event.
func v2Topic(name string) (common.Hash, error) {
	a, err := contracts.MarketplaceV2MetaData.ParseABI()
	if err != nil {
		return common.Hash{}, fmt.Errorf("marketplace v2 abi: %w", err)
	}
	ev, ok := a.Events[name]
	if !ok {
		return common.Hash{}, fmt.Errorf("marketplace v2 abi: no event %s", name)
	}
	return ev.ID, nil
}

// logs reads the MarketplaceV2's event logs from its genesis block to the
// head, filtered on indexed topics 1.. (nil: any).
func (v *v2Chain) logs(ctx context.Context, event string, filters ...[]common.Hash) ([]types.Log, error) {
	topic, err := v2Topic(event)
	if err != nil {
		return nil, err
	}
	head, err := v.Head(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s logs: head: %w", event, err)
	}
	q := ethereum.FilterQuery{Addresses: []common.Address{v.m.Address()}, Topics: append([][]common.Hash{{topic}}, filters...)}
	ls, err := chain.FilterLogsPaged(ctx, v.m.Client(), q, v.m.Deployment().Block, head, 0)
	if err != nil {
		return nil, fmt.Errorf("get %s %w", event, err)
	}
	return ls, nil
}

func (v *v2Chain) requests(ctx context.Context, filters ...[]common.Hash) ([]StorageRequest, error) {
	ls, err := v.logs(ctx, "StorageRequested", filters...)
	if err != nil {
		return nil, err
	}
	out := make([]StorageRequest, 0, len(ls))
	for i := range ls {
		ev, err := v.mp.UnpackStorageRequestedEvent(&ls[i])
		if err != nil {
			return nil, fmt.Errorf("decode StorageRequested in tx %s: %w", ls[i].TxHash, err)
		}
		out = append(out, StorageRequest{ID: ev.RequestId, Client: ev.Client, Nonce: ev.Nonce.Uint64(), Block: ls[i].BlockNumber,
			Params: ev.Params})
	}
	return out, nil
}

// FindRequest reads one request's StorageRequested event.
func (v *v2Chain) FindRequest(ctx context.Context, id [32]byte) (StorageRequest, error) {
	rs, err := v.requests(ctx, []common.Hash{id})
	if err != nil {
		return StorageRequest{}, err
	}
	if len(rs) == 0 {
		return StorageRequest{}, fmt.Errorf("request %s: %w", short(id), ErrUnknownRequest)
	}
	return rs[0], nil
}

// RequestsOf lists client's requests from their StorageRequested events.
func (v *v2Chain) RequestsOf(ctx context.Context, client common.Address) ([]StorageRequest, error) {
	return v.requests(ctx, nil, []common.Hash{common.BytesToHash(client.Bytes())})
}

// peerCache is every provider's latest ProviderRegistered peer info, read
// incrementally: each lookup scans only the blocks since the last one.
type peerCache struct {
	mu    sync.Mutex
	next  uint64 // first block not scanned yet
	infos map[common.Address][]byte
}

// peers brings the cache up to the head and returns a copy of it.
func (v *v2Chain) peers(ctx context.Context) (map[common.Address][]byte, error) {
	topic, err := v2Topic("ProviderRegistered")
	if err != nil {
		return nil, err
	}
	v.peerCache.mu.Lock()
	defer v.peerCache.mu.Unlock()
	head, err := v.Head(ctx)
	if err != nil {
		return nil, fmt.Errorf("ProviderRegistered logs: head: %w", err)
	}
	if v.peerCache.infos == nil {
		v.peerCache.infos, v.peerCache.next = map[common.Address][]byte{}, v.m.Deployment().Block
	}
	if v.peerCache.next <= head {
		q := ethereum.FilterQuery{Addresses: []common.Address{v.m.Address()}, Topics: [][]common.Hash{{topic}}}
		ls, err := chain.FilterLogsPaged(ctx, v.m.Client(), q, v.peerCache.next, head, 0)
		if err != nil {
			return nil, fmt.Errorf("get ProviderRegistered %w", err)
		}
		for i := range ls {
			ev, err := v.mp.UnpackProviderRegisteredEvent(&ls[i])
			if err != nil {
				return nil, fmt.Errorf("decode ProviderRegistered: %w", err)
			}
			v.peerCache.infos[ev.Provider] = ev.PeerInfo
		}
		v.peerCache.next = head + 1
	}
	return maps.Clone(v.peerCache.infos), nil
}

// PeerInfo is who's registered peer info (empty if none), from the lens.
func (v *v2Chain) PeerInfo(ctx context.Context, who common.Address) ([]byte, error) {
	return v.m.PeerInfo(ctx, who)
}

// Providers is every registered provider's latest peer info, for
// placement: the lens reads one address at a time, so the providers
// themselves come from the ProviderRegistered events (cached).
func (v *v2Chain) Providers(ctx context.Context) (map[common.Address][]byte, error) {
	return v.peers(ctx)
}
