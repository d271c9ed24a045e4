package marketv2_test

import (
	"errors"
	"testing"

	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/ledger"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// Repairer.DropAbandoned deletes a resumed slot's partial or stored shard
// only when the ledger's confirmed view shows the slot is not ours any
// more: our reservation lapsed (the confirmed block past its TTL) or was
// dropped by another provider's fill. A reservation still live keeps the
// shard (Resume takes it as before), and so does everything without a
// confirmed view (latest reads never delete).
func TestRepairerDropsAbandonedShards(t *testing.T) {
	for _, tc := range []struct {
		name    string
		partial bool
		what    string // lapsed, filled (by another), reserved
		noView  bool
		drop    bool
	}{
		{"partial, reservation lapsed", true, "lapsed", false, true},
		{"stored, reservation lapsed", false, "lapsed", false, true},
		{"stored, slot filled by another", false, "filled", false, true},
		{"partial, still reserved", true, "reserved", false, false},
		{"partial, lapsed, no confirmed view", true, "lapsed", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			p := w.newProvider(2, 1, testProverConfig(), nil)
			lc := ledger.DefaultConfig()
			lc.Protocol, lc.StartBlock, lc.Confirmations = ledger.ProtocolV2, w.Dep.Block, 2
			l, err := ledger.Open(t.TempDir(), lc, w.log(), w.Client.Client(), w.Dep.Marketplace)
			if err != nil {
				t.Fatal(err)
			}
			defer l.Close()
			cfg := marketv2.DefaultRepairerConfig()
			cfg.TempDir = t.TempDir()
			deps := marketv2.RepairerDeps{
				Self: p.acct.Addr, Config: p.Market.Config, Clock: p.Market.Clock,
				Reader: p.Market, Taker: p.Market, Owners: p.Market, Requests: marketv2.NewRequestEvents(p.Market),
				Fetcher: storeFetcher{w}, Sets: saleSets(p),
			}
			if !tc.noView {
				deps.Confirmed = market.LedgerSlots{Ledger: l}
			}
			rep, err := marketv2.NewRepairer(cfg, w.log(), deps)
			if err != nil {
				t.Fatal(err)
			}
			defer rep.Close()

			start, end := w.window(6, 6) // live while the reservation lapses
			r := w.request(4096, start, end)
			rb, err := p.Market.ReserveSlot(t.Context(), r.id, 0)
			if err != nil {
				t.Fatal(err)
			}
			st := p.Vols[0].Store
			sw, err := st.Begin(r.slot(0), storage.ShardMeta{RequestID: r.id, SlotIndex: 0, Root: r.p.ShardRoots[0], Size: r.p.ShardSize})
			if err != nil {
				t.Fatal(err)
			}
			data := r.shards[0]
			if tc.partial {
				data = data[:len(data)/2]
			}
			if _, err := sw.Write(data); err != nil {
				t.Fatal(err)
			}
			if tc.partial {
				err = sw.Close()
			} else {
				err = sw.Commit()
			}
			if err != nil {
				t.Fatal(err)
			}
			switch tc.what {
			case "lapsed":
				w.Mine(w.Config.ReservationTTL + 4)
			case "filled":
				q := w.newProvider(3, 1, testProverConfig(), nil)
				q.fill(r, 0, 0)
				w.Mine(3)
			default:
				w.Mine(3)
			}
			if err := l.Step(t.Context()); err != nil {
				t.Fatal(err)
			}
			dropped, err := rep.DropAbandoned(t.Context(), w.CurrentEpoch(), []marketv2.ResumeSlot{{Req: r.id, Index: 0, Block: rb}})
			if err != nil {
				t.Fatal(err)
			}
			_, ierr := st.Info(r.slot(0))
			if tc.drop {
				if len(dropped) != 1 || !errors.Is(ierr, storage.ErrNotFound) || rep.Stats().Dropped != 1 {
					t.Fatalf("dropped %v, shard %v, stats %+v; want the shard deleted", dropped, ierr, rep.Stats())
				}
				return
			}
			if len(dropped) != 0 || ierr != nil || rep.Stats().Dropped != 0 {
				t.Fatalf("dropped %v, shard %v, stats %+v; want the shard kept", dropped, ierr, rep.Stats())
			}
		})
	}
}
