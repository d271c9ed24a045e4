package chaos_test

import (
	"context"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/cairntest"
	"github.com/cairn-storage/cairn/internal/chaos"
)

// killPoint waits, in provider 1's log and proxy, for the moment to kill it.
type killPoint func(ctx context.Context, h *chaos.Harness)

// afterLog kills once the log has a line with every one of want.
func afterLog(want ...string) killPoint {
	return func(ctx context.Context, h *chaos.Harness) { h.WaitLog(ctx, 1, 0, 90*time.Second, want...) }
}

// fillSentNoReceipt: after the reservation, the next raw transaction (the
// fillSlot) is forwarded to anvil but its answer is dropped; the provider
// is killed as soon as anvil has it, before it can see a receipt.
func fillSentNoReceipt(ctx context.Context, h *chaos.Harness) {
	h.WaitLog(ctx, 1, 0, 90*time.Second, `msg="slot reserved"`)
	p := h.Proxy[1]
	n := p.Forwarded("eth_sendRawTransaction")
	p.DropSendResponse(1)
	deadline := time.Now().Add(90 * time.Second)
	for p.Forwarded("eth_sendRawTransaction") <= n {
		if time.Now().After(deadline) {
			h.T().Fatalf("provider 1 sent no transaction after its reservation; log ends:\n%s", h.LogTail(1))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// midPush: after the reservation, as soon as the client's push has
// written bytes into provider 1's partial shard file, before it is
// complete (the test fails if the push finished first).
func midPush(ctx context.Context, h *chaos.Harness) {
	h.WaitLog(ctx, 1, 0, 90*time.Second, `msg="slot reserved"`)
	deadline := time.Now().Add(90 * time.Second)
	for h.Partial(1) == 0 {
		if h.ShardFiles(1) > 0 {
			h.T().Fatalf("provider 1 stored its shard before the kill point; log ends:\n%s", h.LogTail(1))
		}
		if time.Now().After(deadline) {
			h.T().Fatalf("no push reached provider 1; log ends:\n%s", h.LogTail(1))
		}
		time.Sleep(time.Millisecond)
	}
}

// TestKill9Matrix kills provider 1 with SIGKILL at a named point of a put,
// restarts it on the same datadir, and checks that the put completes, every
// assigned shard is held and proven again, nothing lapsed, the funds are
// covered and the file reads back byte-exact.
func TestKill9Matrix(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet of cairn processes")
	}
	cases := []struct {
		name  string
		short bool // also in `make test`
		at    killPoint
		size  int // of the file put (default 300,000 bytes)
	}{
		// Failed on v2 before the provider resumed its reservations
		// (the restarted one refused the client's push); passes since
		// Sales.Resume (2026-12-02, 3 of 3 runs, ~12 s): back in make test.
		{"after reserve", true, afterLog(`msg="slot reserved"`), 0},
		// Killed while the client's push is being written into the
		// store (a non-empty partial file, a 16 MiB file so the push
		// lasts); the restarted provider drops the partial and takes the
		// client's retried push from byte 0. CAIRN_CHAOS only (the large
		// file makes it the slowest case).
		{"mid push", false, midPush, 16 << 20},
		// Failed on v1 (2026-12-01: the restarted provider never proved the
		// slot); passes on v2 (3 of 3 runs, 2026-12-02), so it takes the
		// after-reserve case's place in `make test`.
		{"fill sent before receipt", true, fillSentNoReceipt, 0},
		{"after fill", false, afterLog(`msg="slot filled"`), 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.short {
				cairntest.Long(t, "CAIRN_CHAOS", "make chaos scenario")
			}
			ctx := t.Context()
			h := chaos.Start(t, chaos.Options{Binary: cairnBin, Providers: 3, Proxied: []int{1}})
			if tc.size == 0 {
				tc.size = 300_000
			}
			in, data := h.RandomFile("hello.bin", tc.size)
			put := make(chan error, 1)
			go func() {
				_, err := h.Cairn(ctx, 5*time.Minute, "put", "--k", "2", "--m", "1", "--epochs", "60", in)
				put <- err
			}()
			tc.at(ctx, h)
			h.Kill9(1)
			if tc.name == "mid push" && h.ShardFiles(1) != 0 {
				t.Fatal("the push completed before the kill: not mid-push")
			}
			h.Restart(1)
			if err := <-put; err != nil {
				t.Fatalf("put with provider 1 killed %s: %v\nprovider 1 log ends:\n%s", tc.name, err, h.LogTail(1))
			}
			held := h.CheckAssigned(ctx)
			h.CheckProven(ctx, held, 90*time.Second)
			if t.Failed() {
				t.Logf("provider 1 log ends:\n%s", h.LogTail(1))
			}
			h.CheckFunds(ctx, held)
			h.Get(ctx, "hello.bin", data)
			h.CheckAlive()
		})
	}
}
