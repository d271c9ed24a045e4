package testnet

import (
	"math/big"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/anvil"
)

// Account is anvil's mnemonic account i.
func Account(i int) (*chain.Signer, error) {
	return chain.SignerFromMnemonic(anvil.DefaultMnemonic, uint32(i))
}

// Tokens is n whole tokens.
func Tokens(n int64) *big.Int { return contracts.Tokens(n) }

// Ether is n whole ETH in wei.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
