package chain_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
)

type collector struct{ logs []types.Log }

func (c *collector) handle(_ context.Context, logs []types.Log) error {
	c.logs = append(c.logs, logs...)
	return nil
}

func (c *collector) payloads() []string {
	var out []string
	for _, l := range c.logs {
		out = append(out, string(l.Data))
	}
	return out
}

func emit(t *testing.T, e *env, addr common.Address, payload string) {
	t.Helper()
	if _, err := e.sender.Send(t.Context(), chain.Call{To: &addr, Data: []byte(payload), Label: "emit"}); err != nil {
		t.Fatal(err)
	}
}

func TestWatcherConfirmationsAndResume(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	addr := e.deploy(t, ctx, loggerInit)
	start, _ := e.client.BlockNumber(ctx)
	for _, p := range []string{"a", "b", "c"} {
		emit(t, e, addr, p)
	}
	store := &chain.MemoryCursor{}
	var got collector
	cfg := chain.WatcherConfig{Addresses: []common.Address{addr}, Topics: [][]common.Hash{{loggerTopic}}, StartBlock: start, Confirmations: 2, PageSize: 1}
	w := chain.NewWatcher(e.client, cfg, store, got.handle, nil)
	if _, err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	// "c" has no confirmations yet, "b" one: only "a" is final.
	if p := got.payloads(); len(p) != 1 || p[0] != "a" {
		t.Fatalf("after first poll: %q", p)
	}
	if err := e.client.MineBlocks(ctx, 2); err != nil {
		t.Fatal(err)
	}
	// A new watcher over the same store resumes: no duplicates.
	w2 := chain.NewWatcher(e.client, cfg, store, got.handle, nil)
	if _, err := w2.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if p := got.payloads(); len(p) != 3 || p[1] != "b" || p[2] != "c" {
		t.Fatalf("after resume: %q", p)
	}
}

func TestWatcherDeepReorg(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	addr := e.deploy(t, ctx, loggerInit)
	start, _ := e.client.BlockNumber(ctx)
	emit(t, e, addr, "kept")
	var snap string
	if err := e.client.RPC().CallContext(ctx, &snap, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	emit(t, e, addr, "orphaned")
	store := &chain.MemoryCursor{}
	var got collector
	cfg := chain.WatcherConfig{Addresses: []common.Address{addr}, StartBlock: start, Confirmations: 0}
	w := chain.NewWatcher(e.client, cfg, store, got.handle, nil)
	if _, err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	// Replace the last block with a different one at the same height.
	var ok bool
	if err := e.client.RPC().CallContext(ctx, &ok, "evm_revert", snap); err != nil || !ok {
		t.Fatalf("evm_revert: %v", err)
	}
	// The reverted block took our last nonce with it: a fresh sender reads it anew.
	snd, err := chain.NewSender(e.client, e.signer, chain.DefaultSenderConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	e.sender = snd
	emit(t, e, addr, "replacement")
	if _, err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	p := got.payloads()
	if p[len(p)-1] != "replacement" {
		t.Fatalf("the reorged block was not re-read: %q", p)
	}
}
