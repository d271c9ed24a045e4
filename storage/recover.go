package storage

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/cairn-storage/cairn/internal/atomicfile"
	"github.com/cairn-storage/cairn/proofs"
)

// recover makes the files agree with the index after a crash at any point:
//   - a receiving entry whose file already sits in shards/ (crash between
//     rename and index update) is re-verified: stored if its root matches,
//     else the file is removed;
//   - a receiving entry's partial file longer than the shard is truncated;
//   - a complete entry whose file is missing or of the wrong size goes back to
//     receiving (its bytes must be fetched again) and is logged;
//   - files in shards/ or partial/ that no entry owns are removed (a crash
//     during Delete or before the index entry was written).
//
// Used is recomputed from the index.
func (s *Store) recover() error {
	es, err := s.idx.all(true)
	if err != nil {
		return err
	}
	keepShard, keepPartial := map[string]bool{}, map[string]bool{}
	s.used = 0
	for _, e := range es {
		s.used += e.info.Size
		slot, name := e.info.Slot, e.info.Slot.String()
		final := s.abs(e.rel)
		st, statErr := os.Stat(final)
		switch {
		case e.info.State == StateReceiving && statErr == nil:
			if err := s.adopt(e); err != nil {
				return err
			}
			if e.info.State == StateStored {
				keepShard[filepath.Base(final)] = true
				os.Remove(s.partialPath(slot))
				continue
			}
		case e.info.State != StateReceiving && (statErr != nil || uint64(st.Size()) != e.info.Size):
			s.log.Error("stored shard lost, back to receiving", "slot", name, "err", statErr)
			e.info.State, e.tree = StateReceiving, nil
			if err := s.idx.put(e); err != nil {
				return err
			}
			os.Remove(final)
		}
		if e.info.State == StateReceiving {
			keepPartial[name] = true
			if st, err := os.Stat(s.partialPath(slot)); err == nil && uint64(st.Size()) > e.info.Size {
				if err := os.Truncate(s.partialPath(slot), 0); err != nil {
					return fmt.Errorf("slot %s: %w", name, err)
				}
			}
		} else {
			keepShard[filepath.Base(final)] = true
		}
	}
	for dir, keep := range map[string]map[string]bool{s.shardDir(): keepShard, s.partialDir(): keepPartial} {
		ents, err := os.ReadDir(dir)
		if err != nil {
			return err
		}
		for _, d := range ents {
			if !keep[d.Name()] {
				s.log.Info("removing orphan file", "path", filepath.Join(dir, d.Name()))
				if err := os.RemoveAll(filepath.Join(dir, d.Name())); err != nil {
					return err
				}
			}
		}
		if err := atomicfile.SyncDir(dir); err != nil {
			return err
		}
	}
	return nil
}

// adopt verifies a receiving entry's file found in shards/ and marks it
// Stored, or removes the file if it does not match.
func (s *Store) adopt(e *entry) error {
	final := s.abs(e.rel)
	f, err := os.Open(final)
	if err != nil {
		return err
	}
	defer f.Close()
	tree, err := proofs.BuildTree(io.NewSectionReader(f, 0, int64(e.info.Size)), e.info.Size)
	if err != nil || tree.Root() != e.info.Root {
		s.log.Error("renamed shard does not verify, removing", "slot", e.info.Slot.String(), "err", err)
		return os.Remove(final)
	}
	if e.tree, err = tree.MarshalBinary(); err != nil {
		return err
	}
	e.info.State = StateStored
	return s.idx.put(e)
}
