package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// checkReorg compares the cursor with the chain. When the chain's block at
// the cursor's height has another hash (or is gone), it walks back through
// the hashes the sink stored to the newest block the chain still has, and
// rewinds the sink to it. Without a stored match it rewinds by ReorgWindow
// blocks with an unknown (zero) hash, which lets the sink reset itself. It
// returns the cursor to continue from; ok is false after a full reset.
func (w *Watcher) checkReorg(ctx context.Context, cur Cursor) (Cursor, bool, error) {
	if cur.Hash == (common.Hash{}) {
		return cur, true, nil
	}
	same, err := w.chainHas(ctx, cur.Block, cur.Hash)
	if err != nil || same {
		return cur, true, err
	}
	floor := w.cfg.StartBlock
	if floor > 0 {
		floor-- // the block before the first scanned one
	}
	target := Cursor{Block: floor}
	if cur.Block > floor+w.cfg.ReorgWindow {
		target.Block = cur.Block - w.cfg.ReorgWindow
	}
	for n := cur.Block; n > target.Block; {
		n--
		h, ok, err := w.sink.StoredHash(n)
		if err != nil {
			return cur, true, fmt.Errorf("stored hash %d: %w", n, err)
		}
		if !ok {
			continue
		}
		same, err := w.chainHas(ctx, n, h)
		if err != nil {
			return cur, true, err
		}
		if same {
			target = Cursor{Block: n, Hash: h}
			break
		}
	}
	w.log.Warn("reorg: rewinding to the common ancestor", "from_block", cur.Block, "to_block", target.Block,
		"ancestor_known", target.Hash != (common.Hash{}))
	if err := w.sink.Rewind(ctx, target); err != nil {
		return cur, true, fmt.Errorf("rewind to %d: %w", target.Block, err)
	}
	c, ok, err := w.sink.Cursor()
	if err != nil {
		return cur, true, fmt.Errorf("load cursor: %w", err)
	}
	return c, ok, nil
}

// chainHas reports whether the chain's block n has hash h.
func (w *Watcher) chainHas(ctx context.Context, n uint64, h common.Hash) (bool, error) {
	var hd *types.Header
	err := w.read(ctx, func() (e error) { hd, e = w.src.HeaderByNumber(ctx, new(big.Int).SetUint64(n)); return e })
	if errors.Is(err, ethereum.NotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("header %d: %w", n, err)
	}
	return hd.Hash() == h, nil
}
