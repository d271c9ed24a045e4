package storage_test

import (
	"runtime"
	"testing"
)

// TestListCopiesNoTrees: List returns metadata only, so listing a store
// allocates per shard a small fixed amount, not its cached tree (at 1 TB of
// 64 MiB shards the old List copied every tree four times a second).
// Tree and Prove still read a shard's tree.
func TestListCopiesNoTrees(t *testing.T) {
	s := openStore(t, t.TempDir(), 1<<30)
	defer s.Close()
	const n, size = 4, 16 << 20 // 16 MiB shards: the cached tree top is ~16 KiB each
	shards := make([]testShard, n)
	for i := range shards {
		shards[i] = makeShard(t, uint64(i+1), size)
		put(t, s, shards[i])
	}
	tr, err := s.Tree(shards[0].slot)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := tr.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.List(); err != nil { // warm pebble's caches
		t.Fatal(err)
	}
	// The least of a few runs: other goroutines (pebble's) allocate too.
	per := ^uint64(0)
	for range 5 {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		list, err := s.List()
		if err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		if len(list) != n {
			t.Fatalf("listed %d shards, want %d", len(list), n)
		}
		per = min(per, (after.TotalAlloc-before.TotalAlloc)/n)
	}
	t.Logf("List: %d bytes allocated per shard; a cached tree is %d bytes", per, len(tb))
	if per >= uint64(len(tb)) { // the old List copied the whole tree: per > tree
		t.Fatalf("List allocated %d bytes per shard, want less than its %d-byte tree", per, len(tb))
	}
	if _, err := s.Prove(shards[3].slot, []uint64{0, 7, 100}); err != nil {
		t.Fatalf("prove after list: %v", err)
	}
}
