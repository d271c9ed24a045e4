package marketv2

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

// RequestEvents is a RequestSource reading StorageRequested events
// incrementally from the deployment block (until the node's ledger
// implements RequestSource). It lists every request seen, live or not:
// takers read each one's state.
type RequestEvents struct {
	m *Market
	// Span bounds one eth_getLogs range (public RPCs refuse wide ones).
	Span uint64

	mu   sync.Mutex
	next uint64
	reqs []Request
}

// NewRequestEvents reads m's StorageRequested events.
func NewRequestEvents(m *Market) *RequestEvents {
	return &RequestEvents{m: m, Span: 5000, next: m.Deployment().Block}
}

// Requests returns every request requested so far, oldest first.
func (r *RequestEvents) Requests(ctx context.Context) ([]Request, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	head, err := r.m.Client().BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("request events: %w", err)
	}
	if r.next <= head {
		reqs, err := r.m.RequestedIn(ctx, r.next, head, r.Span)
		if err != nil {
			return nil, fmt.Errorf("request events: %w", err)
		}
		r.reqs = append(r.reqs, reqs...)
		r.next = head + 1
	}
	return append([]Request(nil), r.reqs...), nil
}

// RequestedIn returns the requests of the StorageRequested events of
// blocks [from, to] (id and placement), oldest first, in eth_getLogs
// ranges of at most span blocks.
func (m *Market) RequestedIn(ctx context.Context, from, to, span uint64) ([]Request, error) {
	a, err := contracts.MarketplaceV2MetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	q := ethereum.FilterQuery{Addresses: []common.Address{m.Address()}, Topics: [][]common.Hash{{a.Events["StorageRequested"].ID}}}
	logs, err := chain.FilterLogsPaged(ctx, m.Client(), q, from, to, span)
	if err != nil {
		return nil, err
	}
	reqs := make([]Request, 0, len(logs))
	for i := range logs {
		ev, err := m.mp.UnpackStorageRequestedEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("decode StorageRequested: %w", err)
		}
		reqs = append(reqs, Request{ID: ev.RequestId, Allowed: Placement(ev.Params)})
	}
	return reqs, nil
}

// Placement is a request's allowedProviders as Request.Allowed carries
// it: one address per slot, or nil when the request placed none.
func Placement(p contracts.IMarketplaceV2RequestParams) []common.Address {
	if len(p.AllowedProviders) != int(p.K)+int(p.M) {
		return nil
	}
	return p.AllowedProviders
}
