package marketv2_test

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// forkedChain is a provider's Market whose answer for the block of one
// proof's receipt a test sets: another hash (a reorg replaced it), not
// known (a lagging RPC below it) or a failed read. It counts proveSet
// calls per epoch.
type forkedChain struct {
	*marketv2.Market
	mu     sync.Mutex
	fault  func(common.Hash) (common.Hash, error) // nil: the RPC's answer
	at     uint64                                 // the block fault applies to
	sends  map[uint64]int                         // epoch → ProveSet calls
	blocks map[uint64]uint64                      // epoch → its first receipt's block
	reads  map[uint64]int                         // block → BlockHash calls
}

func (c *forkedChain) ProveSet(ctx context.Context, setID, epoch uint64, proof []byte) (*types.Receipt, error) {
	rcpt, err := c.Market.ProveSet(ctx, setID, epoch, proof)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sends[epoch]++
	if _, ok := c.blocks[epoch]; !ok && err == nil {
		c.blocks[epoch] = rcpt.BlockNumber.Uint64()
	}
	return rcpt, err
}

func (c *forkedChain) BlockHash(ctx context.Context, n uint64) (common.Hash, error) {
	h, err := c.Market.BlockHash(ctx, n)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reads[n]++
	if err != nil || c.fault == nil || n != c.at {
		return h, err
	}
	return c.fault(h)
}

func (c *forkedChain) sent(e uint64) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.sends[e]
}

// A proof whose block a reorg replaced (the hash at the receipt's height
// changed) is proven again in the next step, exactly once, while its
// window is open; a header the RPC does not have, or a failed read, sends
// nothing again; once the window has closed the proof is forgotten.
func TestProverReprovesDroppedProof(t *testing.T) {
	replaced := func(h common.Hash) (common.Hash, error) { return common.Hash{1}, nil }
	for _, tc := range []struct {
		name      string
		fault     func(common.Hash) (common.Hash, error)
		sends     int // proveSet calls for the epoch in all
		reproved  uint64
		stepFails bool
	}{
		{"block replaced", replaced, 2, 1, false},
		{"header not found", func(common.Hash) (common.Hash, error) { return common.Hash{}, marketv2.ErrBlockUnknown }, 1, 0, false},
		{"read fails", func(common.Hash) (common.Hash, error) { return common.Hash{}, errors.New("503") }, 1, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			a := w.newProvider(2, 1, testProverConfig(), nil)
			w.provers = nil // stepped by the test only
			set := a.Vols[0].SetID
			fc := &forkedChain{Market: a.Market, sends: map[uint64]int{}, blocks: map[uint64]uint64{}, reads: map[uint64]int{}}
			var err error
			a.Prover, err = marketv2.NewProver(testProverConfig(), w.log(), marketv2.ProverDeps{
				Chain: fc, Tenures: marketv2.NewChainTenures(a.Market), Sets: []marketv2.ProvedSet{{SetID: set, Store: a.Vols[0].Store}},
			})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(a.Prover.Close)
			start, end := w.window(2, 10)
			r := w.request(4096, start, end)
			join := uint64(w.tenure(a.fill(r, 0, 0)).Join)
			w.step(join, a)
			if fc.sent(join) != 1 {
				t.Fatalf("epoch %d: %d proveSet calls, want 1", join, fc.sent(join))
			}
			fc.mu.Lock()
			fc.at, fc.fault = fc.blocks[join], tc.fault
			fc.mu.Unlock()
			w.Mine(1)
			err = a.Prover.Step(t.Context(), join)
			if (err != nil) != tc.stepFails {
				t.Fatalf("step after the fault: %v, want failure %v", err, tc.stepFails)
			}
			w.Mine(1)
			if err := a.Prover.Step(t.Context(), join); (err != nil) != tc.stepFails {
				t.Fatalf("second step after the fault: %v", err)
			}
			if got := fc.sent(join); got != tc.sends {
				t.Fatalf("epoch %d: %d proveSet calls, want %d", join, got, tc.sends)
			}
			if st := a.Prover.Stats(set); st.Reproved != tc.reproved || st.Proven != 1 || st.Missed != 0 {
				t.Fatalf("stats %+v, want %d reproved, 1 proven", st, tc.reproved)
			}
			// join+1: join's grace is open, its proof still checked; then
			// join+2 forgets it (the block now reads replaced in every case).
			w.ToEpoch(join+1, 1)
			if err := a.Prover.Step(t.Context(), join+1); (err != nil) != tc.stepFails {
				t.Fatalf("step in join+1: %v", err)
			}
			fc.mu.Lock()
			fc.fault = replaced
			reads := fc.reads[fc.at]
			fc.mu.Unlock()
			w.step(join+2, a)
			fc.mu.Lock()
			after := fc.reads[fc.at]
			fc.mu.Unlock()
			if got := fc.sent(join); got != tc.sends || after != reads {
				t.Fatalf("after the window: %d proveSet calls for epoch %d (want %d), block read %d → %d times", got, join, tc.sends, reads, after)
			}
			if st := a.Prover.Stats(set); st.Reproved != tc.reproved || st.Proven != 3 || st.Missed != 0 {
				t.Fatalf("stats at the end %+v, want %d reproved, 3 proven", st, tc.reproved)
			}
			if p := w.provenEpochs(set); p[join] != 1 || p[join+1] != 1 || p[join+2] != 1 {
				t.Fatalf("SetProven per epoch %v", p)
			}
		})
	}
}
