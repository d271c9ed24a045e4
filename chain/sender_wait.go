package chain

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// Wait polls for the receipt of tx's call, whichever of its versions mined,
// and then for Confirmations blocks on top of it, re-checking that the
// receipt survived any reorg meanwhile. While it waits it keeps the call
// alive: a version the node lost is sent again, and one stuck for
// StuckBlocks is replaced with higher fees on the same nonce (up to
// MaxFeePerGas, else a *FeeCapError). It fails with ErrNonceConsumed only
// when another transaction provably took the nonce. A timeout or a
// cancelled ctx does not cancel the transaction: Wait on it again resumes.
func (s *Sender) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	if s.cfg.ReceiptTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.cfg.ReceiptTimeout)
		defer cancel()
	}
	p := s.track(tx)
	done := false
	defer func() { s.untrack(p, done) }()
	t := time.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	var w waitState
	for {
		rcpt, err := s.poll(ctx, p, &w)
		if err != nil || rcpt != nil {
			done = rcpt != nil || errors.Is(err, ErrNonceConsumed)
			if rcpt != nil && rcpt.BlockNumber != nil {
				s.rememberMined(p.nonce, rcpt.TxHash, rcpt.BlockNumber.Uint64())
			}
			return rcpt, err
		}
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return nil, fmt.Errorf("%w: %s (nonce %d)", ErrTxTimeout, tx.Hash(), tx.Nonce())
			}
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// waitState is what one Wait remembers between polls.
type waitState struct {
	lastHead uint64 // head at the last liveness check
	consumed int    // polls that saw the nonce consumed with no receipt of ours
	gapSeen  int    // polls in a row that saw a gap below this stuck nonce
}

// track returns the in-flight record of tx (found by any version's hash),
// creating one for a transaction this sender did not sign in this process.
func (s *Sender) track(tx *types.Transaction) *pendingTx {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.byHash[tx.Hash()]
	if !ok {
		p = &pendingTx{label: "tx", nonce: tx.Nonce(), versions: []*types.Transaction{tx}, current: tx}
		s.byHash[tx.Hash()] = p
		if _, taken := s.inflight[p.nonce]; !taken {
			s.inflight[p.nonce] = p
		}
	}
	p.waiters++
	p.abandoned = false
	return p
}

func (s *Sender) untrack(p *pendingTx, done bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p.waiters--
	if done {
		s.forgetLocked(p)
		return
	}
	if p.waiters == 0 {
		p.abandoned = true
	}
}

// poll does one round: receipts of every version, then, on a new head, a
// liveness check of the current version (rebroadcast, replace, or detect a
// foreign nonce). It returns a confirmed receipt, a final error, or neither.
func (s *Sender) poll(ctx context.Context, p *pendingTx, w *waitState) (*types.Receipt, error) {
	rcpt, confirmed, err := s.receiptOf(ctx, p)
	if err != nil || confirmed {
		return rcpt, err
	}
	if rcpt != nil {
		return nil, nil // mined; waiting for confirmations
	}
	var head uint64
	err = s.retry(ctx, func() (e error) { head, e = s.client.BlockNumber(ctx); return e })
	if err != nil || head == w.lastHead {
		return nil, nil // transient errors and idle heads: poll again
	}
	w.lastHead = head
	s.mu.Lock()
	cur := p.current
	if p.sentBlock == 0 {
		p.sentBlock = head
	}
	stuck := s.cfg.StuckBlocks > 0 && head >= p.sentBlock+s.cfg.StuckBlocks
	s.mu.Unlock()

	known, err := s.known(ctx, cur.Hash())
	if err != nil {
		return nil, nil
	}
	if known {
		w.consumed = 0
		if stuck {
			if s.fillGap(ctx, p, w) {
				return nil, nil
			}
			return nil, s.replace(ctx, p, head)
		}
		return nil, nil
	}
	// The node has no version we would rebroadcast. Is the nonce taken?
	var latest uint64
	err = s.retry(ctx, func() (e error) { latest, e = s.client.NonceAt(ctx, s.Address(), nil); return e })
	if err != nil {
		return nil, nil
	}
	if latest > p.nonce {
		// Mined by one of ours between the look-ups, or by a foreign
		// transaction. Require two polls in a row at distinct heads.
		if rcpt, confirmed, err := s.receiptOf(ctx, p); err != nil || confirmed {
			return rcpt, err
		} else if rcpt != nil {
			return nil, nil
		}
		if w.consumed++; w.consumed >= 2 {
			return nil, fmt.Errorf("%s: %w: nonce %d", p.label, ErrNonceConsumed, p.nonce)
		}
		return nil, nil
	}
	if stuck && s.fillGap(ctx, p, w) {
		return nil, nil
	}
	out := s.broadcast(ctx, cur)
	switch {
	case out.err == nil:
		s.rebroadcasts.Add(1)
		s.log.Info("transaction missing from the node, sent again", "label", p.label, "tx_hash", cur.Hash(), "nonce", cur.Nonce())
	case isFeeTooLow(out.err):
		// Dropped for its fee (e.g. the base fee rose over its cap):
		// reprice now instead of waiting StuckBlocks more.
		return nil, s.replace(ctx, p, head)
	}
	return nil, nil
}

// receiptOf looks for a receipt of any version of p, newest first: rcpt is
// set when one mined, confirmed when it also has its confirmations (and
// survived a re-read); err is a final failure.
func (s *Sender) receiptOf(ctx context.Context, p *pendingTx) (rcpt *types.Receipt, confirmed bool, err error) {
	s.mu.Lock()
	versions := append([]*types.Transaction(nil), p.versions...)
	s.mu.Unlock()
	for i := len(versions) - 1; i >= 0; i-- {
		h := versions[i].Hash()
		var r *types.Receipt
		err := s.retry(ctx, func() (e error) { r, e = s.client.TransactionReceipt(ctx, h); return e })
		if err != nil {
			if ctx.Err() == nil && !errors.Is(err, ethereum.NotFound) && !isTransient(err) {
				return nil, true, fmt.Errorf("receipt of %s: %w", h, err)
			}
			continue
		}
		if r == nil {
			continue
		}
		if s.cfg.Confirmations == 0 {
			return r, true, nil
		}
		head, herr := s.client.BlockNumber(ctx)
		if herr != nil || head < r.BlockNumber.Uint64()+s.cfg.Confirmations {
			return r, false, nil
		}
		// Re-read: a reorg may have moved or dropped it.
		again, aerr := s.client.TransactionReceipt(ctx, h)
		if aerr == nil && again.BlockHash == r.BlockHash {
			return again, true, nil
		}
		return r, false, nil
	}
	return nil, false, nil
}
