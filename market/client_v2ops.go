package market

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/libp2p/go-libp2p/core/crypto"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// ErrNeedsV2 means the operation exists on protocol v2 deployments only
// (extend, terminate).
var ErrNeedsV2 = errors.New("needs a protocol v2 marketplace")

// NewClient builds a client of a protocol v2 deployment, with an
// outbound-only libp2p host; Close it. m must have the wallet's sender.
func NewClient(cfg ClientConfig, log *slog.Logger, m *marketv2.Market, keys *storage.Keys, identity crypto.PrivKey) (*Client, error) {
	if keys == nil {
		return nil, ErrNoWallet
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if err := validateV2Terms(cfg); err != nil {
		return nil, err
	}
	if m.Self() != keys.WalletAddress() {
		return nil, fmt.Errorf("client v2: the market sends as %s, not as the wallet %s", m.Self(), keys.WalletAddress())
	}
	ec := marketv2.DefaultEndingConfig()
	ec.BlockTime, ec.Horizon = cfg.BlockTime, cfg.EndingHorizon
	c, err := newClient(cfg, log, newV2Chain(m, keys.WalletAddress(), ec), keys, identity)
	if err != nil {
		return nil, err
	}
	c.v2 = m
	return c, nil
}

// validateV2Terms reports terms MarketplaceV2.requestStorage refuses
// (BadAmount) whatever the file: the repair bonus must stay below the
// collateral (one of the v1 audit's fixes) and within the reserve, and amounts fit
// uint96.
func validateV2Terms(cfg ClientConfig) error {
	max96 := new(big.Int).Lsh(big.NewInt(1), 96)
	switch {
	case cfg.PricePerSlotEpoch.Sign() <= 0 || cfg.CollateralPerSlot.Sign() <= 0:
		return errors.New("client v2: price and collateral must be > 0")
	case cfg.PricePerSlotEpoch.Cmp(max96) >= 0 || cfg.CollateralPerSlot.Cmp(max96) >= 0 || cfg.RepairReserve.Cmp(max96) >= 0:
		return errors.New("client v2: price, collateral and repair reserve must each be < 2^96")
	case cfg.RepairBonus.Cmp(cfg.CollateralPerSlot) >= 0:
		return fmt.Errorf("client v2: repair bonus %s must be below the collateral %s", cfg.RepairBonus, cfg.CollateralPerSlot)
	case cfg.RepairBonus.Cmp(cfg.RepairReserve) > 0:
		return fmt.Errorf("client v2: repair bonus %s must not exceed the repair reserve %s", cfg.RepairBonus, cfg.RepairReserve)
	}
	return nil
}

// Protocol is the deployment's protocol version (1 or 2).
func (c *Client) Protocol() int { return c.terms.Protocol }

// Status reads a request's state, per slot, and (v2) when it ends.
func (c *Client) Status(ctx context.Context, id [32]byte) (RequestStatus, error) {
	return c.m.Status(ctx, id)
}

// RequestIDs are the requests that hold f: its parts' for a split file
// (parts missing on chain skipped), else its own.
func RequestIDs(f FileEntry) [][32]byte {
	if f.Parts == nil {
		return [][32]byte{f.ID}
	}
	var ids [][32]byte
	for _, p := range f.Parts {
		if p.Request.Block != 0 {
			ids = append(ids, p.ID)
		}
	}
	return ids
}

func (c *Client) needV2(what string) (*marketv2.Market, error) {
	if c.v2 == nil {
		return nil, fmt.Errorf("%s: %w", what, ErrNeedsV2)
	}
	return c.v2, nil
}

// QuoteExtend is what extending request id by epochs costs, checked as
// the contract would (marketv2.ErrNotClient, ErrRequestNotLive,
// ErrTooLateToExtend, …). Nothing is sent.
func (c *Client) QuoteExtend(ctx context.Context, id [32]byte, epochs uint64) (marketv2.ExtendQuote, error) {
	m, err := c.needV2("extend")
	if err != nil {
		return marketv2.ExtendQuote{}, err
	}
	ri, err := m.RequestInfo(ctx, id)
	if err != nil {
		return marketv2.ExtendQuote{}, err
	}
	return m.QuoteExtend(ctx, id, uint64(ri.EndEpoch)+epochs, nil)
}

// Extend moves request id's end by epochs (approving the tokens first)
// and returns the quote it paid: take QuoteExtend first to show it.
func (c *Client) Extend(ctx context.Context, id [32]byte, epochs uint64) (marketv2.ExtendQuote, error) {
	m, err := c.needV2("extend")
	if err != nil {
		return marketv2.ExtendQuote{}, err
	}
	return m.Extend(ctx, id, epochs, nil)
}

// QuoteTerminate is what terminating request id now would return.
func (c *Client) QuoteTerminate(ctx context.Context, id [32]byte) (marketv2.RefundQuote, error) {
	m, err := c.needV2("terminate")
	if err != nil {
		return marketv2.RefundQuote{}, err
	}
	return m.QuoteTerminate(ctx, id)
}

// Terminated is what `cairn rm` of one request did.
type Terminated struct {
	ID [32]byte
	// Refund is what the contract credited at once; Withdrawn what moved
	// to the wallet (the whole marketplace balance, refunds of earlier
	// requests included). The rest of the unspent escrow (RefundQuote's
	// Later) is credited as the holders' tenures settle.
	Refund, Withdrawn *big.Int
}

// Terminate ends request id early (`cairn rm`) and withdraws the refund.
// It refuses a request of another wallet (marketv2.ErrNotClient) or one
// no longer live (marketv2.ErrRequestNotLive), before sending anything.
func (c *Client) Terminate(ctx context.Context, id [32]byte) (Terminated, error) {
	m, err := c.needV2("terminate")
	if err != nil {
		return Terminated{}, err
	}
	refund, err := m.Terminate(ctx, id)
	if err != nil {
		return Terminated{}, err
	}
	t := Terminated{ID: id, Refund: refund}
	if t.Withdrawn, err = m.Withdraw(ctx); err != nil {
		return t, fmt.Errorf("request %s terminated; the refund waits in the marketplace (withdraw): %w", short(id), err)
	}
	return t, nil
}

// Cancel cancels a pending request of this wallet past its expiry and
// withdraws the refund; it returns what was withdrawn. On v2 it refuses
// (marketv2.ErrCannotCancel) a request that is not pending, not yet
// expired, or made without cancelOnExpiry; use Terminate for those.
func (c *Client) Cancel(ctx context.Context, id [32]byte) (*big.Int, error) {
	if c.v2 != nil {
		if err := c.v2.Cancel(ctx, id); err != nil {
			return nil, err
		}
	} else if err := c.m.CancelRequest(ctx, id); err != nil {
		return nil, err
	}
	amt, err := c.m.Withdraw(ctx)
	if err != nil {
		return nil, fmt.Errorf("request %s cancelled; the refund waits in the marketplace (withdraw): %w", short(id), err)
	}
	return amt, nil
}
