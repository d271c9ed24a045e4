package marketv2

import (
	"context"
	"fmt"
	"math/big"

	"github.com/cairn-storage/cairn/contracts"
)

// Client-side custom errors (§10.1, §10.2) callers branch on.
const (
	ErrNotClient          ContractError = "NotClient"
	ErrCannotCancel       ContractError = "CannotCancel"
	ErrBadTimeline        ContractError = "BadTimeline"
	ErrAuditNotResolvable ContractError = "AuditNotResolvable"
	ErrUnknownRequest     ContractError = "UnknownRequest"
)

// AuditEpochs is the contract's AUDIT_EPOCHS: an audit of epoch a can be
// answered through a + AuditEpochs and resolved once closedEpochs() ≥ a +
// AuditEpochs.
const AuditEpochs = 2

// ExtendQuote is what extending a request to NewEnd costs.
type ExtendQuote struct {
	Request [32]byte
	OldEnd  uint64
	NewEnd  uint64
	Storage *big.Int // price × (k+m) × (NewEnd − OldEnd)
	TopUp   *big.Int // added to the repair reserve
	Total   *big.Int // Storage + TopUp
}

// QuoteExtend computes the cost of moving req's end to newEnd with topUp
// (nil = none), checking what the contract would refuse: ErrNotClient,
// ErrRequestNotLive, ErrBadTimeline, ErrTooLateToExtend.
func (m *Market) QuoteExtend(ctx context.Context, req [32]byte, newEnd uint64, topUp *big.Int) (ExtendQuote, error) {
	ri, err := m.RequestInfo(ctx, req)
	if err != nil {
		return ExtendQuote{}, err
	}
	x, err := m.CurrentEpoch(ctx)
	if err != nil {
		return ExtendQuote{}, err
	}
	return quoteExtend(ri, req, m.Self(), x, uint64(m.Config.MissWindow), newEnd, topUp)
}

func quoteExtend(ri requestInfo, req [32]byte, self [20]byte, x, notice, newEnd uint64, topUp *big.Int) (ExtendQuote, error) {
	q := ExtendQuote{Request: req, OldEnd: uint64(ri.EndEpoch), NewEnd: newEnd}
	switch {
	case ri.State == RequestNone:
		return q, fmt.Errorf("extend %s: %w", short(req), ErrUnknownRequest)
	case ri.Client != self:
		return q, fmt.Errorf("extend %s: client is %s: %w", short(req), ri.Client, ErrNotClient)
	case !live(&ri):
		return q, fmt.Errorf("extend %s: state %d: %w", short(req), ri.State, ErrRequestNotLive)
	case newEnd <= q.OldEnd || newEnd >= NoEpoch:
		return q, fmt.Errorf("extend %s from %d to %d: %w", short(req), q.OldEnd, newEnd, ErrBadTimeline)
	case x+notice > q.OldEnd:
		return q, fmt.Errorf("extend %s: epoch %d + notice %d is past its end %d: %w", short(req), x, notice, q.OldEnd, ErrTooLateToExtend)
	}
	if topUp == nil {
		topUp = new(big.Int)
	}
	slots := int64(ri.K) + int64(ri.M)
	q.Storage = new(big.Int).Mul(ri.Price, big.NewInt(slots))
	q.Storage.Mul(q.Storage, new(big.Int).SetUint64(newEnd-q.OldEnd))
	q.TopUp = new(big.Int).Set(topUp)
	q.Total = new(big.Int).Add(q.Storage, q.TopUp)
	return q, nil
}

// Extend checks and quotes an extension of req by epochs, approves the
// tokens and sends it. It returns the quote it paid.
func (m *Market) Extend(ctx context.Context, req [32]byte, epochs uint64, topUp *big.Int) (ExtendQuote, error) {
	ri, err := m.RequestInfo(ctx, req)
	if err != nil {
		return ExtendQuote{}, err
	}
	q, err := m.QuoteExtend(ctx, req, uint64(ri.EndEpoch)+epochs, topUp)
	if err != nil {
		return q, err
	}
	if err := m.EnsureAllowance(ctx, q.Total); err != nil {
		return q, err
	}
	if err := m.ExtendRequest(ctx, req, q.NewEnd, q.TopUp); err != nil {
		return q, err
	}
	return q, nil
}

// RefundQuote is what terminating a request (`cairn rm`) in the current
// epoch x returns to the client: Now, the O(1) refund the contract credits
// at once (price × (settled − paid + slotEpochs − covered) + reserveLeft,
// §9.1), and Later, price × (T.end − max(stop, T.join)) for each current
// tenure running past stop = min(end, x+2), credited as those tenures are
// cut to stop when they settle. Missed epochs after the quote add to it.
type RefundQuote struct {
	Stop  uint64
	Now   *big.Int
	Later *big.Int
	Total *big.Int
}

// QuoteTerminate computes the RefundQuote of terminating req now.
func (m *Market) QuoteTerminate(ctx context.Context, req [32]byte) (RefundQuote, error) {
	ri, err := m.RequestInfo(ctx, req)
	if err != nil {
		return RefundQuote{}, err
	}
	if err := m.checkClient(ri, req, "terminate"); err != nil {
		return RefundQuote{}, err
	}
	x, err := m.CurrentEpoch(ctx)
	if err != nil {
		return RefundQuote{}, err
	}
	q := RefundQuote{Stop: min(uint64(ri.EndEpoch), x+2), Now: refundOf(ri), Later: new(big.Int)}
	for idx := range uint64(ri.K) + uint64(ri.M) {
		si, err := m.SlotInfo(ctx, req, idx)
		if err != nil {
			return q, err
		}
		if si.Tenure == nil || si.Tenure.Sign() == 0 {
			continue
		}
		ti, err := m.TenureInfo(ctx, si.Tenure)
		if err != nil {
			return q, err
		}
		if from := max(q.Stop, uint64(ti.Join)); uint64(ti.End) > from {
			q.Later.Add(q.Later, new(big.Int).Mul(ri.Price, new(big.Int).SetUint64(uint64(ti.End)-from)))
		}
	}
	q.Total = new(big.Int).Add(q.Now, q.Later)
	return q, nil
}

func refundOf(ri requestInfo) *big.Int {
	slotEpochs := (uint64(ri.K) + uint64(ri.M)) * (uint64(ri.EndEpoch) - uint64(ri.StartEpoch))
	n := new(big.Int).SetUint64(ri.Settled - ri.Paid)
	n.Add(n, new(big.Int).SetUint64(slotEpochs-ri.Covered))
	n.Mul(n, ri.Price)
	return n.Add(n, ri.ReserveLeft)
}

func (m *Market) checkClient(ri requestInfo, req [32]byte, what string) error {
	switch {
	case ri.State == RequestNone:
		return fmt.Errorf("%s %s: %w", what, short(req), ErrUnknownRequest)
	case ri.Client != m.Self():
		return fmt.Errorf("%s %s: client is %s: %w", what, short(req), ri.Client, ErrNotClient)
	case !live(&ri):
		return fmt.Errorf("%s %s: state %d: %w", what, short(req), ri.State, ErrRequestNotLive)
	}
	return nil
}

// Terminate checks that the sender is req's client and the request live,
// ends it (`cairn rm`) and returns the refund the contract credited to the
// sender's marketplace balance at once (RequestTerminated): the Now part
// of a QuoteTerminate read in the same epoch.
func (m *Market) Terminate(ctx context.Context, req [32]byte) (*big.Int, error) {
	ri, err := m.RequestInfo(ctx, req)
	if err != nil {
		return nil, err
	}
	if err := m.checkClient(ri, req, "terminate"); err != nil {
		return nil, err
	}
	rcpt, err := m.send(ctx, "terminate "+short(req), m.mp.PackTerminateRequest(req))
	if err != nil {
		return nil, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := m.mp.UnpackRequestTerminatedEvent(l); err == nil {
			return ev.Refund, nil
		}
	}
	return nil, fmt.Errorf("terminate: tx %s: RequestTerminated: %w", rcpt.TxHash, ErrNoEvent)
}

// Cancel cancels a pending request past its expiry that was made with
// cancelOnExpiry; ErrCannotCancel otherwise (checked before sending).
func (m *Market) Cancel(ctx context.Context, req [32]byte) error {
	ri, err := m.RequestInfo(ctx, req)
	if err != nil {
		return err
	}
	if ri.State == RequestNone {
		return fmt.Errorf("cancel %s: %w", short(req), ErrUnknownRequest)
	}
	head, err := m.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("cancel %s: head: %w", short(req), err)
	}
	if ri.State != RequestPending || ri.Closed || head < ri.Expiry || !ri.CancelOnExpiry {
		// The transaction lands in head+1, which must be past expiry.
		return fmt.Errorf("cancel %s: state %d, expiry block %d, head %d, cancel on expiry %t: %w",
			short(req), ri.State, ri.Expiry, head, ri.CancelOnExpiry, ErrCannotCancel)
	}
	return m.CancelRequest(ctx, req)
}

type requestInfo = contracts.IMarketplaceV2RequestInfo
