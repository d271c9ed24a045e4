package s3

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/cairn-storage/cairn/internal/atomicfile"
)

// Status is what is and is not yet on the network.
type Status struct {
	Buckets        int       `json:"buckets"`
	Objects        int       `json:"objects"`
	PendingObjects int       `json:"pending_objects"` // buffered, not yet uploaded
	PendingBytes   int64     `json:"pending_bytes"`
	OldestPending  time.Time `json:"oldest_pending,omitzero"`
	Packs          int       `json:"packs"`
	PackedBytes    int64     `json:"packed_bytes"`
	Multipart      int       `json:"multipart_uploads"` // in progress
	Releasing      int       `json:"releasing"`         // unused uploads waiting to be terminated
	IndexGen       uint64    `json:"index_generation"`
	IndexUploaded  uint64    `json:"index_uploaded_generation"`
	At             time.Time `json:"at"`
}

// IndexCurrent reports whether the sealed index on the network is the
// current one.
func (s Status) IndexCurrent() bool { return s.IndexGen == s.IndexUploaded }

// Status reads the index.
func (g *Gateway) Status() (Status, error) {
	st := Status{At: time.Now().UTC()}
	bs, err := g.idx.buckets()
	if err != nil {
		return st, err
	}
	st.Buckets = len(bs)
	if err := g.idx.scan([]byte(spObject), nil, func(_, _ []byte) (bool, error) { st.Objects++; return true, nil }); err != nil {
		return st, err
	}
	pend, err := g.idx.pending()
	if err != nil {
		return st, err
	}
	for i, p := range pend {
		st.PendingObjects += len(p.Refs)
		st.PendingBytes += p.Size
		if i == 0 {
			st.OldestPending = p.Created
		}
	}
	rel, err := g.idx.releases()
	if err != nil {
		return st, err
	}
	st.Releasing = len(rel)
	packs, err := g.idx.packs()
	if err != nil {
		return st, err
	}
	for id, p := range packs {
		if id != zeroPack && !slices.Contains(rel, id) {
			st.Packs++
			st.PackedBytes += p.Size
		}
	}
	if err := g.idx.scan([]byte(spUpload), nil, func(_, _ []byte) (bool, error) { st.Multipart++; return true, nil }); err != nil {
		return st, err
	}
	st.IndexGen, st.IndexUploaded, err = g.idx.staleness()
	return st, err
}

// StatusFile is where a running gateway writes its Status after each
// uploader step and at least every second (statusLoop), for `cairn
// gateway status` (the index is locked while the gateway runs).
func StatusFile(dataDir string) string { return filepath.Join(dataDir, "status.json") }

func (g *Gateway) writeStatus() error {
	g.statusMu.Lock()
	defer g.statusMu.Unlock()
	st, err := g.Status()
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(StatusFile(g.cfg.DataDir), b, 0o600)
}

// ReadStatusFile reads what a running gateway last wrote.
func ReadStatusFile(dataDir string) (Status, error) {
	var st Status
	b, err := readFile(StatusFile(dataDir))
	if err != nil {
		return st, err
	}
	if err := json.Unmarshal(b, &st); err != nil {
		return st, fmt.Errorf("gateway status file: %w", err)
	}
	return st, nil
}

// ReadStatus reports the status of the gateway datadir at dataDir: from
// its index when no gateway runs there, else from the status file the
// running gateway writes (running = true).
func ReadStatus(dataDir string) (st Status, running bool, err error) {
	if _, err := os.Stat(filepath.Join(dataDir, "index")); errors.Is(err, os.ErrNotExist) {
		return Status{At: time.Now().UTC()}, false, nil // no gateway ever ran here
	}
	lock, err := lockDataDir(dataDir)
	if errors.Is(err, ErrLocked) {
		st, err := ReadStatusFile(dataDir)
		return st, true, err
	}
	if err != nil {
		return Status{}, false, err
	}
	defer lock.Unlock()
	idx, err := openIndex(filepath.Join(dataDir, "index"))
	if err != nil {
		return Status{}, false, err
	}
	defer idx.Close()
	st, err = (&Gateway{idx: idx}).Status()
	return st, false, err
}

// statusLoop writes the status file every second (or every Poll, if
// longer) until ctx ends, apart from the uploader: a step that uploads
// for minutes must not leave the file that long behind a --sync PUT.
func (g *Gateway) statusLoop(ctx context.Context) {
	t := time.NewTicker(max(g.cfg.Poll, time.Second))
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := g.writeStatus(); err != nil && ctx.Err() == nil {
			g.log.Warn("write status file", "err", err)
		}
	}
}
