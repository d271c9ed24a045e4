package market

import (
	"context"

	"github.com/cairn-storage/cairn/market/ledger"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// LedgerTenures is a v2 ledger as the prover's marketv2.TenureLister: a
// set's tenures from the ledger, no view call. PendingPay and
// PendingSlash are nil (docs/ledger.md); the prover does not read them.
type LedgerTenures struct{ Ledger *ledger.Ledger }

// Tenures implements marketv2.TenureLister.
func (a LedgerTenures) Tenures(_ context.Context, setID uint64) ([]marketv2.Tenure, error) {
	ts, err := a.Ledger.SetTenures(setID)
	if err != nil {
		return nil, err
	}
	out := make([]marketv2.Tenure, len(ts))
	for i, t := range ts {
		out[i] = marketv2.Tenure{ID: t.ID, Mid: t.Mid, Info: t.Info}
	}
	return out, nil
}

// LedgerRequests is a v2 ledger as a marketv2.RequestSource, without
// tickets (those come from clients, not the chain). For the takers (sales,
// repairer) it lists the live requests that may have an open slot
// (ledger.OpenSlotRequests); with All, every live request
// (ledger.LiveRequestsV2), which the settler needs: the sets it watches
// hold slots of requests that look fully held until their failure is
// recorded.
type LedgerRequests struct {
	Ledger *ledger.Ledger
	All    bool
}

// Requests implements marketv2.RequestSource.
func (a LedgerRequests) Requests(context.Context) ([]marketv2.Request, error) {
	list := a.Ledger.OpenSlotRequests
	if a.All {
		list = a.Ledger.LiveRequestsV2
	}
	rs, err := list()
	if err != nil {
		return nil, err
	}
	out := make([]marketv2.Request, len(rs))
	for i, r := range rs {
		out[i] = marketv2.Request{ID: r.ID, Allowed: marketv2.Placement(r.Params)}
	}
	return out, nil
}

var (
	_ marketv2.TenureLister  = LedgerTenures{}
	_ marketv2.RequestSource = LedgerRequests{}
)
