package ledger

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
)

// sink is the ledger as its watcher's chain.LogSink.
type sink struct{ l *Ledger }

var _ chain.LogSink = sink{}

func (s sink) Cursor() (chain.Cursor, bool, error) {
	l := s.l
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.cur, l.have, nil
}

func (s sink) StoredHash(n uint64) (common.Hash, bool, error) {
	var h common.Hash
	var ok bool
	err := s.l.read(func(r pebble.Reader) error {
		v, found, err := getFrom(r, hashKey(n))
		if found && len(v) == len(h) {
			h, ok = common.BytesToHash(v), true
		}
		return err
	})
	return h, ok, err
}

// Apply decodes the page's logs and commits the derived state, the page's
// block hashes, the journal and the cursor in one synced batch.
func (s sink) Apply(_ context.Context, logs []types.Log, to chain.Cursor, hashes []chain.BlockHash) error {
	l := s.l
	l.dbmu.RLock()
	defer l.dbmu.RUnlock()
	if l.closed {
		return ErrClosed
	}
	l.mu.Lock()
	cur, have, jlow, pruned := l.cur, l.have, l.jlow, l.pruned
	l.mu.Unlock()
	jfrom := to.Block + 1 // first journaled block of this page
	if len(hashes) > 0 {
		jfrom = hashes[0].Number
	}
	t := newTxn(l.db, jfrom)
	defer t.b.Close()
	applied := 0
	for i := range logs {
		lg := &logs[i]
		if lg.Address != l.addr {
			continue
		}
		ev, err := l.dec.Decode(lg)
		if err != nil {
			return err
		}
		if ev == nil {
			continue
		}
		t.at(lg.BlockNumber)
		if err := applyV2(t, ev, lg); err != nil {
			return fmt.Errorf("apply log %d of block %d: %w", lg.Index, lg.BlockNumber, err)
		}
		applied++
	}
	for _, h := range hashes {
		if err := t.b.Set(hashKey(h.Number), h.Hash[:], nil); err != nil {
			return err
		}
	}
	// The journal stays contiguous only if this page was journaled from
	// its first block on.
	first := l.cfg.StartBlock
	if have {
		first = cur.Block + 1
	}
	if !have || jfrom > first {
		jlow = jfrom
	}
	if w := l.cfg.window(); to.Block+1 > w {
		below := to.Block + 1 - w
		if below > pruned {
			if err := prune(t.b, pruned, below); err != nil {
				return err
			}
			pruned = below
		}
		jlow = max(jlow, below)
	}
	if err := t.b.Set(journalLowKey(), be64(jlow), nil); err != nil {
		return err
	}
	cb, err := json.Marshal(to)
	if err != nil {
		return err
	}
	if err := t.b.Set(cursorKey(), cb, nil); err != nil {
		return err
	}
	if err := t.b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("commit page to block %d: %w", to.Block, err)
	}
	l.mu.Lock()
	l.cur, l.have, l.jlow, l.pruned = to, true, jlow, pruned
	if applied > 0 {
		l.gen++
	}
	l.notify(Update{Synced: to})
	l.mu.Unlock()
	return nil
}

// prune deletes undo records and hashes of blocks in [from, below).
func prune(b *pebble.Batch, from, below uint64) error {
	for _, r := range [][2][]byte{{undoKey(from, 0), undoKey(below, 0)}, {hashKey(from), hashKey(below)}} {
		if err := b.DeleteRange(r[0], r[1], nil); err != nil {
			return fmt.Errorf("prune journal: %w", err)
		}
	}
	return nil
}

// Rewind undoes every block above to.Block from the journal. When the
// journal does not reach that far, or the ancestor is unknown (zero hash),
// it wipes the ledger so the watcher rescans from StartBlock.
func (s sink) Rewind(_ context.Context, to chain.Cursor) error {
	l := s.l
	l.dbmu.RLock()
	defer l.dbmu.RUnlock()
	if l.closed {
		return ErrClosed
	}
	l.mu.Lock()
	cur, have, jlow := l.cur, l.have, l.jlow
	l.mu.Unlock()
	if !have || to.Block >= cur.Block {
		return nil
	}
	b := l.db.NewBatch()
	defer b.Close()
	exact := to.Hash != (common.Hash{}) && to.Block+1 >= jlow
	if exact {
		if err := undo(l.db, b, to.Block); err != nil {
			return err
		}
		cb, err := json.Marshal(to)
		if err != nil {
			return err
		}
		if err := b.Set(cursorKey(), cb, nil); err != nil {
			return err
		}
	} else {
		if err := b.DeleteRange([]byte{0}, []byte{0xff}, nil); err != nil {
			return fmt.Errorf("reset ledger: %w", err)
		}
		if err := b.Set(identityKey(), l.identity(), nil); err != nil {
			return fmt.Errorf("reset ledger: %w", err)
		}
		if err := b.Set(versionKey(), []byte{byte(ProtocolV2)}, nil); err != nil {
			return fmt.Errorf("reset ledger: %w", err)
		}
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("commit rewind to block %d: %w", to.Block, err)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.gen++
	if exact {
		l.cur = to
		l.log.Warn("rewound", "from_block", cur.Block, "to_block", to.Block)
	} else {
		l.cur, l.have, l.jlow, l.pruned = chain.Cursor{}, false, 0, 0
		l.log.Warn("reorg deeper than the journal: ledger reset, rescanning", "from_block", cur.Block, "start_block", l.cfg.StartBlock)
	}
	l.notify(Update{Synced: l.cur, Rewound: true})
	return nil
}

// undo restores, newest first, every key journaled above block `to` and
// drops those undo records and hashes.
func undo(db *pebble.DB, b *pebble.Batch, to uint64) error {
	lo, hi := undoKey(to+1, 0), upper([]byte{pUndo})
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: hi})
	if err != nil {
		return fmt.Errorf("iterate journal: %w", err)
	}
	for it.Last(); it.Valid(); it.Prev() {
		k, prior, existed, err := parseUndo(it.Value())
		if err != nil {
			_ = it.Close()
			return fmt.Errorf("undo record %x: %w", it.Key(), err)
		}
		if existed {
			err = b.Set(k, prior, nil)
		} else {
			err = b.Delete(k, nil)
		}
		if err != nil {
			_ = it.Close()
			return err
		}
	}
	if err := it.Close(); err != nil {
		return fmt.Errorf("iterate journal: %w", err)
	}
	if err := b.DeleteRange(lo, hi, nil); err != nil {
		return err
	}
	return b.DeleteRange(hashKey(to+1), upper([]byte{pHash}), nil)
}
