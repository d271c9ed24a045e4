package chain_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/hdwallet"
)

func TestSignerFromMnemonicFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "mnemonic")
	if err := os.WriteFile(p, []byte(anvil.DefaultMnemonic+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := chain.SignerFromMnemonicFile(p, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Address().Hex(); got != "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" {
		t.Fatalf("account 0 = %s", got)
	}
	if _, err := chain.SignerFromMnemonicFile(filepath.Join(dir, "missing"), 0); err == nil {
		t.Fatal("missing mnemonic file accepted")
	}
	if err := os.WriteFile(p, []byte("not a mnemonic"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := chain.SignerFromMnemonicFile(p, 0); !errors.Is(err, hdwallet.ErrBadMnemonic) {
		t.Fatalf("bad mnemonic: %v", err)
	}
}

func TestKeystore(t *testing.T) {
	dir := t.TempDir()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	blob, err := chain.EncryptKey(key, "correct horse", true)
	if err != nil {
		t.Fatal(err)
	}
	ks := filepath.Join(dir, "key.json")
	if err := os.WriteFile(ks, blob, 0o600); err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("correct horse\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	password, err := chain.ReadPasswordFile(pw)
	if err != nil {
		t.Fatal(err)
	}
	s, err := chain.SignerFromKeystore(ks, password)
	if err != nil {
		t.Fatal(err)
	}
	if s.Address() != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatal("keystore round trip changed the address")
	}
	if _, err := chain.SignerFromKeystore(ks, "wrong"); !errors.Is(err, chain.ErrWrongPassword) {
		t.Fatalf("wrong password: %v", err)
	}
	garbage := filepath.Join(dir, "garbage.json")
	if err := os.WriteFile(garbage, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := chain.SignerFromKeystore(garbage, "x"); err == nil || errors.Is(err, chain.ErrWrongPassword) {
		t.Fatalf("unreadable keystore: %v", err)
	}
	if _, err := chain.SignerFromKeystore(filepath.Join(dir, "nope.json"), "x"); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing keystore: %v", err)
	}
}

func TestSignDigestRecovers(t *testing.T) {
	s, err := chain.SignerFromMnemonic(anvil.DefaultMnemonic, 3)
	if err != nil {
		t.Fatal(err)
	}
	d := crypto.Keccak256Hash([]byte("hello"))
	sig, err := s.SignDigest(d)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := crypto.SigToPub(d[:], sig)
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(*pub) != s.Address() {
		t.Fatal("recovered another address")
	}
}
