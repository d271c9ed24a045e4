package market

import (
	"strings"
	"testing"

	"github.com/cairn-storage/cairn/chain"
)

// TestSenderReasons: /health is degraded exactly while the sender holds a
// call at the fee cap; fee caps reached in the past, or pending calls that
// are not held, are no reason.
func TestSenderReasons(t *testing.T) {
	for _, tc := range []struct {
		name string
		st   ChainStats
		want string
	}{
		{"idle", ChainStats{}, ""},
		{"pending, not held", ChainStats{Pending: 3}, ""},
		{"cap reached once, nothing pending", ChainStats{Sender: chain.SenderStats{FeeCapsReached: 4}}, ""},
		{"held at the cap", ChainStats{Sender: chain.SenderStats{FeeCapsReached: 1}, Pending: 2, Stuck: 1}, "sender stuck: 1 of 2 pending"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := senderReasons(tc.st)
			if tc.want == "" {
				if len(got) != 0 {
					t.Fatalf("reasons %q, want none", got)
				}
				return
			}
			if len(got) != 1 || !strings.Contains(got[0], tc.want) {
				t.Fatalf("reasons %q, want one containing %q", got, tc.want)
			}
		})
	}
}
