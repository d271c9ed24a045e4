package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

// ErrNoMarketplace means no Marketplace contract answers at the address.
var ErrNoMarketplace = errors.New("no marketplace contract at this address")

// Request states (IMarketplace.RequestState).
const (
	RequestNone uint8 = iota
	RequestPending
	RequestActive
	RequestFailed
	RequestCancelled
	RequestFinished
)

// Slot states (IMarketplace.SlotState).
const (
	SlotOpen uint8 = iota
	SlotFilled
	SlotFreed
	SlotClosed
)

// Roles of a provider in a request (IMarketplace.Role).
const (
	RoleNone uint8 = iota
	RoleReserved
	RoleHolder
	RoleFormer
)

// RequestStateName names a request state for people.
func RequestStateName(s uint8) string {
	return [...]string{"none", "pending", "active", "failed", "cancelled", "finished", "unknown"}[min(int(s), 6)]
}

// SlotStateName names a slot state for people.
func SlotStateName(s uint8) string {
	return [...]string{"open", "filled", "freed", "closed", "unknown"}[min(int(s), 4)]
}

// Market is a typed facade over one deployed Marketplace and its token.
// Reads need only a client; writes need a sender.
type Market struct {
	client *chain.Client
	sender *chain.Sender
	dep    contracts.Deployment

	abi   *contracts.Marketplace
	inst  *bind.BoundContract
	tok   *contracts.CairnToken
	tinst *bind.BoundContract

	// Config is the contract's global configuration, read at Open.
	Config contracts.IMarketplaceConfig
	// Clock maps blocks to epochs for this contract.
	Clock *chain.EpochClock
}

// ErrorDecoders are the decoders that turn Marketplace and token reverts
// into typed errors; pass them to chain.NewSender.
func ErrorDecoders() []chain.ErrorDecoder {
	return []chain.ErrorDecoder{contracts.NewMarketplace().UnpackError, contracts.NewCairnToken().UnpackError}
}

// NewSender is chain.NewSender with the Marketplace's error decoders.
func NewSender(client *chain.Client, signer *chain.Signer, cfg chain.SenderConfig) (*chain.Sender, error) {
	return chain.NewSender(client, signer, cfg, nil, ErrorDecoders()...)
}

// Open binds to the Marketplace of dep and reads its configuration. sender
// may be nil for read-only use.
func Open(ctx context.Context, client *chain.Client, sender *chain.Sender, dep contracts.Deployment) (*Market, error) {
	code, err := client.CodeAt(ctx, dep.Marketplace, nil)
	if err != nil {
		return nil, fmt.Errorf("read code at %s: %w", dep.Marketplace, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%w: %s on chain %s", ErrNoMarketplace, dep.Marketplace, client.ChainIDValue())
	}
	m := &Market{client: client, sender: sender, dep: dep, abi: contracts.NewMarketplace(), tok: contracts.NewCairnToken()}
	m.inst = m.abi.Instance(client, dep.Marketplace)
	if m.Config, err = call(ctx, m, m.abi.PackConfig(), m.abi.UnpackConfig); err != nil {
		return nil, fmt.Errorf("%w: %s: config: %v", ErrNoMarketplace, dep.Marketplace, err)
	}
	m.tinst = m.tok.Instance(client, m.Config.Token)
	genesis, err := call(ctx, m, m.abi.PackGenesisBlock(), m.abi.UnpackGenesisBlock)
	if err != nil {
		return nil, fmt.Errorf("genesis block: %w", err)
	}
	m.dep.Block = genesis.Uint64()
	m.dep.Token = m.Config.Token
	m.dep.ChainID = client.ChainIDValue().Uint64()
	m.Clock = &chain.EpochClock{Genesis: m.dep.Block, EpochBlocks: m.Config.EpochBlocks, Heads: client}
	return m, nil
}

// Deployment is where the contracts live.
func (m *Market) Deployment() contracts.Deployment { return m.dep }

// Address of the Marketplace.
func (m *Market) Address() common.Address { return m.dep.Marketplace }

// Client is the chain client.
func (m *Market) Client() *chain.Client { return m.client }

// Sender is the transaction sender (nil when read-only).
func (m *Market) Sender() *chain.Sender { return m.sender }

// ChainID of the chain the market lives on.
func (m *Market) ChainID() uint64 { return m.client.ChainIDValue().Uint64() }

func call[T any](ctx context.Context, m *Market, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(m.inst, &bind.CallOpts{Context: ctx}, data, unpack)
	return v, m.typedRevert(err)
}

// typedRevert turns a reverted eth_call's error into a *chain.RevertError
// carrying the decoded custom error, so callers branch with errors.As on
// its type (a view like fillChallengeIndices reverts NoReservation); any
// other error is returned as is.
func (m *Market) typedRevert(err error) error {
	if err == nil {
		return nil
	}
	data, ok := ethclient.RevertErrorData(err)
	if !ok {
		return err
	}
	re := &chain.RevertError{Label: "call", Data: data}
	if v, derr := m.abi.UnpackError(data); derr == nil && v != nil {
		re.Decoded = v
		re.Name, _ = contracts.ErrorName(data)
	}
	return re
}

func (m *Market) send(ctx context.Context, label string, data []byte) (*types.Receipt, error) {
	if m.sender == nil {
		return nil, fmt.Errorf("%s: market opened read-only (no wallet)", label)
	}
	return m.sender.Send(ctx, chain.Call{To: &m.dep.Marketplace, Data: data, Label: label})
}

func (m *Market) sendToken(ctx context.Context, label string, data []byte) (*types.Receipt, error) {
	if m.sender == nil {
		return nil, fmt.Errorf("%s: market opened read-only (no wallet)", label)
	}
	return m.sender.Send(ctx, chain.Call{To: &m.dep.Token, Data: data, Label: label})
}

func short(id [32]byte) string { return fmt.Sprintf("0x%x", id[:6]) }

// --- reads ---

// RequestInfo reads a request's state and accounting.
func (m *Market) RequestInfo(ctx context.Context, id [32]byte) (contracts.IMarketplaceRequestInfo, error) {
	ri, err := call(ctx, m, m.abi.PackRequestInfo(id), m.abi.UnpackRequestInfo)
	if err != nil {
		return ri, fmt.Errorf("request info %s: %w", short(id), err)
	}
	return ri, nil
}

// RequestRoots reads a request's shard roots by slot index.
func (m *Market) RequestRoots(ctx context.Context, id [32]byte) ([][32]byte, error) {
	r, err := call(ctx, m, m.abi.PackRequestRoots(id), m.abi.UnpackRequestRoots)
	if err != nil {
		return nil, fmt.Errorf("request roots %s: %w", short(id), err)
	}
	return r, nil
}

// SlotInfo reads a slot.
func (m *Market) SlotInfo(ctx context.Context, slot [32]byte) (contracts.IMarketplaceSlotInfo, error) {
	si, err := call(ctx, m, m.abi.PackSlotInfo(slot), m.abi.UnpackSlotInfo)
	if err != nil {
		return si, fmt.Errorf("slot info %s: %w", short(slot), err)
	}
	return si, nil
}

// Reservations reads a slot's live reservations.
func (m *Market) Reservations(ctx context.Context, slot [32]byte) ([]contracts.IMarketplaceReservation, error) {
	r, err := call(ctx, m, m.abi.PackReservations(slot), m.abi.UnpackReservations)
	if err != nil {
		return nil, fmt.Errorf("reservations of %s: %w", short(slot), err)
	}
	return r, nil
}

// RoleOf reads a provider's role in a request.
func (m *Market) RoleOf(ctx context.Context, req [32]byte, who common.Address) (uint8, error) {
	r, err := call(ctx, m, m.abi.PackRoleOf(req, who), m.abi.UnpackRoleOf)
	if err != nil {
		return 0, fmt.Errorf("role of %s in %s: %w", who, short(req), err)
	}
	return r, nil
}

// PeerInfo reads a provider's registered peer info (empty if unregistered).
func (m *Market) PeerInfo(ctx context.Context, who common.Address) ([]byte, error) {
	r, err := call(ctx, m, m.abi.PackPeerInfo(who), m.abi.UnpackPeerInfo)
	if err != nil {
		return nil, fmt.Errorf("peer info of %s: %w", who, err)
	}
	return r, nil
}

// ChallengeIndices reads the raw challenge indices of a slot for an epoch.
func (m *Market) ChallengeIndices(ctx context.Context, slot [32]byte, epoch uint64) ([]uint64, error) {
	r, err := call(ctx, m, m.abi.PackChallengeIndices(slot, new(big.Int).SetUint64(epoch)), m.abi.UnpackChallengeIndices)
	if err != nil {
		return nil, fmt.Errorf("challenges of %s in epoch %d: %w", short(slot), epoch, err)
	}
	return toUint64s(r), nil
}

// FillChallengeIndices reads the raw fill challenges of filler's reservation.
func (m *Market) FillChallengeIndices(ctx context.Context, req [32]byte, index uint64, filler common.Address) ([]uint64, error) {
	r, err := call(ctx, m, m.abi.PackFillChallengeIndices(req, new(big.Int).SetUint64(index), filler), m.abi.UnpackFillChallengeIndices)
	if err != nil {
		return nil, fmt.Errorf("fill challenges of slot %d of %s: %w", index, short(req), err)
	}
	return toUint64s(r), nil
}

// ClosedEpochs is the number of epochs whose proof window has closed.
func (m *Market) ClosedEpochs(ctx context.Context) (uint64, error) {
	r, err := call(ctx, m, m.abi.PackClosedEpochs(), m.abi.UnpackClosedEpochs)
	if err != nil {
		return 0, fmt.Errorf("closed epochs: %w", err)
	}
	return r.Uint64(), nil
}

// Balance is an account's pull balance in the Marketplace.
func (m *Market) Balance(ctx context.Context, who common.Address) (*big.Int, error) {
	r, err := call(ctx, m, m.abi.PackBalanceOf(who), m.abi.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("marketplace balance of %s: %w", who, err)
	}
	return r, nil
}

// Burned is the total of burned tokens.
func (m *Market) Burned(ctx context.Context) (*big.Int, error) {
	return call(ctx, m, m.abi.PackBurned(), m.abi.UnpackBurned)
}

// TokenBalance is an account's ERC-20 balance.
func (m *Market) TokenBalance(ctx context.Context, who common.Address) (*big.Int, error) {
	r, err := bind.Call(m.tinst, &bind.CallOpts{Context: ctx}, m.tok.PackBalanceOf(who), m.tok.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("token balance of %s: %w", who, err)
	}
	return r, nil
}

// RequestCost is what requestStorage pulls for p.
func (m *Market) RequestCost(ctx context.Context, p contracts.IMarketplaceRequestParams) (*big.Int, error) {
	return call(ctx, m, m.abi.PackRequestCost(p), m.abi.UnpackRequestCost)
}

// SlotID computes a slot id locally (protocol v1).
func SlotID(req [32]byte, index uint64) [32]byte { return slotID(req, index) }

func toUint64s(v []*big.Int) []uint64 {
	out := make([]uint64, len(v))
	for i, x := range v {
		out[i] = x.Uint64()
	}
	return out
}
