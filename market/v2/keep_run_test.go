package marketv2_test

import (
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// The keeper's and the auditor's Run step on their own at new heads (the
// keeper extends a request entering its notice) and return on Close.
func TestKeeperAndAuditorRun(t *testing.T) {
	w := newWorld(t)
	start, end := w.window(2, 12)
	r := w.request(4096, start, end)
	kcfg := keepConfig(t, 2, nil)
	kcfg.Poll = 10 * time.Millisecond
	k := w.keeper(kcfg, r.id)
	acfg := auditConfig(filepath.Join(t.TempDir(), "audits.json"), true, 0.5)
	acfg.Poll = 10 * time.Millisecond
	au := w.auditor(acfg, r.id)
	w.ToEpoch(end-uint64(w.Config.MissWindow)-1, 1)
	kDone, aDone := make(chan error, 1), make(chan error, 1)
	go func() { kDone <- k.Run(t.Context()) }()
	go func() { aDone <- au.Run(t.Context()) }()
	deadline := time.Now().Add(20 * time.Second)
	for w.endOf(r.id) != end+2 {
		if time.Now().After(deadline) {
			t.Fatalf("Run did not extend: end %d", w.endOf(r.id))
		}
		time.Sleep(10 * time.Millisecond)
	}
	k.Close()
	au.Close()
	if err := <-kDone; err != nil {
		t.Fatalf("keeper Run: %v", err)
	}
	if err := <-aDone; err != nil {
		t.Fatalf("auditor Run: %v", err)
	}
	if total, _ := k.Spent(w.CurrentEpoch()); total.Cmp(new(big.Int).Mul(contracts.Tokens(1), big.NewInt(4))) != 0 {
		t.Fatalf("spent %s, want 4 tokens", total)
	}
}

func TestKeepAndAuditConfigValidate(t *testing.T) {
	okKeep := marketv2.DefaultKeepConfig()
	okKeep.Journal = "keep.json"
	okAudit := marketv2.DefaultAuditConfig()
	okAudit.State = "audits.json"
	for _, tc := range []struct {
		name string
		err  error
		ok   bool
	}{
		{"keep default", okKeep.Validate(), true},
		{"keep no journal", marketv2.DefaultKeepConfig().Validate(), false},
		{"keep zero period", func() error { c := okKeep; c.Period = 0; return c.Validate() }(), false},
		{"keep monthly without window", func() error {
			c := okKeep
			c.Budget = marketv2.Budget{Monthly: big.NewInt(1)}
			return c.Validate()
		}(), false},
		{"keep half top-up", func() error { c := okKeep; c.ReserveLow = big.NewInt(1); return c.Validate() }(), false},
		{"audit default", okAudit.Validate(), true},
		{"audit rate > 1", func() error { c := okAudit; c.Rate = 1.5; return c.Validate() }(), false},
		{"audit no state", marketv2.DefaultAuditConfig().Validate(), false},
		{"ending default", marketv2.DefaultEndingConfig().Validate(), true},
		{"ending nothing to measure", marketv2.EndingConfig{}.Validate(), false},
	} {
		if (tc.err == nil) != tc.ok {
			t.Errorf("%s: %v", tc.name, tc.err)
		}
	}
}
