package marketv2_test

import (
	"context"
	"errors"
	"io"
	"math/big"
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// A k=2, m=1 request is sold to three providers by their sales services:
// each reserves one slot, receives its shard, fills it into its set no
// earlier than startEpoch − 1, and its prover proves it from start on.
func TestSalesFillRequestByKPlusMProviders(t *testing.T) {
	w := newWorld(t)
	var c clientShards
	var ps []*provider
	var svcs []stepper
	for i := 2; i <= 4; i++ {
		p := w.newProvider(i, 1, testProverConfig(), nil)
		ps = append(ps, p)
		svcs = append(svcs, w.sales(p, marketv2.DefaultSalesConfig(), &c))
	}
	start, end := w.window(5, 6)
	r := w.codedRequest(&c, 2, 1, 10000, start, end, new(big.Int), new(big.Int))
	w.drive(start+2, svcs...)

	held := map[uint64]bool{}
	for i := range uint64(3) {
		owner, set := w.holder(r, i)
		if set == 0 {
			t.Fatalf("slot %d not filled", i)
		}
		for _, p := range ps {
			if p.acct.Addr == owner && p.Vols[0].SetID == set {
				held[set] = true
				info, err := p.Vols[0].Store.Info(r.slot(int(i)))
				if err != nil || info.State != storage.StateProving {
					t.Errorf("slot %d: shard %+v, %v; want proving", i, info, err)
				}
			}
		}
	}
	if len(held) != 3 {
		t.Fatalf("slots held by %d of our sets, want 3", len(held))
	}
	for _, l := range w.logs("SlotFilled", 0) {
		ev, err := w.abi.UnpackSlotFilledEvent(&l)
		if err != nil {
			t.Fatal(err)
		}
		if ev.Epoch.Uint64()+1 < start {
			t.Errorf("slot %d filled in epoch %d, before start−1 = %d", ev.Index, ev.Epoch, start-1)
		}
	}
	for _, p := range ps {
		if n := w.provenEpochs(p.Vols[0].SetID)[start]; n != 1 {
			t.Errorf("set %d: %d proofs of epoch %d", p.Vols[0].SetID, n, start)
		}
	}
	if info, err := w.Client.RequestInfo(t.Context(), r.id); err != nil || info.State != marketv2.RequestActive {
		t.Fatalf("request %+v, %v; want active", info.State, err)
	}
}

// The pure policy: floor, size, kinds, collateral budget, escalated deposit,
// epochs left.
func TestSalesPolicyDecide(t *testing.T) {
	base := contracts.IMarketplaceV2RequestInfo{Price: big.NewInt(5), ShardSize: 4096, Collateral: big.NewInt(100), StartEpoch: 10, EndEpoch: 20}
	pol := marketv2.SalesPolicy{MinPrice: big.NewInt(5), MaxShardSize: 4096, MaxCollateral: big.NewInt(250), MaxDeposit: big.NewInt(8), MinEpochsLeft: 2}
	offer := func(f func(*marketv2.Offer)) marketv2.Offer {
		o := marketv2.Offer{Kind: marketv2.KindInitial, Epoch: 5, Info: base, Deposit: big.NewInt(1)}
		f(&o)
		return o
	}
	for _, tc := range []struct {
		name      string
		o         marketv2.Offer
		committed int64
		take      bool
	}{
		{"initial at floor", offer(func(*marketv2.Offer) {}), 0, true},
		{"below floor", offer(func(o *marketv2.Offer) { o.Info.Price = big.NewInt(4) }), 0, false},
		{"too big", offer(func(o *marketv2.Offer) { o.Info.ShardSize = 8192 }), 0, false},
		{"repair is the repairer's", offer(func(o *marketv2.Offer) { o.Kind = marketv2.KindRepair }), 0, false},
		{"renewal", offer(func(o *marketv2.Offer) { o.Kind = marketv2.KindRenewal }), 0, true},
		{"late", offer(func(o *marketv2.Offer) { o.Kind = marketv2.KindLate }), 0, true},
		{"budget fits", offer(func(*marketv2.Offer) {}), 150, true},
		{"budget exceeded", offer(func(*marketv2.Offer) {}), 151, false},
		{"deposit escalated 8x fits", offer(func(o *marketv2.Offer) { o.Deposit = big.NewInt(8) }), 0, true},
		{"deposit escalated 16x", offer(func(o *marketv2.Offer) { o.Deposit = big.NewInt(16) }), 0, false},
		{"one epoch left", offer(func(o *marketv2.Offer) { o.Epoch = 18 }), 0, false},
		{"two epochs left", offer(func(o *marketv2.Offer) { o.Epoch = 17 }), 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := pol.Decide(tc.o, big.NewInt(tc.committed))
			var d marketv2.Decline
			if tc.take != (err == nil) || (err != nil && !errors.As(err, &d)) {
				t.Fatalf("decide: %v, want take=%v", err, tc.take)
			}
		})
	}
	if err := (marketv2.SalesPolicy{MinPrice: new(big.Int)}).Validate(); err == nil {
		t.Fatal("a zero price floor validated")
	}
}

// badOnce delivers a corrupt shard first, then the real one.
type badOnce struct {
	c    *clientShards
	sent bool
}

func (b *badOnce) Receive(ctx context.Context, req [32]byte, index, size uint64, w io.Writer) error {
	if !b.sent {
		b.sent = true
		_, err := w.Write(make([]byte, size))
		return err
	}
	return b.c.Receive(ctx, req, index, size, w)
}

// A received shard whose root is wrong is refused by the store at commit
// and not filled; the next delivery is verified and filled.
func TestSalesRefusesShardWithWrongRoot(t *testing.T) {
	w := newWorld(t)
	var c clientShards
	p := w.newProvider(2, 1, testProverConfig(), nil)
	recv := &badOnce{c: &c}
	s := w.sales(p, marketv2.DefaultSalesConfig(), recv)
	start, end := w.window(4, 6)
	r := w.request(4096, start, end)
	c.add(r.id, r.shards)
	w.drive(start+1, s)
	st := s.Stats()
	if !recv.sent || st.Received != 1 || st.Filled != 1 || st.Dropped != 0 {
		t.Fatalf("stats %+v (corrupt sent: %v); want one verified receipt and one fill", st, recv.sent)
	}
	owner, _ := w.holder(r, 0)
	o1, _ := w.holder(r, 1)
	if owner != p.acct.Addr && o1 != p.acct.Addr {
		t.Fatal("the provider holds no slot")
	}
}
