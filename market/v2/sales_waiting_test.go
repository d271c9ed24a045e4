package marketv2_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// lieFor answers RoleOf with RoleNone for the requests in reqs: a latest
// read that keeps saying we are not in them.
type lieFor struct {
	marketv2.TakeReader
	mu   sync.Mutex
	reqs map[[32]byte]bool
}

func (r *lieFor) add(req [32]byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reqs[req] = true
}

func (r *lieFor) RoleOf(ctx context.Context, req [32]byte, who common.Address) (uint8, error) {
	r.mu.Lock()
	lie := r.reqs[req]
	r.mu.Unlock()
	if lie {
		return marketv2.RoleNone, nil
	}
	return r.TakeReader.RoleOf(ctx, req, who)
}

// behindLedger is a confirmed view that has seen no request yet (a ledger
// far behind): it can never tell a pending slot's fate.
type behindLedger struct{ asked atomic.Int64 }

func (b *behindLedger) ConfirmedSlot(context.Context, [32]byte, uint64, common.Address) (marketv2.ConfirmedSlot, error) {
	b.asked.Add(1)
	return marketv2.ConfirmedSlot{}, nil
}

// Slots kept because a latest read and a behind ledger disagree have
// their own allowance (MaxPending more in flight), so they do not block
// real sales: with MaxPending 1, request A's slot waits on confirmation
// (its role reads None, the ledger knows nothing) and request B is still
// reserved, received and filled. The bound holds: once a second slot (C)
// waits, 2·MaxPending are in flight and request D is not reserved.
// Without the separate allowance B is never reserved.
func TestSalesWaitingOnConfirmationHasItsOwnBound(t *testing.T) {
	w := newWorld(t)
	var c clientShards
	p := w.newProvider(2, 1, testProverConfig(), nil)
	lie := &lieFor{TakeReader: p.Market, reqs: map[[32]byte]bool{}}
	view := &behindLedger{}
	cfg := marketv2.DefaultSalesConfig()
	cfg.MaxPending = 1
	s, err := marketv2.NewSales(cfg, w.log(), marketv2.SalesDeps{
		Self: p.acct.Addr, Config: p.Market.Config, Clock: p.Market.Clock,
		Reader: lie, Taker: p.Market, Requests: marketv2.NewRequestEvents(p.Market),
		Receiver: &c, Sets: saleSets(p), Confirmed: view,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	role := func(r *req) uint8 {
		t.Helper()
		got, err := w.Client.RoleOf(t.Context(), r.id, p.acct.Addr)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}

	start, end := w.window(5, 6)
	a := w.request(4096, start, end)
	lie.add(a.id)
	b := w.request(4096, start, end)
	c.add(a.id, a.shards)
	c.add(b.id, b.shards)
	w.drive(start+1, s)
	if got := role(a); got != marketv2.RoleReserved {
		t.Fatalf("request A: role %d, want reserved (kept, waiting on confirmation)", got)
	}
	if view.asked.Load() == 0 {
		t.Fatal("the confirmed view was never asked")
	}
	if got := role(b); got != marketv2.RoleHolder {
		t.Fatalf("request B: role %d, want holder: a slot waiting on confirmation blocked a real sale (stats %+v, pending %d)", got, s.Stats(), s.Pending())
	}
	if st := s.Stats(); st.Filled != 1 || st.Dropped != 0 || s.Pending() != 1 {
		t.Fatalf("stats %+v, pending %d; want B filled, A kept pending", st, s.Pending())
	}

	start, end = w.window(5, 6)
	cr := w.request(4096, start, end)
	lie.add(cr.id)
	d := w.request(4096, start, end)
	c.add(cr.id, cr.shards)
	c.add(d.id, d.shards)
	w.drive(start, s)
	if got := role(cr); got != marketv2.RoleReserved {
		t.Fatalf("request C: role %d, want reserved", got)
	}
	if got := role(d); got != marketv2.RoleNone || s.Pending() != 2 {
		t.Fatalf("request D: role %d with %d pending; want none taken: two slots waiting fill the bound of 2·MaxPending", got, s.Pending())
	}
}
