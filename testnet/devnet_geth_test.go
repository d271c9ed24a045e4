package testnet_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/devchain"
	"github.com/cairn-storage/cairn/testnet"
)

// TestDevnetGethPutGetResume runs the devnet on geth --dev: deploy, fund,
// three providers, a put and a get through the real binary, down and a
// resume from geth's datadir. It needs geth built (the first build takes
// minutes): it runs when the cached build exists or CAIRN_TEST_CHAIN=geth.
func TestDevnetGethPutGetResume(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth and provider processes")
	}
	if !gethReady() {
		t.Skip("skipping: geth is not built yet; CAIRN_TEST_CHAIN=geth builds it (minutes) and runs this test")
	}
	ctx := t.Context()
	dir := t.TempDir()
	opts := devnetOptions(t, dir)
	opts.Chain = testnet.ChainGeth
	h, d := up(t, opts)
	if d.Chain != testnet.ChainGeth || d.ChainID != devchain.GethChainID || d.BlockTimeMS != 1000 {
		t.Errorf("devnet.json: chain %q id %d block time %d ms; want geth, %d, 1000 (whole seconds)", d.Chain, d.ChainID, d.BlockTimeMS, devchain.GethChainID)
	}
	home := t.TempDir()
	in, data := randomFile(t, "geth.bin", 200_000)
	cairn(t, home, "--devnet", dir, "put", "--k", "2", "--m", "1", "--epochs", "20", in)
	get := func() { t.Helper(); getBack(t, home, "geth.bin", data, "--devnet", dir) }
	get()
	if err := h.Down(); err != nil {
		t.Fatalf("down: %v", err)
	}
	h2, err := testnet.Up(ctx, testnet.DevnetOptions{Dir: dir, Binary: cairnBin})
	if err != nil {
		t.Fatalf("resume: %v", err)
	}
	t.Cleanup(func() { _ = h2.Down() })
	if !h2.Resumed || h2.Info.Chain != testnet.ChainGeth {
		t.Fatalf("resumed %v on %q", h2.Resumed, h2.Info.Chain)
	}
	get()
	if err := h2.Down(); err != nil {
		t.Fatalf("down after resume: %v", err)
	}
}

func gethReady() bool {
	if os.Getenv(devchain.TestChainEnv) == anvil.KindGeth || os.Getenv("CAIRN_GETH") != "" {
		return true
	}
	ver, err := devchain.GethVersion()
	if err != nil {
		return false
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return false
	}
	_, err = os.Stat(filepath.Join(cache, "cairn", "geth-"+ver, "geth"))
	return err == nil
}
