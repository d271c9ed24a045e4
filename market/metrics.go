package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
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
	return m
}

// Registry is the Prometheus registry to serve.
func (m *providerMetrics) Registry() *prometheus.Registry { return m.reg }

func (p *Provider) updateSpaceMetrics() {
	p.met.bytesStored.Set(float64(p.store.Used()))
	p.met.freeSpace.Set(float64(p.store.Free()))
	f, _ := new(big.Float).SetInt(p.collateralAtRisk()).Float64()
	p.met.collateral.Set(f / 1e18)
}

// ServeMetrics serves /metrics and /health on addr (127.0.0.1 by default)
// until ctx ends. It returns the bound address through ready, if non-nil.
func ServeMetrics(ctx context.Context, addr string, reg *prometheus.Registry, ready chan<- string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("metrics listen %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/health", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"status":"ok"}`))
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
