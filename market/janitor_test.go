package market

import (
	"context"
	"log/slog"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// fakeView is a chain view pinned at one block, for janitor tests.
type fakeView struct {
	at    uint64
	slot  ChainSlot
	req   uint8
	resvs []ChainReservation
}

func (v fakeView) AtBlock() uint64 { return v.at }
func (v fakeView) Slot(context.Context, [32]byte) (ChainSlot, bool, error) {
	s := v.slot
	s.AtBlock = v.at
	return s, true, nil
}
func (v fakeView) RequestState(context.Context, [32]byte) (uint8, error) { return v.req, nil }
func (v fakeView) Reservations(context.Context, [32]byte) ([]ChainReservation, error) {
	return v.resvs, nil
}

type fakeViews struct{ v fakeView }

func (f *fakeViews) Confirmed(context.Context) (chainView, error) { return f.v, nil }
func (f *fakeViews) Latest(context.Context) (chainView, error)    { return f.v, nil }

func TestJudge(t *testing.T) {
	me, other := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	const ttl = 100
	cases := []struct {
		name  string
		slot  ChainSlot
		req   uint8
		resvs []ChainReservation
		state storage.ShardState
		want  shardVerdict
	}{
		{"our filled slot is kept", ChainSlot{Holder: me, State: SlotFilled}, RequestActive, nil, storage.StateProving, keepShard},
		{"filled by us, receipt never seen: adopted", ChainSlot{Holder: me, State: SlotFilled}, RequestPending, nil, storage.StateStored, adoptShard},
		{"filled by another: released", ChainSlot{Holder: other, State: SlotFilled}, RequestPending, nil, storage.StateStored, releaseShard},
		{"open, our reservation live: kept", ChainSlot{State: SlotOpen}, RequestPending, []ChainReservation{{Reserver: me, Block: 950}}, storage.StateStored, keepShard},
		{"open, our reservation lapsed: released", ChainSlot{State: SlotOpen}, RequestPending, []ChainReservation{{Reserver: me, Block: 800}}, storage.StateStored, releaseShard},
		{"open, only another's reservation: released", ChainSlot{State: SlotOpen}, RequestPending, []ChainReservation{{Reserver: other, Block: 990}}, storage.StateStored, releaseShard},
		{"freed from us: released", ChainSlot{Holder: me, State: SlotFreed}, RequestActive, nil, storage.StateProving, releaseShard},
		{"request finished: released", ChainSlot{Holder: me, State: SlotFilled}, RequestFinished, nil, storage.StateProving, releaseShard},
		{"request cancelled: released", ChainSlot{State: SlotOpen}, RequestCancelled, []ChainReservation{{Reserver: me, Block: 990}}, storage.StateStored, releaseShard},
		{"request unknown to the view: kept", ChainSlot{State: SlotOpen}, RequestNone, nil, storage.StateStored, keepShard},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, why := judge(c.slot, c.req, c.resvs, me, 1000, ttl, c.state)
			if got != c.want {
				t.Fatalf("verdict %d (%s), want %d", got, why, c.want)
			}
		})
	}
}

// TestJanitorStaleViewKeepsShard: a view older than our last action on a
// slot (a lagging RPC, a view from before our reservation) deletes
// nothing; a confirmed view past it decides.
func TestJanitorStaleViewKeepsShard(t *testing.T) {
	ctx := t.Context()
	me, other := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	st, slot := storeWithShard(t, 1, 7)
	views := &fakeViews{}
	floors := newActionFloors()
	floors.touch(slot, 500) // our fill was sent at block 500
	m := &Market{Config: contracts.IMarketplaceConfig{ReservationTTL: 100}}
	j := &janitor{log: slog.New(slog.DiscardHandler), m: m, store: st, views: views, floors: floors, terms: newTermsCache(m), met: newProviderMetrics(), me: me}

	steps := []struct {
		name string
		view fakeView
		want storage.ShardState // 0: deleted
	}{
		{"stale view from before our reservation", fakeView{at: 400, slot: ChainSlot{State: SlotOpen}, req: RequestPending}, storage.StateStored},
		{"stale view showing another holder", fakeView{at: 499, slot: ChainSlot{State: SlotFilled, Holder: other}, req: RequestPending}, storage.StateStored},
		{"confirmed view shows our fill", fakeView{at: 510, slot: ChainSlot{State: SlotFilled, Holder: me}, req: RequestActive}, storage.StateFilled},
		{"a lagging view afterwards", fakeView{at: 505, slot: ChainSlot{State: SlotOpen}, req: RequestPending}, storage.StateFilled},
		{"confirmed view: request finished", fakeView{at: 900, slot: ChainSlot{State: SlotClosed, Holder: me}, req: RequestFinished}, 0},
	}
	for _, s := range steps {
		views.v = s.view
		if err := j.cleanup(ctx); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		info, err := st.Info(slot)
		switch {
		case s.want == 0 && err == nil:
			t.Fatalf("%s: shard kept in state %s, want deleted", s.name, info.State)
		case s.want != 0 && err != nil:
			t.Fatalf("%s: shard gone (%v), want %s", s.name, err, s.want)
		case s.want != 0 && info.State != s.want:
			t.Fatalf("%s: shard %s, want %s", s.name, info.State, s.want)
		}
	}
}
