package market_test

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/cairn-storage/cairn/market"
)

// OpenProvider refuses confirmations that are not under half an epoch
// (40 blocks here), and opens its v2 ledger in Dir/ledger-v2 from the
// deployment block, which the first Step syncs to head − confirmations.
func TestProviderLedgerConfirmations(t *testing.T) {
	w := newV2World(t)
	for _, tc := range []struct {
		conf uint64
		ok   bool
	}{{2, true}, {19, true}, {20, false}, {40, false}} {
		cfg := v2Config()
		cfg.Confirmations = tc.conf
		dir := filepath.Join(t.TempDir(), "prov")
		p, err := market.OpenProviderContext(t.Context(), cfg, nil, w.market(w.Accounts[2]), market.ProviderDir{Dir: dir, Capacity: 1 << 20})
		if !tc.ok {
			if !errors.Is(err, market.ErrConfirmationsTooDeep) {
				t.Errorf("%d confirmations: open %v, want ErrConfirmationsTooDeep", tc.conf, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%d confirmations: %v", tc.conf, err)
		}
		w.Mine(tc.conf + 3)
		if err := p.Step(t.Context(), w.CurrentEpoch()); err != nil {
			t.Errorf("%d confirmations: step: %v", tc.conf, err)
		}
		if got, want := p.Ledger().Synced().Block, w.Head()-tc.conf; got != want {
			t.Errorf("%d confirmations: ledger synced to %d, want %d", tc.conf, got, want)
		}
		if err := p.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
