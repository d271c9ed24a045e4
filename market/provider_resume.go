package market

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/cairn-storage/cairn/market/ledger"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// resumer gives sales and the repairer back what a restart took from
// them: their pending slots live in memory, so a process stopped between
// reserve and fill would abandon its reservation (it lapses, the deposit
// burns) and one killed between fillSlot sent and its receipt would leave
// a shard Stored that nobody marks Proving. At every step it offers both
// (Sales.Resume, Repairer.Resume; each takes the slots of its kind) our
// live, unexpired reservations from the ledger (at every step: a reorg
// that drops our mined fill makes its reservation live again, and the
// taker, which saw the fill's receipt, must fill again; each skips the
// slots it has pending), and the shards the stores held Stored (not
// Proving) at Open that the ledger ties to us (a reservation of ours on
// the slot, or we are its holder), each offered until both have looked at
// it once without an error. Partial shards (Receiving) are listed too: with
// the repairer, a shard whose slot the ledger's confirmed view shows is not
// ours any more (its reservation lapsed, evicted or dropped while the node
// was down) is deleted (Repairer.DropAbandoned) and not offered again.
type resumer struct {
	mu    sync.Mutex
	seen  map[[32]byte]bool // slot ids sales has looked at
	left  map[[32]byte]storage.ShardInfo
	stats ResumeStats
}

// ResumeStats is what the provider gave back to sales since Open.
func (p *Provider) ResumeStats() ResumeStats {
	if p.resumer == nil {
		return ResumeStats{}
	}
	p.resumer.mu.Lock()
	defer p.resumer.mu.Unlock()
	return p.resumer.stats
}

// newResumer lists the Stored shards of stores (at Open).
func newResumer(stores []*storage.Store) (*resumer, error) {
	r := &resumer{seen: map[[32]byte]bool{}, left: map[[32]byte]storage.ShardInfo{}}
	for _, s := range stores {
		infos, err := s.List()
		if err != nil {
			return nil, fmt.Errorf("list shards: %w", err)
		}
		for _, in := range infos {
			if in.State == storage.StateStored || in.State == storage.StateReceiving {
				r.left[[32]byte(in.Slot)] = in
			}
		}
	}
	return r, nil
}

// ResumeStats counts the slots a provider gave back to sales.
type ResumeStats = marketv2.ResumeStats

// resume offers sales the slots in flight it does not know (see resumer).
func (p *Provider) resume(ctx context.Context, epoch uint64) error {
	if p.resumer == nil || p.sales == nil {
		return nil
	}
	_, head, err := p.m.Clock.Current(ctx)
	if err != nil {
		return fmt.Errorf("resume: read head: %w", err)
	}
	mine, err := p.ledger.ReservationsBy(p.me)
	if err != nil {
		return fmt.Errorf("resume: %w", err)
	}
	ttl := p.m.Config.ReservationTTL
	byslot := map[[32]byte]ledger.Reservation{}
	var offers []marketv2.ResumeSlot
	r := p.resumer
	r.mu.Lock()
	for _, x := range mine {
		if prev, ok := byslot[x.Slot]; !ok || x.Block > prev.Block {
			byslot[x.Slot] = x
		}
		if x.State != ledger.ReservationLive || head > x.Block+ttl {
			continue
		}
		req, ok, err := p.ledger.RequestV2(x.Request)
		if err != nil {
			r.mu.Unlock()
			return fmt.Errorf("resume: %w", err)
		}
		if !ok || !req.State.Live() {
			continue
		}
		offers = append(offers, marketv2.ResumeSlot{Req: x.Request, Index: x.Index, Block: x.Block})
	}
	for slot, in := range r.left {
		if r.seen[slot] {
			delete(r.left, slot)
			continue
		}
		x, reserved := byslot[slot]
		s, held, err := p.ledger.SlotV2(in.RequestID, in.SlotIndex)
		if err != nil {
			r.mu.Unlock()
			return fmt.Errorf("resume: %w", err)
		}
		if !reserved && !(held && s.Holder == p.me) {
			continue // nothing ties it to us yet: the ledger may be behind; never deleted here
		}
		offers = append(offers, marketv2.ResumeSlot{Req: in.RequestID, Index: in.SlotIndex, Block: x.Block})
	}
	r.mu.Unlock()

	var errs []error
	for _, o := range offers {
		if p.repairer != nil { // a shard whose slot is confirmed not ours any more goes first
			dropped, err := p.repairer.DropAbandoned(ctx, epoch, []marketv2.ResumeSlot{o})
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if len(dropped) > 0 {
				r.mu.Lock()
				r.seen[marketv2.SlotID(o.Req, o.Index)] = true
				delete(r.left, marketv2.SlotID(o.Req, o.Index))
				r.mu.Unlock()
				continue
			}
		}
		if o.Block != 0 && head <= o.Block+ttl {
			p.reserved.keep(o.Req, o.Index, o.Block) // the client's push is accepted again
		}
		st, err := p.sales.Resume(ctx, epoch, []marketv2.ResumeSlot{o})
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if p.repairer != nil { // a Repair slot is the repairer's (Repairer.Resume)
			rst, err := p.repairer.Resume(ctx, epoch, []marketv2.ResumeSlot{o})
			if err != nil {
				errs = append(errs, err)
				continue
			}
			st.Adopted += rst.Adopted
			st.Stored += rst.Stored
		}
		r.mu.Lock()
		r.seen[marketv2.SlotID(o.Req, o.Index)] = true
		r.stats.Adopted += st.Adopted
		r.stats.Stored += st.Stored
		r.mu.Unlock()
	}
	return errors.Join(errs...)
}

// dropRepairTemps removes the temporary shard files a rebuild left in the
// provider's private repair dir when the process was killed mid-repair
// (Repairer.rebuild removes its own when it returns): the resumed repair
// fetches again into new ones.
func dropRepairTemps(dir string) error {
	left, err := filepath.Glob(filepath.Join(dir, "cairn-repair-*"))
	if err != nil {
		return fmt.Errorf("list repair temp files: %w", err)
	}
	for _, f := range left {
		if err := os.Remove(f); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("drop repair temp file: %w", err)
		}
	}
	return nil
}
