package marketv2_test

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/ledger"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// lyingReader answers RoleOf with RoleNone while lie says so: a lagging
// or reorged latest-block read that says we are not in the request.
type lyingReader struct {
	marketv2.TakeReader
	lie  func() bool
	lies *atomic.Int64
}

func (r lyingReader) RoleOf(ctx context.Context, req [32]byte, who common.Address) (uint8, error) {
	if r.lie() {
		r.lies.Add(1)
		return marketv2.RoleNone, nil
	}
	return r.TakeReader.RoleOf(ctx, req, who)
}

// lostFill is a SlotTaker whose first fill mines but reports an error,
// as a fill whose receipt never reached us.
type lostFill struct {
	marketv2.SlotTaker
	lost *atomic.Bool
}

func (f lostFill) FillFromStore(ctx context.Context, st marketv2.FillStore, setID uint64, req [32]byte, index uint64) (*big.Int, error) {
	tid, err := f.SlotTaker.FillFromStore(ctx, st, setID, req, index)
	if err == nil && f.lost.CompareAndSwap(false, true) {
		return nil, errors.New("fill sent; receipt lost")
	}
	return tid, err
}

// Our fillSlot mines but its answer is lost and, from then on, every latest read
// of our role says "not in the request" while the fill is mined. With the
// ledger's confirmed view (market.LedgerSlots, 2 confirmations) sales
// keeps the shard until the ledger confirms the fill, marks it proving,
// and the prover proves the slot from the request's start. The control
// case without a confirmed view deletes the shard on the lie: what the
// confirmed view is for.
func TestSalesKeepsShardOnUnconfirmedNotOurs(t *testing.T) {
	for _, tc := range []struct {
		name      string
		confirmed bool
	}{
		{"ledger confirmed view", true},
		{"control: latest reads only", false},
	} {
		t.Run(tc.name, func(t *testing.T) { testUnconfirmedNotOurs(t, tc.confirmed) })
	}
}

func testUnconfirmedNotOurs(t *testing.T, confirmed bool) {
	w := newWorld(t)
	var c clientShards
	p := w.providerVia(2, anviltest.Shared(t).URL)
	var lost atomic.Bool
	var lies atomic.Int64
	lie := lost.Load // from the moment our fill mined unseen on
	deps := marketv2.SalesDeps{
		Self: p.acct.Addr, Config: p.Market.Config, Clock: p.Market.Clock,
		Reader: lyingReader{p.Market, lie, &lies}, Taker: lostFill{p.Market, &lost}, Requests: marketv2.NewRequestEvents(p.Market),
		Receiver: &c, Sets: saleSets(p),
	}
	var l *ledger.Ledger
	var err error
	if confirmed {
		lc := ledger.DefaultConfig()
		lc.Protocol, lc.StartBlock, lc.Confirmations = ledger.ProtocolV2, w.Dep.Block, 2
		if l, err = ledger.Open(t.TempDir(), lc, w.log(), w.Client.Client(), w.Dep.Marketplace); err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		deps.Confirmed = market.LedgerSlots{Ledger: l}
	}
	s, err := marketv2.NewSales(marketv2.DefaultSalesConfig(), w.log(), deps)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start, end := w.window(5, 6)
	r := w.request(4096, start, end)
	c.add(r.id, r.shards)
	for e := w.CurrentEpoch(); e < start+2; e++ {
		w.ToEpoch(e, 1)
		for range 4 {
			if l != nil {
				if err := l.Step(t.Context()); err != nil {
					t.Fatalf("ledger step: %v", err)
				}
			}
			if err := s.Step(t.Context(), w.CurrentEpoch()); err != nil {
				t.Logf("epoch %d: %v", e, err)
			}
			w.Mine(1)
		}
		w.tick()
	}
	if !lost.Load() {
		t.Fatal("no fill was sent")
	}
	if lies.Load() == 0 {
		t.Fatal("the reader never lied")
	}
	fills := w.logs("SlotFilled", 0)
	if len(fills) != 1 {
		t.Fatalf("%d SlotFilled events, want 1", len(fills))
	}
	ev, err := w.abi.UnpackSlotFilledEvent(&fills[0])
	if err != nil {
		t.Fatal(err)
	}
	slot := storage.SlotID(ev.SlotId)
	st := s.Stats()
	info, err := p.Vols[0].Store.Info(slot)
	if !confirmed {
		if st.Dropped != 1 || err == nil {
			t.Fatalf("control: stats %+v, shard %+v, %v; want the lie to drop the shard", st, info, err)
		}
		return
	}
	role, err := w.Client.RoleOf(t.Context(), r.id, p.acct.Addr)
	if err != nil || role != marketv2.RoleHolder {
		t.Fatalf("role %d, %v; want holder", role, err)
	}
	if st.Filled != 1 || st.Dropped != 0 || s.Pending() != 0 {
		t.Fatalf("stats %+v, pending %d; want one fill, no shard dropped", st, s.Pending())
	}
	if err != nil || info.State != storage.StateProving {
		t.Fatalf("shard %+v, %v; want kept and proving", info, err)
	}
	if n := w.provenEpochs(p.Vols[0].SetID)[start]; n != 1 {
		t.Fatalf("%d proofs of epoch %d, want 1", n, start)
	}
}
