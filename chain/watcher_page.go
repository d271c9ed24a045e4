package chain

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	// ErrLogRange means the RPC refused an eth_getLogs range as too wide or
	// its answer as too large. The watcher splits the page and retries; it
	// surfaces only when a single block is refused.
	ErrLogRange = errors.New("log query refused as too large")
	// ErrBadPage means the RPC's answer for a page is inconsistent (logs of
	// another chain than its headers, blocks that do not link, or no logs for
	// a block whose own logs, asked by hash, are not empty or fail); the page
	// is not applied and is asked again on the next step.
	ErrBadPage = errors.New("inconsistent answer for a log page")
)

// rangeMessages are what common providers say when a log range or its
// answer is too large (geth, Infura, Alchemy, QuickNode, Ankr, Erigon,
// Cloudflare, BlastAPI, Chainstack), lower-cased.
var rangeMessages = []string{
	"block range", "range too", "range is too", "too wide", "query returned more than",
	"more than 10000 results", "exceeds max results", "too many results", "response size",
	"limited to", "range limit", "maximum block range", "max block range", "exceed maximum",
	"exceeds the range", "logs matched by query exceeds", "exceeds limit", "limit exceeded",
}

// IsLogRangeError reports whether an eth_getLogs error is a refusal of the
// range or of the answer's size. It classifies the raw RPC error once, at
// the boundary, by code (-32005 limit exceeded, HTTP 413) or by the
// providers' known messages.
func IsLogRangeError(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, ErrLogRange) {
		return true
	}
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == -32005 {
		return true
	}
	var he rpc.HTTPError
	if errors.As(err, &he) && he.StatusCode == 413 {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range rangeMessages {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// page1 fetches, checks and applies the logs of blocks from..to, safe being
// the confirmed head and prev the stored hash of block from−1 (zero when
// unknown). It returns the new cursor.
func (w *Watcher) page1(ctx context.Context, from, to, safe uint64, prev common.Hash) (Cursor, error) {
	var logs []types.Log
	err := w.read(ctx, func() (e error) {
		logs, e = w.src.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from),
			ToBlock:   new(big.Int).SetUint64(to),
			Addresses: w.cfg.Addresses,
			Topics:    w.cfg.Topics,
		})
		return e
	})
	if err != nil {
		if IsLogRangeError(err) {
			return Cursor{}, fmt.Errorf("%w: get logs %d..%d: %w", ErrLogRange, from, to, err)
		}
		return Cursor{}, fmt.Errorf("get logs %d..%d: %w", from, to, err)
	}
	if err := checkOrder(logs, from, to); err != nil {
		return Cursor{}, err
	}
	// Headers of the blocks inside the reorg window (at least the last
	// one, whose hash the cursor keeps).
	lo := from
	if safe+1 > w.cfg.ReorgWindow {
		lo = max(lo, safe+1-w.cfg.ReorgWindow)
	}
	lo = min(lo, to)
	if lo != from {
		prev = common.Hash{}
	}
	perBlock := map[uint64]int{}
	for i := range logs {
		perBlock[logs[i].BlockNumber]++
	}
	headers, err := w.headers(ctx, lo, to)
	if err != nil {
		return Cursor{}, err
	}
	hashes := make([]BlockHash, 0, to-lo+1)
	recovered := false
	for i, h := range headers {
		n := lo + uint64(i)
		if prev != (common.Hash{}) && h.ParentHash != prev {
			return Cursor{}, fmt.Errorf("%w: block %d does not extend the previous one (the chain moved)", ErrBadPage, n)
		}
		prev = h.Hash()
		hashes = append(hashes, BlockHash{Number: n, Hash: prev})
		if perBlock[n] == 0 && w.bloomNamesUs(h) {
			left, err := w.blockLogs(ctx, n, prev)
			if err != nil {
				return Cursor{}, err
			}
			if len(left) > 0 {
				w.log.Warn("the RPC's log range answer left out a block's logs; taken from the block itself", "block", n, "logs", len(left))
				w.recovered.Add(uint64(len(left)))
				logs = append(logs, left...)
				recovered = true
			}
		}
	}
	if recovered { // the range answer is in order (checkOrder); only taken logs need placing
		slices.SortStableFunc(logs, func(a, b types.Log) int {
			return cmp.Or(cmp.Compare(a.BlockNumber, b.BlockNumber), cmp.Compare(a.Index, b.Index))
		})
	}
	for i := range logs {
		if n := logs[i].BlockNumber; n >= lo && logs[i].BlockHash != hashes[n-lo].Hash {
			return Cursor{}, fmt.Errorf("%w: log of block %d has hash %s, the header %s", ErrBadPage, n, logs[i].BlockHash, hashes[n-lo].Hash)
		}
	}
	cur := Cursor{Block: to, Hash: hashes[len(hashes)-1].Hash}
	if err := w.sink.Apply(ctx, logs, cur, hashes); err != nil {
		return Cursor{}, fmt.Errorf("apply logs %d..%d: %w", from, to, err)
	}
	return cur, nil
}

// headerBatcher is what headers prefers: blocks' headers in JSON-RPC
// batches (chain.Client), one request per batch instead of one per block.
type headerBatcher interface {
	HeadersByNumber(ctx context.Context, from, to uint64) ([]*types.Header, error)
}

// headers reads the headers of blocks from..to, batched when the source
// can, each request retried on transient failures.
func (w *Watcher) headers(ctx context.Context, from, to uint64) ([]*types.Header, error) {
	if hb, ok := w.src.(headerBatcher); ok {
		var hs []*types.Header
		err := w.read(ctx, func() (e error) { hs, e = hb.HeadersByNumber(ctx, from, to); return e })
		if err != nil {
			return nil, fmt.Errorf("headers %d..%d: %w", from, to, err)
		}
		if uint64(len(hs)) != to-from+1 {
			return nil, fmt.Errorf("%w: %d headers for blocks %d..%d", ErrBadPage, len(hs), from, to)
		}
		return hs, nil
	}
	hs := make([]*types.Header, 0, to-from+1)
	for n := from; n <= to; n++ {
		var h *types.Header
		err := w.read(ctx, func() (e error) { h, e = w.src.HeaderByNumber(ctx, new(big.Int).SetUint64(n)); return e })
		if err != nil {
			return nil, fmt.Errorf("header %d: %w", n, err)
		}
		hs = append(hs, h)
	}
	return hs, nil
}

// checkOrder rejects logs outside the asked range, out of chain order or
// marked removed.
func checkOrder(logs []types.Log, from, to uint64) error {
	for i := range logs {
		l := &logs[i]
		if l.BlockNumber < from || l.BlockNumber > to || l.Removed {
			return fmt.Errorf("%w: log of block %d in an answer for %d..%d", ErrBadPage, l.BlockNumber, from, to)
		}
		if i > 0 {
			p := &logs[i-1]
			if p.BlockNumber > l.BlockNumber || p.BlockNumber == l.BlockNumber && p.Index >= l.Index {
				return fmt.Errorf("%w: logs out of order at block %d", ErrBadPage, l.BlockNumber)
			}
		}
	}
	return nil
}

// bloomNamesUs reports whether a header's bloom may contain a log of a
// watched address. Only without topic filters: with them, a log of the
// address may rightly be filtered out.
func (w *Watcher) bloomNamesUs(h *types.Header) bool {
	if len(w.cfg.Topics) != 0 {
		return false
	}
	for _, a := range w.cfg.Addresses {
		if types.BloomLookup(h.Bloom, a) {
			return true
		}
	}
	return false
}

// receiptSource is what confirmEmpty prefers: a block's receipts come
// from another code path of the node than eth_getLogs.
type receiptSource interface {
	BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
}

// blockLogs reads the watched logs of a block whose bloom names a watched
// address but for which the range query gave none: from its receipts when
// the source serves them (eth_getBlockReceipts, another code path of the
// node than eth_getLogs), else by asking its logs by hash (EIP-234; a node
// that lacks the block fails). Both are asked by the block's hash, so what
// they return belongs to the header just checked. None means a bloom false
// positive; logs found are the ones the range answer left out (an RPC
// answering [] on a lagging or broken log index), and a failure fails the
// page.
func (w *Watcher) blockLogs(ctx context.Context, n uint64, hash common.Hash) ([]types.Log, error) {
	var logs []types.Log
	if rs, ok := w.src.(receiptSource); ok {
		var rcpts []*types.Receipt
		err := w.read(ctx, func() (e error) {
			rcpts, e = rs.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(hash, true))
			return e
		})
		if err != nil {
			return nil, fmt.Errorf("%w: block %d's bloom names a watched contract, no logs came and its receipts failed: %w", ErrBadPage, n, err)
		}
		for _, r := range rcpts {
			for _, l := range r.Logs {
				logs = append(logs, *l)
			}
		}
	} else {
		err := w.read(ctx, func() (e error) {
			logs, e = w.src.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash, Addresses: w.cfg.Addresses})
			return e
		})
		if err != nil {
			return nil, fmt.Errorf("%w: block %d's bloom names a watched contract, no logs came and the block's own logs failed: %w", ErrBadPage, n, err)
		}
	}
	var out []types.Log
	for _, l := range logs {
		if !slices.Contains(w.cfg.Addresses, l.Address) || !topicsMatch(w.cfg.Topics, l.Topics) {
			continue
		}
		if l.BlockNumber != n || l.BlockHash != hash {
			return nil, fmt.Errorf("%w: block %d (%s) answered with a log of block %d (%s)", ErrBadPage, n, hash, l.BlockNumber, l.BlockHash)
		}
		out = append(out, l)
	}
	return out, nil
}

// topicsMatch is eth_getLogs' topic filter: position i matches any of
// want[i], and an empty position matches anything.
func topicsMatch(want [][]common.Hash, got []common.Hash) bool {
	if len(want) > len(got) {
		return false
	}
	for i, alts := range want {
		if len(alts) > 0 && !slices.Contains(alts, got[i]) {
			return false
		}
	}
	return true
}
