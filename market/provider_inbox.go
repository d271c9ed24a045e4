package market

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cairn-storage/cairn/market/p2p"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// receiveWait is the longest sales' Receive waits for a push that has not
// arrived: a push arriving later waits for the next step's Receive
// (PushWait), so a slow client never stalls the sales step for long.
const receiveWait = 2 * time.Second

// errNoPush means no push of the slot arrived while Receive waited; sales
// asks again at its next step (it is marketv2.ErrShardNotReady, so sales
// does not report it as an error).
var errNoPush = fmt.Errorf("no push of the shard yet: %w", marketv2.ErrShardNotReady)

// errPushEnded means the push ended before its last byte.
var errPushEnded = errors.New("push ended before the whole shard arrived")

// pushInbox is the meeting point of a client's p2p push (p2p.ShardSink)
// and sales' Receive (marketv2.ShardReceiver): the push's bytes are
// written straight into the writer sales opened in a volume's store, and
// the push is answered only after sales' commit of that writer (the root
// check) returned, with its outcome (marketv2.CommitObserver). Either
// side may come first: a push that comes first is answered at once and
// its first bytes held (earlyPerPush, earlyLimit) while it waits up to
// PushWait for Receive (after our reservation's outcome, if that was
// still in flight); Receive waits up to receiveWait for a push. A push never resumes (offset 0): sales
// starts every shard from its first byte.
type pushInbox struct {
	wait     time.Duration // a push's wait for Receive (PushWait)
	recvWait time.Duration // Receive's wait for a push (receiveWait)
	reserved *reservedSlots
	terms    slotTermser
	// wake asks sales for a step now (Sales.Wake; nil in tests that Step
	// sales themselves): a push that finds no Receive waiting is met at
	// once instead of at the next head.
	wake func()

	mu    sync.Mutex
	meets map[[32]byte]*meeting
	early atomic.Int64 // bytes held by pushes waiting for Receive (earlyLimit)
}

var (
	_ p2p.ShardSink           = (*pushInbox)(nil)
	_ marketv2.ShardReceiver  = (*pushInbox)(nil)
	_ marketv2.CommitObserver = (*pushInbox)(nil)
)

// meeting is one slot's push and Receive.
type meeting struct {
	arrived chan struct{} // closed when Receive registered w
	w       io.Writer     // sales' store writer (set under pushInbox.mu)
	size    uint64
	claimed bool // a push is attached (under pushInbox.mu)

	result    chan error    // push → Receive: nil after the last byte, else why it ended (cap 1)
	committed chan error    // sales' commit outcome → push (cap 1)
	gone      chan struct{} // closed when Receive gave up on the push

	wmu      sync.Mutex // serializes the push's writes with Receive giving up
	detached bool
}

// slotTermser gives a slot's size and root (v2Terms).
type slotTermser interface {
	slot(ctx context.Context, req [32]byte, index uint64) (slotTerms, error)
}

func newPushInbox(wait time.Duration, reserved *reservedSlots, terms slotTermser) *pushInbox {
	return &pushInbox{wait: wait, recvWait: receiveWait, reserved: reserved, terms: terms, meets: map[[32]byte]*meeting{}}
}

// meet returns slot's meeting, made if absent. Caller holds in.mu.
func (in *pushInbox) meet(slot [32]byte) *meeting {
	m, ok := in.meets[slot]
	if !ok {
		m = &meeting{arrived: make(chan struct{}), result: make(chan error, 1), committed: make(chan error, 1), gone: make(chan struct{})}
		in.meets[slot] = m
	}
	return m
}

func (in *pushInbox) forget(slot [32]byte, m *meeting) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.meets[slot] == m {
		delete(in.meets, slot)
	}
}

// Receive writes the pushed shard of (req, index) into w: it returns nil
// once the push wrote its last byte (sales then commits w), errNoPush if
// no push came within recvWait, or why the push failed.
func (in *pushInbox) Receive(ctx context.Context, req [32]byte, index, size uint64, w io.Writer) error {
	slot := marketv2.SlotID(req, index)
	in.mu.Lock()
	m := in.meet(slot)
	if m.w != nil {
		in.mu.Unlock()
		return fmt.Errorf("slot %s: a receive is already waiting", short(slot))
	}
	m.w, m.size = w, size
	close(m.arrived)
	in.mu.Unlock()
	timer := time.NewTimer(in.recvWait)
	defer timer.Stop()
	giveUp := func(err error) error {
		m.wmu.Lock()
		m.detached = true
		m.wmu.Unlock()
		close(m.gone)
		in.forget(slot, m)
		return err
	}
	for {
		select {
		case err := <-m.result:
			if err != nil {
				return giveUp(fmt.Errorf("slot %s: %w", short(slot), err))
			}
			return nil // the meeting stays until Committed
		case <-timer.C:
			in.mu.Lock()
			claimed := m.claimed
			if !claimed && in.meets[slot] == m {
				delete(in.meets, slot) // atomically with the check: a later push makes a new meeting
			}
			in.mu.Unlock()
			if !claimed {
				close(m.gone)
				return fmt.Errorf("slot %s: %w", short(slot), errNoPush)
			}
			// A push is writing: wait for its end (its frames have deadlines).
		case <-ctx.Done():
			return giveUp(ctx.Err())
		}
	}
}

// Committed hands sales' commit outcome to the waiting push.
func (in *pushInbox) Committed(req [32]byte, index uint64, err error) {
	slot := marketv2.SlotID(req, index)
	in.mu.Lock()
	m, ok := in.meets[slot]
	if ok {
		delete(in.meets, slot)
	}
	in.mu.Unlock()
	if err == nil {
		in.reserved.markDelivered(slot)
	}
	if ok {
		m.committed <- err
	}
}

// BeginShard attaches a push of a slot we reserved, or are reserving, to
// sales' Receive. size and root must be the slot's. The push is answered
// at once: until sales' Receive arrives (for a reservation in flight,
// only after it is mined) its bytes are held in memory, up to
// earlyPerPush bytes per push and earlyLimit for the inbox, and then the
// push waits (PushWait) for Receive.
func (in *pushInbox) BeginShard(ctx context.Context, slot [32]byte, size int64, root [32]byte) (int64, p2p.ShardWriter, error) {
	e, ok := in.reserved.get(slot)
	var outcome <-chan struct{}
	if !ok {
		p, pending := in.reserved.pendingOf(slot)
		if !pending {
			return 0, nil, fmt.Errorf("slot %s: no reservation of ours: %w", short(slot), p2p.ErrUnauthorized)
		}
		e, outcome = reservedSlot{req: p.req, index: p.index}, p.outcome
	}
	want, err := in.terms.slot(ctx, e.req, e.index)
	if err != nil {
		return 0, nil, err
	}
	if uint64(size) != want.size || root != want.root {
		return 0, nil, fmt.Errorf("slot %s: size or root differ from the request's: %w", short(slot), p2p.ErrBadRequest)
	}
	if e.delivered {
		return size, committedWriter{}, nil // a retry of a push whose answer was lost
	}
	in.mu.Lock()
	m := in.meet(slot)
	if m.claimed {
		in.mu.Unlock()
		return 0, nil, fmt.Errorf("slot %s: another push is attached: %w", short(slot), p2p.ErrBusy)
	}
	m.claimed = true
	waiting := m.w == nil
	in.mu.Unlock()
	if waiting && in.wake != nil {
		in.wake()
	}
	w := &inboxWriter{in: in, m: m, ctx: ctx, slot: slot, size: uint64(size), outcome: outcome, early: &earlyBytes{}}
	if !waiting {
		if err := w.attach(); err != nil {
			return 0, nil, err
		}
	}
	return 0, w, nil
}

// endPush tells Receive how the push ended (once).
func (in *pushInbox) endPush(m *meeting, err error) {
	select {
	case m.result <- err:
	default:
	}
}

// Early bytes: what a push may hold before sales' Receive arrives.
const (
	earlyPerPush = 32 << 20
	earlyLimit   = 64 << 20
)

// takeEarly reserves n bytes of the inbox's earlyLimit.
func (in *pushInbox) takeEarly(n int64) bool {
	for {
		cur := in.early.Load()
		if cur+n > earlyLimit {
			return false
		}
		if in.early.CompareAndSwap(cur, cur+n) {
			return true
		}
	}
}

// earlyBytes are a push's bytes held until Receive arrives.
type earlyBytes struct {
	chunks [][]byte
	n      int64
}

// inboxWriter is one push's side of a meeting.
type inboxWriter struct {
	in      *pushInbox
	m       *meeting
	ctx     context.Context
	slot    [32]byte
	size    uint64
	ended   bool
	outcome <-chan struct{} // our reservation's outcome, if it was in flight at BeginShard
	early   *earlyBytes     // held bytes; nil once attached to Receive
}

func (w *inboxWriter) Write(b []byte) (int, error) {
	if w.early != nil {
		if !w.arrived() && w.hold(b) {
			return len(b), nil
		}
		if err := w.attach(); err != nil {
			return 0, err
		}
	}
	return w.write(b)
}

// write writes b into sales' writer.
func (w *inboxWriter) write(b []byte) (int, error) {
	w.m.wmu.Lock()
	defer w.m.wmu.Unlock()
	if w.m.detached {
		return 0, fmt.Errorf("sales stopped waiting for the shard: %w", p2p.ErrBusy)
	}
	return w.m.w.Write(b)
}

func (w *inboxWriter) arrived() bool {
	select {
	case <-w.m.arrived:
		return true
	default:
		return false
	}
}

// hold keeps a copy of b if the push's and the inbox's bounds allow.
func (w *inboxWriter) hold(b []byte) bool {
	n := int64(len(b))
	if w.early.n+n > earlyPerPush || !w.in.takeEarly(n) {
		return false
	}
	w.early.chunks = append(w.early.chunks, bytes.Clone(b))
	w.early.n += n
	return true
}

// release gives the held bytes' budget back.
func (w *inboxWriter) release() {
	if w.early != nil {
		w.in.early.Add(-w.early.n)
		w.early = nil
	}
}

// attach waits for sales' Receive (for our reservation's outcome first,
// if it was in flight) and writes the held bytes into its writer. On
// failure the meeting is left for a later push.
func (w *inboxWriter) attach() error {
	held := w.early
	defer w.release()
	if err := w.awaitReceive(); err != nil {
		w.unclaim()
		return err
	}
	if w.m.size != w.size {
		w.in.endPush(w.m, errPushEnded)
		return fmt.Errorf("slot %s: size %d, sales expects %d: %w", short(w.slot), w.size, w.m.size, p2p.ErrBadRequest)
	}
	for _, c := range held.chunks {
		if _, err := w.write(c); err != nil {
			return err
		}
	}
	return nil
}

// awaitReceive waits for sales' Receive: our reservation's outcome first
// (up to pendingReservationWait; a reservation that failed ends the push),
// then up to PushWait.
func (w *inboxWriter) awaitReceive() error {
	if w.outcome != nil && !w.arrived() {
		t := time.NewTimer(pendingReservationWait)
		select {
		case <-w.outcome:
		case <-w.m.arrived:
		case <-t.C:
		case <-w.ctx.Done():
		}
		t.Stop()
		if err := w.ctx.Err(); err != nil {
			return err
		}
		if _, ok := w.in.reserved.get(w.slot); !ok && !w.arrived() {
			return fmt.Errorf("slot %s: our reservation of it failed: %w", short(w.slot), p2p.ErrUnauthorized)
		}
	}
	t := time.NewTimer(w.in.wait)
	defer t.Stop()
	select {
	case <-w.m.arrived:
		return nil
	case <-t.C:
	case <-w.ctx.Done():
	}
	w.in.mu.Lock()
	ready := w.m.w != nil
	w.in.mu.Unlock()
	switch {
	case ready:
		return nil
	case w.ctx.Err() != nil:
		return w.ctx.Err()
	}
	return fmt.Errorf("slot %s: sales did not ask for the shard within %s, retry: %w", short(w.slot), w.in.wait, p2p.ErrBusy)
}

// unclaim detaches a push that never reached Receive: a Receive already
// waiting is told the push ended, else the meeting goes.
func (w *inboxWriter) unclaim() {
	w.ended = true
	w.in.mu.Lock()
	defer w.in.mu.Unlock()
	if w.m.w != nil {
		w.in.endPush(w.m, errPushEnded)
		return
	}
	w.m.claimed = false
	if w.in.meets[w.slot] == w.m {
		delete(w.in.meets, w.slot)
	}
}

// Commit hands the shard to sales and waits for its commit's outcome.
func (w *inboxWriter) Commit() error {
	if w.early != nil {
		if err := w.attach(); err != nil {
			return err
		}
	}
	w.ended = true
	w.in.endPush(w.m, nil)
	limit := time.NewTimer(time.Minute + time.Duration(w.size>>20)*100*time.Millisecond)
	defer limit.Stop()
	select {
	case err := <-w.m.committed:
		if errors.Is(err, storage.ErrRootMismatch) {
			return fmt.Errorf("%v: %w", err, p2p.ErrInvalidShard)
		}
		return err
	case <-w.m.gone:
		return fmt.Errorf("sales stopped waiting for the shard: %w", p2p.ErrBusy)
	case <-w.ctx.Done():
		return w.ctx.Err()
	case <-limit.C:
		return errors.New("sales did not commit the shard in time")
	}
}

// Close ends a push that did not reach Commit: Receive fails, and sales
// asks again from byte 0 at its next step.
func (w *inboxWriter) Close() error {
	if w.early != nil {
		w.release()
		if !w.ended {
			w.unclaim()
		}
		return nil
	}
	if !w.ended {
		w.ended = true
		w.in.endPush(w.m, errPushEnded)
	}
	return nil
}

// committedWriter answers a push of a shard already received.
type committedWriter struct{}

func (committedWriter) Write([]byte) (int, error) {
	return 0, fmt.Errorf("shard already received: %w", p2p.ErrBadRequest)
}
func (committedWriter) Commit() error { return nil }
func (committedWriter) Close() error  { return nil }
