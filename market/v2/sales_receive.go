package marketv2

import (
	"context"
	"errors"
	"time"
)

// A slot's shard is received (a client's push, or the repairer's rebuild)
// beside the step, not in it: one push may take minutes on a slow uplink,
// and a step that waited for it would hold back every other slot's fill
// and every new reservation for as long (a trickling client could stall a
// provider's sales that way). So a step starts the receive of every
// pending slot that needs one, waits for them at most the taker's grace
// (all of them at once), and goes on; a receive that ends later wakes the
// service (taker.wake), and the next step takes its outcome and fills.
// The step goroutine alone reads a receipt's outcome and writes the
// pending slot's fields; a receive writes only its receipt.

// receipt is one slot's receive in flight.
type receipt struct {
	done   chan struct{} // closed when the receive ended
	cancel context.CancelFunc
	set    int   // the set's index the shard was committed in (after done, err == nil)
	err    error // after done
}

// DefaultReceiveGrace is how long a sales step waits for the receives in
// flight before it goes on to reserve: enough for a small shard already
// pushed, short enough that a slow push, or the p2p inbox's wait for a
// push that has not come (2 s), never holds the step for long.
const DefaultReceiveGrace = time.Second

// receive reports whether p's shard is stored. It never waits: it takes
// the outcome of a receive that ended, starts one when none is in flight
// (again at once when the last found no push yet, so that a push is met
// as it comes), and adds p to inFlight while one is. An error is the
// receive's; the slot stays pending and is received again next step.
func (t *taker) receive(ctx context.Context, p *pending, inFlight *[]*pending) (bool, error) {
	if p.received {
		return true, nil
	}
	if rx := p.rx; rx != nil {
		if !isDone(rx.done) {
			*inFlight = append(*inFlight, p)
			return false, nil
		}
		p.rx = nil
		switch {
		case rx.err == nil:
			p.set, p.received = rx.set, true
			return true, nil
		case !errors.Is(rx.err, ErrShardNotReady):
			return false, rx.err
		}
	}
	if t.startReceive(ctx, p) {
		*inFlight = append(*inFlight, p)
	}
	return false, nil
}

func isDone(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// startReceive starts p's receive; it starts none (false) once the
// receives were stopped, or while maxRx are in flight (p is received at
// a later step).
func (t *taker) startReceive(ctx context.Context, p *pending) bool {
	t.rxMu.Lock()
	defer t.rxMu.Unlock()
	if t.rxStopped || (t.maxRx > 0 && len(t.rxInFlight) >= t.maxRx) {
		return false
	}
	rctx, cancel := context.WithCancel(ctx)
	rx := &receipt{done: make(chan struct{}), cancel: cancel, set: -1}
	p.rx = rx
	if t.rxInFlight == nil {
		t.rxInFlight = map[*receipt]struct{}{}
	}
	t.rxInFlight[rx] = struct{}{}
	o := p.offer
	t.bg.Add(1)
	go func() {
		defer t.bg.Done()
		set, err := t.store(rctx, o)
		t.rxMu.Lock()
		delete(t.rxInFlight, rx) // before done: the step that sees it may start another
		t.rxMu.Unlock()
		cancel()
		rx.set, rx.err = set, err
		close(rx.done)
		if t.wake != nil && !errors.Is(rx.err, ErrShardNotReady) {
			t.wake() // the next step fills it (or retries a failure)
		}
	}()
	return true
}

// awaitReceipts waits until every receive in ps ended, grace passed, or
// ctx ended; grace < 0 waits for all of them.
func (t *taker) awaitReceipts(ctx context.Context, ps []*pending, grace time.Duration) {
	var timeout <-chan time.Time
	if grace >= 0 {
		timer := time.NewTimer(grace)
		defer timer.Stop()
		timeout = timer.C
	}
	for _, p := range ps {
		select {
		case <-p.rx.done:
		case <-timeout:
			return
		case <-ctx.Done():
			return
		}
	}
}

// settleReceive ends p's receive, if one is in flight, before p leaves
// the pipeline: a shard it committed meanwhile is then p's to keep or
// drop like any other.
func (t *taker) settleReceive(p *pending) {
	rx := p.rx
	if rx == nil {
		return
	}
	rx.cancel()
	<-rx.done
	p.rx = nil
	if rx.err == nil {
		p.set, p.received = rx.set, true
	}
}

// stopReceives cancels every receive in flight, starts no more and waits
// for them to end: the stores they write into may be closed once the
// service's Run returned or Close did. It is idempotent and safe beside a
// step (one that starts a receive afterwards starts none).
func (t *taker) stopReceives() {
	t.rxMu.Lock()
	t.rxStopped = true
	for rx := range t.rxInFlight {
		rx.cancel()
	}
	t.rxMu.Unlock()
	t.bg.Wait()
}
