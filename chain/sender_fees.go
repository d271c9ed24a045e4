package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

// ErrFeeCapReached is matched (errors.Is) by every *FeeCapError.
var ErrFeeCapReached = errors.New("fee cap reached")

// FeeCapError means a transaction would need a fee cap above the operator's
// SenderConfig.MaxFeePerGas to be sent or replaced. When Tx is set, that
// transaction was signed and is NOT cancelled: it keeps its nonce, may
// still mine when fees fall, and Wait(ctx, Tx) resumes waiting for it (the
// sender also sends it again before its next call). Do not sign the same
// call again.
type FeeCapError struct {
	Label        string
	Tx           *types.Transaction // nil when nothing was signed
	MaxFeePerGas *big.Int
	BaseFee      *big.Int
	Err          error // the node's refusal, if any
}

func (e *FeeCapError) Error() string {
	msg := fmt.Sprintf("%s: fee cap %s reached (base fee %s)", e.Label, e.MaxFeePerGas, e.BaseFee)
	if e.Tx != nil {
		msg += fmt.Sprintf("; tx %s stays pending on nonce %d", e.Tx.Hash(), e.Tx.Nonce())
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Is makes errors.Is(err, ErrFeeCapReached) true.
func (e *FeeCapError) Is(target error) bool { return target == ErrFeeCapReached }

// Unwrap returns the node's refusal, if any.
func (e *FeeCapError) Unwrap() error { return e.Err }

// replaceBump is the minimum raise of tip and fee cap for a replacement, in
// percent: geth's pool requires 10% (txpool.pricebump), some nodes 12.5%;
// 25% clears every rule with margin.
const replaceBump = 25

// fees returns the head, an EIP-1559 tip and fee cap: the node's suggested
// tip, and a cap of twice the current base fee plus the tip, which survives
// several full blocks of base-fee growth.
func (s *Sender) fees(ctx context.Context) (head *types.Header, tip, feeCap *big.Int, err error) {
	if err := s.retry(ctx, func() (e error) { head, e = s.client.HeaderByNumber(ctx, nil); return e }); err != nil {
		return nil, nil, nil, err
	}
	if err := s.retry(ctx, func() (e error) { tip, e = s.client.SuggestGasTipCap(ctx); return e }); err != nil {
		return nil, nil, nil, err
	}
	if head.BaseFee == nil {
		head.BaseFee = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	return head, tip, feeCap, nil
}

// capFees clamps a fee cap (and the tip under it) to MaxFeePerGas. It fails
// with a *FeeCapError when the clamped cap cannot be mined at base, or, for
// a replacement of old, does not raise old's cap at all.
func (s *Sender) capFees(label string, old *types.Transaction, feeCap, tip, base *big.Int) (*big.Int, *big.Int, error) {
	max := s.cfg.MaxFeePerGas
	if max == nil || feeCap.Cmp(max) <= 0 {
		return feeCap, tip, nil
	}
	feeCap = new(big.Int).Set(max)
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	if feeCap.Cmp(base) < 0 || (old != nil && feeCap.Cmp(old.GasFeeCap()) <= 0) {
		s.capsReached.Add(1)
		return nil, nil, &FeeCapError{Label: label, Tx: old, MaxFeePerGas: max, BaseFee: base}
	}
	return feeCap, tip, nil
}

// bumped raises v by replaceBump percent.
func bumped(v *big.Int) *big.Int {
	r := new(big.Int).Mul(v, big.NewInt(100+replaceBump))
	return r.Div(r.Add(r, big.NewInt(99)), big.NewInt(100))
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// replace re-signs p's call on its nonce with fees raised by at least
// replaceBump percent and at least to what the current base fee needs,
// within MaxFeePerGas, and broadcasts it. Every version stays remembered.
func (s *Sender) replace(ctx context.Context, p *pendingTx, head uint64) error {
	s.mu.Lock()
	old, label := p.current, p.label
	s.mu.Unlock()
	hdr, sugTip, _, err := s.fees(ctx)
	if err != nil {
		return nil // transient: try again at the next poll
	}
	tip := maxBig(bumped(old.GasTipCap()), sugTip)
	feeCap := maxBig(bumped(old.GasFeeCap()), new(big.Int).Add(new(big.Int).Mul(hdr.BaseFee, big.NewInt(2)), tip))
	feeCap, tip, err = s.capFees(label, old, feeCap, tip, hdr.BaseFee)
	if err != nil {
		s.markCapped(p)
		return err
	}
	tx, err := s.signer.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: s.client.chainID, Nonce: old.Nonce(), GasTipCap: tip, GasFeeCap: feeCap,
		Gas: old.Gas(), To: old.To(), Value: old.Value(), Data: old.Data(),
	}), s.client.chainID)
	if err != nil {
		return fmt.Errorf("%s: sign replacement: %w", label, err)
	}
	s.mu.Lock()
	p.versions = append(p.versions, tx)
	s.byHash[tx.Hash()] = p
	s.mu.Unlock()
	out := s.broadcast(ctx, tx)
	if out.err != nil && !out.ambiguous {
		if isFeeTooLow(out.err) && s.cfg.MaxFeePerGas != nil && feeCap.Cmp(s.cfg.MaxFeePerGas) == 0 {
			s.capsReached.Add(1)
			s.markCapped(p)
			return &FeeCapError{Label: label, Tx: old, MaxFeePerGas: s.cfg.MaxFeePerGas, BaseFee: hdr.BaseFee, Err: out.err}
		}
		s.log.Warn("replacement refused; the previous version keeps waiting", "label", label, "tx_hash", tx.Hash(), "nonce", tx.Nonce(), "err", out.err)
		return nil
	}
	s.mu.Lock()
	p.current, p.sentBlock, p.capped = tx, head, false
	s.mu.Unlock()
	s.replacements.Add(1)
	s.log.Info("stuck transaction replaced", "label", label, "nonce", tx.Nonce(), "old_tx_hash", old.Hash(), "tx_hash", tx.Hash(),
		"fee_cap", feeCap, "tip", tip, "base_fee", hdr.BaseFee)
	return nil
}

// markCapped records that p waits held at the fee cap (Stuck) until a
// replacement goes through or it is mined.
func (s *Sender) markCapped(p *pendingTx) {
	s.mu.Lock()
	p.capped = true
	s.mu.Unlock()
}
