package market

import (
	"context"
	"errors"

	"github.com/cairn-storage/cairn/contracts"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// sendNew fixes params' timeline, records u's request in the journal and
// sends it, under reqMu: one request at a time per client, since each is
// recorded under the nonce it will take, so segments put in parallel must
// not race for one. The timeline is fixed here, after the encode and the
// wait for the lock, so neither can start the request in the past.
//
// A request that still lands after its start epoch began reverts
// BadTimeline (nothing is paid, the nonce stays ours): on a loaded
// machine the seal, the journal's fsync and the send can take longer than
// a devnet epoch of two seconds. It is sent again on a fresh timeline, one
// epoch further ahead each time, at most timelineTries times.
func (c *Client) sendNew(ctx context.Context, u *upload, params *contracts.IMarketplaceV2RequestParams) (Quote, *journalEntry, [32]byte, error) {
	c.reqMu.Lock()
	defer c.reqMu.Unlock()
	for lead := uint64(0); ; lead++ {
		q, err := c.timelineLead(ctx, u.size, params, lead)
		if err != nil {
			return q, nil, [32]byte{}, err
		}
		e, err := c.record(ctx, u, *params)
		if err != nil {
			return q, nil, [32]byte{}, err
		}
		id, err := c.sendRequest(ctx, e, q.Total)
		if err == nil || !errors.Is(err, marketv2.ErrBadTimeline) || lead+1 >= timelineTries {
			return q, e, id, err
		}
		c.log.Warn("request landed after its start epoch; sending it again one epoch later", "start_epoch", params.StartEpoch, "try", lead+1, "err", err)
	}
}

// timelineTries bounds the sends of one put's request that revert
// BadTimeline.
const timelineTries = 3

// timeline sets params' epochs and expiry from now and returns the quote.
func (c *Client) timeline(ctx context.Context, size int64, params *contracts.IMarketplaceV2RequestParams) (Quote, error) {
	return c.timelineLead(ctx, size, params, 0)
}

// timelineLead is timeline with the start lead epochs after the next.
func (c *Client) timelineLead(ctx context.Context, size int64, params *contracts.IMarketplaceV2RequestParams, lead uint64) (Quote, error) {
	epoch, err := c.m.Epoch(ctx)
	if err != nil {
		return Quote{}, err
	}
	head, err := c.m.Head(ctx)
	if err != nil {
		return Quote{}, err
	}
	params.StartEpoch, params.EndEpoch = epoch+1+lead, epoch+1+lead+c.cfg.Epochs
	params.Expiry = min(head+c.cfg.ExpiryBlocks, c.m.EpochStart(params.EndEpoch))
	return c.quoteOf(size, params.StartEpoch, params.EndEpoch, params.PricePerSlotEpoch, params.RepairReserve, c.cfg.K, c.cfg.M), nil
}
