package market_test

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/testnet"
)

// TestStandaloneSettler: with providers that neither settle nor repair, a
// killed holder's misses are applied only by `cairn settle`'s SettleOnce,
// which earns the fee and spends no transaction on slots that proved.
func TestStandaloneSettler(t *testing.T) {
	w := newWorld(t, 0)
	ctx := t.Context()
	cfg := providerConfig()
	cfg.Settle, cfg.Repair = false, false
	for acct := 2; acct < 5; acct++ {
		n, err := w.chain.StartProvider(ctx, acct, filepath.Join(t.TempDir(), fmt.Sprint(acct)), 1<<30, cfg, w.log)
		if err != nil {
			t.Fatal(err)
		}
		w.providers[n.Signer.Address()] = n
		t.Cleanup(func() { _ = n.Stop() })
	}
	mn := newMnemonic(t)
	ccfg := smallClientConfig()
	ccfg.Epochs = 30
	client, _ := w.newClient(mn, ccfg)
	path, _ := randomFile(t, 10_000)
	res, err := client.Put(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	settler, err := testnet.Account(9)
	if err != nil {
		t.Fatal(err)
	}
	sm, err := w.chain.Market(ctx, settler)
	if err != nil {
		t.Fatal(err)
	}
	// While everyone proves, a pass checks the slots and sends nothing.
	if err := sm.Clock.WaitForEpoch(ctx, res.Quote.StartEpoch+2); err != nil {
		t.Fatal(err)
	}
	r, err := market.SettleOnce(ctx, sm)
	if err != nil {
		t.Fatal(err)
	}
	if r.Checked != 3 || r.Settled != 0 {
		t.Fatalf("pass over healthy slots: %+v", r)
	}
	if err := w.providers[res.Providers[0]].Stop(); err != nil {
		t.Fatal(err)
	}
	var total uint64
	waitFor(t, ctx, "the settler applied the dead holder's misses", 60*time.Second, func() (bool, error) {
		r, err := market.SettleOnce(ctx, sm)
		if err != nil {
			return false, err
		}
		total += r.Misses
		return total >= 2, nil
	})
	fee, err := sm.Balance(ctx, settler.Address())
	if err != nil {
		t.Fatal(err)
	}
	if fee.Sign() == 0 {
		t.Fatal("the settler earned no fee")
	}
	si, err := sm.SlotInfo(ctx, market.SlotID(res.ID, 0))
	if err != nil {
		t.Fatal(err)
	}
	if si.State != market.SlotFreed {
		t.Fatalf("slot 0 is %s after %d misses, want freed", market.SlotStateName(si.State), total)
	}
}
