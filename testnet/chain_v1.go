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
	"github.com/cairn-storage/cairn/market"
)

// This file is protocol v1, kept only for the v1 tests of market/ and
// gateway/s3 until v1 is deleted; the devnet, the CLI and the demo use
// ChainV2 (chain_v2.go).

// ChainOptions shape a devnet chain.
type ChainOptions struct {
	// BlockTime of anvil's interval mining (default 1s; tests use 200ms).
	BlockTime time.Duration
	// Config of the Marketplace; zero EpochBlocks means DevnetConfig().
	Config contracts.IMarketplaceConfig
	// Accounts derived from anvil's mnemonic and funded (default 20).
	Accounts int
	// Port for anvil (0: free port).
	Port int
	// StateFile makes anvil load and dump its state there, so a devnet resumes.
	StateFile string
	Log       *slog.Logger
}

// Chain is a running anvil with the contracts deployed.
type Chain struct {
	Anvil  *anvil.Node
	Client *chain.Client
	Dep    contracts.Deployment
	Config contracts.IMarketplaceConfig
	log    *slog.Logger
}

// StartChain starts anvil (or geth --dev with CAIRN_TEST_CHAIN=geth) and deploys the token and the Marketplace from
// account 0. Stop it with Close. Its anvil dies with this process (tests
// that are killed leave none behind); the devnet starts its own.
func StartChain(ctx context.Context, opts ChainOptions) (*Chain, error) {
	if opts.BlockTime == 0 {
		opts.BlockTime = time.Second
	}
	if opts.Accounts == 0 {
		opts.Accounts = 20
	}
	if opts.Config.EpochBlocks == 0 {
		opts.Config = contracts.DevnetConfig()
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	node, err := devchain.StartTestChain(ctx, anvil.Options{BlockTime: opts.BlockTime, Accounts: opts.Accounts, Port: opts.Port, StateFile: opts.StateFile, DieWithParent: true})
	if err != nil {
		return nil, err
	}
	c, err := chain.Dial(ctx, node.URL, node.ChainID)
	if err != nil {
		_ = node.Stop()
		return nil, err
	}
	ch := &Chain{Anvil: node, Client: c, Config: opts.Config, log: opts.Log}
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
		return nil, fmt.Errorf("deploy contracts: %w", err)
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

// Account is anvil's mnemonic account i.
func Account(i int) (*chain.Signer, error) {
	return chain.SignerFromMnemonic(anvil.DefaultMnemonic, uint32(i))
}

// Market opens the Marketplace with signer as the sender.
func (c *Chain) Market(ctx context.Context, signer *chain.Signer) (*market.Market, error) {
	snd, err := market.NewSender(c.Client, signer, chain.DefaultSenderConfig())
	if err != nil {
		return nil, err
	}
	return market.Open(ctx, c.Client, snd, c.Dep)
}

// Fund sends eth wei of ETH from account 0 to addr and mints tokens to it.
func (c *Chain) Fund(ctx context.Context, addr common.Address, eth, tokens *big.Int) error {
	src, err := Account(0)
	if err != nil {
		return err
	}
	m, err := c.Market(ctx, src)
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

// Tokens is n whole tokens.
func Tokens(n int64) *big.Int { return contracts.Tokens(n) }

// Ether is n whole ETH in wei.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
