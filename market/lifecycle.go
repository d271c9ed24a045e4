package market

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
)

// service is one of the provider's services as the lifecycle sees it.
type service struct {
	name  string
	run   func(context.Context) error
	step  func(context.Context, uint64) error
	close func()
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
