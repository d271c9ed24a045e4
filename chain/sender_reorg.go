package chain

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// minedWindow is how many of the latest nonces whose receipt Wait returned
// the sender remembers, to notice a reorg that later dropped them.
const minedWindow = 64

// minedTx is a transaction whose receipt was returned to its caller.
type minedTx struct {
	hash  common.Hash
	block uint64
}

// rememberMined records that the call on nonce mined as hash in block.
func (s *Sender) rememberMined(nonce uint64, hash common.Hash, block uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mined[nonce] = minedTx{hash: hash, block: block}
	for n := range s.mined {
		if n+minedWindow < s.nonce {
			delete(s.mined, n)
		}
	}
}

// reclaimDropped handles a node whose pending nonce (remote) is below
// ours. That is normally a lagging node, and ours stays. But when every
// nonce from some n up to ours belongs to a transaction whose receipt we
// returned and which the node, at a head past its block, no longer has
// (neither mined nor pooled: a reorg dropped it and nobody re-injected
// it), no signed transaction of ours can fill those nonces, and signing
// above them would leave every later transaction behind a gap. Those
// nonces are then taken again, by the next calls: the dropped calls are
// not re-sent (they were signed for the old chain; their callers learn of
// the reorg from their reorg-aware view and re-send what they still want).
// If a dropped transaction resurfaces and mines first, the call signed on
// its nonce ends with ErrNonceConsumed and Send signs it again. Called
// with s.mu held.
func (s *Sender) reclaimDropped(ctx context.Context, remote uint64) {
	if remote >= s.nonce {
		return
	}
	top := s.nonce - 1 // nothing to reclaim unless the newest call was returned and is not in flight
	if _, busy := s.inflight[top]; busy {
		return
	}
	if _, ok := s.mined[top]; !ok {
		return
	}
	var head, latest uint64
	if err := s.retry(ctx, func() (e error) { head, e = s.client.BlockNumber(ctx); return e }); err != nil {
		return
	}
	if err := s.retry(ctx, func() (e error) { latest, e = s.client.NonceAt(ctx, s.Address(), nil); return e }); err != nil {
		return
	}
	lowest := s.nonce
	for n := s.nonce; n > max(remote, latest); {
		n--
		m, ok := s.mined[n]
		if _, busy := s.inflight[n]; busy || !ok || head < m.block || !s.gone(ctx, m.hash) {
			break
		}
		lowest = n
	}
	if lowest == s.nonce {
		return
	}
	// Below the reclaimed nonces, down to the node's: nonces this process
	// never signed (a previous process's, whose receipts it had), which the
	// same reorg dropped, at a head past the blocks ours mined in. Nothing
	// of ours can fill them either, so they are taken again too, by the
	// next calls, instead of waiting for fillGap's stuck-transaction
	// check, which needs new heads (an automining or quiet chain has none
	// while everything waits behind the gap).
	floor := max(remote, latest)
	for n := floor; n < lowest; n++ {
		if _, busy := s.inflight[n]; busy {
			floor = lowest
			break
		}
	}
	for n := floor; n < lowest; n++ {
		s.log.Warn("a reorg dropped a nonce this process did not sign (an earlier process's); it is taken again", "nonce", n, "head", head)
	}
	s.reclaimed.Add(int64(lowest - floor))
	for n := lowest; n < s.nonce; n++ {
		s.log.Warn("a reorg dropped a transaction whose receipt was returned; its nonce is taken again",
			"tx_hash", s.mined[n].hash, "nonce", n, "mined_block", s.mined[n].block, "head", head)
		delete(s.mined, n)
	}
	s.reclaimed.Add(int64(s.nonce - lowest))
	s.nonce = floor
}

// gone reports whether the node has neither a receipt nor the transaction
// h; a failed look-up counts as not gone.
func (s *Sender) gone(ctx context.Context, h common.Hash) bool {
	err := s.retry(ctx, func() error { _, e := s.client.TransactionReceipt(ctx, h); return e })
	if !errors.Is(err, ethereum.NotFound) {
		return false
	}
	known, err := s.known(ctx, h)
	return err == nil && !known
}
