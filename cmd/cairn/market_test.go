package main

import (
	"crypto/rand"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/internal/hdwallet"
	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/testnet"
)

// startMarket starts a protocol v2 chain with 10-block epochs of 200 ms
// blocks and three in-process v2 providers (accounts 2–4, one proof set
// each), all stopped at the test's end: the market the binary-level file
// tests drive.
func startMarket(t *testing.T) *testnet.Chain {
	t.Helper()
	ctx := t.Context()
	cfg := testnet.DevnetMarketConfig(10)
	ch, err := testnet.StartChain(ctx, testnet.ChainOptions{BlockTime: 200 * time.Millisecond, Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	pcfg := market.DefaultProviderConfig()
	pcfg.Poll = 100 * time.Millisecond
	pcfg.Confirmations = 2 // anvil's depth, as the devnet passes (12 is refused on 10-block epochs)
	for acct := 2; acct < 5; acct++ {
		n, err := ch.StartProvider(ctx, acct, filepath.Join(t.TempDir(), "p"), 1<<30, pcfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = n.Stop() })
	}
	return ch
}

// fundedWallet imports a fresh mnemonic into dir/sub (password "secret"),
// funds its address with 10 ETH and tokens, and returns the environment
// that points the binary at ch and that datadir.
func fundedWallet(t *testing.T, ch *testnet.Chain, dir, sub string, tokens int64) (env []string, data string) {
	t.Helper()
	mn, err := hdwallet.NewMnemonic()
	if err != nil {
		t.Fatal(err)
	}
	pw := writeFile(t, dir, "pw", "secret\n")
	env = []string{"CAIRN_RPC_URL=" + ch.Anvil.URL, "CAIRN_MARKETPLACE=" + ch.Dep.Marketplace.Hex(), "CAIRN_LENS=" + ch.Dep.Lens.Hex(), "CAIRN_PASSWORD_FILE=" + pw}
	data = filepath.Join(dir, sub)
	var imp struct{ Address string }
	decode(t, ok(t, env, "--datadir", data, "--json", "wallet", "import", "--mnemonic-file", writeFile(t, dir, "words.txt", mn)), &imp)
	if err := ch.Fund(t.Context(), common.HexToAddress(imp.Address), testnet.Ether(10), testnet.Tokens(tokens)); err != nil {
		t.Fatal(err)
	}
	return env, data
}

// balanceJSON is `wallet balance --json` of the wallet in data.
type balanceJSON struct {
	Address  string `json:"address"`
	CairnWei string `json:"cairn_wei"`
}

func balanceOf(t *testing.T, env []string, data string) balanceJSON {
	t.Helper()
	var b balanceJSON
	decode(t, ok(t, env, "--datadir", data, "--json", "wallet", "balance"), &b)
	return b
}

// tokenBalance is the wallet's CAIRN balance in wei.
func tokenBalance(t *testing.T, env []string, data string) *big.Int {
	t.Helper()
	b := balanceOf(t, env, data)
	v, ok := new(big.Int).SetString(b.CairnWei, 10)
	if !ok {
		t.Fatalf("balance %q", b.CairnWei)
	}
	return v
}

// addressOf is the address of the wallet in data.
func addressOf(t *testing.T, env []string, data string) common.Address {
	t.Helper()
	return common.HexToAddress(balanceOf(t, env, data).Address)
}

// endEpochOf is the end epoch `status` reports for one file.
func endEpochOf(t *testing.T, env []string, data, id string) uint64 {
	t.Helper()
	var st struct {
		EndEpoch uint64 `json:"end_epoch"`
	}
	decode(t, ok(t, env, "--datadir", data, "--json", "status", id), &st)
	return st.EndEpoch
}

// putApproved puts size random bytes as name (2+1, for epochs). The put
// approves an unlimited allowance, so a later extension is its command's
// only transaction. It returns the request id.
func putApproved(t *testing.T, env []string, data, dir, name string, size int, epochs string) string {
	t.Helper()
	content := make([]byte, size)
	_, _ = rand.Read(content)
	file := filepath.Join(dir, name)
	if err := os.WriteFile(file, content, 0o600); err != nil {
		t.Fatal(err)
	}
	var put struct{ ID string }
	decode(t, ok(t, env, "--datadir", data, "--json", "put", file, "--k", "2", "--m", "1", "--epochs", epochs), &put)
	return put.ID
}
