package market

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/cairn-storage/cairn/chain"
)

// service is one of the provider's services as the lifecycle sees it.
type service struct {
	name  string
	run   func(context.Context) error
	step  func(context.Context, uint64) error
	close func()
}

// services are the provider's services in start order: sales first (it
// owns reservations the janitor must not touch), the janitor last.
func (p *Provider) services() []service {
	out := []service{
		{"sales", p.sales.Run, p.sales.Step, p.sales.Close},
		{"prover", p.prover.Run, p.prover.Step, p.prover.Close},
	}
	if p.cfg.Settle {
		out = append(out, service{"settler", p.settler.Run, p.settler.Step, p.settler.Close})
	}
	if p.cfg.Repair {
		out = append(out, service{"repairer", p.repairer.Run, p.repairer.Step, p.repairer.Close})
	}
	return append(out, service{"janitor", p.janitor.Run, p.janitor.Step, p.janitor.Close})
}

// group runs items in start order and, once ctx ends or any item fails,
// cancels them all, waits and closes them in reverse order (storj's
// private/lifecycle).
type group struct {
	log   *slog.Logger
	items []groupItem
}

type groupItem struct {
	name  string
	run   func(context.Context) error
	close func()
}

func newGroup(log *slog.Logger) *group { return &group{log: log} }

func (g *group) add(name string, run func(context.Context) error, close func()) {
	g.items = append(g.items, groupItem{name, run, close})
}

func (g *group) run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errs := make([]error, len(g.items))
	for i, it := range g.items {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := it.run(ctx); err != nil && ctx.Err() == nil {
				errs[i] = fmt.Errorf("%s: %w", it.name, err)
				cancel()
			}
		}()
	}
	wg.Wait()
	for i := len(g.items) - 1; i >= 0; i-- {
		g.items[i].close()
	}
	return errors.Join(errs...)
}

// runLoop calls step with the current epoch every poll until ctx ends.
// A failed step is logged once and counted in cairn_errors_total{service};
// the loop goes on (the next step retries).
func runLoop(ctx context.Context, name string, poll time.Duration, clock *chain.EpochClock, step func(context.Context, uint64) error, met *providerMetrics, log *slog.Logger) error {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		epoch, _, err := clock.Current(ctx)
		if err == nil {
			met.lastHead.Store(time.Now().UnixNano())
			err = step(ctx, epoch)
		} else {
			err = fmt.Errorf("read epoch: %w", err)
		}
		if err != nil && ctx.Err() == nil {
			met.errors.WithLabelValues(name).Inc()
			log.Warn("step failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
