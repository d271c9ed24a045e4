package marketv2

import (
	"context"
	"fmt"
)

// sweepIfClosed refunds our reservation of p's slot once its request has
// closed (cancelled at expiry, failed, terminated, ended) before we
// filled it. The contract keeps a closed request's reservation deposits
// until sweepReservations (anyone) moves them to the reservers' balances,
// and nobody but the reserver has a reason to send it: without this every
// reservation of a put that failed locked its deposit for good. Only a
// closed request is swept: a live one's lapsed unticketed entries burn.
// The sweep is sent once per pending slot; our role is None after it, and
// the next step leaves the shard (if any) to the confirmed view.
func (t *taker) sweepIfClosed(ctx context.Context, p *pending) (bool, error) {
	if p.swept {
		return false, nil
	}
	o := p.offer
	info, err := t.reader.RequestInfo(ctx, o.Req)
	if err != nil {
		return false, err
	}
	if live(&info) {
		return false, nil
	}
	if err := t.chain.SweepReservations(ctx, o.Req, o.Index); err != nil {
		return false, fmt.Errorf("refund our reservation of closed request %s: %w", short(o.Req), err)
	}
	p.swept = true
	t.count(func(s *TakeStats) { s.Swept++ })
	t.log.Info("request closed before our fill; reservation deposit refunded", "request", short(o.Req), "index", o.Index, "state", info.State, "deposit", o.Deposit)
	return true, nil
}
