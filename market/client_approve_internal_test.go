package market

import (
	"bytes"
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// slowApprove holds the client's approve until released and records
// whether the request was sent after it.
type slowApprove struct {
	clientChain
	a       allowanceSetter
	release chan struct{}
	started chan struct{} // closed by the first EnsureAllowance

	mu       sync.Mutex
	calls    int
	approved bool
	after    []bool // per RequestStorage: the approve had returned
}

func (s *slowApprove) EnsureAllowance(ctx context.Context, need *big.Int) error {
	s.mu.Lock()
	if s.calls++; s.calls == 1 {
		close(s.started)
	}
	s.mu.Unlock()
	<-s.release
	err := s.a.EnsureAllowance(ctx, need)
	s.mu.Lock()
	s.approved = true
	s.mu.Unlock()
	return err
}

func (s *slowApprove) RequestStorage(ctx context.Context, p contracts.IMarketplaceV2RequestParams, cost *big.Int) ([32]byte, error) {
	s.mu.Lock()
	s.after = append(s.after, s.approved)
	s.mu.Unlock()
	return s.clientChain.RequestStorage(ctx, p, cost)
}

func (s *slowApprove) state() (calls int, after []bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls, append([]bool(nil), s.after...)
}

// A put's approve starts with its first pass and runs beside it (the
// pass ends while the approve is held), and the request is sent only
// once that approve returned, so no second approve goes beside it.
func TestApproveRunsBesideFirstPass(t *testing.T) {
	f := newV2Fixture(t)
	sa := &slowApprove{clientChain: f.c.m, a: f.v, release: make(chan struct{}), started: make(chan struct{})}
	f.c.m = sa
	data := bytes.Repeat([]byte("cairn"), 20_000)
	u := &upload{src: bytes.NewReader(data), size: int64(len(data))}
	var err error
	if u.stream, err = storage.NewRandomStream(); err != nil {
		t.Fatal(err)
	}
	if err := f.c.encodeRoots(t.Context(), u); err != nil {
		t.Fatal(err) // it returned with the approve still held
	}
	select {
	case <-sa.started:
	case <-time.After(10 * time.Second):
		t.Fatal("the first pass started no approve")
	}
	params, q := f.params(t, "ahead")
	sent := make(chan error, 1)
	go func() {
		_, err := f.c.request(t.Context(), params, q.Total)
		sent <- err
	}()
	// Room for a request that does not wait to be sent first (it would
	// be recorded as sent before the approve); no hook shows the wait
	// itself, so a slow machine can only make this pass, never fail.
	time.Sleep(50 * time.Millisecond)
	close(sa.release)
	if err := <-sent; err != nil {
		t.Fatal(err)
	}
	calls, after := sa.state()
	if calls != 1 || len(after) != 1 || !after[0] {
		t.Fatalf("approves %d, requests sent after the approve returned %v; want 1 and [true]", calls, after)
	}
}
