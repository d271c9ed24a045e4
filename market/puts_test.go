package market_test

import (
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/market"
)

// TestPutsInARow: puts one after another on one 7-provider world with no
// placement, so all seven providers race for the six slots of every
// request — the setting in which a provider that lost a slot race left the
// one slot nobody reserved empty and the put failed at expiry. Every put
// must fill. CAIRN_PUTS sets the count (default 5; the chaos run uses 50).
func TestPutsInARow(t *testing.T) {
	n := 5
	if v := os.Getenv("CAIRN_PUTS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			t.Fatalf("CAIRN_PUTS=%q: want a positive count", v)
		}
	}
	w := newWorld(t, 7)
	ctx := t.Context()
	cfg := market.DefaultClientConfig()
	cfg.Poll = 100 * time.Millisecond
	cfg.Place = false
	client, keys := w.newClient(newMnemonic(t), cfg)
	m := w.marketFor(keys)
	start := time.Now()
	for i := range n {
		path, _ := randomFile(t, 10_000+i)
		res, err := client.Put(ctx, path)
		if err != nil {
			t.Fatalf("put %d of %d: %v", i+1, n, err)
		}
		if hasDuplicate(res.Providers) {
			t.Fatalf("put %d: holders %v", i+1, res.Providers)
		}
	}
	lapsed, err := m.LapsedReservations(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d puts filled in %s; %d reservations lapsed", n, time.Since(start).Round(time.Millisecond), lapsed)
}
