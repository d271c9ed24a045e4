package market

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/cairn-storage/cairn/market/ledger"
	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/storage"
)

// ProviderDir places a provider in one data directory: its libp2p identity
// (identity.key), its shard store (store/), its chain ledger (ledger/),
// its event cursor (cursor.json) and repair scratch space.
type ProviderDir struct {
	Dir      string
	Capacity uint64     // bytes of shards to sell
	P2P      p2p.Config // listen addresses etc.
}

// OpenProvider opens, or creates, a provider's data directory and builds
// the provider on m (which needs a sender). The provider owns what it
// opened: Close releases the host and the store. `cairn provider run`, the
// devnet and the tests all start providers this way.
func OpenProvider(cfg ProviderConfig, log *slog.Logger, m *Market, d ProviderDir) (*Provider, error) {
	if err := os.MkdirAll(d.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("provider dir: %w", err)
	}
	id, err := p2p.LoadOrCreateIdentity(filepath.Join(d.Dir, "identity.key"))
	if err != nil {
		return nil, err
	}
	st, err := storage.OpenStore(storage.StoreConfig{Dir: filepath.Join(d.Dir, "store"), Capacity: d.Capacity}, log)
	if err != nil {
		return nil, fmt.Errorf("%w (is another provider running on %s?)", err, d.Dir)
	}
	cursor, err := NewFileCursor(filepath.Join(d.Dir, "cursor.json"))
	if err != nil {
		st.Close()
		return nil, err
	}
	lc := ledger.DefaultConfig()
	lc.Confirmations = cfg.Confirmations
	lc.StartBlock = m.Deployment().Block
	lc.Poll = cfg.Poll
	led, err := ledger.Open(filepath.Join(d.Dir, "ledger"), lc, log, m.Client(), m.Address())
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("provider ledger: %w", err)
	}
	p, err := NewProvider(cfg, log, ProviderDeps{Market: m, Store: st, Identity: id, P2P: d.P2P, Cursor: cursor, Ledger: led, TempDir: d.Dir})
	if err != nil {
		led.Close()
		st.Close()
		return nil, err
	}
	p.owned = closers{led, st}
	return p, nil
}

// Store is the provider's shard store.
func (p *Provider) Store() *storage.Store { return p.store }

// Close releases the provider's libp2p host (Run does it on return) and,
// for a provider made by OpenProvider, its store. Call it after Run
// returned. It is idempotent.
func (p *Provider) Close() error {
	err := p.host.Close()
	if p.owned != nil {
		p.closeOnce.Do(func() { err = errors.Join(err, p.owned.Close()) })
	}
	return err
}

// closers closes each in order and joins the errors.
type closers []io.Closer

func (c closers) Close() error {
	var errs []error
	for _, x := range c {
		errs = append(errs, x.Close())
	}
	return errors.Join(errs...)
}
