package market

import (
	"bytes"
	"testing"

	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
)

// storeWithShard opens a store in a temp dir holding one committed 4 KiB
// shard of byte fill, slot 0 of request {reqByte}; the store closes at the
// test's end.
func storeWithShard(t *testing.T, reqByte, fill byte) (*storage.Store, storage.SlotID) {
	t.Helper()
	st, err := storage.OpenStore(storage.StoreConfig{Dir: t.TempDir(), Capacity: 1 << 20}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	data := bytes.Repeat([]byte{fill}, 4096)
	tree, err := proofs.BuildTree(bytes.NewReader(data), uint64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	req := [32]byte{reqByte}
	slot := storage.SlotID(SlotID(req, 0))
	w, err := st.Begin(slot, storage.ShardMeta{RequestID: req, Root: tree.Root(), Size: uint64(len(data))})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	return st, slot
}
