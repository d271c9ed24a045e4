package market

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/market/p2p"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// fixedTerms gives every slot the same size and root.
type fixedTerms slotTerms

func (f fixedTerms) slot(context.Context, [32]byte, uint64) (slotTerms, error) {
	return slotTerms(f), nil
}

func testInbox(t *testing.T, size uint64) (*pushInbox, [32]byte, [32]byte) {
	t.Helper()
	req, root := [32]byte{1}, [32]byte{2}
	res := newReservedSlots(20)
	res.note(req, 3, 100, nil)
	in := newPushInbox(200*time.Millisecond, res, fixedTerms{size: size, root: root})
	in.recvWait = 200 * time.Millisecond
	return in, req, root
}

// waitFor polls until cond holds of slot's meeting (one side arrived).
func waitFor(t *testing.T, in *pushInbox, slot [32]byte, cond func(*meeting) bool) {
	t.Helper()
	for range 1000 {
		in.mu.Lock()
		m, ok := in.meets[slot]
		hit := ok && cond(m)
		in.mu.Unlock()
		if hit {
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatal("the other side never arrived")
}

type pushResult struct {
	off int64
	err error
}

// pushAll runs one push as the p2p host does: begin, write data from the
// offset, commit, close; commit false ends it after 10 bytes.
func pushAll(ctx context.Context, in *pushInbox, slot, root [32]byte, data []byte, commit bool) pushResult {
	off, w, err := in.BeginShard(ctx, slot, int64(len(data)), root)
	if err != nil {
		return pushResult{err: err}
	}
	defer w.Close()
	if !commit {
		_, err := w.Write(data[off : off+10])
		return pushResult{off, err}
	}
	if off < int64(len(data)) {
		if _, err := w.Write(data[off:]); err != nil {
			return pushResult{off, err}
		}
	}
	return pushResult{off, w.Commit()}
}

// The push inbox: a push and sales' Receive meet whichever comes first;
// the push is answered with sales' commit; refusals are typed.
func TestPushInbox(t *testing.T) {
	data := []byte("sixty-four bytes of shard, give or take; the inbox does not care")
	size := uint64(len(data))
	for _, tc := range []struct {
		name string
		run  func(t *testing.T, in *pushInbox, req, slot, root [32]byte)
	}{
		{"push first, committed", func(t *testing.T, in *pushInbox, req, slot, root [32]byte) {
			done := make(chan pushResult, 1)
			go func() { done <- pushAll(t.Context(), in, slot, root, data, true) }()
			waitFor(t, in, slot, func(m *meeting) bool { return m.claimed })
			var got bytes.Buffer
			if err := in.Receive(t.Context(), req, 3, size, &got); err != nil || !bytes.Equal(got.Bytes(), data) {
				t.Fatalf("receive: %q, %v", got.Bytes(), err)
			}
			in.Committed(req, 3, nil)
			if r := <-done; r.err != nil || r.off != 0 {
				t.Fatalf("push: %+v", r)
			}
			// A retried push of a received shard is answered at once.
			if r := pushAll(t.Context(), in, slot, root, data, true); r.err != nil || r.off != int64(size) {
				t.Fatalf("repeated push: %+v, want offset %d", r, size)
			}
		}},
		{"push first wakes sales, receive first does not", func(t *testing.T, in *pushInbox, req, slot, root [32]byte) {
			var wakes atomic.Int64
			in.wake = func() { wakes.Add(1) }
			done := make(chan pushResult, 1)
			go func() { done <- pushAll(t.Context(), in, slot, root, data, true) }()
			waitFor(t, in, slot, func(m *meeting) bool { return m.claimed })
			if n := wakes.Load(); n != 1 {
				t.Fatalf("a push with no Receive waiting woke sales %d times, want 1", n)
			}
			if err := in.Receive(t.Context(), req, 3, size, new(bytes.Buffer)); err != nil {
				t.Fatal(err)
			}
			in.Committed(req, 3, nil)
			if r := <-done; r.err != nil {
				t.Fatalf("push: %+v", r)
			}
			in.recvWait = 10 * time.Second
			in.reserved.note(req, 5, 100, nil)
			slot5 := marketv2.SlotID(req, 5)
			recv := make(chan error, 1)
			go func() { recv <- in.Receive(t.Context(), req, 5, size, new(bytes.Buffer)) }()
			waitFor(t, in, slot5, func(m *meeting) bool { return m.w != nil })
			go func() { done <- pushAll(t.Context(), in, slot5, root, data, true) }()
			if err := <-recv; err != nil {
				t.Fatal(err)
			}
			in.Committed(req, 5, nil)
			<-done
			if n := wakes.Load(); n != 1 {
				t.Fatalf("a push met by a waiting Receive woke sales (%d wakes in all, want 1)", n)
			}
		}},
		{"receive first, bad root", func(t *testing.T, in *pushInbox, req, slot, root [32]byte) {
			in.recvWait = 10 * time.Second
			recv := make(chan error, 1)
			var got bytes.Buffer
			go func() { recv <- in.Receive(t.Context(), req, 3, size, &got) }()
			waitFor(t, in, slot, func(m *meeting) bool { return m.w != nil })
			done := make(chan pushResult, 1)
			go func() { done <- pushAll(t.Context(), in, slot, root, data, true) }()
			if err := <-recv; err != nil {
				t.Fatal(err)
			}
			in.Committed(req, 3, fmt.Errorf("commit: %w", storage.ErrRootMismatch))
			if r := <-done; !errors.Is(r.err, p2p.ErrInvalidShard) {
				t.Fatalf("push of a bad shard: %+v, want ErrInvalidShard", r)
			}
		}},
		{"no push", func(t *testing.T, in *pushInbox, req, slot, root [32]byte) {
			if err := in.Receive(t.Context(), req, 3, size, new(bytes.Buffer)); !errors.Is(err, errNoPush) {
				t.Fatalf("receive without a push: %v", err)
			}
		}},
		{"no receive", func(t *testing.T, in *pushInbox, req, slot, root [32]byte) {
			if r := pushAll(t.Context(), in, slot, root, data, true); !errors.Is(r.err, p2p.ErrBusy) {
				t.Fatalf("push without a receive: %+v, want ErrBusy", r)
			}
			// The meeting is gone: a later Receive waits for a new push.
			if err := in.Receive(t.Context(), req, 3, size, new(bytes.Buffer)); !errors.Is(err, errNoPush) {
				t.Fatalf("receive after a lapsed push: %v", err)
			}
		}},
		{"push interrupted", func(t *testing.T, in *pushInbox, req, slot, root [32]byte) {
			in.recvWait = 10 * time.Second
			recv := make(chan error, 1)
			go func() { recv <- in.Receive(t.Context(), req, 3, size, new(bytes.Buffer)) }()
			waitFor(t, in, slot, func(m *meeting) bool { return m.w != nil })
			if r := pushAll(t.Context(), in, slot, root, data, false); r.err != nil {
				t.Fatalf("push: %+v", r)
			}
			if err := <-recv; !errors.Is(err, errPushEnded) {
				t.Fatalf("receive of an interrupted push: %v", err)
			}
		}},
		{"push interrupted before receive", func(t *testing.T, in *pushInbox, req, slot, root [32]byte) {
			if r := pushAll(t.Context(), in, slot, root, data, false); r.err != nil {
				t.Fatalf("push: %+v", r)
			}
			if n := in.early.Load(); n != 0 {
				t.Fatalf("%d bytes still held after the push closed", n)
			}
			// The meeting went with the push: Receive waits for a new one.
			if err := in.Receive(t.Context(), req, 3, size, new(bytes.Buffer)); !errors.Is(err, errNoPush) {
				t.Fatalf("receive after an interrupted early push: %v", err)
			}
		}},
		{"push before our reservation is mined", func(t *testing.T, in *pushInbox, req, slot, root [32]byte) {
			done6 := in.reserved.begin(req, 6)
			slot6 := marketv2.SlotID(req, 6)
			done := make(chan pushResult, 1)
			go func() { done <- pushAll(t.Context(), in, slot6, root, data, true) }()
			// The bytes are taken while the reservation is in flight.
			for in.early.Load() != int64(size) {
				time.Sleep(time.Millisecond)
			}
			select {
			case r := <-done:
				t.Fatalf("push answered before the reservation's outcome: %+v", r)
			case <-time.After(300 * time.Millisecond): // > PushWait: the wait is for the outcome first
			}
			done6(100, nil)
			var got bytes.Buffer
			if err := in.Receive(t.Context(), req, 6, size, &got); err != nil || !bytes.Equal(got.Bytes(), data) {
				t.Fatalf("receive: %q, %v", got.Bytes(), err)
			}
			in.Committed(req, 6, nil)
			if r := <-done; r.err != nil {
				t.Fatalf("push: %+v", r)
			}
			if n := in.early.Load(); n != 0 {
				t.Fatalf("%d bytes still held", n)
			}
		}},
		{"push before our reservation reverts", func(t *testing.T, in *pushInbox, req, slot, root [32]byte) {
			done7 := in.reserved.begin(req, 7)
			done := make(chan pushResult, 1)
			go func() { done <- pushAll(t.Context(), in, marketv2.SlotID(req, 7), root, data, true) }()
			waitFor(t, in, marketv2.SlotID(req, 7), func(m *meeting) bool { return m.claimed })
			done7(0, marketv2.ErrSlotNotOpen)
			if r := <-done; !errors.Is(r.err, p2p.ErrUnauthorized) {
				t.Fatalf("push of a slot whose reservation reverted: %+v, want ErrUnauthorized", r)
			}
			if n := in.early.Load(); n != 0 {
				t.Fatalf("%d bytes still held", n)
			}
		}},
		{"refusals", func(t *testing.T, in *pushInbox, req, slot, root [32]byte) {
			if _, _, err := in.BeginShard(t.Context(), marketv2.SlotID(req, 4), int64(size), root); !errors.Is(err, p2p.ErrUnauthorized) {
				t.Fatalf("push of an unreserved slot: %v", err)
			}
			if _, _, err := in.BeginShard(t.Context(), slot, int64(size), [32]byte{9}); !errors.Is(err, p2p.ErrBadRequest) {
				t.Fatalf("push with another root: %v", err)
			}
			if _, _, err := in.BeginShard(t.Context(), slot, int64(size)+64, root); !errors.Is(err, p2p.ErrBadRequest) {
				t.Fatalf("push of another size: %v", err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, req, root := testInbox(t, size)
			tc.run(t, in, req, marketv2.SlotID(req, 3), root)
		})
	}
}

// A push that arrives before sales' Receive holds at most earlyPerPush
// bytes, then waits; Receive gets every byte in order.
func TestPushInboxHoldsBoundedBytes(t *testing.T) {
	data := make([]byte, earlyPerPush+3<<20)
	for i := range data {
		data[i] = byte(i * 7)
	}
	in, req, root := testInbox(t, uint64(len(data)))
	in.wait = 10 * time.Second
	slot := marketv2.SlotID(req, 3)
	_, w, err := in.BeginShard(t.Context(), slot, int64(len(data)), root)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	wrote := make(chan error, 1)
	go func() {
		for off := 0; off < len(data); off += 1 << 20 {
			if _, err := w.Write(data[off : off+1<<20]); err != nil {
				wrote <- err
				return
			}
		}
		wrote <- w.Commit()
	}()
	for in.early.Load() != earlyPerPush {
		time.Sleep(time.Millisecond)
	}
	select {
	case err := <-wrote:
		t.Fatalf("the push went past its bound without a Receive: %v", err)
	case <-time.After(100 * time.Millisecond):
	}
	if n := in.early.Load(); n != earlyPerPush {
		t.Fatalf("%d bytes held, want %d", n, earlyPerPush)
	}
	var got bytes.Buffer
	if err := in.Receive(t.Context(), req, 3, uint64(len(data)), &got); err != nil || !bytes.Equal(got.Bytes(), data) {
		t.Fatalf("receive: %d bytes, %v", got.Len(), err)
	}
	in.Committed(req, 3, nil)
	if err := <-wrote; err != nil {
		t.Fatal(err)
	}
	if n := in.early.Load(); n != 0 {
		t.Fatalf("%d bytes still held", n)
	}
}
