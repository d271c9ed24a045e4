package marketv2_test

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/internal/cairntest/markettest"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// clientShards is the client's side of the shard push: every shard of
// every request it made, by request and index.
type clientShards struct {
	mu     sync.Mutex
	shards map[[32]byte][][]byte
}

func (c *clientShards) Receive(_ context.Context, req [32]byte, index, size uint64, w io.Writer) error {
	c.mu.Lock()
	s := c.shards[req]
	c.mu.Unlock()
	if index >= uint64(len(s)) || uint64(len(s[index])) != size {
		return fmt.Errorf("client has no shard %d of %x", index, req[:4])
	}
	_, err := w.Write(s[index])
	return err
}

func (c *clientShards) add(req [32]byte, shards [][]byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.shards == nil {
		c.shards = map[[32]byte][][]byte{}
	}
	c.shards[req] = shards
}

// storeFetcher serves shards from the test providers' stores, as their
// p2p servers would.
type storeFetcher struct{ w *world }

func (f storeFetcher) Fetch(_ context.Context, holder common.Address, slot [32]byte, size uint64, w io.Writer) error {
	for _, p := range f.w.provers {
		if p.acct.Addr != holder {
			continue
		}
		for _, v := range p.Vols {
			r, err := v.Store.Open(storage.SlotID(slot))
			if err != nil {
				continue
			}
			n, err := io.Copy(w, io.LimitReader(r, int64(size)))
			r.Close()
			if err != nil || uint64(n) != size {
				return fmt.Errorf("copy %d of %d bytes: %v", n, size, err)
			}
			return nil
		}
	}
	return fmt.Errorf("%s holds no shard %x", holder, slot[:4])
}

// codedRequest erasure-codes a random file into k+m shards and requests
// their storage over [start, end); the client keeps the shards.
func (w *world) codedRequest(c *clientShards, k, m int, fileSize int64, start, end uint64, bonus, reserve *big.Int) *req {
	w.t.Helper()
	shards, res := markettest.Encode(w.t, w.shard(uint64(fileSize)), k, m)
	r := &req{p: markettest.Params(w.Env, k, m, start, end, w.Accounts[9].Addr), shards: shards}
	r.p.ShardSize, r.p.ShardRoots = res.ShardSize, res.Roots
	r.p.RepairBonus, r.p.RepairReserve = bonus, reserve
	var err error
	if r.id, _, err = w.Client.RequestStorage(w.t.Context(), r.p); err != nil {
		w.t.Fatalf("request storage: %v", err)
	}
	c.add(r.id, r.shards)
	return r
}

func saleSets(p *provider) []marketv2.SaleSet {
	var out []marketv2.SaleSet
	for _, v := range p.Vols {
		out = append(out, marketv2.SaleSet{SetID: v.SetID, Store: v.Store})
	}
	return out
}

func (w *world) sales(p *provider, cfg marketv2.SalesConfig, recv marketv2.ShardReceiver) *marketv2.Sales {
	w.t.Helper()
	s, err := marketv2.NewSales(cfg, w.log().With("sales", p.acct.Addr.Hex()[:8]), marketv2.SalesDeps{
		Self: p.acct.Addr, Config: p.Market.Config, Clock: p.Market.Clock,
		Reader: p.Market, Taker: p.Market, Requests: marketv2.NewRequestEvents(p.Market),
		Receiver: recv, Sets: saleSets(p),
	})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(s.Close)
	return s
}

func (w *world) repairer(p *provider) *marketv2.Repairer {
	w.t.Helper()
	cfg := marketv2.DefaultRepairerConfig()
	cfg.TempDir = w.t.TempDir()
	r, err := marketv2.NewRepairer(cfg, w.log().With("repairer", p.acct.Addr.Hex()[:8]), marketv2.RepairerDeps{
		Self: p.acct.Addr, Config: p.Market.Config, Clock: p.Market.Clock,
		Reader: p.Market, Taker: p.Market, Owners: p.Market, Requests: marketv2.NewRequestEvents(p.Market),
		Fetcher: storeFetcher{w}, Sets: saleSets(p),
	})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(r.Close)
	return r
}

// stepper is a service stepped by drive.
type stepper interface {
	Step(ctx context.Context, epoch uint64) error
}

// drive runs epochs from the current one up to (not including) to: in
// each, four rounds of stepping every service then mining a block, then
// the provers. Service errors are logged (a fill is retried next step);
// tests assert outcomes.
func (w *world) drive(to uint64, svcs ...stepper) {
	w.t.Helper()
	for e := w.CurrentEpoch(); e < to; e++ {
		w.ToEpoch(e, 1)
		for range 4 {
			for _, s := range svcs {
				if err := s.Step(w.t.Context(), w.CurrentEpoch()); err != nil {
					w.t.Logf("epoch %d: %T: %v", e, s, err)
				}
			}
			w.Mine(1)
		}
		w.tick()
	}
}

// holder is the owner of the set holding slot i of r (zero if none).
func (w *world) holder(r *req, i uint64) (common.Address, uint64) {
	w.t.Helper()
	si, err := w.Client.SlotInfo(w.t.Context(), r.id, i)
	if err != nil {
		w.t.Fatal(err)
	}
	if si.Tenure == nil || si.Tenure.Sign() == 0 {
		return common.Address{}, 0
	}
	set, _ := marketv2.SplitTenure(si.Tenure)
	return w.setInfo(set).Owner, set
}

func (w *world) drop(p *provider) {
	for i, q := range w.provers {
		if q == p {
			w.provers = append(w.provers[:i], w.provers[i+1:]...)
			return
		}
	}
}

// newSales is p's sales service over src with the default config, the
// shards it receives coming from c; closed with the test.
func (w *world) newSales(p *provider, src marketv2.RequestSource, c *clientShards) *marketv2.Sales {
	w.t.Helper()
	s, err := marketv2.NewSales(marketv2.DefaultSalesConfig(), w.log(), marketv2.SalesDeps{
		Self: p.acct.Addr, Config: p.Market.Config, Clock: p.Market.Clock,
		Reader: p.Market, Taker: p.Market, Requests: src, Receiver: c, Sets: saleSets(p),
	})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(s.Close)
	return s
}
