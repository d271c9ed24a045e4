package ledger

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"
)

// txn is one page's writes: an indexed pebble batch (reads see the page's
// own writes) that journals the prior value of every key it changes in a
// block ≥ jfrom, once per key and block, so Rewind can restore it.
type txn struct {
	b     *pebble.Batch
	jfrom uint64
	block uint64
	seq   uint32
	seen  map[string]struct{}
}

func newTxn(db *pebble.DB, jfrom uint64) *txn {
	return &txn{b: db.NewIndexedBatch(), jfrom: jfrom}
}

// at sets the block the following writes belong to.
func (t *txn) at(block uint64) {
	if t.seen == nil || block != t.block {
		t.block, t.seq, t.seen = block, 0, map[string]struct{}{}
	}
}

func (t *txn) get(k []byte) ([]byte, bool, error) {
	return getFrom(t.b, k)
}

// getFrom reads a key from a pebble reader, copying the value.
func getFrom(r pebble.Reader, k []byte) ([]byte, bool, error) {
	v, c, err := r.Get(k)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("read key %x: %w", k, err)
	}
	out := append([]byte(nil), v...)
	if err := c.Close(); err != nil {
		return nil, false, fmt.Errorf("read key %x: %w", k, err)
	}
	return out, true, nil
}

func (t *txn) getJSON(k []byte, v any) (bool, error) {
	b, ok, err := t.get(k)
	if err != nil || !ok {
		return ok, err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("corrupt value at key %x: %w", k, err)
	}
	return true, nil
}

func (t *txn) put(k, v []byte) error {
	if err := t.journal(k); err != nil {
		return err
	}
	return t.b.Set(k, v, nil)
}

func (t *txn) putJSON(k []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode value for key %x: %w", k, err)
	}
	return t.put(k, b)
}

func (t *txn) del(k []byte) error {
	if err := t.journal(k); err != nil {
		return err
	}
	return t.b.Delete(k, nil)
}

// journal records k's current value under the block's undo log.
func (t *txn) journal(k []byte) error {
	if t.block < t.jfrom {
		return nil
	}
	if _, ok := t.seen[string(k)]; ok {
		return nil
	}
	t.seen[string(k)] = struct{}{}
	prior, existed, err := t.get(k)
	if err != nil {
		return err
	}
	rec := make([]byte, 0, 1+binary.MaxVarintLen64+len(k)+len(prior))
	if existed {
		rec = append(rec, 1)
	} else {
		rec = append(rec, 0)
	}
	rec = binary.AppendUvarint(rec, uint64(len(k)))
	rec = append(rec, k...)
	rec = append(rec, prior...)
	t.seq++
	return t.b.Set(undoKey(t.block, t.seq), rec, nil)
}

// errCorruptUndo means an undo record does not parse.
var errCorruptUndo = errors.New("corrupt undo record")

// parseUndo splits an undo record into key, prior value and whether the
// key existed.
func parseUndo(rec []byte) (k, prior []byte, existed bool, err error) {
	if len(rec) < 2 || rec[0] > 1 {
		return nil, nil, false, errCorruptUndo
	}
	n, w := binary.Uvarint(rec[1:])
	if w <= 0 || n > uint64(len(rec)-1-w) {
		return nil, nil, false, errCorruptUndo
	}
	k = rec[1+w : 1+w+int(n)]
	return k, rec[1+w+int(n):], rec[0] == 1, nil
}
