package storage_test

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io"
	"os"
	"testing"

	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
)

type testShard struct {
	slot storage.SlotID
	meta storage.ShardMeta
	data []byte
}

func makeShard(t testing.TB, seed uint64, size int) testShard {
	t.Helper()
	data := randBytes(seed, size)
	root, err := proofs.Root(bytes.NewReader(data), uint64(size))
	if err != nil {
		t.Fatal(err)
	}
	slot := storage.SlotID(sha256.Sum256([]byte{byte(seed), byte(seed >> 8), byte(seed >> 16)}))
	return testShard{slot: slot, meta: storage.ShardMeta{RequestID: [32]byte{byte(seed)}, SlotIndex: seed % 6, Root: root, Size: uint64(size)}, data: data}
}

func openStore(t testing.TB, dir string, capacity uint64) *storage.Store {
	t.Helper()
	s, err := storage.OpenStore(storage.StoreConfig{Dir: dir, Capacity: capacity}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func put(t testing.TB, s *storage.Store, sh testShard) {
	t.Helper()
	w, err := s.Begin(sh.slot, sh.meta)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(sh.data[w.Offset():]); err != nil {
		t.Fatal(err)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
}

func TestStoreLifecycle(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir, 1<<20)
	a, b := makeShard(t, 1, 256<<10), makeShard(t, 2, 64)
	put(t, s, a)
	put(t, s, b)
	if got := s.Used(); got != a.meta.Size+b.meta.Size {
		t.Fatalf("used %d", got)
	}
	if err := s.SetState(a.slot, storage.StateProving); err != nil {
		t.Fatal(err)
	}
	// Prove from the cached tree and verify.
	idx := []uint64{0, 5, 4095, 77}
	proof, err := s.Prove(a.slot, idx)
	if err != nil {
		t.Fatal(err)
	}
	if err := proofs.Verify(a.meta.Root, a.meta.Size, idx, proof); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s.Close()

	s = openStore(t, dir, 1<<20)
	defer s.Close()
	list, err := s.List()
	if err != nil || len(list) != 2 {
		t.Fatalf("list %v, %v", list, err)
	}
	info, err := s.Info(a.slot)
	if err != nil || info.State != storage.StateProving || info.ShardMeta != a.meta {
		t.Fatalf("info %+v, %v", info, err)
	}
	f, err := s.Open(a.slot)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(f)
	f.Close()
	if !bytes.Equal(got, a.data) {
		t.Fatal("shard content differs")
	}
	if err := s.Delete(a.slot); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Info(a.slot); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("after delete: %v", err)
	}
	if s.Used() != b.meta.Size || s.Free() != 1<<20-b.meta.Size {
		t.Fatalf("used %d free %d", s.Used(), s.Free())
	}
	if _, err := os.Stat(info.Path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("file left after delete: %v", err)
	}
}

func TestStoreResumeAndErrors(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir, 600<<10)
	defer s.Close()
	a := makeShard(t, 3, 512<<10)
	w, err := s.Begin(a.slot, a.meta)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(a.data[:100_000]); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Begin(a.slot, a.meta); !errors.Is(err, storage.ErrBusy) {
		t.Fatalf("second writer: %v", err)
	}
	if err := w.Commit(); !errors.Is(err, storage.ErrIncomplete) {
		t.Fatalf("early commit: %v", err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Received(a.slot); err != nil || n != 100_000 {
		t.Fatalf("received %d, %v", n, err)
	}
	if _, err := s.Open(a.slot); !errors.Is(err, storage.ErrNotStored) {
		t.Fatalf("open receiving: %v", err)
	}
	other := a.meta
	other.Root[0] ^= 1
	if _, err := s.Begin(a.slot, other); !errors.Is(err, storage.ErrShardExists) {
		t.Fatalf("other meta: %v", err)
	}
	if _, err := s.Begin(makeShard(t, 4, 128<<10).slot, storage.ShardMeta{Size: 128 << 10}); !errors.Is(err, storage.ErrNoSpace) {
		t.Fatalf("over capacity: %v", err)
	}
	w, err = s.Begin(a.slot, a.meta)
	if err != nil || w.Offset() != 100_000 {
		t.Fatalf("resume at %d, %v", w.Offset(), err)
	}
	if _, err := w.Write(make([]byte, len(a.data))); !errors.Is(err, storage.ErrShardOverflow) {
		t.Fatalf("overflow: %v", err)
	}
	// Corrupt the rest: commit must refuse and restart the transfer.
	bad := bytes.Clone(a.data)
	bad[300_000] ^= 1
	if _, err := w.Write(bad[100_000:]); err != nil {
		t.Fatal(err)
	}
	if err := w.Commit(); !errors.Is(err, storage.ErrRootMismatch) {
		t.Fatalf("bad root: %v", err)
	}
	if n, _ := s.Received(a.slot); n != 0 {
		t.Fatalf("after mismatch, received %d", n)
	}
	put(t, s, a)
	if err := s.SetState(a.slot, storage.StateReceiving); !errors.Is(err, storage.ErrBadParams) {
		t.Fatalf("set receiving: %v", err)
	}
	w, err = s.Begin(makeShard(t, 5, 64).slot, makeShard(t, 5, 64).meta)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	if s.Used() != a.meta.Size {
		t.Fatalf("used %d after abort", s.Used())
	}
	if _, err := s.Begin(a.slot, storage.ShardMeta{Size: 100}); !errors.Is(err, proofs.ErrBadShardSize) {
		t.Fatalf("bad size: %v", err)
	}
}
