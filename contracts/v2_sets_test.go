package contracts_test

import (
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
)

// TestV2RetireSet: retiring a set with a live member stops it at head; the
// member's slot is a Repair at once and its settle burns the collateral
// after paying the proven epochs.
func TestV2RetireSet(t *testing.T) {
	w := newWorld(t, nil)
	w.run(w.r.p.StartEpoch + 2)
	w.ExpectRevert(w.provs[1], w.MP.PackRetireSet(w.sets[0]), "NotSetOwner")
	w.MustSend(w.provs[0], w.MP.PackRetireSet(w.sets[0]))
	si := w.setInfo(w.sets[0])
	if si.State != 2 || si.Stop != si.Head {
		t.Fatalf("retired set: state %d stop %d head %d", si.State, si.Stop, si.Head)
	}
	if k := w.slotInfo(w.r, 0).Kind; k != 3 {
		t.Fatalf("slot of a retired set: kind %d, want Repair", k)
	}
	w.ExpectRevert(w.provs[0], w.MP.PackProveSet(w.sets[0], uint32(w.CurrentEpoch()), nil), "SetNotActive")
	burned0 := w.Burned()
	w.MustSend(w.Accounts[6], w.MP.PackSettle(w.tids[:1]))
	ti := w.tenure(w.tids[0])
	if ti.Flags&8 == 0 {
		t.Fatalf("tenure of a retired set not final: flags %d", ti.Flags)
	}
	wantEq(t, "burned", sub(w.Burned(), burned0), tokens(10))
	w.checkFunds("retired")
}

// TestV2HistoryConstructor (L-4): a reservation TTL above 256 blocks needs
// EIP-2935's history contract, which prague anvil has: the deployment
// succeeds and the contract reads fill hashes through it.
func TestV2HistoryConstructor(t *testing.T) {
	cfg := contracttest.TestConfig()
	cfg.ReservationTTL = 300
	env := contracttest.DeployV2(t, anviltest.Shared(t), cfg, contracttest.Options{Accounts: 2})
	got := contracttest.CallV2(env, env.MP.PackConfig(), env.MP.UnpackConfig)
	if got.ReservationTTL != 300 {
		t.Fatalf("ttl %d", got.ReservationTTL)
	}
}

// TestV2FacetDirectCall: the facet refuses calls that are not delegated
// from the marketplace (they would act on the facet's own storage).
func TestV2FacetDirectCall(t *testing.T) {
	f := newV2(t, contracttest.TestConfig())
	facet := contracts.NewMarketplaceV2Facet().Instance(f.Client, f.Dep.Facet)
	_, err := f.SendTo(facet, f.Accounts[2], f.MP.PackTerminateRequest([32]byte{1}))
	if got := contracttest.ErrorName(err); got != "OnlyDelegated" {
		t.Fatalf("direct facet call: %q (%v), want OnlyDelegated", got, err)
	}
}
