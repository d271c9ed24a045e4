package marketv2

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrBlockUnknown is a header read for a block the RPC does not have (a
// lagging node below that height): nothing can be told from it.
var ErrBlockUnknown = errors.New("block not known to the RPC")

// BlockHasher reads the canonical hash of a block (Market).
type BlockHasher interface {
	BlockHash(ctx context.Context, number uint64) (common.Hash, error)
}

// BlockHash is the hash of the RPC's canonical block number; ErrBlockUnknown
// when its head is below it.
func (m *Market) BlockHash(ctx context.Context, number uint64) (common.Hash, error) {
	h, err := m.client.HeaderByNumber(ctx, new(big.Int).SetUint64(number))
	if errors.Is(err, ethereum.NotFound) {
		return common.Hash{}, fmt.Errorf("header %d: %w", number, ErrBlockUnknown)
	}
	if err != nil {
		return common.Hash{}, fmt.Errorf("header %d: %w", number, err)
	}
	return h.Hash(), nil
}

// landing is where a proveSet of ours was mined, from its receipt.
type landing struct {
	block   uint64
	hash    common.Hash
	dropped bool // a reorg removed it; to be proven again
}

// landed remembers the block of a proof's receipt, so that a reorg that
// removes it after Send returned can be seen while its window is open. With
// a journal the landing is written (fsynced) before the epoch is counted
// proven, so a restart between the receipt and a reorg still sees it. A
// nil receipt (proven by an earlier send, or by a send whose receipt we
// never saw) is remembered as proven with no block to watch (block 0).
func (p *Prover) landed(setID, e uint64, rcpt *types.Receipt) {
	l := &landing{}
	if rcpt != nil && rcpt.BlockNumber != nil {
		l.block, l.hash = rcpt.BlockNumber.Uint64(), rcpt.BlockHash
	}
	if j := p.deps.Journal; j != nil {
		p.journalErr(j.PutLanding(ProofLanding{SetID: setID, Epoch: e, Block: l.block, Hash: l.hash}))
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.proofs[setID] == nil {
		p.proofs[setID] = map[uint64]*landing{}
	}
	p.proofs[setID][e] = l
}

// reprove checks, for each remembered proof of the set whose window may
// still be open (its epoch or the next one's grace), that its block is
// still canonical. A proof whose block was replaced is counted (Reproved),
// taken off Proven and proven again, in this step or, if that cannot be
// done yet, the next ones until its window has surely closed (then a
// miss). A header the RPC does not have, or a failed read, decides
// nothing: no proof is sent again on a lagging or failing read.
func (p *Prover) reprove(ctx context.Context, s ProvedSet, epoch uint64) error {
	p.mu.Lock()
	mine := maps.Clone(p.proofs[s.SetID])
	p.mu.Unlock()
	var errs error
	for _, e := range slices.Sorted(maps.Keys(mine)) {
		l := mine[e]
		if e+1 < epoch {
			p.forget(s.SetID, e, l)
			if l.dropped {
				p.miss(s.SetID, e, "window passed before a dropped proof was sent again")
			}
			continue
		}
		if l.block == 0 && !l.dropped {
			continue // proven, no receipt of ours to watch
		}
		if !l.dropped {
			h, err := p.deps.Chain.BlockHash(ctx, l.block)
			switch {
			case errors.Is(err, ErrBlockUnknown):
				p.log.Debug("proof block not known to the RPC yet", "set_id", s.SetID, "epoch", e, "block", l.block)
				continue
			case err != nil:
				errs = errors.Join(errs, fmt.Errorf("is the proof of epoch %d canonical: %w", e, err))
				continue
			case h == l.hash:
				continue
			}
			p.mu.Lock()
			l.dropped = true
			st := p.stats[s.SetID]
			st.Reproved++
			st.Proven -= min(st.Proven, 1)
			p.mu.Unlock()
			p.log.Warn("proof dropped by a reorg, proving again", "set_id", s.SetID, "epoch", e,
				"block", l.block, "hash", l.hash, "canonical", h)
		}
		done, err := p.proveEpoch(ctx, s, e, false)
		if err != nil {
			errs = errors.Join(errs, fmt.Errorf("prove epoch %d again: %w", e, err))
			continue
		}
		if done {
			p.forget(s.SetID, e, l) // proveEpoch remembered the new receipt, if any
		}
	}
	return errs
}

// forget drops the entry of epoch e if it is still l (and its journal record).
func (p *Prover) forget(setID, e uint64, l *landing) {
	p.mu.Lock()
	gone := p.proofs[setID][e] == l
	if gone {
		delete(p.proofs[setID], e)
	}
	p.mu.Unlock()
	if gone && p.deps.Journal != nil {
		p.journalErr(p.deps.Journal.DeleteLanding(setID, e))
	}
}
