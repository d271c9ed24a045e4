package chain

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// syncNonce reads the node's pending nonce and takes it only when it is
// ahead of ours: a lagging or load-balanced node may answer lower than
// what we signed, and our signed transactions still hold those nonces. When
// the node is behind us it is sent the in-flight transactions nobody is
// waiting on (it may have dropped them). Called with s.mu held.
func (s *Sender) syncNonce(ctx context.Context) error {
	var remote uint64
	if err := s.retry(ctx, func() (e error) { remote, e = s.client.PendingNonceAt(ctx, s.Address()); return e }); err != nil {
		return err
	}
	switch {
	case !s.nonceKnown:
		s.nonce = max(s.nonce, remote)
		s.nonceKnown = true
	case remote > s.nonce:
		s.resyncs.Add(1)
		s.log.Info("account used by another sender, nonce taken from the node", "nonce", s.nonce, "node_nonce", remote)
		s.nonce = remote
	}
	if remote < s.nonce {
		s.reclaimDropped(ctx, remote)
		s.reviveAbandoned(ctx, remote)
	}
	return nil
}

// reviveAbandoned sends again the latest version of each in-flight call
// nobody waits on any more whose nonce the node does not count (it may have
// dropped it), so it cannot leave a gap before our next nonce; those whose
// nonce is consumed on chain are forgotten. Called with s.mu held.
func (s *Sender) reviveAbandoned(ctx context.Context, remote uint64) {
	var latest uint64
	latestKnown := false
	for n, p := range s.inflight {
		if !p.abandoned || p.waiters > 0 {
			continue
		}
		if !latestKnown {
			v, err := s.client.NonceAt(ctx, s.Address(), nil)
			if err != nil {
				return
			}
			latest, latestKnown = v, true
		}
		if n < latest {
			s.forgetLocked(p)
			continue
		}
		if n >= remote {
			if out := s.broadcast(ctx, p.current); out.err == nil {
				s.rebroadcasts.Add(1)
			}
		}
	}
}

// forgetLocked drops p from the in-flight set. Called with s.mu held.
func (s *Sender) forgetLocked(p *pendingTx) {
	if s.inflight[p.nonce] == p {
		delete(s.inflight, p.nonce)
	}
	for _, v := range p.versions {
		delete(s.byHash, v.Hash())
	}
}

// sendOutcome is what a broadcast achieved: err is nil when the node has
// the transaction; ambiguous means it may have it (answers were lost).
type sendOutcome struct {
	err       error
	ambiguous bool
}

// broadcast sends tx, retrying transient failures; before each retry and
// after any refusal it looks tx up by hash, so a send whose answer was lost
// is recognised instead of repeated.
func (s *Sender) broadcast(ctx context.Context, tx *types.Transaction) sendOutcome {
	delay := s.cfg.RetryBackoff
	maybeDelivered := false // an earlier attempt may have reached the node
	for attempt := 0; ; attempt++ {
		err := s.client.SendTransaction(ctx, tx)
		if err == nil || isKnownTx(err) {
			return sendOutcome{}
		}
		if ctx.Err() != nil {
			return sendOutcome{err: ctx.Err(), ambiguous: true}
		}
		var lerr error
		if !isUnsent(err) {
			var known bool
			if known, lerr = s.known(ctx, tx.Hash()); known {
				s.lost.Add(1)
				s.log.Info("send answer lost, transaction found by hash", "tx_hash", tx.Hash(), "err", err)
				return sendOutcome{}
			}
		}
		if !isTransient(err) {
			if maybeDelivered && isNonceTooLow(err) {
				// Our own earlier attempt may be what consumed the nonce:
				// stay bound to it and let Wait tell (ErrNonceConsumed
				// only on proof).
				return sendOutcome{err: err, ambiguous: true}
			}
			if lerr != nil {
				s.log.Debug("look-up after a refused send failed", "tx_hash", tx.Hash(), "err", lerr)
			}
			return sendOutcome{err: err}
		}
		if !isUnsent(err) {
			maybeDelivered = true
		}
		if attempt >= s.cfg.Retries {
			return sendOutcome{err: err, ambiguous: true}
		}
		s.retries.Add(1)
		s.log.Debug("transient RPC error on send, retrying", "err", err, "attempt", attempt+1)
		select {
		case <-ctx.Done():
			return sendOutcome{err: ctx.Err(), ambiguous: true}
		case <-time.After(delay):
		}
		delay = s.nextDelay(delay)
	}
}

// known reports whether the node has tx (pending or mined).
func (s *Sender) known(ctx context.Context, h common.Hash) (bool, error) {
	err := s.retry(ctx, func() error { _, _, e := s.client.TransactionByHash(ctx, h); return e })
	if err == nil {
		return true, nil
	}
	if errors.Is(err, ethereum.NotFound) {
		return false, nil
	}
	return false, err
}
