package market

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// providerMetrics are the provider's Prometheus metrics.
type providerMetrics struct {
	reg             *prometheus.Registry
	proofsSubmitted prometheus.Counter
	proofsFailed    prometheus.Counter
	slotsFilled     prometheus.Counter
	slotsLost       prometheus.Counter
	repairs         prometheus.Counter
	settles         prometheus.Counter
	withdrawn       prometheus.Counter
	bytesReceived   prometheus.Counter
	bytesStored     prometheus.Gauge
	freeSpace       prometheus.Gauge
	collateral      prometheus.Gauge
	errors          *prometheus.CounterVec // cairn_errors_total{service}
	dropped         *prometheus.CounterVec // work dropped by a full queue, by service
	lastHead        atomic.Int64           // unix nanos of the last successful head read
}

func newProviderMetrics() *providerMetrics {
	m := &providerMetrics{reg: prometheus.NewRegistry()}
	c := func(name, help string) prometheus.Counter {
		x := prometheus.NewCounter(prometheus.CounterOpts{Namespace: "cairn", Subsystem: "provider", Name: name, Help: help})
		m.reg.MustRegister(x)
		return x
	}
	g := func(name, help string) prometheus.Gauge {
		x := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "cairn", Subsystem: "provider", Name: name, Help: help})
		m.reg.MustRegister(x)
		return x
	}
	m.proofsSubmitted = c("proofs_submitted_total", "Storage proofs accepted on chain.")
	m.proofsFailed = c("proofs_missed_total", "Storage proofs that could not be built or were rejected.")
	m.slotsFilled = c("slots_filled_total", "Slots filled, repairs included.")
	m.slotsLost = c("slots_lost_total", "Slots of ours freed by misses or exit.")
	m.repairs = c("repairs_total", "Freed slots repaired by this provider.")
	m.settles = c("settles_total", "Settle transactions that applied misses.")
	m.withdrawn = c("earnings_withdrawn_tokens_total", "Tokens withdrawn from the marketplace.")
	m.bytesReceived = c("shard_bytes_received_total", "Shard bytes received and verified.")
	m.bytesStored = g("bytes_stored", "Bytes of shards held.")
	m.freeSpace = g("free_bytes", "Free capacity, bytes.")
	m.collateral = g("collateral_at_risk_tokens", "Collateral locked in filled slots, tokens.")
	m.errors = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "cairn", Name: "errors_total",
		Help: "Errors of a service's loop (each also logged once)."}, []string{"service"})
	m.dropped = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "cairn", Subsystem: "provider", Name: "dropped_total",
		Help: "Candidates dropped because a service's bounded queue was full."}, []string{"service"})
	m.reg.MustRegister(m.errors, m.dropped)
	for _, s := range []string{"sales", "prover", "settler", "repairer", "janitor", "watcher"} {
		m.errors.WithLabelValues(s)
	}
	return m
}

// Registry is the Prometheus registry to serve.
func (m *providerMetrics) Registry() *prometheus.Registry { return m.reg }

// ServeMetrics serves /metrics and /health on addr (127.0.0.1 by default)
// until ctx ends. It returns the bound address through ready, if non-nil.
// /health answers 200 with {"status":"ok"} or 503 with {"status":
// "degraded","reasons":[…]} from health (nil: always ok).
func ServeMetrics(ctx context.Context, addr string, reg *prometheus.Registry, health func(context.Context) HealthReport, ready chan<- string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("metrics listen %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		rep := HealthReport{Status: "ok"}
		if health != nil {
			hctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
			rep = health(hctx)
			cancel()
		}
		w.Header().Set("Content-Type", "application/json")
		if rep.Status != "ok" {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		_ = json.NewEncoder(w).Encode(rep)
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	if ready != nil {
		ready <- l.Addr().String()
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(l) }()
	select {
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		<-errc
		return nil
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return err
	}
}
