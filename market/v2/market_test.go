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

// The read views agree with what the test did.
func TestMarketReads(t *testing.T) {
	w := newWorld(t)
	a := w.newProvider(2, 1, testProverConfig(), nil)
	start, end := w.window(2, 10)
	r := w.request(4096, start, end)
	tid := a.fill(r, 0, 0)
	ctx := t.Context()
	if role, err := w.Client.RoleOf(ctx, r.id, a.acct.Addr); err != nil || role != marketv2.RoleHolder {
		t.Fatalf("role %d (%v), want Holder", role, err)
	}
	res, err := w.Client.Reservations(ctx, r.id, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range res { // the view lists the slot's entries; a fill clears them
		if x.Reserver != (common.Address{}) {
			t.Fatalf("reservations after the fill: %+v", res)
		}
	}
	if d, err := w.Client.DepositFor(ctx, r.id, 1); err != nil || d.Cmp(w.Config.MinDeposit) != 0 {
		t.Fatalf("deposit %s (%v), want the minimum %s", d, err, w.Config.MinDeposit)
	}
	si, err := w.Client.SlotInfo(ctx, r.id, 0)
	if err != nil || si.Tenure.Cmp(tid) != 0 || si.Root != r.p.ShardRoots[0] || si.SlotId != [32]byte(r.slot(0)) {
		t.Fatalf("slot info %+v (%v)", si, err)
	}
	if si, err := w.Client.SlotInfo(ctx, r.id, 1); err != nil || si.Kind != marketv2.KindInitial {
		t.Fatalf("open slot: %+v (%v), want Initial", si, err)
	}
	ri, err := w.Client.RequestInfo(ctx, r.id)
	if err != nil || ri.Client != w.Accounts[1].Addr || uint64(ri.EndEpoch) != end || ri.State != marketv2.RequestPending {
		t.Fatalf("request info %+v (%v)", ri, err)
	}
	ti := w.tenure(tid)
	if ti.Owner != a.acct.Addr || ti.SetId != a.Vols[0].SetID || ti.Cls != 6 || uint64(ti.End) != end || ti.EStar != ti.End {
		t.Fatalf("tenure info %+v", ti)
	}
	cur, err := w.Client.CurrentEpoch(ctx)
	if err != nil || cur != (w.Head()-w.Dep.Block)/w.Config.EpochBlocks {
		t.Fatalf("current epoch %d (%v)", cur, err)
	}
	closed, err := w.Client.ClosedEpochs(ctx)
	if err != nil || closed > cur {
		t.Fatalf("closed epochs %d (%v), current %d", closed, err, cur)
	}
	last, err := w.Client.LastSetID(ctx)
	if err != nil || last != a.Vols[0].SetID {
		t.Fatalf("last set id %d (%v)", last, err)
	}
	if seed, err := w.Client.EpochSeed(ctx, cur); err != nil || seed == ([32]byte{}) {
		t.Fatalf("seed of the current epoch %x (%v)", seed, err)
	}
	if m := w.Client.Deployment(); m.Lens != w.Dep.Lens || m.Block != w.Dep.Block || w.Client.Config.Challenges != w.Config.Challenges {
		t.Fatalf("deployment %+v, config %+v", m, w.Client.Config)
	}
}

// FillFromStore before the reservation's fill block exists fails with the
// contract's reason; after it, it fills.
func TestFillFromStoreWaitsForItsBlock(t *testing.T) {
	w := newWorld(t)
	a := w.newProvider(2, 1, testProverConfig(), nil)
	start, end := w.window(2, 10)
	r := w.request(2048, start, end)
	vol := a.Vols[0]
	putShard(t, vol.Store, r, r.shards[0])
	ctx := t.Context()
	rb, err := a.Market.ReserveSlot(ctx, r.id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err = a.Market.FillFromStore(ctx, vol.Store, vol.SetID, r.id, 0); !errors.Is(err, marketv2.ErrFillSeed) {
		t.Fatalf("fill before block %d: %v, want ErrFillSeed", rb+w.Config.FillDelayBlocks, err)
	}
	w.Mine(w.Config.FillDelayBlocks + 1)
	tid, err := a.Market.FillFromStore(ctx, vol.Store, vol.SetID, r.id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if set, mid := marketv2.SplitTenure(tid); set != vol.SetID || mid != 1 {
		t.Fatalf("tenure %s: set %d mid %d", tid, set, mid)
	}
}
