// Package markettest holds what the market test worlds (market,
// market/v2, market/ledger) build the same way: a protocol v2 Market for
// a test account, a request's default terms, erasure-coded shards. It is
// apart from cairntest, which imports no cairn package, so that every
// package's tests can use cairntest without an import cycle.
package markettest

import (
	"bytes"
	"io"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// Open opens a Market of env's deployment sending as a over its own RPC
// client of url (anvil's, or a proxy in front of it), whose sender polls
// for receipts every 5 ms. The client is closed when t ends.
func Open(t testing.TB, env *contracttest.Env, url string, a *contracttest.Account) *marketv2.Market {
	t.Helper()
	ctx := t.Context()
	cl, err := chain.Dial(ctx, url, env.ChainID.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	cfg := chain.DefaultSenderConfig()
	cfg.PollInterval = 5 * time.Millisecond
	snd, err := marketv2.NewSender(cl, chain.NewSigner(a.Key), cfg)
	if err != nil {
		t.Fatal(err)
	}
	m, err := marketv2.Open(ctx, cl, snd, env.Dep)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Params are a k+m request's terms over [start, end) as the test worlds
// ask for them: 1 token per slot and epoch, 10 tokens of collateral, an
// expiry at the start epoch's first block, authorized by auth, no repair
// bonus or reserve, a 3-byte manifest. The caller sets the shard size and
// roots.
func Params(env *contracttest.Env, k, m int, start, end uint64, auth common.Address) contracts.IMarketplaceV2RequestParams {
	return contracts.IMarketplaceV2RequestParams{
		K: uint8(k), M: uint8(m), StartEpoch: start, EndEpoch: end,
		PricePerSlotEpoch: contracts.Tokens(1), CollateralPerSlot: contracts.Tokens(10),
		Expiry: env.EpochStart(start), AuthKey: auth,
		RepairBonus: new(big.Int), RepairReserve: new(big.Int), Manifest: []byte{1, 2, 3},
	}
}

// Encode erasure-codes data under a new file key into k+m shards (data
// shards first) with the storage encoder, and returns them with the
// encoder's result (shard size and roots).
func Encode(t testing.TB, data []byte, k, m int) ([][]byte, storage.EncodeResult) {
	t.Helper()
	key, err := storage.NewFileKey()
	if err != nil {
		t.Fatal(err)
	}
	bufs := make([]*bytes.Buffer, k+m)
	ws := make([]io.Writer, k+m)
	for i := range bufs {
		bufs[i] = new(bytes.Buffer)
		ws[i] = bufs[i]
	}
	res, err := storage.Encode(t.Context(), bytes.NewReader(data), int64(len(data)), key, k, m, ws)
	if err != nil {
		t.Fatal(err)
	}
	shards := make([][]byte, len(bufs))
	for i, b := range bufs {
		shards[i] = b.Bytes()
	}
	return shards, res
}

// Volumes opens n volumes of 1 GiB each in a new directory for m's
// provider, bound to env's deployment (each creates its proof set), and
// closes them when t ends.
func Volumes(t testing.TB, env *contracttest.Env, m *marketv2.Market, n int) []*marketv2.OpenVolume {
	t.Helper()
	dir := t.TempDir()
	var vols []marketv2.Volume
	for i := range n {
		vols = append(vols, marketv2.Volume{Path: filepath.Join(dir, "vol", string(rune('a'+i))), Capacity: 1 << 30})
	}
	bind := marketv2.Binding{ChainID: env.ChainID.Uint64(), Marketplace: env.Dep.Marketplace}
	ov, err := marketv2.OpenVolumes(t.Context(), vols, bind, m, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { marketv2.CloseVolumes(ov) })
	return ov
}

// Sets are the proof sets of vols, as a Prover proves them.
func Sets(vols []*marketv2.OpenVolume) []marketv2.ProvedSet {
	var sets []marketv2.ProvedSet
	for _, v := range vols {
		sets = append(sets, marketv2.ProvedSet{SetID: v.SetID, Store: v.Store})
	}
	return sets
}
