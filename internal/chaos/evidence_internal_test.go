package chaos

import (
	"bufio"
	"strings"
	"testing"
)

// TestParseMetrics: unlabelled samples by name; a NaN sample is an error,
// so a scrape that passes has none.
func TestParseMetrics(t *testing.T) {
	ok := "# HELP cairn_rpc_read_retries_total h\n# TYPE cairn_rpc_read_retries_total counter\n" +
		"cairn_rpc_read_retries_total 20\ncairn_provider_set_active{set=\"1\"} 1\ncairn_sender_pending_transactions 0\n"
	got, err := parseMetrics(bufio.NewScanner(strings.NewReader(ok)))
	if err != nil || got["cairn_rpc_read_retries_total"] != 20 || len(got) != 2 {
		t.Fatalf("parse = %v, %v; want the two unlabelled samples", got, err)
	}
	for _, bad := range []string{"cairn_x NaN\n", "cairn_x\n", "cairn_x one\n"} {
		if _, err := parseMetrics(bufio.NewScanner(strings.NewReader(bad))); err == nil {
			t.Errorf("%q parsed without an error", bad)
		}
	}
}

// TestLastLines: the last n lines that are not DEBUG, in order.
func TestLastLines(t *testing.T) {
	log := "level=INFO msg=a\nlevel=DEBUG msg=b\nlevel=WARN msg=c\nlevel=DEBUG msg=d\nlevel=INFO msg=e\n"
	if got, want := lastLines(log, 2), "level=WARN msg=c\nlevel=INFO msg=e\n"; got != want {
		t.Fatalf("lastLines = %q, want %q", got, want)
	}
	if got := lastLines(log, 10); strings.Count(got, "\n") != 3 {
		t.Fatalf("lastLines(10) = %q, want the 3 non-DEBUG lines", got)
	}
}
