package market_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market"
)

// TestRestartBetweenReserveAndFill: a provider restarted after reserving a
// slot but before receiving its shard resumes the reservation — the client's
// push retry reaches it, it fills, and no deposit lapses.
func TestRestartBetweenReserveAndFill(t *testing.T) {
	w := newWorld(t, 3)
	ctx := t.Context()
	mn := newMnemonic(t)
	cfg := smallClientConfig()
	cfg.Poll = 2 * time.Second // a window between reservation and push
	client, keys := w.newClient(mn, cfg)
	m := w.marketFor(keys)
	path, data := randomFile(t, 200_000)

	type putOut struct {
		res market.PutResult
		err error
	}
	done := make(chan putOut, 1)
	go func() {
		res, err := client.Put(ctx, path)
		done <- putOut{res, err}
	}()
	// Find the first reservation and restart its provider at once.
	var victim common.Address
	waitFor(t, ctx, "a reservation", 30*time.Second, func() (bool, error) {
		select {
		case out := <-done:
			t.Fatalf("put ended before any reservation: %v", out.err)
		default:
		}
		for a := range w.providers {
			rs, err := m.ReservedBy(ctx, a)
			if err != nil {
				return false, err
			}
			if len(rs) > 0 {
				victim = a
				return true, nil
			}
		}
		return false, nil
	})
	w.restartProvider(t, victim)

	var out putOut
	select {
	case out = <-done:
	case <-time.After(90 * time.Second):
		t.Fatal("put did not finish after the provider restart")
	}
	if out.err != nil {
		t.Fatalf("put: %v", out.err)
	}
	found := false
	for _, h := range out.res.Providers {
		found = found || h == victim
	}
	if !found {
		t.Fatalf("the restarted provider %s holds no slot: holders %v", victim, out.res.Providers)
	}
	lapsed, err := m.LapsedReservations(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if lapsed != 0 {
		t.Fatalf("%d reservations lapsed", lapsed)
	}
	getExact(t, client, &storedFile{name: out.res.Name, size: len(data), data: data, res: out.res})
}

// TestPlacementSkipsDeadProviders: a registered provider that does not
// answer is not chosen for a slot, so the put still fills.
func TestPlacementSkipsDeadProviders(t *testing.T) {
	w := newWorld(t, 4)
	ctx := t.Context()
	var dead common.Address
	for a := range w.providers {
		dead = a
		break
	}
	m, err := w.chain.Market(ctx, w.providers[dead].Signer)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "the provider to register", 30*time.Second, func() (bool, error) {
		info, err := m.PeerInfo(ctx, dead)
		return len(info) > 0, err
	})
	if err := w.providers[dead].Stop(); err != nil {
		t.Fatal(err)
	}
	mn := newMnemonic(t)
	cfg := smallClientConfig()
	cfg.ExpiryBlocks = 60
	client, _ := w.newClient(mn, cfg)
	for i := 0; i < 2; i++ { // random placement: twice, so luck cannot pass it
		path, _ := randomFile(t, 3000+i)
		res, err := client.Put(ctx, path)
		if err != nil {
			t.Fatalf("put %d with one provider down: %v", i, err)
		}
		for _, h := range res.Providers {
			if h == dead {
				t.Fatalf("put %d placed a slot on the dead provider %s", i, dead)
			}
		}
	}
}
