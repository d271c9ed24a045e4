package ledger_test

import (
	"bytes"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/rpcproxy"
	"github.com/cairn-storage/cairn/market/ledger"
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
	// r1 is held to its end (A accepted, D repaired), r2 terminated; r3
	// has C's dead slot, r4 a slot never filled.
	open, err := l.OpenSlotRequests()
	if err != nil {
		t.Fatal(err)
	}
	var got [][32]byte
	for _, q := range open {
		got = append(got, q.ID)
	}
	want := [][32]byte{f.reqs[2].id, f.reqs[3].id}
	slices.SortFunc(want, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
	if !slices.Equal(got, want) {
		t.Fatalf("requests with open slots %x, want %x", got, want)
	}
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

// TestLedgerV2Closes covers what the scripted market does not: an audit
// that lapses (its holder silent for the audit's epochs), and the three
// other ends of a request — cancelled after expiry, failed once no slot is
// held (after a Repair whose unvested bonus returns to the reserve),
// finished after its last epoch with its members removed and finalized —
// each checked against the lens.
func TestLedgerV2Closes(t *testing.T) {
	f := newFx2(t)
	ctx := t.Context()
	l := f.open(t.TempDir(), f.Client, 2)
	check := func(phase string) {
		t.Helper()
		t.Logf("phase %s (epoch %d)", phase, f.CurrentEpoch())
		f.sync(l, 2)
		f.check2(l)
	}
	a, b, c := f.provider(2, marketv2.AcceptAll), f.provider(3, marketv2.AcceptAll), f.provider(4, marketv2.AcceptAll)
	start := f.CurrentEpoch() + 6
	short, audited, failing := f.request(start, start+6), f.request(start, start+30), f.request(start, start+30)
	cancelled := f.request(start, start+30, func(p *contracts.IMarketplaceV2RequestParams) { p.CancelOnExpiry = true })
	var tids []*big.Int
	for _, r := range []*req2{short, audited, failing} {
		tids = append(tids, a.fill(r, 0, 0), b.fill(r, 1, 0))
	}
	check("filled")

	f.step(start + 1)
	if err := f.client.CancelRequest(ctx, cancelled.id); err != nil {
		t.Fatalf("cancel: %v", err)
	}
	check("cancelled")

	tid, aEpoch, err := f.client.AuditSlot(ctx, audited.id, 1)
	if err != nil {
		t.Fatalf("audit: %v", err)
	}
	b.quiet = true // B answers nothing in the audit's epochs
	f.step(aEpoch + marketv2.AuditEpochs)
	f.ToEpoch(aEpoch+marketv2.AuditEpochs, f.Config.GraceBlocks+1)
	lapsed, err := f.client.ResolveAudit(ctx, tid)
	if err != nil || !lapsed {
		t.Fatalf("resolve audit: lapsed=%v err %v", lapsed, err)
	}
	b.quiet = false
	check("audit lapsed")

	declare := func(p *prov2, tid *big.Int) {
		t.Helper()
		_, mid := marketv2.SplitTenure(tid)
		if err := p.m.DeclareFaults(ctx, p.set(), []uint32{mid}); err != nil {
			t.Fatalf("declare: %v", err)
		}
	}
	declare(a, tids[4])
	repair := c.fill(failing, 0, 0) // a Repair with the bonus, from the reserve
	if ti, err := f.client.TenureInfo(ctx, repair); err != nil || ti.Bonus.Sign() == 0 {
		t.Fatalf("repair tenure %+v (err %v): no bonus", ti, err)
	}
	check("repaired with a bonus")
	declare(c, repair) // nothing vested: the whole bonus goes back to the reserve
	if info, err := f.client.RequestInfo(ctx, failing.id); err != nil || info.ReserveLeft.Cmp(failing.p.RepairReserve) != 0 {
		t.Fatalf("reserve after the bonus came back: %v (err %v), want %v", info.ReserveLeft, err, failing.p.RepairReserve)
	}
	declare(b, tids[5])
	if err := f.client.FailRequest(ctx, failing.id); err != nil {
		t.Fatalf("fail: %v", err)
	}
	check("failed")

	f.step(short.p.EndEpoch + 1)
	f.ToEpoch(short.p.EndEpoch, f.Config.GraceBlocks+1)
	if err := f.client.Finish(ctx, short.id); err != nil {
		t.Fatalf("finish: %v", err)
	}
	f.step(f.CurrentEpoch() + 2) // the holders settle and finalize
	check("finished")
	states := map[[32]byte]ledger.RequestStateV2{short.id: ledger.V2Finished, audited.id: ledger.V2Active,
		failing.id: ledger.V2Failed, cancelled.id: ledger.V2Cancelled}
	for id, want := range states {
		if r, _, _ := l.RequestV2(id); r.State != want {
			t.Fatalf("request %x: state %d, want %d", id[:4], r.State, want)
		}
	}
}

// TestLedgerV2DrivesProvers runs the scripted market twice, the providers'
// Markets behind a counting rpcproxy: once with their provers listing
// tenures by ChainTenures, once from a 0-confirmation ledger through
// market.LedgerTenures. Both pass every check against the lens (so the
// provers did every duty — removals, extension decisions, audit answers,
// settlements — from the ledger), and the ledger saves the per-tenure view
// calls.
func TestLedgerV2DrivesProvers(t *testing.T) {
	calls := map[string]int64{}
	for _, lister := range []string{"chain", "ledger"} {
		t.Run(lister, func(t *testing.T) {
			f := newFx2(t)
			p, err := rpcproxy.New(f.node.URL)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(p.Close)
			f.provRPC = p.URL()
			if lister == "ledger" {
				f.drive = f.open(t.TempDir(), f.Client, 0)
			}
			l := f.open(t.TempDir(), f.Client, 2)
			v2Market(f, func(string) {
				f.sync(l, 2)
				f.check2(l)
			})
			calls[lister] = p.Received("eth_call")
		})
	}
	t.Logf("providers' eth_call over the scripted market: %v", calls)
	if t.Failed() || calls["ledger"] >= calls["chain"] {
		t.Fatalf("eth_call with the ledger %d, with ChainTenures %d", calls["ledger"], calls["chain"])
	}
}
