package marketv2

import (
	"context"
	"log/slog"
	"time"
)

// runEpochs is every chain-driven service's Run: it calls step once per new
// head (polled every poll), and once more whenever wake fires (a nil wake
// never does), until ctx ends or closed closes. A step error is logged and
// the loop goes on; a service never stops on one bad epoch.
func runEpochs(ctx context.Context, clock EpochSource, poll time.Duration, closed, wake <-chan struct{},
	log *slog.Logger, name string, step func(context.Context, uint64) error) error {
	t := time.NewTicker(poll)
	defer t.Stop()
	last := ^uint64(0)
	for {
		if epoch, head, err := clock.Current(ctx); err != nil {
			log.Warn("read epoch", "service", name, "err", err)
		} else if head != last {
			last = head
			if err := step(ctx, epoch); err != nil && ctx.Err() == nil {
				log.Warn("step", "service", name, "epoch", epoch, "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-closed:
			return nil
		case <-t.C:
		case <-wake:
			last = ^uint64(0) // step at this head again
		}
	}
}
