package market

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/storage"
)

// The provider implements p2p.Authorizer, p2p.ShardSource and p2p.ShardSink.
var (
	_ p2p.Authorizer  = (*Provider)(nil)
	_ p2p.ShardSource = (*Provider)(nil)
	_ p2p.ShardSink   = (*Provider)(nil)
)

// AuthorizePush allows the request's client (its authKey) to push the
// shard of a slot we reserved and have not received yet. It reads only
// sales' reservations in flight: no RPC.
func (p *Provider) AuthorizePush(_ context.Context, slot [32]byte, signer common.Address) error {
	pf, ok := p.sales.Pending(slot)
	if !ok {
		return fmt.Errorf("no reservation of ours for slot %s: %w", short(slot), p2p.ErrUnauthorized)
	}
	if signer != pf.auth {
		return fmt.Errorf("signer %s is not the request's client: %w", signer, p2p.ErrUnauthorized)
	}
	return nil
}

// AuthorizeFetch allows the request's client, and a repairer holding a
// reservation on a freed (or never-filled, past expiry) slot of the same
// request. Never the request's other active holders: a lazy holder could
// otherwise rebuild its challenged leaves from k peers each epoch. It
// answers from caches (the request's terms; the request's repairers, read
// at most once per authRefresh), so throwaway keys cost no RPC each.
func (p *Provider) AuthorizeFetch(ctx context.Context, slot [32]byte, signer common.Address) error {
	info, err := p.store.Info(storage.SlotID(slot))
	if err != nil {
		return fmt.Errorf("slot %s: %w", short(slot), p2p.ErrNotFound)
	}
	return p.auth.authorizeFetch(ctx, info.RequestID, signer)
}

// OpenShard serves a stored shard.
func (p *Provider) OpenShard(_ context.Context, slot [32]byte) (p2p.ShardReader, int64, error) {
	info, err := p.store.Info(storage.SlotID(slot))
	if err != nil || info.State < storage.StateStored || info.State >= storage.StateReleased {
		return nil, 0, fmt.Errorf("slot %s: %w", short(slot), p2p.ErrNotFound)
	}
	f, err := p.store.Open(storage.SlotID(slot))
	if err != nil {
		return nil, 0, fmt.Errorf("open shard %s: %w", short(slot), err)
	}
	return f, int64(info.Size), nil
}

// BeginShard receives the shard of a slot we reserved, resuming a partial
// transfer; the size and root must be the request's.
func (p *Provider) BeginShard(_ context.Context, slot [32]byte, size int64, root [32]byte) (int64, p2p.ShardWriter, error) {
	pf, ok := p.sales.Pending(slot)
	if !ok {
		return 0, nil, fmt.Errorf("slot %s: %w", short(slot), p2p.ErrUnauthorized)
	}
	if uint64(size) != pf.size || root != pf.root {
		return 0, nil, fmt.Errorf("slot %s: size or root differ from the request's: %w", short(slot), p2p.ErrBadRequest)
	}
	sid := storage.SlotID(slot)
	if info, err := p.store.Info(sid); err == nil && info.State >= storage.StateStored {
		return size, doneWriter{notify: func() { pf.markStored() }}, nil
	}
	w, err := p.store.Begin(sid, storage.ShardMeta{RequestID: pf.req, SlotIndex: pf.index, Root: root, Size: pf.size})
	if err != nil {
		if errors.Is(err, storage.ErrNoSpace) {
			return 0, nil, fmt.Errorf("slot %s: %v: %w", short(slot), err, p2p.ErrBusy)
		}
		return 0, nil, err
	}
	return int64(w.Offset()), &shardWriter{w: w, pf: pf, met: p.met}, nil
}

// shardWriter adapts storage.ShardWriter to p2p.ShardWriter.
type shardWriter struct {
	w   *storage.ShardWriter
	pf  *pendingFill
	met *providerMetrics
}

func (s *shardWriter) Write(b []byte) (int, error) { return s.w.Write(b) }

func (s *shardWriter) Commit() error {
	if err := s.w.Commit(); err != nil {
		if errors.Is(err, storage.ErrRootMismatch) {
			return fmt.Errorf("%v: %w", err, p2p.ErrInvalidShard)
		}
		return err
	}
	s.met.bytesReceived.Add(float64(s.pf.size))
	s.pf.markStored()
	return nil
}

func (s *shardWriter) Close() error { return s.w.Close() }

// doneWriter answers a push of a shard we already hold.
type doneWriter struct{ notify func() }

func (doneWriter) Write(b []byte) (int, error) {
	return 0, fmt.Errorf("shard already stored: %w", p2p.ErrBadRequest)
}
func (d doneWriter) Commit() error { d.notify(); return nil }
func (doneWriter) Close() error    { return nil }
