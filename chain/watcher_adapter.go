package chain

import (
	"context"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// CursorStore persists a watcher's cursor. ok is false when none is stored.
type CursorStore interface {
	LoadCursor() (c Cursor, ok bool, err error)
	SaveCursor(c Cursor) error
}

// LogHandler handles the logs of one page, in chain order. It must be
// idempotent: after a crash or a reorg, logs are delivered again.
type LogHandler func(ctx context.Context, logs []types.Log) error

// NewWatcher builds a watcher over a cursor store and an idempotent
// handler (the API before LogSink): the handler runs first, then the cursor
// is saved, so a crash in between redelivers the page. Recent block hashes
// are kept in memory only; after a restart a reorg below the cursor
// rewinds by ReorgWindow blocks and redelivers them.
func NewWatcher(src LogSource, cfg WatcherConfig, store CursorStore, handler LogHandler, log *slog.Logger) *Watcher {
	cfg.defaults()
	return NewSinkWatcher(src, cfg, &handlerSink{store: store, handler: handler, window: cfg.ReorgWindow, hashes: map[uint64]common.Hash{}}, log)
}

// handlerSink adapts a CursorStore and a LogHandler to a LogSink.
type handlerSink struct {
	store   CursorStore
	handler LogHandler
	window  uint64
	hashes  map[uint64]common.Hash
}

func (s *handlerSink) Cursor() (Cursor, bool, error) { return s.store.LoadCursor() }

func (s *handlerSink) Apply(ctx context.Context, logs []types.Log, to Cursor, hashes []BlockHash) error {
	if len(logs) > 0 {
		if err := s.handler(ctx, logs); err != nil {
			return err
		}
	}
	if err := s.store.SaveCursor(to); err != nil {
		return err
	}
	for _, h := range hashes {
		s.hashes[h.Number] = h.Hash
	}
	for n := range s.hashes {
		if n+s.window < to.Block {
			delete(s.hashes, n)
		}
	}
	return nil
}

func (s *handlerSink) Rewind(_ context.Context, to Cursor) error {
	for n := range s.hashes {
		if n > to.Block {
			delete(s.hashes, n)
		}
	}
	return s.store.SaveCursor(to)
}

func (s *handlerSink) StoredHash(n uint64) (common.Hash, bool, error) {
	h, ok := s.hashes[n]
	return h, ok, nil
}

// MemoryCursor is an in-memory CursorStore for tests and one-shot scans.
type MemoryCursor struct {
	mu  sync.Mutex
	cur Cursor
	ok  bool
}

// LoadCursor implements CursorStore.
func (m *MemoryCursor) LoadCursor() (Cursor, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.cur, m.ok, nil
}

// SaveCursor implements CursorStore.
func (m *MemoryCursor) SaveCursor(c Cursor) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.cur, m.ok = c, true
	return nil
}
