package storage

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"
)

// SlotID identifies a storage slot: keccak256(abi.encode(requestId, index)).
type SlotID [32]byte

func (s SlotID) String() string { return hex.EncodeToString(s[:]) }

// ShardState is a stored shard's place in its life cycle.
type ShardState uint8

// States. Receiving is the only state whose bytes are not yet verified and
// in place; every later state has the complete shard file.
const (
	StateReceiving ShardState = 1 + iota // bytes arriving into a partial file
	StateStored                          // verified, fsynced, renamed into place
	StateFilled                          // the slot was filled on chain
	StateProving                         // being proven every epoch
	StateReleased                        // slot over; kept until Delete
)

func (s ShardState) String() string {
	switch s {
	case StateReceiving:
		return "receiving"
	case StateStored:
		return "stored"
	case StateFilled:
		return "filled"
	case StateProving:
		return "proving"
	case StateReleased:
		return "released"
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// ShardMeta is what the provider knows of a shard before receiving it.
type ShardMeta struct {
	RequestID [32]byte
	SlotIndex uint64
	Root      [32]byte
	Size      uint64
}

// ShardInfo is a shard's index entry.
type ShardInfo struct {
	Slot SlotID
	ShardMeta
	State ShardState
	Path  string // the shard file (absolute); only complete in states ≥ Stored
}

// entry is the stored form of an index record: ShardInfo plus the cached
// tree (proofs.Tree.MarshalBinary) once the shard is stored.
type entry struct {
	info ShardInfo
	rel  string // path relative to the store dir
	tree []byte
}

var keyPrefix = []byte("shard/")

func indexKey(slot SlotID) []byte { return append(append([]byte(nil), keyPrefix...), slot[:]...) }

// Entry encoding v1 (big-endian): [0] version, [1] state, [2:34] root,
// [34:66] request id, [66:74] slot index, [74:82] size, [82:84] path length
// P, path, [4] tree length T, tree.
const entryVersion = 1

func (e *entry) marshal() []byte {
	b := make([]byte, 84, 84+len(e.rel)+4+len(e.tree))
	b[0] = entryVersion
	b[1] = byte(e.info.State)
	copy(b[2:34], e.info.Root[:])
	copy(b[34:66], e.info.RequestID[:])
	binary.BigEndian.PutUint64(b[66:], e.info.SlotIndex)
	binary.BigEndian.PutUint64(b[74:], e.info.Size)
	binary.BigEndian.PutUint16(b[82:], uint16(len(e.rel)))
	b = append(b, e.rel...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(e.tree)))
	return append(b, e.tree...)
}

var errBadEntry = errors.New("storage: malformed index entry")

// unmarshalEntry decodes an index record. withTree copies the cached tree
// out of b; List passes false, so listing a store of many shards copies
// only their fixed-size metadata.
func unmarshalEntry(slot SlotID, b []byte, withTree bool) (*entry, error) {
	if len(b) < 84 || b[0] != entryVersion {
		return nil, errBadEntry
	}
	e := &entry{}
	e.info.Slot = slot
	e.info.State = ShardState(b[1])
	copy(e.info.Root[:], b[2:34])
	copy(e.info.RequestID[:], b[34:66])
	e.info.SlotIndex = binary.BigEndian.Uint64(b[66:])
	e.info.Size = binary.BigEndian.Uint64(b[74:])
	p := int(binary.BigEndian.Uint16(b[82:]))
	rest := b[84:]
	if len(rest) < p+4 {
		return nil, errBadEntry
	}
	e.rel = string(rest[:p])
	t := int(binary.BigEndian.Uint32(rest[p:]))
	rest = rest[p+4:]
	if len(rest) != t || e.info.State < StateReceiving || e.info.State > StateReleased {
		return nil, errBadEntry
	}
	if t > 0 && withTree {
		e.tree = append([]byte(nil), rest...)
	}
	return e, nil
}

// index wraps the pebble database.
type index struct{ db *pebble.DB }

func (x index) get(slot SlotID) (*entry, error) {
	v, closer, err := x.db.Get(indexKey(slot))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, fmt.Errorf("slot %s: %w", slot, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("index get %s: %w", slot, err)
	}
	defer closer.Close()
	e, err := unmarshalEntry(slot, v, true)
	if err != nil {
		return nil, fmt.Errorf("slot %s: %w", slot, err)
	}
	return e, nil
}

func (x index) put(e *entry) error {
	if err := x.db.Set(indexKey(e.info.Slot), e.marshal(), pebble.Sync); err != nil {
		return fmt.Errorf("index put %s: %w", e.info.Slot, err)
	}
	return nil
}

func (x index) del(slot SlotID) error {
	if err := x.db.Delete(indexKey(slot), pebble.Sync); err != nil {
		return fmt.Errorf("index delete %s: %w", slot, err)
	}
	return nil
}

// all returns every entry in slot order; with withTree false the entries
// carry no tree (metadata only: a store of 1 TB of shards lists without
// copying megabytes of trees).
func (x index) all(withTree bool) ([]*entry, error) {
	upper := append([]byte(nil), keyPrefix...)
	upper[len(upper)-1]++
	it, err := x.db.NewIter(&pebble.IterOptions{LowerBound: keyPrefix, UpperBound: upper})
	if err != nil {
		return nil, fmt.Errorf("index iterate: %w", err)
	}
	defer it.Close()
	var out []*entry
	for it.First(); it.Valid(); it.Next() {
		var slot SlotID
		k := it.Key()
		if len(k) != len(keyPrefix)+32 {
			return nil, fmt.Errorf("index key %x: %w", k, errBadEntry)
		}
		copy(slot[:], k[len(keyPrefix):])
		e, err := unmarshalEntry(slot, it.Value(), withTree)
		if err != nil {
			return nil, fmt.Errorf("slot %s: %w", slot, err)
		}
		out = append(out, e)
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("index iterate: %w", err)
	}
	return out, nil
}

// quietLogger drops pebble's informational chatter and reports errors
// through the store's logger.
type quietLogger struct{ s *Store }

func (q quietLogger) Infof(string, ...any) {}
func (q quietLogger) Errorf(format string, args ...any) {
	q.s.log.Error("pebble", "msg", fmt.Sprintf(format, args...))
}
func (q quietLogger) Fatalf(format string, args ...any) { pebble.DefaultLogger.Fatalf(format, args...) }
