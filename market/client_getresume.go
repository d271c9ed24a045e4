package market

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/cairn-storage/cairn/internal/atomicfile"
	"github.com/cairn-storage/cairn/storage"
)

// A get of a split file into a path resumes at segment granularity: the
// plaintext goes to a part file next to the output (.NAME.cairn-part),
// and after each segment is written and fsynced a small journal next to it
// (.NAME.cairn-part.json) records the bytes done and which requests they
// came from. A rerun of the same get (same requests, same range) truncates
// the part file to the journalled length and fetches only the segments
// after it; anything else starts over. Only complete, authenticated
// segments are ever counted as done. On success the part file is renamed
// over the output and the journal removed.

const getJournalVersion = 1

type getJournal struct {
	Version int      `json:"version"`
	IDs     []string `json:"request_ids"`
	Off     int64    `json:"offset"`
	N       int64    `json:"length"`
	Done    int64    `json:"done"`
}

func (j getJournal) sameGet(o getJournal) bool {
	return j.Version == o.Version && j.Off == o.Off && j.N == o.N && slices.Equal(j.IDs, o.IDs)
}

// partPaths are the part file and journal of a get into out.
func partPaths(out string) (part, journal string) {
	dir, base := filepath.Split(out)
	part = filepath.Join(dir, "."+base+".cairn-part")
	return part, part + ".json"
}

// getPartsResumable writes bytes [off, off+n) of split file f to out,
// resuming an interrupted run of the same get; direct writes it past the
// page cache (GetRange).
func (c *Client) getPartsResumable(ctx context.Context, f FileEntry, out string, off, n int64, direct bool) error {
	part, jpath := partPaths(out)
	want := getJournal{Version: getJournalVersion, Off: off, N: n}
	for _, p := range f.Parts {
		want.IDs = append(want.IDs, fmt.Sprintf("0x%x", p.ID))
	}
	done := int64(0)
	if raw, err := os.ReadFile(jpath); err == nil {
		var j getJournal
		if json.Unmarshal(raw, &j) == nil && j.sameGet(want) && j.Done >= 0 && j.Done <= n {
			if st, err := os.Stat(part); err == nil && st.Size() >= j.Done {
				done = j.Done
			}
		}
	}
	fh, err := os.OpenFile(part, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("get %s: %w", f.Name, err)
	}
	fail := func(err error) error {
		fh.Close()
		if done == 0 { // nothing worth keeping
			os.Remove(part)
			os.Remove(jpath)
		}
		return err
	}
	if err := fh.Truncate(done); err != nil {
		return fail(fmt.Errorf("get %s: %w", f.Name, err))
	}
	// Flushed before each segment's fsync.
	newAppender := atomicfile.NewBufferedAppender
	if direct {
		newAppender = atomicfile.NewAppender
	}
	ap := newAppender(fh, done)
	defer ap.Close()
	if done > 0 {
		c.log.Info("resuming an interrupted get after its written segments", "name", f.Name, "bytes_done", done)
	}
	for _, p := range f.Parts {
		if p.Request.Block == 0 {
			return fail(fmt.Errorf("get %s: a segment is missing (the file is %s): %w", f.Name, f.State, storage.ErrTooFewShards))
		}
		po := p.Manifest.Segment.Offset
		lo, hi := max(off+done, po), min(off+n, po+p.Size)
		if lo >= hi {
			continue
		}
		if err := c.forPart(int(p.Manifest.Segment.Index)+1).GetTo(ctx, p, ap, lo-po, hi-lo); err != nil {
			return fail(fmt.Errorf("segment %d: %w", p.Manifest.Segment.Index+1, err))
		}
		if err := ap.Flush(); err != nil {
			return fail(fmt.Errorf("get %s: %w", f.Name, err))
		}
		if err := fh.Sync(); err != nil {
			return fail(fmt.Errorf("get %s: fsync: %w", f.Name, err))
		}
		want.Done = hi - off
		raw, err := json.Marshal(want)
		if err == nil {
			err = atomicfile.WriteFile(jpath, raw, 0o600)
		}
		if err != nil {
			return fail(fmt.Errorf("get %s: journal: %w", f.Name, err))
		}
		done = want.Done
	}
	if err := fh.Close(); err != nil {
		return fmt.Errorf("get %s: %w", f.Name, err)
	}
	if err := os.Rename(part, out); err != nil {
		return fmt.Errorf("get %s: %w", f.Name, err)
	}
	if err := atomicfile.SyncDir(filepath.Dir(out)); err != nil {
		return fmt.Errorf("get %s: %w", f.Name, err)
	}
	if err := os.Remove(jpath); err != nil && !errors.Is(err, os.ErrNotExist) {
		c.log.Warn("get journal left behind", "path", jpath, "err", err)
	}
	return nil
}
