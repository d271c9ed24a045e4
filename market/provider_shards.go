package market

import (
	"context"
	"fmt"
	"io"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cairn-storage/cairn/market/p2p"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// findShard names the request of a slot any of our volumes indexes.
func (p *Provider) findShard(slot [32]byte) ([32]byte, bool) {
	for _, v := range p.vols {
		if info, err := v.Store.Info(storage.SlotID(slot)); err == nil {
			return info.RequestID, true
		}
	}
	return [32]byte{}, false
}

// v2Source serves fetches from whichever volume holds the shard.
type v2Source struct{ p *Provider }

var _ p2p.ShardSource = v2Source{}

// OpenShard opens a stored (not receiving, not released) shard.
func (s v2Source) OpenShard(_ context.Context, slot [32]byte) (p2p.ShardReader, int64, error) {
	for _, v := range s.p.vols {
		info, err := v.Store.Info(storage.SlotID(slot))
		if err != nil || info.State < storage.StateStored || info.State >= storage.StateReleased {
			continue
		}
		f, err := v.Store.Open(storage.SlotID(slot))
		if err != nil {
			return nil, 0, fmt.Errorf("open shard %s in %s: %w", short(slot), v.Path, err)
		}
		return f, int64(info.Size), nil
	}
	return nil, 0, fmt.Errorf("slot %s: %w", short(slot), p2p.ErrNotFound)
}

// peerInfos reads a provider's registered peer info (Market).
type peerInfos interface {
	PeerInfo(ctx context.Context, who common.Address) ([]byte, error)
}

// p2pFetcher is the repairer's marketv2.ShardFetcher: holder → its peer
// info on chain → connect → a fetch of the whole shard signed by our key
// (the holder allows it while we hold a reservation on the request's
// Repair slot).
type p2pFetcher struct {
	host   *p2p.Host
	peers  peerInfos
	signer p2p.Signer

	mu    sync.Mutex
	known map[common.Address]peer.AddrInfo
}

var _ marketv2.ShardFetcher = (*p2pFetcher)(nil)

func (f *p2pFetcher) Fetch(ctx context.Context, holder common.Address, slot [32]byte, size uint64, w io.Writer) error {
	info, err := f.lookup(ctx, holder)
	if err != nil {
		return err
	}
	if err := f.host.Connect(ctx, info); err != nil {
		f.forget(holder) // it may have moved: read its info again next time
		return err
	}
	n, err := f.host.Fetch(ctx, info.ID, slot, 0, size, w, f.signer)
	if err != nil {
		return err
	}
	if uint64(n) != size {
		return fmt.Errorf("fetch slot %s from %s: %d of %d bytes", short(slot), holder, n, size)
	}
	return nil
}

func (f *p2pFetcher) lookup(ctx context.Context, holder common.Address) (peer.AddrInfo, error) {
	f.mu.Lock()
	info, ok := f.known[holder]
	f.mu.Unlock()
	if ok {
		return info, nil
	}
	b, err := f.peers.PeerInfo(ctx, holder)
	if err != nil {
		return info, err
	}
	if len(b) == 0 {
		return info, fmt.Errorf("holder %s has no peer info on chain", holder)
	}
	if info, err = p2p.DecodePeerInfo(b); err != nil {
		return info, fmt.Errorf("holder %s: %w", holder, err)
	}
	f.mu.Lock()
	if f.known == nil || len(f.known) >= maxCached {
		f.known = map[common.Address]peer.AddrInfo{}
	}
	f.known[holder] = info
	f.mu.Unlock()
	return info, nil
}

func (f *p2pFetcher) forget(holder common.Address) {
	f.mu.Lock()
	delete(f.known, holder)
	f.mu.Unlock()
}
