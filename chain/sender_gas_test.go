package chain_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
)

// TestSenderGasLimit: an estimated call gets the headroom and GasExtra (a
// call estimated before an epoch's first seed store must still fit after
// it); a transaction that runs out of its explicit limit says so.
func TestSenderGasLimit(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	to := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	tx, err := e.sender.Submit(ctx, chain.Call{To: &to, Value: big.NewInt(1), Label: "transfer"})
	if err != nil {
		t.Fatal(err)
	}
	cfg := chain.DefaultSenderConfig()
	if want := uint64(21_000*cfg.GasHeadroom) + cfg.GasExtra; tx.Gas() != want || cfg.GasExtra < 22_100 {
		t.Fatalf("transfer gas limit %d, want %d (extra %d covers a seed store, 22,100)", tx.Gas(), want, cfg.GasExtra)
	}
	if _, err := e.sender.Wait(ctx, tx); err != nil {
		t.Fatal(err)
	}

	logger := e.deploy(t, ctx, loggerInit)
	_, err = e.sender.Send(ctx, chain.Call{To: &logger, GasLimit: 21_300, Label: "log"})
	if !errors.Is(err, chain.ErrReverted) || !strings.Contains(err.Error(), "out of gas: used all 21300") {
		t.Fatalf("a log with 300 gas to spare: %v, want an out-of-gas revert", err)
	}
}
