package marketv2

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

// KeepConfig tunes the keeper.
type KeepConfig struct {
	// Period is how many epochs one extension adds.
	Period uint64
	// Margin is how many epochs before the last possible moment (end −
	// EXTEND_NOTICE) the keeper extends, so a slow chain or a stopped
	// machine still has room.
	Margin uint64
	// ReserveLow and ReserveTopUp: when the request's repair reserve is
	// below ReserveLow, the extension adds ReserveTopUp to it (nil: never).
	ReserveLow   *big.Int
	ReserveTopUp *big.Int
	Budget       Budget
	// Journal is the path of the spent-amount journal (required).
	Journal string
	Poll    time.Duration
}

// DefaultKeepConfig extends by 30 days of 1-hour epochs, 24 epochs before
// the last moment, with no top-up and no budget cap (set one).
func DefaultKeepConfig() KeepConfig {
	return KeepConfig{Period: 720, Margin: 24, Budget: Budget{MonthEpochs: 720}, Poll: 5 * time.Second}
}

// Validate reports a config that cannot work.
func (c KeepConfig) Validate() error {
	switch {
	case c.Period == 0:
		return errors.New("keep: period must be at least one epoch")
	case c.Journal == "":
		return errors.New("keep: journal path required")
	case c.Poll <= 0:
		return errors.New("keep: poll interval must be positive")
	case c.Budget.Monthly != nil && c.Budget.MonthEpochs == 0:
		return errors.New("keep: a monthly budget needs month_epochs")
	case (c.ReserveLow == nil) != (c.ReserveTopUp == nil):
		return errors.New("keep: reserve_low and reserve_top_up go together")
	}
	return nil
}

// KeepChain is what the keeper needs of the chain (*Market).
type KeepChain interface {
	RequestInfo(ctx context.Context, req [32]byte) (contracts.IMarketplaceV2RequestInfo, error)
	CurrentEpoch(ctx context.Context) (uint64, error)
	EnsureAllowance(ctx context.Context, need *big.Int) error
	ExtendRequest(ctx context.Context, req [32]byte, newEnd uint64, reserveTopUp *big.Int) error
}

// KeeperDeps are the keeper's collaborators.
type KeeperDeps struct {
	Chain  KeepChain
	Clock  *chain.EpochClock // for Run
	Client common.Address    // the requests' client (the sender)
	Notice uint64            // EXTEND_NOTICE = the contract's missWindow
	Keep   [][32]byte        // the requests to keep (files marked --keep)
}

// Keeper extends the client's kept requests before their end, within a
// budget, from a journal that makes a restart neither spend nor extend
// twice.
type Keeper struct {
	cfg  KeepConfig
	log  *slog.Logger
	deps KeeperDeps
	j    *journal

	mu   sync.Mutex
	keep map[[32]byte]bool

	closeOnce sync.Once
	closed    chan struct{}
}

// NewKeeper opens the journal at cfg.Journal.
func NewKeeper(cfg KeepConfig, log *slog.Logger, deps KeeperDeps) (*Keeper, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Chain == nil {
		return nil, errors.New("keep: no chain")
	}
	j, err := openJournal(cfg.Journal)
	if err != nil {
		return nil, err
	}
	k := &Keeper{cfg: cfg, log: log, deps: deps, j: j, keep: map[[32]byte]bool{}, closed: make(chan struct{})}
	for _, id := range deps.Keep {
		k.keep[id] = true
	}
	return k, nil
}

// Keep adds requests to the kept set.
func (k *Keeper) Keep(ids ...[32]byte) {
	k.mu.Lock()
	defer k.mu.Unlock()
	for _, id := range ids {
		k.keep[id] = true
	}
}

// Drop removes a request from the kept set.
func (k *Keeper) Drop(id [32]byte) {
	k.mu.Lock()
	defer k.mu.Unlock()
	delete(k.keep, id)
}

func (k *Keeper) kept() [][32]byte {
	k.mu.Lock()
	defer k.mu.Unlock()
	out := make([][32]byte, 0, len(k.keep))
	for id := range k.keep {
		out = append(out, id)
	}
	slices.SortFunc(out, func(a, b [32]byte) int { return slices.Compare(a[:], b[:]) })
	return out
}

// Spent is what the journal counts as spent in total and in epoch's month
// window (pending extensions included).
func (k *Keeper) Spent(epoch uint64) (total, month *big.Int) {
	k.j.mu.Lock()
	defer k.j.mu.Unlock()
	return k.j.spent(k.cfg.Budget, epoch)
}

// Quote says what the next extension of each request costs (price ×
// (k+m) × Period, plus the top-up when the reserve is low) and the sum,
// without spending. A request that cannot be extended now fails the quote
// with the reason (ErrTooLateToExtend, ErrRequestNotLive, ErrNotClient).
func (k *Keeper) Quote(ctx context.Context, ids [][32]byte) ([]ExtendQuote, *big.Int, error) {
	x, err := k.deps.Chain.CurrentEpoch(ctx)
	if err != nil {
		return nil, nil, err
	}
	sum := new(big.Int)
	var out []ExtendQuote
	var errs error
	for _, id := range ids {
		ri, err := k.deps.Chain.RequestInfo(ctx, id)
		if err != nil {
			errs = errors.Join(errs, err)
			continue
		}
		q, err := k.quote(ri, id, x)
		if err != nil {
			errs = errors.Join(errs, err)
			continue
		}
		out = append(out, q)
		sum.Add(sum, q.Total)
	}
	return out, sum, errs
}

func (k *Keeper) quote(ri requestInfo, id [32]byte, x uint64) (ExtendQuote, error) {
	var topUp *big.Int
	if k.cfg.ReserveLow != nil && ri.ReserveLeft.Cmp(k.cfg.ReserveLow) < 0 {
		topUp = k.cfg.ReserveTopUp
	}
	return quoteExtend(ri, id, k.deps.Client, x, k.deps.Notice, uint64(ri.EndEpoch)+k.cfg.Period, topUp)
}

// Run steps the keeper at every new head until ctx ends or Close.
func (k *Keeper) Run(ctx context.Context) error {
	if k.deps.Clock == nil {
		return errors.New("keeper: run needs a clock")
	}
	return runEpochs(ctx, k.deps.Clock, k.cfg.Poll, k.closed, nil, k.log, "keeper", k.Step)
}

// Close stops Run; it is idempotent.
func (k *Keeper) Close() { k.closeOnce.Do(func() { close(k.closed) }) }

// Step extends every kept request whose end is within Notice + Margin
// epochs of epoch. It returns the requests it skipped, joined (over
// budget: ErrOverBudget; too late: ErrTooLateToExtend; RPC failures).
func (k *Keeper) Step(ctx context.Context, epoch uint64) error {
	var errs error
	for _, id := range k.kept() {
		if err := k.keepOne(ctx, id, epoch); err != nil {
			errs = errors.Join(errs, fmt.Errorf("keep %s: %w", short(id), err))
		}
	}
	return errs
}

func (k *Keeper) keepOne(ctx context.Context, id [32]byte, epoch uint64) error {
	ri, err := k.deps.Chain.RequestInfo(ctx, id)
	if err != nil {
		return err
	}
	hexID := common.Hash(id).Hex()
	k.j.mu.Lock()
	defer k.j.mu.Unlock()
	if i := k.j.pending(hexID); i >= 0 {
		return k.resume(ctx, id, i, ri, epoch)
	}
	end := uint64(ri.EndEpoch)
	if !live(&ri) || epoch >= end || epoch+k.deps.Notice+k.cfg.Margin < end {
		return nil // closed, already over (awaiting finish), or not due yet
	}
	q, err := k.quote(ri, id, epoch)
	if err != nil {
		return err
	}
	total, month := k.j.spent(k.cfg.Budget, epoch)
	if err := k.cfg.Budget.check(total, month, q.Total); err != nil {
		return fmt.Errorf("extension to %d for %s: %w", q.NewEnd, q.Total, err)
	}
	k.j.Entries = append(k.j.Entries, journalEntry{
		Request: hexID, FromEnd: end, NewEnd: q.NewEnd, Cost: q.Total.String(), Epoch: epoch,
	})
	if err := k.j.save(); err != nil {
		k.j.Entries = k.j.Entries[:len(k.j.Entries)-1]
		return err
	}
	return k.send(ctx, id, len(k.j.Entries)-1, q.TopUp)
}

// resume finishes a journalled extension after a crash or a failed send:
// the chain's end says whether it landed. extendRequest takes an absolute
// end, so sending the same entry again can never extend twice.
func (k *Keeper) resume(ctx context.Context, id [32]byte, i int, ri requestInfo, epoch uint64) error {
	e := &k.j.Entries[i]
	if uint64(ri.EndEpoch) >= e.NewEnd {
		e.Done = true
		k.log.Info("journalled extension found on chain", "request", short(id), "new_end", e.NewEnd)
		return k.j.save()
	}
	if !live(&ri) || uint64(ri.EndEpoch) != e.FromEnd || epoch+k.deps.Notice > e.FromEnd {
		e.Failed = true // the end never moved: nothing was spent
		if err := k.j.save(); err != nil {
			return err
		}
		return fmt.Errorf("journalled extension to %d can no longer be sent (end %d, state %d, epoch %d): %w",
			e.NewEnd, ri.EndEpoch, ri.State, epoch, ErrTooLateToExtend)
	}
	c, _ := new(big.Int).SetString(e.Cost, 10)
	slots := int64(ri.K) + int64(ri.M)
	storage := new(big.Int).Mul(ri.Price, big.NewInt(slots))
	storage.Mul(storage, new(big.Int).SetUint64(e.NewEnd-e.FromEnd))
	if c == nil || c.Cmp(storage) < 0 {
		return fmt.Errorf("journal entry for %s has a bad cost %q", short(id), e.Cost)
	}
	return k.send(ctx, id, i, new(big.Int).Sub(c, storage))
}

// send sends entry i; the journal lock is held.
func (k *Keeper) send(ctx context.Context, id [32]byte, i int, topUp *big.Int) error {
	e := &k.j.Entries[i]
	cost, _ := new(big.Int).SetString(e.Cost, 10)
	if err := k.deps.Chain.EnsureAllowance(ctx, cost); err != nil {
		return err
	}
	err := k.deps.Chain.ExtendRequest(ctx, id, e.NewEnd, topUp)
	if err != nil {
		var ce ContractError
		if !errors.As(err, &ce) {
			return err // RPC: stays pending, resumed at the next step
		}
		ri, rerr := k.deps.Chain.RequestInfo(ctx, id)
		if rerr == nil && uint64(ri.EndEpoch) >= e.NewEnd {
			e.Done = true
			return k.j.save()
		}
		e.Failed = true
		return errors.Join(err, k.j.save())
	}
	e.Done = true
	k.log.Info("extended request", "request", short(id), "from_end", e.FromEnd, "new_end", e.NewEnd, "cost", e.Cost)
	return k.j.save()
}
