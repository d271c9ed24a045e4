package market

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// lateChain delivers the first late requests after their start epoch
// began, as a loaded machine does when sealing, the journal's fsync and
// the send outlast a devnet epoch: it mines to startEpoch + 1 first, so
// the contract reverts BadTimeline for real.
type lateChain struct {
	clientChain
	env  *contracttest.Env
	late int

	mu     sync.Mutex
	starts []uint64
}

func (l *lateChain) RequestStorage(ctx context.Context, p contracts.IMarketplaceV2RequestParams, cost *big.Int) ([32]byte, error) {
	l.mu.Lock()
	l.starts = append(l.starts, p.StartEpoch)
	n := len(l.starts)
	l.mu.Unlock()
	if n <= l.late {
		l.env.ToEpoch(p.StartEpoch+1, 0)
	}
	return l.clientChain.RequestStorage(ctx, p, cost)
}

// A put's request that lands after its start epoch (BadTimeline, nothing
// paid) is sent again on a fresh timeline, one epoch further ahead, and
// created; a request late every time gives up after timelineTries sends
// with the contract's error.
func TestRequestSentAgainAfterBadTimeline(t *testing.T) {
	for _, tc := range []struct {
		name string
		late int
		want error
	}{
		{"late once", 1, nil},
		{"late twice", 2, nil},
		{"always late", 99, marketv2.ErrBadTimeline},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newV2Fixture(t)
			lc := &lateChain{clientChain: f.c.m, env: f.env, late: tc.late}
			f.c.m = lc
			params, _ := f.params(t, "late")
			sp, err := storage.NewRandomStream()
			if err != nil {
				t.Fatal(err)
			}
			u := &upload{name: "late", size: 100_000, hash: "0123", stream: sp}
			_, e, id, err := f.c.sendNew(t.Context(), u, &params)
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Fatalf("send: %v, want %v", err, tc.want)
			}
			lc.mu.Lock()
			starts := append([]uint64(nil), lc.starts...)
			lc.mu.Unlock()
			wantSends := min(tc.late+1, timelineTries)
			if len(starts) != wantSends {
				t.Fatalf("%d sends (start epochs %v), want %d", len(starts), starts, wantSends)
			}
			for i := 1; i < len(starts); i++ {
				if starts[i] <= starts[i-1]+1 {
					t.Fatalf("send %d starts at epoch %d after a late send starting at %d: not a fresh timeline one epoch further ahead", i+1, starts[i], starts[i-1])
				}
			}
			if tc.want != nil {
				return
			}
			info, err := f.m.RequestInfo(t.Context(), id)
			if err != nil {
				t.Fatal(err)
			}
			if uint64(info.StartEpoch) != params.StartEpoch || e.Params.StartEpoch != params.StartEpoch {
				t.Fatalf("request starts at %d, journal %d, params %d", info.StartEpoch, e.Params.StartEpoch, params.StartEpoch)
			}
		})
	}
}
