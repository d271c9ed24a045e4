package p2p

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Reservation notices: a client whose request names the providers it
// placed asks each of them which slot it is reserving (OpReserving, the
// request id in the slot field, signed like any request) and pushes that
// slot at once, a block before the reservation is mined and visible on
// chain. The provider answers once its own reservation is sent.

// ReservationSource answers OpReserving; the provider implements it.
type ReservationSource interface {
	// Reserving returns the index of the slot of request req this
	// provider is reserving or reserved and has not received, waiting a
	// bounded time for one to be sent. signer must be req's client
	// (ErrUnauthorized otherwise); none in time is ErrNotFound.
	Reserving(ctx context.Context, req [32]byte, signer common.Address) (index uint64, err error)
}

// Reserving asks peer p which slot of request req it is reserving,
// signed by s (req's client). Errors are as Fetch's.
func (h *Host) Reserving(ctx context.Context, p peer.ID, req [32]byte, s Signer) (uint64, error) {
	sr, err := h.Sign(h.NewRequest(p, OpReserving, req, 0, 0), s)
	if err != nil {
		return 0, fmt.Errorf("ask %s about request %x: %w", p, req[:4], err)
	}
	index, err := h.reserving(ctx, p, sr)
	if err != nil {
		return 0, fmt.Errorf("ask %s about request %x: %w", p, req[:4], withCause(ctx, err))
	}
	return index, nil
}

func (h *Host) reserving(ctx context.Context, p peer.ID, sr SignedRequest) (uint64, error) {
	_, resp, done, err := h.request(ctx, p, sr)
	if err != nil {
		return 0, err
	}
	done(nil)
	return resp.A, nil
}

func (h *Host) serveReserving(ctx context.Context, c *stream, sr SignedRequest, signer common.Address) error {
	if h.deps.Reservations == nil {
		return fmt.Errorf("reserving: %w", ErrUnsupported)
	}
	if err := h.accept(sr); err != nil {
		return err
	}
	index, err := h.deps.Reservations.Reserving(ctx, sr.Slot, signer)
	if err != nil {
		return fmt.Errorf("reserving: %w", err)
	}
	if err := c.respond(response{Status: StatusOK, A: index}); err != nil {
		return fmt.Errorf("send reserving response: %w", err)
	}
	return nil
}
