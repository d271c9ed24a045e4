package marketv2

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// ProofLanding is where one of our proveSet transactions was mined, from
// its receipt: the prover's reorg memory of one (set, epoch).
type ProofLanding struct {
	SetID, Epoch, Block uint64
	Hash                common.Hash
}

// ProofJournal keeps the prover's landings across restarts (market's
// LedgerProofs, in the node's ledger pebble). PutLanding is durable when
// it returns; a lost DeleteLanding is harmless (a loaded landing whose
// window has closed is pruned at the next step).
type ProofJournal interface {
	Landings() ([]ProofLanding, error)
	PutLanding(l ProofLanding) error
	DeleteLanding(setID, epoch uint64) error
}

// loadLandings fills the reorg memory from the journal at NewProver; a
// landing of a set the prover no longer has is deleted.
func (p *Prover) loadLandings() error {
	j := p.deps.Journal
	if j == nil {
		return nil
	}
	ls, err := j.Landings()
	if err != nil {
		return fmt.Errorf("prover: load proof landings: %w", err)
	}
	var errs error
	for _, l := range ls {
		if _, ours := p.stats[l.SetID]; !ours {
			errs = errors.Join(errs, j.DeleteLanding(l.SetID, l.Epoch))
			continue
		}
		if p.proofs[l.SetID] == nil {
			p.proofs[l.SetID] = map[uint64]*landing{}
		}
		p.proofs[l.SetID][l.Epoch] = &landing{block: l.Block, hash: l.Hash}
	}
	if len(ls) > 0 {
		p.log.Info("proof landings loaded", "count", len(ls))
	}
	if errs != nil {
		return fmt.Errorf("prover: prune proof landings: %w", errs)
	}
	return nil
}

// saved reports whether epoch e of the set has a proof of ours whose
// block no reorg is known to have dropped: proven, nothing to send (a
// restart finds the epochs it proved before in the journal).
func (p *Prover) saved(setID, e uint64) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	l := p.proofs[setID][e]
	return l != nil && !l.dropped
}

// journalErr records a journal write that failed; Step returns it (the
// proof is on chain either way, only its reorg memory may not survive a
// restart).
func (p *Prover) journalErr(err error) {
	if err == nil {
		return
	}
	p.mu.Lock()
	p.jerrs = errors.Join(p.jerrs, err)
	p.mu.Unlock()
}

// takeJournalErrs returns and clears the journal errors since the last call.
func (p *Prover) takeJournalErrs() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	err := p.jerrs
	p.jerrs = nil
	if err != nil {
		return fmt.Errorf("proof journal: %w", err)
	}
	return nil
}
