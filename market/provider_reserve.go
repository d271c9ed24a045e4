package market

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// maxSellAttempts bounds how often a request is retried after a failed
// reservation.
const maxSellAttempts = 5

// maxReservations is the contract's MAX_RES: reservations a slot holds at once.
const maxReservations = 8

// errNoSlot means every slot of a request is filled, ours already, or full.
var errNoSlot = errors.New("no slot left to reserve")

// sell tries to reserve one slot of candidate c under the sales policy.
func (s *Sales) sell(ctx context.Context, c *candidate) error {
	log := s.log.With("request_id", short(c.r.ID))
	if why := s.rejects(ctx, c.r); why != "" {
		log.Debug("not selling", "why", why)
		return nil
	}
	pf, err := s.reserveFor(ctx, c)
	switch {
	case errors.Is(err, errNoSlot):
		log.Debug("no slot reserved", "err", err)
		return nil
	case err != nil:
		// A race (two reservations in one block) or an RPC error: try
		// again next step, a bounded number of times.
		if c.attempts++; c.attempts < maxSellAttempts {
			s.requeue(c)
		}
		return fmt.Errorf("reserve a slot of %s (attempt %d): %w", short(c.r.ID), c.attempts, err)
	}
	pf.cand = c
	s.adopt(pf)
	log.Info("reserved", "slot", pf.index, "block", pf.block)
	return nil
}

// rejects returns why the policy declines r, or "".
func (s *Sales) rejects(ctx context.Context, r *StorageRequest) string {
	st := sellerState{free: s.store.Free(), disk: diskFree(s.tmpDir), me: s.me, epoch: ^uint64(0)}
	if s.cfg.CollateralBudget != nil {
		st.atRisk = s.terms.collateralAtRisk(ctx, s.store)
	}
	if epoch, _, err := s.m.Clock.Current(ctx); err == nil {
		st.epoch = epoch
	}
	return s.cfg.rejects(r.Params, st)
}

// sellerState is what the sales policy weighs besides the request's terms.
type sellerState struct {
	free, disk uint64   // store capacity left, filesystem space left
	atRisk     *big.Int // collateral locked now (nil without a budget)
	me         common.Address
	epoch      uint64 // current epoch (MaxUint64 when unknown)
}

// rejects is the sales policy: why a provider in state st declines a
// request with terms pr, or "" to take it.
func (c ProviderConfig) rejects(pr contracts.IMarketplaceRequestParams, st sellerState) string {
	switch {
	case pr.PricePerSlotEpoch.Cmp(c.MinPricePerSlotEpoch) < 0:
		return "price below floor"
	case pr.ShardSize > c.MaxShardSize:
		return "shard too large"
	case pr.ShardSize > st.free:
		return "not enough free space"
	case pr.ShardSize > st.disk:
		return "disk nearly full" // capacity is configured, the disk is real
	case pr.CollateralPerSlot.Cmp(c.MaxCollateralPerSlot) > 0:
		return "collateral above limit"
	case c.CollateralBudget != nil && st.atRisk != nil && new(big.Int).Add(st.atRisk, pr.CollateralPerSlot).Cmp(c.CollateralBudget) > 0:
		return "collateral budget spent"
	case len(pr.AllowedProviders) > 0 && allowedIndex(pr, st.me) < 0 && !hasOpenAllowance(pr):
		return "client placed its slots elsewhere"
	case st.epoch != ^uint64(0) && st.epoch >= pr.EndEpoch:
		return "request already over"
	}
	return ""
}

// allowedIndex is the slot the client placed on me, or -1.
func allowedIndex(pr contracts.IMarketplaceRequestParams, me common.Address) int {
	for i, a := range pr.AllowedProviders {
		if a == me {
			return i
		}
	}
	return -1
}

// hasOpenAllowance reports whether some slot is open to anyone.
func hasOpenAllowance(pr contracts.IMarketplaceRequestParams) bool {
	for _, a := range pr.AllowedProviders {
		if a == zeroAddr {
			return true
		}
	}
	return false
}

// slotOrder is the order a provider tries r's slots in: the one the client
// chose for it, then the open ones from a start that differs per provider.
func slotOrder(pr contracts.IMarketplaceRequestParams, id [32]byte, me common.Address) []uint64 {
	n := uint64(pr.K) + uint64(pr.M)
	var order []uint64
	if i := allowedIndex(pr, me); i >= 0 {
		order = append(order, uint64(i))
	}
	h := sha256.Sum256(append(me.Bytes(), id[:]...))
	start := binary.BigEndian.Uint64(h[:8]) % n
	for j := uint64(0); j < n; j++ {
		i := (start + j) % n
		if len(pr.AllowedProviders) > 0 && pr.AllowedProviders[i] != zeroAddr {
			continue
		}
		order = append(order, i)
	}
	return order
}

// PreferredSlot is the first slot a provider would try of a request with
// n slots and no placement (for tests that stage races).
func PreferredSlot(me common.Address, id [32]byte, n uint64) uint64 {
	h := sha256.Sum256(append(me.Bytes(), id[:]...))
	return binary.BigEndian.Uint64(h[:8]) % n
}

// reserveFor reserves a slot of c's request. Slots nobody has reserved
// come first, then those with the fewest live reservations, each group in
// the provider's own order: a provider that reserves a slot another
// already reserved loses the race for it, and a slot nobody reserved is
// then left for nobody (the request fails at expiry with k+m−1 filled).
func (s *Sales) reserveFor(ctx context.Context, c *candidate) (*pendingFill, error) {
	pr := c.r.Params
	v, err := s.views.Latest(ctx)
	if err != nil {
		return nil, err
	}
	type choice struct {
		index uint64
		live  int
	}
	var choices []choice
	for _, i := range slotOrder(pr, c.r.ID, s.me) {
		if c.tried[i] {
			continue
		}
		sid := SlotID(c.r.ID, i)
		cs, _, err := v.Slot(ctx, sid)
		if err != nil {
			return nil, err
		}
		if cs.State == SlotFilled || cs.State == SlotClosed {
			continue
		}
		rs, err := v.Reservations(ctx, sid)
		if err != nil {
			return nil, err
		}
		if _, mine := liveReservation(rs, s.me, v.AtBlock(), s.m.Config.ReservationTTL); mine {
			return nil, fmt.Errorf("slot %d already reserved by us: %w", i, errNoSlot)
		}
		live := liveCount(rs, v.AtBlock(), s.m.Config.ReservationTTL)
		if live >= maxReservations {
			continue
		}
		choices = append(choices, choice{index: i, live: live})
	}
	sort.SliceStable(choices, func(a, b int) bool { return choices[a].live < choices[b].live })
	if len(choices) == 0 {
		return nil, errNoSlot
	}
	if err := s.m.EnsureAllowance(ctx, new(big.Int).Add(pr.CollateralPerSlot, s.m.Config.ReservationDeposit)); err != nil {
		return nil, err
	}
	for _, ch := range choices {
		block, err := s.m.ReserveSlot(ctx, c.r.ID, ch.index)
		switch {
		case err == nil:
			pf := newPendingFill(c.r, ch.index, block)
			if info, ierr := s.store.Info(storage.SlotID(pf.slot)); ierr == nil && info.State >= storage.StateStored && info.Root == pf.root {
				pf.markStored()
			}
			return pf, nil
		case isRevert[*contracts.MarketplaceTooManyReservations](err), isRevert[*contracts.MarketplaceSlotNotOpen](err),
			isRevert[*contracts.MarketplaceNotAllowedProvider](err):
			continue
		case isRevert[*contracts.MarketplaceAlreadyInRequest](err):
			return nil, fmt.Errorf("%w: %w", errNoSlot, err)
		default:
			return nil, err
		}
	}
	return nil, errNoSlot
}
