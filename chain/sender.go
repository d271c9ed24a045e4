package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrTxTimeout means a sent transaction was not mined (with its
// confirmations) within SenderConfig.ReceiptTimeout. The transaction was
// not cancelled: it may still mine, and Wait on it again resumes.
var ErrTxTimeout = errors.New("transaction not mined in time")

// ErrNonceConsumed means another transaction, not one signed for this
// call, took the call's nonce: the call did not happen and cannot happen.
// Send then signs it again under a new nonce.
var ErrNonceConsumed = errors.New("nonce consumed by another transaction")

// SenderConfig tunes a Sender. DefaultSenderConfig gives working values.
type SenderConfig struct {
	// Confirmations is how many blocks must sit on top of the receipt's block.
	Confirmations uint64
	// GasHeadroom multiplies the node's gas estimate (e.g. 1.25).
	GasHeadroom float64
	// GasExtra is added to the estimate after the headroom.
	GasExtra uint64
	// ExtraFreshSlot adds, on top of GasExtra, the gas of one storage slot
	// written from zero on this chain (Sender.FreshSlotGas, measured once).
	// cairn's contract stores an epoch's seed on the first state-changing
	// call of the epoch: a call estimated in an epoch whose seed is stored
	// but mined in the next needs one fresh slot more than its estimate —
	// 22,100 gas before Amsterdam, about 110,000 under EIP-8037 (geth
	// --dev), more than 25% of most calls. Unused gas costs nothing.
	ExtraFreshSlot bool
	// Retries is how often a transient RPC failure is retried per step.
	Retries int
	// RetryBackoff is the first retry delay; it doubles per attempt.
	RetryBackoff time.Duration
	// MaxRetryBackoff caps the retry delay (0: no cap).
	MaxRetryBackoff time.Duration
	// PollInterval is how often receipts and heads are polled.
	PollInterval time.Duration
	// ReceiptTimeout bounds the wait for a receipt; 0 means wait for ctx.
	ReceiptTimeout time.Duration
	// StuckBlocks: a transaction not mined this many blocks after it was
	// (re)signed is replaced on the same nonce with fees raised by at least
	// 25%; 0 never replaces.
	StuckBlocks uint64
	// MaxFeePerGas is the operator's cap on the fee cap of any version of
	// a transaction (nil: no cap). A replacement that would need more fails
	// with ErrFeeCapReached, and the transaction stays pending.
	MaxFeePerGas *big.Int
}

// DefaultSenderConfig suits a local devnet and most public chains.
func DefaultSenderConfig() SenderConfig {
	return SenderConfig{
		GasHeadroom:     1.25,
		GasExtra:        8_000,
		ExtraFreshSlot:  true,
		Retries:         5,
		RetryBackoff:    200 * time.Millisecond,
		MaxRetryBackoff: 5 * time.Second,
		PollInterval:    100 * time.Millisecond,
		ReceiptTimeout:  2 * time.Minute,
		StuckBlocks:     6,
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
	if c.MaxFeePerGas != nil && c.MaxFeePerGas.Sign() <= 0 {
		return fmt.Errorf("max fee per gas %s must be > 0", c.MaxFeePerGas)
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

// SenderStats counts what a Sender did to get its transactions through.
type SenderStats struct {
	Sent           int64 // logical transactions broadcast (first versions)
	Retries        int64 // transient RPC failures retried (429, 5xx, refused, reset)
	LostResponses  int64 // sends whose answer was lost but the tx was found by hash
	Rebroadcasts   int64 // signed transactions sent again because the node lacked them
	Replacements   int64 // versions re-signed on the same nonce with higher fees
	NonceResyncs   int64 // nonces taken from the node because another sender used the account
	FeeCapsReached int64 // replacements refused by MaxFeePerGas
	Reclaimed      int64 // nonces taken again after a reorg dropped their returned txs
	GapsFilled     int64 // nonces below a stuck tx, neither mined nor ours, filled with a zero-value transfer
}

// Sender signs and sends transactions for one account. It is safe for
// concurrent use: nonces are assigned under a lock in send order.
//
// A logical call is bound to its nonce once signed: every version signed
// for it (the first, rebroadcasts, fee replacements) has that nonce, so at
// most one of them can ever mine, and each is remembered by hash so a mined
// one is found whichever it is.
type Sender struct {
	client   *Client
	signer   *Signer
	cfg      SenderConfig
	log      *slog.Logger
	decoders []ErrorDecoder

	mu         sync.Mutex
	nonce      uint64 // next nonce to sign; never lowered below what we signed
	nonceKnown bool
	inflight   map[uint64]*pendingTx // by nonce
	byHash     map[common.Hash]*pendingTx
	mined      map[uint64]minedTx // recent receipts returned, by nonce

	slotMu  sync.Mutex
	slotGas uint64 // FreshSlotGas once measured

	sent, retries, lost, rebroadcasts, replacements, resyncs, capsReached, reclaimed, gapsFilled atomic.Int64
}

// pendingTx is one logical call in flight: its nonce and every version
// signed for it. Its fields are guarded by Sender.mu.
type pendingTx struct {
	label     string
	nonce     uint64
	versions  []*types.Transaction // all signed, oldest first
	current   *types.Transaction   // the version to rebroadcast
	sentBlock uint64               // head when current was signed
	waiters   int
	abandoned bool // a Wait on it ended without a receipt
	capped    bool // its last replacement was refused by MaxFeePerGas
}

// NewSender returns a sender for signer's account on client.
func NewSender(client *Client, signer *Signer, cfg SenderConfig, log *slog.Logger, decoders ...ErrorDecoder) (*Sender, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("sender config: %w", err)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Sender{
		client: client, signer: signer, cfg: cfg, decoders: decoders,
		log:      log.With("component", "sender", "account", signer.Address()),
		inflight: map[uint64]*pendingTx{},
		byHash:   map[common.Hash]*pendingTx{},
		mined:    map[uint64]minedTx{},
	}, nil
}

// Address is the sending account.
func (s *Sender) Address() common.Address { return s.signer.Address() }

// Signer is the account's signer.
func (s *Sender) Signer() *Signer { return s.signer }

// Client is the chain client.
func (s *Sender) Client() *Client { return s.client }

// Decoders are the custom-error decoders used for reverts.
func (s *Sender) Decoders() []ErrorDecoder { return s.decoders }

// Stats returns the sender's counters so far.
func (s *Sender) Stats() SenderStats {
	return SenderStats{
		Sent: s.sent.Load(), Retries: s.retries.Load(), LostResponses: s.lost.Load(),
		Rebroadcasts: s.rebroadcasts.Load(), Replacements: s.replacements.Load(),
		NonceResyncs: s.resyncs.Load(), FeeCapsReached: s.capsReached.Load(), Reclaimed: s.reclaimed.Load(), GapsFilled: s.gapsFilled.Load(),
	}
}

// Pending is how many signed calls await their receipt.
func (s *Sender) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.inflight)
}

// Stuck is how many signed calls await their receipt held at the fee
// cap: their last replacement was refused by MaxFeePerGas (a
// *FeeCapError), so they wait for the base fee to fall, and every later
// call of the account queues behind them on chain.
func (s *Sender) Stuck() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, p := range s.inflight {
		if p.capped {
			n++
		}
	}
	return n
}

// Send submits call and waits for its receipt. A revert, whether found at
// estimation or in the receipt, is returned as a *RevertError. The call is
// signed again under a new nonce only when another transaction provably
// took its nonce (ErrNonceConsumed); a lost answer, a timeout or a nonce
// error never makes it run twice.
func (s *Sender) Send(ctx context.Context, call Call) (*types.Receipt, error) {
	for attempt := 0; ; attempt++ {
		tx, err := s.Submit(ctx, call)
		if err != nil {
			return nil, err
		}
		rcpt, err := s.Wait(ctx, tx)
		if errors.Is(err, ErrNonceConsumed) && attempt < 2 {
			s.log.Warn("nonce taken by another transaction, signing the call again", "label", call.Label, "nonce", tx.Nonce())
			continue
		}
		if err != nil {
			return rcpt, err
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			return rcpt, s.explainFailure(ctx, call, rcpt, tx.Gas())
		}
		return rcpt, nil
	}
}

// Submit estimates gas, signs with the next nonce and broadcasts. It
// returns the signed transaction once the node has it, or once it may have
// it (an answer lost to the network): Wait then finds it by hash or sends
// it again.
func (s *Sender) Submit(ctx context.Context, call Call) (*types.Transaction, error) {
	head, tip, feeCap, err := s.fees(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: fees: %w", call.Label, err)
	}
	if feeCap, tip, err = s.capFees(call.Label, nil, feeCap, tip, head.BaseFee); err != nil {
		return nil, err
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
		if gas, err = s.gasLimit(ctx, est); err != nil {
			return nil, fmt.Errorf("%s: %w", call.Label, err)
		}
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.syncNonce(ctx); err != nil {
		return nil, fmt.Errorf("%s: read nonce: %w", call.Label, err)
	}
	for attempt := 0; ; attempt++ {
		tx, err := s.signer.SignTx(types.NewTx(&types.DynamicFeeTx{
			ChainID: s.client.chainID, Nonce: s.nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas, To: call.To, Value: value, Data: call.Data,
		}), s.client.chainID)
		if err != nil {
			return nil, fmt.Errorf("%s: sign: %w", call.Label, err)
		}
		out := s.broadcast(ctx, tx)
		switch {
		case out.err == nil || out.ambiguous:
			if out.ambiguous {
				s.log.Warn("broadcast unconfirmed; the transaction stays bound to its nonce and is sent again while waiting",
					"label", call.Label, "tx_hash", tx.Hash(), "nonce", tx.Nonce(), "err", out.err)
			}
			// abandoned until a Wait takes it up: a caller that never waits
			// must not leave a gap before our next nonce.
			p := &pendingTx{label: call.Label, nonce: s.nonce, versions: []*types.Transaction{tx}, current: tx,
				sentBlock: head.Number.Uint64(), abandoned: true}
			s.inflight[p.nonce], s.byHash[tx.Hash()] = p, p
			s.nonce++
			s.sent.Add(1)
			s.log.Debug("sent", "label", call.Label, "tx_hash", tx.Hash(), "nonce", tx.Nonce(), "gas", gas)
			return tx, nil
		case isNonceTooLow(out.err) && attempt < 8:
			// Not ours (broadcast looked it up): another sender used the
			// account. Take the node's pending nonce, or step past this
			// one if the node lags behind its own verdict.
			s.resyncs.Add(1)
			tried := s.nonce
			s.nonceKnown = false
			if err := s.syncNonce(ctx); err != nil {
				return nil, fmt.Errorf("%s: read nonce: %w", call.Label, err)
			}
			s.nonce = max(s.nonce, tried+1)
			continue
		case isFeeTooLow(out.err) && s.cfg.MaxFeePerGas != nil && feeCap.Cmp(s.cfg.MaxFeePerGas) == 0:
			s.capsReached.Add(1)
			return nil, &FeeCapError{Label: call.Label, MaxFeePerGas: s.cfg.MaxFeePerGas, BaseFee: head.BaseFee, Err: out.err}
		}
		if re, ok := revertFromCallError(call.Label, out.err, s.decoders); ok {
			return nil, re
		}
		return nil, fmt.Errorf("%s: send: %w", call.Label, out.err)
	}
}

// explainFailure replays a failed transaction as a call on the parent
// block's state to recover its revert data.
// A transaction that used all its gas and replays without a revert ran
// out of gas: the error says so (gas used of limit).
func (s *Sender) explainFailure(ctx context.Context, call Call, rcpt *types.Receipt, limit uint64) error {
	msg := ethereum.CallMsg{From: s.Address(), To: call.To, Value: call.Value, Data: call.Data, Gas: rcpt.GasUsed * 2}
	parent := new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))
	_, err := s.client.CallContract(ctx, msg, parent)
	if err != nil {
		if re, ok := revertFromCallError(call.Label, err, s.decoders); ok {
			return re
		}
	}
	label := fmt.Sprintf("%s (tx %s)", call.Label, rcpt.TxHash)
	if rcpt.GasUsed >= limit {
		label = fmt.Sprintf("%s (tx %s, out of gas: used all %d)", call.Label, rcpt.TxHash, limit)
	}
	return &RevertError{Label: label}
}

// retry runs f, retrying transient failures with capped exponential
// backoff, and counts the retries.
func (s *Sender) retry(ctx context.Context, f func() error) error {
	delay := s.cfg.RetryBackoff
	for attempt := 0; ; attempt++ {
		err := f()
		if err == nil || !isTransient(err) || attempt >= s.cfg.Retries {
			return err
		}
		s.retries.Add(1)
		s.log.Debug("transient RPC error, retrying", "err", err, "attempt", attempt+1)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(delay):
		}
		delay = s.nextDelay(delay)
	}
}

func (s *Sender) nextDelay(d time.Duration) time.Duration {
	d *= 2
	if s.cfg.MaxRetryBackoff > 0 && d > s.cfg.MaxRetryBackoff {
		d = s.cfg.MaxRetryBackoff
	}
	return d
}
