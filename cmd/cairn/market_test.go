package main

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/testnet"
)

// startMarket starts a chain with 10-block epochs of 200 ms blocks and three
// in-process providers (accounts 2–4), all stopped at the test's end: the
// market the binary-level file tests drive.
func startMarket(t *testing.T) *testnet.Chain {
	t.Helper()
	ctx := t.Context()
	cfg := contracts.DevnetConfig()
	cfg.EpochBlocks, cfg.GraceBlocks = 10, 3
	ch, err := testnet.StartChain(ctx, testnet.ChainOptions{BlockTime: 200 * time.Millisecond, Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	pcfg := market.DefaultProviderConfig()
	pcfg.Poll = 100 * time.Millisecond
	for acct := 2; acct < 5; acct++ {
		n, err := ch.StartProvider(ctx, acct, filepath.Join(t.TempDir(), "p"), 1<<30, pcfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = n.Stop() })
	}
	return ch
}
