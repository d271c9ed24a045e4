package testnet

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/storage"
)

// ProviderNode is an in-process provider with its own datadir.
type ProviderNode struct {
	Provider *market.Provider
	Store    *storage.Store
	Dir      string
	Signer   *chain.Signer
	cancel   context.CancelFunc
	done     chan error
	stopOnce sync.Once
	stopErr  error
}

// StartProvider runs provider account acct (funded from account 0) in
// process with its store under dir. Stop it with Stop.
func (c *Chain) StartProvider(ctx context.Context, acct int, dir string, capacity uint64, cfg market.ProviderConfig, log *slog.Logger) (*ProviderNode, error) {
	signer, err := Account(acct)
	if err != nil {
		return nil, err
	}
	if err := c.Fund(ctx, signer.Address(), nil, Tokens(10_000)); err != nil {
		return nil, err
	}
	return c.RunProvider(ctx, signer, dir, capacity, cfg, log)
}

// RunProvider runs a provider for signer (already funded) in process.
func (c *Chain) RunProvider(ctx context.Context, signer *chain.Signer, dir string, capacity uint64, cfg market.ProviderConfig, log *slog.Logger) (*ProviderNode, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	m, err := c.Market(ctx, signer)
	if err != nil {
		return nil, err
	}
	id, err := p2p.LoadOrCreateIdentity(filepath.Join(dir, "identity.key"))
	if err != nil {
		return nil, err
	}
	st, err := storage.OpenStore(storage.StoreConfig{Dir: filepath.Join(dir, "store"), Capacity: capacity}, log)
	if err != nil {
		return nil, err
	}
	cursor, err := market.NewFileCursor(filepath.Join(dir, "cursor.json"))
	if err != nil {
		st.Close()
		return nil, err
	}
	p, err := market.NewProvider(cfg, log, market.ProviderDeps{Market: m, Store: st, Identity: id, Cursor: cursor, TempDir: dir})
	if err != nil {
		st.Close()
		return nil, err
	}
	pctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	n := &ProviderNode{Provider: p, Store: st, Dir: dir, Signer: signer, cancel: cancel, done: make(chan error, 1)}
	go func() {
		err := p.Run(pctx)
		st.Close()
		n.done <- err
	}()
	return n, nil
}

// Stop cancels the provider and waits for it to exit. It is idempotent.
func (n *ProviderNode) Stop() error {
	n.stopOnce.Do(func() {
		n.cancel()
		if err := <-n.done; err != nil {
			n.stopErr = fmt.Errorf("provider %s: %w", n.Signer.Address(), err)
		}
	})
	return n.stopErr
}
