package ledger_test

import (
	"testing"

	"github.com/cairn-storage/cairn/market/ledger"
)

func dump(t *testing.T, l *ledger.Ledger) map[string]string {
	t.Helper()
	d, err := ledger.DumpState(l)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func sameDump(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: key %x = %q, want %q", what, k, got[k], v)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: extra key %x = %q", what, k, got[k])
		}
	}
}
