package marketv2

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
)

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// EnsureAllowance approves the marketplace to pull at least need tokens from
// the sender, approving the maximum once.
func (m *Market) EnsureAllowance(ctx context.Context, need *big.Int) error {
	if m.sender == nil {
		return fmt.Errorf("approve: %w", ErrReadOnly)
	}
	cur, err := bind.Call(m.tinst, &bind.CallOpts{Context: ctx}, m.tok.PackAllowance(m.sender.Address(), m.dep.Marketplace), m.tok.UnpackAllowance)
	if err != nil {
		return fmt.Errorf("read allowance: %w", decoded(err))
	}
	if cur.Cmp(need) >= 0 {
		return nil
	}
	_, err = m.sendTo(ctx, m.dep.Token, "approve marketplace v2", m.tok.PackApprove(m.dep.Marketplace, maxUint256))
	return err
}

// RegisterProvider publishes the sender's peer info.
func (m *Market) RegisterProvider(ctx context.Context, info []byte) error {
	_, err := m.send(ctx, "register provider", m.mp.PackRegisterProvider(info))
	return err
}

// CreateSet creates a proof set owned by the sender and returns its id.
func (m *Market) CreateSet(ctx context.Context) (uint64, error) {
	rcpt, err := m.send(ctx, "create set", m.mp.PackCreateSet())
	if err != nil {
		return 0, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := m.mp.UnpackSetCreatedEvent(l); err == nil {
			return ev.SetId, nil
		}
	}
	return 0, fmt.Errorf("create set: tx %s: SetCreated: %w", rcpt.TxHash, ErrNoEvent)
}

// ProveSet sends the set's proof for epoch.
func (m *Market) ProveSet(ctx context.Context, setID, epoch uint64, proof []byte) (*types.Receipt, error) {
	return m.send(ctx, fmt.Sprintf("prove set %d epoch %d", setID, epoch), m.mp.PackProveSet(setID, uint32(epoch), proof))
}

// Poke stores the seed of the current epoch (any transaction would).
func (m *Market) Poke(ctx context.Context, epoch uint64) error {
	_, err := m.send(ctx, fmt.Sprintf("poke %d", epoch), m.mp.PackPoke(epoch))
	return err
}

// RequestStorage creates a request (after EnsureAllowance) and returns its id.
func (m *Market) RequestStorage(ctx context.Context, p contracts.IMarketplaceV2RequestParams) ([32]byte, *types.Receipt, error) {
	rcpt, err := m.send(ctx, "request storage", m.mp.PackRequestStorage(p))
	if err != nil {
		return [32]byte{}, rcpt, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := m.mp.UnpackStorageRequestedEvent(l); err == nil {
			return ev.RequestId, rcpt, nil
		}
	}
	return [32]byte{}, rcpt, fmt.Errorf("request storage: tx %s: StorageRequested: %w", rcpt.TxHash, ErrNoEvent)
}

// ReserveSlot reserves a slot and returns the reservation's block.
func (m *Market) ReserveSlot(ctx context.Context, req [32]byte, index uint64) (uint64, error) {
	rcpt, err := m.send(ctx, fmt.Sprintf("reserve slot %d of %s", index, short(req)), m.mp.PackReserveSlot(req, u256(index)))
	if err != nil {
		return 0, err
	}
	return rcpt.BlockNumber.Uint64(), nil
}

// ReserveSlotWithTicket reserves with the client's EIP-712 ticket.
func (m *Market) ReserveSlotWithTicket(ctx context.Context, req [32]byte, index, deadline uint64, sig []byte) (uint64, error) {
	rcpt, err := m.send(ctx, fmt.Sprintf("reserve slot %d of %s with ticket", index, short(req)), m.mp.PackReserveSlotWithTicket(req, u256(index), deadline, sig))
	if err != nil {
		return 0, err
	}
	return rcpt.BlockNumber.Uint64(), nil
}

// FillSlot fills a reserved slot into setID with its fill proof and returns
// the new tenure's id.
func (m *Market) FillSlot(ctx context.Context, req [32]byte, index, setID uint64, proof []byte) (*big.Int, error) {
	rcpt, err := m.send(ctx, fmt.Sprintf("fill slot %d of %s into set %d", index, short(req), setID), m.mp.PackFillSlot(req, u256(index), setID, proof))
	if err != nil {
		return nil, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := m.mp.UnpackSlotFilledEvent(l); err == nil {
			return ev.TenureId, nil
		}
	}
	return nil, fmt.Errorf("fill slot: tx %s: SlotFilled: %w", rcpt.TxHash, ErrNoEvent)
}

// Settled is one tenure's settlement from a receipt.
type Settled = contracts.MarketplaceV2TenureSettled

// Settle settles tenures (sorted by set by the caller for one _advance per
// set) and returns their TenureSettled events. ErrNothingToSettle when none
// had anything to do.
func (m *Market) Settle(ctx context.Context, tenureIDs []*big.Int) ([]*Settled, error) {
	rcpt, err := m.send(ctx, fmt.Sprintf("settle %d tenures", len(tenureIDs)), m.mp.PackSettle(tenureIDs))
	if err != nil {
		return nil, err
	}
	var out []*Settled
	for _, l := range rcpt.Logs {
		if ev, err := m.mp.UnpackTenureSettledEvent(l); err == nil {
			out = append(out, ev)
		}
	}
	return out, nil
}

// SettleSet records a set's closed epochs (anyone).
func (m *Market) SettleSet(ctx context.Context, setID uint64) error {
	_, err := m.send(ctx, fmt.Sprintf("settle set %d", setID), m.mp.PackSettleSet(setID))
	return err
}

// RemoveMembers takes ended members out of the set's view (anyone).
func (m *Market) RemoveMembers(ctx context.Context, setID uint64, mids []uint32) error {
	_, err := m.send(ctx, fmt.Sprintf("remove %d members of set %d", len(mids), setID), m.mp.PackRemoveMembers(setID, mids))
	return err
}

// DeclareFaults declares lost members of the set (owner).
func (m *Market) DeclareFaults(ctx context.Context, setID uint64, mids []uint32) error {
	_, err := m.send(ctx, fmt.Sprintf("declare %d faults in set %d", len(mids), setID), m.mp.PackDeclareFaults(setID, mids))
	return err
}

// ExitSlot is declareFaults on the slot's current tenure.
func (m *Market) ExitSlot(ctx context.Context, slotID [32]byte) error {
	_, err := m.send(ctx, "exit slot "+short(slotID), m.mp.PackExitSlot(slotID))
	return err
}

// RetireSet retires a set (lost or emptied disk).
func (m *Market) RetireSet(ctx context.Context, setID uint64) error {
	_, err := m.send(ctx, fmt.Sprintf("retire set %d", setID), m.mp.PackRetireSet(setID))
	return err
}

// ExtendRequest moves a request's end (client), topping up the repair reserve.
func (m *Market) ExtendRequest(ctx context.Context, req [32]byte, newEnd uint64, reserveTopUp *big.Int) error {
	if reserveTopUp == nil {
		reserveTopUp = new(big.Int)
	}
	_, err := m.send(ctx, fmt.Sprintf("extend %s to %d", short(req), newEnd), m.mp.PackExtendRequest(req, uint32(newEnd), reserveTopUp))
	return err
}

// AcceptExtension extends the tenures to their requests' new ends (owner).
func (m *Market) AcceptExtension(ctx context.Context, tenureIDs []*big.Int) error {
	_, err := m.send(ctx, fmt.Sprintf("accept extension of %d tenures", len(tenureIDs)), m.mp.PackAcceptExtension(tenureIDs))
	return err
}

// DeclineExtension declines the extension for the tenures (owner).
func (m *Market) DeclineExtension(ctx context.Context, tenureIDs []*big.Int) error {
	_, err := m.send(ctx, fmt.Sprintf("decline extension of %d tenures", len(tenureIDs)), m.mp.PackDeclineExtension(tenureIDs))
	return err
}

// TerminateRequest ends a live request early (client).
func (m *Market) TerminateRequest(ctx context.Context, req [32]byte) error {
	_, err := m.send(ctx, "terminate "+short(req), m.mp.PackTerminateRequest(req))
	return err
}

// CancelRequest cancels a pending request after its expiry (anyone).
func (m *Market) CancelRequest(ctx context.Context, req [32]byte) error {
	_, err := m.send(ctx, "cancel "+short(req), m.mp.PackCancelRequest(req))
	return err
}

// FailRequest fails a request with fewer than k held slots (anyone).
func (m *Market) FailRequest(ctx context.Context, req [32]byte) error {
	_, err := m.send(ctx, "fail "+short(req), m.mp.PackFailRequest(req))
	return err
}

// Finish closes a request after its end (anyone).
func (m *Market) Finish(ctx context.Context, req [32]byte) error {
	_, err := m.send(ctx, "finish "+short(req), m.mp.PackFinish(req))
	return err
}

// AuditSlot opens an audit of a slot's current tenure (client) and returns
// the audited tenure and epoch.
func (m *Market) AuditSlot(ctx context.Context, req [32]byte, index uint64) (*big.Int, uint64, error) {
	rcpt, err := m.send(ctx, fmt.Sprintf("audit slot %d of %s", index, short(req)), m.mp.PackAuditSlot(req, u256(index)))
	if err != nil {
		return nil, 0, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := m.mp.UnpackAuditRequestedEvent(l); err == nil {
			return ev.TenureId, ev.Epoch.Uint64(), nil
		}
	}
	return nil, 0, fmt.Errorf("audit slot: tx %s: AuditRequested: %w", rcpt.TxHash, ErrNoEvent)
}

// AnswerAudit answers an open audit with its v1 multiproof (owner).
func (m *Market) AnswerAudit(ctx context.Context, tenureID *big.Int, proof []byte) error {
	_, err := m.send(ctx, fmt.Sprintf("answer audit of tenure %s", tenureID), m.mp.PackAnswerAudit(tenureID, proof))
	return err
}

// ResolveAudit resolves an unanswered or void audit (anyone) and reports
// whether it lapsed.
func (m *Market) ResolveAudit(ctx context.Context, tenureID *big.Int) (bool, error) {
	rcpt, err := m.send(ctx, fmt.Sprintf("resolve audit of tenure %s", tenureID), m.mp.PackResolveAudit(tenureID))
	if err != nil {
		return false, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := m.mp.UnpackAuditResolvedEvent(l); err == nil {
			return ev.Lapsed, nil
		}
	}
	return false, fmt.Errorf("resolve audit: tx %s: AuditResolved: %w", rcpt.TxHash, ErrNoEvent)
}

// SweepReservations clears a slot's lapsed reservations (anyone).
func (m *Market) SweepReservations(ctx context.Context, req [32]byte, index uint64) error {
	_, err := m.send(ctx, fmt.Sprintf("sweep reservations of slot %d of %s", index, short(req)), m.mp.PackSweepReservations(req, u256(index)))
	return err
}

// Withdraw takes the sender's pull balance and returns the amount.
func (m *Market) Withdraw(ctx context.Context) (*big.Int, error) {
	rcpt, err := m.send(ctx, "withdraw", m.mp.PackWithdraw())
	if err != nil {
		return nil, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := m.mp.UnpackWithdrawnEvent(l); err == nil {
			return ev.Amount, nil
		}
	}
	return new(big.Int), nil
}

// Mint mints devnet tokens (CairnToken's open mint).
func (m *Market) Mint(ctx context.Context, to common.Address, amount *big.Int) error {
	_, err := m.sendTo(ctx, m.dep.Token, "mint", m.tok.PackMint(to, amount))
	return err
}
