package marketv2_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

func testScrubberConfig() marketv2.ScrubberConfig {
	cfg := marketv2.DefaultScrubberConfig()
	cfg.Cycle = time.Second // the whole store per second of the test's clock
	return cfg
}

// A deleted shard is caught by the scrubber and declared before a
// challenge finds it; the set's proofs of the next epochs pass.
func TestScrubberDeclaresDeletedShard(t *testing.T) {
	w := newWorld(t)
	a := w.newProvider(2, 1, testProverConfig(), nil)
	b := w.newProvider(3, 1, testProverConfig(), nil)
	start, end := w.window(2, 12)
	var reqs []*req
	for _, s := range []uint64{4096, 1088, 65536} {
		reqs = append(reqs, w.request(s, start, end))
	}
	for _, r := range reqs {
		a.fill(r, 0, 0)
		b.fill(r, 1, 0)
	}
	vol := a.Vols[0]
	sc, err := marketv2.NewScrubber(testScrubberConfig(), w.log(), a.Market, []marketv2.ScrubbedSet{{SetID: vol.SetID, Store: vol.Store}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sc.Close)
	now := time.Unix(1_800_000_000, 0)
	if err := sc.Step(t.Context(), now); err != nil {
		t.Fatal(err)
	}
	if st := sc.Stats(); st.Verified != 0 {
		t.Fatalf("first step only starts the clock: %+v", st)
	}
	now = now.Add(2 * time.Second)
	if err := sc.Step(t.Context(), now); err != nil {
		t.Fatal(err)
	}
	if st := sc.Stats(); st.Verified != 3 || st.Lost+st.Corrupt != 0 {
		t.Fatalf("clean pass: %+v, want 3 shards verified", st)
	}

	e := w.CurrentEpoch()
	w.step(e, a, b)
	lost, err := vol.Store.Info(reqs[2].slot(0)) // the 64 KiB shard: 94% of the set
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(lost.Path); err != nil {
		t.Fatal(err)
	}
	now = now.Add(2 * time.Second)
	if err := sc.Step(t.Context(), now); err != nil {
		t.Fatal(err)
	}
	st := sc.Stats()
	if st.Lost != 1 || st.Declared != 1 {
		t.Fatalf("after deletion: %+v, want one lost shard declared", st)
	}
	if _, err := vol.Store.Info(reqs[2].slot(0)); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("lost shard still indexed: %v", err)
	}
	si, err := w.Client.SlotInfo(t.Context(), reqs[2].id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if si.Tenure.Sign() != 0 || !si.Faulted {
		t.Fatalf("slot after scrub: %+v, want faulted", si)
	}
	if n := len(w.logs("FaultDeclared", vol.SetID)); n != 1 {
		t.Fatalf("%d FaultDeclared events", n)
	}
	before := a.Prover.Stats(vol.SetID)
	for ep := e + 1; ep < e+4; ep++ {
		w.step(ep, a, b)
		if n := w.provenEpochs(vol.SetID)[ep]; n != 1 {
			t.Fatalf("epoch %d after the declaration: %d proofs", ep, n)
		}
	}
	if after := a.Prover.Stats(vol.SetID); after.Missed != 0 || after.Proven != before.Proven+3 {
		t.Fatalf("prover after the declaration: %+v (before %+v)", after, before)
	}
	if si := w.setInfo(vol.SetID); si.CumMissed != 0 || si.Live != 2 {
		t.Fatalf("set record: %d missed, %d live; want 0 and 2", si.CumMissed, si.Live)
	}
}

// The scrub rate is Used/Cycle: half a cycle's budget verifies half the
// bytes, and one step never goes past a store's end.
func TestScrubberRateLimit(t *testing.T) {
	dir := t.TempDir()
	st, err := storage.OpenStore(storage.StoreConfig{Dir: dir, Capacity: 1 << 30}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w := &world{t: t}
	for i := range 8 {
		data := w.shard(65536)
		r := &req{p: contractsParams(65536), shards: [][]byte{data}}
		r.id[0] = byte(i + 1)
		putShard(t, st, r, data)
	}
	cfg := testScrubberConfig()
	cfg.Cycle = 8 * time.Second // 64 KiB per second
	sc, err := marketv2.NewScrubber(cfg, nil, noChain{}, []marketv2.ScrubbedSet{{SetID: 1, Store: st}})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1_800_000_000, 0)
	steps := []struct {
		after    time.Duration
		verified uint64
	}{
		{0, 0},                      // starts the clock
		{4 * time.Second, 4},        // 256 KiB of budget: four shards
		{500 * time.Millisecond, 5}, // 32 KiB: positive, so one more shard (budget goes negative)
		{500 * time.Millisecond, 5}, // back to zero: nothing
		{time.Hour, 8},              // plenty of budget: on to the store's end, no further
		{time.Hour, 16},             // the next step: one whole pass
	}
	for i, s := range steps {
		now = now.Add(s.after)
		if err := sc.Step(t.Context(), now); err != nil {
			t.Fatal(err)
		}
		if got := sc.Stats().Verified; got != s.verified {
			t.Fatalf("step %d (+%s): %d verified, want %d", i, s.after, got, s.verified)
		}
	}
}

// fakeSlots answers slotInfo with a fixed tenure and records declarations.
type fakeSlots struct {
	tenure   *big.Int
	declared [][]uint32
}

func (f *fakeSlots) SlotInfo(context.Context, [32]byte, uint64) (contracts.IMarketplaceV2SlotInfo, error) {
	return contracts.IMarketplaceV2SlotInfo{Tenure: f.tenure}, nil
}

func (f *fakeSlots) DeclareFaults(_ context.Context, set uint64, mids []uint32) error {
	if set != 7 {
		return errors.New("wrong set")
	}
	f.declared = append(f.declared, mids)
	return nil
}

// A shard with one flipped byte is found corrupt: declared when a tenure of
// this set holds its slot, only deleted when none does.
func TestScrubberCorruptShard(t *testing.T) {
	for _, tc := range []struct {
		name    string
		tenure  *big.Int
		declare bool
	}{
		{"our tenure", marketv2.TenureID(7, 3), true},
		{"another set's tenure", marketv2.TenureID(8, 3), false},
		{"no tenure", new(big.Int), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := storage.OpenStore(storage.StoreConfig{Dir: t.TempDir(), Capacity: 1 << 30}, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			w := &world{t: t}
			var bad *req
			for i := range 3 {
				data := w.shard(4096)
				r := &req{p: contractsParams(4096)}
				r.id[0] = byte(i + 1)
				putShard(t, st, r, data)
				bad = r
			}
			info, err := st.Info(bad.slot(0))
			if err != nil {
				t.Fatal(err)
			}
			f, err := os.OpenFile(info.Path, os.O_RDWR, 0)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.WriteAt([]byte{0xff}, 4000); err != nil {
				t.Fatal(err)
			}
			f.Close()
			chain := &fakeSlots{tenure: tc.tenure}
			sc, err := marketv2.NewScrubber(testScrubberConfig(), nil, chain, []marketv2.ScrubbedSet{{SetID: 7, Store: st}})
			if err != nil {
				t.Fatal(err)
			}
			now := time.Unix(1_800_000_000, 0)
			for _, d := range []time.Duration{0, time.Minute} {
				if err := sc.Step(t.Context(), now.Add(d)); err != nil {
					t.Fatal(err)
				}
			}
			if s := sc.Stats(); s.Corrupt != 1 || s.Verified != 2 || s.Lost != 0 {
				t.Fatalf("stats %+v, want 1 corrupt, 2 verified", s)
			}
			if _, err := st.Info(bad.slot(0)); !errors.Is(err, storage.ErrNotFound) {
				t.Fatalf("corrupt shard still stored: %v", err)
			}
			if got := len(chain.declared) == 1 && len(chain.declared[0]) == 1 && chain.declared[0][0] == 3; got != tc.declare {
				t.Fatalf("declarations %v, want declared = %v", chain.declared, tc.declare)
			}
			if s := sc.Stats(); (s.Declared == 1) != tc.declare {
				t.Fatalf("declared count %d", s.Declared)
			}
		})
	}
}
