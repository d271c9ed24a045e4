package market_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/testnet"
)

// TestUnfilledRequestIsCancelledAndRefunded: with no provider to take the
// slots, put gives up at expiry, cancels and the client is refunded in full.
func TestUnfilledRequestIsCancelledAndRefunded(t *testing.T) {
	w := newWorld(t, 0)
	ctx := t.Context()
	mn := newMnemonic(t)
	cfg := smallClientConfig()
	cfg.ExpiryBlocks = 15
	client, keys := w.newClient(mn, cfg)
	m := w.marketFor(keys)
	before, err := m.TokenBalance(ctx, keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	path, _ := randomFile(t, 1000)
	_, err = client.Put(ctx, path)
	if !errors.Is(err, market.ErrNotFilled) {
		t.Fatalf("put with no providers: got %v, want ErrNotFilled", err)
	}
	files, err := client.List(ctx)
	if err != nil || len(files) != 1 {
		t.Fatalf("list: %v, %d files", err, len(files))
	}
	if files[0].State != "cancelled" {
		t.Fatalf("request state %s, want cancelled", files[0].State)
	}
	if _, err := m.Withdraw(ctx); err != nil {
		t.Fatal(err)
	}
	after, err := m.TokenBalance(ctx, keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	if after.Cmp(before) != 0 {
		t.Fatalf("client holds %s tokens after the refund, had %s", after, before)
	}
}

// TestFinishReturnsCollateral: after the request's end its holders call
// finish, get their collateral back and delete their shards; the client gets
// the unused repair reserve back.
func TestFinishReturnsCollateral(t *testing.T) {
	w := newWorld(t, 3)
	ctx := t.Context()
	mn := newMnemonic(t)
	cfg := smallClientConfig()
	cfg.Epochs = 2
	client, keys := w.newClient(mn, cfg)
	path, _ := randomFile(t, 5000)
	res, err := client.Put(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	m := w.marketFor(keys)
	waitFor(t, ctx, "the request finished", 60*time.Second, func() (bool, error) {
		ri, err := m.RequestInfo(ctx, res.ID)
		return err == nil && ri.State == market.RequestFinished, err
	})
	// The client paid escrow for 3 slots × 2 epochs plus the reserve; it
	// gets back the reserve and whatever epochs were not proven.
	ri, err := m.RequestInfo(ctx, res.ID)
	if err != nil {
		t.Fatal(err)
	}
	bal, err := m.Balance(ctx, keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	unproven := new(big.Int).Sub(big.NewInt(6), ri.PaidEpochs)
	want := new(big.Int).Add(cfg.RepairReserve, new(big.Int).Mul(unproven, cfg.PricePerSlotEpoch))
	want.Sub(want, ri.FeesPaid)
	if bal.Cmp(want) != 0 {
		t.Fatalf("client refund %s, want %s (paid epochs %s)", bal, want, ri.PaidEpochs)
	}
	for _, holder := range res.Providers {
		n := w.providers[holder]
		waitFor(t, ctx, "the holder deleted its shard", 30*time.Second, func() (bool, error) {
			l, err := n.Provider.Store().List()
			return err == nil && len(l) == 0, err
		})
		// Collateral came back: tokens = minted − deposit-free collateral
		// round trip + pay, i.e. at least the minted amount.
		waitFor(t, ctx, "the holder withdrew its collateral", 30*time.Second, func() (bool, error) {
			tb, err := m.TokenBalance(ctx, holder)
			if err != nil {
				return false, err
			}
			pull, err := m.Balance(ctx, holder)
			if err != nil {
				return false, err
			}
			return new(big.Int).Add(tb, pull).Cmp(testnet.Tokens(10_000)) >= 0, nil
		})
	}
}

// TestInterruptedPutCancelsAndRefunds: a put interrupted (Ctrl-C) before
// its slots fill cancels its request and takes the refund back.
func TestInterruptedPutCancelsAndRefunds(t *testing.T) {
	w := newWorld(t, 0)
	mn := newMnemonic(t)
	cfg := smallClientConfig()
	client, keys := w.newClient(mn, cfg)
	m := w.marketFor(keys)
	before, err := m.TokenBalance(t.Context(), keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	path, _ := randomFile(t, 1000)
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Second)
	defer cancel()
	res, err := client.Put(ctx, path)
	if err == nil || !strings.Contains(err.Error(), "cancelled and") {
		t.Fatalf("interrupted put: %v", err)
	}
	ri, err := m.RequestInfo(t.Context(), res.ID)
	if err != nil {
		t.Fatal(err)
	}
	if ri.State != market.RequestCancelled {
		t.Fatalf("request state %s, want cancelled", market.RequestStateName(ri.State))
	}
	after, err := m.TokenBalance(t.Context(), keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	if after.Cmp(before) != 0 {
		t.Fatalf("client holds %s tokens, had %s before the interrupted put", after, before)
	}
}
