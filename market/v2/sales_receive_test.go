package marketv2_test

import (
	"context"
	"errors"
	"io"
	"sync"
	"testing"
	"time"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// gated delivers every shard at once except those of one request, whose
// Receive blocks until release is closed (a slow push) or its context
// ends; it records how that blocked receive ended.
type gated struct {
	c       *clientShards
	slow    [32]byte
	release chan struct{}
	started chan struct{} // closed when the slow receive began

	once  sync.Once
	mu    sync.Mutex
	ended error // the slow receive's context error, once it returned
}

func newGated(c *clientShards) *gated {
	return &gated{c: c, release: make(chan struct{}), started: make(chan struct{})}
}

func (g *gated) Receive(ctx context.Context, req [32]byte, index, size uint64, w io.Writer) error {
	if req != g.slow {
		return g.c.Receive(ctx, req, index, size, w)
	}
	g.once.Do(func() { close(g.started) })
	select {
	case <-g.release:
		return g.c.Receive(ctx, req, index, size, w)
	case <-ctx.Done():
		g.mu.Lock()
		g.ended = ctx.Err()
		g.mu.Unlock()
		return ctx.Err()
	}
}

func (g *gated) endedWith() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.ended
}

// One slow push does not hold back the provider's other slots: while the
// shard of one request is still arriving, sales reserves, receives and
// fills the other request's slot in the same steps; once the slow push
// completes, a later step fills that slot too.
func TestSalesFillsBesideASlowReceive(t *testing.T) {
	w := newWorld(t)
	var c clientShards
	p := w.newProvider(2, 1, testProverConfig(), nil)
	recv := newGated(&c)
	cfg := marketv2.DefaultSalesConfig()
	cfg.ReceiveGrace = 50 * time.Millisecond
	s := w.sales(p, cfg, recv)
	start, end := w.window(4, 6)
	slow := w.request(4096, start, end)
	fast := w.request(4096, start, end)
	recv.slow = slow.id
	c.add(slow.id, slow.shards)
	c.add(fast.id, fast.shards)

	held := func(r *req) bool {
		for i := range uint64(2) {
			if owner, _ := w.holder(r, i); owner == p.acct.Addr {
				return true
			}
		}
		return false
	}
	stepUntil := func(what string, done func() bool) {
		t.Helper()
		for range 200 {
			if err := s.Step(t.Context(), w.CurrentEpoch()); err != nil {
				t.Logf("step: %v", err)
			}
			if done() {
				return
			}
			w.Mine(1)
			w.tick()
		}
		t.Fatalf("%s: not after 200 blocks (stats %+v)", what, s.Stats())
	}
	stepUntil("the fast slot filled", func() bool { return held(fast) })
	select {
	case <-recv.started:
	default:
		t.Fatal("the slow slot's receive never started")
	}
	if held(slow) || s.Stats().Filled != 1 || s.Pending() != 1 {
		t.Fatalf("slow slot held %v, stats %+v, %d pending; want only the fast one filled, the slow one pending", held(slow), s.Stats(), s.Pending())
	}
	close(recv.release)
	stepUntil("the slow slot filled after its push", func() bool { return held(slow) })
	if st := s.Stats(); st.Received != 2 || st.Filled != 2 || st.Dropped != 0 || s.Pending() != 0 {
		t.Fatalf("stats %+v, %d pending; want both received and filled", st, s.Pending())
	}
}

// Run returns only once the receives it left in flight ended: they are
// cancelled, so none writes into a store its owner closes after Run.
func TestSalesRunEndsItsReceives(t *testing.T) {
	w := newWorld(t)
	var c clientShards
	p := w.newProvider(2, 1, testProverConfig(), nil)
	recv := newGated(&c)
	cfg := marketv2.DefaultSalesConfig()
	cfg.ReceiveGrace, cfg.Poll = 10*time.Millisecond, 20*time.Millisecond
	s := w.sales(p, cfg, recv)
	start, end := w.window(4, 6)
	slow := w.request(4096, start, end)
	recv.slow = slow.id
	c.add(slow.id, slow.shards)

	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	ran := make(chan error, 1)
	go func() { ran <- s.Run(ctx) }()
	for started := false; !started; {
		select {
		case <-recv.started:
			started = true
		case err := <-ran:
			t.Fatalf("run returned before any receive: %v", err)
		case <-time.After(50 * time.Millisecond):
			w.Mine(1) // Run steps at every new head
		}
	}
	cancel()
	select {
	case <-ran:
	case <-time.After(time.Minute):
		t.Fatal("run still running a minute after its context ended")
	}
	if err := recv.endedWith(); !errors.Is(err, context.Canceled) {
		t.Fatalf("the receive in flight ended with %v when Run returned; want it cancelled first", err)
	}
}
