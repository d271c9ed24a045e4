package ledger

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
)

// Node-local records survive a reopen, a rewind and the reset of a reorg
// deeper than the journal (which wipes every chain-derived key), and are
// one owner's: another owner's scan does not see them.
func TestLocalRecords(t *testing.T) {
	dir := t.TempDir()
	cfg := DefaultConfig()
	open := func() *Ledger {
		l, err := Open(dir, cfg, nil, nil, common.Address{1})
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	list := func(s *Local) map[string]string {
		out := map[string]string{}
		if err := s.Scan(func(k, v []byte) error { out[string(k)] = string(v); return nil }); err != nil {
			t.Fatal(err)
		}
		return out
	}
	l := open()
	proofs := l.Local(LocalProofs)
	for _, k := range []string{"a", "b", "c"} {
		if err := proofs.Put([]byte(k), []byte("v"+k)); err != nil {
			t.Fatal(err)
		}
	}
	if err := proofs.Delete([]byte("b")); err != nil {
		t.Fatal(err)
	}
	if got := list(l.Local('z')); len(got) != 0 {
		t.Fatalf("another owner sees %v", got)
	}
	if err := l.db.Set(requestV2Key([32]byte{7}), []byte("{}"), nil); err != nil {
		t.Fatal(err)
	}
	// A reset: the cursor's block is above the rewind's, its hash unknown.
	l.mu.Lock()
	l.cur, l.have = chain.Cursor{Block: 100, Hash: common.Hash{2}}, true
	l.mu.Unlock()
	if err := (sink{l}).Rewind(t.Context(), chain.Cursor{Block: 10}); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := getFrom(l.db, requestV2Key([32]byte{7})); err != nil || ok {
		t.Fatalf("a chain-derived key survived the reset (%v)", err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if err := proofs.Put([]byte("d"), nil); err == nil {
		t.Fatal("put after close succeeded")
	}
	l = open()
	defer l.Close()
	got := list(l.Local(LocalProofs))
	if len(got) != 2 || got["a"] != "va" || got["c"] != "vc" {
		t.Fatalf("after a reset and a reopen: %v, want a and c", got)
	}
	if k := l.Local(LocalProofs).key([]byte("a")); !bytes.Equal(k, []byte{0xff, 'p', 'a'}) {
		t.Fatalf("key %x", k)
	}
}
