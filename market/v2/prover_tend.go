package marketv2

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// tend does the per-tenure duties of one set in epoch: answer open audits,
// remove members at e* − 1, decide extensions, settle in batches and
// release the shards of finished tenures (§10.3).
func (p *Prover) tend(ctx context.Context, s ProvedSet, info contracts.IMarketplaceV2SetInfo, epoch uint64, tenures []Tenure) error {
	active := info.State == SetActive
	var (
		errs            error
		remove          []uint32
		accept, decline []*big.Int
		settle          []*big.Int
	)
	reqs := map[[32]byte]*contracts.IMarketplaceV2RequestInfo{}
	request := func(id [32]byte) (*contracts.IMarketplaceV2RequestInfo, error) {
		if r, ok := reqs[id]; ok {
			return r, nil
		}
		r, err := p.deps.Chain.RequestInfo(ctx, id)
		if err != nil {
			return nil, err
		}
		reqs[id] = &r
		return &r, nil
	}
	for _, t := range tenures {
		ti := t.Info
		if t.Final() {
			if ti.Audit == 0 && (!active || ti.Out != 0 && epoch > uint64(ti.Out) || ti.Flags&FlagForfeit != 0) {
				errs = errors.Join(errs, p.release(s, t))
			}
			continue
		}
		if ti.Audit != 0 && active && epoch >= uint64(ti.Audit) && epoch <= uint64(ti.Audit)+p.cfg.AuditEpochs {
			errs = errors.Join(errs, p.answer(ctx, s, t))
		}
		inView := ti.Out == 0 && active
		switch {
		case inView && ti.EStar != NoEpoch && epoch+1 >= uint64(ti.EStar):
			remove = append(remove, t.Mid)
		case inView && ti.Flags&(FlagDeclined|FlagForfeit) == 0 && epoch+1 < uint64(ti.End):
			r, err := request(ti.RequestId)
			if err != nil {
				errs = errors.Join(errs, err)
				break
			}
			if live(r) && r.EndEpoch > ti.End {
				if p.deps.Policy(t, *r) {
					accept = append(accept, t.ID)
				} else {
					decline = append(decline, t.ID)
				}
			}
		}
		if settleable(ti, uint64(info.Head), active, p.cfg.SettleEvery) {
			settle = append(settle, t.ID)
		}
	}
	if len(remove) > 0 {
		if err := p.deps.Chain.RemoveMembers(ctx, s.SetID, remove); err != nil {
			errs = errors.Join(errs, fmt.Errorf("remove members %v: %w", remove, err))
		} else {
			p.count(s.SetID, func(st *SetStats) { st.Removed += uint64(len(remove)) })
			p.log.Info("members removed", "set_id", s.SetID, "epoch", epoch, "mids", remove)
		}
	}
	if len(accept) > 0 {
		if err := p.deps.Chain.AcceptExtension(ctx, accept); err != nil {
			errs = errors.Join(errs, fmt.Errorf("accept extensions: %w", err))
		} else {
			p.count(s.SetID, func(st *SetStats) { st.Accepted += uint64(len(accept)) })
		}
	}
	if len(decline) > 0 {
		if err := p.deps.Chain.DeclineExtension(ctx, decline); err != nil {
			errs = errors.Join(errs, fmt.Errorf("decline extensions: %w", err))
		} else {
			p.count(s.SetID, func(st *SetStats) { st.Declined += uint64(len(decline)) })
		}
	}
	for i := 0; i < len(settle); i += p.cfg.SettleBatch {
		batch := settle[i:min(i+p.cfg.SettleBatch, len(settle))]
		evs, err := p.deps.Chain.Settle(ctx, batch)
		if err != nil && !errors.Is(err, ErrNothingToSettle) {
			errs = errors.Join(errs, fmt.Errorf("settle %d tenures: %w", len(batch), err))
			continue
		}
		p.count(s.SetID, func(st *SetStats) { st.TenuresSettled += uint64(len(evs)) })
	}
	return errs
}

func live(r *contracts.IMarketplaceV2RequestInfo) bool {
	return !r.Closed && (r.State == RequestPending || r.State == RequestActive)
}

// settleable: enough recorded epochs to be worth a settlement, the last
// ones of the tenure, or a finalization due (§9.2, §9.4).
func settleable(ti contracts.IMarketplaceV2TenureInfo, head uint64, active bool, every uint64) bool {
	to := min(uint64(ti.B), head)
	if ti.Audit != 0 {
		to = min(to, uint64(ti.Audit))
	}
	from := uint64(ti.Settled)
	if to > from {
		return to-from >= every || to == uint64(ti.B)
	}
	return from == uint64(ti.B) && ti.Audit == 0 && (ti.Out != 0 || !active || ti.Flags&FlagForfeit != 0)
}

// answer answers the tenure's open audit with the v1 proof of its
// challenges; a shard that cannot answer is declared instead (which
// cancels the audit).
func (p *Prover) answer(ctx context.Context, s ProvedSet, t Tenure) error {
	idx, err := p.deps.Chain.AuditChallenges(ctx, t.ID)
	if errors.Is(err, ErrNoAudit) {
		return nil
	}
	if err != nil {
		return err
	}
	proof, err := proveSlot(s.Store, t.Slot(), t.Info.Root, idx)
	if err != nil && !lostShard(err) {
		return fmt.Errorf("audit of member %d: %w", t.Mid, err)
	}
	if err != nil {
		p.log.Warn("audit: shard cannot answer, declaring it", "set_id", s.SetID, "mid", t.Mid, "err", err)
		return p.declareLost(ctx, s, []uint32{t.Mid}, []storage.SlotID{t.Slot()})
	}
	if err := p.deps.Chain.AnswerAudit(ctx, t.ID, proof); err != nil && !errors.Is(err, ErrNoAudit) {
		return fmt.Errorf("answer audit of member %d: %w", t.Mid, err)
	}
	p.count(s.SetID, func(st *SetStats) { st.AuditsAnswered++ })
	p.log.Info("audit answered", "set_id", s.SetID, "mid", t.Mid, "epoch", t.Info.Audit)
	return nil
}

func (p *Prover) release(s ProvedSet, t Tenure) error {
	if err := s.Store.Delete(t.Slot()); err != nil {
		if errors.Is(err, storage.ErrNotFound) {
			return nil
		}
		return fmt.Errorf("release shard of member %d: %w", t.Mid, err)
	}
	p.count(s.SetID, func(st *SetStats) { st.Released++ })
	return nil
}
