package market

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/storage"
)

// repair takes a freed slot: reserve it, fetch any k other shards from
// their holders, rebuild the lost one, check it against the on-chain root,
// store it and fill — with no help from the request's owner.
func (p *Provider) repair(ctx context.Context, req, slot [32]byte) {
	log := p.log.With("request_id", short(req), "slot_id", short(slot))
	r, err := p.m.FindRequest(ctx, req)
	if err != nil {
		log.Warn("repair: find request", "err", err)
		return
	}
	if why := p.rejects(ctx, &r); why != "" && why != "client placed its slots elsewhere" {
		log.Info("not repairing", "why", why)
		return
	}
	if role, err := p.m.RoleOf(ctx, req, p.me); err != nil || role != RoleNone {
		return // holders and former holders of this request may not repair it
	}
	si, err := p.m.SlotInfo(ctx, slot)
	if err != nil || si.State != SlotFreed {
		return
	}
	select {
	case p.fills <- struct{}{}:
	case <-ctx.Done():
		return
	}
	defer func() { <-p.fills }()
	index := uint64(si.Index)
	if err := p.m.EnsureAllowance(ctx, r.Params.CollateralPerSlot); err != nil {
		log.Warn("repair: allowance", "err", err)
		return
	}
	block, err := p.m.ReserveSlot(ctx, req, index)
	if err != nil {
		log.Info("repair: reserve", "err", err)
		return
	}
	pf := newPendingFill(&r, index, block)
	pf.repair = true
	p.mu.Lock()
	p.pending[slot] = pf
	p.mu.Unlock()
	p.completeRepair(ctx, &r, pf)
}

// completeRepair rebuilds a reserved freed slot's shard and fills it; a
// restarted provider calls it for a repair reservation it still holds.
func (p *Provider) completeRepair(ctx context.Context, r *StorageRequest, pf *pendingFill) {
	log := p.log.With("request_id", short(r.ID), "slot", pf.index)
	log.Info("repairing")
	start := time.Now()
	if info, err := p.store.Info(storage.SlotID(pf.slot)); err != nil || info.State < storage.StateStored {
		if err := p.rebuildInto(ctx, r, pf); err != nil {
			log.Warn("repair failed", "err", err)
			p.mu.Lock()
			delete(p.pending, pf.slot)
			p.mu.Unlock()
			p.release(storage.SlotID(pf.slot), "repair failed")
			return
		}
	}
	pf.markStored()
	if err := p.awaitAndFill(ctx, pf); err != nil {
		log.Warn("repair fill failed", "err", err)
		return
	}
	log.Info("repaired", "took", time.Since(start).Round(time.Millisecond))
}

// rebuildInto fetches k shards of r other than pf's, rebuilds pf's shard
// into the store and commits it (the store verifies the root).
func (p *Provider) rebuildInto(ctx context.Context, r *StorageRequest, pf *pendingFill) error {
	k, m := int(r.Params.K), int(r.Params.M)
	tmp, err := os.MkdirTemp(p.tmpDir, "repair-")
	if err != nil {
		return fmt.Errorf("repair temp dir: %w", err)
	}
	defer os.RemoveAll(tmp)
	shards := make([]io.ReaderAt, k+m)
	have := 0
	for i := 0; i < k+m && have < k; i++ {
		if uint64(i) == pf.index {
			continue
		}
		f, err := p.fetchShard(ctx, r, uint64(i), tmp)
		if err != nil {
			p.log.Info("repair: shard unavailable", "slot", i, "err", err)
			continue
		}
		defer f.Close()
		shards[i] = f
		have++
	}
	if have < k {
		return fmt.Errorf("only %d of the %d shards needed could be fetched", have, k)
	}
	w, err := p.store.Begin(storage.SlotID(pf.slot), storage.ShardMeta{RequestID: pf.req, SlotIndex: pf.index, Root: pf.root, Size: pf.size})
	if err != nil {
		return err
	}
	if w.Offset() != 0 {
		_ = w.Abort()
		if w, err = p.store.Begin(storage.SlotID(pf.slot), storage.ShardMeta{RequestID: pf.req, SlotIndex: pf.index, Root: pf.root, Size: pf.size}); err != nil {
			return err
		}
	}
	if err := storage.Rebuild(ctx, k, m, pf.size, shards, int(pf.index), w); err != nil {
		_ = w.Abort()
		return err
	}
	if err := w.Commit(); err != nil {
		_ = w.Abort()
		return fmt.Errorf("rebuilt shard: %w", err)
	}
	return nil
}

// fetchShard downloads slot i of r from its holder into dir and checks it
// against its root.
func (p *Provider) fetchShard(ctx context.Context, r *StorageRequest, i uint64, dir string) (*os.File, error) {
	sid := SlotID(r.ID, i)
	si, err := p.m.SlotInfo(ctx, sid)
	if err != nil {
		return nil, err
	}
	if si.State != SlotFilled {
		return nil, fmt.Errorf("slot %d is %s", i, SlotStateName(si.State))
	}
	f, err := os.CreateTemp(dir, "shard-")
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			f.Close()
		}
	}()
	if err := FetchFrom(ctx, p.m, p.host, si.Provider, sid, r.Params.ShardSize, f, p.signer); err != nil {
		return nil, err
	}
	if err := storage.VerifyShard(io.NewSectionReader(f, 0, int64(r.Params.ShardSize)), r.Params.ShardSize, r.Params.ShardRoots[i]); err != nil {
		return nil, err
	}
	ok = true
	return f, nil
}

// FetchFrom looks up holder's peer info on chain, connects and fetches the
// whole shard of slot into w.
func FetchFrom(ctx context.Context, m *Market, host *p2p.Host, holder common.Address, slot [32]byte, size uint64, w io.Writer, s p2p.Signer) error {
	ai, err := PeerOf(ctx, m, holder)
	if err != nil {
		return err
	}
	if err := host.Connect(ctx, ai); err != nil {
		return fmt.Errorf("connect to %s: %w", holder, err)
	}
	n, err := host.Fetch(ctx, ai.ID, slot, 0, size, w, s)
	if err != nil {
		return err
	}
	if uint64(n) != size {
		return fmt.Errorf("fetched %d of %d bytes", n, size)
	}
	return nil
}

// ErrNoPeerInfo means a provider never registered a usable peer info.
var ErrNoPeerInfo = errors.New("provider has no registered peer info")

// PeerOf reads and decodes a provider's registered peer info.
func PeerOf(ctx context.Context, m *Market, who common.Address) (peer.AddrInfo, error) {
	raw, err := m.PeerInfo(ctx, who)
	if err != nil {
		return peer.AddrInfo{}, err
	}
	if len(raw) == 0 {
		return peer.AddrInfo{}, fmt.Errorf("%s: %w", who, ErrNoPeerInfo)
	}
	ai, err := p2p.DecodePeerInfo(raw)
	if err != nil {
		return peer.AddrInfo{}, fmt.Errorf("peer info of %s: %w", who, err)
	}
	return ai, nil
}
