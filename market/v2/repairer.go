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

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// RepairerConfig configures the repairer.
type RepairerConfig struct {
	// Policy decides which Repair slots to take; its Kinds are forced to
	// Repair.
	Policy SalesPolicy
	// RequireBonus takes only repairs that reserve a bonus (after a real
	// fault with more than W epochs left, §9.3).
	RequireBonus bool
	MaxPending   int
	// TempDir holds the k fetched shards of a rebuild ("" = os.TempDir()).
	TempDir string
	Poll    time.Duration
}

// DefaultRepairerConfig repairs any slot the default policy would sell.
func DefaultRepairerConfig() RepairerConfig {
	return RepairerConfig{Policy: DefaultSalesPolicy(), MaxPending: 8, Poll: 2 * time.Second}
}

// Validate reports a config that cannot work.
func (c RepairerConfig) Validate() error {
	if err := c.Policy.Validate(); err != nil {
		return fmt.Errorf("repairer: %w", err)
	}
	if c.MaxPending <= 0 || c.Poll <= 0 {
		return errors.New("repairer: max pending and poll must be > 0")
	}
	return nil
}

// ShardFetcher fetches a whole shard from the provider holding it (the
// p2p fetch in the node; other test providers' stores in tests).
type ShardFetcher interface {
	Fetch(ctx context.Context, holder common.Address, slot [32]byte, size uint64, w io.Writer) error
}

// SetOwners names a set's owner and state (Market).
type SetOwners interface {
	SetInfo(ctx context.Context, setID uint64) (contracts.IMarketplaceV2SetInfo, error)
}

// RepairerDeps are the repairer's collaborators (Market provides Reader,
// Taker, Sets and Clock).
type RepairerDeps struct {
	Self     common.Address
	Config   contracts.IMarketplaceV2Config
	Clock    *chain.EpochClock
	Reader   TakeReader
	Taker    SlotTaker
	Owners   SetOwners
	Requests RequestSource
	Fetcher  ShardFetcher
	Sets     []SaleSet
	// Confirmed is as SalesDeps.Confirmed.
	Confirmed ConfirmedSlots
}

// Repairer takes Repair slots (set failure, declared faults, audit
// lapses): it reserves, rebuilds the shard from k other holders, checks
// every fetched shard and the result against their roots, and fills it
// into one of our sets.
type Repairer struct {
	cfg   RepairerConfig
	deps  RepairerDeps
	take  *taker
	log   *slog.Logger
	close func()
	done  chan struct{}
}

// NewRepairer builds the repairer; it starts nothing.
func NewRepairer(cfg RepairerConfig, log *slog.Logger, deps RepairerDeps) (*Repairer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Reader == nil || deps.Taker == nil || deps.Owners == nil || deps.Requests == nil || deps.Fetcher == nil || deps.Clock == nil || len(deps.Sets) == 0 {
		return nil, errors.New("repairer: reader, taker, owners, requests, fetcher, clock and sets are required")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "repairer")
	r := &Repairer{cfg: cfg, deps: deps, log: log, done: make(chan struct{})}
	r.close = sync.OnceFunc(func() { close(r.done) })
	pol := cfg.Policy
	pol.Kinds = []uint8{KindRepair}
	decide := func(o Offer, committed *big.Int) error {
		if cfg.RequireBonus && (o.Bonus == nil || o.Bonus.Sign() == 0) {
			return Decline("no repair bonus")
		}
		return pol.Decide(o, committed)
	}
	r.take = newTaker("repairer", log, deps.Self, deps.Reader, deps.Taker, deps.Sets, deps.Config, deps.Clock, cfg.MaxPending, r.rebuild, decide)
	r.take.confirmed = deps.Confirmed
	// One rebuild at a time, and a step waits for it: a rebuild holds k
	// fetched shards in temporary files (k × 4 GiB at most), so several
	// side by side could fill the disk they share with the sets.
	r.take.grace, r.take.maxRx = -1, 1
	return r, nil
}

// Stats returns the repairer's counters.
func (r *Repairer) Stats() TakeStats { return r.take.Stats() }

// Pending is how many reserved repairs wait for their fill.
func (r *Repairer) Pending() int { return r.take.Pending() }

// Step advances the repairs in flight, then reserves new ones.
func (r *Repairer) Step(ctx context.Context, epoch uint64) error {
	return r.take.step(ctx, epoch, r.deps.Clock, r.deps.Requests)
}

// Run steps at every new head until ctx ends or Close is called.
func (r *Repairer) Run(ctx context.Context) error {
	defer r.take.stopReceives()
	return runEpochs(ctx, r.deps.Clock, r.cfg.Poll, r.done, nil, r.log, "repairer", r.Step)
}

// Close stops Run and the rebuilds in flight and waits for them to end;
// it is idempotent.
func (r *Repairer) Close() {
	r.close()
	r.take.stopReceives()
}

// rebuild fetches k verified shards of other slots from their holders
// (active sets only) into temporary files and rebuilds o's shard into w.
func (r *Repairer) rebuild(ctx context.Context, o Offer, w io.Writer) error {
	k, m := int(o.Info.K), int(o.Info.M)
	size := o.Info.ShardSize
	shards := make([]io.ReaderAt, k+m)
	have := 0
	var errs error
	for j := 0; j < k+m && have < k; j++ {
		if uint64(j) == o.Index {
			continue
		}
		f, err := r.fetchOne(ctx, o.Req, uint64(j), size)
		if err != nil {
			errs = errors.Join(errs, fmt.Errorf("slot %d: %w", j, err))
			continue
		}
		if f == nil {
			continue
		}
		defer func() { _ = f.Close(); _ = os.Remove(f.Name()) }()
		shards[j] = f
		have++
	}
	if have < k {
		return errors.Join(&storage.TooFewShardsError{Need: k, Have: have}, errs)
	}
	return storage.Rebuild(ctx, k, m, size, shards, int(o.Index), w)
}

// fetchOne fetches slot j's shard from its current holder into a
// temporary file and verifies it; nil, nil when the slot has no live
// holder to fetch from.
func (r *Repairer) fetchOne(ctx context.Context, req [32]byte, j, size uint64) (*os.File, error) {
	si, err := r.deps.Reader.SlotInfo(ctx, req, j)
	if err != nil {
		return nil, err
	}
	if si.Tenure == nil || si.Tenure.Sign() == 0 || si.Kind == KindRepair {
		return nil, nil
	}
	setID, _ := SplitTenure(si.Tenure)
	set, err := r.deps.Owners.SetInfo(ctx, setID)
	if err != nil {
		return nil, err
	}
	if set.State != SetActive {
		return nil, nil
	}
	f, err := os.CreateTemp(r.cfg.TempDir, "cairn-repair-*")
	if err != nil {
		return nil, fmt.Errorf("temp file: %w", err)
	}
	fail := func(err error) (*os.File, error) {
		_ = f.Close()
		_ = os.Remove(f.Name())
		return nil, err
	}
	if err := r.deps.Fetcher.Fetch(ctx, set.Owner, si.SlotId, size, f); err != nil {
		return fail(fmt.Errorf("fetch from %s: %w", set.Owner, err))
	}
	if err := storage.VerifyShard(io.NewSectionReader(f, 0, int64(size)), size, si.Root); err != nil {
		return fail(fmt.Errorf("shard from %s: %w", set.Owner, err))
	}
	return f, nil
}
