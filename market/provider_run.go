package market

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/cairn-storage/cairn/chain"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// allowanceFloor is the token allowance Run makes sure of (it approves the
// maximum once): reservations pay deposits and fills lock collateral.
var allowanceFloor = new(big.Int).Lsh(big.NewInt(1), 128)

// group lists the provider's services in start order: sales first, then
// the prover and scrubber, the settler and repairer, and the node's own
// upkeep (withdrawals, the push inbox's bookkeeping). Only built ones.
func (p *Provider) group() []service {
	var out []service
	if p.sales != nil {
		out = append(out, service{"sales", p.sales.Run, p.sales.Step, p.sales.Close})
	}
	if p.prover != nil {
		out = append(out, service{"prover", p.prover.Run, p.prover.Step, p.prover.Close})
	}
	if p.scrubber != nil {
		s := p.scrubber
		out = append(out, service{"scrubber", s.Run, func(ctx context.Context, _ uint64) error { return s.Step(ctx, time.Now()) }, s.Close})
	}
	if p.settler != nil {
		out = append(out, service{"settler", p.settler.Run, p.settler.Step, p.settler.Close})
	}
	if p.repairer != nil {
		out = append(out, service{"repairer", p.repairer.Run, p.repairer.Step, p.repairer.Close})
	}
	if p.wd != nil {
		out = append(out, service{"upkeep", p.runUpkeep, p.upkeep, func() {}})
	}
	return out
}

// Step steps the ledger, then runs one step of every service for epoch,
// in start order. Tests
// call it after mining instead of waiting on the wall clock.
func (p *Provider) Step(ctx context.Context, epoch uint64) error {
	var errs []error
	if err := p.stepLedger(ctx); err != nil {
		errs = append(errs, fmt.Errorf("ledger: %w", err))
	}
	if err := p.resume(ctx, epoch); err != nil {
		errs = append(errs, err)
	}
	for _, s := range p.group() {
		if err := s.step(ctx, epoch); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", s.name, err))
		}
	}
	return errors.Join(errs...)
}

// ledgerTries is how often Step tries the ledger's step when the RPC
// fails transiently (each try resumes from the pages already applied).
const ledgerTries = 4

// stepLedger steps the ledger, again at once on a transient RPC error
// (chain.Retryable), as Run's ledger loop would at its next poll.
func (p *Provider) stepLedger(ctx context.Context) error {
	var err error
	for range ledgerTries {
		if err = p.ledger.Step(ctx); err == nil || !chain.Retryable(err) || ctx.Err() != nil {
			return err
		}
	}
	return err
}

// Run approves the marketplace, registers the peer info unless the chain
// has it, then serves p2p and runs every service until ctx is cancelled
// (nil) or one of them fails (its error; the others are stopped).
func (p *Provider) Run(ctx context.Context) (err error) {
	defer func() {
		if ctx.Err() != nil {
			err = nil // stopped, not failed
		}
	}()
	if err := p.m.EnsureAllowance(ctx, allowanceFloor); err != nil {
		return fmt.Errorf("provider v2: %w", err)
	}
	if err := p.register(ctx); err != nil {
		return err
	}
	g := newGroup(p.log)
	g.add("ledger", p.ledger.Run, func() {})
	g.add("p2p", p.host.Run, func() {})
	for _, s := range p.group() {
		g.add(s.name, s.run, s.close)
	}
	return g.run(ctx)
}

// Serve serves the p2p shard exchange only (pushes into the inbox,
// fetches from the volumes) until ctx ends: what Run does beside the
// services, for tests that Step the services themselves.
func (p *Provider) Serve(ctx context.Context) error { return p.host.Run(ctx) }

// register publishes our peer info unless the chain already has it.
func (p *Provider) register(ctx context.Context) error {
	info, err := p.host.PeerInfo()
	if err != nil {
		return fmt.Errorf("provider v2: encode peer info: %w", err)
	}
	cur, err := p.m.PeerInfo(ctx, p.me)
	if err != nil {
		return fmt.Errorf("provider v2: %w", err)
	}
	if string(cur) == string(info) {
		return nil
	}
	if err := p.m.RegisterProvider(ctx, info); err != nil {
		return fmt.Errorf("provider v2: register: %w", err)
	}
	p.log.Info("registered", "peer_id", p.host.ID())
	return nil
}

// upkeep is the node's own step: withdraw when due, forget lapsed
// reservations of the push inbox. (Resuming is in Step and runStep.)
func (p *Provider) upkeep(ctx context.Context, epoch uint64) error {
	_, head, err := p.m.Clock.Current(ctx)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	p.reserved.prune(head, time.Now())
	return p.wd.step(ctx, epoch)
}

// runStep is Run's upkeep step: give sales back the slots in flight at
// the restart (Step does it before the services), then the upkeep.
func (p *Provider) runStep(ctx context.Context, epoch uint64) error {
	return errors.Join(p.resume(ctx, epoch), p.upkeep(ctx, epoch))
}

// runUpkeep runs runStep once per new head (read every Poll).
func (p *Provider) runUpkeep(ctx context.Context) error {
	t := time.NewTicker(p.cfg.Poll)
	defer t.Stop()
	last := ^uint64(0)
	for {
		if epoch, head, err := p.m.Clock.Current(ctx); err != nil {
			p.log.Warn("read epoch", "service", "upkeep", "err", err)
		} else if head != last {
			if err := p.runStep(ctx, epoch); err != nil && ctx.Err() == nil {
				p.log.Warn("step", "service", "upkeep", "epoch", epoch, "err", err)
			} else {
				last = head
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// withdrawer withdraws the provider's balance every `every` epochs.
type withdrawer struct {
	every uint64
	m     *marketv2.Market
	log   *slog.Logger

	mu    sync.Mutex
	next  uint64 // first epoch a withdrawal is due
	total big.Int
}

func (w *withdrawer) step(ctx context.Context, epoch uint64) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.every == 0 || epoch < w.next {
		return nil
	}
	bal, err := w.m.Balance(ctx, w.m.Self())
	if err != nil {
		return fmt.Errorf("withdraw: %w", err)
	}
	if bal.Sign() > 0 {
		amt, err := w.m.Withdraw(ctx)
		if err != nil {
			return fmt.Errorf("withdraw %s: %w", bal, err)
		}
		w.total.Add(&w.total, amt)
		w.log.Info("withdrawn", "amount", amt, "epoch", epoch)
	}
	w.next = epoch + w.every
	return nil
}

// Withdrawn is the total this process withdrew.
func (w *withdrawer) Withdrawn() *big.Int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return new(big.Int).Set(&w.total)
}
