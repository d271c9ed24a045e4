package market

import (
	"context"
	"fmt"
	"time"
)

// HealthReport is what /health answers: "ok", or "degraded" with reasons.
type HealthReport struct {
	Status  string   `json:"status"`
	Reasons []string `json:"reasons,omitempty"`
}

// health checks what makes a provider unable to earn: an RPC that is
// unreachable or serves a stale head, a proof that failed in the last
// epoch, a disk nearly full.
type health struct {
	cfg    ProviderConfig
	m      *Market
	prover interface{ FailedLast() bool }
	dir    string
	now    func() time.Time
}

func (h *health) check(ctx context.Context) HealthReport {
	now := time.Now
	if h.now != nil {
		now = h.now
	}
	var reasons []string
	head, err := h.m.Client().HeaderByNumber(ctx, nil)
	switch {
	case err != nil:
		reasons = append(reasons, fmt.Sprintf("rpc unreachable: %v", err))
	case h.cfg.MaxHeadAge > 0 && now().Sub(time.Unix(int64(head.Time), 0)) > h.cfg.MaxHeadAge:
		reasons = append(reasons, fmt.Sprintf("rpc behind: newest block %d is %s old", head.Number, now().Sub(time.Unix(int64(head.Time), 0)).Round(time.Second)))
	}
	if h.prover != nil && h.prover.FailedLast() {
		reasons = append(reasons, "a proof failed in the last epoch")
	}
	if free := diskFree(h.dir); free < h.cfg.MinFreeDisk {
		reasons = append(reasons, fmt.Sprintf("disk nearly full: %d bytes free, want %d", free, h.cfg.MinFreeDisk))
	}
	if len(reasons) > 0 {
		return HealthReport{Status: "degraded", Reasons: reasons}
	}
	return HealthReport{Status: "ok"}
}
