package market

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
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
// side may come first: a push waits up to PushWait for Receive, Receive
// up to receiveWait for a push. A push never resumes (offset 0): sales
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

// BeginShard attaches a push of a slot we reserved to sales' Receive,
// waiting up to PushWait for it. size and root must be the slot's.
func (in *pushInbox) BeginShard(ctx context.Context, slot [32]byte, size int64, root [32]byte) (int64, p2p.ShardWriter, error) {
	e, ok := in.reserved.get(slot)
	if !ok {
		return 0, nil, fmt.Errorf("slot %s: no reservation of ours: %w", short(slot), p2p.ErrUnauthorized)
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
	timer := time.NewTimer(in.wait)
	defer timer.Stop()
	select {
	case <-m.arrived:
	case <-timer.C:
	case <-ctx.Done():
	}
	in.mu.Lock()
	ready := m.w != nil
	if !ready {
		m.claimed = false
		if in.meets[slot] == m {
			delete(in.meets, slot)
		}
	}
	in.mu.Unlock()
	if !ready {
		if ctx.Err() != nil {
			return 0, nil, ctx.Err()
		}
		return 0, nil, fmt.Errorf("slot %s: sales did not ask for the shard within %s, retry: %w", short(slot), in.wait, p2p.ErrBusy)
	}
	if m.size != uint64(size) {
		in.endPush(m, errPushEnded)
		return 0, nil, fmt.Errorf("slot %s: size %d, sales expects %d: %w", short(slot), size, m.size, p2p.ErrBadRequest)
	}
	return 0, &inboxWriter{in: in, m: m, ctx: ctx, size: uint64(size)}, nil
}

// endPush tells Receive how the push ended (once).
func (in *pushInbox) endPush(m *meeting, err error) {
	select {
	case m.result <- err:
	default:
	}
}

// inboxWriter is one push's side of a meeting.
type inboxWriter struct {
	in    *pushInbox
	m     *meeting
	ctx   context.Context
	size  uint64
	ended bool
}

func (w *inboxWriter) Write(b []byte) (int, error) {
	w.m.wmu.Lock()
	defer w.m.wmu.Unlock()
	if w.m.detached {
		return 0, fmt.Errorf("sales stopped waiting for the shard: %w", p2p.ErrBusy)
	}
	return w.m.w.Write(b)
}

// Commit hands the shard to sales and waits for its commit's outcome.
func (w *inboxWriter) Commit() error {
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
