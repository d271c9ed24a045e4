package s3_test

import (
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cosmos/go-bip39"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	s3gw "github.com/cairn-storage/cairn/gateway/s3"
	"github.com/cairn-storage/cairn/internal/cairntest"
	"github.com/cairn-storage/cairn/market"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
	"github.com/cairn-storage/cairn/testnet"
)

// testLogger prints the last lines the world's services logged when the
// test fails (all of them with CAIRN_TEST_LOG=1).
func testLogger(t testing.TB) *slog.Logger { return cairntest.FailLog(t, 300) }

// world is a protocol v2 devnet: anvil with the v2 contracts and six v2
// providers, in process (as the market tests run it).
type world struct {
	t     testing.TB
	chain *testnet.Chain
	log   *slog.Logger
}

func marketConfig(epochBlocks uint64) contracts.IMarketplaceV2Config {
	c := testnet.DevnetMarketConfig(epochBlocks)
	c.ReservationTTL = 1500
	return c
}

// newWorld: 10-block epochs of 200 ms blocks.
func newWorld(t testing.TB, providers int) *world { return newWorldEpochs(t, providers, 10) }

// newWorldEpochs: a put quotes its start epoch before it encodes, so large
// files need epochs longer than their encoding.
func newWorldEpochs(t testing.TB, providers int, epochBlocks uint64) *world {
	t.Helper()
	ctx := t.Context()
	ch, err := testnet.StartChain(ctx, testnet.ChainOptions{BlockTime: 200 * time.Millisecond, Config: marketConfig(epochBlocks)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	w := &world{t: t, chain: ch, log: testLogger(t)}
	pcfg := market.DefaultProviderConfig()
	pcfg.Poll = 100 * time.Millisecond
	pcfg.Confirmations = 2 // anvil's depth, as the devnet passes
	// The price the test client offers (the default floor is 1e16).
	pcfg.Sales.Policy.MinPrice = big.NewInt(1e12)
	pcfg.Repairer.Policy.MinPrice = big.NewInt(1e12)
	for i := range providers {
		dir := filepath.Join(t.TempDir(), fmt.Sprintf("provider-%d", i))
		n, err := ch.StartProvider(ctx, 2+i, dir, 2<<30, pcfg, w.log.With("provider", i))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = n.Stop() })
	}
	return w
}

func newMnemonic(t testing.TB) string {
	ent, err := bip39.NewEntropy(128)
	if err != nil {
		t.Fatal(err)
	}
	mn, err := bip39.NewMnemonic(ent)
	if err != nil {
		t.Fatal(err)
	}
	return mn
}

// fund gives the mnemonic's wallet ETH and tokens.
func (w *world) fund(mn string) {
	w.t.Helper()
	keys, err := storage.KeysFromMnemonic(mn)
	if err != nil {
		w.t.Fatal(err)
	}
	if err := w.chain.Fund(w.t.Context(), keys.WalletAddress(), testnet.Ether(10), testnet.Tokens(10_000)); err != nil {
		w.t.Fatal(err)
	}
}

// node is one gateway on the owner's machine: a client, the adapter, the
// gateway and its HTTP endpoint. The uploader does not run by itself:
// tests call Step or Flush.
type node struct {
	gw     *s3gw.Gateway
	net    *s3gw.ClientNetwork
	srv    *httptest.Server
	client *market.Client
	market *marketv2.Market // the wallet's v2 market (terminate, extend)
	dir    string
	creds  s3gw.Credentials
	cfg    s3gw.Config
	clock  *testClock
	closed bool
}

// testClock is the wall clock plus an offset a test moves forward, so
// expiry checks need no sleep.
type testClock struct{ skew atomic.Int64 }

func (c *testClock) now() time.Time          { return time.Now().Add(time.Duration(c.skew.Load())) }
func (c *testClock) advance(d time.Duration) { c.skew.Add(int64(d)) }

var testCreds = s3gw.Credentials{AccessKey: "CAIRNTESTKEY", SecretKey: "test-secret-0123456789abcdef"}

func clientConfig() market.ClientConfig {
	cfg := market.DefaultClientConfig()
	cfg.Epochs = 400
	cfg.PricePerSlotEpoch = big.NewInt(1e12)
	cfg.Poll = 100 * time.Millisecond
	cfg.ExpiryBlocks = 1500 // 5 minutes to fill: a loaded machine pushes 1.5 GiB of shards slowly
	return cfg
}

// openNode opens a gateway for mnemonic mn with its datadir at dir.
func (w *world) openNode(mn, dir string, tune func(*s3gw.Config)) *node {
	w.t.Helper()
	return w.openNodeWrapped(mn, dir, tune, nil)
}

// openNodeWrapped is openNode with the gateway's network wrapped (fault
// injection around the real client).
func (w *world) openNodeWrapped(mn, dir string, tune func(*s3gw.Config), wrap func(s3gw.Network) s3gw.Network) *node {
	w.t.Helper()
	return w.openNodeWith(mn, dir, nodeOpts{tune: tune, wrap: wrap})
}

// nodeOpts change a node: the gateway's config, its network (fault
// injection around the real client), the client's config.
type nodeOpts struct {
	tune   func(*s3gw.Config)
	wrap   func(s3gw.Network) s3gw.Network
	client func(*market.ClientConfig)
}

func (w *world) openNodeWith(mn, dir string, o nodeOpts) *node {
	w.t.Helper()
	tune, wrap := o.tune, o.wrap
	ctx := w.t.Context()
	keys, err := storage.KeysFromMnemonic(mn)
	if err != nil {
		w.t.Fatal(err)
	}
	m, err := w.chain.Market(ctx, chain.NewSigner(keys.Wallet))
	if err != nil {
		w.t.Fatal(err)
	}
	ccfg := clientConfig()
	ccfg.TempDir = filepath.Join(dir, "tmp")
	if o.client != nil {
		o.client(&ccfg)
	}
	cl, err := market.NewClient(ccfg, w.log.With("role", "client"), m, keys, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	cfg := s3gw.DefaultConfig()
	cfg.DataDir = filepath.Join(dir, "gateway")
	cfg.Credentials = testCreds
	cfg.IndexInterval = 0
	clock := &testClock{}
	cfg.Now = clock.now
	if tune != nil {
		tune(&cfg)
	}
	net, err := s3gw.NewClientNetwork(cl, filepath.Join(dir, "cache"), cfg.CacheBytes)
	if err != nil {
		w.t.Fatal(err)
	}
	var gnet s3gw.Network = net
	if wrap != nil {
		gnet = wrap(net)
	}
	gw, err := s3gw.New(cfg, w.log, gnet, keys)
	if err != nil {
		cl.Close()
		w.t.Fatal(err)
	}
	n := &node{gw: gw, net: net, client: cl, market: m, dir: dir, creds: cfg.Credentials, cfg: cfg, clock: clock}
	n.srv = httptest.NewUnstartedServer(gw.Handler())
	n.srv.Config.MaxHeaderBytes = cfg.MaxHeaderBytes
	n.srv.Start()
	w.t.Cleanup(n.close)
	return n
}

func (n *node) close() {
	if n.closed {
		return
	}
	n.closed = true
	n.srv.Close()
	_ = n.gw.Close()
	n.net.Close()
	_ = n.client.Close()
}

func (n *node) endpoint() string { return n.srv.URL }

func (n *node) hostPort() string {
	u, _ := url.Parse(n.srv.URL)
	return u.Host
}

// minio is a minio-go client of the node with the given secret.
func (n *node) minio(t testing.TB, secret string) *minio.Client {
	t.Helper()
	c, err := minio.New(n.hostPort(), &minio.Options{Creds: credentials.NewStaticV4(n.creds.AccessKey, secret, ""), Secure: false, Region: "us-east-1"})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func randomBytes(t testing.TB, n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

func flush(t testing.TB, ctx context.Context, n *node) s3gw.Status {
	t.Helper()
	start := time.Now()
	if err := n.gw.Flush(ctx); err != nil {
		t.Fatalf("flush: %v", err)
	}
	st, err := n.gw.Status()
	if err != nil {
		t.Fatal(err)
	}
	if st.PendingObjects != 0 || !st.IndexCurrent() {
		t.Fatalf("after flush: %d objects pending, index generation %d uploaded %d", st.PendingObjects, st.IndexGen, st.IndexUploaded)
	}
	t.Logf("flush took %s: %d packs, %d bytes on the network", time.Since(start).Round(time.Millisecond), st.Packs, st.PackedBytes)
	return st
}
