package market_test

import (
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
	"github.com/cairn-storage/cairn/testnet"
)

// devnet is a protocol v2 devnet in process (testnet.Chain): anvil
// mining a block every 200 ms with 10-block epochs (the CLI tests'
// market, shards up to 4 GiB) and n providers on accounts 2.. running
// their own loops, as daemons do. Unlike v2world nothing is stepped by
// hand: it suits puts of many MiB, puts in a row and benchmarks, which
// take as long as the wall clock says.
type devnet struct {
	tb    testing.TB
	ch    *testnet.Chain
	provs map[common.Address]*testnet.ProviderNodeV2
}

// devnetClientAccount is the account the devnet's clients send from.
const devnetClientAccount = 1

func newDevnet(tb testing.TB, providers int) *devnet {
	tb.Helper()
	return newDevnetCap(tb, providers, 4<<30)
}

// newDevnetCap is newDevnet with capacity bytes per provider.
func newDevnetCap(tb testing.TB, providers int, capacity uint64) *devnet {
	tb.Helper()
	return newDevnetSized(tb, providers, capacity, 10)
}

// newDevnetSized is newDevnetCap on a market of epochBlocks-block epochs.
func newDevnetSized(tb testing.TB, providers int, capacity, epochBlocks uint64) *devnet {
	tb.Helper()
	ctx := tb.Context()
	ch, err := testnet.StartChain(ctx, testnet.ChainOptions{BlockTime: 200 * time.Millisecond, Config: testnet.DevnetMarketConfig(epochBlocks)})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = ch.Close() })
	d := &devnet{tb: tb, ch: ch, provs: map[common.Address]*testnet.ProviderNodeV2{}}
	pcfg := market.DefaultProviderConfig()
	pcfg.Poll = 100 * time.Millisecond
	pcfg.Confirmations = 2 // anvil's depth (the devnet's)
	var plog *slog.Logger  // CAIRN_DEVNET_LOG=1: the providers' logs in the test's output
	if os.Getenv("CAIRN_DEVNET_LOG") != "" {
		plog = slog.New(slog.NewTextHandler(tb.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	for acct := 2; acct < 2+providers; acct++ {
		var log *slog.Logger
		if plog != nil {
			log = plog.With("acct", acct)
		}
		n, err := ch.StartProvider(ctx, acct, filepath.Join(tb.TempDir(), "p"), capacity, pcfg, log)
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { _ = n.Stop() })
		d.provs[n.Signer.Address()] = n
	}
	signer, err := testnet.Account(devnetClientAccount)
	if err != nil {
		tb.Fatal(err)
	}
	if err := ch.Fund(ctx, signer.Address(), nil, testnet.Tokens(100_000)); err != nil {
		tb.Fatal(err)
	}
	return d
}

// client is a v2 client of account 1's wallet with mnemonic mn's keys.
func (d *devnet) client(mn string, cfg market.ClientConfig) (*market.Client, *marketv2.Market) {
	d.tb.Helper()
	signer, err := testnet.Account(devnetClientAccount)
	if err != nil {
		d.tb.Fatal(err)
	}
	keys, err := storage.KeysFromMnemonic(mn)
	if err != nil {
		d.tb.Fatal(err)
	}
	keys.Wallet = signer.PrivateKey()
	m, err := d.ch.Market(d.tb.Context(), signer)
	if err != nil {
		d.tb.Fatal(err)
	}
	c, err := market.NewClient(cfg, slog.New(slog.DiscardHandler), m, keys, nil)
	if err != nil {
		d.tb.Fatal(err)
	}
	d.tb.Cleanup(func() { c.Close() })
	return c, m
}

// devnetClientConfig is a k+m client of 100-epoch requests (200 s) with
// its journal and temp dir in the test's.
func devnetClientConfig(tb testing.TB, k, m int) market.ClientConfig {
	cfg := market.DefaultClientConfig()
	cfg.K, cfg.M = k, m
	cfg.Epochs = 100
	cfg.Poll = 100 * time.Millisecond
	cfg.JournalDir = filepath.Join(tb.TempDir(), "journal")
	cfg.TempDir = filepath.Join(tb.TempDir(), "tmp")
	return cfg
}
