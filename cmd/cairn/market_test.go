package main

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/testnet"
)

// startMarket starts a protocol v2 chain with 10-block epochs of 200 ms
// blocks and three in-process v2 providers (accounts 2–4, one proof set
// each), all stopped at the test's end: the market the binary-level file
// tests drive.
func startMarket(t *testing.T) *testnet.ChainV2 {
	t.Helper()
	ctx := t.Context()
	cfg := testnet.DevnetMarketConfig(10)
	ch, err := testnet.StartChainV2(ctx, testnet.ChainOptionsV2{BlockTime: 200 * time.Millisecond, Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	pcfg := market.DefaultProviderV2Config()
	pcfg.Poll = 100 * time.Millisecond
	pcfg.Confirmations = 2 // anvil's depth, as the devnet passes (12 is refused on 10-block epochs)
	for acct := 2; acct < 5; acct++ {
		n, err := ch.StartProvider(ctx, acct, filepath.Join(t.TempDir(), "p"), 1<<30, pcfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = n.Stop() })
	}
	return ch
}
