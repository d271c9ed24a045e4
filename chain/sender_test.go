package chain_test

import (
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
)

func TestSenderConcurrent(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	to := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	before, err := e.client.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	const workers, each = 8, 5
	var wg sync.WaitGroup
	nonces := make(chan uint64, workers*each)
	errs := make(chan error, workers*each)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				tx, err := e.sender.Submit(ctx, chain.Call{To: &to, Value: big.NewInt(1000), Label: "transfer"})
				if err != nil {
					errs <- err
					return
				}
				nonces <- tx.Nonce()
				if _, err := e.sender.Wait(ctx, tx); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	close(nonces)
	for err := range errs {
		t.Fatal(err)
	}
	seen := map[uint64]bool{}
	for n := range nonces {
		if seen[n] {
			t.Fatalf("nonce %d used twice", n)
		}
		seen[n] = true
	}
	after, err := e.client.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.Int64() != workers*each*1000 {
		t.Fatalf("recipient gained %s wei, want %d", got, workers*each*1000)
	}
}

func TestSenderRevertDecoded(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	addr := e.deploy(t, ctx, reverterInit)
	cases := []struct {
		name string
		gas  uint64 // 0 = estimate (revert found at estimation); else mined and replayed
	}{{"at estimation", 0}, {"in receipt", 100000}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := e.sender.Send(ctx, chain.Call{To: &addr, GasLimit: c.gas, Label: "poke"})
			if !errors.Is(err, chain.ErrReverted) {
				t.Fatalf("got %v, want a revert", err)
			}
			re, ok := chain.AsRevert(err)
			if !ok || re.Reason != "nope" {
				t.Fatalf("revert reason = %+v", re)
			}
			if !strings.Contains(err.Error(), "poke") || !strings.Contains(err.Error(), "nope") {
				t.Fatalf("message %q lacks label or reason", err)
			}
		})
	}
	// The sender still works after a failed transaction.
	to := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	if _, err := e.sender.Send(ctx, chain.Call{To: &to, Value: big.NewInt(1)}); err != nil {
		t.Fatal(err)
	}
}

func TestSenderDecodesCustomError(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	addr := e.deploy(t, ctx, reverterInit)
	type Nope struct{ Code *big.Int }
	// A decoder that claims every revert: custom decoders run only when the
	// data is not a standard Error(string), so this one must not be used.
	dec := func([]byte) (any, error) { return &Nope{Code: big.NewInt(7)}, nil }
	snd, err := chain.NewSender(e.client, e.signer, chain.DefaultSenderConfig(), nil, dec)
	if err != nil {
		t.Fatal(err)
	}
	_, err = snd.Send(ctx, chain.Call{To: &addr, Label: "poke"})
	re, ok := chain.AsRevert(err)
	if !ok || re.Reason != "nope" || re.Decoded != nil {
		t.Fatalf("got %+v", re)
	}
}

func TestSenderResyncsNonce(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	other, err := chain.NewSender(e.client, e.signer, chain.DefaultSenderConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	if _, err := e.sender.Send(ctx, chain.Call{To: &to, Value: big.NewInt(1)}); err != nil {
		t.Fatal(err)
	}
	// Another process uses the same account behind our back.
	for i := 0; i < 2; i++ {
		if _, err := other.Send(ctx, chain.Call{To: &to, Value: big.NewInt(1)}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.sender.Send(ctx, chain.Call{To: &to, Value: big.NewInt(1)}); err != nil {
		t.Fatalf("sender did not recover its nonce: %v", err)
	}
}

func TestSenderRPCDown(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	if err := e.node.Stop(); err != nil {
		t.Fatal(err)
	}
	cfg := chain.DefaultSenderConfig()
	cfg.Retries = 1
	snd, err := chain.NewSender(e.client, e.signer, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	if _, err := snd.Send(ctx, chain.Call{To: &to, Value: big.NewInt(1), Label: "transfer"}); err == nil {
		t.Fatal("send succeeded with the RPC down")
	}
}

func TestEthHelper(t *testing.T) {
	if eth(2).String() != "2000000000000000000" {
		t.Fatal(eth(2))
	}
}

func TestSenderWaitsForConfirmations(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	cfg := chain.DefaultSenderConfig()
	cfg.Confirmations = 3
	snd, err := chain.NewSender(e.client, e.signer, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	tx, err := snd.Submit(ctx, chain.Call{To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := snd.Wait(ctx, tx)
		done <- err
	}()
	// Automine put the transaction in a block; nothing sits on top yet.
	select {
	case err := <-done:
		t.Fatalf("Wait returned before any confirmation: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	if err := e.client.MineBlocks(ctx, 2); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		t.Fatalf("Wait returned after 2 of 3 confirmations: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	if err := e.client.MineBlocks(ctx, 1); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Wait did not return after 3 confirmations")
	}
}
