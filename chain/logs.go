package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// DefaultLogSpan is the widest eth_getLogs block range FilterLogsPaged asks
// for by default: public RPC endpoints refuse wider ones (10,000 blocks is a
// common cap).
const DefaultLogSpan = 5000

// LogFilterer reads logs (ethclient's FilterLogs).
type LogFilterer interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// FilterLogsPaged runs q (its addresses and topics; its block fields are
// ignored) over the blocks from..to, span blocks per eth_getLogs call
// (0: DefaultLogSpan), and returns the logs in chain order. It is the one
// range-limited log reader of the node's one-shot event lookups; the
// Watcher pages on its own, behind a confirmation depth.
func FilterLogsPaged(ctx context.Context, src LogFilterer, q ethereum.FilterQuery, from, to, span uint64) ([]types.Log, error) {
	if span == 0 {
		span = DefaultLogSpan
	}
	var out []types.Log
	for lo := from; lo <= to; lo += span {
		hi := to
		if to-lo >= span {
			hi = lo + span - 1
		}
		q.FromBlock, q.ToBlock, q.BlockHash = new(big.Int).SetUint64(lo), new(big.Int).SetUint64(hi), nil
		ls, err := src.FilterLogs(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("logs %d..%d: %w", lo, hi, err)
		}
		out = append(out, ls...)
		if hi == to { // to may be the largest uint64
			break
		}
	}
	return out, nil
}
