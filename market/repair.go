package market

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/storage"
)

// repairJob is a freed slot to take, or (pf set) a repair reservation of
// ours to complete after a restart.
type repairJob struct {
	req, slot [32]byte
	pf        *pendingFill
}

// repairer is the service that takes freed slots: reserve, fetch any k
// other shards from their holders, rebuild the lost one, check it against
// the on-chain root, store it and hand it to sales to fill — with no help
// from the request's owner. Its queue is bounded (RepairQueue); one repair
// runs at a time.
type repairer struct {
	cfg    ProviderConfig
	log    *slog.Logger
	m      *Market
	store  *storage.Store
	sales  *Sales
	host   *p2p.Host
	signer p2p.Signer
	met    *providerMetrics
	me     common.Address
	tmpDir string
	queue  chan repairJob
	// findRequest reads a request's creation (the provider's: its ledger,
	// then the unconfirmed tail).
	findRequest func(context.Context, [32]byte) (StorageRequest, error)

	mu      sync.Mutex
	running [32]byte // slot being rebuilt (zero: none)
}

func newRepairer(cfg ProviderConfig, log *slog.Logger, m *Market, store *storage.Store, sales *Sales, host *p2p.Host, signer p2p.Signer, met *providerMetrics, tmpDir string) *repairer {
	return &repairer{cfg: cfg, log: log.With("service", "repairer"), m: m, store: store, sales: sales, host: host, signer: signer,
		met: met, me: m.Sender().Address(), tmpDir: tmpDir, queue: make(chan repairJob, cfg.RepairQueue), findRequest: m.FindRequest}
}

func (r *repairer) Run(ctx context.Context) error {
	return runLoop(ctx, "repairer", r.cfg.Poll, r.m.Clock, r.Step, r.met, r.log)
}

func (r *repairer) Close() {}

// Offer queues a freed slot; a full queue drops it (and counts).
func (r *repairer) Offer(job repairJob) {
	select {
	case r.queue <- job:
	default:
		r.met.dropped.WithLabelValues("repairer").Inc()
		r.log.Debug("repair queue full, freed slot dropped", "slot_id", short(job.slot))
	}
}

// Busy reports whether slot's shard is being rebuilt.
func (r *repairer) Busy(slot [32]byte) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.running == slot
}

// Step runs at most one queued repair.
func (r *repairer) Step(ctx context.Context, _ uint64) error {
	var job repairJob
	select {
	case job = <-r.queue:
	default:
		return nil
	}
	if job.pf != nil {
		return r.complete(ctx, job.pf)
	}
	return r.repair(ctx, job.req, job.slot)
}

// repair takes a freed slot if the policy allows.
func (r *repairer) repair(ctx context.Context, req, slot [32]byte) error {
	log := r.log.With("request_id", short(req), "slot_id", short(slot))
	if r.sales.inFlight() >= r.cfg.MaxConcurrentFills {
		r.Offer(repairJob{req: req, slot: slot}) // no room now: later
		return nil
	}
	sr, err := r.findRequest(ctx, req)
	if err != nil {
		return fmt.Errorf("repair: find request %s: %w", short(req), err)
	}
	if why := r.sales.rejects(ctx, &sr); why != "" && why != "client placed its slots elsewhere" {
		log.Info("not repairing", "why", why)
		return nil
	}
	role, err := r.m.RoleOf(ctx, req, r.me)
	if err != nil {
		return err
	}
	if role != RoleNone {
		return nil // holders and former holders of this request may not repair it
	}
	si, err := r.m.SlotInfo(ctx, slot)
	if err != nil {
		return err
	}
	if si.State != SlotFreed {
		return nil
	}
	index := uint64(si.Index)
	if err := r.m.EnsureAllowance(ctx, sr.Params.CollateralPerSlot); err != nil {
		return fmt.Errorf("repair: allowance: %w", err)
	}
	block, err := r.m.ReserveSlot(ctx, req, index)
	if err != nil {
		log.Info("repair: not reserved", "err", err)
		return nil
	}
	pf := newPendingFill(&sr, index, block)
	pf.repair = true
	r.sales.floors.touch(pf.slot, block)
	return r.complete(ctx, pf)
}

// complete rebuilds a reserved freed slot's shard and hands it to sales,
// which fills it; a restarted provider calls it for a repair reservation
// it still holds. A failed rebuild keeps nothing sales would fill; the
// janitor removes the partial shard once our reservation lapses.
func (r *repairer) complete(ctx context.Context, pf *pendingFill) error {
	log := r.log.With("request_id", short(pf.req), "slot", pf.index)
	log.Info("repairing")
	r.mu.Lock()
	r.running = pf.slot
	r.mu.Unlock()
	defer func() {
		r.mu.Lock()
		r.running = [32]byte{}
		r.mu.Unlock()
	}()
	start := time.Now()
	if info, err := r.store.Info(storage.SlotID(pf.slot)); err != nil || info.State < storage.StateStored {
		sr, err := r.findRequest(ctx, pf.req)
		if err != nil {
			return fmt.Errorf("repair: find request %s: %w", short(pf.req), err)
		}
		if err := r.rebuildInto(ctx, &sr, pf); err != nil {
			return fmt.Errorf("repair slot %d of %s: %w", pf.index, short(pf.req), err)
		}
	}
	pf.markStored()
	pf.since = time.Now()
	r.sales.adopt(pf)
	log.Info("rebuilt, filling", "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// rebuildInto fetches k shards of r other than pf's, rebuilds pf's shard
// into the store and commits it (the store verifies the root).
func (p *repairer) rebuildInto(ctx context.Context, r *StorageRequest, pf *pendingFill) error {
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
func (p *repairer) fetchShard(ctx context.Context, r *StorageRequest, i uint64, dir string) (*os.File, error) {
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

// peerInfoReader reads a provider's published peer info (*Market).
type peerInfoReader interface {
	PeerInfo(ctx context.Context, who common.Address) ([]byte, error)
}

// PeerOf reads and decodes a provider's registered peer info.
func PeerOf(ctx context.Context, m peerInfoReader, who common.Address) (peer.AddrInfo, error) {
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
