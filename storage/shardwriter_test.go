package storage_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/cairn-storage/cairn/storage"
)

// TestShardWriterHashesWhileWriting: a shard received from its first byte
// is hashed as it is written (Commit does not read it back), in pieces of
// any size; its root is still checked, and a resumed shard (hashed from
// the file at Commit) commits too.
func TestShardWriterHashesWhileWriting(t *testing.T) {
	for _, tc := range []struct {
		name    string
		piece   int
		corrupt int // byte flipped before writing (-1: none)
		resume  int // bytes written before a Close and a new Begin (0: none)
		want    error
	}{
		{"one write", 1 << 20, -1, 0, nil},
		{"odd pieces", 77_777, -1, 0, nil},
		{"corrupt byte", 64 << 10, 300_001, 0, storage.ErrRootMismatch},
		{"resumed", 100_000, -1, 250_000, nil},
		{"resumed corrupt", 100_000, 400_000, 250_000, storage.ErrRootMismatch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openStore(t, t.TempDir(), 4<<20)
			defer s.Close()
			sh := makeShard(t, 9, 1<<20)
			data := bytes.Clone(sh.data)
			if tc.corrupt >= 0 {
				data[tc.corrupt] ^= 1
			}
			w, err := s.Begin(sh.slot, sh.meta)
			if err != nil {
				t.Fatal(err)
			}
			if tc.resume > 0 {
				if _, err := w.Write(data[:tc.resume]); err != nil {
					t.Fatal(err)
				}
				if err := w.Close(); err != nil {
					t.Fatal(err)
				}
				if w, err = s.Begin(sh.slot, sh.meta); err != nil || w.Offset() != uint64(tc.resume) {
					t.Fatalf("resume at %d, %v", w.Offset(), err)
				}
			}
			for off := int(w.Offset()); off < len(data); off += tc.piece {
				if _, err := w.Write(data[off:min(off+tc.piece, len(data))]); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Commit(); !errors.Is(err, tc.want) {
				t.Fatalf("commit: %v, want %v", err, tc.want)
			}
			info, err := s.Info(sh.slot)
			if tc.want == nil && (err != nil || info.State != storage.StateStored || info.Root != sh.meta.Root) {
				t.Fatalf("after commit: %+v, %v", info, err)
			}
		})
	}
}
