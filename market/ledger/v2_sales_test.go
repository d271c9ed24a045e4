package ledger_test

import (
	"context"
	"fmt"
	"io"
	"slices"
	"testing"

	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/ledger"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// clientShards serves the fixture's requests' shards, as the client's
// push would.
type clientShards struct{ f *fx2 }

func (c clientShards) Receive(_ context.Context, req [32]byte, index, size uint64, w io.Writer) error {
	for _, r := range c.f.reqs {
		if r.id == req && index < uint64(len(r.shards)) && uint64(len(r.shards[index])) == size {
			_, err := w.Write(r.shards[index])
			return err
		}
	}
	return fmt.Errorf("no shard %d of %x", index, req[:4])
}

// TestLedgerV2FeedsSales: two providers' sales services list requests from
// a 0-confirmation ledger (market.LedgerRequests) instead of RequestEvents.
// They reserve, receive and fill both slots of a request, then of one made
// while they run; the ledger stops listing each request once both its
// slots are held to its end, and agrees with the lens.
func TestLedgerV2FeedsSales(t *testing.T) {
	f := newFx2(t)
	ctx := t.Context()
	f.drive = f.open(t.TempDir(), f.Client, 0)
	var svcs []*marketv2.Sales
	for _, idx := range []int{2, 3} {
		p := f.provider(idx, marketv2.AcceptAll)
		s, err := marketv2.NewSales(marketv2.DefaultSalesConfig(), nil, marketv2.SalesDeps{
			Self: p.acct.Addr, Config: p.m.Config, Clock: p.m.Clock, Reader: p.m, Taker: p.m,
			Requests: market.LedgerRequests{Ledger: f.drive}, Receiver: clientShards{f},
			Sets: []marketv2.SaleSet{{SetID: p.set(), Store: p.vol.Store}},
		})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(s.Close)
		svcs = append(svcs, s)
	}
	run := func(to uint64) {
		for e := f.CurrentEpoch(); e < to; e++ {
			f.ToEpoch(e, 1)
			for range 4 {
				if err := f.drive.Step(ctx); err != nil {
					t.Fatal(err)
				}
				for _, s := range svcs {
					if err := s.Step(ctx, f.CurrentEpoch()); err != nil {
						t.Logf("epoch %d: sales: %v", e, err)
					}
				}
				f.Mine(1)
			}
			f.tick()
		}
	}
	held := func(r *req2) {
		t.Helper()
		for i := range 2 {
			si, err := f.client.SlotInfo(ctx, r.id, uint64(i))
			if err != nil || si.Tenure == nil || si.Tenure.Sign() == 0 {
				t.Fatalf("slot %d of %x not filled: %+v (err %v)", i, r.id[:4], si, err)
			}
		}
		open, err := f.drive.OpenSlotRequests()
		if err != nil || slices.ContainsFunc(open, func(q ledger.RequestV2) bool { return q.ID == r.id }) {
			t.Fatalf("the ledger still lists %x as open (err %v)", r.id[:4], err)
		}
	}
	start := f.CurrentEpoch() + 3
	r1 := f.request(start, start+20)
	run(start + 1)
	held(r1)
	r2 := f.request(f.CurrentEpoch()+2, f.CurrentEpoch()+20)
	run(f.CurrentEpoch() + 3)
	held(r2)
	l := f.open(t.TempDir(), f.Client, 2)
	f.sync(l, 2)
	f.check2(l)
	for _, s := range svcs {
		if st := s.Stats(); st.Filled != 2 {
			t.Errorf("a sales service filled %d slots, want 2 (one per request)", st.Filled)
		}
	}
}

// TestLedgerV2FeedsSettler: a settler listing requests from a
// 0-confirmation ledger (market.LedgerRequests with All) fails the set of
// a provider that stopped proving, whose request the ledger does not list
// as open (its slots look held until the failure is recorded).
func TestLedgerV2FeedsSettler(t *testing.T) {
	f := newFx2(t)
	ctx := t.Context()
	f.drive = f.open(t.TempDir(), f.Client, 0)
	a, b := f.provider(2, marketv2.AcceptAll), f.provider(3, marketv2.AcceptAll)
	start := f.CurrentEpoch() + 3
	r := f.request(start, start+30)
	a.fill(r, 0, 0)
	b.fill(r, 1, 0)
	st, err := marketv2.NewSettler(marketv2.DefaultSettlerConfig(), nil, marketv2.SettlerDeps{
		Chain: f.client, Config: f.client.Config, Clock: f.client.Clock,
		Requests: market.LedgerRequests{Ledger: f.drive, All: true}, Skip: []uint64{a.set()},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	f.step(start + 1)
	if open, err := f.drive.OpenSlotRequests(); err != nil || len(open) != 0 {
		t.Fatalf("open-slot requests %v (err %v), want none: both slots held", open, err)
	}
	b.quiet = true
	for e := start + 2; e < start+12 && st.Stats().SetsFailed == 0; e++ {
		f.step(e)
		f.ToEpoch(e, f.Config.GraceBlocks+1)
		if err := st.Step(ctx, e); err != nil {
			t.Fatalf("settler, epoch %d: %v", e, err)
		}
	}
	if si, err := f.client.SetInfo(ctx, b.set()); err != nil || si.State != marketv2.SetFailedState || st.Stats().SetsFailed != 1 {
		t.Fatalf("B's set %+v (err %v), settler %+v: want failed by the settler", si, err, st.Stats())
	}
	if si, err := f.client.SetInfo(ctx, a.set()); err != nil || si.State != marketv2.SetActive {
		t.Fatalf("A's set %+v (err %v): want active", si, err)
	}
	l := f.open(t.TempDir(), f.Client, 2)
	f.sync(l, 2)
	f.check2(l)
	open, err := l.OpenSlotRequests()
	if err != nil || len(open) != 1 || open[0].ID != r.id {
		t.Fatalf("open-slot requests after the failure: %v (err %v), want the request", open, err)
	}
}
