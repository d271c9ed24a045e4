package s3_test

import (
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/minio/minio-go/v7"

	s3gw "github.com/cairn-storage/cairn/gateway/s3"
	"github.com/cairn-storage/cairn/market"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// testKeepBudget: the gateway's keeper tends its uploads (a pack and the
// sealed index, both put for 400 epochs, as every test upload: a
// reservation must outlive its TTL of 150 epochs on a slow machine): not
// before they are within notice + margin of their end, and within its
// budget only: with room for one extension exactly one request is
// extended, by the period, for exactly its quote, the other is refused as
// over budget, and a further step spends nothing.
func testKeepBudget(t *testing.T, w *world) {
	ctx := t.Context()
	mn := newMnemonic(t)
	w.fund(mn)
	n := w.openNodeWith(mn, filepath.Join(t.TempDir(), "keep"), nodeOpts{tune: smallPacks, client: func(c *market.ClientConfig) { c.Epochs = 400 }})
	c := n.minio(t, n.creds.SecretKey)
	if err := c.MakeBucket(ctx, "keep", minio.MakeBucketOptions{}); err != nil {
		t.Fatal(err)
	}
	putBytes(t, c, "keep", "obj", randomBytes(t, 300<<10))
	flush(t, ctx, n)
	pack := onePack(t, n, 300<<10)
	_, idx := activeUploads(t, n)
	if len(idx) != 1 {
		t.Fatalf("%d sealed indexes", len(idx))
	}
	ids := []s3gw.UploadID{pack, idx[0]}
	endOf := func(id s3gw.UploadID) uint64 {
		t.Helper()
		ri, err := n.market.RequestInfo(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return uint64(ri.EndEpoch)
	}
	ends := map[s3gw.UploadID]uint64{}
	for _, id := range ids {
		ends[id] = endOf(id)
	}
	ri, err := n.market.RequestInfo(ctx, pack)
	if err != nil {
		t.Fatal(err)
	}
	const period = 20
	cost := new(big.Int).Mul(ri.Price, big.NewInt((int64(ri.K)+int64(ri.M))*period))
	notice := uint64(w.chain.Config.MissWindow)
	epochNow := func() uint64 {
		t.Helper()
		e, err := n.market.CurrentEpoch(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}

	// Not due: no margin, and the ends are further than the notice.
	cfg := n.cfg
	cfg.KeepConfig.Period, cfg.KeepConfig.Margin = period, 0
	cfg.KeepConfig.Journal = filepath.Join(t.TempDir(), "not-due.json")
	k, err := s3gw.NewKeeper(cfg, w.log, n.market)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.gw.KeepWith(ctx, k); err != nil {
		t.Fatal(err)
	}
	e := epochNow()
	for _, id := range ids {
		if e+notice >= ends[id] {
			t.Fatalf("request %s ends at %d, epoch %d: due already", id, ends[id], e)
		}
	}
	if err := k.Step(ctx, e); err != nil {
		t.Fatalf("keeper step, nothing due: %v", err)
	}
	for _, id := range ids {
		if got := endOf(id); got != ends[id] {
			t.Fatalf("request %s extended to %d before it was due", id, got)
		}
	}

	// Due (the margin covers the whole term), room for one extension.
	cfg.KeepConfig.Margin, cfg.KeepConfig.Budget.Total = 450, cost
	cfg.KeepConfig.Journal = ""
	k, err = s3gw.NewKeeper(cfg, w.log, n.market)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.gw.KeepWith(ctx, k); err != nil {
		t.Fatal(err)
	}
	before := tokens(t, n)
	if err := k.Step(ctx, epochNow()); !errors.Is(err, marketv2.ErrOverBudget) {
		t.Fatalf("keeper step with room for one of two extensions: %v, want over budget", err)
	}
	extended := 0
	for _, id := range ids {
		switch got := endOf(id); got {
		case ends[id] + period:
			extended++
		case ends[id]:
		default:
			t.Fatalf("request %s ends at %d: neither %d nor %d+%d", id, got, ends[id], ends[id], period)
		}
	}
	if extended != 1 {
		t.Fatalf("%d requests extended, want exactly 1", extended)
	}
	spent := new(big.Int).Sub(before, tokens(t, n))
	if spent.Cmp(cost) != 0 {
		t.Fatalf("keeper spent %s tokens, the quote was %s", spent, cost)
	}
	// Not beyond: a further step spends nothing and moves no end.
	if err := k.Step(ctx, epochNow()); !errors.Is(err, marketv2.ErrOverBudget) {
		t.Fatalf("second step: %v, want over budget", err)
	}
	if after := tokens(t, n); new(big.Int).Sub(before, after).Cmp(cost) != 0 {
		t.Fatalf("spent %s after the second step, budget %s", new(big.Int).Sub(before, after), cost)
	}
}
