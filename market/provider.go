package market

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/crypto"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/market/ledger"
	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/storage"
)

// ProviderConfig is a provider's sales policy and pace.
type ProviderConfig struct {
	// MinPricePerSlotEpoch is the lowest price per slot-epoch accepted (token base units).
	MinPricePerSlotEpoch *big.Int
	// MaxShardSize is the largest shard accepted, bytes.
	MaxShardSize uint64
	// MaxCollateralPerSlot is the most collateral put at risk for one slot.
	MaxCollateralPerSlot *big.Int
	// CollateralBudget bounds the collateral at risk over all slots (nil: no bound).
	CollateralBudget *big.Int
	// MaxConcurrentFills bounds reservations awaiting their shard at once.
	MaxConcurrentFills int
	// Repair takes freed slots when the policy allows.
	Repair bool
	// Settle settles other providers' missed epochs for the fee.
	Settle bool
	// WithdrawEvery withdraws earnings every this many epochs (0: never).
	WithdrawEvery uint64
	// ProofBatch is the most proofs per submitProofs transaction.
	ProofBatch int
	// Poll is the pace of the main loop (new blocks, events).
	Poll time.Duration
	// ShardWait bounds how long a reservation waits for its shard.
	ShardWait time.Duration
	// SalesQueue bounds the candidate requests waiting for sales; more are
	// dropped (cairn_provider_dropped_total{service="sales"}).
	SalesQueue int
	// RepairQueue bounds the freed slots waiting for the repairer.
	RepairQueue int
	// Confirmations is how far behind the head the view is that shard
	// deletions are decided on (a reorg shallower than this cannot delete a
	// shard we hold).
	Confirmations uint64
	// MaxHeadAge: /health is degraded when the newest block is older (0: off).
	MaxHeadAge time.Duration
	// MinFreeDisk: /health is degraded when the store's filesystem has less free.
	MinFreeDisk uint64
}

// DefaultMinPrice is the default price floor: 0.01 token (10^16 base
// units) per slot-epoch. A zero floor would let anyone make every
// provider reserve (and risk deposits) for requests that pay nothing.
var DefaultMinPrice = big.NewInt(1e16)

// DefaultProviderConfig accepts prices from DefaultMinPrice, shards up to
// 4 GiB and 100 tokens of collateral per slot, repairs and settles,
// withdraws every epoch, deletes on views 12 blocks deep.
func DefaultProviderConfig() ProviderConfig {
	return ProviderConfig{
		MinPricePerSlotEpoch: new(big.Int).Set(DefaultMinPrice),
		MaxShardSize:         4 << 30,
		MaxCollateralPerSlot: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)),
		MaxConcurrentFills:   4,
		Repair:               true,
		Settle:               true,
		WithdrawEvery:        1,
		ProofBatch:           10,
		Poll:                 250 * time.Millisecond,
		ShardWait:            2 * time.Minute,
		SalesQueue:           64,
		RepairQueue:          64,
		Confirmations:        12,
		MaxHeadAge:           5 * time.Minute,
		MinFreeDisk:          1 << 30,
	}
}

// Validate reports a policy that cannot work.
func (c ProviderConfig) Validate() error {
	switch {
	case c.MinPricePerSlotEpoch == nil || c.MinPricePerSlotEpoch.Sign() < 0:
		return errors.New("provider: min price must be ≥ 0")
	case c.MaxCollateralPerSlot == nil || c.MaxCollateralPerSlot.Sign() < 0:
		return errors.New("provider: max collateral per slot must be ≥ 0")
	case c.MaxConcurrentFills < 1 || c.ProofBatch < 1:
		return errors.New("provider: max concurrent fills and proof batch must be ≥ 1")
	case c.Poll <= 0 || c.ShardWait <= 0:
		return errors.New("provider: poll and shard wait must be > 0")
	case c.SalesQueue < 1 || c.RepairQueue < 1:
		return errors.New("provider: sales and repair queues must be ≥ 1")
	}
	return nil
}

// ProviderDeps are what a provider is built from; the caller owns and
// closes them after the provider stops.
type ProviderDeps struct {
	Market   *Market
	Store    *storage.Store
	Identity crypto.PrivKey // libp2p identity
	P2P      p2p.Config     // listen addresses etc.; domain filled in
	Cursor   chain.CursorStore
	// Ledger is the node's chain ledger (required): Run runs it first,
	// Step steps it first; confirmed views, the settler and resume read it.
	Ledger *ledger.Ledger
	// TempDir holds shards fetched for a repair (default os.TempDir()); put
	// it on the store's disk so big repairs do not fill a small /tmp.
	TempDir string
}

// Provider sells storage. It is a set of services over the chain's view
// and the shard store, each with one duty and one owner of its state:
// sales (reserve, receive, fill), the prover, the settler, the repairer
// and the janitor (the only one that deletes shards; finish, withdraw).
// Run starts them in order and stops them in reverse.
type Provider struct {
	cfg    ProviderConfig
	log    *slog.Logger
	m      *Market
	store  *storage.Store
	host   *p2p.Host
	cursor chain.CursorStore
	ledger *ledger.Ledger
	me     common.Address
	views  viewSource
	met    *providerMetrics
	floors *actionFloors
	terms  *termsCache
	auth   *authCache

	sales    *Sales
	prover   epochProver
	settler  *settler
	repairer *repairer
	janitor  *janitor
	health   *health

	owned     io.Closer // the store, when OpenProvider opened it
	closeOnce sync.Once
}

// NewProvider builds a provider, its services and its libp2p host; it
// starts nothing.
func NewProvider(cfg ProviderConfig, log *slog.Logger, deps ProviderDeps) (*Provider, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Market == nil || deps.Market.Sender() == nil || deps.Store == nil || deps.Identity == nil || deps.Ledger == nil {
		return nil, errors.New("provider: needs a market with a sender, a store, an identity and a ledger")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if deps.Cursor == nil {
		deps.Cursor = &chain.MemoryCursor{}
	}
	m := deps.Market
	me := m.Sender().Address()
	log = log.With("component", "provider", "provider", me)
	views := ledgerViews{l: deps.Ledger, latest: rpcViews{m: m, confirmations: cfg.Confirmations}}
	p := &Provider{cfg: cfg, log: log, m: m, store: deps.Store, cursor: deps.Cursor, ledger: deps.Ledger, me: me,
		views: views, met: newProviderMetrics(), floors: newActionFloors(), terms: newTermsCache(m)}
	p.auth = newAuthCache(m, p.terms)
	p.sales = newSales(cfg, log, salesDeps{market: m, store: deps.Store, views: p.views, met: p.met, floors: p.floors, terms: p.terms, tmpDir: deps.TempDir})
	p.prover = newBatchProver(cfg, log, m, deps.Store, p.terms, p.met)
	p.settler = newSettler(cfg, log, m, deps.Ledger, p.met)
	pc := deps.P2P
	pc.ChainID = m.ChainID()
	pc.Marketplace = m.Address()
	host, err := p2p.New(pc, log, deps.Identity, p2p.Deps{Authorizer: p, Source: p, Sink: p})
	if err != nil {
		return nil, fmt.Errorf("provider: %w", err)
	}
	p.host = host
	p.repairer = newRepairer(cfg, log, m, deps.Store, p.sales, host, p2p.NewKeySigner(m.Sender().Signer().PrivateKey()), p.met, deps.TempDir)
	p.repairer.findRequest = p.findRequest
	p.janitor = newJanitor(cfg, log, m, deps.Store, p.views, p.floors, p.terms, p.met, p.sales, p.repairer)
	p.health = &health{cfg: cfg, m: m, prover: p.prover, dir: deps.TempDir}
	return p, nil
}

// Address is the provider's wallet address.
func (p *Provider) Address() common.Address { return p.me }

// Market is the market the provider trades on.
func (p *Provider) Market() *Market { return p.m }

// Host is the provider's libp2p host.
func (p *Provider) Host() *p2p.Host { return p.host }

// Metrics returns the provider's Prometheus registry.
func (p *Provider) Metrics() *providerMetrics { return p.met }

// Health reports whether the provider is healthy now (for /health).
func (p *Provider) Health(ctx context.Context) HealthReport { return p.health.check(ctx) }

// Sales is the sales service (tests step it).
func (p *Provider) Sales() *Sales { return p.sales }

// Step runs one step of every service for epoch, in lifecycle order.
// Tests call it after mining instead of waiting on the wall clock.
func (p *Provider) Step(ctx context.Context, epoch uint64) error {
	var errs []error
	if err := p.ledger.Step(ctx); err != nil {
		errs = append(errs, fmt.Errorf("ledger: %w", err))
	}
	for _, s := range p.services() {
		if err := s.step(ctx, epoch); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", s.name, err))
		}
	}
	return errors.Join(errs...)
}

// Run registers the provider, resumes what a previous run left, then runs
// the shard server, the chain watcher and every service until ctx is
// cancelled.
func (p *Provider) Run(ctx context.Context) (err error) {
	defer p.host.Close()
	defer func() {
		if ctx.Err() != nil {
			err = nil // stopped, not failed
		}
	}()
	if err := p.register(ctx); err != nil {
		return err
	}
	if err := p.resume(ctx); err != nil {
		return err
	}
	g := newGroup(p.log)
	g.add("ledger", p.ledger.Run, func() {})
	g.add("p2p", p.host.Run, func() {})
	g.add("watcher", func(ctx context.Context) error {
		w := chain.NewWatcher(p.m.Client(), chain.WatcherConfig{
			Addresses:    []common.Address{p.m.Address()},
			StartBlock:   p.m.Deployment().Block,
			PollInterval: p.cfg.Poll,
		}, p.cursor, p.handleLogs, p.log)
		return w.Run(ctx)
	}, func() {})
	for _, s := range p.services() {
		g.add(s.name, s.run, s.close)
	}
	return g.run(ctx)
}

// register publishes our peer info unless the chain already has it.
func (p *Provider) register(ctx context.Context) error {
	info, err := p.host.PeerInfo()
	if err != nil {
		return fmt.Errorf("encode peer info: %w", err)
	}
	cur, err := p.m.PeerInfo(ctx, p.me)
	if err != nil {
		return err
	}
	if string(cur) == string(info) {
		return nil
	}
	if err := p.m.RegisterProvider(ctx, info); err != nil {
		return fmt.Errorf("register provider: %w", err)
	}
	p.log.Info("registered", "peer_id", p.host.ID())
	return nil
}
