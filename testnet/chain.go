package testnet

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/devchain"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// ChainOptions shape a protocol v2 devnet chain.
type ChainOptions struct {
	// BlockTime of anvil's interval mining (default 1s; tests use 200ms).
	BlockTime time.Duration
	// Config of the MarketplaceV2; zero EpochBlocks means
	// DevnetMarketConfig(DefaultDevnetEpoch).
	Config contracts.IMarketplaceV2Config
	// Accounts derived from anvil's mnemonic and funded (default 20).
	Accounts int
	// Port for anvil (0: free port).
	Port int
	Log  *slog.Logger
}

// Chain is a running anvil with the protocol v2 contracts deployed.
type Chain struct {
	Anvil  *anvil.Node
	Client *chain.Client
	Dep    contracts.Deployment
	Config contracts.IMarketplaceV2Config
}

// StartChain starts anvil (or geth --dev with CAIRN_TEST_CHAIN=geth) and
// deploys the token, the MarketplaceV2, its facet and its lens from account
// 0. Its anvil dies with this process. Stop it with Close.
func StartChain(ctx context.Context, opts ChainOptions) (*Chain, error) {
	if opts.BlockTime == 0 {
		opts.BlockTime = time.Second
	}
	if opts.Accounts == 0 {
		opts.Accounts = 20
	}
	if opts.Config.EpochBlocks == 0 {
		opts.Config = DevnetMarketConfig(DefaultDevnetEpoch)
	}
	node, err := devchain.StartTestChain(ctx, anvil.Options{BlockTime: opts.BlockTime, Accounts: opts.Accounts, Port: opts.Port, DieWithParent: true})
	if err != nil {
		return nil, err
	}
	c, err := chain.Dial(ctx, node.URL, node.ChainID)
	if err != nil {
		_ = node.Stop()
		return nil, err
	}
	ch := &Chain{Anvil: node, Client: c, Config: opts.Config}
	deployer, err := Account(0)
	if err != nil {
		ch.Close()
		return nil, err
	}
	cfg := opts.Config
	cfg.Token = common.Address{}
	dep, err := contracts.DeployDevnet(ctx, c, deployer.TransactOpts(c.ChainIDValue()), cfg)
	if err != nil {
		ch.Close()
		return nil, fmt.Errorf("deploy v2 contracts: %w", err)
	}
	ch.Dep = dep
	ch.Config.Token = dep.Token
	return ch, nil
}

// Close stops anvil.
func (c *Chain) Close() error {
	c.Client.Close()
	return c.Anvil.Stop()
}

// Market opens the MarketplaceV2 with signer as the sender.
func (c *Chain) Market(ctx context.Context, signer *chain.Signer) (*marketv2.Market, error) {
	return openMarketV2(ctx, c.Client, c.Dep, signer)
}

// Fund sends eth wei of ETH from account 0 to addr and mints tokens to it.
func (c *Chain) Fund(ctx context.Context, addr common.Address, eth, tokens *big.Int) error {
	return fundV2(ctx, c.Client, c.Dep, addr, eth, tokens)
}

func openMarketV2(ctx context.Context, cl *chain.Client, dep contracts.Deployment, signer *chain.Signer) (*marketv2.Market, error) {
	var snd *chain.Sender
	if signer != nil {
		var err error
		if snd, err = marketv2.NewSender(cl, signer, chain.DefaultSenderConfig()); err != nil {
			return nil, err
		}
	}
	return marketv2.Open(ctx, cl, snd, dep)
}

func fundV2(ctx context.Context, cl *chain.Client, dep contracts.Deployment, addr common.Address, eth, tokens *big.Int) error {
	src, err := Account(0)
	if err != nil {
		return err
	}
	m, err := openMarketV2(ctx, cl, dep, src)
	if err != nil {
		return err
	}
	if eth != nil && eth.Sign() > 0 {
		if _, err := m.Sender().Send(ctx, chain.Call{To: &addr, Value: eth, Label: "fund eth"}); err != nil {
			return fmt.Errorf("fund %s: %w", addr, err)
		}
	}
	if tokens != nil && tokens.Sign() > 0 {
		if err := m.Mint(ctx, addr, tokens); err != nil {
			return fmt.Errorf("mint to %s: %w", addr, err)
		}
	}
	return nil
}
