package devchain_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
	"github.com/cairn-storage/cairn/internal/devchain"
)

// gethOrSkip returns the geth binary when it is built already or
// CAIRN_TEST_CHAIN=geth asks for it (then it is built, which takes minutes
// the first time); otherwise the test is skipped with that reason.
func TestMain(m *testing.M) { anviltest.Main(m) }

func gethOrSkip(t *testing.T) string {
	t.Helper()
	if os.Getenv("CAIRN_GETH") == "" && os.Getenv(devchain.TestChainEnv) != anvil.KindGeth {
		ver, err := devchain.GethVersion()
		if err != nil {
			t.Fatal(err)
		}
		cache, _ := os.UserCacheDir()
		if _, err := os.Stat(filepath.Join(cache, "cairn", "geth-"+ver, "geth")); err != nil {
			t.Skipf("skipping: geth %s is not built yet; CAIRN_TEST_CHAIN=geth builds it (minutes) and runs this test", ver)
		}
	}
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Minute)
	defer cancel()
	bin, err := devchain.GethBinary(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// TestGethDev starts geth --dev with a 300 ms block interval and checks
// what the tests rely on: accounts of anvil's mnemonic funded, anvil_mine
// answered with exactly that many blocks, blocks coming on their own, the
// EIP-2935 history contract deployed, and a clean stop.
func TestGethDev(t *testing.T) {
	bin := gethOrSkip(t)
	ctx := t.Context()
	n, err := devchain.StartGeth(ctx, anvil.Options{Binary: bin, Accounts: 4, DieWithParent: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = n.Stop() })
	if n.Kind != anvil.KindGeth || n.ChainID != devchain.GethChainID {
		t.Errorf("node kind %q chain %d", n.Kind, n.ChainID)
	}
	rc, err := rpc.DialContext(ctx, n.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	c := ethclient.NewClient(rc)
	if id, err := c.ChainID(ctx); err != nil || id.Uint64() != devchain.GethChainID {
		t.Fatalf("chain id %v, %v", id, err)
	}
	key3 := common.HexToAddress("0x90F79bf6EB2c4f870365E785982E1f101E93b906") // account 3 of anvil's mnemonic
	bal, err := c.BalanceAt(ctx, key3, nil)
	if err != nil || bal.Cmp(new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))) != 0 {
		t.Errorf("account 3 balance %v, %v; want 10000 ETH", bal, err)
	}
	h0, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := rc.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(25)); err != nil {
		t.Fatalf("anvil_mine through the front: %v", err)
	}
	h1, err := c.BlockNumber(ctx)
	if err != nil || h1 != h0+25 {
		t.Fatalf("after anvil_mine 25 from %d: head %d, %v", h0, h1, err)
	}
	code, err := c.CodeAt(ctx, common.HexToAddress("0x0000F90827F1C53a10cb7A02335B175320002935"), nil)
	if err != nil || len(code) == 0 {
		t.Errorf("EIP-2935 history contract: %d bytes of code, %v", len(code), err)
	}
	if err := n.Stop(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-n.Done():
	default:
		t.Error("geth still running after Stop")
	}
}

// TestGethInterval: a block time is geth's own period in whole seconds
// (200 ms asks for 1 s), and a transaction waits for the next block
// instead of getting one of its own.
func TestGethInterval(t *testing.T) {
	bin := gethOrSkip(t)
	ctx := t.Context()
	n, err := devchain.StartGeth(ctx, anvil.Options{Binary: bin, BlockTime: 200 * time.Millisecond, Accounts: 2, DieWithParent: true})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Stop()
	c, err := ethclient.DialContext(ctx, n.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	h0, _ := c.BlockNumber(ctx)
	time.Sleep(3500 * time.Millisecond)
	h1, err := c.BlockNumber(ctx)
	if err != nil || h1 < h0+2 || h1 > h0+5 {
		t.Errorf("1 s blocks: %d blocks in 3.5 s (%v), want 3 or so", h1-h0, err)
	}
}
