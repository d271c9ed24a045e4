package market

import (
	"context"

	"github.com/ethereum/go-ethereum/core/types"
)

// handleLogs is the watcher's handler: it offers new requests to sales and
// freed slots to the repairer as soon as they are mined (the ledger, which
// the settler, the janitor and resume read, sees them Confirmations
// blocks later). It deletes nothing. It must
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
		case eventTopic("SlotFreed"):
			ev, err := p.m.abi.UnpackSlotFreedEvent(l)
			if err != nil {
				continue
			}
			if ev.Provider != p.me && p.cfg.Repair {
				p.repairer.Offer(repairJob{req: ev.RequestId, slot: ev.SlotId})
			}
		}
	}
	return nil
}
