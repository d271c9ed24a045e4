package marketv2_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// Reverts of writes and of lens views come back as ContractErrors callers
// branch on with errors.Is, with the typed chain.RevertError kept.
func TestMarketTypedErrors(t *testing.T) {
	w := newWorld(t)
	a := w.newProvider(2, 1, testProverConfig(), nil)
	set := a.Vols[0].SetID
	start, end := w.window(2, 10)
	r := w.request(4096, start, end)
	tid := a.fill(r, 0, 0)
	e := uint64(w.tenure(tid).Join)
	w.step(e, a)
	ctx := t.Context()

	_, err := a.Market.ProveSet(ctx, set, e, make([]byte, 64))
	if !errors.Is(err, marketv2.ErrAlreadyProven) {
		t.Fatalf("second proof: %v, want ErrAlreadyProven", err)
	}
	re, ok := chain.AsRevert(err)
	if !ok {
		t.Fatalf("no chain.RevertError in %v", err)
	}
	if _, ok := re.Decoded.(*contracts.MarketplaceV2AlreadyProven); !ok {
		t.Fatalf("decoded %T, want *contracts.MarketplaceV2AlreadyProven", re.Decoded)
	}
	if _, err := w.Client.ChallengesFor(ctx, set, e+3); !errors.Is(err, marketv2.ErrSeedUnavailable) {
		t.Fatalf("future challenges: %v, want ErrSeedUnavailable", err)
	}
	if _, err := w.Client.Settle(ctx, []*big.Int{tid}); !errors.Is(err, marketv2.ErrNothingToSettle) {
		t.Fatalf("settle with nothing recorded: %v, want ErrNothingToSettle", err)
	}
	if err := w.Client.DeclareFaults(ctx, set, []uint32{1}); !errors.Is(err, marketv2.ErrNotSetOwner) {
		t.Fatalf("declare by a stranger: %v, want ErrNotSetOwner", err)
	}
	if si, err := w.Client.SetInfo(ctx, 999); err != nil || si.Owner != (common.Address{}) {
		t.Fatalf("unknown set: %+v, %v; want a zero record", si, err)
	}
	if _, err := w.Client.Withdraw(ctx); !errors.Is(err, marketv2.ErrNothingToWithdraw) {
		t.Fatalf("empty withdraw: %v, want ErrNothingToWithdraw", err)
	}
}
