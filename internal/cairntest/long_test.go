package cairntest_test

import (
	"testing"

	"go.uber.org/goleak"

	"github.com/cairn-storage/cairn/internal/cairntest"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// TestLong: a long test runs only with its variable set, and not -short.
func TestLong(t *testing.T) {
	for _, tc := range []struct {
		name, value string
		wantSkip    bool
	}{
		{"unset", "", true},
		{"set", "1", testing.Short()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("CAIRN_TEST_LONG", tc.value)
			ran := false
			t.Run("inner", func(t *testing.T) {
				cairntest.Long(t, "CAIRN_TEST_LONG", "a long run")
				ran = true
			})
			if ran == tc.wantSkip {
				t.Fatalf("with CAIRN_TEST_LONG=%q the test ran: %v, want %v", tc.value, ran, !tc.wantSkip)
			}
		})
	}
}
