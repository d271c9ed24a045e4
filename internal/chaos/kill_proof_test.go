package chaos_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/chaos"
)

// TestKill9MidProof: once a put is stored and proven, provider 1 is killed
// with SIGKILL as soon as its next transaction reaches anvil (through its
// proxy, the answer dropped) if that is a proveSet mined after the kill:
// sent, not mined. (Another transaction, a settle or a withdrawal, is let
// through and the provider restarted and armed again, up to four times.)
// Restarted on its datadir, the provider holds its shard and proves the
// next epoch; its proof of the killed epoch was mined and paid once (one
// proveSet transaction for it on chain, one SetProven), and no set is
// proven twice for one epoch. In `make test` (~40 s).
func TestKill9MidProof(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet of cairn processes")
	}
	ctx := t.Context()
	h := chaos.Start(t, chaos.Options{Binary: cairnBin, Providers: 3, Proxied: []int{1}})
	in, data := h.RandomFile("hello.bin", 300_000)
	if _, err := h.Cairn(ctx, 5*time.Minute, "put", "--k", "2", "--m", "1", "--epochs", "60", in); err != nil {
		t.Fatalf("put: %v", err)
	}
	held := h.CheckAssigned(ctx)
	var set uint64
	for _, s := range held {
		if s.Provider == 1 {
			set = s.SetID
		}
	}
	if set == 0 {
		t.Fatal("provider 1 holds no slot")
	}
	h.CheckProven(ctx, held, 90*time.Second)

	var killed uint64 // the epoch of the proveSet in flight at the kill
	px := h.Proxy[1]
	for try := 0; killed == 0; try++ {
		if try == 4 {
			t.Fatalf("provider 1 sent no proveSet to kill it on in %d tries", try)
		}
		from, err := h.Client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		n := px.Forwarded("eth_sendRawTransaction")
		px.DropSendResponse(1)
		deadline := time.Now().Add(60 * time.Second)
		for px.Forwarded("eth_sendRawTransaction") <= n {
			if time.Now().After(deadline) {
				t.Fatalf("provider 1 sent no transaction in 60 s; log ends:\n%s", h.LogTail(1))
			}
			time.Sleep(time.Millisecond)
		}
		h.Kill9(1)
		at, err := h.Client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Second) // a few blocks: the transaction mines
		for _, c := range h.Calls(ctx, 1, "proveSet", from+1) {
			if c.Block > at && c.Args[0].(uint64) == set {
				killed = uint64(c.Args[1].(uint32))
			}
		}
		h.Restart(1)
		if killed == 0 {
			t.Logf("try %d: the transaction sent was not a proveSet mined after the kill; again", try)
		}
	}
	h.CheckProven(ctx, held, 90*time.Second)
	h.CheckAssigned(ctx)
	proofs := h.SetProofs(ctx)
	if n := proofs[set][killed]; n != 1 {
		t.Errorf("set %d epoch %d (killed mid-proof): %d SetProven, want 1", set, killed, n)
	}
	for s, byEpoch := range proofs {
		for e, n := range byEpoch {
			if n != 1 {
				t.Errorf("set %d epoch %d: %d SetProven, want 1", s, e, n)
			}
		}
	}
	sent := 0
	for _, c := range h.Calls(ctx, 1, "proveSet", 0) {
		if c.Args[0].(uint64) == set && uint64(c.Args[1].(uint32)) == killed {
			sent++
		}
	}
	if sent != 1 {
		t.Errorf("%d proveSet transactions for set %d epoch %d on chain, want 1 (paid once)", sent, set, killed)
	}
	h.CheckFunds(ctx, held)
	h.Get(ctx, "hello.bin", data)
	h.CheckAlive()
	if t.Failed() {
		t.Logf("provider 1 log ends:\n%s", h.LogTail(1))
	}
}

// slotArgs reports whether a reserveSlot/fillSlot call's (requestId,
// index) arguments name s.
func slotArgs(c chaos.Call, s chaos.Held) bool {
	id, ok := c.Args[0].([32]byte)
	idx, ok2 := c.Args[1].(*big.Int)
	return ok && ok2 && id == s.Request && idx.IsUint64() && idx.Uint64() == s.Index
}
