package market

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// epochProver proves our slots for an epoch. v1's batchProver submits
// per-slot proofs in submitProofs batches; v2's proof-set prover replaces
// it behind this interface without touching the other services.
type epochProver interface {
	Step(ctx context.Context, epoch uint64) error
	Run(ctx context.Context) error
	Close()
	// FailedLast reports whether a proof we owed for the last finished
	// epoch was not accepted (for /health).
	FailedLast() bool
}

// proofChain is what the v1 prover needs of the chain.
type proofChain interface {
	SlotInfo(ctx context.Context, slot [32]byte) (contracts.IMarketplaceSlotInfo, error)
	ChallengeIndices(ctx context.Context, slot [32]byte, epoch uint64) ([]uint64, error)
	SubmitProofs(ctx context.Context, batch []contracts.IMarketplaceSlotProof) ([]ProofResult, *types.Receipt, error)
	Settle(ctx context.Context, slot [32]byte) (uint64, error)
}

// batchProver is the v1 prover: every slot of ours that is payable in the
// epoch and not proven yet gets a proof, in batches of ProofBatch.
type batchProver struct {
	cfg   ProviderConfig
	log   *slog.Logger
	m     proofChain
	clock *chain.EpochClock
	store *storage.Store
	terms *termsCache
	met   *providerMetrics
	me    common.Address

	mu       sync.Mutex
	next     map[[32]byte]uint64 // our slots: first epoch still to prove
	owed     map[[32]byte]uint64 // epoch a proof was built for and not yet accepted
	epoch    uint64              // epoch of the last step
	missUpTo uint64              // latest epoch with a missed proof, + 1 (0: none)
}

func newBatchProver(cfg ProviderConfig, log *slog.Logger, m *Market, store *storage.Store, terms *termsCache, met *providerMetrics) *batchProver {
	return &batchProver{cfg: cfg, log: log.With("service", "prover"), m: m, clock: m.Clock, store: store, terms: terms, met: met,
		me: m.Sender().Address(), next: map[[32]byte]uint64{}, owed: map[[32]byte]uint64{}}
}

func (p *batchProver) Run(ctx context.Context) error {
	return runLoop(ctx, "prover", p.cfg.Poll, p.clock, p.Step, p.met, p.log)
}

func (p *batchProver) Close() {}

// FailedLast reports a proof missed in the current or the previous epoch.
func (p *batchProver) FailedLast() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.missUpTo != 0 && p.epoch <= p.missUpTo
}

// Step proves every slot of ours due in epoch. It runs as early in the
// epoch as possible, so slow blocks still land inside the proof window.
// Errors are returned (the loop logs and counts them), never swallowed:
// an unreadable slot or request is retried next step.
func (p *batchProver) Step(ctx context.Context, epoch uint64) error {
	p.countMisses(epoch)
	list, err := p.store.List()
	if err != nil {
		return fmt.Errorf("list shards: %w", err)
	}
	var errs []error
	var batch []contracts.IMarketplaceSlotProof
	for _, sh := range list {
		if sh.State != storage.StateFilled && sh.State != storage.StateProving {
			continue
		}
		pr, err := p.proofFor(ctx, sh, epoch)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if pr != nil {
			batch = append(batch, *pr)
		}
	}
	for len(batch) > 0 {
		n := min(len(batch), p.cfg.ProofBatch)
		if err := p.submit(ctx, batch[:n]); err != nil {
			errs = append(errs, err)
		}
		batch = batch[n:]
	}
	return errors.Join(errs...)
}

// countMisses counts the proofs owed for epochs before epoch that were
// never accepted: the epoch is lost.
func (p *batchProver) countMisses(epoch uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.epoch = epoch
	for slot, e := range p.owed {
		if e < epoch {
			p.met.proofsFailed.Inc()
			p.missUpTo = max(p.missUpTo, e+1)
			delete(p.owed, slot)
			p.log.Warn("proof missed", "slot", short(slot), "epoch", e)
		}
	}
}

// proofFor builds slot's proof for epoch, or nil when none is due.
func (p *batchProver) proofFor(ctx context.Context, sh storage.ShardInfo, epoch uint64) (*contracts.IMarketplaceSlotProof, error) {
	p.mu.Lock()
	next := p.next[sh.Slot]
	p.mu.Unlock()
	if next > epoch {
		return nil, nil
	}
	si, err := p.m.SlotInfo(ctx, sh.Slot)
	if err != nil {
		return nil, err
	}
	if si.State != SlotFilled || si.Provider != p.me {
		return nil, nil // not ours (any more): the janitor decides on a confirmed view
	}
	ri, err := p.terms.get(ctx, sh.RequestID)
	if err != nil {
		return nil, fmt.Errorf("terms of slot %s: %w", sh.Slot, err)
	}
	first := max(si.FillEpoch+1, ri.StartEpoch)
	switch {
	case epoch < first:
		p.setNext(sh.Slot, first)
		return nil, nil
	case epoch >= ri.EndEpoch:
		p.setNext(sh.Slot, ^uint64(0)) // past the end: the janitor finishes it
		return nil, nil
	}
	if provenOnChain(si, epoch) {
		// Proven before a restart: a second proof would only be
		// rejected (AlreadyProven) at the cost of a transaction.
		p.setNext(sh.Slot, epoch+1)
		return nil, nil
	}
	idx, err := p.m.ChallengeIndices(ctx, sh.Slot, epoch)
	if err != nil {
		return nil, err // an RPC error is not a void epoch: retried next step
	}
	if len(idx) == 0 {
		return nil, nil // the seed is not readable yet, or the epoch is void
	}
	proof, err := p.store.Prove(sh.Slot, idx)
	if err != nil {
		// A corrupt shard cannot be proven: the miss is the honest outcome.
		p.missed(sh.Slot, epoch)
		return nil, fmt.Errorf("cannot prove slot %s in epoch %d: %w", sh.Slot, epoch, err)
	}
	p.mu.Lock()
	p.owed[sh.Slot] = epoch
	p.mu.Unlock()
	if sh.State == storage.StateFilled {
		if err := p.store.SetState(sh.Slot, storage.StateProving); err != nil {
			return nil, fmt.Errorf("mark slot %s proving: %w", sh.Slot, err)
		}
	}
	return &contracts.IMarketplaceSlotProof{SlotId: sh.Slot, Epoch: epoch, Proof: proof}, nil
}

// missed counts slot's proof for epoch as lost now and moves on.
func (p *batchProver) missed(slot [32]byte, epoch uint64) {
	p.met.proofsFailed.Inc()
	p.setNext(slot, epoch+1)
	p.mu.Lock()
	p.missUpTo = max(p.missUpTo, epoch+1)
	p.mu.Unlock()
}

// setNext records the first epoch slot still needs a proof for.
func (p *batchProver) setNext(slot [32]byte, epoch uint64) {
	p.mu.Lock()
	p.next[slot] = epoch
	if e, ok := p.owed[slot]; ok && e < epoch {
		delete(p.owed, slot)
	}
	p.mu.Unlock()
}

func (p *batchProver) submit(ctx context.Context, batch []contracts.IMarketplaceSlotProof) error {
	res, _, err := p.m.SubmitProofs(ctx, batch)
	if err != nil {
		return fmt.Errorf("submit %d proofs: %w", len(batch), err)
	}
	var errs []error
	for _, r := range res {
		switch {
		case r.OK || r.Reason == "AlreadyProven":
			p.met.proofsSubmitted.Inc()
			p.setNext(r.Slot, r.Epoch+1)
		case r.Reason == "SettleRequired":
			// The slot ran too far ahead of its settlement: settle, retry next step.
			if _, err := p.m.Settle(ctx, r.Slot); err != nil {
				errs = append(errs, fmt.Errorf("settle own slot %s: %w", short(r.Slot), err))
			}
		default:
			errs = append(errs, fmt.Errorf("proof of slot %s for epoch %d rejected: %s", short(r.Slot), r.Epoch, r.Reason))
			p.missed(r.Slot, r.Epoch)
		}
	}
	p.log.Debug("proofs submitted", "count", len(batch))
	return errors.Join(errs...)
}

// proofRing is the contract's PROOF_RING: a slot's provenRing has bit
// e % proofRing set for each epoch e in [nextSettle, nextSettle + proofRing)
// proven and not yet settled.
const proofRing = 64

// provenOnChain reports whether the slot's proof for epoch was accepted.
func provenOnChain(si contracts.IMarketplaceSlotInfo, epoch uint64) bool {
	if epoch < si.NextSettleEpoch || epoch >= si.NextSettleEpoch+proofRing {
		return false
	}
	return si.ProvenRing&(1<<(epoch%proofRing)) != 0
}
