package marketv2

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

// AuditConfig tunes the client's auditor.
type AuditConfig struct {
	// NewHolders audits each new holder of a slot once, as soon as its
	// tenure can be audited.
	NewHolders bool
	// Rate is the chance per slot and epoch of a routine audit (0 … 1).
	Rate float64
	// Seed keys the routine draws. It must be unpredictable to providers
	// (the CLI derives it from the wallet key); zero draws a random one.
	// A fixed seed makes the draws reproducible.
	Seed [32]byte
	// State is the path of the last-audit file (required).
	State string
	Poll  time.Duration
}

// DefaultAuditConfig audits new holders and each slot about once a week
// of 1-hour epochs.
func DefaultAuditConfig() AuditConfig {
	return AuditConfig{NewHolders: true, Rate: 1.0 / 168, Poll: 5 * time.Second}
}

// Validate reports a config that cannot work.
func (c AuditConfig) Validate() error {
	switch {
	case math.IsNaN(c.Rate) || c.Rate < 0 || c.Rate > 1:
		return fmt.Errorf("audit: rate %v not in [0, 1]", c.Rate)
	case c.State == "":
		return errors.New("audit: state path required")
	case c.Poll <= 0:
		return errors.New("audit: poll interval must be positive")
	}
	return nil
}

// AuditReader is what the auditor reads (*Market).
type AuditReader interface {
	RequestInfo(ctx context.Context, req [32]byte) (contracts.IMarketplaceV2RequestInfo, error)
	SlotInfo(ctx context.Context, req [32]byte, index uint64) (contracts.IMarketplaceV2SlotInfo, error)
	TenureInfo(ctx context.Context, tenureID *big.Int) (contracts.IMarketplaceV2TenureInfo, error)
	SetInfo(ctx context.Context, setID uint64) (contracts.IMarketplaceV2SetInfo, error)
}

// AuditWriter is what the auditor sends (*Market).
type AuditWriter interface {
	ClosedEpochs(ctx context.Context) (uint64, error)
	AuditSlot(ctx context.Context, req [32]byte, index uint64) (*big.Int, uint64, error)
	ResolveAudit(ctx context.Context, tenureID *big.Int) (bool, error)
	SettleSet(ctx context.Context, setID uint64) error
}

// AuditorDeps are the auditor's collaborators.
type AuditorDeps struct {
	Reads         AuditReader
	Writes        AuditWriter
	Clock         *chain.EpochClock // for Run
	MissThreshold uint64            // the contract's missThreshold
	Requests      [][32]byte        // the client's requests to audit
}

// Auditor audits the slots of the client's requests (§10.2, §10.3):
// each new holder once, every slot at Rate, resolves lapses and settles
// sets that stopped proving.
type Auditor struct {
	cfg  AuditConfig
	log  *slog.Logger
	deps AuditorDeps
	st   *auditState

	mu   sync.Mutex
	reqs map[[32]byte]bool

	closeOnce sync.Once
	closed    chan struct{}
}

// NewAuditor loads the last-audit file.
func NewAuditor(cfg AuditConfig, log *slog.Logger, deps AuditorDeps) (*Auditor, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Reads == nil || deps.Writes == nil {
		return nil, errors.New("audit: no chain")
	}
	if cfg.Seed == ([32]byte{}) {
		if _, err := rand.Read(cfg.Seed[:]); err != nil {
			return nil, fmt.Errorf("audit: seed: %w", err)
		}
	}
	st, err := openAuditState(cfg.State)
	if err != nil {
		return nil, err
	}
	a := &Auditor{cfg: cfg, log: log, deps: deps, st: st, reqs: map[[32]byte]bool{}, closed: make(chan struct{})}
	a.Add(deps.Requests...)
	return a, nil
}

// Add adds requests to audit.
func (a *Auditor) Add(ids ...[32]byte) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, id := range ids {
		a.reqs[id] = true
	}
}

// Remove stops auditing a request.
func (a *Auditor) Remove(id [32]byte) {
	a.mu.Lock()
	defer a.mu.Unlock()
	delete(a.reqs, id)
}

// Run steps the auditor at every new head until ctx ends or Close.
func (a *Auditor) Run(ctx context.Context) error {
	if a.deps.Clock == nil {
		return errors.New("auditor: run needs a clock")
	}
	return runEpochs(ctx, a.deps.Clock, a.cfg.Poll, a.closed, nil, a.log, "auditor", a.Step)
}

// Close stops Run; it is idempotent.
func (a *Auditor) Close() { a.closeOnce.Do(func() { close(a.closed) }) }

// draw is the routine audit decision for a slot in an epoch: keyed by the
// secret seed, so providers cannot tell which epochs will be audited.
func (a *Auditor) draw(req [32]byte, index, epoch uint64) bool {
	if a.cfg.Rate <= 0 {
		return false
	}
	var buf [32 + 32 + 16]byte
	copy(buf[:32], a.cfg.Seed[:])
	copy(buf[32:64], req[:])
	binary.BigEndian.PutUint64(buf[64:], index)
	binary.BigEndian.PutUint64(buf[72:], epoch)
	h := sha256.Sum256(buf[:])
	return float64(binary.BigEndian.Uint64(h[:8]))/math.Exp2(64) < a.cfg.Rate
}

// Step audits, resolves and settles for epoch. A second Step in the same
// epoch opens no second audit (one audit per tenure at a time).
func (a *Auditor) Step(ctx context.Context, epoch uint64) error {
	closed, err := a.deps.Writes.ClosedEpochs(ctx)
	if err != nil {
		return err
	}
	a.mu.Lock()
	reqs := make([][32]byte, 0, len(a.reqs))
	for id := range a.reqs {
		reqs = append(reqs, id)
	}
	a.mu.Unlock()
	sortIDs(reqs)
	a.st.mu.Lock()
	defer a.st.mu.Unlock()
	var errs error
	checked := map[uint64]bool{}
	for _, id := range reqs {
		if err := a.request(ctx, id, epoch, closed, checked); err != nil {
			errs = errors.Join(errs, fmt.Errorf("audit %s: %w", short(id), err))
		}
	}
	if a.st.dirty {
		errs = errors.Join(errs, a.st.save())
	}
	return errs
}

func (a *Auditor) request(ctx context.Context, id [32]byte, epoch, closed uint64, checked map[uint64]bool) error {
	ri, err := a.deps.Reads.RequestInfo(ctx, id)
	if err != nil {
		return err
	}
	var errs error
	for idx := range uint64(ri.K) + uint64(ri.M) {
		rec := a.st.get(id, idx)
		if rec != nil && rec.Result == AuditOpen {
			errs = errors.Join(errs, a.follow(ctx, rec, closed))
		}
		if !live(&ri) {
			continue
		}
		si, err := a.deps.Reads.SlotInfo(ctx, id, idx)
		if err != nil {
			errs = errors.Join(errs, err)
			continue
		}
		if si.Tenure == nil || si.Tenure.Sign() == 0 {
			continue
		}
		ti, err := a.deps.Reads.TenureInfo(ctx, si.Tenure)
		if err != nil {
			errs = errors.Join(errs, err)
			continue
		}
		if !checked[ti.SetId] {
			checked[ti.SetId] = true
			errs = errors.Join(errs, a.checkSet(ctx, ti.SetId, closed))
		}
		newHolder := rec == nil || rec.Tenure != si.Tenure.String()
		if ti.Audit != 0 && (newHolder || rec.Epoch != uint64(ti.Audit)) {
			// Opened by a run that crashed before saving: follow it.
			a.st.put(SlotAudit{Request: common.Hash(id).Hex(), Index: idx, Tenure: si.Tenure.String(), Holder: ti.Owner,
				SetID: ti.SetId, Epoch: uint64(ti.Audit), Result: AuditOpen, NewHolder: newHolder})
			continue
		}
		if ti.Audit != 0 || ti.Flags&FlagForfeit != 0 || epoch+1 < uint64(ti.Join) || epoch+1 >= uint64(ti.B) {
			continue
		}
		if !(newHolder && a.cfg.NewHolders) && !a.draw(id, idx, epoch) {
			continue
		}
		tid, at, err := a.deps.Writes.AuditSlot(ctx, id, idx)
		if err != nil {
			if errors.Is(err, ErrNotAuditable) || errors.Is(err, ErrAuditOpen) || errors.Is(err, ErrSetNotActive) || errors.Is(err, ErrTenureForfeit) {
				continue // the chain moved since the read; the next step looks again
			}
			errs = errors.Join(errs, err)
			continue
		}
		a.st.put(SlotAudit{Request: common.Hash(id).Hex(), Index: idx, Tenure: tid.String(), Holder: ti.Owner,
			SetID: ti.SetId, Epoch: at, SentIn: epoch, Result: AuditOpen, NewHolder: newHolder})
		a.log.Info("audit opened", "request", short(id), "index", idx, "tenure", tid, "holder", ti.Owner, "epoch", at, "new_holder", newHolder)
	}
	return errs
}

// follow moves an open audit on: answered (the chain closed it, tenure
// not forfeit), lapsed or void (resolveAudit once resolvable).
func (a *Auditor) follow(ctx context.Context, rec *SlotAudit, closed uint64) error {
	tid, ok := new(big.Int).SetString(rec.Tenure, 10)
	if !ok {
		return fmt.Errorf("bad tenure %q in audit state", rec.Tenure)
	}
	ti, err := a.deps.Reads.TenureInfo(ctx, tid)
	if err != nil {
		return err
	}
	if uint64(ti.Audit) != rec.Epoch {
		// Answered, declared (cancelled) or resolved by settle.
		rec.Result = AuditAnswered
		if ti.Flags&FlagForfeit != 0 {
			rec.Result = AuditLapsed
		}
		a.st.dirty = true
		return nil
	}
	if closed < rec.Epoch+AuditEpochs && rec.Epoch < uint64(ti.B) {
		return nil
	}
	lapsed, err := a.deps.Writes.ResolveAudit(ctx, tid)
	if errors.Is(err, ErrAuditNotResolvable) {
		return nil
	}
	if err != nil {
		return err
	}
	rec.Result = AuditVoid
	if lapsed {
		rec.Result = AuditLapsed
		a.log.Warn("audit lapsed: slot open for repair", "request", rec.Request, "index", rec.Index, "holder", rec.Holder, "epoch", rec.Epoch)
	}
	a.st.dirty = true
	return nil
}

// checkSet calls settleSet on an Active set whose recorded head lags the
// closed epochs by the miss threshold or more: it stopped proving, and
// recording its misses fails it, which opens our slots for repair.
func (a *Auditor) checkSet(ctx context.Context, setID, closed uint64) error {
	si, err := a.deps.Reads.SetInfo(ctx, setID)
	if err != nil {
		return err
	}
	if si.State != SetActive || closed < uint64(si.Head)+max(a.deps.MissThreshold, 1) {
		return nil
	}
	if err := a.deps.Writes.SettleSet(ctx, setID); err != nil {
		if errors.Is(err, ErrSetNotActive) {
			return nil
		}
		return err
	}
	after, err := a.deps.Reads.SetInfo(ctx, setID)
	if err == nil {
		a.log.Warn("settled a set that stopped proving", "set", setID, "head", si.Head, "closed", closed, "state", SetStateName(after.State))
	}
	return nil
}
