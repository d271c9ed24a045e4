package ledger_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

func declineAll(marketv2.Tenure, contracts.IMarketplaceV2RequestInfo) bool { return false }

// v2Market scripts a v2 market phase by phase, calling after(name) when
// each phase is done: three requests filled into the sets of A, B and C
// (one after a lapsed reservation, at an escalated deposit), proofs and
// settlements, an audit answered, an extension accepted by A and declined
// by B with a Renewal by C, a fault declared by A and repaired by B with
// a bonus, a termination with its removals and finalizations, and C's set
// failing, one of its slots repaired by D and its tenures settled.
func v2Market(f *fx2, after func(phase string)) {
	t, ctx := f.t, f.t.Context()
	a := f.provider(2, marketv2.AcceptAll)
	b := f.provider(3, declineAll)
	c := f.provider(4, marketv2.AcceptAll)
	d := f.provider(5, marketv2.AcceptAll)
	start := f.CurrentEpoch() + 8
	end := start + 40
	r1, r2, r3, r4 := f.request(start, end), f.request(start, end), f.request(start, end), f.request(start, end)
	after("requested")

	a.reserve(r4, 0)
	b.reserve(r4, 0)
	rd := d.reserveTicketed(r4, 0) // evicts B's, the newest unticketed one
	after("evicted")
	d.fill(r4, 0, rd) // A's live reservation is dropped; slot 1 stays open

	a.fill(r1, 0, 0)
	b.fill(r1, 1, 0)
	a.fill(r2, 0, 0)
	b.fill(r2, 1, 0)
	a3 := a.fill(r3, 0, 0)
	b.reserve(r3, 1)
	f.Mine(f.Config.ReservationTTL + 1)
	rb := c.reserve(r3, 1) // sweeps B's lapsed reservation: deposit level 1
	after("reserved")
	c.fill(r3, 1, rb)
	after("filled")

	for e := f.CurrentEpoch(); e < start+4; e++ {
		f.step(e)
	}
	after("proven")

	if _, _, err := f.client.AuditSlot(ctx, r2.id, 0); err != nil {
		t.Fatalf("audit: %v", err)
	}
	after("audit requested")
	f.step(f.CurrentEpoch() + 1) // A answers in the audited epoch
	after("audit answered")

	if err := f.client.ExtendRequest(ctx, r1.id, end+10, contracts.Tokens(1)); err != nil {
		t.Fatalf("extend: %v", err)
	}
	f.step(f.CurrentEpoch() + 1) // A accepts, B declines
	after("extension decided")
	c.fill(r1, 1, 0) // a Renewal of B's declined tenure
	after("renewed")

	f.step(f.CurrentEpoch() + 1)
	if _, _, err := f.client.AuditSlot(ctx, r3.id, 0); err != nil {
		t.Fatalf("audit: %v", err)
	}
	_, mid := marketv2.SplitTenure(a3) // the declaration cancels the open audit
	if err := a.m.DeclareFaults(ctx, a.set(), []uint32{mid}); err != nil {
		t.Fatalf("declare: %v", err)
	}
	after("fault declared")
	b.fill(r3, 0, 0) // a Repair with the bonus
	after("repaired")

	if err := f.client.TerminateRequest(ctx, r2.id); err != nil {
		t.Fatalf("terminate: %v", err)
	}
	after("terminated")
	for e, stop := f.CurrentEpoch()+1, f.CurrentEpoch()+4; e < stop; e++ {
		f.step(e) // members removed in stop − 1, then settled and closed
	}
	after("removed")

	c.quiet = true
	for e, to := f.CurrentEpoch()+1, f.CurrentEpoch()+6; e < to; e++ {
		f.step(e)
	}
	f.ToEpoch(f.CurrentEpoch(), f.Config.GraceBlocks+1)
	if err := f.client.SettleSet(ctx, c.set()); err != nil {
		t.Fatalf("settle set: %v", err)
	}
	if si, err := f.client.SetInfo(ctx, c.set()); err != nil || si.State != marketv2.SetFailedState {
		t.Fatalf("C's set after its misses: %+v (err %v), want failed", si, err)
	}
	after("set failed")
	d.fill(r1, 1, 0) // a Repair of C's slot: C's tenure is cut at the set's stop
	after("set repaired")
	var cs []*big.Int
	ts, err := c.m.SetInfo(ctx, c.set())
	if err != nil {
		t.Fatal(err)
	}
	for m := uint32(1); m < ts.NextMid; m++ {
		cs = append(cs, marketv2.TenureID(c.set(), m))
	}
	if _, err := f.client.Settle(ctx, cs); err != nil {
		t.Fatalf("settle C's tenures: %v", err)
	}
	after("dead set settled")

	extra, err := d.m.CreateSet(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d.sets = append(d.sets, extra)
	f.step(f.CurrentEpoch() + 1)
	if err := d.m.RetireSet(ctx, extra); err != nil {
		t.Fatalf("retire: %v", err)
	}
	after("set retired")
}

// eventNames counts the Marketplace's logs by event name.
func (f *fx2) eventNames() map[string]int {
	f.t.Helper()
	a, err := contracts.MarketplaceV2MetaData.ParseABI()
	if err != nil {
		f.t.Fatal(err)
	}
	logs, err := f.client.Client().FilterLogs(f.t.Context(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(f.Dep.Block), Addresses: []common.Address{f.Dep.Marketplace},
	})
	if err != nil {
		f.t.Fatal(err)
	}
	out := map[string]int{}
	for _, l := range logs {
		if ev, err := a.EventByID(l.Topics[0]); err == nil {
			out[ev.Name]++
		}
	}
	return out
}

// TestLedgerV2Scenario runs the scripted v2 market with a ledger at 2
// confirmations: after every phase its answers equal the lens's views and
// ChainTenures'/RequestEvents' answers.
func TestLedgerV2Scenario(t *testing.T) {
	f := newFx2(t)
	l := f.open(t.TempDir(), f.Client, 2)
	v2Market(f, func(phase string) {
		t.Logf("phase %s (epoch %d)", phase, f.CurrentEpoch())
		f.sync(l, 2)
		f.check2(l)
	})
	seen := f.eventNames()
	for _, name := range []string{"ProviderRegistered", "StorageRequested", "SetCreated", "SetProven", "SetSettled",
		"SetFailed", "SetRetired", "MemberAdded", "MemberMoved", "MemberRemoved", "SlotReserved", "ReservationLapsed",
		"ReservationEvicted", "SlotFilled", "TenureCut", "TenureSettled", "TenureClosed", "FaultDeclared",
		"RequestExtended", "ExtensionAccepted", "ExtensionDeclined", "RequestClosed", "RequestTerminated",
		"AuditRequested", "AuditAnswered", "AuditResolved"} {
		if seen[name] == 0 {
			t.Errorf("the scenario emitted no %s", name)
		}
	}
	t.Logf("events: %v", seen)
	fresh := f.open(t.TempDir(), f.Client, 2)
	if err := fresh.Step(t.Context()); err != nil {
		t.Fatal(err)
	}
	sameDump(t, "stepped per phase vs one scan", dump(t, l), dump(t, fresh))
}
