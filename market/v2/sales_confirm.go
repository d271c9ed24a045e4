package marketv2

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// ConfirmedSlot is one slot as the node's ledger shows it at its
// confirmed block (Synced): the only view a taker may delete a received
// shard on. Latest-block reads (RoleOf, a revert) can lag or be reorged
// away; a confirmed view cannot say "not ours" about a fill of ours that
// is mined and confirmed.
type ConfirmedSlot struct {
	// Synced is the confirmed block the view is complete up to.
	Synced uint64
	// Known is false while the ledger has not seen the request.
	Known bool
	// Live: the request is pending or active.
	Live bool
	// TenureSet is the set of the slot's current tenure (0: none).
	TenureSet uint64
	// Holder is the provider of the slot's last fill (kept after it ended).
	Holder common.Address
	// Reserved is whether who has a reservation of the slot on chain
	// (live, possibly past its TTL unswept), and ReservedAt its block.
	Reserved   bool
	ReservedAt uint64
	// Ended is whether who's latest reservation of the slot stopped being
	// live without a fill of ours (lapsed, dropped, evicted).
	Ended bool
}

// ConfirmedSlots is the node's ledger as a taker's confirmed view
// (market's LedgerSlots).
type ConfirmedSlots interface {
	ConfirmedSlot(ctx context.Context, req [32]byte, index uint64, who common.Address) (ConfirmedSlot, error)
}

// verdict is what the confirmed view says of a pending slot whose latest
// reads say it is not ours.
type verdict int

const (
	keepWaiting   verdict = iota // not confirmed either way: keep the shard
	keepGoing                    // our reservation is live, confirmed: go on to the fill
	confirmedOurs                // our fill is confirmed: the slot is held
	confirmedNot                 // the slot is confirmed not ours: the shard may go
)

// judge decides from the confirmed view (see ConfirmedSlot). A slot is
// ours when its current tenure is in one of our sets; it is not ours once
// the request is closed, or once our reservation ended or lapsed
// (Synced past its TTL) with the tenure elsewhere: a fill of ours can
// only land while the reservation lives, so a confirmed block past its
// lapse settles a fill we sent whose receipt we never saw.
func (t *taker) judge(ctx context.Context, p *pending) (verdict, string, error) {
	o := p.offer
	cs, err := t.confirmed.ConfirmedSlot(ctx, o.Req, o.Index, t.self)
	if err != nil {
		return keepWaiting, "", fmt.Errorf("confirmed view: %w", err)
	}
	ttl := t.cfg.ReservationTTL
	switch {
	case !cs.Known:
		return keepWaiting, "request not in the confirmed view yet", nil
	case cs.Holder == t.self && t.ownSet(cs.TenureSet):
		return confirmedOurs, fmt.Sprintf("fill confirmed at block %d", cs.Synced), nil
	case !cs.Live:
		return confirmedNot, fmt.Sprintf("request closed at block %d", cs.Synced), nil
	case cs.Reserved && cs.Synced <= cs.ReservedAt+ttl:
		return keepGoing, "reservation live at the confirmed block", nil
	case cs.Reserved:
		return confirmedNot, fmt.Sprintf("reservation of block %d lapsed by block %d", cs.ReservedAt, cs.Synced), nil
	case cs.Ended:
		return confirmedNot, fmt.Sprintf("reservation ended by block %d", cs.Synced), nil
	}
	// No reservation of ours in the view: one we made (its receipt) that
	// a reorg dropped, or one not confirmed yet. Only past its lapse.
	from := p.block
	if from == 0 {
		from = p.seen
	}
	if cs.Synced > from+ttl {
		return confirmedNot, fmt.Sprintf("no reservation of ours by block %d", cs.Synced), nil
	}
	return keepWaiting, "reservation not confirmed yet", nil
}

func (t *taker) ownSet(id uint64) bool {
	if id == 0 {
		return false
	}
	for _, s := range t.sets {
		if s.SetID == id {
			return true
		}
	}
	return false
}

// unlessConfirmed is where the fill pipeline goes when a latest-block
// read says the slot is not ours: with a confirmed view it drops the
// shard only on confirmedNot, marks the slot held on confirmedOurs, and
// otherwise keeps it (next reports that the pipeline may go on to the
// fill). Without one (package tests built without a ledger) the latest
// read decides.
func (t *taker) unlessConfirmed(ctx context.Context, p *pending, why string) (next bool, err error) {
	if t.confirmed == nil {
		return false, t.notOurs(p, why)
	}
	v, how, err := t.judge(ctx, p)
	p.waiting.Store(err == nil && v == keepWaiting)
	if err != nil {
		return false, err
	}
	switch v {
	case confirmedOurs:
		return false, t.filled(p, how)
	case confirmedNot:
		return false, t.notOurs(p, why+"; "+how)
	case keepGoing:
		return true, nil
	}
	t.log.Debug("slot looks not ours; shard kept until confirmed", "request", short(p.offer.Req), "index", p.offer.Index, "why", why, "confirmed", how)
	return false, nil
}
