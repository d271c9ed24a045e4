package market

import (
	"context"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/storage"
)

// watchedSlot is another provider's filled slot, followed by the settler.
type watchedSlot struct {
	request   [32]byte
	holder    [20]byte
	lastProof uint64 // last epoch proven + 1 (0: none seen)
	filled    uint64 // fill epoch
}

// handleLogs is the watcher's handler. It must be idempotent: after a
// restart or a reorg the same logs come again.
func (p *Provider) handleLogs(ctx context.Context, logs []types.Log) error {
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case eventTopic("StorageRequested"):
			r, err := p.m.parseRequest(*l)
			if err != nil {
				p.log.Warn("skip undecodable request", "err", err)
				continue
			}
			p.mu.Lock()
			_, seen := p.requests[r.ID]
			p.requests[r.ID] = &r
			p.mu.Unlock()
			if !seen {
				p.spawn(ctx, func(ctx context.Context) { p.sell(ctx, &r) })
			}
		case eventTopic("SlotFilled"):
			ev, err := p.m.abi.UnpackSlotFilledEvent(l)
			if err != nil {
				continue
			}
			if ev.Provider != p.me {
				p.mu.Lock()
				p.watched[ev.SlotId] = watchedSlot{request: ev.RequestId, holder: ev.Provider, filled: ev.Epoch.Uint64()}
				p.mu.Unlock()
			}
		case eventTopic("ProofSubmitted"):
			ev, err := p.m.abi.UnpackProofSubmittedEvent(l)
			if err != nil {
				continue
			}
			p.mu.Lock()
			if w, ok := p.watched[ev.SlotId]; ok && ev.Epoch.Uint64()+1 > w.lastProof {
				w.lastProof = ev.Epoch.Uint64() + 1
				p.watched[ev.SlotId] = w
			}
			p.mu.Unlock()
		case eventTopic("SlotFreed"):
			ev, err := p.m.abi.UnpackSlotFreedEvent(l)
			if err != nil {
				continue
			}
			p.mu.Lock()
			delete(p.watched, ev.SlotId)
			p.mu.Unlock()
			if ev.Provider == p.me {
				p.met.slotsLost.Inc()
				p.release(storage.SlotID(ev.SlotId), "slot freed")
				continue
			}
			if p.cfg.Repair {
				req, slot := ev.RequestId, ev.SlotId
				p.spawn(ctx, func(ctx context.Context) { p.repair(ctx, req, slot) })
			}
		case eventTopic("RequestFinished"), eventTopic("RequestFailed"), eventTopic("RequestCancelled"):
			p.requestEnded(l.Topics[1])
		}
	}
	return nil
}

// requestEnded forgets a request and deletes our shards of it.
func (p *Provider) requestEnded(req [32]byte) {
	p.mu.Lock()
	delete(p.requests, req)
	for s, w := range p.watched {
		if w.request == req {
			delete(p.watched, s)
		}
	}
	p.mu.Unlock()
	list, err := p.store.List()
	if err != nil {
		return
	}
	for _, sh := range list {
		if sh.RequestID == req {
			p.release(sh.Slot, "request ended")
		}
	}
}
