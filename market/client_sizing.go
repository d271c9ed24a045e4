package market

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/cairn-storage/cairn/storage"
)

// Segment sizing. A provider must have received its whole shard and filled
// the slot before its reservation expires (reservationTTL blocks after it
// reserved), so the client sizes shards for its uplink: every push of the
// SegmentParallel segments in flight shares the link, and each must end
// within pushShareOfTTL of the TTL (the rest is the provider's hashing, the
// fill transaction and the reservation's own wait to be seen). So
//
//	shard ≤ uplink × TTL × pushShareOfTTL / (SegmentParallel × (k+m))
//
// cut to the Marketplace's and the configured max shard size, and at least
// two stripe chunks. The uplink is ClientConfig.Uplink when set, else the
// push throughput the last put measured (uplink.json in the journal dir),
// else DefaultUplink.

// DefaultUplink is the uplink assumed when none is configured or measured
// yet: 50 Mbit/s.
const DefaultUplink = 50e6 / 8

// pushShareOfTTL is the part of the reservation TTL a push may take.
const pushShareOfTTL = 0.5

// shardSizeFor is the largest shard size (a multiple of 64, at least two
// stripe chunks) whose pushes, slots at a time per segment and parallel
// segments at once, end within pushShareOfTTL of ttl over an uplink of
// bytesPerSec, capped at maxShard (0: no cap). ttl or bytesPerSec ≤ 0
// gives maxShard.
func shardSizeFor(bytesPerSec float64, ttl time.Duration, slots, parallel int, maxShard uint64) uint64 {
	if bytesPerSec <= 0 || ttl <= 0 || slots < 1 || parallel < 1 {
		return maxShard
	}
	fit := bytesPerSec * ttl.Seconds() * pushShareOfTTL / float64(slots*parallel)
	s := uint64(2 * storage.StripeChunk)
	if fit > float64(s) {
		s = uint64(fit) &^ 63
	}
	if maxShard != 0 {
		s = min(s, maxShard)
	}
	return s
}

// reservationTTL is the wall-clock time of the deployment's reservation
// TTL (0: unknown, no sizing for it).
func (c *Client) reservationTTL() time.Duration {
	if c.terms.ReservationTTL == 0 || c.cfg.BlockTime <= 0 {
		return 0
	}
	return time.Duration(c.terms.ReservationTTL) * c.cfg.BlockTime
}

// uplink is the uplink a put sizes its shards for, in bytes per second,
// and where the figure came from.
func (c *Client) uplink() (float64, string) {
	if c.cfg.Uplink > 0 {
		return float64(c.cfg.Uplink), "configured"
	}
	if m, ok := c.readUplink(); ok {
		return m.BytesPerSec, "measured"
	}
	return DefaultUplink, "default"
}

// measuredUplink is what uplink.json holds.
type measuredUplink struct {
	BytesPerSec float64   `json:"bytes_per_sec"`
	Bytes       int64     `json:"bytes"`
	At          time.Time `json:"at"`
}

func (c *Client) uplinkPath() string {
	if c.cfg.JournalDir == "" {
		return ""
	}
	return filepath.Join(c.cfg.JournalDir, "uplink.json")
}

func (c *Client) readUplink() (measuredUplink, bool) {
	var m measuredUplink
	p := c.uplinkPath()
	if p == "" {
		return m, false
	}
	raw, err := os.ReadFile(p)
	if err != nil || json.Unmarshal(raw, &m) != nil || m.BytesPerSec <= 0 {
		return m, false
	}
	return m, true
}

// minUplinkSample is the fewest pushed bytes a measurement is kept for.
const minUplinkSample = 8 << 20

// recordUplink keeps the push throughput of a put: bytes pushed while
// pushes were running for d.
func (c *Client) recordUplink(bytes int64, d time.Duration) {
	p := c.uplinkPath()
	if p == "" || bytes < minUplinkSample || d <= 0 {
		return
	}
	m := measuredUplink{BytesPerSec: float64(bytes) / d.Seconds(), Bytes: bytes, At: time.Now().UTC()}
	raw, err := json.Marshal(m)
	if err == nil {
		err = os.WriteFile(p+".tmp", raw, 0o600)
	}
	if err == nil {
		err = os.Rename(p+".tmp", p)
	}
	if err != nil {
		c.log.Warn("uplink measurement not kept", "err", err)
	}
}

// pushMeter measures the client's push throughput: bytes pushed over the
// time at least one push was running.
type pushMeter struct {
	mu     sync.Mutex
	active int
	since  time.Time
	busy   time.Duration
	bytes  int64
}

func (m *pushMeter) start() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.active == 0 {
		m.since = time.Now()
	}
	m.active++
}

// stop ends a push that sent n bytes.
func (m *pushMeter) stop(n int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.bytes += n
	m.active--
	if m.active == 0 {
		m.busy += time.Since(m.since)
	}
}

// take returns and resets the measurement (while no push runs).
func (m *pushMeter) take() (int64, time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b, d := m.bytes, m.busy
	m.bytes, m.busy = 0, 0
	return b, d
}
