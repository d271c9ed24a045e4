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

// Token units: 18 decimals.
var oneToken = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Tokens returns n whole tokens in base units (18 decimals).
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), oneToken) }

// DeployToken deploys a CairnToken (devnet ERC-20 with permit, open mint)
// and waits for it to be mined.
func DeployToken(ctx context.Context, backend Backend, auth *bind.TransactOpts) (common.Address, *types.Receipt, error) {
	return deploy(ctx, backend, auth, CairnTokenMetaData.Bin, nil)
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
