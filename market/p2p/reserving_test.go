package p2p_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market/p2p"
)

// reservations answers OpReserving for one request, for one client.
type reservations struct {
	req    [32]byte
	client common.Address
	index  uint64
	asked  chan [32]byte
}

func (r *reservations) Reserving(_ context.Context, req [32]byte, signer common.Address) (uint64, error) {
	r.asked <- req
	switch {
	case signer != r.client:
		return 0, fmt.Errorf("signer %s: %w", signer, p2p.ErrUnauthorized)
	case req != r.req:
		return 0, fmt.Errorf("request %x: %w", req[:4], p2p.ErrNotFound)
	}
	return r.index, nil
}

// OpReserving: the provider's answer (the slot index) reaches the
// client; its refusals arrive typed; a provider without a source refuses
// the op as unsupported.
func TestReserving(t *testing.T) {
	auth, stranger := newSigner(t), newSigner(t)
	res := &reservations{req: randomSlot(t), client: auth.Address(), index: 4, asked: make(chan [32]byte, 8)}
	store := newMemStore(auth.Address())
	deps := store.deps()
	deps.Reservations = res
	provider, plain := newHost(t, deps), newHost(t, store.deps())
	serve(t, provider)
	serve(t, plain)
	client := newHost(t, p2p.Deps{})
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	for _, h := range []*p2p.Host{provider, plain} {
		if err := client.Connect(ctx, h.AddrInfo()); err != nil {
			t.Fatal(err)
		}
	}
	index, err := client.Reserving(ctx, provider.ID(), res.req, auth)
	if err != nil || index != 4 {
		t.Fatalf("reserving: %d, %v; want 4", index, err)
	}
	if got := <-res.asked; got != res.req {
		t.Fatalf("the provider was asked about %x, not the request", got[:4])
	}
	for _, tc := range []struct {
		name   string
		host   *p2p.Host
		req    [32]byte
		signer *p2p.KeySigner
		want   error
	}{
		{"a stranger", provider, res.req, stranger, p2p.ErrUnauthorized},
		{"another request", provider, randomSlot(t), auth, p2p.ErrNotFound},
		{"no source", plain, res.req, auth, p2p.ErrUnsupported},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := client.Reserving(ctx, tc.host.ID(), tc.req, tc.signer); !errors.Is(err, tc.want) {
				t.Fatalf("reserving: %v, want %v", err, tc.want)
			}
		})
	}
}
