package main

import (
	"crypto/rand"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestStatusLastAudit: `cairn status` shows, per slot, the last audit from
// the auditor's record (<datadir>/audits.json), in text (LAST AUDIT
// "result @epoch") and in --json (last_audit: epoch, result, holder): "-"
// and no last_audit before any audit, "open" at the audited epoch right
// after `cairn audit` opened it (the chain's open_audit_epoch agrees), and
// "answered" once the holders proved and a later `cairn audit` followed it.
func TestStatusLastAudit(t *testing.T) {
	t.Parallel()
	ch := startMarket(t)
	dir := t.TempDir()
	env, data := fundedWallet(t, ch, dir, "data", 1000)
	content := make([]byte, 100_000)
	_, _ = rand.Read(content)
	file := filepath.Join(dir, "audited.bin")
	if err := os.WriteFile(file, content, 0o600); err != nil {
		t.Fatal(err)
	}
	var put struct{ ID string }
	decode(t, ok(t, env, "--datadir", data, "--json", "put", file, "--k", "2", "--m", "1", "--epochs", "60"), &put)

	type lastAudit struct {
		Epoch  uint64 `json:"epoch"`
		Result string `json:"result"`
		Holder string `json:"holder"`
	}
	type slotOut struct {
		Index     int        `json:"index"`
		Provider  string     `json:"provider"`
		OpenAudit uint64     `json:"open_audit_epoch"`
		LastAudit *lastAudit `json:"last_audit"`
	}
	status := func() []slotOut {
		var st struct{ Slots []slotOut }
		decode(t, ok(t, env, "--datadir", data, "--json", "status", put.ID), &st)
		if len(st.Slots) != 3 {
			t.Fatalf("status: %d slots", len(st.Slots))
		}
		return st.Slots
	}
	for _, s := range status() {
		if s.LastAudit != nil {
			t.Fatalf("slot %d has a last audit before any audit: %+v", s.Index, s.LastAudit)
		}
	}
	if txt := ok(t, env, "--datadir", data, "status", put.ID).stdout; !strings.Contains(txt, "LAST AUDIT") {
		t.Fatalf("status text has no LAST AUDIT column:\n%s", txt)
	}

	// audit until every slot's new holder was audited once (a tenure can
	// be audited from its join epoch on).
	var slots []slotOut
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(300 * time.Millisecond) {
		ok(t, env, "--datadir", data, "--json", "audit", put.ID)
		slots = status()
		all := true
		for _, s := range slots {
			all = all && s.LastAudit != nil
		}
		if all {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("audit never covered every slot: %+v", slots)
		}
	}
	txt := ok(t, env, "--datadir", data, "status", put.ID).stdout
	for _, s := range slots {
		a := s.LastAudit
		if a.Epoch == 0 || !strings.EqualFold(a.Holder, s.Provider) || (a.Result != "open" && a.Result != "answered") {
			t.Fatalf("slot %d: last audit %+v (holder %s)", s.Index, a, s.Provider)
		}
		if a.Result == "open" && s.OpenAudit != a.Epoch {
			t.Fatalf("slot %d: record says audit of epoch %d is open, the chain's open audit is %d", s.Index, a.Epoch, s.OpenAudit)
		}
		// The text is read after the JSON: an open audit may have been
		// answered in between (the holders prove meanwhile), not undone.
		want := fmt.Sprintf("%s @%d", a.Result, a.Epoch)
		if !strings.Contains(txt, want) && (a.Result != "open" || !strings.Contains(txt, fmt.Sprintf("answered @%d", a.Epoch))) {
			t.Fatalf("status text lacks %q:\n%s", want, txt)
		}
	}

	// The holders prove within the audit window; the next audit pass
	// follows the open audits to "answered", and status shows it.
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(300 * time.Millisecond) {
		ok(t, env, "--datadir", data, "--json", "audit", put.ID, "--rate", "0")
		answered := 0
		for _, s := range status() {
			if s.LastAudit != nil && s.LastAudit.Result == "answered" {
				answered++
			}
		}
		if answered == 3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the audits were never answered: %+v", status())
		}
	}
	txt = ok(t, env, "--datadir", data, "status", put.ID).stdout
	if n := strings.Count(txt, "answered @"); n != 3 {
		t.Fatalf("status text shows %d answered audits, want 3:\n%s", n, txt)
	}
}
