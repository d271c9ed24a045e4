package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Backend is what deploying needs: sending transactions and waiting for
// their receipts. *ethclient.Client implements it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Deployment says where a Marketplace and its token live. It is data: store
// it per chain id (devnet.json, config) and hand it to whoever needs it.
type Deployment struct {
	ChainID     uint64         `json:"chain_id"`
	Token       common.Address `json:"token"`
	Marketplace common.Address `json:"marketplace"`
	// Block is the Marketplace's deployment block, its genesisBlock: epoch e
	// starts at Block + e·EpochBlocks.
	Block uint64 `json:"block"`
}

// Token units: 18 decimals.
var oneToken = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Tokens returns n whole tokens in base units (18 decimals).
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), oneToken) }

// DevnetConfig returns the devnet's Marketplace parameters: 20-block epochs
// (seconds on a 1 s devnet), 5 grace blocks, K = 10, 3 reservations per slot
// for 60 blocks with a 1-token deposit, a 5% slash per miss, 4 misses in 16
// epochs free a slot, a 0.01-token settle fee and shards up to 4 GiB. Token
// is left zero: DeployDevnet then deploys a CairnToken.
func DevnetConfig() IMarketplaceConfig {
	return IMarketplaceConfig{
		EpochBlocks:        20,
		GraceBlocks:        5,
		FillDelayBlocks:    2,
		ReservationTTL:     60,
		MaxReservations:    3,
		Challenges:         10,
		MissWindow:         16,
		MissThreshold:      4,
		SlashBps:           500,
		MaxShardSize:       4 << 30,
		ReservationDeposit: Tokens(1),
		SettleFee:          new(big.Int).Div(oneToken, big.NewInt(100)),
	}
}

// DeployToken deploys a CairnToken (devnet ERC-20 with permit, open mint)
// and waits for it to be mined.
func DeployToken(ctx context.Context, backend Backend, auth *bind.TransactOpts) (common.Address, *types.Receipt, error) {
	return deploy(ctx, backend, auth, CairnTokenMetaData.Bin, nil)
}

// DeployMarketplace deploys a Marketplace with cfg (cfg.Token must be set)
// and waits for it to be mined. The receipt's block is its genesis block.
func DeployMarketplace(ctx context.Context, backend Backend, auth *bind.TransactOpts, cfg IMarketplaceConfig) (common.Address, *types.Receipt, error) {
	if cfg.Token == (common.Address{}) {
		return common.Address{}, nil, errors.New("deploy marketplace: config has no token")
	}
	return deploy(ctx, backend, auth, MarketplaceMetaData.Bin, NewMarketplace().PackConstructor(cfg))
}

// DeployDevnet deploys a CairnToken when cfg.Token is zero, then a
// Marketplace over it, waiting for each to be mined.
func DeployDevnet(ctx context.Context, backend Backend, auth *bind.TransactOpts, cfg IMarketplaceConfig) (Deployment, error) {
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy: chain id: %w", err)
	}
	if cfg.Token == (common.Address{}) {
		tok, _, err := DeployToken(ctx, backend, auth)
		if err != nil {
			return Deployment{}, err
		}
		cfg.Token = tok
	}
	mp, rcpt, err := DeployMarketplace(ctx, backend, auth, cfg)
	if err != nil {
		return Deployment{}, err
	}
	return Deployment{ChainID: chainID.Uint64(), Token: cfg.Token, Marketplace: mp, Block: rcpt.BlockNumber.Uint64()}, nil
}

func deploy(ctx context.Context, backend Backend, auth *bind.TransactOpts, bin string, input []byte) (common.Address, *types.Receipt, error) {
	opts := *auth
	opts.Context = ctx
	addr, tx, err := bind.DeployContract(&opts, common.FromHex(bin), backend, input)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy: %w", err)
	}
	rcpt, err := waitMined(ctx, backend, tx.Hash())
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy: wait for %s: %w", tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return common.Address{}, rcpt, fmt.Errorf("deploy: transaction %s reverted", tx.Hash())
	}
	return addr, rcpt, nil
}

// waitMined polls for a receipt with a backoff from 10 ms to 1 s
// (bind.WaitMined polls once a second, slow against an automining devnet).
func waitMined(ctx context.Context, b bind.DeployBackend, h common.Hash) (*types.Receipt, error) {
	wait := 10 * time.Millisecond
	for {
		rcpt, err := b.TransactionReceipt(ctx, h)
		if err == nil {
			return rcpt, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Second)
	}
}
