package market

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market/ledger"
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

// settlerLedger is what the settler reads of the chain ledger.
type settlerLedger interface {
	OpenRequests() ([]ledger.Request, error)
	Slot(slot [32]byte) (ledger.Slot, bool, error)
	SlotStats(slot [32]byte) (ledger.SlotStats, error)
}

// settler is the in-provider settler service: once per epoch it reads the
// other providers' filled slots of open requests from the ledger and
// settles those with a closed epoch after their last proof, when a static
// call shows misses to apply (for the settle fee). It keeps no state of
// its own: a restarted settler reads the same ledger.
type settler struct {
	cfg    ProviderConfig
	log    *slog.Logger
	m      *Market
	ledger settlerLedger
	met    *providerMetrics
	me     common.Address

	mu        sync.Mutex
	lastEpoch uint64
	ticked    bool
}

func newSettler(cfg ProviderConfig, log *slog.Logger, m *Market, l settlerLedger, met *providerMetrics) *settler {
	return &settler{cfg: cfg, log: log.With("service", "settler"), m: m, ledger: l, met: met, me: m.Sender().Address()}
}

func (s *settler) Run(ctx context.Context) error {
	return runLoop(ctx, "settler", s.cfg.Poll, s.m.Clock, s.Step, s.met, s.log)
}

func (s *settler) Close() {}

// candidates lists the slots of open requests that another provider holds
// and that have a closed epoch after their fill with no proof seen.
func (s *settler) candidates(closed uint64) ([][32]byte, error) {
	reqs, err := s.ledger.OpenRequests()
	if err != nil {
		return nil, fmt.Errorf("open requests: %w", err)
	}
	var out [][32]byte
	for _, r := range reqs {
		for i := range uint64(r.Slots()) {
			id := slotID(r.ID, i)
			sl, ok, err := s.ledger.Slot(id)
			if err != nil {
				return nil, fmt.Errorf("slot %s: %w", short(id), err)
			}
			if !ok || sl.State != ledger.SlotFilled || sl.Holder == s.me || closed <= sl.FillEpoch+1 {
				continue
			}
			st, err := s.ledger.SlotStats(id)
			if err != nil {
				return nil, fmt.Errorf("slot stats %s: %w", short(id), err)
			}
			if st.Proofs > 0 && st.LastProofEpoch+1 >= closed {
				continue
			}
			out = append(out, id)
		}
	}
	return out, nil
}

// Step settles, once per epoch, the other holders' slots whose closed
// epochs hold misses.
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
	cands, err := s.candidates(closed)
	if err != nil {
		return err
	}
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
