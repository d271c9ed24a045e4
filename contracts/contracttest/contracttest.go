// Package contracttest deploys the cairn contracts on a test anvil and gives
// tests funded accounts, transaction helpers that decode custom errors, and
// block mining. Market, chain and testnet tests use it to deploy the same way
// the contract tests do.
//
// An Env is not safe for concurrent use: tests on a shared anvil run
// sequentially (each deploys its own contracts, but they share the chain's
// blocks and the accounts' nonces).
package contracttest

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// Account is a funded key of the anvil mnemonic.
type Account struct {
	Index int
	Key   *ecdsa.PrivateKey
	Addr  common.Address
	Auth  *bind.TransactOpts
}

// Options configure DeployV2.
type Options struct {
	// Accounts to derive and fund (default 10, the anvil default).
	Accounts int
	// Mint is minted to every account and approved to the Marketplace
	// (default 1,000,000 tokens).
	Mint *big.Int
}

// RevertError is a reverted transaction or call with its decoded custom error.
type RevertError struct {
	Name string // custom error name, "" if unknown
	Data []byte
	Err  error
}

func (r *RevertError) Error() string {
	if r.Name != "" {
		return "reverted: " + r.Name
	}
	return fmt.Sprintf("reverted (data %x): %v", r.Data, r.Err)
}

// ErrorName returns the custom error name of a revert, or "" if err is not
// a decodable revert.
func ErrorName(err error) string {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}
