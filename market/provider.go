package market

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market/ledger"
	"github.com/cairn-storage/cairn/market/p2p"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// openTimeout bounds OpenProvider's chain work (registration, createSet).
const openTimeout = 2 * time.Minute

// Provider is a provider on protocol v2: one proof set per volume, the
// market/v2 services (sales, prover, scrubber, repairer, settler) over
// them, periodic withdrawals, and a libp2p host that receives the
// clients' pushes into sales' push inbox and serves fetches from the
// volumes' stores. It is built beside the v1 Provider.
type Provider struct {
	cfg  ProviderConfig
	log  *slog.Logger
	m    *marketv2.Market
	me   common.Address
	host *p2p.Host
	vols []*marketv2.OpenVolume

	reserved *reservedSlots
	inbox    *pushInbox
	auth     *v2Auth
	ledger   *ledger.Ledger
	resumer  *resumer
	tip      *TipRequests // sales' RequestSource (the ledger plus the head)

	prover   *marketv2.Prover
	scrubber *marketv2.Scrubber
	sales    *marketv2.Sales
	repairer *marketv2.Repairer // nil unless cfg.Repair
	settler  *marketv2.Settler  // nil unless cfg.Settle
	wd       *withdrawer

	closeOnce sync.Once
	closeErr  error
}

// OpenProvider is OpenProviderContext with a background context
// bounded by two minutes.
func OpenProvider(cfg ProviderConfig, log *slog.Logger, m *marketv2.Market, d ProviderDir) (*Provider, error) {
	ctx, cancel := context.WithTimeout(context.Background(), openTimeout)
	defer cancel()
	return OpenProviderContext(ctx, cfg, log, m, d)
}

// OpenProviderContext opens, or creates, a v2 provider's data directory
// and builds the provider on m (which needs a sender): its identity, its
// libp2p host (bound, not serving), its peer info registered unless the
// chain has it (a set can only be created by a registered provider), its
// volumes with their proof sets (created on first start) and its
// services. It starts nothing; Close releases what it opened.
func OpenProviderContext(ctx context.Context, cfg ProviderConfig, log *slog.Logger, m *marketv2.Market, d ProviderDir) (_ *Provider, err error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if m == nil || m.Sender() == nil {
		return nil, errors.New("provider v2: needs a market with a sender")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(d.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("provider v2 dir: %w", err)
	}
	id, err := p2p.LoadOrCreateIdentity(filepath.Join(d.Dir, "identity.key"))
	if err != nil {
		return nil, err
	}
	cfg.Market.Volumes = d.Volumes
	if len(cfg.Market.Volumes) == 0 {
		cfg.Market.Volumes = []marketv2.Volume{{Path: filepath.Join(d.Dir, "store"), Capacity: d.Capacity}}
	}
	if err := marketv2.ValidateVolumes(cfg.Market.Volumes); err != nil {
		return nil, fmt.Errorf("provider v2: %w", err)
	}
	me := m.Sender().Address()
	log = log.With("component", "provider_v2", "provider", me)
	p := &Provider{cfg: cfg, log: log, m: m, me: me, reserved: newReservedSlots(m.Config.ReservationTTL)}
	terms := newV2Terms(m)
	p.inbox = newPushInbox(cfg.PushWait, p.reserved, terms)
	p.auth = newV2Auth(m, terms, p.reserved, p.findShard)
	pc := d.P2P
	pc.ChainID = m.Deployment().ChainID
	pc.Marketplace = m.Address()
	deps := p2p.Deps{Authorizer: p.auth, Source: v2Source{p}, Sink: p.inbox, Reservations: p.auth}
	if d.RelayACL != nil {
		deps.RelayACL = d.RelayACL
	}
	if p.host, err = p2p.New(pc, log, id, deps); err != nil {
		return nil, fmt.Errorf("provider v2: %w", err)
	}
	defer func() {
		if err != nil {
			err = errors.Join(err, p.Close())
		}
	}()
	if err := p.openLedger(filepath.Join(d.Dir, "ledger-v2")); err != nil {
		return nil, err
	}
	if err := p.register(ctx); err != nil {
		return nil, err
	}
	bind := marketv2.Binding{ChainID: m.Deployment().ChainID, Marketplace: m.Address()}
	if p.vols, err = marketv2.OpenVolumes(ctx, cfg.Market.Volumes, bind, m, log); err != nil {
		return nil, fmt.Errorf("%w (is another provider running on %s?)", err, d.Dir)
	}
	if err := p.services(filepath.Join(d.Dir, "tmp")); err != nil {
		return nil, err
	}
	stores := make([]*storage.Store, len(p.vols))
	for i, v := range p.vols {
		stores[i] = v.Store
	}
	if p.resumer, err = newResumer(stores); err != nil {
		return nil, fmt.Errorf("provider v2: %w", err)
	}
	return p, nil
}

// services builds the market/v2 services over the open volumes.
func (p *Provider) services(tmp string) error {
	cfg, m := p.cfg, p.m
	var proved []marketv2.ProvedSet
	var scrubbed []marketv2.ScrubbedSet
	var sale []marketv2.SaleSet
	var own []uint64
	for _, v := range p.vols {
		proved = append(proved, marketv2.ProvedSet{SetID: v.SetID, Store: v.Store})
		scrubbed = append(scrubbed, marketv2.ScrubbedSet{SetID: v.SetID, Store: v.Store})
		sale = append(sale, marketv2.SaleSet{SetID: v.SetID, Store: v.Store})
		own = append(own, v.SetID)
	}
	p.tip = &TipRequests{Ledger: p.ledger, Chain: marketHead{m}, Log: p.log}
	var err error
	pc := cfg.Market.Prover
	pc.Poll = cfg.Poll
	if p.prover, err = marketv2.NewProver(pc, p.log, marketv2.ProverDeps{
		Chain: m, Tenures: LedgerTenures{p.ledger}, Clock: m.Clock, Sets: proved, Journal: LedgerProofs{p.ledger},
	}); err != nil {
		return fmt.Errorf("provider v2: %w", err)
	}
	if p.scrubber, err = marketv2.NewScrubber(cfg.Market.Scrubber, p.log, m, scrubbed); err != nil {
		return fmt.Errorf("provider v2: %w", err)
	}
	sc := cfg.Sales
	sc.Poll = cfg.Poll
	if p.sales, err = marketv2.NewSales(sc, p.log, marketv2.SalesDeps{
		Self: p.me, Config: m.Config, Clock: m.Clock, Reader: m, Taker: recordingTaker{m, p.reserved},
		Requests: p.tip, Receiver: p.inbox, Sets: sale, Confirmed: LedgerSlots{p.ledger},
	}); err != nil {
		return fmt.Errorf("provider v2: %w", err)
	}
	p.inbox.wake = p.sales.Wake
	if cfg.Repair {
		if err := os.MkdirAll(tmp, 0o700); err != nil {
			return fmt.Errorf("provider v2: repair dir: %w", err)
		}
		if err := dropRepairTemps(tmp); err != nil {
			return fmt.Errorf("provider v2: %w", err)
		}
		rc := cfg.Repairer
		rc.Poll, rc.TempDir = cfg.Poll, tmp
		f := &p2pFetcher{host: p.host, peers: m, signer: p2p.NewKeySigner(m.Sender().Signer().PrivateKey())}
		if p.repairer, err = marketv2.NewRepairer(rc, p.log, marketv2.RepairerDeps{
			Self: p.me, Config: m.Config, Clock: m.Clock, Reader: m, Taker: m, Owners: m,
			Requests: LedgerRequests{Ledger: p.ledger}, Fetcher: f, Sets: sale, Confirmed: LedgerSlots{p.ledger},
		}); err != nil {
			return fmt.Errorf("provider v2: %w", err)
		}
	}
	if cfg.Settle {
		stc := cfg.Settler
		stc.Poll = cfg.Poll
		if p.settler, err = marketv2.NewSettler(stc, p.log, marketv2.SettlerDeps{
			Chain: m, Config: m.Config, Requests: LedgerRequests{Ledger: p.ledger, All: true}, Clock: m.Clock, Skip: own,
		}); err != nil {
			return fmt.Errorf("provider v2: %w", err)
		}
	}
	p.wd = &withdrawer{every: cfg.WithdrawEvery, m: m, log: p.log}
	return nil
}

// Address is the provider's wallet address.
func (p *Provider) Address() common.Address { return p.me }

// Host is the provider's libp2p host.
func (p *Provider) Host() *p2p.Host { return p.host }

// Market is the v2 market the provider trades on.
func (p *Provider) Market() *marketv2.Market { return p.m }

// Volumes are the provider's open volumes with their proof sets.
func (p *Provider) Volumes() []*marketv2.OpenVolume { return p.vols }

// Prover is the set prover (tests read its stats).
func (p *Provider) Prover() *marketv2.Prover { return p.prover }

// Sales is the sales service.
func (p *Provider) Sales() *marketv2.Sales { return p.sales }

// Repairer is the repairer (nil unless Repair is configured).
func (p *Provider) Repairer() *marketv2.Repairer { return p.repairer }

// Settler is the settler (nil unless Settle is configured).
func (p *Provider) Settler() *marketv2.Settler { return p.settler }

// Ledger is the provider's v2 chain ledger (Dir/ledger-v2).
func (p *Provider) Ledger() *ledger.Ledger { return p.ledger }

// Close releases the host, the volumes' stores and the ledger. Call it after Run
// returned; it is idempotent.
func (p *Provider) Close() error {
	p.closeOnce.Do(func() {
		for _, s := range p.group() {
			s.close()
		}
		if p.host != nil {
			p.closeErr = p.host.Close()
		}
		marketv2.CloseVolumes(p.vols)
		if p.ledger != nil {
			p.closeErr = errors.Join(p.closeErr, p.ledger.Close())
		}
	})
	return p.closeErr
}
