package market

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/proofs"
)

func slotID(req [32]byte, index uint64) [32]byte { return proofs.SlotID(req, index) }

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// EnsureAllowance approves the Marketplace to pull at least need tokens
// from the sender, approving the maximum once so later calls cost nothing.
func (m *Market) EnsureAllowance(ctx context.Context, need *big.Int) error {
	if m.sender == nil {
		return fmt.Errorf("approve: market opened read-only (no wallet)")
	}
	cur, err := m.Allowance(ctx)
	if err != nil {
		return fmt.Errorf("read allowance: %w", err)
	}
	if cur.Cmp(need) >= 0 {
		return nil
	}
	_, err = m.sendToken(ctx, "approve marketplace", m.tok.PackApprove(m.dep.Marketplace, maxUint256))
	return err
}

// Mint mints devnet tokens (CairnToken has an open mint; a real token does not).
func (m *Market) Mint(ctx context.Context, to common.Address, amount *big.Int) error {
	_, err := m.sendToken(ctx, "mint", m.tok.PackMint(to, amount))
	return err
}

// RegisterProvider publishes the sender's peer info.
func (m *Market) RegisterProvider(ctx context.Context, info []byte) error {
	_, err := m.send(ctx, "register provider", m.abi.PackRegisterProvider(info))
	return err
}

// RequestStorage creates a request (after EnsureAllowance) and returns its id.
func (m *Market) RequestStorage(ctx context.Context, p contracts.IMarketplaceRequestParams) ([32]byte, *types.Receipt, error) {
	rcpt, err := m.send(ctx, "request storage", m.abi.PackRequestStorage(p))
	if err != nil {
		return [32]byte{}, rcpt, err
	}
	return m.requestIDFrom(rcpt)
}

func (m *Market) requestIDFrom(rcpt *types.Receipt) ([32]byte, *types.Receipt, error) {
	for _, l := range rcpt.Logs {
		if ev, err := m.abi.UnpackStorageRequestedEvent(l); err == nil {
			return ev.RequestId, rcpt, nil
		}
	}
	return [32]byte{}, rcpt, fmt.Errorf("request storage: no StorageRequested event in tx %s", rcpt.TxHash)
}

// Allowance is what the Marketplace may pull from the sender.
func (m *Market) Allowance(ctx context.Context) (*big.Int, error) {
	return bind.Call(m.tinst, &bind.CallOpts{Context: ctx}, m.tok.PackAllowance(m.sender.Address(), m.dep.Marketplace), m.tok.UnpackAllowance)
}

// ReserveSlot reserves slot index of req and returns the reservation block.
func (m *Market) ReserveSlot(ctx context.Context, req [32]byte, index uint64) (uint64, error) {
	rcpt, err := m.send(ctx, fmt.Sprintf("reserve slot %d of %s", index, short(req)), m.abi.PackReserveSlot(req, new(big.Int).SetUint64(index)))
	if err != nil {
		return 0, err
	}
	return rcpt.BlockNumber.Uint64(), nil
}

// FillSlot fills a reserved slot with its fill proof.
func (m *Market) FillSlot(ctx context.Context, req [32]byte, index uint64, proof []byte) (*types.Receipt, error) {
	return m.send(ctx, fmt.Sprintf("fill slot %d of %s", index, short(req)), m.abi.PackFillSlot(req, new(big.Int).SetUint64(index), proof))
}

// ProofResult is the outcome of one entry of a batch.
type ProofResult struct {
	Slot   [32]byte
	Epoch  uint64
	OK     bool
	Reason string // custom error name when !OK
}

// SubmitProofs sends one batch and reports each entry's outcome from the
// receipt's ProofSubmitted / ProofFailed events.
func (m *Market) SubmitProofs(ctx context.Context, batch []contracts.IMarketplaceSlotProof) ([]ProofResult, *types.Receipt, error) {
	rcpt, err := m.send(ctx, fmt.Sprintf("submit %d proofs", len(batch)), m.abi.PackSubmitProofs(batch))
	if err != nil {
		return nil, rcpt, err
	}
	var out []ProofResult
	for _, l := range rcpt.Logs {
		if ev, err := m.abi.UnpackProofSubmittedEvent(l); err == nil {
			out = append(out, ProofResult{Slot: ev.SlotId, Epoch: ev.Epoch.Uint64(), OK: true})
		} else if ev, err := m.abi.UnpackProofFailedEvent(l); err == nil {
			name, _ := contracts.ErrorName(ev.Reason[:])
			out = append(out, ProofResult{Slot: ev.SlotId, Epoch: ev.Epoch.Uint64(), Reason: name})
		}
	}
	return out, rcpt, nil
}

// Settle applies a slot's closed epochs and returns the misses applied.
func (m *Market) Settle(ctx context.Context, slot [32]byte) (uint64, error) {
	rcpt, err := m.send(ctx, "settle slot "+short(slot), m.abi.PackSettle(slot))
	if err != nil {
		return 0, err
	}
	var misses uint64
	for _, l := range rcpt.Logs {
		if ev, err := m.abi.UnpackSlotSettledEvent(l); err == nil {
			misses += ev.Misses.Uint64()
		}
	}
	return misses, nil
}

// Withdraw takes the sender's pull balance.
func (m *Market) Withdraw(ctx context.Context) (*big.Int, error) {
	rcpt, err := m.send(ctx, "withdraw", m.abi.PackWithdraw())
	if err != nil {
		return nil, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := m.abi.UnpackWithdrawnEvent(l); err == nil {
			return ev.Amount, nil
		}
	}
	return new(big.Int), nil
}

// Finish ends a request after its duration.
func (m *Market) Finish(ctx context.Context, req [32]byte) error {
	_, err := m.send(ctx, "finish "+short(req), m.abi.PackFinish(req))
	return err
}

// CancelRequest cancels a request that is not fully filled.
func (m *Market) CancelRequest(ctx context.Context, req [32]byte) error {
	_, err := m.send(ctx, "cancel "+short(req), m.abi.PackCancelRequest(req))
	return err
}

// ExitSlot leaves a slot early, forfeiting its collateral.
func (m *Market) ExitSlot(ctx context.Context, slot [32]byte) error {
	_, err := m.send(ctx, "exit slot "+short(slot), m.abi.PackExitSlot(slot))
	return err
}
