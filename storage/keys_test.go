package storage_test

import (
	"encoding/hex"
	"errors"
	"testing"

	"github.com/cairn-storage/cairn/internal/hdwallet"
	"github.com/cairn-storage/cairn/storage"
)

const anvilMnemonic = "test test test test test test test test test test test junk"

// Golden values for anvilMnemonic (master checked against an independent
// PBKDF2 + HKDF computation in Python's hmac/hashlib).
const (
	goldenMaster = "a4158e794b9192d471b32f618ebe6afaa4064ab716dcaf83c96ff593e321103d"
	goldenAuth   = "0x2681d1fB1820Ea818F6Ed5835947F7bB9eeF26BA"
)

func TestKeysFromMnemonic(t *testing.T) {
	k, err := storage.KeysFromMnemonic(anvilMnemonic)
	if err != nil {
		t.Fatal(err)
	}
	if got := k.WalletAddress().Hex(); got != "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" {
		t.Errorf("wallet %s", got)
	}
	// Golden values: changing them breaks every existing manifest and authKey.
	if got := hex.EncodeToString(k.Master[:]); got != goldenMaster {
		t.Errorf("master key %s", got)
	}
	if got := k.AuthAddress().Hex(); got != goldenAuth {
		t.Errorf("auth address %s", got)
	}
	if k.AuthAddress() == k.WalletAddress() {
		t.Error("auth key equals wallet key")
	}
	other, err := hdwallet.NewMnemonic()
	if err != nil {
		t.Fatal(err)
	}
	k2, err := storage.KeysFromMnemonic(other)
	if err != nil {
		t.Fatal(err)
	}
	if k2.Master == k.Master || k2.AuthAddress() == k.AuthAddress() {
		t.Error("different mnemonics derive the same keys")
	}
	if _, err := storage.KeysFromMnemonic("test test test"); !errors.Is(err, hdwallet.ErrBadMnemonic) {
		t.Errorf("bad mnemonic: got %v", err)
	}
}

func TestNewFileKey(t *testing.T) {
	a, err := storage.NewFileKey()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := storage.NewFileKey()
	if a == b || a == (storage.FileKey{}) {
		t.Fatal("file keys are not fresh")
	}
}
