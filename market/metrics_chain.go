package market

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/cairn-storage/cairn/chain"
)

// ChainStats is what a node's chain side did to get through a hostile
// RPC: its sender's counters and in-flight calls, the client transport's
// rate-limit retries of reads and the ledger watcher's read retries.
type ChainStats struct {
	Sender chain.SenderStats
	// Pending is the sender's signed calls awaiting their receipt; Stuck
	// those of them held at the fee cap (chain.Sender.Stuck).
	Pending, Stuck int
	// ReadRetries counts reads the client's HTTP transport retried after
	// a 429 (or 503 with Retry-After); WatcherRetries reads the ledger's
	// watcher retried after a transient failure.
	ReadRetries, WatcherRetries int64
	// RecoveredLogs counts watched logs the RPC's eth_getLogs answers
	// left out that the watcher took from their blocks (chain.Watcher.RecoveredLogs).
	RecoveredLogs uint64
}

// ChainStats reads the provider's chain counters now.
func (p *Provider) ChainStats() ChainStats {
	s := p.m.Sender()
	st := ChainStats{Sender: s.Stats(), Pending: s.Pending(), Stuck: s.Stuck(), ReadRetries: p.m.Client().ReadRetries()}
	if p.ledger != nil {
		st.WatcherRetries, st.RecoveredLogs = p.ledger.ReadRetries(), p.ledger.RecoveredLogs()
	}
	return st
}

// chainMetric is one exported number of ChainStats.
type chainMetric struct {
	desc  *prometheus.Desc
	kind  prometheus.ValueType
	value func(ChainStats) float64
}

// chainCollector exports ChainStats read at scrape time: the counters
// live in the sender, client and watcher, never copied.
type chainCollector struct {
	stats   func() ChainStats
	metrics []chainMetric
}

// NewChainCollector returns a Prometheus collector of the cairn_sender_*,
// cairn_rpc_* and cairn_watcher_* metrics (docs/cli.md), calling stats at
// every scrape.
func NewChainCollector(stats func() ChainStats) prometheus.Collector {
	counter := func(sub, name, help string, v func(ChainStats) float64) chainMetric {
		return chainMetric{prometheus.NewDesc(prometheus.BuildFQName("cairn", sub, name), help, nil, nil), prometheus.CounterValue, v}
	}
	gauge := func(sub, name, help string, v func(ChainStats) float64) chainMetric {
		return chainMetric{prometheus.NewDesc(prometheus.BuildFQName("cairn", sub, name), help, nil, nil), prometheus.GaugeValue, v}
	}
	return &chainCollector{stats: stats, metrics: []chainMetric{
		counter("sender", "transactions_sent_total", "Logical transactions the sender broadcast (first versions).",
			func(s ChainStats) float64 { return float64(s.Sender.Sent) }),
		counter("sender", "retries_total", "Transient RPC failures (429, 5xx, refused, reset) the sender retried.",
			func(s ChainStats) float64 { return float64(s.Sender.Retries) }),
		counter("sender", "lost_responses_total", "Sends whose answer was lost while the transaction was found by hash.",
			func(s ChainStats) float64 { return float64(s.Sender.LostResponses) }),
		counter("sender", "rebroadcasts_total", "Signed transactions sent again because the node lacked them.",
			func(s ChainStats) float64 { return float64(s.Sender.Rebroadcasts) }),
		counter("sender", "replacements_total", "Transactions re-signed on the same nonce with higher fees.",
			func(s ChainStats) float64 { return float64(s.Sender.Replacements) }),
		counter("sender", "nonce_resyncs_total", "Nonces taken from the node because another sender used the account.",
			func(s ChainStats) float64 { return float64(s.Sender.NonceResyncs) }),
		counter("sender", "fee_caps_reached_total", "Sends or replacements refused by the operator's max fee per gas.",
			func(s ChainStats) float64 { return float64(s.Sender.FeeCapsReached) }),
		counter("sender", "nonces_reclaimed_total", "Nonces signed again after a reorg dropped their returned transactions.",
			func(s ChainStats) float64 { return float64(s.Sender.Reclaimed) }),
		counter("sender", "nonce_gaps_filled_total", "Nonces below a stuck transaction, neither mined nor signed by this process, filled with a zero-value transfer.",
			func(s ChainStats) float64 { return float64(s.Sender.GapsFilled) }),
		gauge("sender", "pending_transactions", "Signed calls awaiting their receipt.",
			func(s ChainStats) float64 { return float64(s.Pending) }),
		gauge("sender", "stuck_transactions", "Pending calls held at the fee cap (their replacement was refused by max fee per gas).",
			func(s ChainStats) float64 { return float64(s.Stuck) }),
		counter("rpc", "read_retries_total", "Reads the RPC client's transport retried after a 429 or a 503 with Retry-After.",
			func(s ChainStats) float64 { return float64(s.ReadRetries) }),
		counter("watcher", "read_retries_total", "Reads of the ledger's chain watcher retried after a transient failure.",
			func(s ChainStats) float64 { return float64(s.WatcherRetries) }),
		counter("watcher", "recovered_logs_total", "Watched logs an eth_getLogs answer left out that the watcher took from their blocks' receipts (found by the blocks' blooms).",
			func(s ChainStats) float64 { return float64(s.RecoveredLogs) }),
	}}
}

func (c *chainCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, m := range c.metrics {
		ch <- m.desc
	}
}

func (c *chainCollector) Collect(ch chan<- prometheus.Metric) {
	st := c.stats()
	for _, m := range c.metrics {
		ch <- prometheus.MustNewConstMetric(m.desc, m.kind, m.value(st))
	}
}
