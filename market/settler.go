package market

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// SettleResult counts what one settling pass did.
type SettleResult struct {
	Checked int // filled slots looked at
	Settled int // settle transactions sent
	Misses  uint64
}

// SettleOnce is the stand-alone settler (`cairn settle`): it looks at every
// filled slot and settles the ones whose closed epochs hold misses, for the
// settle fee. A static call first tells whether settling applies a miss, so
// no gas is spent on slots that proved.
func SettleOnce(ctx context.Context, m *Market) (SettleResult, error) {
	var res SettleResult
	if m.sender == nil {
		return res, fmt.Errorf("settle: %w", ErrNoWallet)
	}
	fills, err := m.logs(ctx, "SlotFilled")
	if err != nil {
		return res, err
	}
	seen := map[common.Hash]bool{}
	for _, l := range fills {
		slot := l.Topics[2]
		if seen[slot] {
			continue
		}
		seen[slot] = true
		si, err := m.SlotInfo(ctx, slot)
		if err != nil {
			return res, err
		}
		if si.State != SlotFilled {
			continue
		}
		res.Checked++
		misses, err := bind.Call(m.inst, &bind.CallOpts{Context: ctx, From: m.sender.Address()}, m.abi.PackSettle(slot), m.abi.UnpackSettle)
		if err != nil || misses == nil || misses.Sign() == 0 {
			continue
		}
		n, err := m.Settle(ctx, slot)
		if err != nil {
			return res, err
		}
		res.Settled++
		res.Misses += n
	}
	return res, nil
}

// watchedSlot is another provider's filled slot, followed by the settler.
type watchedSlot struct {
	request   [32]byte
	holder    [20]byte
	lastProof uint64 // last epoch proven + 1 (0: none seen)
	filled    uint64 // fill epoch
}

// settler is the in-provider settler service: it follows other providers'
// filled slots from the events and, once per epoch, settles those with a
// closed epoch and no proof seen, when a static call shows misses to
// apply (for the settle fee).
type settler struct {
	cfg ProviderConfig
	log *slog.Logger
	m   *Market
	met *providerMetrics
	me  common.Address

	mu        sync.Mutex
	watched   map[[32]byte]watchedSlot
	lastEpoch uint64
	ticked    bool
}

func newSettler(cfg ProviderConfig, log *slog.Logger, m *Market, met *providerMetrics) *settler {
	return &settler{cfg: cfg, log: log.With("service", "settler"), m: m, met: met, me: m.Sender().Address(), watched: map[[32]byte]watchedSlot{}}
}

func (s *settler) Run(ctx context.Context) error {
	return runLoop(ctx, "settler", s.cfg.Poll, s.m.Clock, s.Step, s.met, s.log)
}

func (s *settler) Close() {}

// load follows every filled slot of others from the chain, so a restarted
// settler (whose watcher resumes past their SlotFilled events) still does.
func (s *settler) load(ctx context.Context) error {
	fills, err := s.m.logs(ctx, "SlotFilled")
	if err != nil {
		return err
	}
	for _, l := range fills {
		ev, err := s.m.abi.UnpackSlotFilledEvent(&l)
		if err != nil {
			return fmt.Errorf("decode SlotFilled in tx %s: %w", l.TxHash, err)
		}
		s.filled(ev.SlotId, ev.RequestId, ev.Provider, ev.Epoch.Uint64())
	}
	return nil
}

func (s *settler) filled(slot, req [32]byte, holder common.Address, epoch uint64) {
	if holder == s.me {
		return
	}
	s.mu.Lock()
	s.watched[slot] = watchedSlot{request: req, holder: holder, filled: epoch}
	s.mu.Unlock()
}

func (s *settler) proven(slot [32]byte, epoch uint64) {
	s.mu.Lock()
	if w, ok := s.watched[slot]; ok && epoch+1 > w.lastProof {
		w.lastProof = epoch + 1
		s.watched[slot] = w
	}
	s.mu.Unlock()
}

func (s *settler) freed(slot [32]byte) {
	s.mu.Lock()
	delete(s.watched, slot)
	s.mu.Unlock()
}

func (s *settler) ended(req [32]byte) {
	s.mu.Lock()
	for sl, w := range s.watched {
		if w.request == req {
			delete(s.watched, sl)
		}
	}
	s.mu.Unlock()
}

// Step settles, once per epoch, the watched slots whose closed epochs hold
// misses.
func (s *settler) Step(ctx context.Context, epoch uint64) error {
	s.mu.Lock()
	first := !s.ticked || epoch != s.lastEpoch
	s.lastEpoch, s.ticked = epoch, true
	s.mu.Unlock()
	if !first {
		return nil
	}
	closed, err := s.m.ClosedEpochs(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	var cands [][32]byte
	for sl, w := range s.watched {
		if w.lastProof < closed && closed > w.filled+1 {
			cands = append(cands, sl)
		}
	}
	s.mu.Unlock()
	var errs []error
	for _, sl := range cands {
		misses, err := bind.Call(s.m.inst, &bind.CallOpts{Context: ctx, From: s.me}, s.m.abi.PackSettle(sl), s.m.abi.UnpackSettle)
		if err != nil || misses == nil || misses.Sign() == 0 {
			continue // NothingToSettle (or any revert): no transaction to send
		}
		n, err := s.m.Settle(ctx, sl)
		if err != nil {
			errs = append(errs, fmt.Errorf("settle %s: %w", short(sl), err))
			continue
		}
		s.met.settles.Inc()
		s.log.Info("settled missed epochs", "slot", short(sl), "misses", n)
	}
	return errors.Join(errs...)
}
