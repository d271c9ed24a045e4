package market

import (
	"testing"
	"time"

	"github.com/cairn-storage/cairn/storage"
)

func TestShardSizeFor(t *testing.T) {
	const MiB = 1 << 20
	mbit := func(n float64) float64 { return n * 1e6 / 8 }
	for _, tc := range []struct {
		name     string
		uplink   float64
		ttl      time.Duration
		slots    int
		parallel int
		max      uint64
		want     uint64
	}{
		// 50 Mbit/s, 60 blocks of 12 s: 6.25e6 × 720 × 0.5 / 12 = 187.5 MB.
		{"50 Mbit/s, 12-s blocks", mbit(50), 720 * time.Second, 6, 2, 4 << 30, 187_500_000 &^ 63},
		// The same link on a 1-s devnet: 15.6 MB, so a 1 GiB put is ~17 segments.
		{"50 Mbit/s, 1-s blocks", mbit(50), 60 * time.Second, 6, 2, 4 << 30, 15_625_000 &^ 63},
		{"one segment at a time doubles it", mbit(50), 60 * time.Second, 6, 1, 4 << 30, 31_250_000 &^ 63},
		{"a fast link is capped by the max shard size", mbit(10_000), 720 * time.Second, 6, 2, 256 * MiB, 256 * MiB},
		{"a very slow link still gets two stripe chunks", 1e3, 60 * time.Second, 6, 2, 4 << 30, 2 * storage.StripeChunk},
		{"no cap", mbit(1000), 60 * time.Second, 3, 1, 0, 1_250_000_000},
		{"unknown TTL: the max", mbit(50), 0, 6, 2, 4 << 30, 4 << 30},
		{"unknown uplink: the max", 0, time.Minute, 6, 2, 4 << 30, 4 << 30},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := shardSizeFor(tc.uplink, tc.ttl, tc.slots, tc.parallel, tc.max)
			if got != tc.want || got%64 != 0 && got != tc.max {
				t.Fatalf("shardSizeFor = %d, want %d", got, tc.want)
			}
			if tc.ttl > 0 && tc.uplink > 0 && got > 2*storage.StripeChunk {
				// The pushes in flight end within half the TTL.
				if d := time.Duration(float64(got) * float64(tc.slots*tc.parallel) / tc.uplink * float64(time.Second)); d > tc.ttl/2 {
					t.Fatalf("pushes of %d-byte shards take %s, more than half the %s TTL", got, d, tc.ttl)
				}
			}
		})
	}
}
