package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
)

func TestErrors(t *testing.T) {
	node := anviltest.New(t)
	datadir, pw := importAnvil0(t)
	tmp := t.TempDir()
	wrongPW := writeFile(t, tmp, "wrong", "nope\n")
	garbled := writeFile(t, tmp, "garbled.json", `{"version":3,"crypto":`)
	keystore := keystoreOf(t, datadir)
	badWalletDir := filepath.Join(tmp, "badwallet")
	if err := os.MkdirAll(badWalletDir, 0o700); err != nil {
		t.Fatal(err)
	}
	writeFile(t, badWalletDir, "wallet.json", "not json")
	badWords := writeFile(t, tmp, "badwords", "test test test test test test test test test test test test\n")
	port, err := anvil.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	down := fmt.Sprintf("http://127.0.0.1:%d", port)

	tests := []struct {
		name string
		env  []string
		args []string
		want []string
	}{
		{"wrong password", nil,
			[]string{"wallet", "import", "--datadir", filepath.Join(tmp, "a"), "--keystore", keystore, "--password-file", wrongPW},
			[]string{"wrong keystore password", "--password-file"}},
		{"unreadable keystore", nil,
			[]string{"wallet", "import", "--datadir", filepath.Join(tmp, "b"), "--keystore", garbled, "--password-file", pw},
			[]string{"garbled.json", "unreadable"}},
		{"missing keystore", nil,
			[]string{"wallet", "import", "--datadir", filepath.Join(tmp, "c"), "--keystore", filepath.Join(tmp, "nope.json"), "--password-file", pw},
			[]string{"nope.json"}},
		{"garbled wallet.json", nil,
			[]string{"wallet", "address", "--datadir", badWalletDir},
			[]string{filepath.Join(badWalletDir, "wallet.json"), "unreadable", "wallet import"}},
		{"no wallet", nil,
			[]string{"wallet", "balance", "--datadir", filepath.Join(tmp, "empty"), "--rpc-url", node.URL},
			[]string{"no wallet", "cairn wallet new"}},
		{"RPC down", nil,
			[]string{"wallet", "balance", "--datadir", datadir, "--rpc-url", down},
			[]string{"unreachable", down, "--rpc-url"}},
		{"wrong chain id", nil,
			[]string{"wallet", "balance", "--datadir", datadir, "--rpc-url", node.URL, "--chain-id", "1"},
			[]string{"wrong chain id", "31337", "--chain-id"}},
		{"wrong chain id from env", []string{"CAIRN_CHAIN_ID=5"},
			[]string{"wallet", "balance", "--datadir", datadir, "--rpc-url", node.URL},
			[]string{"wrong chain id", "expected 5"}},
		{"no password source", nil,
			[]string{"wallet", "new", "--datadir", filepath.Join(tmp, "d")},
			[]string{"no password", "--password-file"}},
		{"bad mnemonic", nil,
			[]string{"wallet", "import", "--datadir", filepath.Join(tmp, "e"), "--mnemonic-file", badWords, "--password-file", pw},
			[]string{"invalid BIP-39 mnemonic", "check the words"}},
		{"both import sources", nil,
			[]string{"wallet", "import", "--datadir", filepath.Join(tmp, "f"), "--mnemonic-file", badWords, "--keystore", keystore},
			[]string{"exactly one"}},
		{"bad token", nil,
			[]string{"wallet", "balance", "--datadir", datadir, "--rpc-url", node.URL, "--token", "0x12"},
			[]string{"not an address"}},
		{"unknown flag", nil, []string{"wallet", "address", "--bogus"}, []string{"bogus", "cairn wallet address --help"}},
		{"unknown command", nil, []string{"wallet", "frobnicate"}, []string{`unknown command "frobnicate"`}},
		{"unknown top command", nil, []string{"frobnicate"}, []string{`unknown command "frobnicate"`, "cairn --help"}},
		{"stray argument", nil, []string{"wallet", "address", "extra"}, []string{`unexpected argument "extra"`}},
		{"bad log level", nil, []string{"wallet", "address", "--log-level", "loud"}, []string{"loud", "debug, info, warn or error"}},
		{"bad chain id env", []string{"CAIRN_CHAIN_ID=abc"}, []string{"wallet", "address"}, []string{"CAIRN_CHAIN_ID"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkOneLineError(t, runCLI(t, tt.env, tt.args...), tt.want...)
		})
	}
}

func keystoreOf(t *testing.T, datadir string) string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(datadir, "keystore", "UTC--*"))
	if err != nil || len(m) != 1 {
		t.Fatalf("keystore files in %s: %v %v", datadir, m, err)
	}
	return m[0]
}
