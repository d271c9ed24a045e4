package market

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/market/p2p"
)

// Early pushes. A request placed on named providers (AllowedProviders)
// knows who will hold its slots, not which slot each takes: a provider
// picks one when it sees the request and sends its reservation, which the
// client would see only once mined, a block later. So the client asks
// each placed provider which slot it is reserving (p2p OpReserving; the
// provider answers once its reservation is sent) and pushes it at once
// when it is the provider's placed slot. The provider holds the first bytes in memory until its
// reservation is mined and sales asks for the shard (market/provider_inbox.go).
// A provider that answers nothing in time, or a push that fails, leaves
// the slot to the pushes driven by the chain's reservations.

// earlyKey marks a slot's early push to a provider in pushUntilFilled's
// set: the chain's view of the same reservation is not pushed again.
func earlyKey(index uint64, provider common.Address) string {
	return fmt.Sprintf("%d/%s/early", index, provider)
}

// pushEarly asks each placed provider of request id which slot it is
// reserving and launches that slot's push under its earlyKey. Placement
// is per slot (allowedProviders[i] alone may reserve slot i), so only
// the answer i is pushed; another index is a reservation sales is trying
// and the contract will refuse (its estimate reverts NotAllowedProvider
// in milliseconds), so the provider is asked again.
func (c *Client) pushEarly(ctx context.Context, wg *sync.WaitGroup, id [32]byte, params contracts.IMarketplaceV2RequestParams, launch func(SlotReservation, string)) {
	if len(params.AllowedProviders) != int(params.K)+int(params.M) {
		return
	}
	for i, prov := range params.AllowedProviders {
		if prov == (common.Address{}) {
			continue
		}
		index := uint64(i)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if !c.awaitReserving(ctx, id, prov, index) {
				return
			}
			c.earlyPushes.Add(1)
			launch(SlotReservation{Request: id, Slot: SlotID(id, index), Index: index, Provider: prov}, earlyKey(index, prov))
		}()
	}
}

// earlyAsks bounds the questions to one provider about one request.
const earlyAsks = 20

// awaitReserving asks prov until it says it is reserving slot index of
// id; false when it says nothing in time or fails. The provider is looked
// up and connected once.
func (c *Client) awaitReserving(ctx context.Context, id [32]byte, prov common.Address, index uint64) bool {
	ai, err := PeerOf(ctx, c.m, prov)
	if err == nil {
		err = c.host.Connect(ctx, ai)
	}
	if err != nil {
		if ctx.Err() == nil {
			c.log.Debug("no early push", "provider", prov, "err", err)
		}
		return false
	}
	for range earlyAsks {
		got, err := c.host.Reserving(ctx, ai.ID, id, c.auth)
		switch {
		case err != nil:
			if ctx.Err() == nil && !errors.Is(err, p2p.ErrNotFound) {
				c.log.Debug("no early push", "provider", prov, "err", err)
			}
			return false
		case got == index:
			return true
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(50 * time.Millisecond):
		}
	}
	return false
}
