package market

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/storage"
)

// pendingFill is one of our reservations awaiting its shard or its fill.
type pendingFill struct {
	req      [32]byte
	index    uint64
	slot     [32]byte
	block    uint64 // reservation block
	root     [32]byte
	size     uint64
	auth     [20]byte      // who may push: the request's authKey
	stored   chan struct{} // closed once the shard is committed to the store
	repair   bool
	since    time.Time // when the reservation was adopted
	checked  uint64    // block of the last view that checked the reservation
	failures int       // fill attempts that failed without a verdict
	cand     *candidate
}

func newPendingFill(r *StorageRequest, index, block uint64) *pendingFill {
	return &pendingFill{req: r.ID, index: index, slot: SlotID(r.ID, index), block: block, root: r.Params.ShardRoots[index],
		size: r.Params.ShardSize, auth: r.Params.AuthKey, stored: make(chan struct{}), since: time.Now()}
}

func (pf *pendingFill) markStored() {
	select {
	case <-pf.stored:
	default:
		close(pf.stored)
	}
}

func (pf *pendingFill) isStored() bool {
	select {
	case <-pf.stored:
		return true
	default:
		return false
	}
}

// candidate is a request sales may still try to win a slot of.
type candidate struct {
	r        *StorageRequest
	tried    map[uint64]bool // slot indices already lost
	attempts int             // failed reservation attempts
}

// Sales is the service that reserves slots of new requests under the
// policy, receives their shards (the p2p sink, provider_shards.go) and
// fills them. It owns the reservations in flight; the janitor owns the
// shards once sales lets go of them. Work is bounded: a queue of at most
// SalesQueue candidate requests, at most MaxConcurrentFills reservations.
type Sales struct {
	cfg    ProviderConfig
	log    *slog.Logger
	m      *Market
	store  *storage.Store
	views  viewSource
	met    *providerMetrics
	floors *actionFloors
	terms  *termsCache
	me     common.Address
	tmpDir string

	queue chan *candidate

	mu      sync.Mutex
	pending map[[32]byte]*pendingFill
}

// SalesDeps are what sales works with.
type salesDeps struct {
	market *Market
	store  *storage.Store
	views  viewSource
	met    *providerMetrics
	floors *actionFloors
	terms  *termsCache
	tmpDir string
}

func newSales(cfg ProviderConfig, log *slog.Logger, d salesDeps) *Sales {
	return &Sales{cfg: cfg, log: log.With("service", "sales"), m: d.market, store: d.store, views: d.views, met: d.met,
		floors: d.floors, terms: d.terms, me: d.market.Sender().Address(), tmpDir: d.tmpDir,
		queue: make(chan *candidate, cfg.SalesQueue), pending: map[[32]byte]*pendingFill{}}
}

// Offer queues a new request as a candidate; when the queue is full the
// request is dropped (and counted): sales never grows without bound.
func (s *Sales) Offer(r *StorageRequest) {
	select {
	case s.queue <- &candidate{r: r, tried: map[uint64]bool{}}:
	default:
		s.met.dropped.WithLabelValues("sales").Inc()
		s.log.Debug("sales queue full, request dropped", "request_id", short(r.ID))
	}
}

// Run steps sales every poll until ctx ends.
func (s *Sales) Run(ctx context.Context) error {
	return runLoop(ctx, "sales", s.cfg.Poll, s.m.Clock, s.Step, s.met, s.log)
}

// Close is a no-op: sales holds nothing that outlives Run.
func (s *Sales) Close() {}

// Step advances every reservation in flight (check it is still ours, fill
// it once its shard is stored) and then takes new candidates while there
// is room. Tests call it after mining.
func (s *Sales) Step(ctx context.Context, _ uint64) error {
	var errs []error
	for _, pf := range s.snapshot() {
		if err := s.advance(ctx, pf); err != nil {
			errs = append(errs, err)
		}
	}
	// At most the candidates queued now: one requeued by this step waits
	// for the next.
	for n := len(s.queue); n > 0 && s.inFlight() < s.cfg.MaxConcurrentFills; n-- {
		var c *candidate
		select {
		case c = <-s.queue:
		default:
		}
		if c == nil {
			break
		}
		if err := s.sell(ctx, c); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (s *Sales) snapshot() []*pendingFill {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*pendingFill, 0, len(s.pending))
	for _, pf := range s.pending {
		out = append(out, pf)
	}
	return out
}

func (s *Sales) inFlight() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending)
}

// Pending returns our reservation of slot in flight, if any.
func (s *Sales) Pending(slot [32]byte) (*pendingFill, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	pf, ok := s.pending[slot]
	return pf, ok
}

// Busy reports whether sales still owns slot's shard.
func (s *Sales) Busy(slot [32]byte) bool { _, ok := s.Pending(slot); return ok }

// adopt makes pf a reservation in flight (a new one, one resumed after a
// restart, or a repair whose shard is rebuilt).
func (s *Sales) adopt(pf *pendingFill) {
	s.mu.Lock()
	s.pending[pf.slot] = pf
	s.mu.Unlock()
	s.floors.touch(pf.slot, pf.block)
}

// letGo hands pf's shard (if any) to the janitor and, when the request
// may still have a slot for us, queues it again.
func (s *Sales) letGo(pf *pendingFill, why string, retry bool) {
	s.mu.Lock()
	delete(s.pending, pf.slot)
	s.mu.Unlock()
	s.log.Info("reservation let go", "request_id", short(pf.req), "slot", pf.index, "why", why)
	if retry && pf.cand != nil {
		pf.cand.tried[pf.index] = true
		s.requeue(pf.cand)
	}
}

// requeue puts a candidate back at the end of the queue (dropped, and
// counted, when the queue is full).
func (s *Sales) requeue(c *candidate) {
	select {
	case s.queue <- c:
	default:
		s.met.dropped.WithLabelValues("sales").Inc()
	}
}

// advance moves one reservation on. It never deletes a shard.
func (s *Sales) advance(ctx context.Context, pf *pendingFill) error {
	v, err := s.views.Latest(ctx)
	if err != nil {
		return err
	}
	stored := pf.isStored()
	if !stored && (time.Since(pf.since) > s.cfg.ShardWait || v.AtBlock() > pf.block+s.m.Config.ReservationTTL) {
		s.letGo(pf, "shard never arrived", false)
		return nil
	}
	if v.AtBlock() != pf.checked { // once per block
		pf.checked = v.AtBlock()
		// Outraced: another reserver filled the slot, which cleared our
		// reservation. Re-pick at once rather than wait for a shard the
		// client will never push, or fill a slot that is gone (the cause
		// of the lost sixth slot).
		lost, err := s.outraced(ctx, v, pf)
		if err != nil {
			return err
		}
		if lost {
			s.letGo(pf, "slot filled by another provider", true)
			return nil
		}
	}
	if !stored || v.AtBlock() <= pf.block+s.m.Config.FillDelayBlocks {
		return nil // no shard yet, or the fill seed's block is not mined yet
	}
	return s.fill(ctx, pf)
}

// outraced reports whether the view shows pf's slot filled by someone else.
func (s *Sales) outraced(ctx context.Context, v chainView, pf *pendingFill) (bool, error) {
	cs, _, err := v.Slot(ctx, pf.slot)
	if err != nil {
		return false, err
	}
	return cs.State == SlotFilled && cs.Holder != s.me, nil
}

// fill proves the fill challenges from the stored shard and fills the
// slot. Only a typed revert that proves we cannot hold the slot lets the
// reservation go; anything else keeps it for the next step.
func (s *Sales) fill(ctx context.Context, pf *pendingFill) error {
	idx, err := s.m.FillChallengeIndices(ctx, pf.req, pf.index, s.me)
	if err != nil {
		return s.fillFailed(ctx, pf, err) // the view checks our reservation too
	}
	proof, err := s.store.Prove(storage.SlotID(pf.slot), idx)
	if err != nil {
		s.letGo(pf, "shard cannot be proven", false)
		return fmt.Errorf("fill proof for slot %d of %s: %w", pf.index, short(pf.req), err)
	}
	head, err := s.m.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	s.floors.touch(pf.slot, head) // the fill may land from here on
	rcpt, ferr := s.m.FillSlot(ctx, pf.req, pf.index, proof)
	if ferr == nil {
		s.floors.touch(pf.slot, rcpt.BlockNumber.Uint64())
		return s.filled(pf)
	}
	return s.fillFailed(ctx, pf, ferr)
}

// fillFailed acts on a failed fill (or fill-challenge read) by the
// revert's type: only a revert that proves we cannot hold the slot lets
// the reservation go.
func (s *Sales) fillFailed(ctx context.Context, pf *pendingFill, ferr error) error {
	switch classifyFill(ferr) {
	case verdictCheck:
		// SlotNotOpen, or a mined revert whose cause the replay lost (two
		// fills in one block): the slot decides. Ours if an earlier fill
		// landed unseen; another's: let go; still open: retry.
		v, err := s.views.Latest(ctx)
		if err != nil {
			return errors.Join(ferr, err)
		}
		cs, _, err := v.Slot(ctx, pf.slot)
		if err != nil {
			return errors.Join(ferr, err)
		}
		switch {
		case cs.State == SlotFilled && cs.Holder == s.me:
			return s.filled(pf)
		case cs.State == SlotFilled || cs.State == SlotClosed:
			s.letGo(pf, "slot filled by another provider", true)
			return nil
		}
	case verdictLost:
		s.letGo(pf, ferr.Error(), true)
		return nil
	}
	pf.failures++
	return fmt.Errorf("fill slot %d of %s (attempt %d, kept): %w", pf.index, short(pf.req), pf.failures, ferr)
}

// filled records a fill: the shard is the prover's from now on.
func (s *Sales) filled(pf *pendingFill) error {
	s.mu.Lock()
	delete(s.pending, pf.slot)
	s.mu.Unlock()
	s.met.slotsFilled.Inc()
	if pf.repair {
		s.met.repairs.Inc()
	}
	s.log.Info("filled", "request_id", short(pf.req), "slot", pf.index, "repair", pf.repair)
	if err := s.store.SetState(storage.SlotID(pf.slot), storage.StateFilled); err != nil {
		// The janitor adopts it from the chain's view next step.
		return fmt.Errorf("mark slot %d of %s filled: %w", pf.index, short(pf.req), err)
	}
	return nil
}
