package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// ProviderV2Status is what `cairn provider status` prints for a v2
// provider: per set the chain's record beside the store and this
// process's counters, then the services' counters.
type ProviderV2Status struct {
	Address common.Address
	PeerID  string
	Epoch   uint64
	Sets    []ProviderV2SetStatus
	// Balance is the withdrawable balance on chain; Withdrawn what this
	// process withdrew.
	Balance, Withdrawn *big.Int
	Sales              marketv2.TakeStats
	// TipRequests is how many times sales listed a request mined above
	// the ledger's confirmed view, before the ledger had it (TipRequests).
	TipRequests int64
	Repairs     *marketv2.TakeStats    // nil unless repairing
	Settler     *marketv2.SettlerStats // nil unless settling
	Scrub       marketv2.ScrubStats
}

// ProviderV2SetStatus is one volume's set: the chain's record (state, live
// members, head, cumulative proven and missed epochs), the bytes its store
// holds and may hold, and the prover's local counters.
type ProviderV2SetStatus struct {
	marketv2.SetStatus
	StateName string
	Volume    string
	Capacity  uint64
}

// Status reads every set's record and joins the local counters. A set
// whose record cannot be read is left out and its error returned beside
// the rest.
func (p *Provider) Status(ctx context.Context) (ProviderV2Status, error) {
	st := ProviderV2Status{Address: p.me, PeerID: p.host.ID().String(), Withdrawn: p.wd.Withdrawn(), Sales: p.sales.Stats(), TipRequests: p.tip.TipSeen(), Scrub: p.scrubber.Stats()}
	if p.repairer != nil {
		r := p.repairer.Stats()
		st.Repairs = &r
	}
	if p.settler != nil {
		s := p.settler.Stats()
		st.Settler = &s
	}
	var errs []error
	var err error
	if st.Epoch, _, err = p.m.Clock.Current(ctx); err != nil {
		errs = append(errs, fmt.Errorf("status: epoch: %w", err))
	}
	if st.Balance, err = p.m.Balance(ctx, p.me); err != nil {
		errs = append(errs, fmt.Errorf("status: balance: %w", err))
	}
	sets, err := p.prover.Status(ctx)
	errs = append(errs, err)
	for _, s := range sets {
		ss := ProviderV2SetStatus{SetStatus: s, StateName: marketv2.SetStateName(s.State)}
		for _, v := range p.vols {
			if v.SetID == s.SetID {
				ss.Volume, ss.Capacity = v.Path, v.Capacity
			}
		}
		st.Sets = append(st.Sets, ss)
	}
	return st, errors.Join(errs...)
}

// Health reports what keeps the provider from earning: an RPC that is
// unreachable or serves a stale head, a set that is not active or missed
// one of the last two epochs, a volume's disk nearly full.
func (p *Provider) Health(ctx context.Context) HealthReport {
	var reasons []string
	head, err := p.m.Client().HeaderByNumber(ctx, nil)
	switch {
	case err != nil:
		reasons = append(reasons, fmt.Sprintf("rpc unreachable: %v", err))
	case p.cfg.MaxHeadAge > 0 && time.Since(time.Unix(int64(head.Time), 0)) > p.cfg.MaxHeadAge:
		reasons = append(reasons, fmt.Sprintf("rpc behind: newest block %d is %s old", head.Number, time.Since(time.Unix(int64(head.Time), 0)).Round(time.Second)))
	}
	if err == nil {
		epoch := (head.Number.Uint64() - min(head.Number.Uint64(), p.m.Clock.Genesis)) / p.m.Clock.EpochBlocks
		for _, v := range p.vols {
			s := p.prover.Stats(v.SetID)
			if s.LastMissed != 0 && s.LastMissed+2 >= epoch && s.LastMissed >= s.LastProven {
				reasons = append(reasons, fmt.Sprintf("set %d missed epoch %d", v.SetID, s.LastMissed))
			}
			si, err := p.m.SetInfo(ctx, v.SetID)
			switch {
			case err != nil:
				reasons = append(reasons, fmt.Sprintf("set %d: %v", v.SetID, err))
			case si.State != marketv2.SetActive:
				reasons = append(reasons, fmt.Sprintf("set %d is %s", v.SetID, marketv2.SetStateName(si.State)))
			}
		}
	}
	reasons = append(reasons, senderReasons(p.ChainStats())...)
	for _, v := range p.vols {
		if free := diskFree(v.Path); free < p.cfg.MinFreeDisk {
			reasons = append(reasons, fmt.Sprintf("volume %s nearly full: %d bytes free, want %d", v.Path, free, p.cfg.MinFreeDisk))
		}
	}
	if len(reasons) > 0 {
		return HealthReport{Status: "degraded", Reasons: reasons}
	}
	return HealthReport{Status: "ok"}
}
