package market_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
	"github.com/cairn-storage/cairn/internal/cairntest/markettest"
	"github.com/cairn-storage/cairn/internal/rpcproxy"
	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/p2p"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// v2world is a v2 deployment on a fresh anvil: a client (account 1) whose
// requests are authorized by account 9's key, a client libp2p host that
// pushes and fetches, and providers on accounts 2.. in their own dirs.
type v2world struct {
	*contracttest.Env
	t      *testing.T
	node   *anvil.Node
	url    string
	client *marketv2.Market
	auth   *ecdsa.PrivateKey
	host   *p2p.Host
	provs  []*v2prov
	abi    *contracts.MarketplaceV2

	mu     sync.Mutex
	pushed map[[32]byte]common.Address // slot → provider a push succeeded to
	trying map[[32]byte]bool           // slot → a push is in flight
	errs   []error                     // push errors (retried)
}

// v2prov is one provider: its account, data dir and the running Provider.
type v2prov struct {
	acct *contracttest.Account
	dir  string
	m    *marketv2.Market
	p    *market.Provider
	stop func() // stops serving p2p
}

func newV2World(t *testing.T) *v2world {
	t.Helper()
	node := anviltest.New(t)
	// Every transaction mines a block: 40-block epochs leave room for six
	// providers' proofs and settlements in each.
	cfg := contracttest.TestConfig()
	cfg.EpochBlocks, cfg.GraceBlocks, cfg.ReservationTTL = 40, 12, 80
	env := contracttest.DeployV2(t, node, cfg, contracttest.Options{})
	w := &v2world{Env: env, t: t, node: node, url: node.URL, auth: env.Accounts[9].Key, abi: contracts.NewMarketplaceV2(),
		pushed: map[[32]byte]common.Address{}, trying: map[[32]byte]bool{}}
	w.client = w.market(env.Accounts[1])
	priv, _, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	pc := p2p.DefaultConfig(w.ChainID.Uint64(), w.Dep.Marketplace)
	pc.IdleTimeout = 20 * time.Second
	if w.host, err = p2p.New(pc, nil, priv, p2p.Deps{}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = w.host.Close() })
	return w
}

func (w *v2world) log() *slog.Logger {
	return slog.New(slog.NewTextHandler(w.t.Output(), &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// market opens a Market for a over its own RPC client.
func (w *v2world) market(a *contracttest.Account) *marketv2.Market {
	w.t.Helper()
	return w.marketAt(a, w.url)
}

// marketAt opens a Market for a over an RPC client of url (a proxy).
func (w *v2world) marketAt(a *contracttest.Account, url string) *marketv2.Market {
	w.t.Helper()
	return markettest.Open(w.t, w.Env, url, a)
}

// v2Config is every test provider's config: settle each recorded epoch,
// never withdraw (balances are asserted), repair and settle sets.
func v2Config() market.ProviderConfig {
	cfg := market.DefaultProviderConfig()
	cfg.Poll = 50 * time.Millisecond
	cfg.PushWait = 20 * time.Second
	cfg.WithdrawEvery = 0
	cfg.Market.Prover.SettleEvery = 1
	cfg.Repairer.MaxPending = 1
	cfg.Confirmations = chain.ConfirmationsFor(31337) // anvil's: well under the 40-block epoch
	return cfg
}

// addProvider opens a Provider for account idx in a new dir.
func (w *v2world) addProvider(idx int, cfg market.ProviderConfig) *v2prov {
	w.t.Helper()
	return w.addProviderAt(idx, cfg, w.url)
}

// addProviderAt is addProvider with the provider's RPC at url.
func (w *v2world) addProviderAt(idx int, cfg market.ProviderConfig, url string) *v2prov {
	w.t.Helper()
	a := w.Accounts[idx]
	vp := &v2prov{acct: a, dir: filepath.Join(w.t.TempDir(), "prov"), m: w.marketAt(a, url)}
	w.open(vp, cfg)
	w.provs = append(w.provs, vp)
	return vp
}

// addProxiedProviders adds providers on accounts from..to (v2Config),
// each with its RPC through a proxy of its own, and returns the proxies
// by account.
func (w *v2world) addProxiedProviders(from, to int) map[int]*rpcproxy.Proxy {
	w.t.Helper()
	pxs := map[int]*rpcproxy.Proxy{}
	for i := from; i <= to; i++ {
		px, err := rpcproxy.New(w.url)
		if err != nil {
			w.t.Fatal(err)
		}
		w.t.Cleanup(px.Close)
		pxs[i] = px
		w.addProviderAt(i, v2Config(), px.URL())
	}
	return pxs
}

// abandonAtSend runs step with automine off and the answer of the next
// raw transaction through px dropped, waits until that transaction was
// forwarded (what is the step's send, for the failure message), gives the
// sender a moment to look for its receipt (none: not mined), then cancels
// the step, as a kill, and returns its error. Automine stays off.
func (w *v2world) abandonAtSend(px *rpcproxy.Proxy, what string, step func(context.Context) error) error {
	t := w.t
	t.Helper()
	before := px.Forwarded("eth_sendRawTransaction")
	if err := w.node.SetAutomine(t.Context(), false); err != nil {
		t.Fatal(err)
	}
	px.DropSendResponse(1)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- step(ctx) }()
	deadline := time.Now().Add(30 * time.Second)
	for px.Forwarded("eth_sendRawTransaction") == before {
		if time.Now().After(deadline) {
			cancel()
			<-done
			t.Fatalf("%s was never sent", what)
		}
		time.Sleep(time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // the sender looks for its receipt: none
	cancel()
	return <-done
}

// open (re)opens vp's provider on its dir.
func (w *v2world) open(vp *v2prov, cfg market.ProviderConfig) {
	w.t.Helper()
	p, err := market.OpenProviderContext(w.t.Context(), cfg, w.log().With("acct", vp.acct.Index), vp.m, market.ProviderDir{Dir: vp.dir, Capacity: 1 << 30})
	if err != nil {
		w.t.Fatalf("open provider %d: %v", vp.acct.Index, err)
	}
	vp.p = p
	w.t.Cleanup(func() { _ = p.Close() })
	ctx, cancel := context.WithCancel(w.t.Context())
	done := make(chan error, 1)
	go func() { done <- p.Serve(ctx) }()
	vp.stop = func() {
		cancel()
		if err := <-done; err != nil {
			w.t.Errorf("serve provider %d: %v", vp.acct.Index, err)
		}
		vp.stop = func() {}
	}
	w.t.Cleanup(func() { vp.stop() })
}

// close stops serving and closes vp's provider, as a stopped daemon.
func (vp *v2prov) close(t *testing.T) {
	vp.stop()
	if err := vp.p.Close(); err != nil {
		t.Fatalf("close provider %d: %v", vp.acct.Index, err)
	}
}

func (vp *v2prov) set() uint64 { return vp.p.Volumes()[0].SetID }

func (vp *v2prov) store() *storage.Store { return vp.p.Volumes()[0].Store }

// v2req is a request with its erasure-coded shards.
type v2req struct {
	id     [32]byte
	p      contracts.IMarketplaceV2RequestParams
	shards [][]byte
}

func (r *v2req) slot(i int) [32]byte { return marketv2.SlotID(r.id, uint64(i)) }

// request encodes a random file into k+m shards (real roots from the
// storage encoder) and requests their storage over [start, end).
func (w *v2world) request(k, m int, fileSize int64, start, end uint64) *v2req {
	w.t.Helper()
	data := make([]byte, fileSize)
	for i := range data {
		data[i] = byte(i*31 + i>>8)
	}
	shards, res := markettest.Encode(w.t, data, k, m)
	r := &v2req{p: markettest.Params(w.Env, k, m, start, end, w.Accounts[9].Addr), shards: shards}
	r.p.ShardSize, r.p.ShardRoots = res.ShardSize, res.Roots
	var err error
	if r.id, _, err = w.client.RequestStorage(w.t.Context(), r.p); err != nil {
		w.t.Fatalf("request storage: %v", err)
	}
	return r
}

// provider returns the test provider with address a (nil if none).
func (w *v2world) provider(a common.Address) *v2prov {
	for _, vp := range w.provs {
		if vp.acct.Addr == a {
			return vp
		}
	}
	return nil
}

// peer reads a's peer info from the chain (the lens) and connects to it.
func (w *v2world) peer(ctx context.Context, a common.Address) (peer.AddrInfo, error) {
	b, err := w.client.PeerInfo(ctx, a)
	if err != nil {
		return peer.AddrInfo{}, err
	}
	info, err := p2p.DecodePeerInfo(b)
	if err != nil {
		return info, err
	}
	return info, w.host.Connect(ctx, info)
}

// signer is the request's auth key as a p2p signer.
func (w *v2world) signer() p2p.Signer { return p2p.NewKeySigner(w.auth) }

// push pushes shard i of r to provider a, signed by the request's auth key.
func (w *v2world) push(ctx context.Context, a common.Address, r *v2req, i int) error {
	info, err := w.peer(ctx, a)
	if err != nil {
		return err
	}
	s := r.shards[i]
	return w.host.Push(ctx, info.ID, r.slot(i), int64(len(s)), r.p.ShardRoots[i], bytes.NewReader(s), w.signer())
}

// pushReserved starts a push for every slot of r that one of our
// providers holds a live reservation on, unless one succeeded or is in
// flight. Pushes run beside the providers' steps, as a client's would;
// a failed one is retried at a later round.
func (w *v2world) pushReserved(r *v2req, wg *sync.WaitGroup) {
	w.t.Helper()
	ctx := w.t.Context()
	head := w.Head()
	for i := range r.shards {
		slot := r.slot(i)
		w.mu.Lock()
		skip := w.pushed[slot] != (common.Address{}) || w.trying[slot]
		w.mu.Unlock()
		if skip {
			continue
		}
		rs, err := w.client.Reservations(ctx, r.id, uint64(i))
		if err != nil {
			w.t.Fatal(err)
		}
		var to common.Address
		for _, x := range rs {
			if x.Reserver != (common.Address{}) && head <= x.BlockNumber+w.Config.ReservationTTL && w.provider(x.Reserver) != nil {
				to = x.Reserver
				break
			}
		}
		if to == (common.Address{}) {
			continue
		}
		w.mu.Lock()
		w.trying[slot] = true
		w.mu.Unlock()
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := w.push(ctx, to, r, i)
			w.mu.Lock()
			defer w.mu.Unlock()
			delete(w.trying, slot)
			if err != nil {
				w.t.Logf("push of slot %d to %s: %v", i, to, err)
				w.errs = append(w.errs, err)
				return
			}
			w.pushed[slot] = to
		}()
	}
}

// pushedTo is the provider a push of slot succeeded to (zero if none).
func (w *v2world) pushedTo(slot [32]byte) common.Address {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.pushed[slot]
}

// stepRounds steps the providers in steps n times, mining a block after
// each round, without pushing anything.
func (w *v2world) stepRounds(n int, steps ...*v2prov) {
	w.t.Helper()
	for range n {
		for _, vp := range steps {
			if err := vp.p.Step(w.t.Context(), w.CurrentEpoch()); err != nil {
				w.t.Logf("provider %d: %v", vp.acct.Index, err)
			}
		}
		w.Mine(1)
	}
}

// reservedBy is the provider holding a live reservation on slot i of r
// (zero if none).
func (w *v2world) reservedBy(r *v2req, i int) common.Address {
	w.t.Helper()
	rs, err := w.client.Reservations(w.t.Context(), r.id, uint64(i))
	if err != nil {
		w.t.Fatal(err)
	}
	for _, x := range rs {
		if x.Reserver != (common.Address{}) && w.Head() <= x.BlockNumber+w.Config.ReservationTTL {
			return x.Reserver
		}
	}
	return common.Address{}
}

// drive runs epochs from the current one up to (not including) to: in
// each (from its block 1), four rounds of starting pushes for reserved slots of reqs,
// stepping the providers in steps, and mining a block. Step errors are
// logged (sales retries; a push may not have arrived yet); tests assert
// outcomes.
func (w *v2world) drive(to uint64, steps []*v2prov, reqs ...*v2req) {
	w.t.Helper()
	var wg sync.WaitGroup
	defer wg.Wait()
	for e := w.CurrentEpoch(); e < to; e++ {
		w.ToEpoch(e, 1)
		for range 4 {
			for _, r := range reqs {
				w.pushReserved(r, &wg)
			}
			for _, vp := range steps {
				if err := vp.p.Step(w.t.Context(), w.CurrentEpoch()); err != nil {
					w.t.Logf("epoch %d: provider %d: %v", e, vp.acct.Index, err)
				}
			}
			w.Mine(1)
		}
	}
}
