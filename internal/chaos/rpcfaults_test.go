package chaos_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/cairntest"
	"github.com/cairn-storage/cairn/internal/chaos"
	"github.com/cairn-storage/cairn/internal/rpcproxy"
)

// TestRPCFaults runs provider 1 of a 3-provider devnet (2+1 put: it must
// fill a slot) behind a fault proxy. before is switched on before the put;
// after, once the put is done (the provider then has to keep proving
// through it). Each ends with the slot held, proven again, nothing lapsed,
// the funds covered, the file byte-exact and no provider exited.
func TestRPCFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet of cairn processes")
	}
	cases := []struct {
		name   string
		short  bool
		epoch  uint64 // epoch blocks (0: the harness's 10)
		before func(p *rpcproxy.Proxy)
		after  func(t *testing.T, p *rpcproxy.Proxy)
		moved  string // a counter on provider 1's /metrics the fault must move ("": none)
	}{
		{"lag 5", true, 0, func(p *rpcproxy.Proxy) { p.Lag(5) }, nil, ""},
		{"public log limits (1,000 blocks, 10,000 results)", true, 0, func(p *rpcproxy.Proxy) { p.LogLimits(1000, 10000) }, nil, ""},
		{"429 every 10th", false, 0, func(p *rpcproxy.Proxy) { p.FailEvery(429, 10) }, nil, "cairn_rpc_read_retries_total"},
		{"lost send answers", false, 0, func(p *rpcproxy.Proxy) { p.DropSendResponse(3) }, nil, "cairn_sender_lost_responses_total"},
		// Blind to eth_getLogs for the whole fill window: provider 1's
		// ledger takes the request's log from its block's receipts (the
		// bloom names the marketplace), and the counter says so.
		{"getLogs answers []", false, 0, func(p *rpcproxy.Proxy) { p.LogsEmpty(true) }, func(_ *testing.T, p *rpcproxy.Proxy) {
			time.Sleep(10 * time.Second)
			p.LogsEmpty(false)
		}, "cairn_watcher_recovered_logs_total"},
		// 160-block (40 s) epochs: 30 s down costs at most one missed
		// epoch, under the devnet's 2-miss eviction threshold.
		{"down 30 s", false, 160, nil, func(t *testing.T, p *rpcproxy.Proxy) {
			if err := p.Down(30 * time.Second); err != nil {
				t.Fatal(err)
			}
			time.Sleep(31 * time.Second)
		}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.short {
				cairntest.Long(t, "CAIRN_CHAOS", "make chaos scenario")
			}
			ctx := t.Context()
			h := chaos.Start(t, chaos.Options{Binary: cairnBin, Providers: 3, EpochBlocks: tc.epoch, Proxied: []int{1}})
			p := h.Proxy[1]
			if tc.before != nil {
				tc.before(p)
			}
			in, data := h.RandomFile("hello.bin", 300_000)
			if _, err := h.Cairn(ctx, 5*time.Minute, "put", "--k", "2", "--m", "1", "--epochs", "60", in); err != nil {
				t.Fatalf("put: %v\nprovider 1 log ends:\n%s", err, h.LogTail(1))
			}
			if tc.after != nil {
				tc.after(t, p)
			}
			held := h.CheckAssigned(ctx)
			h.CheckProven(ctx, held, 90*time.Second)
			h.CheckFunds(ctx, held)
			h.Get(ctx, "hello.bin", data)
			h.CheckAlive()
			t.Logf("proxy: %d requests injected 429/503, %d log-range refusals, %d hidden by lag, %d dropped send answers",
				p.Injected(rpcproxy.FaultStatus), p.Injected(rpcproxy.FaultLogRange), p.Injected(rpcproxy.FaultLagHidden), p.Injected(rpcproxy.FaultDroppedSend))
			// The chain side's counters are on /metrics (none NaN:
			// Metrics checks) and the fault moved its own.
			m := h.Metrics(ctx, 1)
			if _, ok := m["cairn_sender_transactions_sent_total"]; !ok {
				t.Fatalf("provider 1 /metrics lacks the sender's counters: %v", m)
			}
			if tc.moved != "" && m[tc.moved] <= 0 {
				t.Fatalf("provider 1 /metrics: %s = %v after the fault, want > 0", tc.moved, m[tc.moved])
			}
			t.Logf("provider 1 /metrics: sent %v, sender retries %v, lost answers %v, transport read retries %v, watcher read retries %v",
				m["cairn_sender_transactions_sent_total"], m["cairn_sender_retries_total"], m["cairn_sender_lost_responses_total"],
				m["cairn_rpc_read_retries_total"], m["cairn_watcher_read_retries_total"])
		})
	}
}

// TestPublicLimits100Epochs: `cairn provider run` behind a proxy with
// public-RPC limits (1,000-block log ranges, 10,000 results, 429 every
// 20th request, 2 blocks behind) holds a slot for 100 epochs of 10 blocks
// (250 ms blocks: ~4 min) without exiting, and proves it to the end.
func TestPublicLimits100Epochs(t *testing.T) {
	cairntest.Long(t, "CAIRN_CHAOS", "make chaos scenario")
	ctx := t.Context()
	h := chaos.Start(t, chaos.Options{Binary: cairnBin, Providers: 3, Proxied: []int{1}})
	p := h.Proxy[1]
	p.LogLimits(1000, 10000)
	p.FailEvery(429, 20)
	p.Lag(2)
	in, data := h.RandomFile("hello.bin", 300_000)
	if _, err := h.Cairn(ctx, 5*time.Minute, "put", "--k", "2", "--m", "1", "--epochs", "150", in); err != nil {
		t.Fatalf("put: %v\nprovider 1 log ends:\n%s", err, h.LogTail(1))
	}
	start, err := h.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for {
		n, err := h.Client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n >= start+100*h.Info.EpochBlocks {
			break
		}
		if !h.Alive(1) {
			t.Fatalf("provider 1 exited at block %d (%d epochs in); log ends:\n%s", n, (n-start)/h.Info.EpochBlocks, h.LogTail(1))
		}
		time.Sleep(time.Second)
	}
	held := h.CheckAssigned(ctx)
	h.CheckProven(ctx, held, 90*time.Second)
	h.CheckFunds(ctx, held)
	h.Get(ctx, "hello.bin", data)
	h.CheckAlive()
}

// TestFiftyPuts: 50 puts in a row on one 7-provider devnet all fill.
func TestFiftyPuts(t *testing.T) {
	cairntest.Long(t, "CAIRN_CHAOS", "make chaos scenario")
	ctx := t.Context()
	h := chaos.Start(t, chaos.Options{Binary: cairnBin, Providers: 7})
	for i := range 50 {
		in, _ := h.RandomFile(fmt.Sprintf("f%02d.bin", i), 50_000)
		if _, err := h.Cairn(ctx, 5*time.Minute, "put", "--k", "4", "--m", "2", "--epochs", "200", in); err != nil {
			t.Fatalf("put %d of 50: %v", i+1, err)
		}
	}
	held := h.CheckAssigned(ctx)
	if len(held) != 50*6 {
		t.Errorf("%d slots filled, want %d", len(held), 50*6)
	}
	h.CheckFunds(ctx, held)
	h.CheckAlive()
}
