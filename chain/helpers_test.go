package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"go.uber.org/goleak"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m, anviltest.IgnoreIdleHTTP()...)
}

// Hand-assembled contracts, so chain/ tests need no compiler.
var (
	// reverterInit deploys code that always reverts with Error("nope").
	reverterInit = hexutil.MustDecode("0x6025600c60003960256000f3" +
		"6308c379a060e01b60005260206004526004602452636e6f706560e01b60445260646000fd")
	// loggerInit deploys code that emits LOG1(topic 0x11…11, data = calldata).
	loggerInit = hexutil.MustDecode("0x602c600c600039602c6000f3" +
		"3660006000377f1111111111111111111111111111111111111111111111111111111111111111366000a100")
	loggerTopic = common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111111")
)

type env struct {
	node   *anvil.Node
	client *chain.Client
	signer *chain.Signer
	sender *chain.Sender
}

func newEnv(t *testing.T) *env {
	t.Helper()
	n := anviltest.New(t)
	c, err := chain.Dial(t.Context(), n.URL, n.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	s, err := chain.SignerFromMnemonic(anvil.DefaultMnemonic, 0)
	if err != nil {
		t.Fatal(err)
	}
	snd, err := chain.NewSender(c, s, chain.DefaultSenderConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return &env{node: n, client: c, signer: s, sender: snd}
}

func (e *env) deploy(t *testing.T, ctx context.Context, code []byte) common.Address {
	t.Helper()
	rcpt, err := e.sender.Send(ctx, chain.Call{Data: code, Label: "deploy"})
	if err != nil {
		t.Fatal(err)
	}
	return rcpt.ContractAddress
}

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
