package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

// gapPolls is how many liveness checks in a row, each at a new head, must
// see a gap below a stuck transaction before it is filled.
const gapPolls = 2

// fillGap handles a stuck transaction p that the node holds but cannot
// mine because a nonce below it is neither mined nor signed by this
// process: the transaction a previous process (or another sender of the
// account) signed on it is gone, e.g. a reorg dropped it after that
// process had its receipt and exited. reclaimDropped cannot see that gap
// (it knows only the receipts this process returned), and a fee
// replacement of p does not help, so every later call of this account
// would wait behind it forever. Each such nonce is filled with a
// zero-value transfer to ourselves (21,000 gas). If the dropped
// transaction comes back and mines first, the filler is merely refused or
// never mines: a filler runs no call. It reports whether it sent any.
func (s *Sender) fillGap(ctx context.Context, p *pendingTx, w *waitState) bool {
	var latest uint64
	if err := s.retry(ctx, func() (e error) { latest, e = s.client.NonceAt(ctx, s.Address(), nil); return e }); err != nil {
		return false
	}
	if latest >= p.nonce {
		w.gapSeen = 0
		return false
	}
	var gaps []uint64
	s.mu.Lock()
	for n := latest; n < p.nonce; n++ {
		if _, ours := s.inflight[n]; !ours {
			gaps = append(gaps, n)
		}
	}
	s.mu.Unlock()
	if len(gaps) == 0 {
		w.gapSeen = 0 // our own calls hold those nonces; their waits send them again
		return false
	}
	if w.gapSeen++; w.gapSeen < gapPolls {
		return false
	}
	w.gapSeen = 0
	head, tip, feeCap, err := s.fees(ctx)
	if err != nil {
		return false
	}
	if feeCap, tip, err = s.capFees("nonce filler", nil, feeCap, tip, head.BaseFee); err != nil {
		return false
	}
	self := s.Address()
	sent := false
	for _, n := range gaps {
		tx, err := s.signer.SignTx(types.NewTx(&types.DynamicFeeTx{
			ChainID: s.client.chainID, Nonce: n, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: 21_000, To: &self, Value: new(big.Int),
		}), s.client.chainID)
		if err != nil {
			return sent
		}
		if out := s.broadcast(ctx, tx); out.err != nil && !out.ambiguous {
			s.log.Info("nonce filler refused", "nonce", n, "err", out.err)
			continue
		}
		s.gapsFilled.Add(1)
		sent = true
		s.log.Warn("a nonce below a stuck transaction was neither mined nor ours; filled with a zero-value transfer",
			"nonce", n, "stuck_label", p.label, "stuck_nonce", p.nonce, "tx_hash", tx.Hash())
	}
	return sent
}
