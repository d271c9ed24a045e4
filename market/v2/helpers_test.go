package marketv2_test

import (
	"crypto/sha256"
	"encoding/binary"
	"log/slog"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
	"github.com/cairn-storage/cairn/internal/cairntest/markettest"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/prooftest"
	"github.com/cairn-storage/cairn/storage"
)

func TestMain(m *testing.M) { anviltest.Main(m) }

// world is a v2 deployment on the shared anvil with a client (account 1)
// whose Market is Client, and providers made by newProvider.
type world struct {
	*contracttest.Env
	t      *testing.T
	Client *marketv2.Market
	nonce  uint64
	abi    *contracts.MarketplaceV2
	// provers are stepped by tick, so sets never miss while a test fills.
	provers []*provider
}

// tick steps every provider at the head's epoch without mining.
func (w *world) tick() {
	w.t.Helper()
	e := (w.Head() - w.Dep.Block) / w.Config.EpochBlocks
	for _, p := range w.provers {
		if err := p.Prover.Step(w.t.Context(), e); err != nil {
			w.t.Fatalf("prover of %s, epoch %d: %v", p.acct.Addr, e, err)
		}
	}
}

func newWorld(t *testing.T) *world {
	t.Helper()
	env := contracttest.DeployV2(t, anviltest.Shared(t), contracttest.TestConfig(), contracttest.Options{})
	w := &world{Env: env, t: t, abi: contracts.NewMarketplaceV2()}
	w.Client = w.market(env.Accounts[1])
	return w
}

// market opens a Market for account a over its own RPC client.
func (w *world) market(a *contracttest.Account) *marketv2.Market {
	w.t.Helper()
	return markettest.Open(w.t, w.Env, anviltest.Shared(w.t).URL, a)
}

// provider is a registered provider with one proof set per volume.
type provider struct {
	w      *world
	acct   *contracttest.Account
	Market *marketv2.Market
	Vols   []*marketv2.OpenVolume
	Prover *marketv2.Prover
}

func (w *world) log() *slog.Logger {
	return slog.New(slog.NewTextHandler(w.t.Output(), &slog.HandlerOptions{Level: slog.LevelInfo}))
}

func (w *world) newProvider(idx, volumes int, cfg marketv2.ProverConfig, policy marketv2.ExtensionPolicy) *provider {
	w.t.Helper()
	a := w.Accounts[idx]
	p := &provider{w: w, acct: a, Market: w.market(a)}
	if err := p.Market.RegisterProvider(w.t.Context(), []byte("/ip4/127.0.0.1/tcp/4001/p2p/"+a.Addr.Hex())); err != nil {
		w.t.Fatal(err)
	}
	p.Vols = markettest.Volumes(w.t, w.Env, p.Market, volumes)
	var err error
	p.Prover, err = marketv2.NewProver(cfg, w.log().With("provider", idx), marketv2.ProverDeps{
		Chain: p.Market, Tenures: marketv2.NewChainTenures(p.Market), Clock: p.Market.Clock, Sets: markettest.Sets(p.Vols), Policy: policy,
	})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(p.Prover.Close)
	w.provers = append(w.provers, p)
	return p
}

// req is a request with its shards.
type req struct {
	id     [32]byte
	p      contracts.IMarketplaceV2RequestParams
	shards [][]byte
}

func (w *world) shard(size uint64) []byte {
	w.nonce++
	var seed [32]byte
	binary.BigEndian.PutUint64(seed[:], w.nonce)
	seed = sha256.Sum256(append(seed[:], 'm', 'v', '2'))
	return prooftest.TestShard(seed, size)
}

// window returns [cur+lead, cur+lead+term).
func (w *world) window(lead, term uint64) (start, end uint64) {
	cur := w.CurrentEpoch()
	return cur + lead, cur + lead + term
}

// request creates a k=1, m=1 request of shardSize running [start, end);
// opts edit its parameters before it is sent.
func (w *world) request(shardSize, start, end uint64, opts ...func(*contracts.IMarketplaceV2RequestParams)) *req {
	w.t.Helper()
	r := &req{p: markettest.Params(w.Env, 1, 1, start, end, w.Accounts[9].Addr)}
	r.p.ShardSize = shardSize
	for _, o := range opts {
		o(&r.p)
	}
	for range 2 {
		s := w.shard(shardSize)
		root, err := proofs.Root(bytesReader(s), shardSize)
		if err != nil {
			w.t.Fatal(err)
		}
		r.shards = append(r.shards, s)
		r.p.ShardRoots = append(r.p.ShardRoots, root)
	}
	id, _, err := w.Client.RequestStorage(w.t.Context(), r.p)
	if err != nil {
		w.t.Fatalf("request storage: %v", err)
	}
	r.id = id
	return r
}

func (r *req) slot(i int) storage.SlotID { return storage.SlotID(proofs.SlotID(r.id, uint64(i))) }

// fill stores slot i's shard in volume v of p, reserves, fills it into the
// volume's set and returns the tenure id.
func (p *provider) fill(r *req, i, v int) *big.Int {
	w := p.w
	w.t.Helper()
	ctx := w.t.Context()
	vol := p.Vols[v]
	sw, err := vol.Store.Begin(r.slot(i), storage.ShardMeta{RequestID: r.id, SlotIndex: uint64(i), Root: r.p.ShardRoots[i], Size: r.p.ShardSize})
	if err != nil {
		w.t.Fatal(err)
	}
	if _, err := sw.Write(r.shards[i]); err != nil {
		w.t.Fatal(err)
	}
	if err := sw.Commit(); err != nil {
		w.t.Fatal(err)
	}
	rb, err := p.Market.ReserveSlot(ctx, r.id, uint64(i))
	if err != nil {
		w.t.Fatalf("reserve slot %d: %v", i, err)
	}
	if b := rb + w.Config.FillDelayBlocks + 1; w.Head() < b {
		w.Mine(b - w.Head())
	}
	w.tick()
	tid, err := p.Market.FillFromStore(ctx, vol.Store, vol.SetID, r.id, uint64(i))
	if err != nil {
		w.t.Fatalf("fill slot %d: %v", i, err)
	}
	if err := vol.Store.SetState(r.slot(i), storage.StateProving); err != nil {
		w.t.Fatal(err)
	}
	return tid
}

// step moves to block 1 of epoch e and steps the given provers there.
func (w *world) step(e uint64, ps ...*provider) {
	w.t.Helper()
	w.ToEpoch(e, 1)
	for _, p := range ps {
		if err := p.Prover.Step(w.t.Context(), e); err != nil {
			w.t.Fatalf("prover of %s, epoch %d: %v", p.acct.Addr, e, err)
		}
	}
}

// logs returns the marketplace's logs of one event, optionally for one set.
func (w *world) logs(event string, set uint64) []types.Log {
	w.t.Helper()
	a, err := contracts.MarketplaceV2MetaData.ParseABI()
	if err != nil {
		w.t.Fatal(err)
	}
	topics := [][]common.Hash{{a.Events[event].ID}}
	if set != 0 {
		topics = append(topics, []common.Hash{common.BigToHash(new(big.Int).SetUint64(set))})
	}
	ls, err := w.Client.Client().FilterLogs(w.t.Context(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.Dep.Block), Addresses: []common.Address{w.Dep.Marketplace}, Topics: topics,
	})
	if err != nil {
		w.t.Fatal(err)
	}
	return ls
}

func (w *world) setInfo(set uint64) contracts.IMarketplaceV2SetInfo {
	w.t.Helper()
	si, err := w.Client.SetInfo(w.t.Context(), set)
	if err != nil {
		w.t.Fatal(err)
	}
	return si
}

func (w *world) tenure(id *big.Int) contracts.IMarketplaceV2TenureInfo {
	w.t.Helper()
	ti, err := w.Client.TenureInfo(w.t.Context(), id)
	if err != nil {
		w.t.Fatal(err)
	}
	return ti
}
