package marketv2

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"time"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

// SettlerConfig configures the settler.
type SettlerConfig struct {
	// Lag is how many closed epochs a set's recorded head may trail before
	// the settler records them with settleSet. 0 means the contract's
	// missThreshold M: M unrecorded misses in a row always fail a set, so a
	// dead set fails with one settleSet; a proving set trails by at most one.
	Lag  uint64
	Poll time.Duration
}

// DefaultSettlerConfig settles sets that trail by missThreshold epochs.
func DefaultSettlerConfig() SettlerConfig { return SettlerConfig{Poll: 2 * time.Second} }

// Validate reports a config that cannot work.
func (c SettlerConfig) Validate() error {
	if c.Poll <= 0 {
		return errors.New("settler: poll must be > 0")
	}
	return nil
}

// SettleChain is what the settler reads and sends (Market).
type SettleChain interface {
	SetInfo(ctx context.Context, setID uint64) (contracts.IMarketplaceV2SetInfo, error)
	SlotInfo(ctx context.Context, req [32]byte, index uint64) (contracts.IMarketplaceV2SlotInfo, error)
	RequestInfo(ctx context.Context, req [32]byte) (contracts.IMarketplaceV2RequestInfo, error)
	SettleSet(ctx context.Context, setID uint64) error
}

// SettlerDeps are the settler's collaborators.
type SettlerDeps struct {
	Chain    SettleChain
	Config   contracts.IMarketplaceV2Config
	Requests RequestSource
	Clock    *chain.EpochClock
	// Skip are sets never settled by us (our own: the prover keeps them).
	Skip []uint64
}

// SettlerStats counts the settler's work.
type SettlerStats struct {
	SetsSettled, SetsFailed uint64
}

// Settler calls settleSet on the sets holding slots of live requests
// whose recorded head trails the closed epochs: settleSet pays nobody
// (§6.2), but it records a dead set's misses, and a Failed set makes all
// its slots Repair slots at once (§6.3), which our repairer then takes.
type Settler struct {
	cfg   SettlerConfig
	deps  SettlerDeps
	log   *slog.Logger
	close func()
	done  chan struct{}

	mu    sync.Mutex
	stats SettlerStats
}

// NewSettler builds the settler; it starts nothing.
func NewSettler(cfg SettlerConfig, log *slog.Logger, deps SettlerDeps) (*Settler, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Chain == nil || deps.Requests == nil || deps.Clock == nil {
		return nil, errors.New("settler: chain, requests and clock are required")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Settler{cfg: cfg, deps: deps, log: log.With("component", "settler"), done: make(chan struct{})}
	s.close = sync.OnceFunc(func() { close(s.done) })
	return s, nil
}

// Stats returns the settler's counters.
func (s *Settler) Stats() SettlerStats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stats
}

// Run steps at every new head until ctx ends or Close is called.
func (s *Settler) Run(ctx context.Context) error {
	return runEpochs(ctx, s.deps.Clock, s.cfg.Poll, s.done, nil, s.log, "settler", s.Step)
}

// Close stops Run; it is idempotent.
func (s *Settler) Close() { s.close() }

// Step settles every watched set that trails epoch (the current epoch,
// whose predecessor's window may still be open: closed epochs are those
// before epoch − 1).
func (s *Settler) Step(ctx context.Context, epoch uint64) error {
	sets, err := s.watched(ctx)
	if err != nil {
		return fmt.Errorf("settler: %w", err)
	}
	lag := s.cfg.Lag
	if lag == 0 {
		lag = max(uint64(s.deps.Config.MissThreshold), 1)
	}
	closed := epoch - min(epoch, 1)
	var errs error
	for _, id := range sets {
		info, err := s.deps.Chain.SetInfo(ctx, id)
		if err != nil {
			errs = errors.Join(errs, err)
			continue
		}
		if info.State != SetActive || uint64(info.Head)+lag > closed {
			continue
		}
		err = s.deps.Chain.SettleSet(ctx, id)
		if errors.Is(err, ErrNothingToSettle) || errors.Is(err, ErrSetNotActive) {
			continue
		}
		if err != nil {
			errs = errors.Join(errs, fmt.Errorf("settler: settle set %d: %w", id, err))
			continue
		}
		after, err := s.deps.Chain.SetInfo(ctx, id)
		failed := err == nil && after.State == SetFailedState
		s.mu.Lock()
		s.stats.SetsSettled++
		if failed {
			s.stats.SetsFailed++
		}
		s.mu.Unlock()
		s.log.Info("set settled", "set", id, "from_head", info.Head, "to_head", after.Head, "failed", failed)
	}
	return errs
}

// watched lists the sets holding current tenures of live requests.
func (s *Settler) watched(ctx context.Context) ([]uint64, error) {
	reqs, err := s.deps.Requests.Requests(ctx)
	if err != nil {
		return nil, err
	}
	skip := map[uint64]bool{}
	for _, id := range s.deps.Skip {
		skip[id] = true
	}
	seen := map[uint64]bool{}
	var out []uint64
	for _, r := range reqs {
		info, err := s.deps.Chain.RequestInfo(ctx, r.ID)
		if err != nil {
			return nil, err
		}
		if !live(&info) {
			continue
		}
		for i := range uint64(info.K) + uint64(info.M) {
			si, err := s.deps.Chain.SlotInfo(ctx, r.ID, i)
			if err != nil {
				return nil, err
			}
			if si.Tenure == nil || si.Tenure.Sign() == 0 {
				continue
			}
			id, _ := SplitTenure(si.Tenure)
			if !seen[id] && !skip[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}
