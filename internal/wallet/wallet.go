package wallet

import (
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/atomicfile"
	"github.com/cairn-storage/cairn/internal/hdwallet"
)

const (
	// FileName is the wallet descriptor inside a data directory.
	FileName = "wallet.json"
	// KeystoreDir holds the keystore files inside a data directory.
	KeystoreDir = "keystore"

	formatVersion = 1
)

var (
	// ErrNoWallet means the data directory holds no wallet.json.
	ErrNoWallet = errors.New("no wallet in data directory")
	// ErrExists means a wallet is already there and Options.Force was not set.
	ErrExists = errors.New("a wallet already exists")
	// ErrUnreadable means a wallet file exists but cannot be parsed or does
	// not match the rest of the wallet.
	ErrUnreadable = errors.New("unreadable or corrupt file")
	// ErrNoMnemonic means the wallet was imported from a keystore and has no
	// mnemonic, so no file-encryption or fetch-auth key can be derived.
	ErrNoMnemonic = errors.New("wallet has no mnemonic (imported from a keystore)")
	// ErrEmptyPassword refuses to encrypt a wallet under an empty password.
	ErrEmptyPassword = errors.New("empty password")
)

// Options tune how a wallet is written.
type Options struct {
	// LightKDF selects geth's light scrypt parameters. Devnets and tests only.
	LightKDF bool
	// Force replaces an existing wallet (the old files are kept aside).
	Force bool
	// Now stamps the keystore file name; zero means time.Now.
	Now time.Time
}

// Wallet is an unlocked wallet.
type Wallet struct {
	Address common.Address
	Signer  *chain.Signer
	// Mnemonic is the normalized BIP-39 mnemonic, or "" for a wallet
	// imported from a keystore.
	Mnemonic string
	// KeystorePath is the absolute path of the keystore file.
	KeystorePath string
}

// Seed returns the BIP-39 seed of the wallet's mnemonic, from which
// storage derives the master and fetch-auth keys.
func (w *Wallet) Seed() ([]byte, error) {
	if w.Mnemonic == "" {
		return nil, ErrNoMnemonic
	}
	return hdwallet.Seed(w.Mnemonic)
}

// descriptor is wallet.json.
type descriptor struct {
	Version  int                  `json:"version"`
	Address  common.Address       `json:"address"`
	Keystore string               `json:"keystore"` // relative to the data directory
	Mnemonic *keystore.CryptoJSON `json:"mnemonic,omitempty"`
	Created  time.Time            `json:"created"`
}

// Exists reports whether dir holds a wallet.
func Exists(dir string) (bool, error) {
	_, err := os.Stat(filepath.Join(dir, FileName))
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	default:
		return false, fmt.Errorf("stat %s: %w", filepath.Join(dir, FileName), err)
	}
}

// Create stores a wallet whose key is account 0 of mnemonic, with the
// mnemonic sealed under password. It returns the wallet's address.
func Create(dir, mnemonic, password string, opts Options) (common.Address, error) {
	m := hdwallet.Normalize(mnemonic)
	seed, err := hdwallet.Seed(m)
	if err != nil {
		return common.Address{}, fmt.Errorf("create wallet: %w", err)
	}
	key, err := hdwallet.AccountKey(seed, 0)
	if err != nil {
		return common.Address{}, fmt.Errorf("create wallet: %w", err)
	}
	if password == "" {
		return common.Address{}, fmt.Errorf("create wallet: %w", ErrEmptyPassword)
	}
	n, p := scryptParams(opts.LightKDF)
	sealed, err := keystore.EncryptDataV3([]byte(m), []byte(password), n, p)
	if err != nil {
		return common.Address{}, fmt.Errorf("create wallet: encrypt mnemonic: %w", err)
	}
	ks, err := chain.EncryptKey(key, password, opts.LightKDF)
	if err != nil {
		return common.Address{}, fmt.Errorf("create wallet: encrypt key: %w", err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if err := write(dir, addr, ks, &sealed, opts); err != nil {
		return common.Address{}, fmt.Errorf("create wallet: %w", err)
	}
	return addr, nil
}

// ImportKeystore copies an existing keystore v3 file into dir as the
// wallet key, after checking that password opens it. The copy keeps the
// file's own scrypt parameters and password. The wallet has no mnemonic.
func ImportKeystore(dir, src, password string, opts Options) (common.Address, error) {
	blob, err := os.ReadFile(src)
	if err != nil {
		return common.Address{}, fmt.Errorf("import keystore: read %s: %w", src, err)
	}
	key, err := decryptKeystore(src, blob, password)
	if err != nil {
		return common.Address{}, fmt.Errorf("import keystore: %w", err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if err := write(dir, addr, blob, nil, opts); err != nil {
		return common.Address{}, fmt.Errorf("import keystore: %w", err)
	}
	return addr, nil
}

// ReadAddress returns the wallet's address without unlocking it.
func ReadAddress(dir string) (common.Address, error) {
	d, err := readDescriptor(dir)
	if err != nil {
		return common.Address{}, err
	}
	return d.Address, nil
}

// KeystorePath returns the absolute path of the wallet's keystore file
// without unlocking it (for `cast --keystore`).
func KeystorePath(dir string) (string, error) {
	d, err := readDescriptor(dir)
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, d.Keystore), nil
}

// Load unlocks the wallet in dir. A wrong password fails with
// chain.ErrWrongPassword.
func Load(dir, password string) (*Wallet, error) {
	d, err := readDescriptor(dir)
	if err != nil {
		return nil, err
	}
	ksPath := filepath.Join(dir, d.Keystore)
	blob, err := os.ReadFile(ksPath)
	if err != nil {
		return nil, fmt.Errorf("read keystore %s: %w: %w", ksPath, ErrUnreadable, err)
	}
	key, err := decryptKeystore(ksPath, blob, password)
	if err != nil {
		return nil, err
	}
	w := &Wallet{Address: d.Address, Signer: chain.NewSigner(key), KeystorePath: ksPath}
	if got := w.Signer.Address(); got != d.Address {
		return nil, fmt.Errorf("%w: keystore %s holds %s but %s says %s",
			ErrUnreadable, ksPath, got, filepath.Join(dir, FileName), d.Address)
	}
	if d.Mnemonic == nil {
		return w, nil
	}
	plain, err := keystore.DecryptDataV3(*d.Mnemonic, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("open mnemonic in %s: %w", filepath.Join(dir, FileName), chain.ErrWrongPassword)
		}
		return nil, fmt.Errorf("open mnemonic in %s: %w: %w", filepath.Join(dir, FileName), ErrUnreadable, err)
	}
	w.Mnemonic = string(plain)
	mk, err := hdwallet.MnemonicKey(w.Mnemonic, 0)
	if err != nil {
		return nil, fmt.Errorf("%w: mnemonic in %s: %w", ErrUnreadable, filepath.Join(dir, FileName), err)
	}
	if crypto.PubkeyToAddress(mk.PublicKey) != d.Address {
		return nil, fmt.Errorf("%w: the mnemonic in %s does not derive %s",
			ErrUnreadable, filepath.Join(dir, FileName), d.Address)
	}
	return w, nil
}

func decryptKeystore(path string, blob []byte, password string) (*ecdsa.PrivateKey, error) {
	key, err := keystore.DecryptKey(blob, password)
	switch {
	case err == nil:
		return key.PrivateKey, nil
	case errors.Is(err, keystore.ErrDecrypt):
		return nil, fmt.Errorf("open keystore %s: %w", path, chain.ErrWrongPassword)
	default:
		return nil, fmt.Errorf("open keystore %s: %w: %w", path, ErrUnreadable, err)
	}
}

func readDescriptor(dir string) (*descriptor, error) {
	path := filepath.Join(dir, FileName)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w %s", ErrNoWallet, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w: %w", path, ErrUnreadable, err)
	}
	var d descriptor
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("parse %s: %w: %w", path, ErrUnreadable, err)
	}
	switch {
	case d.Version != formatVersion:
		return nil, fmt.Errorf("%w: %s has version %d, this cairn reads %d", ErrUnreadable, path, d.Version, formatVersion)
	case d.Address == (common.Address{}):
		return nil, fmt.Errorf("%w: %s has no address", ErrUnreadable, path)
	case d.Keystore == "" || filepath.IsAbs(d.Keystore) || !filepath.IsLocal(d.Keystore):
		return nil, fmt.Errorf("%w: %s has a bad keystore path %q", ErrUnreadable, path, d.Keystore)
	}
	return &d, nil
}

// write stores the keystore file, then wallet.json (the commit point).
func write(dir string, addr common.Address, ks []byte, sealed *keystore.CryptoJSON, opts Options) error {
	exists, err := Exists(dir)
	if err != nil {
		return err
	}
	if exists && !opts.Force {
		return fmt.Errorf("%w in %s", ErrExists, dir)
	}
	ksDir := filepath.Join(dir, KeystoreDir)
	if err := os.MkdirAll(ksDir, 0o700); err != nil {
		return fmt.Errorf("create %s: %w", ksDir, err)
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	rel := filepath.Join(KeystoreDir, keyFileName(now, addr))
	if err := atomicfile.WriteFile(filepath.Join(dir, rel), ks, 0o600); err != nil {
		return fmt.Errorf("write keystore: %w", err)
	}
	d := descriptor{Version: formatVersion, Address: addr, Keystore: rel, Mnemonic: sealed, Created: now.UTC()}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", FileName, err)
	}
	path := filepath.Join(dir, FileName)
	if exists {
		// Copy, not rename: wallet.json must exist at every instant.
		prev, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("keep old wallet: %w", err)
		}
		backup := filepath.Join(dir, "wallet-replaced-"+now.UTC().Format("20060102T150405.000000000Z")+".json")
		if err := atomicfile.WriteFile(backup, prev, 0o600); err != nil {
			return fmt.Errorf("keep old wallet: %w", err)
		}
	}
	if err := atomicfile.WriteFile(path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("write wallet: %w", err)
	}
	return nil
}

// keyFileName is geth's keystore file name: UTC--<ISO8601>--<hex address>.
func keyFileName(t time.Time, addr common.Address) string {
	return fmt.Sprintf("UTC--%s--%s", t.UTC().Format("2006-01-02T15-04-05.000000000Z"), hex.EncodeToString(addr[:]))
}

func scryptParams(light bool) (n, p int) {
	if light {
		return keystore.LightScryptN, keystore.LightScryptP
	}
	return keystore.StandardScryptN, keystore.StandardScryptP
}
