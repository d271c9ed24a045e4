package market

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/atomicfile"
	"github.com/cairn-storage/cairn/storage"
)

// The put journal makes a rerun of an interrupted put resume the same
// request instead of paying for a second one. One file per upload in
// progress, <content hash>-<client nonce>.json, written with fsync + atomic
// rename before requestStorage is sent (so a crash at any later point leaves
// a record that names the request the transaction creates), updated once it
// is mined, and removed when every slot is filled or the request ended. It
// holds the stream parameters (file key, nonce prefix) sealed under the
// master key, the request's parameters and the expected request id
// (requestIdFor(client, nonce)), and a fingerprint of the file (path, size,
// mtime) so a rerun can encode with the recorded stream at once.
const journalVersion = 1

// journalEntry is one upload in progress.
type journalEntry struct {
	Version     int    `json:"version"`
	ContentHash string `json:"content_hash"` // hex sha256 of the plaintext
	Name        string `json:"name"`
	Path        string `json:"path"`
	Offset      int64  `json:"offset"` // of a segment in its file
	Size        int64  `json:"size"`
	MtimeNs     int64  `json:"mtime_ns"`
	K           int    `json:"k"`
	M           int    `json:"m"`
	Nonce       uint64 `json:"client_nonce"`
	// Marketplace is the contract the request goes to (empty in entries
	// written before v2: those belong to any).
	Marketplace string `json:"marketplace,omitempty"`
	RequestID   string `json:"request_id"`
	// Mined is set once requestStorage's receipt was seen.
	Mined  bool                                  `json:"mined"`
	Stream []byte                                `json:"stream"` // storage.SealStream under the master key, AAD the content hash
	Params contracts.IMarketplaceV2RequestParams `json:"params"`
}

// journal is the directory of put journal entries; the zero value (no
// directory) records nothing. It lists only the entries of its marketplace
// (a datadir used with a v1 and a v2 deployment keeps them apart).
type journal struct {
	dir         string
	marketplace string
}

func (j journal) enabled() bool { return j.dir != "" }

func (j journal) path(e *journalEntry) string {
	return filepath.Join(j.dir, fmt.Sprintf("%s-%d.json", e.ContentHash, e.Nonce))
}

// write records e durably (fsync + atomic rename).
func (j journal) write(e *journalEntry) error {
	if !j.enabled() {
		return nil
	}
	if err := os.MkdirAll(j.dir, 0o700); err != nil {
		return fmt.Errorf("put journal: %w", err)
	}
	b, err := json.MarshalIndent(e, "", " ")
	if err != nil {
		return fmt.Errorf("put journal: %w", err)
	}
	a, err := atomicfile.Create(j.path(e), 0o600)
	if err != nil {
		return fmt.Errorf("put journal: %w", err)
	}
	defer a.Abort()
	if _, err := a.Write(b); err != nil {
		return fmt.Errorf("put journal: %w", err)
	}
	if err := a.Commit(); err != nil {
		return fmt.Errorf("put journal: %w", err)
	}
	return nil
}

// remove drops e's record (done, or it never reached the chain).
func (j journal) remove(e *journalEntry) error {
	if !j.enabled() {
		return nil
	}
	if err := os.Remove(j.path(e)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("put journal: %w", err)
	}
	return nil
}

// entries lists the records matching keep, newest client nonce first.
// Unreadable records are skipped (a record is written atomically, so only
// a foreign file can be unreadable).
func (j journal) entries(keep func(*journalEntry) bool) ([]*journalEntry, error) {
	if !j.enabled() {
		return nil, nil
	}
	names, err := os.ReadDir(j.dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("put journal: %w", err)
	}
	var out []*journalEntry
	for _, d := range names {
		if d.IsDir() || !strings.HasSuffix(d.Name(), ".json") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(j.dir, d.Name()))
		if err != nil {
			return nil, fmt.Errorf("put journal: %w", err)
		}
		var e journalEntry
		if json.Unmarshal(b, &e) != nil || e.Version != journalVersion {
			continue
		}
		if (e.Marketplace == "" || j.marketplace == "" || strings.EqualFold(e.Marketplace, j.marketplace)) && keep(&e) {
			out = append(out, &e)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Nonce > out[b].Nonce })
	return out, nil
}

// requestID is the entry's expected request id.
func (e *journalEntry) requestID() ([32]byte, error) {
	var id [32]byte
	b, err := hex.DecodeString(strings.TrimPrefix(e.RequestID, "0x"))
	if err != nil || len(b) != 32 {
		return id, fmt.Errorf("put journal: bad request id %q", e.RequestID)
	}
	copy(id[:], b)
	return id, nil
}

// stream opens the entry's sealed stream parameters.
func (e *journalEntry) stream(master [storage.KeySize]byte) (storage.Stream, error) {
	return storage.OpenStream(master, e.Stream, []byte(e.ContentHash))
}
