package storage

import (
	"fmt"
	"io"
	"os"

	"github.com/cairn-storage/cairn/internal/atomicfile"
	"github.com/cairn-storage/cairn/proofs"
)

// ShardWriter receives one shard's bytes. Write appends at Offset; Commit
// verifies and publishes; Close keeps the partial file for a later resume;
// Abort forgets the shard.
type ShardWriter struct {
	s    *Store
	e    *entry
	f    *os.File
	off  uint64
	done bool
	// rw hashes the bytes as they are written, so Commit need not read
	// the shard back (nil: a resumed shard, or a write that failed
	// midway; Commit then builds the tree from the file).
	rw *proofs.RootWriter
	// wb starts the writeback of the received bytes as they arrive, so
	// Commit's fsync (on the way to the fill) flushes only the tail.
	wb *atomicfile.Writeback
}

// Offset is the number of bytes received so far.
func (w *ShardWriter) Offset() uint64 { return w.off }

// Write appends p. Bytes beyond the declared size are refused
// (ErrShardOverflow) and nothing of p is written.
func (w *ShardWriter) Write(p []byte) (int, error) {
	if w.done {
		return 0, fmt.Errorf("write slot %s: %w", w.e.info.Slot, ErrClosed)
	}
	if uint64(len(p)) > w.e.info.Size-w.off {
		return 0, fmt.Errorf("write slot %s: %d bytes at %d of %d: %w", w.e.info.Slot, len(p), w.off, w.e.info.Size, ErrShardOverflow)
	}
	n, err := w.f.WriteAt(p, int64(w.off))
	w.off += uint64(n)
	w.wb.Wrote(int64(n))
	if w.rw != nil {
		if _, herr := w.rw.Write(p[:n]); herr != nil || err != nil {
			w.rw = nil
		}
	}
	if err != nil {
		return n, fmt.Errorf("write slot %s: %w", w.e.info.Slot, err)
	}
	return n, nil
}

// ReadFrom copies r into the shard until EOF.
func (w *ShardWriter) ReadFrom(r io.Reader) (int64, error) {
	return io.Copy(struct{ io.Writer }{w}, r)
}

// Commit fsyncs the partial file, verifies its Merkle root against the
// expected root, renames it into shards/, fsyncs the directories and marks
// the shard Stored with its cached tree. A root mismatch discards the bytes
// (ErrRootMismatch; the slot stays receiving, at offset 0).
func (w *ShardWriter) Commit() error {
	if w.done {
		return fmt.Errorf("commit slot %s: %w", w.e.info.Slot, ErrClosed)
	}
	slot, size := w.e.info.Slot, w.e.info.Size
	if w.off != size {
		return fmt.Errorf("commit slot %s: %d of %d bytes: %w", slot, w.off, size, ErrIncomplete)
	}
	defer w.release()
	if err := w.f.Sync(); err != nil {
		return fmt.Errorf("commit slot %s: fsync: %w", slot, err)
	}
	tree, err := w.tree(size)
	if err != nil {
		return fmt.Errorf("commit slot %s: %w", slot, err)
	}
	if tree.Root() != w.e.info.Root {
		if terr := w.f.Truncate(0); terr != nil {
			return fmt.Errorf("commit slot %s: %w (and truncate: %v)", slot, ErrRootMismatch, terr)
		}
		return fmt.Errorf("commit slot %s: %w", slot, ErrRootMismatch)
	}
	tb, err := tree.MarshalBinary()
	if err != nil {
		return fmt.Errorf("commit slot %s: %w", slot, err)
	}
	s := w.s
	if err := os.Rename(s.partialPath(slot), s.abs(w.e.rel)); err != nil {
		return fmt.Errorf("commit slot %s: %w", slot, err)
	}
	for _, d := range []string{s.shardDir(), s.partialDir()} {
		if err := atomicfile.SyncDir(d); err != nil {
			return fmt.Errorf("commit slot %s: %w", slot, err)
		}
	}
	e := *w.e
	e.info.State, e.tree = StateStored, tb
	return s.idx.put(&e)
}

// tree is the shard's Merkle tree: hashed while it was written, else
// read back from the file.
func (w *ShardWriter) tree(size uint64) (*proofs.Tree, error) {
	if w.rw != nil {
		return w.rw.Tree()
	}
	return proofs.BuildTree(io.NewSectionReader(w.f, 0, int64(size)), size)
}

// Close ends this writer, keeping the partial file (fsynced) so a later
// Begin resumes at Offset. It is a no-op after Commit or Abort.
func (w *ShardWriter) Close() error {
	if w.done {
		return nil
	}
	defer w.release()
	if err := w.f.Sync(); err != nil {
		return fmt.Errorf("close slot %s: %w", w.e.info.Slot, err)
	}
	return nil
}

// Abort ends this writer and deletes the shard and its reservation.
func (w *ShardWriter) Abort() error {
	if w.done {
		return nil
	}
	w.release()
	return w.s.Delete(w.e.info.Slot)
}

func (w *ShardWriter) release() {
	w.done = true
	w.f.Close()
	w.s.mu.Lock()
	delete(w.s.writers, w.e.info.Slot)
	w.s.mu.Unlock()
}
