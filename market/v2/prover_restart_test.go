package marketv2_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/ledger"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// The prover's reorg memory survives a restart: a prover proves epoch E
// with its landings in a ledger's pebble (market.LedgerProofs), is closed
// with the ledger and reopened on the same directory, and only then the
// block at its receipt's height is replaced. The reopened prover proves E
// again exactly once (Reproved 1); a header the RPC does not have or a
// failed read sends nothing, not even the proveSet a restart without the
// journal would try again. Without the journal ("in memory only") the
// restarted prover never sees the reorg: Reproved stays 0.
func TestProverReorgMemorySurvivesRestart(t *testing.T) {
	replaced := func(common.Hash) (common.Hash, error) { return common.Hash{1}, nil }
	for _, tc := range []struct {
		name      string
		fault     func(common.Hash) (common.Hash, error)
		journal   bool
		sends     int // proveSet calls for E in all, both provers
		reproved  uint64
		stepFails bool
	}{
		{"block replaced", replaced, true, 2, 1, false},
		{"header not found", func(common.Hash) (common.Hash, error) { return common.Hash{}, marketv2.ErrBlockUnknown }, true, 1, 0, false},
		{"read fails", func(common.Hash) (common.Hash, error) { return common.Hash{}, errors.New("503") }, true, 1, 0, true},
		{"in memory only, block replaced", replaced, false, 2, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			a := w.newProvider(2, 1, testProverConfig(), nil)
			w.provers = nil // stepped by the test only
			a.Prover.Close()
			set := a.Vols[0].SetID
			fc := &forkedChain{Market: a.Market, sends: map[uint64]int{}, blocks: map[uint64]uint64{}, reads: map[uint64]int{}}
			dir := t.TempDir()
			open := func(journal bool) (*marketv2.Prover, *ledger.Ledger) {
				lc := ledger.DefaultConfig()
				lc.Protocol, lc.StartBlock, lc.Confirmations = ledger.ProtocolV2, w.Dep.Block, 2
				l, err := ledger.Open(dir, lc, w.log(), w.Client.Client(), w.Dep.Marketplace)
				if err != nil {
					t.Fatal(err)
				}
				deps := marketv2.ProverDeps{Chain: fc, Tenures: marketv2.NewChainTenures(a.Market), Sets: []marketv2.ProvedSet{{SetID: set, Store: a.Vols[0].Store}}}
				if journal {
					deps.Journal = market.LedgerProofs{Ledger: l}
				}
				p, err := marketv2.NewProver(testProverConfig(), w.log(), deps)
				if err != nil {
					t.Fatal(err)
				}
				return p, l
			}
			p, l := open(true) // the first run always journals; the control reopens without
			start, end := w.window(2, 10)
			r := w.request(4096, start, end)
			join := uint64(w.tenure(a.fill(r, 0, 0)).Join)
			w.ToEpoch(join, 1)
			if err := p.Step(t.Context(), join); err != nil {
				t.Fatal(err)
			}
			if fc.sent(join) != 1 || p.Stats(set).Proven != 1 {
				t.Fatalf("epoch %d: %d proveSet calls, stats %+v; want 1 proven", join, fc.sent(join), p.Stats(set))
			}
			p.Close()
			if err := l.Close(); err != nil {
				t.Fatal(err)
			}

			p, l = open(tc.journal)
			defer l.Close()
			defer p.Close()
			fc.mu.Lock()
			fc.at, fc.fault = fc.blocks[join], tc.fault
			fc.mu.Unlock()
			w.Mine(1)
			for i := range 2 {
				if err := p.Step(t.Context(), join); (err != nil) != tc.stepFails {
					t.Fatalf("step %d after the restart: %v, want failure %v", i, err, tc.stepFails)
				}
				w.Mine(1)
			}
			if got := fc.sent(join); got != tc.sends {
				t.Fatalf("epoch %d: %d proveSet calls, want %d", join, got, tc.sends)
			}
			if st := p.Stats(set); st.Reproved != tc.reproved || st.Missed != 0 {
				t.Fatalf("stats after the restart %+v, want %d reproved, none missed", st, tc.reproved)
			}
			// Past the window the landing is forgotten, in the journal too.
			fc.mu.Lock()
			fc.fault = replaced
			fc.mu.Unlock()
			w.step(join + 2)
			if err := p.Step(t.Context(), join+2); err != nil {
				t.Fatal(err)
			}
			ls, err := market.LedgerProofs{Ledger: l}.Landings()
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range ls {
				if tc.journal && x.Epoch <= join {
					t.Fatalf("landing of epoch %d kept after its window: %+v", join, ls)
				}
			}
			if got := fc.sent(join); got != tc.sends {
				t.Fatalf("after the window: %d proveSet calls for epoch %d, want %d", got, join, tc.sends)
			}
			if p := w.provenEpochs(set); p[join] != 1 {
				t.Fatalf("SetProven per epoch %v", p)
			}
		})
	}
}
