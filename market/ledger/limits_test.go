package ledger_test

import (
	"errors"
	"testing"

	"github.com/cairn-storage/cairn/chain"
)

// TestLedgerUnderRPCLimits scans a history of ~4,000 blocks through RPCs
// that refuse ranges over 1,000 blocks or answers over 10,000 (or 3) logs.
// Each ledger ends equal to one fed by a plain RPC; every error on the way
// is retryable.
func TestLedgerUnderRPCLimits(t *testing.T) {
	f := newFx(t)
	r := f.request(400)
	f.reserve(r, 0, f.Accounts[2])
	f.Mine(2500)
	f.reserve(r, 1, f.Accounts[3])
	f.Mine(1500)
	f.reserve(r, 2, f.Accounts[4])
	ref := f.open(t.TempDir(), f.Client, 2)
	f.step(ref, 2)
	f.check(ref, r)
	want := dump(t, ref)
	for _, tc := range []struct {
		name string
		src  *source
	}{
		{"ranges_1000_results_10000", &source{maxRange: 1000, maxResults: 10000}},
		{"results_3", &source{maxResults: 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.src.LogSource = f.Client
			l := f.open(t.TempDir(), tc.src, 2)
			var errs int
			for l.Synced().Block+2 < f.Head() {
				err := l.Step(t.Context())
				if err == nil {
					continue
				}
				if !chain.Retryable(err) {
					t.Fatalf("step: %v is not retryable", err)
				}
				if errs++; errs > 10 {
					t.Fatalf("still failing after %d steps: %v", errs, err)
				}
			}
			sameDump(t, tc.name, dump(t, l), want)
			t.Logf("%s: %d eth_getLogs, %d retryable errors", tc.name, tc.src.count(), errs)
		})
	}
}

// TestLedgerEmptyLogAnswers: an RPC (a lagging backend behind a load
// balancer) answers eth_getLogs with [] for blocks whose bloom names the
// Marketplace. Inside the reorg window the ledger notices, does not move
// its cursor past those blocks, and applies them once the RPC answers.
func TestLedgerEmptyLogAnswers(t *testing.T) {
	f := newFx(t)
	src := &source{LogSource: f.Client}
	l := f.open(t.TempDir(), src, 2)
	f.step(l, 2)
	before := l.Synced()
	r := f.request(4)
	f.reserve(r, 0, f.Accounts[2])
	f.Mine(2)
	src.mu.Lock()
	src.lie = 2
	src.mu.Unlock()
	for i := range 2 {
		err := l.Step(t.Context())
		if !errors.Is(err, chain.ErrBadPage) || !chain.Retryable(err) {
			t.Fatalf("step %d over an RPC answering []: %v, want a retryable ErrBadPage", i, err)
		}
		if got := l.Synced(); got != before {
			t.Fatalf("cursor moved from %d to %d over hidden logs", before.Block, got.Block)
		}
	}
	f.step(l, 2)
	f.check(l, r)
}
