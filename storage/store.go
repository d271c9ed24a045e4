package storage

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	"github.com/cockroachdb/pebble"

	"github.com/cairn-storage/cairn/internal/atomicfile"
	"github.com/cairn-storage/cairn/proofs"
)

// Store errors callers branch on.
var (
	ErrNotFound      = errors.New("storage: no such shard")
	ErrNoSpace       = errors.New("storage: not enough capacity")
	ErrShardExists   = errors.New("storage: shard already present with other metadata or state")
	ErrBusy          = errors.New("storage: shard is being written")
	ErrShardOverflow = errors.New("storage: write past the shard's declared size")
	ErrIncomplete    = errors.New("storage: shard incomplete")
	ErrNotStored     = errors.New("storage: shard not stored yet")
	ErrClosed        = errors.New("storage: store closed")
)

// StoreConfig configures a shard store.
type StoreConfig struct {
	Dir      string // holds shards/, partial/ and index/
	Capacity uint64 // bytes of shards (stored and receiving) the store accepts
}

// Validate checks the config.
func (c StoreConfig) Validate() error {
	if c.Dir == "" {
		return errors.New("store: dir is empty")
	}
	if c.Capacity == 0 {
		return errors.New("store: capacity is zero")
	}
	return nil
}

// Store keeps shards as files under Dir with a pebble index. Layout:
// shards/<slot hex> (complete, verified), partial/<slot hex> (receiving),
// index/ (pebble). Capacity counts every indexed shard at its full size from
// Begin on, so receiving shards reserve their space.
type Store struct {
	cfg     StoreConfig
	log     *slog.Logger
	idx     index
	mu      sync.Mutex
	used    uint64
	writers map[SlotID]*ShardWriter
	closed  bool
}

// OpenStore opens (creating if needed) the store in cfg.Dir and recovers from
// any crash: see recover for the rules.
func OpenStore(cfg StoreConfig, log *slog.Logger) (*Store, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Store{cfg: cfg, log: log.With("component", "store"), writers: map[SlotID]*ShardWriter{}}
	for _, d := range []string{cfg.Dir, s.shardDir(), s.partialDir()} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
	}
	db, err := pebble.Open(filepath.Join(cfg.Dir, "index"), &pebble.Options{Logger: quietLogger{s}})
	if err != nil {
		return nil, fmt.Errorf("open store index: %w", err)
	}
	s.idx = index{db}
	if err := s.recover(); err != nil {
		db.Close()
		return nil, fmt.Errorf("recover store: %w", err)
	}
	return s, nil
}

func (s *Store) shardDir() string   { return filepath.Join(s.cfg.Dir, "shards") }
func (s *Store) partialDir() string { return filepath.Join(s.cfg.Dir, "partial") }
func shardRel(slot SlotID) string   { return filepath.Join("shards", slot.String()) }
func (s *Store) partialPath(slot SlotID) string {
	return filepath.Join(s.partialDir(), slot.String())
}
func (s *Store) abs(rel string) string { return filepath.Join(s.cfg.Dir, rel) }

// Close closes the index. Open writers must be closed first; Close is
// idempotent.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.idx.db.Close()
}

// Capacity, Used and Free report space in bytes.
func (s *Store) Capacity() uint64 { return s.cfg.Capacity }

// Used is the total size of all indexed shards, receiving ones included.
func (s *Store) Used() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.used
}

// Free is Capacity − Used.
func (s *Store) Free() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cfg.Capacity - min(s.used, s.cfg.Capacity)
}

// Begin starts or resumes receiving a shard. A new slot reserves meta.Size
// bytes (ErrNoSpace if they do not fit); a slot already receiving with the
// same meta resumes at Offset, the length of its partial file. A slot
// already stored, or receiving with other meta, gives ErrShardExists.
func (s *Store) Begin(slot SlotID, meta ShardMeta) (*ShardWriter, error) {
	if err := proofs.CheckShardSize(meta.Size); err != nil {
		return nil, fmt.Errorf("begin slot %s: %w", slot, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, ErrClosed
	}
	if s.writers[slot] != nil {
		return nil, fmt.Errorf("begin slot %s: %w", slot, ErrBusy)
	}
	e, err := s.idx.get(slot)
	switch {
	case errors.Is(err, ErrNotFound):
		if s.used+meta.Size > s.cfg.Capacity || s.used+meta.Size < s.used {
			return nil, fmt.Errorf("begin slot %s: %d bytes, %d free: %w", slot, meta.Size, s.cfg.Capacity-min(s.used, s.cfg.Capacity), ErrNoSpace)
		}
		e = &entry{info: ShardInfo{Slot: slot, ShardMeta: meta, State: StateReceiving}, rel: shardRel(slot)}
		if err := s.idx.put(e); err != nil {
			return nil, fmt.Errorf("begin slot %s: %w", slot, err)
		}
		s.used += meta.Size
	case err != nil:
		return nil, err
	case e.info.State != StateReceiving || e.info.ShardMeta != meta:
		return nil, fmt.Errorf("begin slot %s (%s): %w", slot, e.info.State, ErrShardExists)
	}
	f, err := os.OpenFile(s.partialPath(slot), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("begin slot %s: %w", slot, err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("begin slot %s: %w", slot, err)
	}
	off := uint64(st.Size())
	if off > meta.Size {
		if err := f.Truncate(0); err != nil {
			f.Close()
			return nil, fmt.Errorf("begin slot %s: %w", slot, err)
		}
		off = 0
	}
	w := &ShardWriter{s: s, e: e, f: f, off: off, wb: atomicfile.NewWriteback(f, int64(off))}
	if off == 0 {
		w.rw = proofs.NewRootWriter(e.info.Size) // hashed as it arrives
	}
	s.writers[slot] = w
	return w, nil
}

// Info returns a shard's index entry (ErrNotFound if none).
func (s *Store) Info(slot SlotID) (ShardInfo, error) {
	e, err := s.idx.get(slot)
	if err != nil {
		return ShardInfo{}, err
	}
	return s.info(e), nil
}

func (s *Store) info(e *entry) ShardInfo {
	i := e.info
	i.Path = s.abs(e.rel)
	return i
}

// Received returns how many bytes of a receiving shard are in its partial
// file: the offset a transfer resumes at. For a stored shard it is the size.
func (s *Store) Received(slot SlotID) (uint64, error) {
	e, err := s.idx.get(slot)
	if err != nil {
		return 0, err
	}
	if e.info.State != StateReceiving {
		return e.info.Size, nil
	}
	st, err := os.Stat(s.partialPath(slot))
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("slot %s: %w", slot, err)
	}
	return min(uint64(st.Size()), e.info.Size), nil
}

// List returns every indexed shard's metadata in slot order (no trees:
// Tree and Prove read a shard's tree when proving needs it).
func (s *Store) List() ([]ShardInfo, error) {
	es, err := s.idx.all(false)
	if err != nil {
		return nil, err
	}
	out := make([]ShardInfo, len(es))
	for i, e := range es {
		out[i] = s.info(e)
	}
	return out, nil
}

// SetState moves a complete shard to another complete state (Stored, Filled,
// Proving, Released).
func (s *Store) SetState(slot SlotID, st ShardState) error {
	if st < StateStored || st > StateReleased {
		return fmt.Errorf("set slot %s to %s: %w", slot, st, ErrBadParams)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.idx.get(slot)
	if err != nil {
		return err
	}
	if e.info.State == StateReceiving {
		return fmt.Errorf("set slot %s to %s: %w", slot, st, ErrNotStored)
	}
	e.info.State = st
	return s.idx.put(e)
}

// Open returns the complete shard file for reading (proving, serving).
func (s *Store) Open(slot SlotID) (*os.File, error) {
	e, err := s.idx.get(slot)
	if err != nil {
		return nil, err
	}
	if e.info.State == StateReceiving {
		return nil, fmt.Errorf("open slot %s: %w", slot, ErrNotStored)
	}
	f, err := os.Open(s.abs(e.rel))
	if err != nil {
		return nil, fmt.Errorf("open slot %s: %w", slot, err)
	}
	return f, nil
}

// Tree returns the cached Merkle tree of a complete shard.
func (s *Store) Tree(slot SlotID) (*proofs.Tree, error) {
	e, err := s.idx.get(slot)
	if err != nil {
		return nil, err
	}
	if e.info.State == StateReceiving {
		return nil, fmt.Errorf("tree of slot %s: %w", slot, ErrNotStored)
	}
	t := new(proofs.Tree)
	if err := t.UnmarshalBinary(e.tree); err != nil {
		return nil, fmt.Errorf("tree of slot %s: %w", slot, err)
	}
	return t, nil
}

// Prove builds the multiproof of a complete shard for the given challenge
// indices, reading one block per challenge.
func (s *Store) Prove(slot SlotID, indices []uint64) ([]byte, error) {
	t, err := s.Tree(slot)
	if err != nil {
		return nil, err
	}
	f, err := s.Open(slot)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := t.Prove(f, indices)
	if err != nil {
		return nil, fmt.Errorf("prove slot %s: %w", slot, err)
	}
	return p, nil
}

// Delete removes a shard (any state) and frees its space. The index entry
// goes first, so a crash leaves at most an orphan file, which the next
// OpenStore removes.
func (s *Store) Delete(slot SlotID) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.writers[slot] != nil {
		return fmt.Errorf("delete slot %s: %w", slot, ErrBusy)
	}
	e, err := s.idx.get(slot)
	if err != nil {
		return err
	}
	if err := s.idx.del(slot); err != nil {
		return err
	}
	s.used -= e.info.Size
	for _, p := range []string{s.abs(e.rel), s.partialPath(slot)} {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("delete slot %s: %w", slot, err)
		}
	}
	return nil
}
