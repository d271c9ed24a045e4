package wallet_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/goleak"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/hdwallet"
	"github.com/cairn-storage/cairn/internal/wallet"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

const (
	anvilMnemonic = "test test test test test test test test test test test junk"
	password      = "correct horse"
)

var anvil0 = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")

var light = wallet.Options{LightKDF: true}

func TestCreateLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "datadir")
	addr, err := wallet.Create(dir, "  "+anvilMnemonic+"\n", password, light)
	if err != nil {
		t.Fatal(err)
	}
	if addr != anvil0 {
		t.Fatalf("address %s, want %s", addr, anvil0)
	}
	got, err := wallet.ReadAddress(dir)
	if err != nil || got != anvil0 {
		t.Fatalf("ReadAddress = %s, %v", got, err)
	}
	w, err := wallet.Load(dir, password)
	if err != nil {
		t.Fatal(err)
	}
	if w.Address != anvil0 || w.Signer.Address() != anvil0 || w.Mnemonic != anvilMnemonic {
		t.Fatalf("loaded %s / %s / %q", w.Address, w.Signer.Address(), w.Mnemonic)
	}
	seed, err := w.Seed()
	if err != nil || len(seed) != 64 {
		t.Fatalf("seed: %d bytes, %v", len(seed), err)
	}
	// cast --keystore compatibility: chain's keystore reader opens the file.
	s, err := chain.SignerFromKeystore(w.KeystorePath, password)
	if err != nil || s.Address() != anvil0 {
		t.Fatalf("keystore file: %v", err)
	}
	if !strings.HasPrefix(filepath.Base(w.KeystorePath), "UTC--") {
		t.Errorf("keystore name %s", w.KeystorePath)
	}
	for path, want := range map[string]os.FileMode{
		dir:                                    0o700,
		filepath.Join(dir, wallet.KeystoreDir): 0o700,
		filepath.Join(dir, wallet.FileName):    0o600,
		w.KeystorePath:                         0o600,
	} {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", path, fi.Mode().Perm(), want)
		}
	}
	// The mnemonic is stored only encrypted.
	for _, p := range []string{filepath.Join(dir, wallet.FileName), w.KeystorePath} {
		b, _ := os.ReadFile(p)
		if strings.Contains(string(b), "junk") {
			t.Errorf("%s holds the plaintext mnemonic", p)
		}
	}
}

func TestNewMnemonicWallet(t *testing.T) {
	m, err := hdwallet.NewMnemonic()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(strings.Fields(m)); n != 24 {
		t.Fatalf("%d words", n)
	}
	dir := t.TempDir()
	addr, err := wallet.Create(dir, m, password, light)
	if err != nil {
		t.Fatal(err)
	}
	w, err := wallet.Load(dir, password)
	if err != nil || w.Address != addr || w.Mnemonic != m {
		t.Fatalf("load: %v", err)
	}
}

func TestImportKeystore(t *testing.T) {
	src := t.TempDir()
	if _, err := wallet.Create(src, anvilMnemonic, password, light); err != nil {
		t.Fatal(err)
	}
	ks, err := wallet.KeystorePath(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := wallet.ImportKeystore(dir, ks, "nope", light); !errors.Is(err, chain.ErrWrongPassword) {
		t.Fatalf("wrong password: %v", err)
	}
	if ok, _ := wallet.Exists(dir); ok {
		t.Fatal("a failed import left a wallet")
	}
	addr, err := wallet.ImportKeystore(dir, ks, password, light)
	if err != nil || addr != anvil0 {
		t.Fatalf("import: %s, %v", addr, err)
	}
	w, err := wallet.Load(dir, password)
	if err != nil {
		t.Fatal(err)
	}
	if w.Mnemonic != "" {
		t.Errorf("mnemonic %q from a keystore import", w.Mnemonic)
	}
	if _, err := w.Seed(); !errors.Is(err, wallet.ErrNoMnemonic) {
		t.Errorf("Seed: %v, want ErrNoMnemonic", err)
	}
}

func TestReplace(t *testing.T) {
	dir := t.TempDir()
	if _, err := wallet.Create(dir, anvilMnemonic, password, light); err != nil {
		t.Fatal(err)
	}
	m, _ := hdwallet.NewMnemonic()
	if _, err := wallet.Create(dir, m, password, light); !errors.Is(err, wallet.ErrExists) {
		t.Fatalf("second create: %v, want ErrExists", err)
	}
	if a, _ := wallet.ReadAddress(dir); a != anvil0 {
		t.Fatal("refused create changed the wallet")
	}
	opts := light
	opts.Force = true
	addr, err := wallet.Create(dir, m, password, opts)
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := wallet.ReadAddress(dir); a != addr {
		t.Fatalf("address %s after replace, want %s", a, addr)
	}
	backups, _ := filepath.Glob(filepath.Join(dir, "wallet-replaced-*.json"))
	keys, _ := filepath.Glob(filepath.Join(dir, wallet.KeystoreDir, "UTC--*"))
	if len(backups) != 1 || len(keys) != 2 {
		t.Fatalf("kept %d old wallet files and %d keystores, want 1 and 2", len(backups), len(keys))
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name    string
		breakIt func(t *testing.T, dir, ks string)
		pass    string
		want    error
		inMsg   string
	}{
		{name: "wrong password", pass: "nope", want: chain.ErrWrongPassword},
		{name: "no wallet", pass: password, want: wallet.ErrNoWallet,
			breakIt: func(t *testing.T, dir, _ string) { rm(t, filepath.Join(dir, wallet.FileName)) }},
		{name: "garbled wallet.json", pass: password, want: wallet.ErrUnreadable, inMsg: wallet.FileName,
			breakIt: func(t *testing.T, dir, _ string) { put(t, filepath.Join(dir, wallet.FileName), "{not json") }},
		{name: "garbled keystore", pass: password, want: wallet.ErrUnreadable, inMsg: "UTC--",
			breakIt: func(t *testing.T, _, ks string) { put(t, ks, `{"version":3}`) }},
		{name: "missing keystore", pass: password, want: wallet.ErrUnreadable, inMsg: "UTC--",
			breakIt: func(t *testing.T, _, ks string) { rm(t, ks) }},
		{name: "unreadable keystore", pass: password, want: wallet.ErrUnreadable, inMsg: "UTC--",
			breakIt: func(t *testing.T, _, ks string) {
				// A directory where the file should be: unreadable even for
				// root, who reads files whatever their mode.
				rm(t, ks)
				if err := os.Mkdir(ks, 0o700); err != nil {
					t.Fatal(err)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := wallet.Create(dir, anvilMnemonic, password, light); err != nil {
				t.Fatal(err)
			}
			ks, err := wallet.KeystorePath(dir)
			if err != nil {
				t.Fatal(err)
			}
			if tt.breakIt != nil {
				tt.breakIt(t, dir, ks)
			}
			_, err = wallet.Load(dir, tt.pass)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Load: %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.inMsg) {
				t.Errorf("error %q does not name %q", err, tt.inMsg)
			}
		})
	}
}

func TestCreateErrors(t *testing.T) {
	tests := []struct {
		name, mnemonic, pass string
		want                 error
	}{
		{"bad checksum", strings.Replace(anvilMnemonic, "junk", "test", 1), password, hdwallet.ErrBadMnemonic},
		{"not words", "hello world", password, hdwallet.ErrBadMnemonic},
		{"empty password", anvilMnemonic, "", wallet.ErrEmptyPassword},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := wallet.Create(dir, tt.mnemonic, tt.pass, light); !errors.Is(err, tt.want) {
				t.Fatalf("Create: %v, want %v", err, tt.want)
			}
			if ok, _ := wallet.Exists(dir); ok {
				t.Fatal("failed create left a wallet")
			}
		})
	}
}

func rm(t *testing.T, p string) {
	t.Helper()
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
}

func put(t *testing.T, p, s string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}
