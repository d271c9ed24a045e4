package main

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/cairn-storage/cairn/internal/atomicfile"
)

// providerStatusFile is what a running `cairn provider run` writes into
// <datadir>/provider every epoch: its volumes and their stores, which only
// the provider process can read (each store is locked while it runs).
// `cairn provider status` joins it to the chain's record of each set.
const providerStatusFile = "status.json"

// localSet is one volume of the provider as it last wrote it.
type localSet struct {
	SetID    uint64 `json:"set_id"`
	Path     string `json:"path"`
	Used     uint64 `json:"used"`
	Capacity uint64 `json:"capacity"`
}

type localStatus struct {
	WrittenAt time.Time  `json:"written_at"`
	Epoch     uint64     `json:"epoch"`
	Sets      []localSet `json:"sets"`
}

func writeLocalStatus(dir string, st localStatus) error {
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(dir, providerStatusFile), append(b, '\n'), 0o600)
}

// localSets reads the status file of this wallet's provider (own: the
// status is about the session's own wallet), keyed by set id; nil when
// there is none.
func localSets(e *Env, s *session, own bool) map[uint64]localSet {
	if !own {
		return nil
	}
	p := filepath.Join(s.datadir, "provider", providerStatusFile)
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	var st localStatus
	if err == nil {
		err = json.Unmarshal(b, &st)
	}
	if err != nil {
		e.Log.Warn("ignoring the provider's status file", "path", p, "err", err)
		return nil
	}
	out := make(map[uint64]localSet, len(st.Sets))
	for _, l := range st.Sets {
		out[l.SetID] = l
	}
	return out
}
