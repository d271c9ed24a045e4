package market_test

import (
	"bufio"
	"context"
	"math"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/rpcproxy"
	"github.com/cairn-storage/cairn/market"
)

// chainMetricNames are every metric of market.NewChainCollector.
var chainMetricNames = []string{
	"cairn_sender_transactions_sent_total", "cairn_sender_retries_total", "cairn_sender_lost_responses_total",
	"cairn_sender_rebroadcasts_total", "cairn_sender_replacements_total", "cairn_sender_nonce_resyncs_total",
	"cairn_sender_fee_caps_reached_total", "cairn_sender_nonces_reclaimed_total", "cairn_sender_nonce_gaps_filled_total",
	"cairn_sender_pending_transactions", "cairn_sender_stuck_transactions",
	"cairn_rpc_read_retries_total", "cairn_watcher_read_retries_total", "cairn_watcher_recovered_logs_total",
}

// TestChainCollector: every ChainStats field is exported under its own
// name and type, read at each scrape (a change between scrapes shows).
func TestChainCollector(t *testing.T) {
	st := market.ChainStats{
		Sender: chain.SenderStats{Sent: 1, Retries: 2, LostResponses: 3, Rebroadcasts: 4, Replacements: 5,
			NonceResyncs: 6, FeeCapsReached: 7, Reclaimed: 8, GapsFilled: 9},
		Pending: 10, Stuck: 11, ReadRetries: 12, WatcherRetries: 13, RecoveredLogs: 14,
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(market.NewChainCollector(func() market.ChainStats { return st }))
	gather := func() map[string]float64 {
		t.Helper()
		mfs, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]float64{}
		for _, mf := range mfs {
			m := mf.GetMetric()[0]
			v := m.GetCounter().GetValue()
			if strings.HasSuffix(mf.GetName(), "_total") != (mf.GetType().String() == "COUNTER") {
				t.Errorf("%s is a %s", mf.GetName(), mf.GetType())
			}
			if mf.GetType().String() == "GAUGE" {
				v = m.GetGauge().GetValue()
			}
			got[mf.GetName()] = v
		}
		return got
	}
	got := gather()
	if len(got) != len(chainMetricNames) {
		t.Fatalf("%d metrics, want %d: %v", len(got), len(chainMetricNames), got)
	}
	for i, name := range chainMetricNames {
		if got[name] != float64(i+1) {
			t.Errorf("%s = %v, want %d", name, got[name], i+1)
		}
	}
	st.Sender.LostResponses, st.Stuck = 30, 0
	if got := gather(); got["cairn_sender_lost_responses_total"] != 30 || got["cairn_sender_stuck_transactions"] != 0 {
		t.Fatalf("second scrape: lost %v, stuck %v; want 30, 0", got["cairn_sender_lost_responses_total"], got["cairn_sender_stuck_transactions"])
	}
}

// TestProviderChainMetrics: a provider behind a proxy that loses its
// first send's answer, refuses every 4th request with 429 and answers its
// watcher's first two eth_getLogs 502 exports, on /metrics, the sender's,
// the transport's and the watcher's counters moved; none is NaN.
func TestProviderChainMetrics(t *testing.T) {
	w := newV2World(t)
	px, err := rpcproxy.New(w.url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(px.Close)
	px.DropSendResponse(1)
	px.FailEvery(429, 4)
	px.FailMethod("eth_getLogs", 502, 2)
	vp := w.addProviderAt(2, v2Config(), px.URL()) // registers and creates its set through the proxy
	w.stepRounds(3, vp)
	if px.Injected(rpcproxy.FaultDroppedSend) == 0 || px.Injected(rpcproxy.FaultStatus) == 0 {
		t.Fatalf("proxy injected %d dropped sends, %d statuses: the test proves nothing",
			px.Injected(rpcproxy.FaultDroppedSend), px.Injected(rpcproxy.FaultStatus))
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(market.NewChainCollector(vp.p.ChainStats))
	got := scrapeMetrics(t, reg)
	for _, name := range chainMetricNames {
		v, ok := got[name]
		if !ok || math.IsNaN(v) {
			t.Errorf("%s = %v (present %v)", name, v, ok)
		}
	}
	for _, name := range []string{"cairn_sender_transactions_sent_total", "cairn_sender_lost_responses_total",
		"cairn_rpc_read_retries_total", "cairn_watcher_read_retries_total"} {
		if got[name] <= 0 {
			t.Errorf("%s = %v after the faults, want > 0", name, got[name])
		}
	}
	t.Logf("sent %v, sender retries %v, lost answers %v, transport read retries %v, watcher read retries %v",
		got["cairn_sender_transactions_sent_total"], got["cairn_sender_retries_total"], got["cairn_sender_lost_responses_total"],
		got["cairn_rpc_read_retries_total"], got["cairn_watcher_read_retries_total"])
	if got["cairn_sender_stuck_transactions"] != 0 {
		t.Errorf("stuck transactions %v with no fee cap", got["cairn_sender_stuck_transactions"])
	}
}

// scrapeMetrics serves reg with market.ServeMetrics, GETs /metrics once
// and parses its text exposition (name → value of unlabelled samples).
func scrapeMetrics(t *testing.T, reg *prometheus.Registry) map[string]float64 {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	ready, errc := make(chan string, 1), make(chan error, 1)
	go func() { errc <- market.ServeMetrics(ctx, "127.0.0.1:0", reg, nil, ready) }()
	defer func() {
		cancel()
		if err := <-errc; err != nil {
			t.Error(err)
		}
		http.DefaultClient.CloseIdleConnections()
	}()
	resp, err := http.Get("http://" + <-ready + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, val, ok := strings.Cut(line, " ")
		if !ok {
			t.Fatalf("bad sample line %q", line)
		}
		v, err := strconv.ParseFloat(val, 64)
		if err != nil {
			t.Fatalf("sample %q: %v", line, err)
		}
		got[name] = v
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return got
}
