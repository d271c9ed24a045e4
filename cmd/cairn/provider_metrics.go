package main

import (
	"strconv"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/cairn-storage/cairn/market"
)

// providerGauges are the v2 provider's Prometheus metrics, set from its
// Status once per epoch: per proof set its chain record and store, and
// the services' counters; plus the chain side's counters (sender, RPC
// transport, watcher: market.NewChainCollector), read at each scrape.
type providerGauges struct {
	reg                                        *prometheus.Registry
	setProven, setMissed, setLive, setActive   *prometheus.GaugeVec
	storeBytes, storeCapacity, localProven     *prometheus.GaugeVec
	localMissed                                *prometheus.GaugeVec
	filled, reserved, repaired, settled, scrub prometheus.Gauge
	scrubBad                                   prometheus.Gauge
}

func newProviderGauges(chainStats func() market.ChainStats) *providerGauges {
	g := &providerGauges{reg: prometheus.NewRegistry()}
	g.reg.MustRegister(market.NewChainCollector(chainStats))
	vec := func(name, help string) *prometheus.GaugeVec {
		v := prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "cairn", Subsystem: "provider", Name: name, Help: help}, []string{"set"})
		g.reg.MustRegister(v)
		return v
	}
	one := func(name, help string) prometheus.Gauge {
		v := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "cairn", Subsystem: "provider", Name: name, Help: help})
		g.reg.MustRegister(v)
		return v
	}
	g.setProven = vec("set_proven_epochs", "Epochs the proof set has proven, as recorded on chain.")
	g.setMissed = vec("set_missed_epochs", "Epochs the proof set has missed, as recorded on chain.")
	g.setLive = vec("set_live_members", "Members (slots) in the proof set's newest view.")
	g.setActive = vec("set_active", "1 while the proof set is active (0: failed or retired).")
	g.storeBytes = vec("store_bytes", "Bytes of shards the set's volume holds.")
	g.storeCapacity = vec("store_capacity_bytes", "Capacity of the set's volume.")
	g.localProven = vec("proofs_sent_total", "Epochs this process proved for the set.")
	g.localMissed = vec("proofs_missed_total", "Epochs this process could not prove for the set.")
	g.filled = one("slots_filled_total", "Slots filled by sales (Initial, Late, Renewal).")
	g.reserved = one("slots_reserved_total", "Slots reserved by sales.")
	g.repaired = one("repairs_total", "Repair slots filled by the repairer.")
	g.settled = one("sets_settled_total", "settleSet calls on other providers' sets.")
	g.scrub = one("scrubbed_bytes_total", "Shard bytes the scrubber verified good.")
	g.scrubBad = one("scrub_bad_shards_total", "Shards the scrubber found missing or corrupt.")
	return g
}

func (g *providerGauges) set(st market.ProviderV2Status) {
	for _, s := range st.Sets {
		id := strconv.FormatUint(s.SetID, 10)
		g.setProven.WithLabelValues(id).Set(float64(s.CumProven))
		g.setMissed.WithLabelValues(id).Set(float64(s.CumMissed))
		g.setLive.WithLabelValues(id).Set(float64(s.Members))
		active := 0.0
		if s.StateName == "active" {
			active = 1
		}
		g.setActive.WithLabelValues(id).Set(active)
		g.storeBytes.WithLabelValues(id).Set(float64(s.Bytes))
		g.storeCapacity.WithLabelValues(id).Set(float64(s.Capacity))
		g.localProven.WithLabelValues(id).Set(float64(s.Local.Proven))
		g.localMissed.WithLabelValues(id).Set(float64(s.Local.Missed))
	}
	g.filled.Set(float64(st.Sales.Filled))
	g.reserved.Set(float64(st.Sales.Reserved))
	if st.Repairs != nil {
		g.repaired.Set(float64(st.Repairs.Filled))
	}
	if st.Settler != nil {
		g.settled.Set(float64(st.Settler.SetsSettled))
	}
	g.scrub.Set(float64(st.Scrub.Bytes))
	g.scrubBad.Set(float64(st.Scrub.Lost + st.Scrub.Corrupt))
}
