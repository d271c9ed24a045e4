// Package hdwallet turns a BIP-39 mnemonic into its 64-byte seed and BIP-44
// Ethereum keys (m/44'/60'/0'/0/i). It is the one place both chain (signers)
// and storage (file keys) derive from a mnemonic, so they cannot disagree.
package hdwallet

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"strings"

	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/cosmos/go-bip39"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrBadMnemonic is returned for a mnemonic that fails BIP-39 validation
// (unknown word, wrong length or checksum).
var ErrBadMnemonic = errors.New("invalid BIP-39 mnemonic")

// NewMnemonic returns a fresh 24-word mnemonic (256 bits of entropy).
func NewMnemonic() (string, error) {
	ent, err := bip39.NewEntropy(256)
	if err != nil {
		return "", fmt.Errorf("draw entropy: %w", err)
	}
	return bip39.NewMnemonic(ent)
}

// Normalize trims and collapses whitespace, so a mnemonic read from a file
// with a trailing newline or double spaces derives the same keys.
func Normalize(mnemonic string) string {
	return strings.Join(strings.Fields(mnemonic), " ")
}

// Seed validates mnemonic and returns its BIP-39 seed (empty passphrase).
func Seed(mnemonic string) ([]byte, error) {
	m := Normalize(mnemonic)
	// IsMnemonicValid checks words only; MnemonicToByteArray checks the checksum too.
	if !bip39.IsMnemonicValid(m) {
		return nil, ErrBadMnemonic
	}
	if _, err := bip39.MnemonicToByteArray(m); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadMnemonic, err)
	}
	return bip39.NewSeed(m, ""), nil
}

// AccountKey derives the BIP-44 key m/44'/60'/0'/0/index from a BIP-39 seed.
func AccountKey(seed []byte, index uint32) (*ecdsa.PrivateKey, error) {
	master, err := hdkeychain.NewMaster(seed, &chaincfg.MainNetParams)
	if err != nil {
		return nil, fmt.Errorf("master key: %w", err)
	}
	path := []uint32{
		hdkeychain.HardenedKeyStart + 44,
		hdkeychain.HardenedKeyStart + 60,
		hdkeychain.HardenedKeyStart + 0,
		0,
		index,
	}
	k := master
	for _, c := range path {
		if k, err = k.Derive(c); err != nil {
			return nil, fmt.Errorf("derive m/44'/60'/0'/0/%d: %w", index, err)
		}
	}
	ec, err := k.ECPrivKey()
	if err != nil {
		return nil, fmt.Errorf("private key: %w", err)
	}
	return crypto.ToECDSA(ec.Serialize())
}

// MnemonicKey is Seed followed by AccountKey.
func MnemonicKey(mnemonic string, index uint32) (*ecdsa.PrivateKey, error) {
	seed, err := Seed(mnemonic)
	if err != nil {
		return nil, err
	}
	return AccountKey(seed, index)
}
