package testnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/market"
)

// ProviderNodeV2 is an in-process protocol v2 provider with its own datadir.
type ProviderNodeV2 struct {
	Provider *market.Provider
	Dir      string
	Signer   *chain.Signer
	cancel   context.CancelFunc
	done     chan error
	stopOnce sync.Once
	stopErr  error
}

// StartProvider runs provider account acct (funded with tokens from
// account 0) in process with one volume of capacity bytes under dir. Stop
// it with Stop.
func (c *Chain) StartProvider(ctx context.Context, acct int, dir string, capacity uint64, cfg market.ProviderConfig, log *slog.Logger) (*ProviderNodeV2, error) {
	signer, err := Account(acct)
	if err != nil {
		return nil, err
	}
	if err := c.Fund(ctx, signer.Address(), nil, Tokens(10_000)); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	m, err := c.Market(ctx, signer)
	if err != nil {
		return nil, err
	}
	p, err := market.OpenProviderContext(ctx, cfg, log, m, market.ProviderDir{Dir: dir, Capacity: capacity})
	if err != nil {
		return nil, err
	}
	pctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	n := &ProviderNodeV2{Provider: p, Dir: dir, Signer: signer, cancel: cancel, done: make(chan error, 1)}
	go func() {
		err := p.Run(pctx)
		n.done <- errors.Join(err, p.Close())
	}()
	return n, nil
}

// Stop cancels the provider and waits for it to exit. It is idempotent.
func (n *ProviderNodeV2) Stop() error {
	n.stopOnce.Do(func() {
		n.cancel()
		if err := <-n.done; err != nil {
			n.stopErr = fmt.Errorf("provider %s: %w", n.Signer.Address(), err)
		}
	})
	return n.stopErr
}
