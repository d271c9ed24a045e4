package marketv2_test

import (
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

func (w *world) auditor(cfg marketv2.AuditConfig, ids ...[32]byte) *marketv2.Auditor {
	w.t.Helper()
	a, err := marketv2.NewAuditor(cfg, w.log().With("service", "auditor"), marketv2.AuditorDeps{
		Reads: w.Client, Writes: w.Client, Clock: w.Client.Clock,
		MissThreshold: uint64(w.Config.MissThreshold), Requests: ids,
	})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(a.Close)
	return a
}

func auditConfig(state string, newHolders bool, rate float64) marketv2.AuditConfig {
	cfg := marketv2.DefaultAuditConfig()
	cfg.NewHolders, cfg.Rate, cfg.State = newHolders, rate, state
	cfg.Seed = [32]byte{7}
	return cfg
}

func (w *world) mpBalance(who common.Address) *big.Int {
	w.t.Helper()
	b, err := w.Client.Balance(w.t.Context(), who)
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

// Both new holders are audited once. The holder that deleted its shard and
// went quiet does not answer: the audit lapses, the client's fee returns
// and the slot becomes repairable. The honest holder answers in the
// audited epoch (Prover.Step) and is credited the fee. The last audits are
// persisted, and a routine rate audits the answered slot again.
func TestAuditLapseRepairsSlotAndHonestHolderAnswers(t *testing.T) {
	w := newWorld(t)
	bad := w.newProvider(2, 1, testProverConfig(), nil)
	good := w.newProvider(3, 1, testProverConfig(), nil)
	start, end := w.window(2, 20)
	r := w.request(4096, start, end)
	badTid, goodTid := bad.fill(r, 0, 0), good.fill(r, 1, 0)
	state := filepath.Join(t.TempDir(), "audits.json")
	au := w.auditor(auditConfig(state, true, 0), r.id)
	fee := w.Config.AuditFee
	client := w.Client.Self()

	join := uint64(w.tenure(badTid).Join)
	x := max(join-1, w.CurrentEpoch())
	w.step(x, bad, good)
	if err := au.Step(t.Context(), x); err != nil {
		t.Fatal(err)
	}
	a := x + 1
	for i, tid := range []*big.Int{badTid, goodTid} {
		if got := w.tenure(tid).Audit; uint64(got) != a {
			t.Fatalf("slot %d: tenure audit %d, want %d (new holder audited at once)", i, got, a)
		}
		if rec, ok := au.LastAudit(r.id, uint64(i)); !ok || rec.Result != marketv2.AuditOpen || !rec.NewHolder || rec.Epoch != a {
			t.Fatalf("slot %d record %+v", i, rec)
		}
	}
	if err := au.Step(t.Context(), x); err != nil { // a second step opens nothing
		t.Fatal(err)
	}
	// The bad holder loses its shard and stops.
	if err := bad.Vols[0].Store.Delete(r.slot(0)); err != nil {
		t.Fatal(err)
	}
	clientBefore := w.mpBalance(client)
	var lapsedAt uint64
	for e := x + 1; e <= a+marketv2.AuditEpochs+1; e++ {
		w.ToEpoch(e, w.Config.GraceBlocks+1) // closedEpochs() = e
		if err := good.Prover.Step(t.Context(), e); err != nil {
			t.Fatal(err)
		}
		if err := au.Step(t.Context(), e); err != nil {
			t.Fatal(err)
		}
		if rec, _ := au.LastAudit(r.id, 0); lapsedAt == 0 && rec.Result == marketv2.AuditLapsed {
			lapsedAt = e
		}
	}
	if lapsedAt != a+marketv2.AuditEpochs {
		t.Fatalf("bad holder's audit lapsed in epoch %d, want %d", lapsedAt, a+marketv2.AuditEpochs)
	}
	si, err := w.Client.SlotInfo(t.Context(), r.id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if si.Tenure.Sign() != 0 || !si.Faulted || si.Kind != marketv2.KindRepair {
		t.Fatalf("slot 0 after the lapse: %+v, want no tenure, faulted, Repair", si)
	}
	if ti := w.tenure(badTid); ti.Flags&marketv2.FlagForfeit == 0 {
		t.Fatalf("bad tenure not forfeit: %+v", ti)
	}
	if got := new(big.Int).Sub(w.mpBalance(client), clientBefore); got.Cmp(fee) != 0 {
		t.Fatalf("client got %s back, want the fee %s", got, fee)
	}
	rec, _ := au.LastAudit(r.id, 1)
	if rec.Result != marketv2.AuditAnswered || w.tenure(goodTid).Audit != 0 {
		t.Fatalf("honest holder's audit: %+v", rec)
	}
	if got := w.mpBalance(good.acct.Addr); got.Cmp(fee) != 0 {
		t.Fatalf("honest holder's balance %s, want the fee %s", got, fee)
	}

	// A restart reads the records; a rate of 1 audits the answered slot again.
	again := w.auditor(auditConfig(state, true, 1), r.id)
	if got := again.Audits(); len(got) != 2 || got[0].Result != marketv2.AuditLapsed || got[1].Result != marketv2.AuditAnswered {
		t.Fatalf("reloaded audits %+v", got)
	}
	e := w.CurrentEpoch()
	if err := again.Step(t.Context(), e); err != nil {
		t.Fatal(err)
	}
	if rec, _ := again.LastAudit(r.id, 1); rec.Result != marketv2.AuditOpen || rec.NewHolder || rec.Epoch != e+1 {
		t.Fatalf("routine audit %+v, want open for %d", rec, e+1)
	}
}

// A set that stopped proving (its head lags the closed epochs by the miss
// threshold) is settled by the client's auditor, which fails it; the slot
// it held becomes repairable.
func TestAuditSettlesDeadSet(t *testing.T) {
	w := newWorld(t)
	dead := w.newProvider(2, 1, testProverConfig(), nil)
	live := w.newProvider(3, 1, testProverConfig(), nil)
	start, end := w.window(2, 20)
	r := w.request(4096, start, end)
	tid := dead.fill(r, 0, 0)
	live.fill(r, 1, 0)
	au := w.auditor(auditConfig(filepath.Join(t.TempDir(), "audits.json"), false, 0), r.id)
	set := dead.Vols[0].SetID
	join := uint64(w.tenure(tid).Join)
	w.step(max(join, w.CurrentEpoch()), dead, live)
	thr := uint64(w.Config.MissThreshold)
	settledAt := uint64(0)
	for e := w.CurrentEpoch() + 1; e <= join+thr+2; e++ {
		w.ToEpoch(e, w.Config.GraceBlocks+1)
		if err := live.Prover.Step(t.Context(), e); err != nil {
			t.Fatal(err)
		}
		before := w.setInfo(set)
		if err := au.Step(t.Context(), e); err != nil {
			t.Fatal(err)
		}
		if after := w.setInfo(set); settledAt == 0 && after.State == marketv2.SetFailedState {
			if e < uint64(before.Head)+thr {
				t.Fatalf("settled in epoch %d with head %d: before the threshold", e, before.Head)
			}
			settledAt = e
		}
	}
	if settledAt == 0 {
		t.Fatalf("dead set never settled: %+v", w.setInfo(set))
	}
	if live := w.setInfo(live.Vols[0].SetID); live.State != marketv2.SetActive {
		t.Fatalf("live set: %+v", live)
	}
	si, err := w.Client.SlotInfo(t.Context(), r.id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if si.Kind != marketv2.KindRepair {
		t.Fatalf("slot of the dead set: %+v, want Repair", si)
	}
}

// An audit opened by a run that crashed before saving its record is
// adopted (no second fee) and followed to its answer.
func TestAuditAdoptsAuditOpenedBeforeCrash(t *testing.T) {
	w := newWorld(t)
	p := w.newProvider(2, 1, testProverConfig(), nil)
	start, end := w.window(2, 12)
	r := w.request(4096, start, end)
	tid := p.fill(r, 0, 0)
	join := uint64(w.tenure(tid).Join)
	x := max(join-1, w.CurrentEpoch())
	w.step(x, p)
	if _, _, err := w.Client.AuditSlot(t.Context(), r.id, 0); err != nil {
		t.Fatal(err)
	}
	au := w.auditor(auditConfig(filepath.Join(t.TempDir(), "audits.json"), true, 0), r.id)
	before := w.clientTokens()
	if err := au.Step(t.Context(), x); err != nil {
		t.Fatal(err)
	}
	rec, ok := au.LastAudit(r.id, 0)
	if !ok || rec.Result != marketv2.AuditOpen || rec.Epoch != x+1 || w.clientTokens().Cmp(before) != 0 {
		t.Fatalf("record %+v (%t), tokens %s → %s; want the open audit adopted, no fee", rec, ok, before, w.clientTokens())
	}
	w.step(x+1, p) // the holder answers in epoch a
	// Before the auditor's next step its record still says open; the
	// chain-observed view (what status shows) already says answered.
	if rec, _ := au.LastAudit(r.id, 0); rec.Result != marketv2.AuditOpen {
		t.Fatalf("record changed without a step: %+v", rec)
	}
	if obs, ok, err := au.Observed(t.Context(), r.id, 0); err != nil || !ok || obs.Result != marketv2.AuditAnswered || obs.Epoch != x+1 {
		t.Fatalf("observed after the answer: %+v (%t, %v), want answered @%d", obs, ok, err, x+1)
	}
	if _, ok, err := au.Observed(t.Context(), r.id, 1); ok || err != nil {
		t.Fatalf("observed a slot never audited: %t, %v", ok, err)
	}
	if err := au.Step(t.Context(), x+1); err != nil {
		t.Fatal(err)
	}
	if rec, _ := au.LastAudit(r.id, 0); rec.Result != marketv2.AuditAnswered {
		t.Fatalf("after the answer: %+v", rec)
	}
}
