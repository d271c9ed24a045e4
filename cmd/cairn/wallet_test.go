package main

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
)

const anvil0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"

// importAnvil0 makes a datadir holding anvil's account 0 and returns it
// with the password file that opens it.
func importAnvil0(t *testing.T) (datadir, pwFile string) {
	t.Helper()
	tmp := t.TempDir()
	datadir = filepath.Join(tmp, "data")
	pwFile = writeFile(t, tmp, "pw", "hunter2\n")
	mf := writeFile(t, tmp, "words", anvil.DefaultMnemonic+"\n")
	r := ok(t, nil, "wallet", "import", "--datadir", datadir, "--mnemonic-file", mf, "--password-file", pwFile)
	if !strings.Contains(r.stdout, anvil0) {
		t.Fatalf("import printed %q, want %s", r.stdout, anvil0)
	}
	return datadir, pwFile
}

func TestWalletBalanceAnvil(t *testing.T) {
	node := anviltest.New(t)
	datadir, _ := importAnvil0(t)
	token := deployToken(t, node.URL, contracts.Tokens(12)) // + 0.5 below
	rpc := []string{"--datadir", datadir, "--rpc-url", node.URL}

	tests := []struct {
		name string
		env  []string
		args []string
		want []string // in stdout
		json map[string]any
	}{
		{name: "address", args: []string{"wallet", "address", "--datadir", datadir}, want: []string{anvil0}},
		{name: "address json", args: []string{"wallet", "address", "--datadir", datadir, "--json"},
			json: map[string]any{"address": anvil0}},
		{name: "balance", args: append([]string{"wallet", "balance"}, rpc...),
			want: []string{anvil0, "10000 ETH", "31337"}},
		{name: "balance json", args: append([]string{"wallet", "balance", "--json"}, rpc...),
			json: map[string]any{"address": anvil0, "eth_wei": "10000000000000000000000", "eth": "10000", "chain_id": 31337.0}},
		{name: "global flags before the command", args: []string{"--json", "--datadir", datadir, "--rpc-url", node.URL, "wallet", "balance"},
			json: map[string]any{"eth": "10000"}},
		{name: "ETH_RPC_URL", env: []string{"ETH_RPC_URL=" + node.URL}, args: []string{"wallet", "balance", "--datadir", datadir},
			want: []string{"10000 ETH"}},
		{name: "right chain id", args: append([]string{"wallet", "balance", "--chain-id", "31337"}, rpc...),
			want: []string{"10000 ETH"}},
		{name: "token", args: append([]string{"wallet", "balance", "--token", token.Hex()}, rpc...),
			want: []string{"10000 ETH", "12.5 CAIRN"}},
		{name: "token json", args: append([]string{"wallet", "balance", "--json", "--token", token.Hex()}, rpc...),
			json: map[string]any{"token": token.Hex(), "cairn_wei": "12500000000000000000", "cairn": "12.5"}},
		{name: "token from env", env: []string{"CAIRN_TOKEN=" + token.Hex()}, args: append([]string{"wallet", "balance"}, rpc...),
			want: []string{"12.5 CAIRN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ok(t, tt.env, tt.args...)
			for _, w := range tt.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout %q does not contain %q", r.stdout, w)
				}
			}
			if tt.json != nil {
				var got map[string]any
				if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
					t.Fatalf("stdout is not JSON: %v\n%s", err, r.stdout)
				}
				for k, v := range tt.json {
					if got[k] != v {
						t.Errorf("%s = %v, want %v", k, got[k], v)
					}
				}
			}
		})
	}
}

// deployToken deploys a CairnToken from anvil account 1 (so account 0 keeps
// exactly 10000 ETH) and mints amount + 0.5 tokens to account 0.
func deployToken(t *testing.T, url string, amount *big.Int) common.Address {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cl, err := chain.Dial(ctx, url, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	s, err := chain.SignerFromMnemonic(anvil.DefaultMnemonic, 1)
	if err != nil {
		t.Fatal(err)
	}
	auth := s.TransactOpts(cl.ChainIDValue())
	addr, _, err := contracts.DeployToken(ctx, cl, auth)
	if err != nil {
		t.Fatal(err)
	}
	tok := contracts.NewCairnToken()
	half := new(big.Int).Div(contracts.Tokens(1), big.NewInt(2))
	tx, err := bind.Transact(tok.Instance(cl, addr), auth, tok.PackMint(common.HexToAddress(anvil0), new(big.Int).Add(amount, half)))
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := bind.WaitMined(ctx, cl, tx.Hash())
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("mint: %v", err)
	}
	return addr
}

func TestWalletNew(t *testing.T) {
	tmp := t.TempDir()
	datadir := filepath.Join(tmp, "data")
	pw := writeFile(t, tmp, "pw", "s3cret\n")

	r := ok(t, nil, "wallet", "new", "--datadir", datadir, "--password-file", pw)
	var words []string
	for _, l := range strings.Split(r.stdout, "\n") {
		if m, found := strings.CutPrefix(l, "mnemonic: "); found {
			words = strings.Fields(m)
		}
	}
	if len(words) != 24 {
		t.Fatalf("want 24 words on stdout, got %q", r.stdout)
	}
	if !strings.Contains(r.stderr, "write down") {
		t.Errorf("no write-it-down warning on stderr: %q", r.stderr)
	}
	if strings.Contains(r.stderr, words[0]+" "+words[1]) {
		t.Error("mnemonic leaked to stderr")
	}
	b, err := os.ReadFile(filepath.Join(datadir, "wallet.json"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), strings.Join(words[:3], " ")) {
		t.Fatal("wallet.json holds the plaintext mnemonic")
	}
	addr := strings.TrimSpace(ok(t, nil, "wallet", "address", "--datadir", datadir).stdout)

	// The shown mnemonic restores the same address elsewhere.
	mf := writeFile(t, tmp, "words", strings.Join(words, " "))
	other := filepath.Join(tmp, "other")
	r = ok(t, nil, "wallet", "import", "--json", "--datadir", other, "--mnemonic-file", mf, "--password-file", pw)
	var imp struct {
		Address     string `json:"address"`
		HasMnemonic bool   `json:"has_mnemonic"`
		Keystore    string `json:"keystore"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &imp); err != nil {
		t.Fatalf("import --json: %v: %s", err, r.stdout)
	}
	if imp.Address != addr || !imp.HasMnemonic {
		t.Fatalf("import of the shown mnemonic: %+v, want %s", imp, addr)
	}

	// A second new refuses, and leaves the wallet alone; --force replaces it.
	checkOneLineError(t, runCLI(t, nil, "wallet", "new", "--datadir", datadir, "--password-file", pw), "already exists", "--force")
	if got := strings.TrimSpace(ok(t, nil, "wallet", "address", "--datadir", datadir).stdout); got != addr {
		t.Fatalf("refused new changed the address to %s", got)
	}
	r = ok(t, nil, "wallet", "new", "--json", "--force", "--datadir", datadir, "--password-file", pw)
	var nw struct {
		Address  string `json:"address"`
		Mnemonic string `json:"mnemonic"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &nw); err != nil || len(strings.Fields(nw.Mnemonic)) != 24 || nw.Address == addr {
		t.Fatalf("new --json --force: %v %+v", err, nw)
	}

	// Keystore import: the imported keystore keeps its password; no mnemonic.
	ks := filepath.Join(tmp, "ks.json")
	copyFile(t, imp.Keystore, ks)
	r = ok(t, nil, "wallet", "import", "--json", "--datadir", filepath.Join(tmp, "third"), "--keystore", ks, "--password-file", pw)
	imp.HasMnemonic = true
	if err := json.Unmarshal([]byte(r.stdout), &imp); err != nil || imp.Address != addr || imp.HasMnemonic {
		t.Fatalf("keystore import: %v %+v", err, imp)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
