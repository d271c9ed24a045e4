package marketv2

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

// Request states (IMarketplaceV2.RequestState).
const (
	RequestNone uint8 = iota
	RequestPending
	RequestActive
	RequestFinished
	RequestTerminated
	RequestCancelled
	RequestFailed
)

// Set states (IMarketplaceV2.SetState).
const (
	SetActive uint8 = iota
	SetFailedState
	SetRetired
)

// Slot kinds (IMarketplaceV2.SlotKind, §8.1).
const (
	KindClosed uint8 = iota
	KindInitial
	KindLate
	KindRepair
	KindRenewal
)

// Roles of an address in a request (IMarketplaceV2.Role).
const (
	RoleNone uint8 = iota
	RoleReserved
	RoleHolder
	RoleFormer
)

// Tenure flags (§3.3).
const (
	FlagDeclined uint8 = 2
	FlagForfeit  uint8 = 4
	FlagFinal    uint8 = 8
	FlagBonus    uint8 = 16
)

// NoEpoch is the uint32 "never" of e* and stop (2^32 − 1).
const NoEpoch = 1<<32 - 1

// Market is a typed facade over one deployed MarketplaceV2, its lens and
// its token. Reads need only a client; writes need a sender. It is safe for
// concurrent use (the sender orders nonces).
type Market struct {
	client *chain.Client
	sender *chain.Sender
	dep    contracts.Deployment

	mp    *contracts.MarketplaceV2
	inst  *bind.BoundContract
	lens  *contracts.MarketplaceV2Lens
	linst *bind.BoundContract
	tok   *contracts.CairnToken
	tinst *bind.BoundContract

	// Config is the contract's configuration, read at Open.
	Config contracts.IMarketplaceV2Config
	// Clock maps blocks to epochs for this contract.
	Clock *chain.EpochClock
}

// Open binds to the v2 contracts of dep and reads their configuration and
// genesis block. sender may be nil for read-only use.
func Open(ctx context.Context, client *chain.Client, sender *chain.Sender, dep contracts.Deployment) (*Market, error) {
	for _, a := range []common.Address{dep.Marketplace, dep.Lens} {
		code, err := client.CodeAt(ctx, a, nil)
		if err != nil {
			return nil, fmt.Errorf("read code at %s: %w", a, err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("%w: %s on chain %s", ErrNoMarketplace, a, client.ChainIDValue())
		}
	}
	m := &Market{
		client: client, sender: sender, dep: dep,
		mp: contracts.NewMarketplaceV2(), lens: contracts.NewMarketplaceV2Lens(), tok: contracts.NewCairnToken(),
	}
	m.inst = m.mp.Instance(client, dep.Marketplace)
	m.linst = m.lens.Instance(client, dep.Lens)
	var err error
	if m.Config, err = lensCall(ctx, m, m.lens.PackConfig(), m.lens.UnpackConfig); err != nil {
		return nil, fmt.Errorf("%w: %s: config: %v", ErrNoMarketplace, dep.Lens, err)
	}
	genesis, err := lensCall(ctx, m, m.lens.PackGenesisBlock(), m.lens.UnpackGenesisBlock)
	if err != nil {
		return nil, fmt.Errorf("genesis block: %w", err)
	}
	m.dep.Block = genesis.Uint64()
	m.dep.Token = m.Config.Token
	m.dep.ChainID = client.ChainIDValue().Uint64()
	m.tinst = m.tok.Instance(client, m.Config.Token)
	m.Clock = &chain.EpochClock{Genesis: m.dep.Block, EpochBlocks: m.Config.EpochBlocks, Heads: client}
	return m, nil
}

// Deployment is where the contracts live.
func (m *Market) Deployment() contracts.Deployment { return m.dep }

// Address of the MarketplaceV2.
func (m *Market) Address() common.Address { return m.dep.Marketplace }

// Client is the chain client.
func (m *Market) Client() *chain.Client { return m.client }

// Sender is the transaction sender (nil when read-only).
func (m *Market) Sender() *chain.Sender { return m.sender }

// Self is the sender's address (zero when read-only).
func (m *Market) Self() common.Address {
	if m.sender == nil {
		return common.Address{}
	}
	return m.sender.Address()
}

func lensCall[T any](ctx context.Context, m *Market, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(m.linst, &bind.CallOpts{Context: ctx}, data, unpack)
	return v, decoded(err)
}

func mpCall[T any](ctx context.Context, m *Market, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(m.inst, &bind.CallOpts{Context: ctx}, data, unpack)
	return v, decoded(err)
}

func (m *Market) send(ctx context.Context, label string, data []byte) (*types.Receipt, error) {
	return m.sendTo(ctx, m.dep.Marketplace, label, data)
}

func (m *Market) sendTo(ctx context.Context, to common.Address, label string, data []byte) (*types.Receipt, error) {
	if m.sender == nil {
		return nil, fmt.Errorf("%s: %w", label, ErrReadOnly)
	}
	rcpt, err := m.sender.Send(ctx, chain.Call{To: &to, Data: data, Label: label})
	return rcpt, decoded(err)
}

func short(id [32]byte) string { return fmt.Sprintf("0x%x", id[:6]) }
