package market

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// busyChecker says whether another service still owns a slot's shard.
type busyChecker interface {
	Busy(slot [32]byte) bool
}

// janitor is the one service that deletes shards, and it finishes ended
// requests and withdraws earnings. A shard is deleted only when a
// confirmed view at or after our last action on the slot shows that the
// slot is not ours and cannot become ours (another holder, or no live
// reservation of ours), or that its request is over (finished, cancelled,
// failed: settled by the contract's close). Everything else keeps it.
type janitor struct {
	cfg    ProviderConfig
	log    *slog.Logger
	m      *Market
	store  *storage.Store
	views  viewSource
	floors *actionFloors
	terms  *termsCache
	met    *providerMetrics
	busy   []busyChecker
	me     common.Address

	mu        sync.Mutex
	lastEpoch uint64
	ticked    bool
}

func newJanitor(cfg ProviderConfig, log *slog.Logger, m *Market, store *storage.Store, views viewSource, floors *actionFloors,
	terms *termsCache, met *providerMetrics, busy ...busyChecker) *janitor {
	return &janitor{cfg: cfg, log: log.With("service", "janitor"), m: m, store: store, views: views, floors: floors,
		terms: terms, met: met, busy: busy, me: m.Sender().Address()}
}

func (j *janitor) Run(ctx context.Context) error {
	return runLoop(ctx, "janitor", j.cfg.Poll, j.m.Clock, j.Step, j.met, j.log)
}

func (j *janitor) Close() {}

// Step cleans up shards every call; once per epoch it finishes ended
// requests and withdraws.
func (j *janitor) Step(ctx context.Context, epoch uint64) error {
	errs := []error{j.cleanup(ctx)}
	j.mu.Lock()
	first := !j.ticked || epoch != j.lastEpoch
	j.lastEpoch, j.ticked = epoch, true
	j.mu.Unlock()
	if first {
		errs = append(errs, j.finishEnded(ctx, epoch))
		if j.cfg.WithdrawEvery > 0 && epoch%j.cfg.WithdrawEvery == 0 {
			errs = append(errs, j.withdraw(ctx))
		}
		j.updateSpaceMetrics(ctx)
	}
	return errors.Join(errs...)
}

func (j *janitor) isBusy(slot [32]byte) bool {
	for _, b := range j.busy {
		if b.Busy(slot) {
			return true
		}
	}
	return false
}

// cleanup decides, for each shard no other service owns, on one
// confirmed view: adopt it (the chain shows us as holder), keep it, or
// delete it.
func (j *janitor) cleanup(ctx context.Context) error {
	list, err := j.store.List()
	if err != nil {
		return fmt.Errorf("list shards: %w", err)
	}
	var v chainView
	var errs []error
	for _, sh := range list {
		if j.isBusy(sh.Slot) {
			continue
		}
		if v == nil {
			if v, err = j.views.Confirmed(ctx); err != nil {
				return err
			}
		}
		if v.AtBlock() < j.floors.get(sh.Slot) {
			continue // the view may not show our latest action yet
		}
		if err := j.decide(ctx, v, sh); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// shardVerdict is what a confirmed view says of a shard.
type shardVerdict int

const (
	keepShard shardVerdict = iota
	adoptShard
	releaseShard
)

// judge decides a shard's fate from one view: the slot, its request's
// state and the slot's reservations, all at the same block.
func judge(cs ChainSlot, reqState uint8, rs []ChainReservation, me common.Address, atBlock, ttl uint64, st storage.ShardState) (shardVerdict, string) {
	switch reqState {
	case RequestFinished, RequestCancelled, RequestFailed:
		return releaseShard, "request " + RequestStateName(reqState)
	}
	if cs.State == SlotFilled && cs.Holder == me {
		if st < storage.StateFilled {
			return adoptShard, "the chain shows us as holder"
		}
		return keepShard, ""
	}
	if cs.State == SlotFilled || cs.State == SlotClosed {
		return releaseShard, "slot held by another provider"
	}
	if _, ok := liveReservation(rs, me, atBlock, ttl); ok {
		return keepShard, "" // our fill may still land
	}
	if reqState == RequestNone {
		return keepShard, "" // the view does not know the request yet
	}
	return releaseShard, "slot not ours and no live reservation of ours"
}

func (j *janitor) decide(ctx context.Context, v chainView, sh storage.ShardInfo) error {
	cs, _, err := v.Slot(ctx, sh.Slot)
	if err != nil {
		return err
	}
	rst, err := v.RequestState(ctx, sh.RequestID)
	if err != nil {
		return err
	}
	var rs []ChainReservation
	if cs.State != SlotFilled {
		if rs, err = v.Reservations(ctx, sh.Slot); err != nil {
			return err
		}
	}
	verdict, why := judge(cs, rst, rs, j.me, v.AtBlock(), j.m.Config.ReservationTTL, sh.State)
	if cs.State == SlotFilled && cs.Holder == j.me {
		// A view that shows us holding the slot raises its floor: any
		// later view older than this one is stale for it.
		j.floors.touch(sh.Slot, v.AtBlock())
	}
	switch verdict {
	case adoptShard:
		if err := j.store.SetState(sh.Slot, storage.StateFilled); err != nil {
			return fmt.Errorf("adopt slot %s: %w", sh.Slot, err)
		}
		j.log.Info("adopted shard", "slot", sh.Slot.String(), "why", why, "at_block", v.AtBlock())
	case releaseShard:
		if sh.State == storage.StateFilled || sh.State == storage.StateProving {
			if cs.Holder != j.me || cs.State != SlotFilled {
				j.met.slotsLost.Inc()
			}
		}
		if err := j.store.Delete(sh.Slot); err != nil && !errors.Is(err, storage.ErrNotFound) {
			return fmt.Errorf("delete shard %s: %w", sh.Slot, err)
		}
		j.floors.forget(sh.Slot)
		j.terms.forget(sh.RequestID) // read again if another shard of it remains
		j.log.Info("released shard", "slot", sh.Slot.String(), "why", why, "at_block", v.AtBlock())
	}
	return nil
}

// finishEnded calls finish on requests we hold once their end has passed,
// returning our collateral. The shards go once a confirmed view shows the
// request finished.
func (j *janitor) finishEnded(ctx context.Context, epoch uint64) error {
	list, err := j.store.List()
	if err != nil {
		return fmt.Errorf("list shards: %w", err)
	}
	var errs []error
	done := map[[32]byte]bool{}
	for _, sh := range list {
		if done[sh.RequestID] || sh.State < storage.StateFilled {
			continue
		}
		done[sh.RequestID] = true
		terms, err := j.terms.get(ctx, sh.RequestID)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if epoch <= terms.EndEpoch {
			continue
		}
		ri, err := j.m.RequestInfo(ctx, sh.RequestID)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if ri.State != RequestActive && ri.State != RequestPending {
			continue
		}
		if err := j.m.Finish(ctx, sh.RequestID); err != nil {
			// A slot too far behind its settlement must be settled first
			// (in steps of MAX_SETTLE_EPOCHS); finish is retried next epoch.
			if re, ok := revertAs[*contracts.MarketplaceSettleFirst](err); ok {
				if _, err := j.m.Settle(ctx, re.SlotId); err != nil {
					errs = append(errs, fmt.Errorf("settle %s before finish: %w", short(re.SlotId), err))
				}
				continue
			}
			if isRevert[*contracts.MarketplaceTooEarly](err) || isRevert[*contracts.MarketplaceRequestNotLive](err) {
				continue // not closable yet, or another holder finished it first
			}
			if ri, rerr := j.m.RequestInfo(ctx, sh.RequestID); rerr == nil && ri.State != RequestActive && ri.State != RequestPending {
				continue // another holder's finish landed in the same block
			}
			errs = append(errs, fmt.Errorf("finish %s: %w", short(sh.RequestID), err))
			continue
		}
		j.log.Info("finished request", "request_id", short(sh.RequestID))
	}
	return errors.Join(errs...)
}

// withdraw takes our pull balance when there is one.
func (j *janitor) withdraw(ctx context.Context) error {
	bal, err := j.m.Balance(ctx, j.me)
	if err != nil {
		return err
	}
	if bal.Sign() == 0 {
		return nil
	}
	amt, err := j.m.Withdraw(ctx)
	if err != nil {
		return fmt.Errorf("withdraw: %w", err)
	}
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(amt), big.NewFloat(1e18)).Float64()
	j.met.withdrawn.Add(f)
	j.log.Info("withdrew", "amount", amt)
	return nil
}

func (j *janitor) updateSpaceMetrics(ctx context.Context) {
	j.met.bytesStored.Set(float64(j.store.Used()))
	j.met.freeSpace.Set(float64(j.store.Free()))
	f, _ := new(big.Float).SetInt(j.terms.collateralAtRisk(ctx, j.store)).Float64()
	j.met.collateral.Set(f / 1e18)
}
