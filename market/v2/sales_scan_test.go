package marketv2_test

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// countingReader counts the deposit reads of a taker.
type countingReader struct {
	marketv2.TakeReader
	deposits atomic.Int64
}

func (r *countingReader) DepositFor(ctx context.Context, req [32]byte, index uint64) (*big.Int, error) {
	r.deposits.Add(1)
	return r.TakeReader.DepositFor(ctx, req, index)
}

// countingTaker counts the reservations reads of a taker.
type countingTaker struct {
	marketv2.SlotTaker
	reads atomic.Int64
}

func (c *countingTaker) Reservations(ctx context.Context, req [32]byte, index uint64) ([]contracts.IMarketplaceV2Reservation, error) {
	c.reads.Add(1)
	return c.SlotTaker.Reservations(ctx, req, index)
}

// takerService is Sales or Repairer.
type takerService interface {
	stepper
	Stats() marketv2.TakeStats
	Close()
}

// Every taker of every provider scans every open request at every block:
// a slot the policy refuses whatever its deposit (a repairer and the
// sales' Initial slots; a price under the sales' floor) costs one slot
// read, not the deposit and reservations reads too (under -race on a
// loaded devnet the repairers' scans of slots they never take were a large
// part of the RPC load on anvil). Declines are still counted.
func TestTakersReadNoDepositOfSlotsTheyRefuse(t *testing.T) {
	w := newWorld(t)
	p := w.newProvider(2, 1, testProverConfig(), nil)
	for _, tc := range []struct {
		name string
		make func(r marketv2.TakeReader, tk marketv2.SlotTaker) takerService
	}{
		{"repairer on initial slots", func(r marketv2.TakeReader, tk marketv2.SlotTaker) takerService {
			cfg := marketv2.DefaultRepairerConfig()
			cfg.TempDir = t.TempDir()
			rep, err := marketv2.NewRepairer(cfg, w.log(), marketv2.RepairerDeps{
				Self: p.acct.Addr, Config: p.Market.Config, Clock: p.Market.Clock,
				Reader: r, Taker: tk, Owners: p.Market, Requests: marketv2.NewRequestEvents(p.Market),
				Fetcher: storeFetcher{w}, Sets: saleSets(p),
			})
			if err != nil {
				t.Fatal(err)
			}
			return rep
		}},
		{"sales under its price floor", func(r marketv2.TakeReader, tk marketv2.SlotTaker) takerService {
			cfg := marketv2.DefaultSalesConfig()
			cfg.Policy.MinPrice = contracts.Tokens(1000)
			s, err := marketv2.NewSales(cfg, w.log(), marketv2.SalesDeps{
				Self: p.acct.Addr, Config: p.Market.Config, Clock: p.Market.Clock,
				Reader: r, Taker: tk, Requests: marketv2.NewRequestEvents(p.Market),
				Receiver: &clientShards{}, Sets: saleSets(p),
			})
			if err != nil {
				t.Fatal(err)
			}
			return s
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reader := &countingReader{TakeReader: p.Market}
			taker := &countingTaker{SlotTaker: p.Market}
			svc := tc.make(reader, taker)
			defer svc.Close()
			start, end := w.window(3, 6)
			w.request(4096, start, end)
			w.drive(start, svc)
			st := svc.Stats()
			if st.Declined == 0 || st.Reserved != 0 {
				t.Fatalf("stats %+v: want every slot declined, none reserved", st)
			}
			if d, r := reader.deposits.Load(), taker.reads.Load(); d != 0 || r != 0 {
				t.Fatalf("%d deposit and %d reservations reads for %d declines: refused slots cost reads", d, r, st.Declined)
			}
		})
	}
}
