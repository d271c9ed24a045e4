package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Cursor is the last block whose logs were fully handled, with its hash so
// a reorg below the confirmation depth is noticed on resume.
type Cursor struct {
	Block uint64      `json:"block"`
	Hash  common.Hash `json:"hash"`
}

// BlockHash is the hash of one block the watcher has delivered, kept by a
// sink so that after a reorg the watcher can find the common ancestor.
type BlockHash struct {
	Number uint64
	Hash   common.Hash
}

// LogSink is the consumer side of a Watcher that keeps its own state: it
// stores the cursor together with what it derived from the logs, so both
// move in one atomic commit. Methods are called from one goroutine at a time
// (the watcher's), never concurrently.
type LogSink interface {
	// Cursor returns the last applied cursor; ok is false when nothing was
	// applied yet (or after a full reset).
	Cursor() (c Cursor, ok bool, err error)
	// Apply commits the logs of one page (in chain order, possibly none),
	// the new cursor `to` and the hashes of recent blocks of the page, in
	// one atomic write: after a crash either all of it is there or none.
	Apply(ctx context.Context, logs []types.Log, to Cursor, hashes []BlockHash) error
	// Rewind undoes everything applied above to.Block and makes `to` the
	// cursor. A zero to.Hash means the common ancestor was not found among
	// the stored hashes; the sink may then reset itself entirely (Cursor
	// then answers ok = false) and the watcher rescans from StartBlock.
	Rewind(ctx context.Context, to Cursor) error
	// StoredHash returns the hash kept for block n by an earlier Apply.
	StoredHash(n uint64) (h common.Hash, ok bool, err error)
}

// LogSource is what a Watcher needs of the chain.
type LogSource interface {
	HeadReader
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Confirmation depths used as defaults by the node's components.
const (
	// DevnetConfirmations is the default on anvil and other dev chains.
	DevnetConfirmations = 2
	// PublicConfirmations is the default on public chains.
	PublicConfirmations = 12
	// AnvilChainID is anvil's default chain id.
	AnvilChainID = 31337
)

// ConfirmationsFor returns the default confirmation depth for a chain id.
func ConfirmationsFor(chainID uint64) uint64 {
	if chainID == AnvilChainID || chainID == 1337 {
		return DevnetConfirmations
	}
	return PublicConfirmations
}

// WatcherConfig selects the logs and the pace.
type WatcherConfig struct {
	Addresses     []common.Address
	Topics        [][]common.Hash
	StartBlock    uint64 // first block to scan when no cursor is stored
	Confirmations uint64 // logs are delivered once this many blocks sit on top
	// SafeTag bounds delivery by the node's "safe" block (then minus
	// Confirmations) instead of the latest one.
	SafeTag bool
	// PageSize is the largest number of blocks per eth_getLogs (default
	// 2000). Pages shrink by half when the RPC refuses a range and grow back
	// by a quarter after each success.
	PageSize uint64
	// ReorgWindow is how many recent blocks' hashes the sink keeps, so the
	// deepest reorg whose common ancestor is found exactly (default 64).
	ReorgWindow  uint64
	PollInterval time.Duration
	// Retry is how each RPC read of a step is retried on a transient
	// failure (429, 5xx, reset) before the step fails (zero value:
	// DefaultRetryPolicy), so one refused call does not cost a page.
	Retry RetryPolicy
}

func (c *WatcherConfig) defaults() {
	if c.PageSize == 0 {
		c.PageSize = 2000
	}
	if c.ReorgWindow == 0 {
		c.ReorgWindow = 64
	}
	if c.PollInterval <= 0 {
		c.PollInterval = 500 * time.Millisecond
	}
	if c.Retry.Tries <= 0 {
		c.Retry = DefaultRetryPolicy()
	}
}

// Watcher delivers logs in bounded pages behind the head to a LogSink,
// adapts its page size to the RPC's limits and walks back to the common
// ancestor on a reorg. It is driven from one goroutine (Run or Step).
type Watcher struct {
	src  LogSource
	cfg  WatcherConfig
	sink LogSink
	log  *slog.Logger
	page uint64 // current page size, 1..cfg.PageSize

	retries   atomic.Int64  // reads retried by cfg.Retry
	recovered atomic.Uint64 // logs a range answer left out, taken from their blocks (blockLogs)
}

// NewSinkWatcher builds a watcher over a sink; it starts nothing until Run
// or Step.
func NewSinkWatcher(src LogSource, cfg WatcherConfig, sink LogSink, log *slog.Logger) *Watcher {
	cfg.defaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Watcher{src: src, cfg: cfg, sink: sink, log: log.With("component", "watcher"), page: cfg.PageSize}
}

// PageSize is the page size the watcher currently uses.
func (w *Watcher) PageSize() uint64 { return w.page }

// ReadRetries is how many of the watcher's RPC reads were retried after a
// transient failure (WatcherConfig.Retry); safe from any goroutine.
func (w *Watcher) ReadRetries() int64 { return w.retries.Load() }

// RecoveredLogs is how many watched logs the RPC's range answers left out
// that the watcher took from their blocks' receipts (or by-hash queries),
// found by the blocks' blooms.
func (w *Watcher) RecoveredLogs() uint64 { return w.recovered.Load() }

// read runs one RPC read under cfg.Retry, counting its retries.
func (w *Watcher) read(ctx context.Context, f func() error) error {
	return w.cfg.Retry.do(ctx, f, &w.retries)
}

// Run steps until ctx ends. RPC hiccups, refused ranges and inconsistent
// answers are logged and retried on the next tick; any other error (the
// sink failing) stops the watcher.
func (w *Watcher) Run(ctx context.Context) error {
	t := time.NewTicker(w.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := w.Step(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			if !Retryable(err) {
				return err
			}
			w.log.Warn("watcher step failed, will retry", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Retryable reports whether a Step error is worth retrying later: a
// transient RPC error, a refused range or an inconsistent answer.
func Retryable(err error) bool {
	return isTransient(err) || errors.Is(err, ErrLogRange) || errors.Is(err, ErrBadPage)
}

// Step ingests everything up to the confirmed head once: it first checks
// the cursor against the chain (rewinding the sink on a reorg), then applies
// page after page. Tests call it after mining.
func (w *Watcher) Step(ctx context.Context) error {
	cur, ok, err := w.sink.Cursor()
	if err != nil {
		return fmt.Errorf("load cursor: %w", err)
	}
	if ok {
		if cur, ok, err = w.checkReorg(ctx, cur); err != nil {
			return err
		}
	}
	next := w.cfg.StartBlock
	if ok {
		next = cur.Block + 1
	}
	safe, have, err := w.confirmedHead(ctx)
	if err != nil || !have {
		return err
	}
	for next <= safe {
		to := min(next+w.page-1, safe)
		prev := cur.Hash
		if !ok || cur.Block+1 != next {
			prev = common.Hash{}
		}
		c, err := w.page1(ctx, next, to, safe, prev)
		if errors.Is(err, ErrLogRange) && w.page > 1 {
			w.page = max(1, min(w.page, to-next+1)/2)
			w.log.Info("log range refused, page shrunk", "from_block", next, "to_block", to, "page", w.page)
			continue
		}
		if err != nil {
			return err
		}
		if w.page < w.cfg.PageSize {
			w.page = min(w.cfg.PageSize, w.page+max(1, w.page/4))
		}
		cur, ok, next = c, true, to+1
	}
	return nil
}

// confirmedHead is the highest block whose logs may be delivered; have is
// false while the chain is shorter than the confirmation depth.
func (w *Watcher) confirmedHead(ctx context.Context) (uint64, bool, error) {
	var head uint64
	if w.cfg.SafeTag {
		var h *types.Header
		err := w.read(ctx, func() (e error) {
			h, e = w.src.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber)))
			return e
		})
		if err != nil {
			return 0, false, fmt.Errorf("read safe head: %w", err)
		}
		head = h.Number.Uint64()
	} else {
		err := w.read(ctx, func() (e error) { head, e = w.src.BlockNumber(ctx); return e })
		if err != nil {
			return 0, false, fmt.Errorf("read head: %w", err)
		}
	}
	if head < w.cfg.Confirmations || head-w.cfg.Confirmations < w.cfg.StartBlock {
		return 0, false, nil
	}
	return head - w.cfg.Confirmations, true, nil
}

// Poll is Step returning the cursor block reached, for the callers of the
// CursorStore API.
func (w *Watcher) Poll(ctx context.Context) (uint64, error) {
	err := w.Step(ctx)
	cur, _, cerr := w.sink.Cursor()
	if err == nil {
		err = cerr
	}
	return cur.Block, err
}
