package market

import (
	"context"
	"math/big"
	"slices"

	"github.com/cairn-storage/cairn/storage"
)

// nextRequestID is the client's next request nonce and the id a request
// sent with it gets.
func (c *Client) nextRequestID(ctx context.Context) (uint64, [32]byte, error) {
	return c.m.NextRequestID(ctx)
}

// resume continues the put that journal entry e records for u's content.
// done is false when e is stale (its request never reached the chain, or
// ended): e is then dropped and the caller starts a new request.
func (c *Client) resume(ctx context.Context, u *upload, e *journalEntry) (PutResult, bool, error) {
	id, err := e.requestID()
	if err != nil {
		return PutResult{}, false, c.journal.remove(e)
	}
	sp, err := e.stream(c.keys.Master)
	if err != nil {
		c.log.Warn("put journal entry does not open with this wallet; ignoring it", "request_id", e.RequestID, "err", err)
		return PutResult{}, false, nil
	}
	ri, err := c.m.RequestState(ctx, id)
	if err != nil {
		return PutResult{}, false, err
	}
	log := c.log.With("request_id", e.RequestID)
	switch {
	case ri.Live():
		req, err := c.m.FindRequest(ctx, id)
		if err != nil {
			return PutResult{}, false, err
		}
		if req.Client != c.keys.WalletAddress() || !slices.Equal(req.Params.ShardRoots, e.Params.ShardRoots) {
			log.Warn("put journal names a request that is not this upload; ignoring it")
			return PutResult{}, false, c.journal.remove(e)
		}
		log.Info("resuming the request of an interrupted put")
		u.stream = sp
		q := c.quoteOf(u.size, req.Params.StartEpoch, req.Params.EndEpoch, req.Params.PricePerSlotEpoch, req.Params.RepairReserve, int(req.Params.K), int(req.Params.M))
		res, err := c.fill(ctx, u, e, id, req.Params, q, true)
		return res, true, err
	case ri.State == "none":
		next, _, err := c.nextRequestID(ctx)
		if err != nil {
			return PutResult{}, false, err
		}
		if next > e.Nonce {
			// The nonce went to another request: ours was never mined.
			log.Info("the interrupted put's request never reached the chain; starting over")
			return PutResult{}, false, c.journal.remove(e)
		}
		// Not sent, or not mined: send it again under the same nonce (so
		// with the same id), on a fresh timeline if the old one passed.
		log.Info("sending the interrupted put's request again")
		u.stream = sp
		params := e.Params
		c.reqMu.Lock()
		start := params.StartEpoch
		q, err := c.timeline(ctx, u.size, &params)
		if err == nil && params.StartEpoch != start {
			e.Params = params // the old timeline passed: a fresh one, same nonce
			err = c.journal.write(e)
		}
		var got [32]byte
		if err == nil {
			got, err = c.sendRequest(ctx, e, q.Total)
		}
		c.reqMu.Unlock()
		if err != nil {
			return PutResult{}, true, err
		}
		res, err := c.fill(ctx, u, e, got, params, q, true)
		return res, true, err
	default:
		log.Info("the interrupted put's request has ended; starting over", "state", ri.State)
		return PutResult{}, false, c.journal.remove(e)
	}
}

// quoteOf is the quote of a request with these terms: exactly what
// requestStorage pulls (v1 and v2 alike: price × (k+m) × (end − start) +
// repair reserve), and the gas from receipts (ChainTerms.RequestGas).
func (c *Client) quoteOf(size int64, start, end uint64, price, reserve *big.Int, k, m int) Quote {
	shard, _ := storage.ShardSize(size, k)
	q := Quote{Size: size, ShardSize: shard, K: k, M: m, StartEpoch: start, EndEpoch: end, Segments: 1}
	q.Escrow = new(big.Int).Mul(new(big.Int).Mul(price, big.NewInt(int64(k+m))), new(big.Int).SetUint64(end-start))
	q.Reserve = new(big.Int).Set(reserve)
	q.Total = new(big.Int).Add(q.Escrow, q.Reserve)
	q.GasEstimate = c.terms.RequestGas(k + m)
	return q
}
