package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// Deployment says where a protocol v2 Marketplace, its facet, its lens and
// its token live. Block is the facet's deployment block, the marketplace's
// genesisBlock: epoch e starts at Block + e·EpochBlocks.
type Deployment struct {
	ChainID     uint64         `json:"chain_id"`
	Token       common.Address `json:"token"`
	Marketplace common.Address `json:"marketplace"`
	Facet       common.Address `json:"facet"`
	Lens        common.Address `json:"lens"`
	Block       uint64         `json:"block"`
}

// DevnetConfig returns the devnet parameters of PROTOCOL-V2.md §1: 20-block
// epochs with 5 grace blocks, K = 10, KF = 16, 4 misses in 16 epochs fail a
// set, a 5% slash per miss, shards up to 4 GiB with at least 0.1 token of
// collateral per GiB, deposits of max(0.1 token, 1% of the collateral), a
// 0.01-token audit fee, reservations of 60 blocks (3 per slot) with a fill
// delay of 2. Token is left zero: DeployDevnet then deploys a CairnToken.
func DevnetConfig() IMarketplaceV2Config {
	tenth := new(big.Int).Div(oneToken, big.NewInt(10))
	return IMarketplaceV2Config{
		EpochBlocks:         20,
		GraceBlocks:         5,
		FillDelayBlocks:     2,
		ReservationTTL:      60,
		MaxReservations:     3,
		Challenges:          10,
		FillChallenges:      16,
		MissWindow:          16,
		MissThreshold:       4,
		SlashBps:            500,
		DepositBps:          100,
		MaxShardSize:        4 << 30,
		MinCollateralPerGiB: tenth,
		MinDeposit:          new(big.Int).Set(tenth),
		AuditFee:            new(big.Int).Div(oneToken, big.NewInt(100)),
	}
}

// DeployV2 deploys a MarketplaceV2Facet with cfg (cfg.Token must be set), the
// MarketplaceV2 that delegates to it and a MarketplaceV2Lens over it, waiting
// for each to be mined.
func DeployV2(ctx context.Context, backend Backend, auth *bind.TransactOpts, cfg IMarketplaceV2Config) (Deployment, error) {
	if cfg.Token == (common.Address{}) {
		return Deployment{}, errors.New("deploy marketplace v2: config has no token")
	}
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy v2: chain id: %w", err)
	}
	facet, rcpt, err := deploy(ctx, backend, auth, MarketplaceV2FacetMetaData.Bin, NewMarketplaceV2Facet().PackConstructor(cfg))
	if err != nil {
		return Deployment{}, fmt.Errorf("facet: %w", err)
	}
	mp, _, err := deploy(ctx, backend, auth, MarketplaceV2MetaData.Bin, NewMarketplaceV2().PackConstructor(facet))
	if err != nil {
		return Deployment{}, fmt.Errorf("marketplace v2: %w", err)
	}
	lens, _, err := deploy(ctx, backend, auth, MarketplaceV2LensMetaData.Bin, NewMarketplaceV2Lens().PackConstructor(mp))
	if err != nil {
		return Deployment{}, fmt.Errorf("lens v2: %w", err)
	}
	return Deployment{
		ChainID: chainID.Uint64(), Token: cfg.Token, Marketplace: mp, Facet: facet, Lens: lens,
		Block: rcpt.BlockNumber.Uint64(),
	}, nil
}

// DeployDevnet deploys a CairnToken when cfg.Token is zero, then DeployV2.
func DeployDevnet(ctx context.Context, backend Backend, auth *bind.TransactOpts, cfg IMarketplaceV2Config) (Deployment, error) {
	if cfg.Token == (common.Address{}) {
		tok, _, err := DeployToken(ctx, backend, auth)
		if err != nil {
			return Deployment{}, err
		}
		cfg.Token = tok
	}
	return DeployV2(ctx, backend, auth, cfg)
}
