package market_test

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/cairn-storage/cairn/market"
)

func TestServeMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	c := prometheus.NewCounter(prometheus.CounterOpts{Name: "cairn_provider_proofs_submitted_total", Help: "h"})
	reg.MustRegister(c)
	c.Add(3)
	ctx, cancel := context.WithCancel(t.Context())
	ready := make(chan string, 1)
	errc := make(chan error, 1)
	var degraded atomic.Bool
	health := func(context.Context) market.HealthReport {
		if degraded.Load() {
			return market.HealthReport{Status: "degraded", Reasons: []string{"rpc unreachable: test"}}
		}
		return market.HealthReport{Status: "ok"}
	}
	go func() { errc <- market.ServeMetrics(ctx, "127.0.0.1:0", reg, health, ready) }()
	addr := <-ready
	if !strings.HasPrefix(addr, "127.0.0.1:") {
		t.Fatalf("metrics bound to %s, want loopback", addr)
	}
	fetch := func(path string, want int) string {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != want {
			t.Fatalf("%s: %s, want %d", path, resp.Status, want)
		}
		return string(b)
	}
	get := func(path string) string { return fetch(path, http.StatusOK) }
	if h := get("/health"); !strings.Contains(h, `"ok"`) {
		t.Fatalf("/health = %q", h)
	}
	degraded.Store(true)
	var rep market.HealthReport
	if err := json.Unmarshal([]byte(fetch("/health", http.StatusServiceUnavailable)), &rep); err != nil || rep.Status != "degraded" || len(rep.Reasons) != 1 {
		t.Fatalf("degraded /health = %+v (%v), want status degraded with one reason", rep, err)
	}
	if m := get("/metrics"); !strings.Contains(m, "cairn_provider_proofs_submitted_total 3") {
		t.Fatalf("/metrics lacks the counter:\n%s", m)
	}
	cancel()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	http.DefaultClient.CloseIdleConnections()
	if c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond); err == nil {
		c.Close()
		t.Fatal("metrics still listening after cancel")
	}
}
