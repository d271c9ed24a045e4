package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
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
	facet, rcpt, err := deployAfterHistory(ctx, backend, auth, MarketplaceV2FacetMetaData.Bin, NewMarketplaceV2Facet().PackConstructor(cfg))
	if err != nil {
		return Deployment{}, fmt.Errorf("facet: %w", err)
	}
	mp, _, err := deployAfterHistory(ctx, backend, auth, MarketplaceV2MetaData.Bin, NewMarketplaceV2().PackConstructor(facet))
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

// historyRetries bounds deployAfterHistory's attempts.
const historyRetries = 3

// deployAfterHistory is deploy, tried again a block later (up to
// historyRetries times) when the constructor's EIP-2935 check reverts
// NoHistoryContract. The check compares the history contract's entry for
// the parent block with BLOCKHASH; anvil's gas estimate, run as a new
// interval block is being made, once saw the two disagree (CI, 2026-12-03:
// the facet deployed, the next constructor's estimate reverted). A chain
// without the history contract still fails, after the retries.
func deployAfterHistory(ctx context.Context, backend Backend, auth *bind.TransactOpts, bin string, input []byte) (common.Address, *types.Receipt, error) {
	var addr common.Address
	var rcpt *types.Receipt
	err := retryNoHistory(func() (err error) {
		addr, rcpt, err = deploy(ctx, backend, auth, bin, input)
		return err
	}, func() error { return nextBlock(ctx, backend) })
	return addr, rcpt, err
}

// retryNoHistory runs try until it does not revert NoHistoryContract, at
// most historyRetries times, calling wait between tries.
func retryNoHistory(try, wait func() error) error {
	for attempt := 1; ; attempt++ {
		err := try()
		if err == nil || attempt == historyRetries {
			return err
		}
		data, ok := ethclient.RevertErrorData(err)
		if name, _ := ErrorNameV2(data); !ok || name != "NoHistoryContract" {
			return err
		}
		if err := wait(); err != nil {
			return err
		}
	}
}

// nextBlock waits until the head is above the current one, or 5 s (a
// chain that mines only on transactions makes no new block by itself).
func nextBlock(ctx context.Context, backend Backend) error {
	h, err := backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	start := h.Number.Uint64()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
		h, err := backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("read head: %w", err)
		}
		if h.Number.Uint64() > start {
			return nil
		}
	}
	return nil
}
