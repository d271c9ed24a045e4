package hdwallet_test

import (
	"errors"
	"testing"

	"go.uber.org/goleak"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/internal/hdwallet"
)

func TestAnvilAccounts(t *testing.T) {
	const m = "test test test test test test test test test test test junk"
	cases := []struct {
		index uint32
		addr  string
	}{
		{0, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"},
		{1, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"},
		{9, "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720"},
	}
	for _, c := range cases {
		k, err := hdwallet.MnemonicKey("  "+m+"\n", c.index)
		if err != nil {
			t.Fatal(err)
		}
		if got := crypto.PubkeyToAddress(k.PublicKey).Hex(); got != c.addr {
			t.Errorf("account %d: got %s want %s", c.index, got, c.addr)
		}
	}
}

func TestBadMnemonic(t *testing.T) {
	for _, m := range []string{"", "test test", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon", "test test test test test test test test test test test notaword"} {
		if _, err := hdwallet.Seed(m); !errors.Is(err, hdwallet.ErrBadMnemonic) {
			t.Errorf("%q: got %v, want ErrBadMnemonic", m, err)
		}
	}
}

func TestNewMnemonicRoundTrip(t *testing.T) {
	m, err := hdwallet.NewMnemonic()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := hdwallet.MnemonicKey(m, 0); err != nil {
		t.Fatal(err)
	}
}

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
