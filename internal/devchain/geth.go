package devchain

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/hdwallet"
)

// GethChainID is the chain id of geth --dev.
const GethChainID = 1337

// GethConfig is how one geth --dev is run.
type GethConfig struct {
	DataDir string // the chain, kept across restarts (geth resumes a dev chain found there)
	Host    string // HTTP JSON-RPC address (default 127.0.0.1)
	Port    int
	// Period between blocks, in whole seconds (geth's --dev.period); 0
	// mines a block only when a transaction or a dev_addWithdrawal arrives.
	Period time.Duration
}

// FaucetAddress is account 0 of anvil.DefaultMnemonic: geth --dev funds it
// (2^256−9 wei) as its developer account, so the same deployer signs on
// anvil and on geth.
func FaucetAddress() (common.Address, error) {
	k, err := hdwallet.MnemonicKey(anvil.DefaultMnemonic, 0)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(k.PublicKey), nil
}

// GethArgs are geth's arguments for c: --dev (every fork up to the newest
// active at genesis, Prague's EIP-2935 history contract included), HTTP on
// c.Host only, no IPC, no peers, account 0 of anvil.DefaultMnemonic as the
// developer account (no keystore: it is named as the fee recipient, and
// all transactions are signed by the caller).
func GethArgs(c GethConfig) ([]string, error) {
	faucet, err := FaucetAddress()
	if err != nil {
		return nil, err
	}
	host := c.Host
	if host == "" {
		host = "127.0.0.1"
	}
	secs := int64((c.Period + time.Second - 1) / time.Second)
	return []string{
		"--dev", "--dev.period", strconv.FormatInt(secs, 10), "--dev.gaslimit", "60000000",
		"--miner.pending.feeRecipient", faucet.Hex(),
		"--datadir", c.DataDir,
		"--http", "--http.addr", host, "--http.port", strconv.Itoa(c.Port),
		"--http.api", "eth,net,web3,txpool,debug,dev",
		"--http.vhosts", "*",
		"--ipcdisable", "--nodiscover", "--maxpeers", "0",
		"--cache", "256", "--rpc.txfeecap", "0",
		"--verbosity", "2",
		// geth's log index (filter maps) answered eth_getLogs for blocks it
		// was still indexing with "failed to retrieve log value pointer …
		// pebble: not found" in the market tests; unindexed search is exact
		// and fast enough for a dev chain.
		"--history.logs.disable",
	}, nil
}

// StartGeth runs geth --dev for a test: a fresh chain in a temporary
// datadir (or opts.StateFile's directory, kept, when set), accounts 1 to
// opts.Accounts−1 of anvil.DefaultMnemonic funded from account 0 with 10,000 ETH
// as anvil funds them. With opts.BlockTime 0 every transaction gets a block
// of its own (anvil's automine); otherwise geth seals a block every
// BlockTime rounded up to whole seconds (geth's --dev.period; transactions
// wait for it, as on anvil with --block-time), so a test asking for 200 ms
// blocks gets 1 s blocks. Its URL is a small JSON-RPC front that also
// answers anvil_mine and evm_mine (see mineFront), so tests that mine
// blocks run unchanged; everything else goes to geth as is.
func StartGeth(ctx context.Context, opts anvil.Options) (*anvil.Node, error) {
	bin := opts.Binary
	if bin == "" {
		var err error
		if bin, err = GethBinary(ctx); err != nil {
			return nil, err
		}
	}
	datadir, keep := opts.StateFile, opts.StateFile != ""
	if !keep {
		d, err := os.MkdirTemp("", "cairn-geth-")
		if err != nil {
			return nil, err
		}
		datadir = d
	}
	port := opts.Port
	if port == 0 {
		p, err := anvil.FreePort()
		if err != nil {
			return nil, err
		}
		port = p
	}
	args, err := GethArgs(GethConfig{DataDir: datadir, Port: port, Period: opts.BlockTime})
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, append(args, opts.ExtraArgs...)...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if opts.DieWithParent {
		cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL
	}
	if opts.Log != nil {
		cmd.Stdout, cmd.Stderr = opts.Log, opts.Log
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start geth %s: %w", bin, err)
	}
	gethURL := "http://127.0.0.1:" + strconv.Itoa(port)
	n := anvil.NewNode(anvil.KindGeth, gethURL, port, GethChainID, cmd)
	if !keep {
		n.OnStop(nil, func() { _ = os.RemoveAll(datadir) })
	}
	fail := func(err error) (*anvil.Node, error) {
		_ = n.Stop()
		return nil, err
	}
	if err := waitRPC(ctx, gethURL, n.Done(), 60*time.Second); err != nil {
		return fail(fmt.Errorf("geth (datadir %s): %w", filepath.Base(datadir), err))
	}
	front, err := startMineFront(gethURL)
	if err != nil {
		return fail(err)
	}
	n.OnStop(front.close, nil)
	n.URL, n.Port = front.url, front.port
	if err := FundAccounts(ctx, gethURL, opts.Accounts); err != nil {
		return fail(err)
	}
	if opts.BlockTime == 0 {
		// Several funding transactions can leave one more (empty) block
		// queued; let it land so a test's first count of blocks is exact.
		if err := settle(ctx, gethURL); err != nil {
			return fail(err)
		}
	}
	return n, nil
}

// settle waits until the head has not moved for 300 ms.
func settle(ctx context.Context, url string) error {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return err
	}
	defer c.Close()
	last, since := uint64(0), time.Now()
	for time.Since(since) < 300*time.Millisecond {
		h, err := c.BlockNumber(ctx)
		if err != nil {
			return err
		}
		if h != last {
			last, since = h, time.Now()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
	return nil
}

// waitRPC waits until url answers eth_chainId or the process ends.
func waitRPC(ctx context.Context, url string, done <-chan struct{}, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		cctx, cancel := context.WithTimeout(ctx, time.Second)
		c, err := ethclient.DialContext(cctx, url)
		if err == nil {
			_, err = c.ChainID(cctx)
			c.Close()
		}
		cancel()
		if err == nil {
			return nil
		}
		select {
		case <-done:
			return fmt.Errorf("exited at start-up")
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no JSON-RPC answer on %s within %s: %w", url, timeout, err)
		}
	}
}

// FundAccounts sends 10,000 ETH from account 0 of anvil.DefaultMnemonic to
// accounts 1 to n−1 (n ≤ 0 means anvil's default of 10), as anvil's genesis
// does, and waits for the receipts. On anvil it is not needed.
func FundAccounts(ctx context.Context, url string, n int) error {
	if n <= 0 {
		n = 10
	}
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return err
	}
	defer c.Close()
	key, err := hdwallet.MnemonicKey(anvil.DefaultMnemonic, 0)
	if err != nil {
		return err
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return err
	}
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	tip := big.NewInt(1)
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	signer := types.LatestSignerForChainID(chainID)
	amount := new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))
	var last common.Hash
	for i := 1; i < n; i++ {
		k, err := hdwallet.MnemonicKey(anvil.DefaultMnemonic, uint32(i))
		if err != nil {
			return err
		}
		to := crypto.PubkeyToAddress(k.PublicKey)
		tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: amount})
		if err != nil {
			return err
		}
		if err := c.SendTransaction(ctx, tx); err != nil {
			return fmt.Errorf("fund account %d: %w", i, err)
		}
		nonce++
		last = tx.Hash()
	}
	if last == (common.Hash{}) {
		return nil
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		if r, err := c.TransactionReceipt(ctx, last); err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("funding transaction %s failed", last)
			}
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("funding transaction %s not mined within 60s", last)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// TestChainEnv selects the chain of StartTestChain: "anvil" (or unset) or
// "geth".
const TestChainEnv = "CAIRN_TEST_CHAIN"

// StartTestChain starts the chain $CAIRN_TEST_CHAIN names: anvil (the
// default) or geth --dev, with the same options.
func StartTestChain(ctx context.Context, opts anvil.Options) (*anvil.Node, error) {
	switch v := os.Getenv(TestChainEnv); v {
	case "", anvil.KindAnvil:
		return anvil.Start(ctx, opts)
	case anvil.KindGeth:
		return StartGeth(ctx, opts)
	default:
		return nil, fmt.Errorf("%s=%q: want anvil or geth", TestChainEnv, v)
	}
}
