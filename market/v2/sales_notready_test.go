package marketv2_test

import (
	"context"
	"fmt"
	"io"
	"sync/atomic"
	"testing"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// notYet says the shard has not arrived for its first n asks, then
// delivers it.
type notYet struct {
	c    *clientShards
	n    int32
	asks atomic.Int32 // Receive runs beside the step
}

func (r *notYet) Receive(ctx context.Context, req [32]byte, index, size uint64, w io.Writer) error {
	if n := r.asks.Add(1); n <= r.n {
		return fmt.Errorf("ask %d: %w", n, marketv2.ErrShardNotReady)
	}
	return r.c.Receive(ctx, req, index, size, w)
}

// A receiver that has no shard yet (ErrShardNotReady) is asked again at
// the next step; sales reports no error meanwhile, keeps the slot and
// fills it once the shard comes.
func TestSalesAsksAgainWhenShardNotReady(t *testing.T) {
	w := newWorld(t)
	var c clientShards
	p := w.newProvider(2, 1, testProverConfig(), nil)
	recv := &notYet{c: &c, n: 3}
	s := w.sales(p, marketv2.DefaultSalesConfig(), recv)
	start, end := w.window(4, 6)
	r := w.request(4096, start, end)
	c.add(r.id, r.shards)
	for e := w.CurrentEpoch(); e < start+1; e++ {
		w.ToEpoch(e, 1)
		for range 4 {
			asked := recv.asks.Load()
			if err := s.Step(t.Context(), w.CurrentEpoch()); err != nil {
				t.Fatalf("step (asks %d → %d): %v", asked, recv.asks.Load(), err)
			}
			w.Mine(1)
		}
		w.tick()
	}
	if st := s.Stats(); recv.asks.Load() < 4 || st.Received != 1 || st.Filled != 1 || st.Dropped != 0 {
		t.Fatalf("stats %+v after %d asks; want the shard received and filled after 3 refusals", st, recv.asks.Load())
	}
}
