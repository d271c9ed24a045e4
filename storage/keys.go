package storage

import (
	"crypto/ecdsa"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/internal/hdwallet"
)

// HKDF info strings. Changing either changes every derived key: they are part
// of the on-chain format (manifests) and of the provider's access control.
const (
	masterKeyInfo = "cairn/manifest/v1"
	authKeyInfo   = "cairn/auth/v1"
)

// KeySize is the size of the master key and of every file key.
const KeySize = 32

// FileKey is the per-upload random key of a file's AEAD stream. It is kept
// only inside the upload's sealed manifest.
type FileKey [KeySize]byte

// Keys are everything a user's mnemonic derives. Wallet pays and signs
// transactions; Master seals manifests; Auth signs shard fetches. Master and
// Auth come from the BIP-39 seed by HKDF, not from the BIP-44 tree, so
// exporting the wallet key to another wallet exposes no file.
type Keys struct {
	Wallet *ecdsa.PrivateKey
	Master [KeySize]byte
	Auth   *ecdsa.PrivateKey
}

// KeysFromMnemonic validates a BIP-39 mnemonic (hdwallet.ErrBadMnemonic when
// it is invalid) and derives the wallet key m/44'/60'/0'/0/0, the master key
// HKDF-SHA256(seed, info "cairn/manifest/v1") and the fetch-auth key.
func KeysFromMnemonic(mnemonic string) (*Keys, error) {
	seed, err := hdwallet.Seed(mnemonic)
	if err != nil {
		return nil, fmt.Errorf("mnemonic: %w", err)
	}
	return KeysFromSeed(seed)
}

// KeysFromSeed derives Keys from a 64-byte BIP-39 seed.
func KeysFromSeed(seed []byte) (*Keys, error) {
	wallet, err := hdwallet.AccountKey(seed, 0)
	if err != nil {
		return nil, fmt.Errorf("wallet key: %w", err)
	}
	mk, err := hkdf.Key(sha256.New, seed, nil, masterKeyInfo, KeySize)
	if err != nil {
		return nil, fmt.Errorf("master key: %w", err)
	}
	auth, err := deriveAuthKey(seed)
	if err != nil {
		return nil, err
	}
	k := &Keys{Wallet: wallet, Auth: auth}
	copy(k.Master[:], mk)
	return k, nil
}

// deriveAuthKey reads successive 32-byte candidates from HKDF(seed, info
// "cairn/auth/v1") and returns the first that is a valid secp256k1 scalar
// (in [1, n−1]); the first one is, except with probability ~2^-128.
func deriveAuthKey(seed []byte) (*ecdsa.PrivateKey, error) {
	const tries = 8
	okm, err := hkdf.Key(sha256.New, seed, nil, authKeyInfo, KeySize*tries)
	if err != nil {
		return nil, fmt.Errorf("auth key: %w", err)
	}
	for i := 0; i < tries; i++ {
		if k, err := crypto.ToECDSA(okm[i*KeySize : (i+1)*KeySize]); err == nil {
			return k, nil
		}
	}
	return nil, fmt.Errorf("auth key: no valid scalar in %d candidates", tries)
}

// WalletAddress is the address of the BIP-44 wallet key (the account that
// pays for storage and appears as the request's client).
func (k *Keys) WalletAddress() common.Address { return crypto.PubkeyToAddress(k.Wallet.PublicKey) }

// AuthAddress is the address of the fetch-auth key, given to requestStorage as
// authKey so providers serve the shards to whoever signs with it.
func (k *Keys) AuthAddress() common.Address { return crypto.PubkeyToAddress(k.Auth.PublicKey) }

// NewFileKey draws a fresh random key for one upload.
func NewFileKey() (FileKey, error) {
	var fk FileKey
	if _, err := rand.Read(fk[:]); err != nil {
		return fk, fmt.Errorf("draw file key: %w", err)
	}
	return fk, nil
}
