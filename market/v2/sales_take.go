package marketv2

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// Ticket is a client's EIP-712 reservation ticket for one slot (§8.2).
type Ticket struct {
	Deadline uint64
	Sig      []byte
}

// Request is an open request as a RequestSource lists it, with any
// tickets its client gave us, by slot index, and its placement: the
// request's allowedProviders (empty: none placed; a zero address: that
// slot open), fixed when it was requested.
type Request struct {
	ID      [32]byte
	Tickets map[uint64]Ticket
	Allowed []common.Address
}

// RequestSource lists requests that may have open slots (RequestEvents
// now; the node's ledger later).
type RequestSource interface {
	Requests(ctx context.Context) ([]Request, error)
}

// TakeReader is the chain view a taker decides from (Market).
type TakeReader interface {
	RequestInfo(ctx context.Context, req [32]byte) (contracts.IMarketplaceV2RequestInfo, error)
	SlotInfo(ctx context.Context, req [32]byte, index uint64) (contracts.IMarketplaceV2SlotInfo, error)
	DepositFor(ctx context.Context, req [32]byte, index uint64) (*big.Int, error)
	RoleOf(ctx context.Context, req [32]byte, who common.Address) (uint8, error)
}

// SlotTaker reserves and fills (Market).
type SlotTaker interface {
	ReserveSlot(ctx context.Context, req [32]byte, index uint64) (uint64, error)
	ReserveSlotWithTicket(ctx context.Context, req [32]byte, index, deadline uint64, sig []byte) (uint64, error)
	SweepReservations(ctx context.Context, req [32]byte, index uint64) error
	Reservations(ctx context.Context, req [32]byte, index uint64) ([]contracts.IMarketplaceV2Reservation, error)
	FillFromStore(ctx context.Context, store FillStore, setID uint64, req [32]byte, index uint64) (*big.Int, error)
}

// ShardSink is where a taken shard is written (storage.Store).
type ShardSink interface {
	FillStore
	Begin(slot storage.SlotID, meta storage.ShardMeta) (*storage.ShardWriter, error)
	SetState(slot storage.SlotID, st storage.ShardState) error
	Delete(slot storage.SlotID) error
}

// SaleSet is one of our proof sets and the store of its volume.
type SaleSet struct {
	SetID uint64
	Store ShardSink
}

// shardSource writes the shard of an offer (received or rebuilt).
type shardSource func(ctx context.Context, o Offer, w io.Writer) error

// TakeStats counts what a sales service or repairer did.
type TakeStats struct {
	Reserved, Received, Filled uint64
	Dropped                    uint64 // shards deleted: slot confirmed not ours
	Declined                   uint64 // offers the policy refused
	Abandoned                  uint64 // reservations given up: no set of ours could take the fill
	Refused                    uint64 // reservations the contract refused (a typed revert at estimation)
	Swept                      uint64 // our reservations of requests closed before our fill, refunded by a sweep
	Bonus                      *big.Int
}

// pending is a slot we reserved and have not filled yet.
type pending struct {
	offer    Offer
	block    uint64 // reservation block; 0 until known
	set      int    // index into sets; -1 until the shard is stored
	received bool
	seen     uint64      // a block at or before the slot entered the pipeline
	swept    bool        // its request closed and our reservation was refunded (sweepIfClosed)
	waiting  atomic.Bool // kept until the confirmed view decides (sales_waiting.go)
	rx       *receipt    // the shard's receive in flight (sales_receive.go)
}

// taker is the reserve → shard → fill pipeline shared by Sales and Repairer.
type taker struct {
	name   string
	log    *slog.Logger
	self   common.Address
	reader TakeReader
	chain  SlotTaker
	sets   []SaleSet
	source shardSource
	decide func(Offer, *big.Int) error
	cfg    contracts.IMarketplaceV2Config
	start  func(e uint64) uint64 // epoch → first block
	max    int
	// onCommit, if set, is told each received shard's commit outcome.
	onCommit func(req [32]byte, index uint64, err error)
	// confirmed, if set, is the only view a received shard is deleted on
	// (unlessConfirmed).
	confirmed ConfirmedSlots
	// grace is how long a step waits for the receives it started (< 0:
	// until they end); wake, if set, asks for a step when one ended.
	grace time.Duration
	wake  func()
	// maxRx, if > 0, bounds the receives in flight.
	maxRx int
	// bg counts the receives in flight, rxInFlight holds them (to cancel);
	// none starts once rxStopped.
	bg         sync.WaitGroup
	rxMu       sync.Mutex
	rxInFlight map[*receipt]struct{}
	rxStopped  bool

	mu      sync.Mutex
	pending map[[32]byte]*pending
	stats   TakeStats
	health  setHealth
	placed  map[[32]byte]uint64 // placedElsewhere: slot id → its request's end epoch
}

func (t *taker) Stats() TakeStats {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := t.stats
	s.Bonus = new(big.Int).Set(t.stats.Bonus)
	return s
}

// Pending is how many slots are reserved and not yet filled.
func (t *taker) Pending() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.pending)
}

func (t *taker) count(f func(*TakeStats)) {
	t.mu.Lock()
	defer t.mu.Unlock()
	f(&t.stats)
}

// committed is the collateral of slots in flight.
func (t *taker) committed() *big.Int {
	sum := new(big.Int)
	for _, p := range t.pending {
		if p.offer.Info.Collateral != nil {
			sum.Add(sum, p.offer.Info.Collateral)
		}
	}
	return sum
}

// offer reads slot index of req as an Offer at epoch.
func (t *taker) offer(ctx context.Context, req [32]byte, info contracts.IMarketplaceV2RequestInfo, index, epoch uint64) (Offer, contracts.IMarketplaceV2SlotInfo, error) {
	o, si, err := t.slotOffer(ctx, req, info, index, epoch)
	if err != nil || si.Kind == KindClosed {
		return o, si, err
	}
	o.Deposit, err = t.reader.DepositFor(ctx, req, index)
	return o, si, err
}

// slotOffer is offer without the deposit (nil): one read.
func (t *taker) slotOffer(ctx context.Context, req [32]byte, info contracts.IMarketplaceV2RequestInfo, index, epoch uint64) (Offer, contracts.IMarketplaceV2SlotInfo, error) {
	si, err := t.reader.SlotInfo(ctx, req, index)
	if err != nil {
		return Offer{}, si, err
	}
	o := Offer{Req: req, Index: index, Kind: si.Kind, Epoch: epoch, Info: info, Root: si.Root}
	if si.Kind == KindClosed {
		return o, si, nil
	}
	o.Bonus = expectedBonus(o, uint64(t.cfg.MissWindow))
	return o, si, nil
}

// declined asks the policy about o and counts a refusal.
func (t *taker) declined(o Offer) bool {
	t.mu.Lock()
	decision := t.decide(o, t.committed())
	t.mu.Unlock()
	if decision == nil {
		return false
	}
	t.count(func(s *TakeStats) { s.Declined++ })
	t.log.Debug("slot declined", "request", short(o.Req), "index", o.Index, "kind", o.Kind, "why", decision)
	return true
}

// expectedBonus is §8.3 step 2: only a Repair with more than W epochs left.
func expectedBonus(o Offer, w uint64) *big.Int {
	if o.Kind != KindRepair || uint64(o.Info.EndEpoch) <= o.Epoch+1+w || o.Info.RepairBonus == nil {
		return new(big.Int)
	}
	b := new(big.Int).Set(o.Info.RepairBonus)
	if o.Info.ReserveLeft != nil && o.Info.ReserveLeft.Cmp(b) < 0 {
		b.Set(o.Info.ReserveLeft)
	}
	return b
}

// scan reserves the slots of reqs the policy takes, up to the queue bound.
// A reservation is made only if it will still be live when the fill may
// be sent (startEpoch − 1 and the fill delay, §10.3).
func (t *taker) scan(ctx context.Context, reqs []Request, epoch, head uint64) error {
	var errs error
	for _, r := range reqs {
		if t.full() || t.liveSets() == 0 {
			return errs
		}
		if err := t.scanRequest(ctx, r, epoch, head); err != nil {
			errs = errors.Join(errs, fmt.Errorf("%s request %s: %w", t.name, short(r.ID), err))
		}
	}
	return errs
}

func (t *taker) scanRequest(ctx context.Context, r Request, epoch, head uint64) error {
	info, err := t.reader.RequestInfo(ctx, r.ID)
	if err != nil {
		return err
	}
	if !live(&info) {
		return nil
	}
	role, err := t.reader.RoleOf(ctx, r.ID, t.self)
	if err != nil || role != RoleNone {
		return err // one role per address per request
	}
	fillAt := t.start(uint64(info.StartEpoch)-min(uint64(info.StartEpoch), 1)) + t.cfg.FillDelayBlocks + 1
	if head+t.cfg.ReservationTTL < fillAt+2 {
		return nil // too early: the reservation would lapse before the fill may go
	}
	n := uint64(info.K) + uint64(info.M)
	first := spread(t.self, r.ID, n)
	type cand struct {
		o     Offer
		taken int // live reservations by others
	}
	var cands []cand
	for k := range n {
		i := (first + k) % n
		o, _, err := t.slotOffer(ctx, r.ID, info, i, epoch)
		if err != nil {
			return err
		}
		// The policy first sees the offer without its deposit: a slot it
		// refuses whatever the deposit (its kind, price, size, budget,
		// epochs left: the sales' Initial slots for a repairer) costs no
		// deposit and reservations reads. Each taker of every provider
		// scans every open request at every block.
		if o.Kind == KindClosed || t.placedElsewhere(o, r) || t.declined(o) {
			continue
		}
		if o.Deposit, err = t.reader.DepositFor(ctx, r.ID, i); err != nil {
			return err
		}
		rs, err := t.chain.Reservations(ctx, r.ID, i)
		if err != nil {
			return err
		}
		c := cand{o: o}
		for _, x := range rs {
			if x.Reserver != (common.Address{}) && head <= x.BlockNumber+t.cfg.ReservationTTL {
				c.taken++
			}
		}
		cands = append(cands, c)
	}
	// Least contended first (stable: ties keep the spread order), so
	// providers reserving one after another take different slots.
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].taken < cands[b].taken })
	for _, c := range cands {
		o := c.o
		if t.declined(o) { // now with the deposit
			continue
		}
		if t.reserve(ctx, o, r.Tickets, head) {
			return nil
		}
	}
	return nil
}

// spread is where a provider starts looking in a request's slots, so that
// providers racing for one request spread over its slots.
func spread(self common.Address, req [32]byte, n uint64) uint64 {
	h := crypto.Keccak256(self[:], req[:])
	return binary.BigEndian.Uint64(h[:8]) % n
}

// reserve takes one slot and reports whether it may have: an ambiguous
// error is resolved later from the reservations view, so a reservation
// whose receipt was lost is kept. A typed revert leaves the slot.
func (t *taker) reserve(ctx context.Context, o Offer, tickets map[uint64]Ticket, head uint64) bool {
	var block uint64
	var err error
	if tk, ok := tickets[o.Index]; ok {
		block, err = t.chain.ReserveSlotWithTicket(ctx, o.Req, o.Index, tk.Deadline, tk.Sig)
	} else {
		block, err = t.chain.ReserveSlot(ctx, o.Req, o.Index)
	}
	var ce ContractError
	if errors.As(err, &ce) {
		t.count(func(s *TakeStats) { s.Refused++ })
		t.log.Info("reservation refused", "request", short(o.Req), "index", o.Index, "err", err)
		if _, ticketed := tickets[o.Index]; errors.Is(err, ErrNotAllowed) && !ticketed && o.Kind == KindInitial {
			t.rememberPlaced(o)
		}
		return false
	}
	t.mu.Lock()
	t.pending[o.Req] = &pending{offer: o, block: block, set: -1, seen: head}
	t.mu.Unlock()
	if err != nil {
		t.log.Warn("reservation outcome unknown; resolving from chain", "request", short(o.Req), "index", o.Index, "err", err)
		return true
	}
	t.count(func(s *TakeStats) { s.Reserved++ })
	t.log.Info("slot reserved", "request", short(o.Req), "index", o.Index, "kind", o.Kind, "block", block, "deposit", o.Deposit)
	return true
}

// step advances the slots in flight, then, while fewer than max are
// pending, scans the open requests for new ones to take.
func (t *taker) step(ctx context.Context, epoch uint64, clock EpochSource, src RequestSource) error {
	_, head, err := clock.Current(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", t.name, err)
	}
	t.prune(epoch, head)
	errs := errors.Join(t.checkSets(ctx, epoch), t.advance(ctx, epoch, head))
	if t.full() || t.liveSets() == 0 {
		return errs // full, or no set of ours can take a fill
	}
	reqs, err := src.Requests(ctx)
	if err != nil {
		return errors.Join(errs, fmt.Errorf("%s: list requests: %w", t.name, err))
	}
	return errors.Join(errs, t.scan(ctx, reqs, epoch, head))
}
