package market_test

import (
	"path/filepath"
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/market"
)

// TestConfirmedViewReadsTheLedger: the provider's confirmed view is its
// ledger at Synced(): a fill and a reservation show only after a ledger
// step with the blocks confirmed, and then as the contract shows them.
func TestConfirmedViewReadsTheLedger(t *testing.T) {
	w := newWorld(t, 0)
	ctx := t.Context()
	sr := stageRequest(t, w, 2)
	p := w.idleProvider(t, 3, filepath.Join(t.TempDir(), "p"))
	a := w.account(t, 2)
	if err := a.RegisterProvider(ctx, []byte("not a real peer")); err != nil {
		t.Fatal(err)
	}
	fillAs(t, w, a, sr, 0, 0)
	b := w.account(t, 4) // one slot per provider and request
	if err := b.RegisterProvider(ctx, []byte("not a real peer")); err != nil {
		t.Fatal(err)
	}
	if err := b.EnsureAllowance(ctx, contracts.Tokens(100)); err != nil {
		t.Fatal(err)
	}
	rblock, err := b.ReserveSlot(ctx, sr.req.ID, 1)
	if err != nil {
		t.Fatal(err)
	}
	filled, other := market.SlotID(sr.req.ID, 0), market.SlotID(sr.req.ID, 1)

	// Not stepped since the fill: the view does not show it yet.
	if _, cs, _, _, _, err := p.ConfirmedViewForTest(ctx, filled); err != nil {
		t.Fatal(err)
	} else if cs.State == market.SlotFilled {
		t.Fatal("the confirmed view shows a fill the ledger was never stepped over")
	}

	confirmations := providerConfig().Confirmations
	if err := a.Clock.WaitForBlock(ctx, rblock+confirmations); err != nil {
		t.Fatal(err)
	}
	if err := p.StepLedgerForTest(ctx); err != nil {
		t.Fatal(err)
	}
	at, cs, ok, reqState, rs, err := p.ConfirmedViewForTest(ctx, filled)
	if err != nil {
		t.Fatal(err)
	}
	if at < rblock {
		t.Fatalf("view at block %d, want ≥ %d (the reservation's block, %d confirmations deep)", at, rblock, confirmations)
	}
	si, err := a.SlotInfo(ctx, filled)
	if err != nil {
		t.Fatal(err)
	}
	if !ok || cs.State != market.SlotFilled || cs.Holder != a.Sender().Address() || cs.Index != 0 || cs.Request != sr.req.ID || cs.FillEpoch != si.FillEpoch {
		t.Fatalf("view slot %+v (known %v), want filled by %s at epoch %d", cs, ok, a.Sender().Address(), si.FillEpoch)
	}
	ri, err := a.RequestInfo(ctx, sr.req.ID)
	if err != nil {
		t.Fatal(err)
	}
	if reqState != ri.State {
		t.Fatalf("view request state %s, contract %s", market.RequestStateName(reqState), market.RequestStateName(ri.State))
	}
	if len(rs) != 0 {
		t.Fatalf("filled slot has live reservations %+v in the view", rs)
	}

	_, _, _, _, rs, err = p.ConfirmedViewForTest(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || rs[0].Reserver != b.Sender().Address() || rs[0].Block != rblock {
		t.Fatalf("slot 1 reservations %+v, want one by %s at block %d", rs, b.Sender().Address(), rblock)
	}
}
