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

// This file is protocol v1, kept only for the v1 tests of market/ and
// gateway/s3 until v1 is deleted (provider_v2.go is the v2 one).

// ProviderNode is an in-process provider with its own datadir.
type ProviderNode struct {
	Provider *market.Provider
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
	m, err := c.Market(ctx, signer)
	if err != nil {
		return nil, err
	}
	p, err := market.OpenProvider(cfg, log, m, market.ProviderDir{Dir: dir, Capacity: capacity})
	if err != nil {
		return nil, err
	}
	pctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	n := &ProviderNode{Provider: p, Dir: dir, Signer: signer, cancel: cancel, done: make(chan error, 1)}
	go func() {
		err := p.Run(pctx)
		n.done <- errors.Join(err, p.Close())
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
