package marketv2

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// ProverConfig tunes the prover.
type ProverConfig struct {
	// SettleEvery settles a tenure once this many of its epochs are
	// recorded and unsettled (and always at its end), in batches of
	// SettleBatch tenures per transaction.
	SettleEvery uint64
	SettleBatch int
	// AuditEpochs is the contract's AUDIT_EPOCHS: an audit of epoch a is
	// answerable in epochs a .. a+AuditEpochs−1 and the next one's grace.
	AuditEpochs uint64
	// Poll is how often Run looks at the head.
	Poll time.Duration
}

// DefaultProverConfig settles every 24 epochs in batches of 100.
func DefaultProverConfig() ProverConfig {
	return ProverConfig{SettleEvery: 24, SettleBatch: 100, AuditEpochs: 2, Poll: 2 * time.Second}
}

// Validate reports a config that cannot work.
func (c ProverConfig) Validate() error {
	if c.SettleEvery == 0 || c.SettleBatch <= 0 {
		return fmt.Errorf("prover: settle every %d epochs in batches of %d", c.SettleEvery, c.SettleBatch)
	}
	if c.AuditEpochs == 0 || c.Poll <= 0 {
		return errors.New("prover: audit epochs and poll must be > 0")
	}
	return nil
}

// SetProver is the chain side of proving (Market).
type SetProver interface {
	SetInfo(ctx context.Context, setID uint64) (contracts.IMarketplaceV2SetInfo, error)
	ChallengesFor(ctx context.Context, setID, t uint64) ([]contracts.IMarketplaceV2Group, error)
	ProveSet(ctx context.Context, setID, epoch uint64, proof []byte) (*types.Receipt, error)
}

// FaultDeclarer declares lost members (Market).
type FaultDeclarer interface {
	DeclareFaults(ctx context.Context, setID uint64, mids []uint32) error
}

// AuditAnswerer answers audits (Market).
type AuditAnswerer interface {
	AuditChallenges(ctx context.Context, tenureID *big.Int) ([]uint64, error)
	AnswerAudit(ctx context.Context, tenureID *big.Int, proof []byte) error
}

// MemberKeeper removes ended members and decides extensions (Market).
type MemberKeeper interface {
	RequestInfo(ctx context.Context, req [32]byte) (contracts.IMarketplaceV2RequestInfo, error)
	RemoveMembers(ctx context.Context, setID uint64, mids []uint32) error
	AcceptExtension(ctx context.Context, tenureIDs []*big.Int) error
	DeclineExtension(ctx context.Context, tenureIDs []*big.Int) error
}

// TenureSettler settles tenures (Market).
type TenureSettler interface {
	Settle(ctx context.Context, tenureIDs []*big.Int) ([]*Settled, error)
}

// ProverChain is everything the prover asks of the chain; *Market has it.
type ProverChain interface {
	SetProver
	FaultDeclarer
	AuditAnswerer
	MemberKeeper
	TenureSettler
	BlockHasher
}

// EpochSource tells Run the current epoch (chain.EpochClock).
type EpochSource interface {
	Current(ctx context.Context) (epoch, head uint64, err error)
}

// ExtensionPolicy decides whether to accept a request's extension for one
// of our tenures (true) or decline it (false).
type ExtensionPolicy func(t Tenure, r contracts.IMarketplaceV2RequestInfo) bool

// AcceptAll accepts every extension.
func AcceptAll(Tenure, contracts.IMarketplaceV2RequestInfo) bool { return true }

// ProvedSet is one of our proof sets and the store holding its shards.
type ProvedSet struct {
	SetID uint64
	Store ShardStore
}

// ProverDeps are the prover's collaborators.
type ProverDeps struct {
	Chain   ProverChain
	Tenures TenureLister
	Clock   EpochSource // only Run uses it
	Sets    []ProvedSet
	Policy  ExtensionPolicy // nil: AcceptAll
	// Journal keeps the reorg memory (where each proof landed) across
	// restarts; nil keeps it in memory only.
	Journal ProofJournal
}

// SetStats counts what the prover did for one set since it started.
type SetStats struct {
	Proven, Missed, Empty    uint64 // epochs proven, missed, with nothing to prove
	Declared, AuditsAnswered uint64
	Removed, Accepted        uint64
	Declined, TenuresSettled uint64
	Released                 uint64 // shards deleted after their tenure ended
	Reproved                 uint64 // proofs a reorg dropped, sent again (taken off Proven)
	LastProven, LastMissed   uint64 // epochs (0: none yet)
}

// Prover proves each of its sets once per epoch and tends their tenures
// (audits, removals, extensions, settlement, shard release).
type Prover struct {
	cfg  ProverConfig
	log  *slog.Logger
	deps ProverDeps

	mu     sync.Mutex
	next   map[uint64]uint64              // set → first epoch not yet handled
	tended map[uint64]uint64              // set → 1 + the epoch whose duties are done
	proofs map[uint64]map[uint64]*landing // set → epoch → its proof's block, while its window may be open
	stats  map[uint64]*SetStats
	jerrs  error // journal writes that failed since the last Step

	closeOnce sync.Once
	closed    chan struct{}
}

// NewProver builds a prover; it starts nothing.
func NewProver(cfg ProverConfig, log *slog.Logger, deps ProverDeps) (*Prover, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Chain == nil || deps.Tenures == nil {
		return nil, errors.New("prover: chain and tenure lister are required")
	}
	if deps.Policy == nil {
		deps.Policy = AcceptAll
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	p := &Prover{
		cfg: cfg, log: log.With("component", "prover"), deps: deps,
		next: map[uint64]uint64{}, tended: map[uint64]uint64{}, proofs: map[uint64]map[uint64]*landing{}, stats: map[uint64]*SetStats{}, closed: make(chan struct{}),
	}
	for _, s := range deps.Sets {
		p.stats[s.SetID] = &SetStats{}
	}
	if err := p.loadLandings(); err != nil {
		return nil, err
	}
	return p, nil
}

// Stats returns a copy of one set's counters.
func (p *Prover) Stats(setID uint64) SetStats {
	p.mu.Lock()
	defer p.mu.Unlock()
	if s := p.stats[setID]; s != nil {
		return *s
	}
	return SetStats{}
}

func (p *Prover) count(setID uint64, f func(*SetStats)) {
	p.mu.Lock()
	defer p.mu.Unlock()
	f(p.stats[setID])
}

// Run steps at every new head until ctx ends or Close is called.
func (p *Prover) Run(ctx context.Context) error {
	if p.deps.Clock == nil {
		return errors.New("prover: run needs a clock")
	}
	return runEpochs(ctx, p.deps.Clock, p.cfg.Poll, p.closed, nil, p.log, "prover", p.Step)
}

// Close stops Run; it is idempotent.
func (p *Prover) Close() { p.closeOnce.Do(func() { close(p.closed) }) }

// Step does one epoch's work for every set: prove epoch (and epoch−1 if it
// is still unhandled and its grace may be open, the first Step included),
// then tend the tenures, once per epoch unless that failed.
// Errors of one set do not stop the others; they are joined.
func (p *Prover) Step(ctx context.Context, epoch uint64) error {
	var errs error
	for _, s := range p.deps.Sets {
		if err := p.stepSet(ctx, s, epoch); err != nil {
			errs = errors.Join(errs, fmt.Errorf("set %d epoch %d: %w", s.SetID, epoch, err))
		}
	}
	return errors.Join(errs, p.takeJournalErrs())
}

func (p *Prover) stepSet(ctx context.Context, s ProvedSet, epoch uint64) error {
	info, err := p.deps.Chain.SetInfo(ctx, s.SetID)
	if err != nil {
		return err
	}
	var errs error
	if info.State == SetActive {
		errs = errors.Join(p.reprove(ctx, s, epoch), p.proveUpTo(ctx, s, epoch))
	}
	p.mu.Lock()
	tended := p.tended[s.SetID] == epoch+1
	p.mu.Unlock()
	if tended { // once per epoch: every duty is decided per epoch
		return errs
	}
	tenures, err := p.deps.Tenures.Tenures(ctx, s.SetID)
	if err != nil {
		return errors.Join(errs, err)
	}
	if err := p.tend(ctx, s, info, epoch, tenures); err != nil {
		return errors.Join(errs, err) // tended again at the next step
	}
	p.mu.Lock()
	p.tended[s.SetID] = epoch + 1
	p.mu.Unlock()
	return errs
}

// proveUpTo handles every epoch from the set's next unhandled one through
// epoch. An epoch more than one behind has surely closed: a miss.
func (p *Prover) proveUpTo(ctx context.Context, s ProvedSet, epoch uint64) error {
	p.mu.Lock()
	next, ok := p.next[s.SetID]
	p.mu.Unlock()
	probe := uint64(NoEpoch)
	if !ok { // first step: try the previous epoch too, its grace may be open
		next = epoch - min(epoch, 1)
		probe = next
	}
	for e := next; e <= epoch; e++ {
		if e+1 < epoch {
			p.miss(s.SetID, e, "window passed before a proof was sent")
			p.setNext(s.SetID, e+1)
			continue
		}
		done, err := p.proveEpoch(ctx, s, e, e == probe && e < epoch)
		if err != nil {
			p.setNext(s.SetID, e)
			return err
		}
		if !done {
			p.setNext(s.SetID, e)
			return nil
		}
		p.setNext(s.SetID, e+1)
	}
	return nil
}

func (p *Prover) setNext(setID, e uint64) {
	p.mu.Lock()
	p.next[setID] = e
	p.mu.Unlock()
}

func (p *Prover) miss(setID, e uint64, why string, args ...any) {
	p.count(setID, func(st *SetStats) { st.Missed++; st.LastMissed = e })
	p.log.Warn("set epoch missed", append([]any{"set_id", setID, "epoch", e, "reason", why}, args...)...)
}

// proveEpoch proves epoch e of one set. done is false when e cannot be
// handled yet (seed unknown); an error means try again. A probe (the epoch
// before the first step's) counts no miss when its window has closed: that
// epoch belonged to whoever ran before.
func (p *Prover) proveEpoch(ctx context.Context, s ProvedSet, e uint64, probe bool) (done bool, err error) {
	if p.saved(s.SetID, e) {
		return true, nil // proven before a restart (its landing loaded); reprove watches it
	}
	gs, err := p.deps.Chain.ChallengesFor(ctx, s.SetID, e)
	switch {
	case errors.Is(err, ErrSeedUnavailable):
		return false, nil
	case errors.Is(err, ErrEpochTooOld):
		p.miss(s.SetID, e, "epoch too old for its view")
		return true, nil
	case err != nil:
		return false, err
	}
	if len(gs) == 0 {
		p.count(s.SetID, func(st *SetStats) { st.Empty++ })
		return true, nil
	}
	shards := newSlotShards(s.Store, gs)
	proof, bad, perr := proveGroups(toGroups(gs), shards)
	if errors.Is(perr, errMachine) {
		return false, perr // retried at the next step, a miss once the window passes
	}
	if perr != nil {
		// Never send a proof that fails: it would cost the gas and change
		// nothing. Declare what is lost so later epochs can pass.
		p.miss(s.SetID, e, "local proof failed", "members", bad, "err", perr)
		if len(bad) > 0 {
			slots := make([]storage.SlotID, len(bad))
			for i, mid := range bad {
				slots[i] = shards.slots[mid]
			}
			return true, p.declareLost(ctx, s, bad, slots)
		}
		return true, nil
	}
	rcpt, err := p.deps.Chain.ProveSet(ctx, s.SetID, e, proof)
	switch {
	case err == nil, errors.Is(err, ErrAlreadyProven):
		if err != nil {
			rcpt = nil // proven by an earlier send: no receipt of ours to watch
		}
		p.landed(s.SetID, e, rcpt)
		p.count(s.SetID, func(st *SetStats) { st.Proven++; st.LastProven = e })
		p.log.Debug("set proven", "set_id", s.SetID, "epoch", e, "members", len(gs), "proof_bytes", len(proof))
		return true, nil
	case errors.Is(err, ErrNothingToProve):
		p.count(s.SetID, func(st *SetStats) { st.Empty++ })
		return true, nil
	case probe && errors.Is(err, ErrProofWindowClosed):
		return true, nil
	case errors.Is(err, ErrProofWindowClosed), errors.Is(err, ErrSetNotActive), errors.Is(err, ErrSetWouldFail),
		errors.Is(err, ErrInvalidProof), errors.Is(err, ErrProofLength):
		p.miss(s.SetID, e, "proof refused", "err", err)
		return true, nil
	}
	return false, err
}

// declareLost declares members whose shards are lost or corrupt, then
// releases their shards. A batch the contract refuses is retried member by
// member, so one member that cannot be declared (already out of the view,
// say) does not keep the others in.
func (p *Prover) declareLost(ctx context.Context, s ProvedSet, mids []uint32, slots []storage.SlotID) error {
	n, err := declareFaults(ctx, p.deps.Chain, s, mids, slots)
	p.count(s.SetID, func(st *SetStats) { st.Declared += n })
	return err
}

func declareFaults(ctx context.Context, chain FaultDeclarer, s ProvedSet, mids []uint32, slots []storage.SlotID) (uint64, error) {
	if err := chain.DeclareFaults(ctx, s.SetID, mids); err == nil {
		var errs error
		for _, sl := range slots {
			errs = errors.Join(errs, releaseShard(s.Store, sl))
		}
		return uint64(len(mids)), errs
	} else if len(mids) == 1 {
		if gone(err) {
			return 0, releaseShard(s.Store, slots[0])
		}
		return 0, fmt.Errorf("declare member %d: %w", mids[0], err)
	}
	var n uint64
	var errs error
	for i := range mids {
		k, err := declareFaults(ctx, chain, s, mids[i:i+1], slots[i:i+1])
		n += k
		errs = errors.Join(errs, err)
	}
	return n, errs
}

// gone reports a declaration refused because the member no longer holds
// the slot: nothing is left to declare and the shard may go.
func gone(err error) bool {
	for _, e := range []error{ErrNotInView, ErrNotCurrentTenure, ErrTenureFinal, ErrTenureForfeit, ErrRequestNotLive} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}
