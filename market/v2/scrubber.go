package marketv2

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"sync"
	"time"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
)

// ScrubberConfig tunes the scrubber.
type ScrubberConfig struct {
	// Cycle is how long one pass over every store takes: the rate is
	// Used/Cycle bytes per second, limited to MaxRate (a larger store then
	// takes longer than Cycle).
	Cycle   time.Duration
	MaxRate uint64 // bytes per second
	// Burst caps the unspent budget (in seconds of the rate) after a pause.
	Burst time.Duration
	// Poll is how often Run steps.
	Poll time.Duration
}

// DefaultScrubberConfig verifies the whole store every 7 days, reading at
// most 64 MiB/s (a 10 TB volume then needs 4.4 MB/s, 0.1 of one disk).
func DefaultScrubberConfig() ScrubberConfig {
	return ScrubberConfig{Cycle: 7 * 24 * time.Hour, MaxRate: 64 << 20, Burst: time.Minute, Poll: 10 * time.Second}
}

// Validate reports a config that cannot work.
func (c ScrubberConfig) Validate() error {
	if c.Cycle <= 0 || c.Poll <= 0 || c.Burst <= 0 {
		return errors.New("scrubber: cycle, burst and poll must be > 0")
	}
	if c.MaxRate == 0 {
		return errors.New("scrubber: max rate is zero")
	}
	return nil
}

// ScrubStore is what the scrubber needs of a volume's store (storage.Store).
type ScrubStore interface {
	ShardStore
	List() ([]storage.ShardInfo, error)
	Used() uint64
}

// SlotReader finds a slot's current tenure (Market).
type SlotReader interface {
	SlotInfo(ctx context.Context, req [32]byte, index uint64) (contracts.IMarketplaceV2SlotInfo, error)
}

// ScrubChain is the scrubber's chain (Market).
type ScrubChain interface {
	SlotReader
	FaultDeclarer
}

// ScrubbedSet is one of our sets and its store.
type ScrubbedSet struct {
	SetID uint64
	Store ScrubStore
}

// ScrubStats counts the scrubber's work since it started.
type ScrubStats struct {
	Verified, Bytes uint64 // shards and bytes verified good
	Lost, Corrupt   uint64 // shards found missing or wrong
	Declared        uint64 // of those, declared on chain
	Passes          uint64 // complete passes over a store
}

// Scrubber re-verifies every stored shard against its root, one store after
// another in slot order, at a rate that covers the stores once per Cycle. A
// missing or corrupt shard is declared (declareFaults) before a challenge
// finds it, then deleted.
type Scrubber struct {
	cfg   ScrubberConfig
	log   *slog.Logger
	chain ScrubChain
	sets  []ScrubbedSet

	stepMu sync.Mutex // serializes Step; guards the pass below
	store  int        // the store being scrubbed
	listed bool       // queue holds the rest of its pass
	queue  []storage.ShardInfo

	mu     sync.Mutex // guards the budget and the counters
	last   time.Time
	budget float64
	stats  ScrubStats

	closeOnce sync.Once
	closed    chan struct{}
}

// NewScrubber builds a scrubber; it starts nothing.
func NewScrubber(cfg ScrubberConfig, log *slog.Logger, chain ScrubChain, sets []ScrubbedSet) (*Scrubber, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if chain == nil {
		return nil, errors.New("scrubber: chain is required")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Scrubber{
		cfg: cfg, log: log.With("component", "scrubber"), chain: chain, sets: sets,
		closed: make(chan struct{}),
	}, nil
}

// Stats returns a copy of the counters.
func (s *Scrubber) Stats() ScrubStats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stats
}

// Run steps every Poll until ctx ends or Close is called.
func (s *Scrubber) Run(ctx context.Context) error {
	t := time.NewTicker(s.cfg.Poll)
	defer t.Stop()
	for {
		if err := s.Step(ctx, time.Now()); err != nil && ctx.Err() == nil {
			s.log.Warn("scrub step", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-s.closed:
			return nil
		case <-t.C:
		}
	}
}

// Close stops Run; it is idempotent.
func (s *Scrubber) Close() { s.closeOnce.Do(func() { close(s.closed) }) }

// rate is the bytes per second that cover used bytes once per cycle.
func (s *Scrubber) rate(used uint64) float64 {
	return min(float64(used)/s.cfg.Cycle.Seconds(), float64(s.cfg.MaxRate))
}

// Step verifies as many shards as the budget accrued since the previous
// Step allows (the first Step only starts the clock), stopping at the end
// of each store so that one Step never makes more than one pass. A shard
// is verified whole once the budget is positive; its size is then spent,
// so a large shard may leave the budget negative for a while. Steps are
// serialized.
func (s *Scrubber) Step(ctx context.Context, now time.Time) error {
	s.stepMu.Lock()
	defer s.stepMu.Unlock()
	var used uint64
	for _, set := range s.sets {
		used += set.Store.Used()
	}
	r := s.rate(used)
	s.mu.Lock()
	if !s.last.IsZero() && now.After(s.last) {
		s.budget = min(s.budget+r*now.Sub(s.last).Seconds(), r*s.cfg.Burst.Seconds())
	}
	s.last = now
	stop := s.stats.Passes + uint64(len(s.sets))
	s.mu.Unlock()
	var errs error
	for s.spendable(stop) {
		set, info, ok, err := s.pick()
		if err != nil {
			return errors.Join(errs, err)
		}
		if !ok {
			continue // a store's end: spendable counts the pass
		}
		s.mu.Lock()
		s.budget -= float64(info.Size)
		s.mu.Unlock()
		errs = errors.Join(errs, s.check(ctx, set, info))
	}
	return errs
}

func (s *Scrubber) spendable(stop uint64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.budget > 0 && s.stats.Passes < stop
}

// pick returns the next shard of the current store's pass. A pass lists the
// store once (in slot order) and walks that list; shards stored meanwhile
// wait for the next pass. At the list's end it counts a pass and moves to
// the next store. Called with stepMu held.
func (s *Scrubber) pick() (ScrubbedSet, storage.ShardInfo, bool, error) {
	set := s.sets[s.store]
	if !s.listed {
		list, err := set.Store.List()
		if err != nil {
			return set, storage.ShardInfo{}, false, fmt.Errorf("set %d: list shards: %w", set.SetID, err)
		}
		s.queue = s.queue[:0]
		for _, info := range list {
			if scrubbable(info.State) {
				s.queue = append(s.queue, info)
			}
		}
		s.listed = true
	}
	if len(s.queue) == 0 {
		s.listed = false
		s.store = (s.store + 1) % len(s.sets)
		s.mu.Lock()
		s.stats.Passes++
		s.mu.Unlock()
		return set, storage.ShardInfo{}, false, nil
	}
	info := s.queue[0]
	s.queue = s.queue[1:]
	return set, info, true, nil
}

func scrubbable(st storage.ShardState) bool {
	return st == storage.StateStored || st == storage.StateFilled || st == storage.StateProving
}

// check verifies one shard and handles a bad one.
func (s *Scrubber) check(ctx context.Context, set ScrubbedSet, info storage.ShardInfo) error {
	bad, err := verifyShard(set.Store, info)
	if errors.Is(err, storage.ErrNotFound) {
		return nil // released since the pass was listed
	}
	if err != nil {
		return err
	}
	if bad == nil {
		s.mu.Lock()
		s.stats.Verified++
		s.stats.Bytes += info.Size
		s.mu.Unlock()
		return nil
	}
	lost := errors.Is(bad, os.ErrNotExist)
	s.mu.Lock()
	if lost {
		s.stats.Lost++
	} else {
		s.stats.Corrupt++
	}
	s.mu.Unlock()
	s.log.Warn("bad shard", "set_id", set.SetID, "slot", info.Slot.String(), "lost", lost, "err", bad)
	return s.declare(ctx, set, info)
}

// verifyShard returns bad ≠ nil for a shard that is missing, of the wrong
// size or does not hash to its root; err is for the store itself failing.
func verifyShard(store ScrubStore, info storage.ShardInfo) (bad, err error) {
	f, err := store.Open(info.Slot)
	if errors.Is(err, os.ErrNotExist) {
		return err, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("slot %s: %w", info.Slot, err)
	}
	if uint64(st.Size()) != info.Size {
		return fmt.Errorf("slot %s: %d bytes, want %d: %w", info.Slot, st.Size(), info.Size, proofs.ErrShardMismatch), nil
	}
	root, err := proofs.Root(io.NewSectionReader(f, 0, int64(info.Size)), info.Size)
	if err != nil && lostShard(err) {
		return fmt.Errorf("slot %s: %w", info.Slot, err), nil
	}
	if err != nil { // an I/O error of this machine: no verdict on the shard
		return nil, fmt.Errorf("slot %s: %w", info.Slot, err)
	}
	if root != info.Root {
		return fmt.Errorf("slot %s: root %x, want %x: %w", info.Slot, root[:6], info.Root[:6], proofs.ErrShardMismatch), nil
	}
	return nil, nil
}

// declare declares the shard's tenure when it is a member of this set, then
// deletes the shard. A shard no tenure of ours holds is only deleted.
func (s *Scrubber) declare(ctx context.Context, set ScrubbedSet, info storage.ShardInfo) error {
	si, err := s.chain.SlotInfo(ctx, info.RequestID, info.SlotIndex)
	if err != nil {
		return err
	}
	if si.Tenure == nil || si.Tenure.Sign() == 0 || !ours(si.Tenure, set.SetID) {
		return releaseShard(set.Store, info.Slot)
	}
	_, mid := SplitTenure(si.Tenure)
	n, err := declareFaults(ctx, s.chain, ProvedSet{SetID: set.SetID, Store: set.Store}, []uint32{mid}, []storage.SlotID{info.Slot})
	s.mu.Lock()
	s.stats.Declared += n
	s.mu.Unlock()
	if n > 0 {
		s.log.Info("fault declared", "set_id", set.SetID, "mid", mid, "slot", info.Slot.String())
	}
	return err
}

func ours(tenure *big.Int, setID uint64) bool {
	id, _ := SplitTenure(tenure)
	return id == setID
}
