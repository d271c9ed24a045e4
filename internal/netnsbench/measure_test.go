package main

import (
	"path/filepath"
	"testing"

	"github.com/cairn-storage/cairn/internal/benchenv"
	"github.com/cairn-storage/cairn/storage"
)

func TestShardFor(t *testing.T) {
	whole, err := storage.ShardSize(1<<30, 4)
	if err != nil {
		t.Fatal(err)
	}
	small, err := storage.ShardSize(64<<20, 4)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		size  int64
		rate  uint64
		shard int64
	}{
		// 50 Mbit/s: 12 pushes share 6.25 MB/s, 80 s each is 41.7 MB: 32 MiB shards.
		{1 << 30, 50e6, 32 << 20},
		// 1 Gbit/s: one request's shard (a quarter of 1 GiB plus the tags) fits.
		{1 << 30, 1e9, int64(whole)},
		// 64 MiB at 50 Mbit/s: its one request's shards fit in 41.7 MB.
		{64 << 20, 50e6, int64(small)},
	} {
		shard, err := shardFor(tc.size, 4, 2, tc.rate)
		if err != nil || shard != tc.shard {
			t.Errorf("shardFor(%d, 4, 2, %d) = %d, %v; want %d", tc.size, tc.rate, shard, err, tc.shard)
		}
	}
	if whole <= 256<<20 {
		t.Errorf("ShardSize(1 GiB, 4) = %d: no room for the tags?", whole)
	}
}

func TestKeptRuns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "netns.json")
	old := report{Machine: "2 CPUs; go; kernel x; 2026-12-01T23:56:54Z", Runs: []runResult{
		{Link: "rate=50mbit,delay=20ms", PutSeconds: 281},
		{Link: "rate=1gbit", PutSeconds: 27, At: "2026-12-01T23:58:00Z"},
	}}
	if err := benchenv.WriteJSON(path, old); err != nil {
		t.Fatal(err)
	}
	kept := keptRuns(path, []runResult{{Link: "rate=1gbit", PutSeconds: 20}})
	if len(kept) != 1 || kept[0].Link != "rate=50mbit,delay=20ms" || kept[0].At != "2026-12-01T23:56:54Z" {
		t.Fatalf("kept %+v, want the 50 Mbit/s run dated by its report", kept)
	}
	if got := keptRuns(filepath.Join(t.TempDir(), "absent.json"), nil); got != nil {
		t.Fatalf("kept %+v from no report", got)
	}
}
