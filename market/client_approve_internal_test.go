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

	mu       sync.Mutex
	calls    int
	approved bool
	after    []bool // per RequestStorage: the approve had returned
}

func (s *slowApprove) EnsureAllowance(ctx context.Context, need *big.Int) error {
	s.mu.Lock()
	s.calls++
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
	sa := &slowApprove{clientChain: f.c.m, a: f.v, release: make(chan struct{})}
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
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		if calls, _ := sa.state(); calls == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the first pass started no approve")
		}
	}
	params, q := f.params(t, "ahead")
	sent := make(chan error, 1)
	go func() {
		_, err := f.c.request(t.Context(), params, q.Total)
		sent <- err
	}()
	time.Sleep(50 * time.Millisecond) // room for a request that does not wait
	close(sa.release)
	if err := <-sent; err != nil {
		t.Fatal(err)
	}
	calls, after := sa.state()
	if calls != 1 || len(after) != 1 || !after[0] {
		t.Fatalf("approves %d, requests sent after the approve returned %v; want 1 and [true]", calls, after)
	}
}
