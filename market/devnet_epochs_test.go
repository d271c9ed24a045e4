package market_test

import (
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/testnet"
)

// newDevnetEpochs is newDevnet (200-ms blocks, in-process providers) on a
// market of epochBlocks-block epochs. newDevnet's 10-block epochs ask each
// provider for a proof landing within 2.6 s of every epoch's start (grace
// 3 blocks) and fail its set after two misses in 16 s: under the race
// detector on a loaded machine the in-process provers' proof latency (head
// and challenge reads, the proof, the send, inclusion) exceeds that, every
// set misses the same epochs, and sets fail in the first minute. A test
// of the fill path that is not about proving runs on epochs the provers
// keep up with.
func newDevnetEpochs(tb testing.TB, providers int, epochBlocks uint64) *devnet {
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
	pcfg.Confirmations = 2
	var plog *slog.Logger // CAIRN_DEVNET_LOG=1: the providers' logs in the test's output
	if os.Getenv("CAIRN_DEVNET_LOG") != "" {
		plog = slog.New(slog.NewTextHandler(tb.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	for acct := 2; acct < 2+providers; acct++ {
		var log *slog.Logger
		if plog != nil {
			log = plog.With("acct", acct)
		}
		n, err := ch.StartProvider(ctx, acct, filepath.Join(tb.TempDir(), "p"), 4<<30, pcfg, log)
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
