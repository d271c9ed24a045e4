package main

import "testing"

func TestShardFor(t *testing.T) {
	for _, tc := range []struct {
		size          int64
		rate          uint64
		shard, shards int64
	}{
		// 50 Mbit/s: 12 pushes share 6.25 MB/s, 80 s each is 41.7 MB: 32 MiB shards, 8 segments.
		{1 << 30, 50e6, 32 << 20, 8},
		// 1 Gbit/s: one request of 256 MiB shards fits.
		{1 << 30, 1e9, 256 << 20, 1},
		{64 << 20, 50e6, 16 << 20, 1},
	} {
		shard, n := shardFor(tc.size, 4, 2, tc.rate)
		if shard != tc.shard || n != tc.shards {
			t.Errorf("shardFor(%d, 4, 2, %d) = %d, %d; want %d, %d", tc.size, tc.rate, shard, n, tc.shard, tc.shards)
		}
	}
}
