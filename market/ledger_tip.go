package market

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/cairn-storage/cairn/market/ledger"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// maxTipSpan bounds the blocks above the ledger's confirmed view that
// TipRequests reads: a ledger further behind is catching up with history,
// and its own pages will list those requests.
const maxTipSpan = 256

// tipChain is what TipRequests reads at the chain's head (marketv2.Market
// with its clock).
type tipChain interface {
	Head(ctx context.Context) (uint64, error)
	RequestedIn(ctx context.Context, from, to, span uint64) ([]marketv2.Request, error)
}

// marketHead is a marketv2.Market as a tipChain.
type marketHead struct{ *marketv2.Market }

func (m marketHead) Head(ctx context.Context) (uint64, error) {
	_, head, err := m.Clock.Current(ctx)
	return head, err
}

// TipRequests is the sales service's RequestSource: the ledger's open
// requests (LedgerRequests, its confirmed view) followed by the requests
// mined in the blocks above that view, read at the head (one eth_getLogs
// of at most Confirmations blocks per new head). A new request's slots are
// reserved as soon as it is mined instead of Confirmations blocks later
// (on a public chain with 12 confirmations, minutes earlier). Acting on an
// unconfirmed request is safe where deleting on one is not: a reorg that
// drops the request makes our reservation revert or vanish with it, and
// nothing we hold is deleted on that view (shards are deleted only on the
// confirmed one, docs/market.md). A failed tip read is logged once per
// run of failures and costs nothing but the head start: the ledger's list
// is returned alone.
type TipRequests struct {
	Ledger *ledger.Ledger
	Chain  tipChain
	Log    *slog.Logger

	mu     sync.Mutex
	head   uint64 // the head of the cached read
	synced uint64 // the confirmed block it started above
	reqs   []marketv2.Request
	failed atomic.Bool
	seen   atomic.Int64 // tip requests listed that the ledger did not have yet
}

// Requests implements marketv2.RequestSource.
func (t *TipRequests) Requests(ctx context.Context) ([]marketv2.Request, error) {
	out, err := LedgerRequests{Ledger: t.Ledger}.Requests(ctx)
	if err != nil {
		return nil, err
	}
	tip, err := t.tip(ctx)
	if err != nil {
		if !t.failed.Swap(true) && t.Log != nil {
			t.Log.Warn("reading new requests above the confirmed view failed; the ledger's list is used alone until it works", "err", err)
		}
		return out, nil
	}
	t.failed.Store(false)
	have := make(map[[32]byte]bool, len(out))
	for _, r := range out {
		have[r.ID] = true
	}
	for _, r := range tip {
		if !have[r.ID] {
			have[r.ID] = true
			out = append(out, r)
			t.seen.Add(1)
		}
	}
	return out, nil
}

// TipSeen is how many times a request was listed from above the confirmed
// view before the ledger had it.
func (t *TipRequests) TipSeen() int64 { return t.seen.Load() }

// tip returns the requests of the blocks (synced, head], read once per
// head and confirmed block.
func (t *TipRequests) tip(ctx context.Context) ([]marketv2.Request, error) {
	synced := t.Ledger.Synced().Block
	head, err := t.Chain.Head(ctx)
	if err != nil {
		return nil, err
	}
	if head <= synced || head-synced > maxTipSpan {
		return nil, nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.head == head && t.synced == synced {
		return t.reqs, nil
	}
	reqs, err := t.Chain.RequestedIn(ctx, synced+1, head, maxTipSpan)
	if err != nil {
		return nil, err
	}
	t.head, t.synced, t.reqs = head, synced, reqs
	return reqs, nil
}

var _ marketv2.RequestSource = (*TipRequests)(nil)
