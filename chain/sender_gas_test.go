package chain_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
)

// TestSenderGasLimit: an estimated call gets the headroom, GasExtra and a
// fresh slot's gas (a call estimated before an epoch's first seed store
// must still fit after it); a transaction that runs out of its explicit
// limit says so.
func TestSenderGasLimit(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	to := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	tx, err := e.sender.Submit(ctx, chain.Call{To: &to, Value: big.NewInt(1), Label: "transfer"})
	if err != nil {
		t.Fatal(err)
	}
	slot, err := e.sender.FreshSlotGas(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cfg := chain.DefaultSenderConfig()
	if want := uint64(21_000*cfg.GasHeadroom) + cfg.GasExtra + slot; tx.Gas() != want || slot < 22_100 {
		t.Fatalf("transfer gas limit %d, want %d (a fresh slot %d ≥ 22,100 covers a seed store)", tx.Gas(), want, slot)
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

// TestSenderFreshSlotGas: the measured cost of a slot written from zero
// is what real receipts charge for it: two deployments sent with the same
// explicit limit, one writing a slot, differ by that much (the estimate
// may hold up to EIP-2200's 2,300-gas sentry more). On anvil it is
// 22,100; on geth --dev (EIP-8037 state gas) about 110,000.
func TestSenderFreshSlotGas(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	slot, err := e.sender.FreshSlotGas(ctx)
	if err != nil {
		t.Fatal(err)
	}
	used := func(code []byte) uint64 {
		rcpt, err := e.sender.Send(ctx, chain.Call{Data: code, GasLimit: 2_000_000, Label: "deploy"})
		if err != nil {
			t.Fatal(err)
		}
		return rcpt.GasUsed
	}
	stores := used([]byte{0x60, 0x01, 0x60, 0x00, 0x55, 0x00, 0x5b}) // PUSH1 1 PUSH1 0 SSTORE STOP JUMPDEST
	none := used([]byte{0x60, 0x01, 0x60, 0x00, 0x50, 0x50, 0x00})   // PUSH1 1 PUSH1 0 POP POP STOP
	diff := stores - none
	if slot < 22_100 || slot+4 < diff || slot > max(diff, 22_100)+2_400 {
		t.Fatalf("measured a fresh slot at %d gas; receipts charge %d for it (%d − %d)", slot, diff, stores, none)
	}
	again, err := e.sender.FreshSlotGas(ctx)
	if err != nil || again != slot {
		t.Fatalf("second measurement %d, %v; want the first, %d", again, err, slot)
	}
	t.Logf("a fresh slot: %d gas measured, %d in receipts", slot, diff)
}
