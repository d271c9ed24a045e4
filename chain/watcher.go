package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Cursor is the last block whose logs were fully handled, with its hash so
// a reorg below the confirmation depth is noticed on resume.
type Cursor struct {
	Block uint64      `json:"block"`
	Hash  common.Hash `json:"hash"`
}

// CursorStore persists a watcher's cursor. ok is false when none is stored.
type CursorStore interface {
	LoadCursor() (c Cursor, ok bool, err error)
	SaveCursor(c Cursor) error
}

// LogSource is what a Watcher needs of the chain.
type LogSource interface {
	HeadReader
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// LogHandler handles the logs of one page, in chain order. It must be
// idempotent: after a crash or a deep reorg, logs are delivered again.
type LogHandler func(ctx context.Context, logs []types.Log) error

// WatcherConfig selects the logs and the pace.
type WatcherConfig struct {
	Addresses     []common.Address
	Topics        [][]common.Hash
	StartBlock    uint64 // first block to scan when no cursor is stored
	Confirmations uint64 // logs are delivered once this many blocks sit on top
	PageSize      uint64 // blocks per eth_getLogs (default 2000)
	PollInterval  time.Duration
}

// Watcher delivers logs in bounded pages behind the head and resumes from
// its stored cursor.
type Watcher struct {
	src     LogSource
	cfg     WatcherConfig
	store   CursorStore
	handler LogHandler
	log     *slog.Logger
}

// NewWatcher builds a watcher; it starts nothing until Run or Poll.
func NewWatcher(src LogSource, cfg WatcherConfig, store CursorStore, handler LogHandler, log *slog.Logger) *Watcher {
	if cfg.PageSize == 0 {
		cfg.PageSize = 2000
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 500 * time.Millisecond
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Watcher{src: src, cfg: cfg, store: store, handler: handler, log: log.With("component", "watcher")}
}

// Run polls until ctx ends. Transient errors are logged and retried on the
// next tick; a handler error stops the watcher.
func (w *Watcher) Run(ctx context.Context) error {
	t := time.NewTicker(w.cfg.PollInterval)
	defer t.Stop()
	for {
		if _, err := w.Poll(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			if !isTransient(err) {
				return err
			}
			w.log.Warn("poll failed, will retry", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Poll handles everything up to head − Confirmations and returns the new
// cursor block. Tests call it directly to step the watcher.
func (w *Watcher) Poll(ctx context.Context) (uint64, error) {
	cur, ok, err := w.store.LoadCursor()
	if err != nil {
		return 0, fmt.Errorf("load cursor: %w", err)
	}
	next := w.cfg.StartBlock
	if ok {
		if next, err = w.resumeFrom(ctx, cur); err != nil {
			return 0, err
		}
	}
	head, err := w.src.BlockNumber(ctx)
	if err != nil {
		return cur.Block, fmt.Errorf("read head: %w", err)
	}
	if head < w.cfg.Confirmations {
		return cur.Block, nil
	}
	safe := head - w.cfg.Confirmations
	for from := next; from <= safe; {
		to := min(from+w.cfg.PageSize-1, safe)
		logs, err := w.src.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from),
			ToBlock:   new(big.Int).SetUint64(to),
			Addresses: w.cfg.Addresses,
			Topics:    w.cfg.Topics,
		})
		if err != nil {
			return cur.Block, fmt.Errorf("get logs %d..%d: %w", from, to, err)
		}
		if len(logs) > 0 {
			if err := w.handler(ctx, logs); err != nil {
				return cur.Block, fmt.Errorf("handle logs %d..%d: %w", from, to, err)
			}
		}
		h, err := w.src.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return cur.Block, fmt.Errorf("header %d: %w", to, err)
		}
		cur = Cursor{Block: to, Hash: h.Hash()}
		if err := w.store.SaveCursor(cur); err != nil {
			return cur.Block, fmt.Errorf("save cursor: %w", err)
		}
		from = to + 1
	}
	return cur.Block, nil
}

// resumeFrom returns the block after the cursor, or an earlier one when
// the block the cursor names was replaced: a reorg deeper than
// Confirmations happened while we were away. Rewinding by a window past the
// confirmation depth re-delivers what may have changed.
func (w *Watcher) resumeFrom(ctx context.Context, cur Cursor) (uint64, error) {
	if cur.Hash == (common.Hash{}) {
		return cur.Block + 1, nil
	}
	h, err := w.src.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Block))
	if err != nil && !errors.Is(err, ethereum.NotFound) {
		return 0, fmt.Errorf("header %d: %w", cur.Block, err)
	}
	if err == nil && h.Hash() == cur.Hash {
		return cur.Block + 1, nil
	}
	back := w.cfg.StartBlock
	if depth := 2*w.cfg.Confirmations + 1; cur.Block > depth && cur.Block-depth > back {
		back = cur.Block - depth
	}
	w.log.Warn("reorg below cursor, rewinding", "from_block", cur.Block, "to_block", back)
	return back, nil
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
