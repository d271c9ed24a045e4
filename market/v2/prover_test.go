package marketv2_test

import (
	"math/big"
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

func testProverConfig() marketv2.ProverConfig {
	cfg := marketv2.DefaultProverConfig()
	cfg.SettleEvery = 100 // settle at the end only: one settlement per tenure
	cfg.SettleBatch = 3   // four tenures → two transactions
	return cfg
}

// provenEpochs maps epoch → SetProven count for one set.
func (w *world) provenEpochs(set uint64) map[uint64]int {
	w.t.Helper()
	out := map[uint64]int{}
	for _, l := range w.logs("SetProven", set) {
		ev, err := w.abi.UnpackSetProvenEvent(&l)
		if err != nil {
			w.t.Fatal(err)
		}
		out[ev.Epoch.Uint64()]++
	}
	return out
}

// A provider with two sets of mixed shard sizes sends one proveSet per set
// per epoch for every epoch of its tenures, removes its members in their
// last epoch, settles in batches, gets its pay and collateral exactly, and
// releases the shards.
func TestProverTwoSetsProveEveryEpochAndArePaid(t *testing.T) {
	w := newWorld(t)
	a := w.newProvider(2, 2, testProverConfig(), nil)
	b := w.newProvider(3, 1, testProverConfig(), nil)
	sizes := []uint64{4096, 1088, 3072, 65536} // classes 6, 5, 6 (pad 16), 10
	start, end := w.window(10, 6)              // every fill lands before start
	var reqs []*req
	for _, s := range sizes {
		reqs = append(reqs, w.request(s, start, end))
	}
	var tids []*big.Int
	for i, r := range reqs {
		tids = append(tids, a.fill(r, 0, i/2)) // set 0: 4096, 1088; set 1: 3072, 64 KiB
		b.fill(r, 1, 0)
	}
	if w.CurrentEpoch() >= start {
		t.Fatalf("fills took until epoch %d, start is %d", w.CurrentEpoch(), start)
	}
	first := start
	for e := w.CurrentEpoch(); e < end; e++ {
		w.step(e, a, b)
		if e == first+1 {
			w.step(e, a) // a second step in the same epoch sends nothing
			mid, err := a.Prover.Status(t.Context())
			if err != nil || mid[1].Members != 2 || mid[1].Bytes != 3072+65536 || marketv2.SetStateName(mid[1].State) != "active" {
				t.Fatalf("status while proving: %+v, %v", mid, err)
			}
		}
	}
	w.step(end, a, b)
	w.step(end+1, a, b)

	balance := new(big.Int)
	for i, id := range tids {
		ti := w.tenure(id)
		if ti.Flags&marketv2.FlagFinal == 0 {
			t.Errorf("tenure %d not final: %+v", i, ti)
		}
		if ti.Out != ti.End || uint64(ti.End) != end {
			t.Errorf("tenure %d: out %d, end %d, want both %d (removed in epoch end−1)", i, ti.Out, ti.End, end)
		}
		if uint64(ti.Join) != start || ti.Proven != ti.End-ti.Join {
			t.Errorf("tenure %d: proven %d of [%d, %d)", i, ti.Proven, ti.Join, ti.End)
		}
		balance.Add(balance, new(big.Int).Mul(contracts.Tokens(1), big.NewInt(int64(ti.Proven))))
		balance.Add(balance, contracts.Tokens(10))
	}
	for _, v := range a.Vols {
		proven := w.provenEpochs(v.SetID)
		st := a.Prover.Stats(v.SetID)
		// Members are challenged from the epoch after their fill, before
		// start too: every epoch from the first fill's on is proven once.
		from := first
		for e := range proven {
			from = min(from, e)
		}
		for e := from; e < end; e++ {
			if proven[e] != 1 {
				t.Errorf("set %d epoch %d: %d proofs, want 1", v.SetID, e, proven[e])
			}
		}
		if len(proven) != int(end-from) || st.Proven != uint64(len(proven)) || st.Missed != 0 {
			t.Errorf("set %d: proven epochs %v, stats %+v", v.SetID, proven, st)
		}
		if st.Removed != 2 || st.TenuresSettled != 2 || st.Released != 2 {
			t.Errorf("set %d: stats %+v, want 2 removed, settled, released", v.SetID, st)
		}
		if l, err := v.Store.List(); err != nil || len(l) != 0 {
			t.Errorf("set %d: store still holds %d shards (%v)", v.SetID, len(l), err)
		}
	}
	status, err := a.Prover.Status(t.Context())
	if err != nil || len(status) != 2 {
		t.Fatalf("status %+v, %v", status, err)
	}
	for i, st := range status {
		if st.SetID != a.Vols[i].SetID || st.Members != 0 || st.State != marketv2.SetActive ||
			uint64(st.CumProven) != st.Local.Proven || st.CumMissed != 0 || st.Bytes != 0 {
			t.Errorf("status of set %d: %+v", i, st)
		}
	}
	got, err := a.Market.Balance(t.Context(), a.acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	if got.Cmp(balance) != 0 {
		t.Fatalf("provider balance %s, want %s (pay for every proven epoch + collateral)", got, balance)
	}
	before, _ := a.Market.TokenBalance(t.Context(), a.acct.Addr)
	amt, err := a.Market.Withdraw(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	after, _ := a.Market.TokenBalance(t.Context(), a.acct.Addr)
	if amt.Cmp(balance) != 0 || new(big.Int).Sub(after, before).Cmp(balance) != 0 {
		t.Fatalf("withdrew %s (token balance %s → %s), want %s", amt, before, after, balance)
	}
}

// A corrupt shard that no scrub found: the prover's local verification
// fails, it sends no proof for that epoch, counts the miss and declares
// the member; the next epochs' proofs pass.
func TestProverRefusesWrongProofAndDeclares(t *testing.T) {
	w := newWorld(t)
	a := w.newProvider(2, 1, testProverConfig(), nil)
	b := w.newProvider(3, 1, testProverConfig(), nil)
	start, end := w.window(2, 10)
	big64, small := w.request(65536, start, end), w.request(4096, start, end)
	bigID := a.fill(big64, 0, 0)
	a.fill(small, 0, 0)
	b.fill(big64, 1, 0)
	b.fill(small, 1, 0)
	set := a.Vols[0].SetID
	e := uint64(w.tenure(bigID).Join)
	w.step(e, a, b)
	if st := a.Prover.Stats(set); st.Proven != 1 || st.Missed != 0 {
		t.Fatalf("before corruption: %+v", st)
	}
	// Corrupt the whole 64 KiB shard: it is 94% of the set's leaves, so K
	// = 10 challenges miss it with probability 0.06^10.
	info, err := a.Vols[0].Store.Info(big64.slot(0))
	if err != nil {
		t.Fatal(err)
	}
	if err := writeZeros(info.Path, 65536); err != nil {
		t.Fatal(err)
	}
	w.step(e+1, a, b)
	st := a.Prover.Stats(set)
	if st.Missed != 1 || st.LastMissed != e+1 || st.Declared != 1 || st.Proven != 1 {
		t.Fatalf("after corruption: %+v, want one miss at %d and one declaration", st, e+1)
	}
	if n := w.provenEpochs(set)[e+1]; n != 0 {
		t.Fatalf("a proof of epoch %d was sent (%d)", e+1, n)
	}
	if _, err := a.Vols[0].Store.Info(big64.slot(0)); err == nil {
		t.Fatal("the corrupt shard is still in the store")
	}
	si, err := w.Client.SlotInfo(t.Context(), big64.id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if si.Tenure.Sign() != 0 || !si.Faulted || si.Kind != marketv2.KindRepair {
		t.Fatalf("slot after declaration: %+v, want faulted, no tenure, Repair", si)
	}
	for ep := e + 2; ep < e+5; ep++ {
		w.step(ep, a, b)
	}
	st = a.Prover.Stats(set)
	if st.Proven != 4 || st.Missed != 1 {
		t.Fatalf("after the declaration: %+v, want epochs %d..%d proven", st, e+2, e+4)
	}
	for ep := e + 2; ep < e+5; ep++ {
		if w.provenEpochs(set)[ep] != 1 {
			t.Fatalf("epoch %d not proven", ep)
		}
	}
	if si := w.setInfo(set); si.CumMissed != 1 || si.State != marketv2.SetActive {
		t.Fatalf("set record: %d missed, state %d; want the one refused epoch, Active", si.CumMissed, si.State)
	}
}

// An audit of one of our tenures is answered in its epoch, not before.
func TestProverAnswersAuditInItsEpoch(t *testing.T) {
	w := newWorld(t)
	a := w.newProvider(2, 1, testProverConfig(), nil)
	b := w.newProvider(3, 1, testProverConfig(), nil)
	start, end := w.window(2, 10)
	r := w.request(3072, start, end)
	tid := a.fill(r, 0, 0)
	b.fill(r, 1, 0)
	e := uint64(w.tenure(tid).Join)
	w.step(e, a, b)
	audited, epoch, err := w.Client.AuditSlot(t.Context(), r.id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if audited.Cmp(tid) != 0 || epoch != e+1 {
		t.Fatalf("audit of tenure %s in epoch %d, want %s in %d", audited, epoch, tid, e+1)
	}
	before, _ := w.Client.Balance(t.Context(), a.acct.Addr)
	w.step(e, a) // still epoch e: too early to answer
	if ti := w.tenure(tid); ti.Audit != uint32(e+1) || a.Prover.Stats(a.Vols[0].SetID).AuditsAnswered != 0 {
		t.Fatalf("audit answered before its epoch: %+v", ti)
	}
	w.step(e+1, a, b)
	if ti := w.tenure(tid); ti.Audit != 0 {
		t.Fatalf("audit still open in epoch %d: %+v", e+1, ti)
	}
	if n := len(w.logs("AuditAnswered", 0)); n != 1 {
		t.Fatalf("%d AuditAnswered events", n)
	}
	after, _ := w.Client.Balance(t.Context(), a.acct.Addr)
	if fee := new(big.Int).Sub(after, before); fee.Cmp(w.Config.AuditFee) != 0 {
		t.Fatalf("owner credited %s for the answer, want the audit fee %s", fee, w.Config.AuditFee)
	}
	if st := a.Prover.Stats(a.Vols[0].SetID); st.AuditsAnswered != 1 || st.Missed != 0 {
		t.Fatalf("stats %+v", st)
	}
}

// Extensions are accepted or declined by the policy function.
func TestProverDecidesExtensionsByPolicy(t *testing.T) {
	w := newWorld(t)
	var keep [32]byte
	policy := func(t marketv2.Tenure, r contracts.IMarketplaceV2RequestInfo) bool { return t.Info.RequestId == keep }
	a := w.newProvider(2, 1, testProverConfig(), policy)
	b := w.newProvider(3, 1, testProverConfig(), nil)
	start, end := w.window(2, 12)
	r1, r2 := w.request(4096, start, end), w.request(1088, start, end)
	keep = r1.id
	t1, t2 := a.fill(r1, 0, 0), a.fill(r2, 0, 0)
	b.fill(r1, 1, 0)
	b.fill(r2, 1, 0)
	e := uint64(w.tenure(t1).Join)
	w.step(e, a, b)
	for _, r := range []*req{r1, r2} {
		if err := w.Client.ExtendRequest(t.Context(), r.id, r.p.EndEpoch+5, nil); err != nil {
			t.Fatal(err)
		}
	}
	w.step(e+1, a, b)
	if ti := w.tenure(t1); uint64(ti.End) != r1.p.EndEpoch+5 || ti.Flags&marketv2.FlagDeclined != 0 {
		t.Fatalf("accepted tenure: end %d flags %d, want end %d", ti.End, ti.Flags, r1.p.EndEpoch+5)
	}
	if ti := w.tenure(t2); uint64(ti.End) != r2.p.EndEpoch || ti.Flags&marketv2.FlagDeclined == 0 {
		t.Fatalf("declined tenure: end %d flags %d", ti.End, ti.Flags)
	}
	si, err := w.Client.SlotInfo(t.Context(), r2.id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if si.Kind != marketv2.KindRenewal {
		t.Fatalf("declined slot kind %d, want Renewal", si.Kind)
	}
	if st := a.Prover.Stats(a.Vols[0].SetID); st.Accepted != 1 || st.Declined != 1 {
		t.Fatalf("stats %+v", st)
	}
	w.step(e+2, a, b) // decided once: nothing more to send
	if st := a.Prover.Stats(a.Vols[0].SetID); st.Accepted != 1 || st.Declined != 1 || st.Missed != 0 {
		t.Fatalf("stats after another epoch %+v", st)
	}
}

// A terminated request: the holder removes its member in epoch stop − 1,
// is paid through stop − 1 and gets its collateral back.
func TestProverRemovesAtTermination(t *testing.T) {
	w := newWorld(t)
	a := w.newProvider(2, 1, testProverConfig(), nil)
	b := w.newProvider(3, 1, testProverConfig(), nil)
	start, end := w.window(2, 12)
	r := w.request(1088, start, end)
	tid := a.fill(r, 0, 0)
	b.fill(r, 1, 0)
	e := uint64(w.tenure(tid).Join)
	w.step(e, a, b)
	w.step(e+1, a, b)
	if err := w.Client.TerminateRequest(t.Context(), r.id); err != nil {
		t.Fatal(err)
	}
	stop := e + 3 // terminated in epoch e+1: stop = x + 2
	if ri, err := w.Client.RequestInfo(t.Context(), r.id); err != nil || uint64(ri.Stop) != stop || ri.State != marketv2.RequestTerminated {
		t.Fatalf("request after terminate: %+v, %v", ri, err)
	}
	w.step(e+1, a, b) // e* − 1 is e+2: not yet
	if ti := w.tenure(tid); ti.Out != 0 || uint64(ti.EStar) != stop {
		t.Fatalf("removed too early or wrong e*: out %d, e* %d", ti.Out, ti.EStar)
	}
	for ep := e + 2; ep <= stop+1; ep++ {
		w.step(ep, a, b)
	}
	ti := w.tenure(tid)
	if uint64(ti.Out) != stop || ti.Flags&marketv2.FlagFinal == 0 || uint64(ti.Proven) != stop-e {
		t.Fatalf("tenure after termination: out %d, flags %d, proven %d; want out %d, final, %d proven", ti.Out, ti.Flags, ti.Proven, stop, stop-e)
	}
	want := new(big.Int).Add(contracts.Tokens(int64(stop-e)), contracts.Tokens(10))
	if got, err := a.Market.Balance(t.Context(), a.acct.Addr); err != nil || got.Cmp(want) != 0 {
		t.Fatalf("balance %s (%v), want %s: pay through stop − 1 and the collateral", got, err, want)
	}
	if st := a.Prover.Stats(a.Vols[0].SetID); st.Removed != 1 || st.Missed != 0 || st.Released != 1 {
		t.Fatalf("stats %+v", st)
	}
}

// A prover's first Step also tries the previous epoch: started in its
// grace window, it still gets that epoch's late proof in.
func TestProverFirstStepSendsLateProof(t *testing.T) {
	w := newWorld(t)
	a := w.newProvider(2, 1, testProverConfig(), nil)
	w.provers = nil // not stepped while filling
	start, end := w.window(2, 10)
	r := w.request(4096, start, end)
	tid := a.fill(r, 0, 0)
	join := uint64(w.tenure(tid).Join)
	w.step(join+1, a) // block 1 of join+1: join's grace is still open
	proven := w.provenEpochs(a.Vols[0].SetID)
	if proven[join] != 1 || proven[join+1] != 1 {
		t.Fatalf("proofs %v, want epochs %d (late) and %d", proven, join, join+1)
	}
	if st := a.Prover.Stats(a.Vols[0].SetID); st.Proven != 2 || st.Missed != 0 {
		t.Fatalf("stats %+v", st)
	}
}

// Our set failed (the node was down for M epochs and a settler recorded
// it): the prover stops proving it, settles its tenures (paid for the
// proven epochs, the collateral lost) and releases their shards.
func TestProverWindsDownFailedSet(t *testing.T) {
	w := newWorld(t)
	a := w.newProvider(2, 1, testProverConfig(), nil)
	w.provers = nil
	set := a.Vols[0].SetID
	start, end := w.window(2, 14)
	r := w.request(4096, start, end)
	tid := a.fill(r, 0, 0)
	join := uint64(w.tenure(tid).Join)
	w.step(join, a)
	down := join + 1 + uint64(w.Config.MissThreshold) // misses join+1 .. join+M
	w.ToEpoch(down+1, 0)
	if err := w.Client.SettleSet(t.Context(), set); err != nil {
		t.Fatal(err)
	}
	if si := w.setInfo(set); si.State != marketv2.SetFailedState {
		t.Fatalf("set state %d after %d misses, want Failed", si.State, w.Config.MissThreshold)
	}
	w.step(down+1, a)
	ti := w.tenure(tid)
	if ti.Flags&marketv2.FlagFinal == 0 || ti.Proven != 1 {
		t.Fatalf("tenure of the failed set: flags %d, proven %d; want final, 1", ti.Flags, ti.Proven)
	}
	if got, err := a.Market.Balance(t.Context(), a.acct.Addr); err != nil || got.Cmp(contracts.Tokens(1)) != 0 {
		t.Fatalf("balance %s (%v), want the one proven epoch's pay and no collateral", got, err)
	}
	w.step(down+2, a) // the tenure is Final now: its shard goes
	st := a.Prover.Stats(set)
	if st.Proven != 1 || st.Released != 1 || st.TenuresSettled != 1 {
		t.Fatalf("stats %+v", st)
	}
	if l, err := a.Vols[0].Store.List(); err != nil || len(l) != 0 {
		t.Fatalf("store holds %d shards (%v)", len(l), err)
	}
	if n := len(w.provenEpochs(set)); n != 1 {
		t.Fatalf("%d proofs, want only epoch %d's", n, join)
	}
}
