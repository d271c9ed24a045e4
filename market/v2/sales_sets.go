package marketv2

import (
	"context"
	"errors"
	"fmt"

	"github.com/cairn-storage/cairn/contracts"
)

// SetStates reads a proof set's state (Market). A taker whose TakeReader
// also is a SetStates reads its sets' states once per epoch and takes no
// slot into a set that can no longer be filled.
type SetStates interface {
	SetInfo(ctx context.Context, setID uint64) (contracts.IMarketplaceV2SetInfo, error)
}

// setHealth is which of a taker's sets can still take a fill. A set that
// failed (two misses in the window on the devnet) or retired never takes
// one again (§6.3): a taker that kept reserving for it would hold a
// reservation place of each slot it took (maxReservations per slot) until
// the reservation lapsed, and its slots would stay unfilled meanwhile.
// Dead is sticky. Guarded by taker.mu.
type setHealth struct {
	states  SetStates         // nil: learn from fill reverts only
	dead    map[uint64]string // set id → why it takes no fill
	checked uint64            // epoch + 1 of the last read of the states
	// abandoned are the slots given up (abandon), so a resume does not
	// take them back while their reservations live on: slot id → the
	// first block their reservation is surely lapsed at (pruned then).
	abandoned map[[32]byte]uint64
}

// setDead reports whether a fill into a set reverted because the set can
// take no more fills: it is not Active, or its record fails at the next
// advance (misses already over the threshold).
func setDead(err error) bool {
	return errors.Is(err, ErrSetNotActive) || errors.Is(err, ErrSetWouldFail)
}

// markDead records that set takes no more fills.
func (t *taker) markDead(setID uint64, why string) {
	t.mu.Lock()
	_, was := t.health.dead[setID]
	if !was {
		t.health.dead[setID] = why
	}
	live := t.liveSetsLocked()
	t.mu.Unlock()
	if was {
		return
	}
	t.log.Warn("proof set takes no more fills; not taking slots into it", "set_id", setID, "why", why, "live_sets", live)
	if live == 0 {
		t.log.Error("no proof set of ours can take a fill; reserving stopped", "sets", len(t.sets))
	}
}

func (t *taker) liveSetsLocked() int {
	n := 0
	for _, s := range t.sets {
		if _, dead := t.health.dead[s.SetID]; !dead {
			n++
		}
	}
	return n
}

// liveSets is how many of our sets can take a fill.
func (t *taker) liveSets() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.liveSetsLocked()
}

// isDead reports whether set i (an index into sets) takes no fill.
func (t *taker) isDead(i int) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	_, dead := t.health.dead[t.sets[i].SetID]
	return dead
}

// checkSets reads the state of every live set once per epoch.
func (t *taker) checkSets(ctx context.Context, epoch uint64) error {
	if t.health.states == nil {
		return nil
	}
	t.mu.Lock()
	due := t.health.checked != epoch+1
	t.mu.Unlock()
	if !due {
		return nil
	}
	var errs error
	for i, s := range t.sets {
		if t.isDead(i) {
			continue
		}
		info, err := t.health.states.SetInfo(ctx, s.SetID)
		if err != nil {
			errs = errors.Join(errs, fmt.Errorf("%s: read set %d: %w", t.name, s.SetID, err))
			continue
		}
		if info.State != SetActive {
			t.markDead(s.SetID, fmt.Sprintf("set state %d (not active) since epoch %d", info.State, info.Stop))
		}
	}
	if errs == nil {
		t.mu.Lock()
		t.health.checked = epoch + 1
		t.mu.Unlock()
	}
	return errs
}

// abandon gives up a reserved slot whose fill no set of ours can take:
// its shard is deleted and its reservation left to lapse (the contract
// has no unreserve), so the slot's other reservers fill it.
func (t *taker) abandon(p *pending, why string) error {
	t.done(p)
	t.mu.Lock()
	t.health.abandoned[SlotID(p.offer.Req, p.offer.Index)] = max(p.block, p.seen) + t.cfg.ReservationTTL + 1
	t.mu.Unlock()
	t.count(func(s *TakeStats) { s.Abandoned++ })
	t.log.Warn("reserved slot abandoned: no set of ours can take its fill", "request", short(p.offer.Req), "index", p.offer.Index, "why", why)
	return t.dropShard(p)
}
