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
	"golang.org/x/sync/errgroup"

	"github.com/cairn-storage/cairn/chain"
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
}

// DefaultProviderConfig accepts any price, shards up to 4 GiB and 100
// tokens of collateral per slot, repairs and settles, withdraws every epoch.
func DefaultProviderConfig() ProviderConfig {
	return ProviderConfig{
		MinPricePerSlotEpoch: new(big.Int),
		MaxShardSize:         4 << 30,
		MaxCollateralPerSlot: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)),
		MaxConcurrentFills:   4,
		Repair:               true,
		Settle:               true,
		WithdrawEvery:        1,
		ProofBatch:           10,
		Poll:                 250 * time.Millisecond,
		ShardWait:            2 * time.Minute,
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
	// TempDir holds shards fetched for a repair (default os.TempDir()); put
	// it on the store's disk so big repairs do not fill a small /tmp.
	TempDir string
}

// Provider sells storage: it watches requests, reserves, receives, fills,
// proves every epoch, settles others' misses and repairs freed slots.
type Provider struct {
	cfg    ProviderConfig
	log    *slog.Logger
	m      *Market
	store  *storage.Store
	host   *p2p.Host
	cursor chain.CursorStore
	tmpDir string
	me     common.Address
	signer p2p.Signer

	owned     io.Closer // the store, when OpenProvider opened it
	closeOnce sync.Once

	fills chan struct{} // semaphore of concurrent fills
	met   *providerMetrics

	mu        sync.Mutex
	requests  map[[32]byte]*StorageRequest // requests seen, by id
	pending   map[[32]byte]*pendingFill    // our reservations awaiting shard or fill
	watched   map[[32]byte]watchedSlot     // filled slots of others, for the settler
	proven    map[[32]byte]uint64          // our slots: last epoch proven + 1
	lastEpoch uint64                       // last epoch the loop body handled
	ticked    bool                         // lastEpoch is set
	tasks     sync.WaitGroup
}

// NewProvider builds a provider and its libp2p host; it starts nothing.
func NewProvider(cfg ProviderConfig, log *slog.Logger, deps ProviderDeps) (*Provider, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Market == nil || deps.Market.Sender() == nil || deps.Store == nil || deps.Identity == nil {
		return nil, errors.New("provider: needs a market with a sender, a store and an identity")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if deps.Cursor == nil {
		deps.Cursor = &chain.MemoryCursor{}
	}
	snd := deps.Market.Sender()
	p := &Provider{
		cfg:      cfg,
		log:      log.With("component", "provider", "provider", snd.Address()),
		m:        deps.Market,
		store:    deps.Store,
		cursor:   deps.Cursor,
		tmpDir:   deps.TempDir,
		me:       snd.Address(),
		signer:   p2p.NewKeySigner(snd.Signer().PrivateKey()),
		fills:    make(chan struct{}, cfg.MaxConcurrentFills),
		met:      newProviderMetrics(),
		requests: map[[32]byte]*StorageRequest{},
		pending:  map[[32]byte]*pendingFill{},
		watched:  map[[32]byte]watchedSlot{},
		proven:   map[[32]byte]uint64{},
	}
	pc := deps.P2P
	pc.ChainID = deps.Market.ChainID()
	pc.Marketplace = deps.Market.Address()
	host, err := p2p.New(pc, log, deps.Identity, p2p.Deps{Authorizer: p, Source: p, Sink: p})
	if err != nil {
		return nil, fmt.Errorf("provider: %w", err)
	}
	p.host = host
	return p, nil
}

// Address is the provider's wallet address.
func (p *Provider) Address() common.Address { return p.me }

// Host is the provider's libp2p host.
func (p *Provider) Host() *p2p.Host { return p.host }

// Metrics returns the provider's Prometheus registry.
func (p *Provider) Metrics() *providerMetrics { return p.met }

// Run registers the provider, then serves shards, follows the chain's
// events and runs the per-epoch work until ctx is cancelled.
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
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return p.host.Run(gctx) })
	g.Go(func() error {
		w := chain.NewWatcher(p.m.Client(), chain.WatcherConfig{
			Addresses:    []common.Address{p.m.Address()},
			StartBlock:   p.m.Deployment().Block,
			PollInterval: p.cfg.Poll,
		}, p.cursor, p.handleLogs, p.log)
		return w.Run(gctx)
	})
	g.Go(func() error { return p.loop(gctx) })
	err = g.Wait()
	p.tasks.Wait()
	return err
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

// resume adopts shards from a previous run: filled slots are proven again
// from the next epoch; live reservations resume (the client's push retry
// continues a partial shard, a repair is rebuilt) and are filled; shards
// whose reservation is gone are dropped.
func (p *Provider) resume(ctx context.Context) error {
	if err := p.resumeReservations(ctx); err != nil {
		return err
	}
	list, err := p.store.List()
	if err != nil {
		return fmt.Errorf("list shards: %w", err)
	}
	for _, sh := range list {
		switch sh.State {
		case storage.StateFilled, storage.StateProving:
			si, err := p.m.SlotInfo(ctx, sh.Slot)
			if err != nil {
				return err
			}
			if si.State != SlotFilled || si.Provider != p.me {
				p.release(sh.Slot, "slot no longer ours")
			}
		case storage.StateStored, storage.StateReceiving:
			p.mu.Lock()
			_, live := p.pending[sh.Slot]
			p.mu.Unlock()
			if !live { // its reservation is gone: the bytes are of no use
				p.release(sh.Slot, "unfilled at restart")
			}
		}
	}
	if p.cfg.Settle {
		if err := p.watchFilled(ctx); err != nil {
			return err
		}
	}
	p.updateSpaceMetrics()
	return nil
}

// watchFilled loads other providers' filled slots from the chain, so a
// restarted settler (whose watcher resumes past their SlotFilled events)
// still follows them.
func (p *Provider) watchFilled(ctx context.Context) error {
	fills, err := p.m.logs(ctx, "SlotFilled")
	if err != nil {
		return err
	}
	for _, l := range fills {
		ev, err := p.m.abi.UnpackSlotFilledEvent(&l)
		if err != nil || ev.Provider == p.me {
			continue
		}
		p.mu.Lock()
		p.watched[ev.SlotId] = watchedSlot{request: ev.RequestId, holder: ev.Provider, filled: ev.Epoch.Uint64()}
		p.mu.Unlock()
	}
	return nil
}

func (p *Provider) release(slot storage.SlotID, why string) {
	if err := p.store.Delete(slot); err != nil && !errors.Is(err, storage.ErrNotFound) {
		p.log.Warn("delete shard", "slot", slot.String(), "err", err)
		return
	}
	p.log.Info("released shard", "slot", slot.String(), "why", why)
}

// loop runs the per-epoch work whenever the epoch changes, and pending
// fills whenever a block arrives.
func (p *Provider) loop(ctx context.Context) error {
	t := time.NewTicker(p.cfg.Poll)
	defer t.Stop()
	for {
		epoch, _, err := p.m.Clock.Current(ctx)
		if err == nil {
			p.Tick(ctx, epoch)
		} else if ctx.Err() == nil {
			p.log.Warn("read epoch", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Tick runs the work of the given epoch once per epoch: proofs, settling,
// withdrawals, finishing ended requests. Tests call it with chosen epochs.
func (p *Provider) Tick(ctx context.Context, epoch uint64) {
	p.mu.Lock()
	first := !p.ticked || epoch != p.lastEpoch
	p.lastEpoch, p.ticked = epoch, true
	p.mu.Unlock()
	p.prove(ctx, epoch)
	if !first {
		return
	}
	if p.cfg.Settle {
		p.settle(ctx)
	}
	p.finishEnded(ctx, epoch)
	if p.cfg.WithdrawEvery > 0 && epoch%p.cfg.WithdrawEvery == 0 {
		p.withdraw(ctx)
	}
	p.updateSpaceMetrics()
}

// spawn runs f as a tracked task that Run waits for.
func (p *Provider) spawn(ctx context.Context, f func(context.Context)) {
	p.tasks.Add(1)
	go func() {
		defer p.tasks.Done()
		f(ctx)
	}()
}
