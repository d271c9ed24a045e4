package marketv2

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

// SalesConfig configures the sales service.
type SalesConfig struct {
	Policy SalesPolicy
	// MaxPending bounds the slots reserved and not yet filled.
	MaxPending int
	// Poll is how often Run looks at the head.
	Poll time.Duration
	// ReceiveGrace is how long a step waits for the shard receives it
	// started before it goes on (sales_receive.go); a receive that takes
	// longer goes on beside the steps and wakes Run when it ends.
	ReceiveGrace time.Duration
}

// DefaultSalesConfig is DefaultSalesPolicy with 8 slots in flight.
func DefaultSalesConfig() SalesConfig {
	return SalesConfig{Policy: DefaultSalesPolicy(), MaxPending: 8, Poll: 2 * time.Second, ReceiveGrace: DefaultReceiveGrace}
}

// Validate reports a config that cannot work.
func (c SalesConfig) Validate() error {
	if err := c.Policy.Validate(); err != nil {
		return err
	}
	if c.MaxPending <= 0 || c.Poll <= 0 {
		return errors.New("sales: max pending and poll must be > 0")
	}
	if c.ReceiveGrace < 0 {
		return errors.New("sales: receive grace must be >= 0")
	}
	return nil
}

// ShardReceiver delivers a sold slot's shard, pushed by the client (the
// p2p server in the node; a map of shards in tests). The store checks the
// bytes against the slot's root when the shard is committed.
type ShardReceiver interface {
	Receive(ctx context.Context, req [32]byte, index, size uint64, w io.Writer) error
}

// ErrShardNotReady is what a ShardReceiver's Receive wraps when the shard
// has not arrived yet (no push): the taker keeps the slot and asks again at
// its next step, without reporting an error.
var ErrShardNotReady = errors.New("shard not delivered yet")

// CommitObserver is an optional part of a ShardReceiver: it is told the
// outcome of the store's commit (the root check) of every shard Receive
// delivered without error, so that the node's push inbox can answer the
// client's push with it.
type CommitObserver interface {
	Committed(req [32]byte, index uint64, err error)
}

// SalesDeps are the sales service's collaborators (Market provides
// Reader, Taker and Clock; the volumes' sets and stores provide Sets).
type SalesDeps struct {
	Self     common.Address
	Config   contracts.IMarketplaceV2Config
	Clock    *chain.EpochClock
	Reader   TakeReader
	Taker    SlotTaker
	Requests RequestSource
	Receiver ShardReceiver
	Sets     []SaleSet
	// Confirmed is the node ledger's confirmed view: with it, a received
	// shard is deleted only when that view says the slot is not ours
	// (ConfirmedSlot); without it (tests without a ledger), on the
	// latest reads.
	Confirmed ConfirmedSlots
}

// Sales sells our volumes' space: it reserves the open Initial, Late and
// Renewal slots its policy takes, receives their shards and fills them
// into a set with room, no earlier than startEpoch − 1.
type Sales struct {
	cfg   SalesConfig
	deps  SalesDeps
	take  *taker
	log   *slog.Logger
	close func()
	done  chan struct{}
	wake  chan struct{}
}

// NewSales builds the sales service; it starts nothing.
func NewSales(cfg SalesConfig, log *slog.Logger, deps SalesDeps) (*Sales, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Reader == nil || deps.Taker == nil || deps.Requests == nil || deps.Receiver == nil || deps.Clock == nil || len(deps.Sets) == 0 {
		return nil, errors.New("sales: reader, taker, requests, receiver, clock and sets are required")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "sales")
	s := &Sales{cfg: cfg, deps: deps, log: log, done: make(chan struct{}), wake: make(chan struct{}, 1)}
	s.close = sync.OnceFunc(func() { close(s.done) })
	recv := deps.Receiver
	s.take = newTaker("sales", log, deps.Self, deps.Reader, deps.Taker, deps.Sets, deps.Config, deps.Clock, cfg.MaxPending,
		func(ctx context.Context, o Offer, w io.Writer) error {
			return recv.Receive(ctx, o.Req, o.Index, o.Info.ShardSize, w)
		}, cfg.Policy.Decide)
	s.take.confirmed = deps.Confirmed
	s.take.grace, s.take.wake = cfg.ReceiveGrace, s.Wake
	if obs, ok := recv.(CommitObserver); ok {
		s.take.onCommit = obs.Committed
	}
	return s, nil
}

func newTaker(name string, log *slog.Logger, self common.Address, r TakeReader, c SlotTaker, sets []SaleSet,
	cfg contracts.IMarketplaceV2Config, clock *chain.EpochClock, maxPending int, src shardSource, decide func(Offer, *big.Int) error) *taker {
	states, _ := r.(SetStates)
	return &taker{
		name: name, log: log, self: self, reader: r, chain: c, sets: sets, source: src, decide: decide,
		cfg: cfg, start: clock.Start, max: maxPending,
		pending: map[[32]byte]*pending{}, stats: TakeStats{Bonus: new(big.Int)},
		health: setHealth{states: states, dead: map[uint64]string{}, abandoned: map[[32]byte]uint64{}},
		placed: map[[32]byte]uint64{},
	}
}

// Stats returns the service's counters.
func (s *Sales) Stats() TakeStats { return s.take.Stats() }

// Pending is how many reserved slots wait for their fill.
func (s *Sales) Pending() int { return s.take.Pending() }

// Step advances the slots in flight, then reserves new ones.
func (s *Sales) Step(ctx context.Context, epoch uint64) error {
	return s.take.step(ctx, epoch, s.deps.Clock, s.deps.Requests)
}

// Run steps at every new head until ctx ends or Close is called.
// It returns once the receives it left in flight ended (cancelled).
func (s *Sales) Run(ctx context.Context) error {
	defer s.take.stopReceives()
	return runEpochs(ctx, s.deps.Clock, s.cfg.Poll, s.done, s.wake, s.log, "sales", s.Step)
}

// Wake makes Run step again now, at the same head: a push that arrived
// for a slot sales reserved is met by this step's Receive instead of
// waiting for the next head (up to a block time at the start of every
// upload). It never blocks; wakes while a step runs make one more step.
func (s *Sales) Wake() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Close stops Run and the shard receives in flight (a Step's too) and
// waits for those to end; it is idempotent.
func (s *Sales) Close() {
	s.close()
	s.take.stopReceives()
}
