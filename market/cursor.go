package market

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/atomicfile"
)

// FileCursor persists a watcher cursor as a small JSON file, written
// atomically, so a restarted provider resumes where it stopped.
type FileCursor struct{ path string }

// NewFileCursor returns a cursor stored at path.
func NewFileCursor(path string) (*FileCursor, error) { return &FileCursor{path: path}, nil }

// LoadCursor implements chain.CursorStore.
func (f *FileCursor) LoadCursor() (chain.Cursor, bool, error) {
	b, err := os.ReadFile(f.path)
	if errors.Is(err, fs.ErrNotExist) {
		return chain.Cursor{}, false, nil
	}
	if err != nil {
		return chain.Cursor{}, false, fmt.Errorf("read cursor: %w", err)
	}
	var c chain.Cursor
	if err := json.Unmarshal(b, &c); err != nil {
		return chain.Cursor{}, false, fmt.Errorf("cursor %s is corrupt (delete it to rescan): %w", f.path, err)
	}
	return c, true, nil
}

// SaveCursor implements chain.CursorStore.
func (f *FileCursor) SaveCursor(c chain.Cursor) error {
	b, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(f.path, b, 0o600)
}
