package market

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
)

// Hooks for the external tests that step a provider's services by hand.

// RegisterForTest publishes the provider's peer info (Run does it first).
func (p *Provider) RegisterForTest(ctx context.Context) error { return p.register(ctx) }

// ResumeForTest adopts what a previous run left (Run does it second).
func (p *Provider) ResumeForTest(ctx context.Context) error { return p.resume(ctx) }

// ServeForTest serves shards (pushes, fetches) until ctx ends.
func (p *Provider) ServeForTest(ctx context.Context) error { return p.host.Run(ctx) }

// ReservedBy lists the SlotReserved events of one provider, from the
// chain (the tests' independent check; the provider reads its ledger).
func (m *Market) ReservedBy(ctx context.Context, provider common.Address) ([]SlotReservation, error) {
	ls, err := m.logs(ctx, "SlotReserved", nil, nil, []common.Hash{common.BytesToHash(provider.Bytes())})
	if err != nil {
		return nil, err
	}
	return m.parseReservations(ls)
}

// StepLedgerForTest steps the provider's chain ledger once.
func (p *Provider) StepLedgerForTest(ctx context.Context) error { return p.ledger.Step(ctx) }

// ConfirmedViewForTest reads one slot, its request's state and its live
// reservations through the provider's confirmed view.
func (p *Provider) ConfirmedViewForTest(ctx context.Context, slot [32]byte) (at uint64, cs ChainSlot, ok bool, reqState uint8, rs []ChainReservation, err error) {
	v, err := p.views.Confirmed(ctx)
	if err != nil {
		return 0, cs, false, 0, nil, err
	}
	if cs, ok, err = v.Slot(ctx, slot); err != nil {
		return 0, cs, false, 0, nil, err
	}
	if reqState, err = v.RequestState(ctx, cs.Request); err != nil {
		return 0, cs, false, 0, nil, err
	}
	rs, err = v.Reservations(ctx, slot)
	return v.AtBlock(), cs, ok, reqState, rs, err
}
