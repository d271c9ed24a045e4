package market

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// pendingFill is one of our reservations awaiting its shard or its fill.
type pendingFill struct {
	req    [32]byte
	index  uint64
	slot   [32]byte
	block  uint64 // reservation block
	root   [32]byte
	size   uint64
	auth   [20]byte      // who may push: the request's authKey
	stored chan struct{} // closed once the shard is committed to the store
	repair bool
}

func newPendingFill(r *StorageRequest, index, block uint64) *pendingFill {
	return &pendingFill{req: r.ID, index: index, slot: SlotID(r.ID, index), block: block, root: r.Params.ShardRoots[index],
		size: r.Params.ShardSize, auth: r.Params.AuthKey, stored: make(chan struct{})}
}

// sell tries to win one slot of a new request under the sales policy.
func (p *Provider) sell(ctx context.Context, r *StorageRequest) {
	log := p.log.With("request_id", short(r.ID))
	if why := p.rejects(ctx, r); why != "" {
		log.Debug("not selling", "why", why)
		return
	}
	select {
	case p.fills <- struct{}{}:
	case <-ctx.Done():
		return
	}
	defer func() { <-p.fills }()
	// Slots lost to a faster filler free our role; try the others then.
	tried := map[uint64]bool{}
	for attempt := 0; attempt < int(r.Params.K)+int(r.Params.M); attempt++ {
		pf, err := p.reserveFor(ctx, r, tried)
		if err != nil {
			log.Info("no slot reserved", "err", err)
			return
		}
		tried[pf.index] = true
		err = p.awaitAndFill(ctx, pf)
		if err == nil {
			return
		}
		if ctx.Err() != nil {
			return
		}
		log.Warn("slot not filled", "slot", pf.index, "err", err)
		if revertName(err) != "SlotNotOpen" {
			return
		}
	}
}

// rejects returns why the policy declines r, or "".
func (p *Provider) rejects(ctx context.Context, r *StorageRequest) string {
	st := sellerState{free: p.store.Free(), disk: diskFree(p.tmpDir), me: p.me, epoch: ^uint64(0)}
	if p.cfg.CollateralBudget != nil {
		st.atRisk = p.collateralAtRisk()
	}
	if epoch, _, err := p.m.Clock.Current(ctx); err == nil {
		st.epoch = epoch
	}
	return p.cfg.rejects(r.Params, st)
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

// reserveFor picks and reserves a slot of r: the one the client chose for
// us, else the open ones in an order that differs per provider, so
// providers racing for one request spread over its slots.
func (p *Provider) reserveFor(ctx context.Context, r *StorageRequest, tried map[uint64]bool) (*pendingFill, error) {
	pr := r.Params
	n := uint64(pr.K) + uint64(pr.M)
	if err := p.m.EnsureAllowance(ctx, new(big.Int).Add(pr.CollateralPerSlot, p.m.Config.ReservationDeposit)); err != nil {
		return nil, err
	}
	var order []uint64
	if i := allowedIndex(pr, p.me); i >= 0 {
		order = append(order, uint64(i))
	}
	h := sha256.Sum256(append(p.me.Bytes(), r.ID[:]...))
	start := binary.BigEndian.Uint64(h[:8]) % n
	for j := uint64(0); j < n; j++ {
		i := (start + j) % n
		if len(pr.AllowedProviders) > 0 && pr.AllowedProviders[i] != zeroAddr {
			continue
		}
		order = append(order, i)
	}
	for _, i := range order {
		if tried[i] {
			continue
		}
		block, err := p.m.ReserveSlot(ctx, r.ID, i)
		switch name := revertName(err); {
		case err == nil:
			pf := newPendingFill(r, i, block)
			p.mu.Lock()
			p.pending[pf.slot] = pf
			p.mu.Unlock()
			p.log.Info("reserved", "request_id", short(r.ID), "slot", i, "block", block)
			return pf, nil
		case name == "TooManyReservations" || name == "SlotNotOpen" || name == "NotAllowedProvider":
			continue
		default:
			return nil, err
		}
	}
	return nil, errors.New("no slot left to reserve")
}

// awaitAndFill waits for the shard of pf to be stored, then fills.
func (p *Provider) awaitAndFill(ctx context.Context, pf *pendingFill) error {
	defer func() {
		p.mu.Lock()
		delete(p.pending, pf.slot)
		p.mu.Unlock()
	}()
	wait := time.NewTimer(p.cfg.ShardWait)
	defer wait.Stop()
	select {
	case <-pf.stored:
	case <-wait.C:
		p.release(storage.SlotID(pf.slot), "shard never arrived")
		return fmt.Errorf("slot %d of %s: shard not received within %s", pf.index, short(pf.req), p.cfg.ShardWait)
	case <-ctx.Done():
		return ctx.Err()
	}
	if err := p.fill(ctx, pf); err != nil {
		p.release(storage.SlotID(pf.slot), "fill failed")
		return err
	}
	return nil
}

// fill waits for the fill seed's block, proves the fill challenges from the
// stored shard and fills the slot.
func (p *Provider) fill(ctx context.Context, pf *pendingFill) error {
	if err := p.m.Clock.WaitForBlock(ctx, pf.block+p.m.Config.FillDelayBlocks+1); err != nil {
		return err
	}
	idx, err := p.m.FillChallengeIndices(ctx, pf.req, pf.index, p.me)
	if err != nil {
		return err
	}
	proof, err := p.store.Prove(storage.SlotID(pf.slot), idx)
	if err != nil {
		return fmt.Errorf("fill proof for slot %d of %s: %w", pf.index, short(pf.req), err)
	}
	if _, err := p.m.FillSlot(ctx, pf.req, pf.index, proof); err != nil {
		return err
	}
	if err := p.store.SetState(storage.SlotID(pf.slot), storage.StateFilled); err != nil {
		return fmt.Errorf("mark slot filled: %w", err)
	}
	p.met.slotsFilled.Inc()
	if pf.repair {
		p.met.repairs.Inc()
	}
	p.log.Info("filled", "request_id", short(pf.req), "slot", pf.index, "repair", pf.repair)
	return nil
}

// collateralAtRisk sums the collateral of our filled slots.
func (p *Provider) collateralAtRisk() *big.Int {
	total := new(big.Int)
	list, err := p.store.List()
	if err != nil {
		return total
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, sh := range list {
		if r, ok := p.requests[sh.RequestID]; ok && sh.State >= storage.StateStored && sh.State < storage.StateReleased {
			total.Add(total, r.Params.CollateralPerSlot)
		}
	}
	return total
}
