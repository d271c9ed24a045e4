package market

import (
	"context"

	"github.com/ethereum/go-ethereum/core/types"
)

// handleLogs is the watcher's handler: it routes events to the services
// and deletes nothing (the janitor decides on a confirmed view). It must
// be idempotent: after a restart or a reorg the same logs come again.
// No goroutine is started per event: requests and freed slots go into
// the services' bounded queues.
func (p *Provider) handleLogs(_ context.Context, logs []types.Log) error {
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case eventTopic("StorageRequested"):
			r, err := p.m.parseRequest(*l)
			if err != nil {
				p.met.errors.WithLabelValues("watcher").Inc()
				p.log.Warn("skip undecodable request", "err", err)
				continue
			}
			p.sales.Offer(&r)
		case eventTopic("SlotFilled"):
			if ev, err := p.m.abi.UnpackSlotFilledEvent(l); err == nil {
				p.settler.filled(ev.SlotId, ev.RequestId, ev.Provider, ev.Epoch.Uint64())
			}
		case eventTopic("ProofSubmitted"):
			if ev, err := p.m.abi.UnpackProofSubmittedEvent(l); err == nil {
				p.settler.proven(ev.SlotId, ev.Epoch.Uint64())
			}
		case eventTopic("SlotFreed"):
			ev, err := p.m.abi.UnpackSlotFreedEvent(l)
			if err != nil {
				continue
			}
			p.settler.freed(ev.SlotId)
			if ev.Provider != p.me && p.cfg.Repair {
				p.repairer.Offer(repairJob{req: ev.RequestId, slot: ev.SlotId})
			}
		case eventTopic("RequestFinished"), eventTopic("RequestFailed"), eventTopic("RequestCancelled"):
			p.settler.ended(l.Topics[1])
		}
	}
	return nil
}
