package chain

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/cairn-storage/cairn/internal/hdwallet"
)

// ErrWrongPassword is returned when a keystore does not open with the given password.
var ErrWrongPassword = errors.New("wrong keystore password")

// Signer holds one account's private key and signs transactions and digests.
type Signer struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// NewSigner wraps a private key.
func NewSigner(key *ecdsa.PrivateKey) *Signer {
	return &Signer{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// Address is the account's address.
func (s *Signer) Address() common.Address { return s.addr }

// PrivateKey exposes the key for derivations that need it (e.g. libp2p auth).
func (s *Signer) PrivateKey() *ecdsa.PrivateKey { return s.key }

// SignDigest signs a 32-byte digest, returning a 65-byte [R‖S‖V] signature with V in {0,1}.
func (s *Signer) SignDigest(digest [32]byte) ([]byte, error) {
	return crypto.Sign(digest[:], s.key)
}

// SignTx signs tx for chainID with the latest signer rules.
func (s *Signer) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), s.key)
}

// TransactOpts returns bind options for generated bindings (used where the
// Sender's nonce management is not wanted, e.g. one-off deploys).
func (s *Signer) TransactOpts(chainID *big.Int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(s.key, chainID)
}

// SignerFromMnemonicFile reads a BIP-39 mnemonic from path and derives the
// BIP-44 account m/44'/60'/0'/0/index.
func SignerFromMnemonicFile(path string, index uint32) (*Signer, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read mnemonic file: %w", err)
	}
	return SignerFromMnemonic(string(b), index)
}

// SignerFromMnemonic derives the BIP-44 account m/44'/60'/0'/0/index.
func SignerFromMnemonic(mnemonic string, index uint32) (*Signer, error) {
	key, err := hdwallet.MnemonicKey(mnemonic, index)
	if err != nil {
		return nil, fmt.Errorf("derive account %d: %w", index, err)
	}
	return NewSigner(key), nil
}

// ReadPasswordFile reads a password file, dropping one trailing newline
// (as geth and cast do), so `echo pw > file` works.
func ReadPasswordFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read password file: %w", err)
	}
	return strings.TrimRight(string(b), "\r\n"), nil
}

// SignerFromKeystore decrypts a Web3 Secret Storage (geth keystore v3) file.
func SignerFromKeystore(path, password string) (*Signer, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read keystore %s: %w", path, err)
	}
	key, err := keystore.DecryptKey(blob, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("open keystore %s: %w", path, ErrWrongPassword)
		}
		return nil, fmt.Errorf("open keystore %s: %w", path, err)
	}
	return NewSigner(key.PrivateKey), nil
}

// EncryptKey returns the keystore JSON of key under password, with geth's
// standard scrypt parameters (or light ones when light is set, for tests
// and devnets where start-up time matters more than brute-force cost).
func EncryptKey(key *ecdsa.PrivateKey, password string, light bool) ([]byte, error) {
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	k := &keystore.Key{Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	id, err := newKeyID()
	if err != nil {
		return nil, err
	}
	k.Id = id
	return keystore.EncryptKey(k, password, n, p)
}

func newKeyID() (uuid.UUID, error) {
	id, err := uuid.NewRandom()
	if err != nil {
		return uuid.UUID{}, fmt.Errorf("keystore id: %w", err)
	}
	return id, nil
}
