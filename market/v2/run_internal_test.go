package marketv2

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// stillHead is an EpochSource whose head never moves; polled closes once
// it has been read n times.
type stillHead struct {
	n      int64
	reads  atomic.Int64
	once   sync.Once
	polled chan struct{}
}

func (h *stillHead) Current(context.Context) (uint64, uint64, error) {
	if h.reads.Add(1) >= h.n {
		h.once.Do(func() { close(h.polled) })
	}
	return 3, 120, nil
}

// runEpochs steps once per new head, and once more for each wake at the
// same head (Sales.Wake: a push arrived), never for a poll tick alone.
func TestRunEpochsStepsOnWake(t *testing.T) {
	head := &stillHead{n: 11, polled: make(chan struct{})}
	wake := make(chan struct{}, 1)
	closed := make(chan struct{})
	var steps atomic.Int64
	stepped := make(chan struct{}, 8)
	done := make(chan error, 1)
	go func() {
		done <- runEpochs(t.Context(), head, 5*time.Millisecond, closed, wake, nil, "test", func(context.Context, uint64) error {
			steps.Add(1)
			stepped <- struct{}{}
			return nil
		})
	}()
	<-stepped     // the first head
	<-head.polled // ten more polls at the same head
	if n := steps.Load(); n != 1 {
		t.Fatalf("%d steps at one head without a wake, want 1", n)
	}
	wake <- struct{}{}
	<-stepped
	if n := steps.Load(); n != 2 {
		t.Fatalf("%d steps after one wake, want 2", n)
	}
	close(closed)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
