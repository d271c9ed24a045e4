package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrTxTimeout means a sent transaction was not mined (with its
// confirmations) within SenderConfig.ReceiptTimeout.
var ErrTxTimeout = errors.New("transaction not mined in time")

// SenderConfig tunes a Sender. DefaultSenderConfig gives working values.
type SenderConfig struct {
	// Confirmations is how many blocks must sit on top of the receipt's block.
	Confirmations uint64
	// GasHeadroom multiplies the node's gas estimate (e.g. 1.25).
	GasHeadroom float64
	// Retries is how often a transient RPC failure is retried per step.
	Retries int
	// RetryBackoff is the first retry delay; it doubles per attempt.
	RetryBackoff time.Duration
	// PollInterval is how often receipts and heads are polled.
	PollInterval time.Duration
	// ReceiptTimeout bounds the wait for a receipt; 0 means wait for ctx.
	ReceiptTimeout time.Duration
}

// DefaultSenderConfig suits a local devnet and most public chains.
func DefaultSenderConfig() SenderConfig {
	return SenderConfig{
		GasHeadroom:    1.25,
		Retries:        5,
		RetryBackoff:   200 * time.Millisecond,
		PollInterval:   100 * time.Millisecond,
		ReceiptTimeout: 2 * time.Minute,
	}
}

// Validate reports a config that cannot work.
func (c SenderConfig) Validate() error {
	if c.GasHeadroom < 1 {
		return fmt.Errorf("gas headroom %.2f < 1", c.GasHeadroom)
	}
	if c.Retries < 0 || c.PollInterval <= 0 {
		return errors.New("retries must be ≥ 0 and poll interval > 0")
	}
	return nil
}

// Call is one transaction to send. A nil To deploys Data as init code.
type Call struct {
	To       *common.Address
	Data     []byte
	Value    *big.Int
	GasLimit uint64 // 0: estimate with headroom
	Label    string // for errors and logs, e.g. "fillSlot"
}

// Sender signs and sends transactions for one account. It is safe for
// concurrent use: nonces are assigned under a lock in send order.
type Sender struct {
	client   *Client
	signer   *Signer
	cfg      SenderConfig
	log      *slog.Logger
	decoders []ErrorDecoder

	mu         sync.Mutex
	nonce      uint64
	nonceKnown bool
}

// NewSender returns a sender for signer's account on client.
func NewSender(client *Client, signer *Signer, cfg SenderConfig, log *slog.Logger, decoders ...ErrorDecoder) (*Sender, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("sender config: %w", err)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Sender{client: client, signer: signer, cfg: cfg, log: log.With("component", "sender", "account", signer.Address()), decoders: decoders}, nil
}

// Address is the sending account.
func (s *Sender) Address() common.Address { return s.signer.Address() }

// Signer is the account's signer.
func (s *Sender) Signer() *Signer { return s.signer }

// Client is the chain client.
func (s *Sender) Client() *Client { return s.client }

// Decoders are the custom-error decoders used for reverts.
func (s *Sender) Decoders() []ErrorDecoder { return s.decoders }

// Send submits call and waits for its receipt. A revert, whether found at
// estimation or in the receipt, is returned as a *RevertError.
func (s *Sender) Send(ctx context.Context, call Call) (*types.Receipt, error) {
	tx, err := s.Submit(ctx, call)
	if err != nil {
		return nil, err
	}
	rcpt, err := s.Wait(ctx, tx)
	if err != nil {
		return rcpt, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, s.explainFailure(ctx, call, rcpt)
	}
	return rcpt, nil
}

// Submit estimates gas, signs with the next nonce and broadcasts.
func (s *Sender) Submit(ctx context.Context, call Call) (*types.Transaction, error) {
	tip, feeCap, err := s.fees(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: fees: %w", call.Label, err)
	}
	value := call.Value
	if value == nil {
		value = new(big.Int)
	}
	gas := call.GasLimit
	if gas == 0 {
		msg := ethereum.CallMsg{From: s.Address(), To: call.To, Value: value, Data: call.Data}
		var est uint64
		err := s.retry(ctx, func() (e error) { est, e = s.client.EstimateGas(ctx, msg); return e })
		if err != nil {
			if re, ok := revertFromCallError(call.Label, err, s.decoders); ok {
				return nil, re
			}
			return nil, fmt.Errorf("%s: estimate gas: %w", call.Label, err)
		}
		gas = uint64(float64(est) * s.cfg.GasHeadroom)
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	for attempt := 0; ; attempt++ {
		if !s.nonceKnown {
			var n uint64
			if err := s.retry(ctx, func() (e error) { n, e = s.client.PendingNonceAt(ctx, s.Address()); return e }); err != nil {
				return nil, fmt.Errorf("%s: read nonce: %w", call.Label, err)
			}
			s.nonce, s.nonceKnown = n, true
		}
		tx, err := s.signer.SignTx(types.NewTx(&types.DynamicFeeTx{
			ChainID:   s.client.chainID,
			Nonce:     s.nonce,
			GasTipCap: tip,
			GasFeeCap: feeCap,
			Gas:       gas,
			To:        call.To,
			Value:     value,
			Data:      call.Data,
		}), s.client.chainID)
		if err != nil {
			return nil, fmt.Errorf("%s: sign: %w", call.Label, err)
		}
		err = s.retry(ctx, func() error {
			e := s.client.SendTransaction(ctx, tx)
			if e != nil && strings.Contains(strings.ToLower(e.Error()), "already known") {
				return nil // an earlier attempt reached the node
			}
			return e
		})
		if err == nil {
			s.nonce++
			s.log.Debug("sent", "label", call.Label, "tx_hash", tx.Hash(), "nonce", tx.Nonce(), "gas", gas)
			return tx, nil
		}
		// Resynchronise: someone else may have used this account, or the
		// node dropped our pending transactions.
		s.nonceKnown = false
		if isNonceError(err) && attempt < 3 {
			continue
		}
		if re, ok := revertFromCallError(call.Label, err, s.decoders); ok {
			return nil, re
		}
		return nil, fmt.Errorf("%s: send: %w", call.Label, err)
	}
}

func isNonceError(err error) bool {
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "nonce too low") || strings.Contains(m, "nonce too high") || strings.Contains(m, "replacement transaction underpriced")
}

// fees returns an EIP-1559 tip and fee cap: the node's suggested tip, and a
// cap of twice the current base fee plus the tip, which survives several
// full blocks of base-fee growth.
func (s *Sender) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	var head *types.Header
	if err := s.retry(ctx, func() (e error) { head, e = s.client.HeaderByNumber(ctx, nil); return e }); err != nil {
		return nil, nil, err
	}
	if err := s.retry(ctx, func() (e error) { tip, e = s.client.SuggestGasTipCap(ctx); return e }); err != nil {
		return nil, nil, err
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	return tip, feeCap, nil
}

// Wait polls for tx's receipt and then for Confirmations blocks on top of
// it, re-checking that the receipt survived any reorg meanwhile.
func (s *Sender) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	if s.cfg.ReceiptTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.cfg.ReceiptTimeout)
		defer cancel()
	}
	t := time.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	for {
		rcpt, err := s.client.TransactionReceipt(ctx, tx.Hash())
		if err == nil && rcpt != nil {
			if s.cfg.Confirmations == 0 {
				return rcpt, nil
			}
			head, herr := s.client.BlockNumber(ctx)
			if herr == nil && head >= rcpt.BlockNumber.Uint64()+s.cfg.Confirmations {
				// Re-read: a reorg may have moved or dropped it.
				again, aerr := s.client.TransactionReceipt(ctx, tx.Hash())
				if aerr == nil && again.BlockHash == rcpt.BlockHash {
					return again, nil
				}
			}
		} else if err != nil && ctx.Err() == nil && !errors.Is(err, ethereum.NotFound) && !isTransient(err) {
			return nil, fmt.Errorf("receipt of %s: %w", tx.Hash(), err)
		}
		select {
		case <-ctx.Done():
			// The node may have dropped the transaction (e.g. a reorg):
			// read the nonce afresh before the next send.
			s.mu.Lock()
			s.nonceKnown = false
			s.mu.Unlock()
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return nil, fmt.Errorf("%w: %s", ErrTxTimeout, tx.Hash())
			}
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// explainFailure replays a failed transaction as a call on the parent
// block's state to recover its revert data.
func (s *Sender) explainFailure(ctx context.Context, call Call, rcpt *types.Receipt) error {
	msg := ethereum.CallMsg{From: s.Address(), To: call.To, Value: call.Value, Data: call.Data, Gas: rcpt.GasUsed * 2}
	parent := new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))
	_, err := s.client.CallContract(ctx, msg, parent)
	if err != nil {
		if re, ok := revertFromCallError(call.Label, err, s.decoders); ok {
			return re
		}
	}
	return &RevertError{Label: fmt.Sprintf("%s (tx %s)", call.Label, rcpt.TxHash)}
}

// retry runs f, retrying transient failures with exponential backoff.
func (s *Sender) retry(ctx context.Context, f func() error) error {
	delay := s.cfg.RetryBackoff
	for attempt := 0; ; attempt++ {
		err := f()
		if err == nil || !isTransient(err) || attempt >= s.cfg.Retries {
			return err
		}
		s.log.Debug("transient RPC error, retrying", "err", err, "attempt", attempt+1)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(delay):
		}
		delay *= 2
	}
}
