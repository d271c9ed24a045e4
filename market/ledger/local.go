package ledger

import (
	"fmt"

	"github.com/cockroachdb/pebble"
)

// Local owner bytes: one per service that keeps node-local records in the
// ledger's pebble (docs/ledger.md, "Node-local records").
const (
	// LocalProofs is the prover's reorg memory (market's LedgerProofs):
	// set and epoch → the block and hash of its proof's receipt.
	LocalProofs byte = 'p'
)

// Local is one owner's node-local records in the ledger's pebble: facts
// about this node (what it sent, what it decided), not about the chain.
// They share the ledger's directory and fsync but not its rules: no page
// writes them, a rewind does not undo them and a reset (a reorg deeper
// than the journal) keeps them. One owner per byte; it alone writes there.
type Local struct {
	l      *Ledger
	prefix []byte
}

// Local returns owner's node-local records.
func (l *Ledger) Local(owner byte) *Local {
	return &Local{l: l, prefix: []byte{pLocal, owner}}
}

// Put writes k → v, fsynced before it returns.
func (s *Local) Put(k, v []byte) error {
	return s.write(func(db *pebble.DB) error { return db.Set(s.key(k), v, pebble.Sync) })
}

// Delete removes k; it is not fsynced (a delete lost in a crash is made
// again by its owner: records are pruned, never needed gone).
func (s *Local) Delete(k []byte) error {
	return s.write(func(db *pebble.DB) error { return db.Delete(s.key(k), pebble.NoSync) })
}

func (s *Local) key(k []byte) []byte { return append(append([]byte(nil), s.prefix...), k...) }

func (s *Local) write(f func(db *pebble.DB) error) error {
	s.l.dbmu.RLock()
	defer s.l.dbmu.RUnlock()
	if s.l.closed {
		return ErrClosed
	}
	if err := f(s.l.db); err != nil {
		return fmt.Errorf("local record: %w", err)
	}
	return nil
}

// Scan calls f with each record (key without the owner's prefix) in key
// order, on one snapshot; f must not keep k or v.
func (s *Local) Scan(f func(k, v []byte) error) error {
	return s.l.read(func(r pebble.Reader) error {
		return scan(r, s.prefix, func(k, v []byte) error { return f(k[len(s.prefix):], v) })
	})
}
