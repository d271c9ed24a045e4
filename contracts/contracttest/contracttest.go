// Package contracttest deploys the cairn contracts on a test anvil and gives
// tests funded accounts, transaction helpers that decode custom errors, and
// block mining. Market, chain and testnet tests use it to deploy the same way
// the contract tests do.
//
// An Env is not safe for concurrent use: tests on a shared anvil run
// sequentially (each deploys its own contracts, but they share the chain's
// blocks and the accounts' nonces).
package contracttest

import (
	"context"
	"crypto/ecdsa"
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

// Account is a funded key of the anvil mnemonic.
type Account struct {
	Index int
	Key   *ecdsa.PrivateKey
	Addr  common.Address
	Auth  *bind.TransactOpts
}

// Env is a Marketplace and CairnToken deployed on an anvil.
type Env struct {
	t       testing.TB
	ctx     context.Context
	Client  *ethclient.Client
	RPC     *rpc.Client
	ChainID *big.Int
	Dep     contracts.Deployment
	Config  contracts.IMarketplaceConfig
	MP      *contracts.Marketplace
	Market  *bind.BoundContract
	Tok     *contracts.CairnToken
	Token   *bind.BoundContract
	// Accounts are the node's mnemonic accounts; Accounts[0] deployed.
	Accounts []*Account
}

// Options configure Deploy.
type Options struct {
	// Accounts to derive and fund (default 10, the anvil default).
	Accounts int
	// Mint is minted to every account and approved to the Marketplace
	// (default 1,000,000 tokens).
	Mint *big.Int
}

// TestConfig returns short-epoch parameters for tests: 10-block epochs,
// 3 grace blocks, fill delay 2, reservations of 20 blocks (at most 2 per
// slot, 1-token deposit), K = 10, 3 misses in 8 epochs free a slot, 10% slash
// per miss, 0.01-token settle fee, shards up to 1 MiB.
func TestConfig() contracts.IMarketplaceConfig {
	return contracts.IMarketplaceConfig{
		EpochBlocks:        10,
		GraceBlocks:        3,
		FillDelayBlocks:    2,
		ReservationTTL:     20,
		MaxReservations:    2,
		Challenges:         10,
		MissWindow:         8,
		MissThreshold:      3,
		SlashBps:           1000,
		MaxShardSize:       1 << 20,
		ReservationDeposit: contracts.Tokens(1),
		SettleFee:          new(big.Int).Div(contracts.Tokens(1), big.NewInt(100)),
	}
}

// Deploy connects to node, deploys a CairnToken and a Marketplace with cfg
// (cfg.Token is overwritten) from account 0, then mints and approves tokens
// for every account.
func Deploy(t testing.TB, node *anvil.Node, cfg contracts.IMarketplaceConfig, opts Options) *Env {
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
	e := &Env{t: t, ctx: ctx, RPC: rc, Client: ethclient.NewClient(rc), MP: contracts.NewMarketplace(), Tok: contracts.NewCairnToken()}
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
		t.Fatalf("deploy: %v", err)
	}
	cfg.Token = dep.Token
	e.Dep, e.Config = dep, cfg
	e.Market = e.MP.Instance(e.Client, dep.Marketplace)
	e.Token = e.Tok.Instance(e.Client, dep.Token)
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, a := range e.Accounts {
		e.MustSendTo(e.Token, a, e.Tok.PackMint(a.Addr, opts.Mint))
		e.MustSendTo(e.Token, a, e.Tok.PackApprove(dep.Marketplace, maxUint))
	}
	return e
}

// RevertError is a reverted transaction or call with its decoded custom error.
type RevertError struct {
	Name string // custom error name, "" if unknown
	Data []byte
	Err  error
}

func (r *RevertError) Error() string {
	if r.Name != "" {
		return "reverted: " + r.Name
	}
	return fmt.Sprintf("reverted (data %x): %v", r.Data, r.Err)
}

// ErrorName returns the custom error name of a revert, or "" if err is not
// a decodable revert.
func ErrorName(err error) string {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}

// AsRevert turns an error carrying revert data (from gas estimation or a
// call) into a *RevertError with the custom error's name; other errors pass
// through.
func AsRevert(err error) error { return asRevert(err) }

func asRevert(err error) error {
	if err == nil {
		return nil
	}
	if data, ok := ethclient.RevertErrorData(err); ok {
		name, _ := contracts.ErrorName(data)
		return &RevertError{Name: name, Data: data, Err: err}
	}
	return err
}

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
		return nil, asRevert(err)
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

// waitMined polls for a receipt every few milliseconds (bind.WaitMined
// polls once a second, and anvil's automine answers within milliseconds).
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

// Call runs a view of the Marketplace at the latest block.
func Call[T any](e *Env, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(e.Market, &bind.CallOpts{Context: e.ctx}, data, unpack)
	if err != nil {
		e.t.Fatalf("call: %v", asRevert(err))
	}
	return v
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

// NextTxAt mines so that the next transaction lands in block b (the head
// becomes b − 1). It fails if the head is already at or past b.
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

// BlockHash returns the hash of block n.
func (e *Env) BlockHash(n uint64) common.Hash {
	e.t.Helper()
	h, err := e.Client.HeaderByNumber(e.ctx, new(big.Int).SetUint64(n))
	if err != nil {
		e.t.Fatalf("header %d: %v", n, err)
	}
	return h.Hash()
}

// Balance is an account's pull balance in the Marketplace.
func (e *Env) Balance(addr common.Address) *big.Int {
	return Call(e, e.MP.PackBalanceOf(addr), e.MP.UnpackBalanceOf)
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
func (e *Env) Burned() *big.Int { return Call(e, e.MP.PackBurned(), e.MP.UnpackBurned) }

// SlotInfo reads slotInfo.
func (e *Env) SlotInfo(id [32]byte) contracts.IMarketplaceSlotInfo {
	return Call(e, e.MP.PackSlotInfo(id), e.MP.UnpackSlotInfo)
}

// RequestInfo reads requestInfo.
func (e *Env) RequestInfo(id [32]byte) contracts.IMarketplaceRequestInfo {
	return Call(e, e.MP.PackRequestInfo(id), e.MP.UnpackRequestInfo)
}

// Reservations reads a slot's reservations.
func (e *Env) Reservations(id [32]byte) []contracts.IMarketplaceReservation {
	return Call(e, e.MP.PackReservations(id), e.MP.UnpackReservations)
}
