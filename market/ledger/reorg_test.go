package ledger_test

import (
	"fmt"
	"testing"

	"github.com/cairn-storage/cairn/market/ledger"
)

func (f *fx) snapshot() string {
	f.t.Helper()
	var id string
	if err := f.RPC.CallContext(f.t.Context(), &id, "evm_snapshot"); err != nil {
		f.t.Fatal(err)
	}
	return id
}

func (f *fx) revert(id string) {
	f.t.Helper()
	var ok bool
	if err := f.RPC.CallContext(f.t.Context(), &ok, "evm_revert", id); err != nil || !ok {
		f.t.Fatalf("evm_revert: %v", err)
	}
}

// rewound drains ch and reports whether any update was a rewind.
func rewound(ch <-chan ledger.Update) bool {
	select {
	case u := <-ch:
		return u.Rewound
	default:
		return false
	}
}

// TestLedgerReorg replaces the chain's last 3 blocks (reservations and a
// re-registration) with a longer, different chain. With 0 confirmations
// the ledger applied the orphans and must rewind to the common ancestor;
// with 5 it never applied them. Either way it must end equal to the
// chain's views and, key for key, to a ledger that scanned the new chain
// from scratch.
func TestLedgerReorg(t *testing.T) {
	for _, tc := range []struct {
		conf   uint64
		window uint64
		depth  int
	}{
		{conf: 0, window: 64, depth: 3},
		{conf: 5, window: 64, depth: 3},
		{conf: 0, window: 64, depth: 10},
		{conf: 0, window: 4, depth: 10}, // deeper than the journal: reset and rescan
	} {
		t.Run(fmt.Sprintf("conf_%d_window_%d_depth_%d", tc.conf, tc.window, tc.depth), func(t *testing.T) {
			f := newFx(t)
			window := func(c *ledger.Config) { c.ReorgWindow = tc.window }
			l := f.open(t.TempDir(), f.Client, tc.conf, window)
			r := f.request(4)
			f.step(l, tc.conf)
			atAncestor := dump(t, l)
			snap := f.snapshot()
			p2, p3, p4, p5 := f.Accounts[2], f.Accounts[3], f.Accounts[4], f.Accounts[5]
			f.reserve(r, 0, p2)
			f.reserve(r, 1, p3)
			f.MustSend(p4, f.MP.PackRegisterProvider([]byte("orphaned peer info")))
			f.Mine(uint64(tc.depth - 3))
			if err := l.Step(t.Context()); err != nil {
				t.Fatal(err)
			}
			if tc.conf == 0 {
				f.check(l, r) // the orphans are applied
			} else {
				sameDump(t, "orphans unconfirmed", dump(t, l), atAncestor)
			}
			ch, cancel := l.Subscribe()
			defer cancel()
			f.revert(snap)
			f.reserve(r, 2, p5)
			f.reserve(r, 0, p4)
			f.Mine(uint64(tc.depth))
			f.step(l, tc.conf)
			f.check(l, r)
			if got := rewound(ch); got != (tc.conf == 0) {
				t.Fatalf("rewound = %v with %d confirmations", got, tc.conf)
			}
			fresh := f.open(t.TempDir(), f.Client, tc.conf)
			if err := fresh.Step(t.Context()); err != nil {
				t.Fatal(err)
			}
			if fresh.Synced() != l.Synced() {
				t.Fatalf("fresh ledger at %+v, rewound one at %+v", fresh.Synced(), l.Synced())
			}
			sameDump(t, "rewound vs fresh", dump(t, l), dump(t, fresh))
		})
	}
}
