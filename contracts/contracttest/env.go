package contracttest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/hdwallet"
)

// Env is a protocol v2 Marketplace (with its facet and lens) and a
// CairnToken deployed on an anvil. Like Env it is not safe for concurrent use.
type Env struct {
	t       testing.TB
	ctx     context.Context
	Client  *ethclient.Client
	RPC     *rpc.Client
	ChainID *big.Int
	Dep     contracts.Deployment
	Config  contracts.IMarketplaceV2Config
	MP      *contracts.MarketplaceV2
	Market  *bind.BoundContract
	LensABI *contracts.MarketplaceV2Lens
	Lens    *bind.BoundContract
	Tok     *contracts.CairnToken
	Token   *bind.BoundContract
	// Accounts are the node's mnemonic accounts; Accounts[0] deployed.
	Accounts []*Account
}

// TestConfig returns short-epoch v2 parameters for tests: 10-block epochs,
// 3 grace blocks, fill delay 2, reservations of 20 blocks (at most 2 per
// slot), K = 10, KF = 16, 3 misses in 8 epochs fail a set, 10% slash per
// miss, deposits max(1 token, 1% of collateral), 0.1 token of collateral per
// GiB at least, a 0.01-token audit fee, shards up to 1 MiB.
func TestConfig() contracts.IMarketplaceV2Config {
	return contracts.IMarketplaceV2Config{
		EpochBlocks:         10,
		GraceBlocks:         3,
		FillDelayBlocks:     2,
		ReservationTTL:      20,
		MaxReservations:     2,
		Challenges:          10,
		FillChallenges:      16,
		MissWindow:          8,
		MissThreshold:       3,
		SlashBps:            1000,
		DepositBps:          100,
		MaxShardSize:        1 << 20,
		MinCollateralPerGiB: new(big.Int).Div(contracts.Tokens(1), big.NewInt(10)),
		MinDeposit:          contracts.Tokens(1),
		AuditFee:            new(big.Int).Div(contracts.Tokens(1), big.NewInt(100)),
	}
}

// DeployV2 connects to node, deploys a CairnToken and the v2 contracts with
// cfg (cfg.Token is overwritten) from account 0, then mints and approves
// tokens for every account.
func DeployV2(t testing.TB, node *anvil.Node, cfg contracts.IMarketplaceV2Config, opts Options) *Env {
	t.Helper()
	if opts.Accounts == 0 {
		opts.Accounts = 10
	}
	if opts.Mint == nil {
		opts.Mint = contracts.Tokens(1_000_000)
	}
	ctx := context.Background()
	rc, err := rpc.DialContext(ctx, node.URL)
	if err != nil {
		t.Fatalf("dial anvil: %v", err)
	}
	t.Cleanup(rc.Close)
	e := &Env{
		t: t, ctx: ctx, RPC: rc, Client: ethclient.NewClient(rc),
		MP: contracts.NewMarketplaceV2(), LensABI: contracts.NewMarketplaceV2Lens(), Tok: contracts.NewCairnToken(),
	}
	if e.ChainID, err = e.Client.ChainID(ctx); err != nil {
		t.Fatalf("chain id: %v", err)
	}
	for i := 0; i < opts.Accounts; i++ {
		key, err := hdwallet.MnemonicKey(anvil.DefaultMnemonic, uint32(i))
		if err != nil {
			t.Fatal(err)
		}
		auth := bind.NewKeyedTransactor(key, e.ChainID)
		e.Accounts = append(e.Accounts, &Account{Index: i, Key: key, Addr: crypto.PubkeyToAddress(key.PublicKey), Auth: auth})
	}
	cfg.Token = common.Address{}
	dep, err := contracts.DeployDevnet(ctx, e.Client, e.Accounts[0].Auth, cfg)
	if err != nil {
		t.Fatalf("deploy v2: %v", err)
	}
	cfg.Token = dep.Token
	e.Dep, e.Config = dep, cfg
	e.Market = e.MP.Instance(e.Client, dep.Marketplace)
	e.Lens = e.LensABI.Instance(e.Client, dep.Lens)
	e.Token = e.Tok.Instance(e.Client, dep.Token)
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, a := range e.Accounts {
		e.MustSendTo(e.Token, a, e.Tok.PackMint(a.Addr, opts.Mint))
		e.MustSendTo(e.Token, a, e.Tok.PackApprove(dep.Marketplace, maxUint))
	}
	return e
}

func asRevertV2(err error) error {
	if err == nil {
		return nil
	}
	if data, ok := ethclient.RevertErrorData(err); ok {
		name, _ := contracts.ErrorNameV2(data)
		return &RevertError{Name: name, Data: data, Err: err}
	}
	return err
}

// AsRevertV2 is AsRevert with v2's custom errors.
func AsRevertV2(err error) error { return asRevertV2(err) }

// Send sends calldata to the Marketplace from a and waits for the receipt.
// A revert (at gas estimation or in the receipt) is a *RevertError.
func (e *Env) Send(a *Account, data []byte) (*types.Receipt, error) {
	return e.SendTo(e.Market, a, data)
}

// SendTo is Send to another bound contract.
func (e *Env) SendTo(c *bind.BoundContract, a *Account, data []byte) (*types.Receipt, error) {
	opts := *a.Auth
	opts.Context = e.ctx
	tx, err := bind.Transact(c, &opts, data)
	if err != nil {
		return nil, asRevertV2(err)
	}
	rcpt, err := e.waitMined(tx.Hash())
	if err != nil {
		return nil, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, &RevertError{Err: fmt.Errorf("transaction %s failed", tx.Hash())}
	}
	return rcpt, nil
}

func (e *Env) waitMined(h common.Hash) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(e.ctx, 30*time.Second)
	defer cancel()
	for {
		rcpt, err := e.Client.TransactionReceipt(ctx, h)
		if err == nil {
			return rcpt, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("receipt of %s: %w", h, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("receipt of %s: %w", h, ctx.Err())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// MustSend is Send failing the test on error.
func (e *Env) MustSend(a *Account, data []byte) *types.Receipt {
	e.t.Helper()
	return e.MustSendTo(e.Market, a, data)
}

// MustSendTo is SendTo failing the test on error.
func (e *Env) MustSendTo(c *bind.BoundContract, a *Account, data []byte) *types.Receipt {
	e.t.Helper()
	r, err := e.SendTo(c, a, data)
	if err != nil {
		e.t.Fatalf("send from account %d: %v", a.Index, err)
	}
	return r
}

// ExpectRevert sends and fails the test unless it reverts with the named
// custom error.
func (e *Env) ExpectRevert(a *Account, data []byte, name string) {
	e.t.Helper()
	_, err := e.Send(a, data)
	if err == nil {
		e.t.Fatalf("expected revert %s, transaction succeeded", name)
	}
	if got := ErrorName(err); got != name {
		e.t.Fatalf("expected revert %s, got %q (%v)", name, got, err)
	}
}

// CallV2 runs a view of the Marketplace at the latest block.
func CallV2[T any](e *Env, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(e.Market, &bind.CallOpts{Context: e.ctx}, data, unpack)
	if err != nil {
		e.t.Fatalf("call: %v", asRevertV2(err))
	}
	return v
}

// LensCall runs a view of the lens at the latest block.
func LensCall[T any](e *Env, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := TryLensCall(e, data, unpack)
	if err != nil {
		e.t.Fatalf("lens call: %v", err)
	}
	return v
}

// TryLensCall is LensCall returning the (decoded) error.
func TryLensCall[T any](e *Env, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(e.Lens, &bind.CallOpts{Context: e.ctx}, data, unpack)
	return v, asRevertV2(err)
}

// Mine mines n empty blocks at once (anvil_mine).
func (e *Env) Mine(n uint64) {
	e.t.Helper()
	if n == 0 {
		return
	}
	if err := e.RPC.CallContext(e.ctx, nil, "anvil_mine", hexutil.Uint64(n)); err != nil {
		e.t.Fatalf("anvil_mine: %v", err)
	}
}

// Head returns the latest block number.
func (e *Env) Head() uint64 {
	e.t.Helper()
	n, err := e.Client.BlockNumber(e.ctx)
	if err != nil {
		e.t.Fatalf("block number: %v", err)
	}
	return n
}

// NextTxAt mines so that the next transaction lands in block b.
func (e *Env) NextTxAt(b uint64) {
	e.t.Helper()
	h := e.Head()
	if h >= b {
		e.t.Fatalf("next tx at block %d: head is already %d", b, h)
	}
	e.Mine(b - 1 - h)
}

// EpochStart is the first block of epoch ep.
func (e *Env) EpochStart(ep uint64) uint64 { return e.Dep.Block + ep*e.Config.EpochBlocks }

// CurrentEpoch is the epoch of the next transaction's block.
func (e *Env) CurrentEpoch() uint64 {
	return (e.Head() + 1 - e.Dep.Block) / e.Config.EpochBlocks
}

// ToEpoch mines so that the next transaction lands at block offset `at` of
// epoch ep (0 = its first block), or later if that block has passed.
func (e *Env) ToEpoch(ep, at uint64) {
	e.t.Helper()
	if b := e.EpochStart(ep) + at; e.Head()+1 < b {
		e.NextTxAt(b)
	}
}

// Balance is an account's pull balance in the Marketplace.
func (e *Env) Balance(addr common.Address) *big.Int {
	return CallV2(e, e.MP.PackBalanceOf(addr), e.MP.UnpackBalanceOf)
}

// TokenBalance is an address's CairnToken balance.
func (e *Env) TokenBalance(addr common.Address) *big.Int {
	e.t.Helper()
	v, err := bind.Call(e.Token, &bind.CallOpts{Context: e.ctx}, e.Tok.PackBalanceOf(addr), e.Tok.UnpackBalanceOf)
	if err != nil {
		e.t.Fatalf("token balance: %v", err)
	}
	return v
}

// Burned is the Marketplace's burned counter.
func (e *Env) Burned() *big.Int { return CallV2(e, e.MP.PackBurned(), e.MP.UnpackBurned) }

// Code returns the runtime code at addr.
func (e *Env) Code(addr common.Address) []byte {
	e.t.Helper()
	c, err := e.Client.CodeAt(e.ctx, addr, nil)
	if err != nil {
		e.t.Fatalf("code at %s: %v", addr, err)
	}
	return c
}

// SetStorageAt writes one storage word of addr (anvil_setStorageAt), for
// synthetic large sets in gas benchmarks.
func (e *Env) SetStorageAt(addr common.Address, slot, value common.Hash) {
	e.t.Helper()
	if err := e.RPC.CallContext(e.ctx, nil, "anvil_setStorageAt", addr, slot, value); err != nil {
		e.t.Fatalf("anvil_setStorageAt: %v", err)
	}
}
