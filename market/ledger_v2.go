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

// LedgerRequests is a v2 ledger as the takers' marketv2.RequestSource:
// the live requests that may have an open slot (ledger.OpenSlotRequests),
// without tickets (those come from clients, not the chain).
type LedgerRequests struct{ Ledger *ledger.Ledger }

// Requests implements marketv2.RequestSource.
func (a LedgerRequests) Requests(context.Context) ([]marketv2.Request, error) {
	rs, err := a.Ledger.OpenSlotRequests()
	if err != nil {
		return nil, err
	}
	out := make([]marketv2.Request, len(rs))
	for i, r := range rs {
		out[i] = marketv2.Request{ID: r.ID}
	}
	return out, nil
}

var (
	_ marketv2.TenureLister  = LedgerTenures{}
	_ marketv2.RequestSource = LedgerRequests{}
)
