package market

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// prove submits, in batches, a proof for every slot of ours that is payable
// in epoch and not yet proven in it. It runs as early in the epoch as
// possible, so slow blocks still land inside the proof window.
func (p *Provider) prove(ctx context.Context, epoch uint64) {
	list, err := p.store.List()
	if err != nil {
		p.log.Warn("list shards", "err", err)
		return
	}
	var batch []contracts.IMarketplaceSlotProof
	for _, sh := range list {
		if sh.State != storage.StateFilled && sh.State != storage.StateProving {
			continue
		}
		p.mu.Lock()
		next := p.proven[sh.Slot]
		p.mu.Unlock()
		if next > epoch {
			continue
		}
		si, err := p.m.SlotInfo(ctx, sh.Slot)
		if err != nil {
			p.log.Warn("slot info", "slot", sh.Slot.String(), "err", err)
			continue
		}
		if si.State != SlotFilled || si.Provider != p.me {
			p.release(sh.Slot, "slot no longer ours")
			continue
		}
		ri, err := p.requestTerms(ctx, sh.RequestID)
		if err != nil {
			continue
		}
		first := max(si.FillEpoch+1, ri.StartEpoch)
		switch {
		case epoch < first:
			p.nextProof(sh.Slot, first)
			continue
		case epoch >= ri.EndEpoch:
			p.nextProof(sh.Slot, ^uint64(0)) // past the end: finish will release it
			continue
		}
		if provenOnChain(si, epoch) {
			// Proven before a restart: a second proof would only be
			// rejected (AlreadyProven) at the cost of a transaction.
			p.nextProof(sh.Slot, epoch+1)
			continue
		}
		idx, err := p.m.ChallengeIndices(ctx, sh.Slot, epoch)
		if err != nil || len(idx) == 0 {
			continue // seed not readable yet, or void
		}
		proof, err := p.store.Prove(sh.Slot, idx)
		if err != nil {
			// A corrupt shard cannot be proven: the miss is the honest outcome.
			p.log.Error("cannot prove slot", "slot", sh.Slot.String(), "epoch", epoch, "err", err)
			p.met.proofsFailed.Inc()
			p.nextProof(sh.Slot, epoch+1)
			continue
		}
		batch = append(batch, contracts.IMarketplaceSlotProof{SlotId: sh.Slot, Epoch: epoch, Proof: proof})
		if sh.State == storage.StateFilled {
			_ = p.store.SetState(sh.Slot, storage.StateProving)
		}
	}
	for len(batch) > 0 {
		n := min(len(batch), p.cfg.ProofBatch)
		p.submit(ctx, batch[:n])
		batch = batch[n:]
	}
}

// nextProof records the first epoch slot still needs a proof for.
func (p *Provider) nextProof(slot [32]byte, epoch uint64) {
	p.mu.Lock()
	p.proven[slot] = epoch
	p.mu.Unlock()
}

func (p *Provider) submit(ctx context.Context, batch []contracts.IMarketplaceSlotProof) {
	res, _, err := p.m.SubmitProofs(ctx, batch)
	if err != nil {
		p.log.Warn("submit proofs", "count", len(batch), "err", err)
		return
	}
	for _, r := range res {
		switch {
		case r.OK || r.Reason == "AlreadyProven":
			p.met.proofsSubmitted.Inc()
			p.nextProof(r.Slot, r.Epoch+1)
		case r.Reason == "SettleRequired":
			// The slot ran too far ahead of its settlement: settle, retry next tick.
			if _, err := p.m.Settle(ctx, r.Slot); err != nil {
				p.log.Warn("settle own slot", "slot", short(r.Slot), "err", err)
			}
		default:
			p.met.proofsFailed.Inc()
			p.log.Warn("proof rejected", "slot", short(r.Slot), "epoch", r.Epoch, "reason", r.Reason)
			p.nextProof(r.Slot, r.Epoch+1)
		}
	}
	p.log.Debug("proofs submitted", "count", len(batch))
}

// requestTerms returns a request's terms, from the cache or the chain.
func (p *Provider) requestTerms(ctx context.Context, id [32]byte) (contracts.IMarketplaceRequestParams, error) {
	p.mu.Lock()
	r, ok := p.requests[id]
	p.mu.Unlock()
	if ok {
		return r.Params, nil
	}
	req, err := p.m.FindRequest(ctx, id)
	if err != nil {
		return contracts.IMarketplaceRequestParams{}, err
	}
	p.mu.Lock()
	p.requests[id] = &req
	p.mu.Unlock()
	return req.Params, nil
}

// settle applies other providers' misses for the settle fee: for each
// watched slot with a closed epoch and no proof seen, a static call tells
// whether settling applies misses; only then is a transaction sent.
func (p *Provider) settle(ctx context.Context) {
	closed, err := p.m.ClosedEpochs(ctx)
	if err != nil {
		return
	}
	p.mu.Lock()
	var cands [][32]byte
	for s, w := range p.watched {
		if w.lastProof < closed && closed > w.filled+1 {
			cands = append(cands, s)
		}
	}
	p.mu.Unlock()
	for _, s := range cands {
		misses, err := bind.Call(p.m.inst, &bind.CallOpts{Context: ctx, From: p.me}, p.m.abi.PackSettle(s), p.m.abi.UnpackSettle)
		if err != nil || misses == nil || misses.Sign() == 0 {
			continue
		}
		n, err := p.m.Settle(ctx, s)
		if err != nil {
			p.log.Warn("settle", "slot", short(s), "err", err)
			continue
		}
		p.met.settles.Inc()
		p.log.Info("settled missed epochs", "slot", short(s), "misses", n)
	}
}

// finishEnded calls finish on requests we hold once their end has passed,
// returning our collateral.
func (p *Provider) finishEnded(ctx context.Context, epoch uint64) {
	list, err := p.store.List()
	if err != nil {
		return
	}
	done := map[[32]byte]bool{}
	for _, sh := range list {
		if done[sh.RequestID] || sh.State < storage.StateFilled {
			continue
		}
		done[sh.RequestID] = true
		terms, err := p.requestTerms(ctx, sh.RequestID)
		if err != nil || epoch <= terms.EndEpoch {
			continue
		}
		ri, err := p.m.RequestInfo(ctx, sh.RequestID)
		if err != nil {
			continue
		}
		if ri.State == RequestActive || ri.State == RequestPending {
			if err := p.m.Finish(ctx, sh.RequestID); err != nil {
				// A slot too far behind its settlement must be settled first
				// (in steps of MAX_SETTLE_EPOCHS); finish is retried next epoch.
				if re, ok := chain.AsRevert(err); ok {
					if sf, ok := re.Decoded.(*contracts.MarketplaceSettleFirst); ok {
						if _, err := p.m.Settle(ctx, sf.SlotId); err != nil {
							p.log.Warn("settle before finish", "slot", short(sf.SlotId), "err", err)
						}
					}
				}
				p.log.Debug("finish", "request_id", short(sh.RequestID), "err", err)
				continue
			}
			p.log.Info("finished request", "request_id", short(sh.RequestID))
		}
		p.requestEnded(sh.RequestID)
	}
}

// withdraw takes our pull balance when there is one.
func (p *Provider) withdraw(ctx context.Context) {
	bal, err := p.m.Balance(ctx, p.me)
	if err != nil || bal.Sign() == 0 {
		return
	}
	amt, err := p.m.Withdraw(ctx)
	if err != nil {
		p.log.Warn("withdraw", "err", err)
		return
	}
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(amt), big.NewFloat(1e18)).Float64()
	p.met.withdrawn.Add(f)
	p.log.Info("withdrew", "amount", amt)
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
