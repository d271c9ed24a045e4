package ledger

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
)

var (
	// ErrClosed is returned by every method after Close.
	ErrClosed = errors.New("ledger closed")
	// ErrOtherLedger means the directory holds the ledger of another
	// Marketplace (or start block).
	ErrOtherLedger = errors.New("ledger directory belongs to another marketplace")
	// ErrV1Ledger means the directory holds a protocol v1 ledger. v1 was
	// removed: delete the directory and the ledger resyncs on v2.
	ErrV1Ledger = errors.New("protocol v1 ledger (v1 was removed; delete the ledger directory to resync on v2)")
)

// Ledger is the persisted view. Reads are safe from any goroutine; Run
// and Step drive its one watcher and must not run concurrently.
type Ledger struct {
	cfg  Config
	log  *slog.Logger
	addr common.Address
	dec  *Decoder
	w    *chain.Watcher

	dbmu   sync.RWMutex // write-locked only by Close
	db     *pebble.DB
	closed bool

	mu     sync.Mutex
	cur    chain.Cursor
	have   bool
	jlow   uint64 // every block in [jlow, cur] is journaled
	pruned uint64 // undo and hash entries below this block are gone
	subs   map[int]chan Update
	nextID int
	gen    uint64 // bumped by every commit that may change derived state (a page with events, a rewind)

	openMu  sync.Mutex // the OpenSlotRequests answer of generation openGen
	openGen uint64
	openOK  bool
	open    []RequestV2
}

// Open opens (or creates) the ledger in dir and resumes from its cursor;
// it reads nothing from the chain until Run or Step.
func Open(dir string, cfg Config, log *slog.Logger, src chain.LogSource, marketplace common.Address) (*Ledger, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "ledger")
	dec, err := NewDecoderV2()
	if err != nil {
		return nil, err
	}
	db, err := pebble.Open(dir, &pebble.Options{Logger: pebbleLogger{log}})
	if err != nil {
		return nil, fmt.Errorf("open ledger %s: %w", dir, err)
	}
	l := &Ledger{cfg: cfg, log: log, addr: marketplace, dec: dec, db: db, subs: map[int]chan Update{}}
	if err := l.load(); err != nil {
		_ = db.Close()
		return nil, err
	}
	l.w = chain.NewSinkWatcher(src, chain.WatcherConfig{
		Addresses:     []common.Address{marketplace},
		StartBlock:    cfg.StartBlock,
		Confirmations: cfg.Confirmations,
		SafeTag:       cfg.SafeTag,
		PageSize:      cfg.PageSize,
		ReorgWindow:   cfg.window(),
		PollInterval:  cfg.Poll,
	}, sink{l}, log)
	return l, nil
}

func (l *Ledger) load() error {
	id := l.identity()
	v, ok, err := getFrom(l.db, identityKey())
	if err != nil {
		return err
	}
	if !ok {
		if err := l.db.Set(identityKey(), id, pebble.Sync); err != nil {
			return fmt.Errorf("write ledger identity: %w", err)
		}
	} else if string(v) != string(id) {
		return fmt.Errorf("%w: it follows %x, asked for %s from block %d", ErrOtherLedger, v, l.addr, l.cfg.StartBlock)
	}
	if err := l.loadVersion(); err != nil {
		return err
	}
	v, ok, err = getFrom(l.db, cursorKey())
	if err != nil || !ok {
		return err
	}
	if err := json.Unmarshal(v, &l.cur); err != nil {
		return fmt.Errorf("ledger cursor is corrupt: %w", err)
	}
	l.have = true
	l.jlow = l.cur.Block + 1
	if v, ok, err := getFrom(l.db, journalLowKey()); err != nil {
		return err
	} else if ok && len(v) == 8 {
		l.jlow = binary.BigEndian.Uint64(v)
	}
	l.pruned = 0
	return nil
}

// loadVersion checks the directory's protocol, writing it when absent (a
// new ledger). A v1 ledger — version 1, or no version key but a cursor
// (made before the key existed) — fails with ErrV1Ledger.
func (l *Ledger) loadVersion() error {
	v, ok, err := getFrom(l.db, versionKey())
	if err != nil {
		return err
	}
	if ok {
		switch {
		case len(v) == 1 && Protocol(v[0]) == ProtocolV2:
			return nil
		case len(v) == 1 && v[0] == 1:
			return fmt.Errorf("%w: %w", ErrOtherLedger, ErrV1Ledger)
		}
		return fmt.Errorf("%w: it holds protocol %x, asked for v%d", ErrOtherLedger, v, ProtocolV2)
	}
	if _, had, err := getFrom(l.db, cursorKey()); err != nil {
		return err
	} else if had {
		return fmt.Errorf("%w: a versionless ledger: %w", ErrOtherLedger, ErrV1Ledger)
	}
	if err := l.db.Set(versionKey(), []byte{byte(ProtocolV2)}, pebble.Sync); err != nil {
		return fmt.Errorf("write ledger version: %w", err)
	}
	return nil
}

// identity is the value of the identity key: marketplace and start block.
func (l *Ledger) identity() []byte {
	return append(append([]byte{}, l.addr[:]...), be64(l.cfg.StartBlock)...)
}

// Run follows the chain until ctx ends (see chain.Watcher.Run).
func (l *Ledger) Run(ctx context.Context) error { return l.w.Run(ctx) }

// Step ingests everything up to the confirmed head once. Tests call it
// after mining.
func (l *Ledger) Step(ctx context.Context) error { return l.w.Step(ctx) }

// ReadRetries is how many of the watcher's RPC reads were retried after a
// transient failure (chain.Watcher.ReadRetries).
func (l *Ledger) ReadRetries() int64 { return l.w.ReadRetries() }

// RecoveredLogs is how many logs its watcher took from blocks whose range
// answer left them out (chain.Watcher.RecoveredLogs).
func (l *Ledger) RecoveredLogs() uint64 { return l.w.RecoveredLogs() }

// Synced is the confirmed block the view is complete up to (zero before
// the first page).
func (l *Ledger) Synced() chain.Cursor {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.cur
}

// Close closes the store and every subscription. It is idempotent.
func (l *Ledger) Close() error {
	l.dbmu.Lock()
	defer l.dbmu.Unlock()
	if l.closed {
		return nil
	}
	l.closed = true
	l.mu.Lock()
	for id, ch := range l.subs {
		close(ch)
		delete(l.subs, id)
	}
	l.mu.Unlock()
	if err := l.db.Close(); err != nil {
		return fmt.Errorf("close ledger: %w", err)
	}
	return nil
}

// Subscribe returns a channel that receives an Update after each commit,
// and a function that ends the subscription. Sends never block the
// ledger: a subscriber that is behind gets only the newest update
// (Rewound is kept if any coalesced update had it).
func (l *Ledger) Subscribe() (<-chan Update, func()) {
	ch := make(chan Update, 1)
	l.mu.Lock()
	id := l.nextID
	l.nextID++
	l.subs[id] = ch
	l.mu.Unlock()
	return ch, func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		if c, ok := l.subs[id]; ok {
			delete(l.subs, id)
			close(c)
		}
	}
}

// notify sends u to every subscriber; l.mu is held.
func (l *Ledger) notify(u Update) {
	for _, ch := range l.subs {
		for sent := false; !sent; {
			select {
			case ch <- u:
				sent = true
			default:
				select {
				case old := <-ch:
					u.Rewound = u.Rewound || old.Rewound
				default:
				}
			}
		}
	}
}

// read runs f on a consistent snapshot of the store.
func (l *Ledger) read(f func(r pebble.Reader) error) error {
	l.dbmu.RLock()
	defer l.dbmu.RUnlock()
	if l.closed {
		return ErrClosed
	}
	s := l.db.NewSnapshot()
	defer s.Close()
	return f(s)
}

func unmarshal(k, v []byte, out any) error {
	if err := json.Unmarshal(v, out); err != nil {
		return fmt.Errorf("corrupt value at key %x: %w", k, err)
	}
	return nil
}

// pebbleLogger drops pebble's informational chatter and reports its errors.
type pebbleLogger struct{ log *slog.Logger }

func (p pebbleLogger) Infof(string, ...any) {}
func (p pebbleLogger) Errorf(format string, args ...any) {
	p.log.Error("pebble", "msg", fmt.Sprintf(format, args...))
}
func (p pebbleLogger) Fatalf(format string, args ...any) {
	pebble.DefaultLogger.Fatalf(format, args...)
}
