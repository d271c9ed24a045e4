package s3

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// Keeper keeps storage requests alive within a budget (marketv2.Keeper):
// the gateway tells it which requests are its own.
type Keeper interface {
	Keep(ids ...[32]byte)
	Drop(id [32]byte)
	Run(ctx context.Context) error
}

// requestLister is a network that knows the requests behind an upload
// (ClientNetwork: one per segment of a split upload).
type requestLister interface {
	Requests(ctx context.Context, id UploadID) ([][32]byte, error)
}

// NewKeeper builds the gateway's keeper over m from cfg.KeepConfig (its
// journal defaults to <DataDir>/keep-journal.json, apart from `cairn
// keep`'s, so the gateway's budget is its own). Hand it to KeepWith.
func NewKeeper(cfg Config, log *slog.Logger, m *marketv2.Market) (*marketv2.Keeper, error) {
	if m == nil {
		return nil, errors.New("gateway keeper: no market")
	}
	kc := cfg.KeepConfig
	if kc.Journal == "" {
		kc.Journal = filepath.Join(cfg.DataDir, "keep-journal.json")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return marketv2.NewKeeper(kc, log.With("component", "gateway_keeper"), marketv2.KeeperDeps{
		Chain: m, Clock: m.Clock, Client: m.Self(), Notice: uint64(m.Config.MissWindow)})
}

// KeepWith makes k keep the gateway's uploads alive: every pack and the
// current sealed index now, each new one as it is uploaded; a released
// upload is dropped. Run runs k beside the uploader. Call it before Run;
// with Config.Keep false it does nothing.
func (g *Gateway) KeepWith(ctx context.Context, k Keeper) error {
	if !g.cfg.Keep || k == nil {
		return nil
	}
	g.keeper = k
	return g.keepAll(ctx)
}

// keepAll hands every pack not being released and the current sealed
// index to the keeper (at KeepWith, and after a restore).
func (g *Gateway) keepAll(ctx context.Context) error {
	if g.keeper == nil {
		return nil
	}
	packs, err := g.idx.packs()
	if err != nil {
		return err
	}
	ids := make([]string, 0, len(packs)+1)
	for id := range packs {
		if rel, err := g.idx.releasing(id); err != nil || rel || id == zeroPack {
			if err != nil {
				return err
			}
			continue
		}
		ids = append(ids, id)
	}
	cur, err := g.idx.indexUpload()
	if err != nil {
		return err
	}
	if cur != "" {
		ids = append(ids, cur)
	}
	for _, id := range ids {
		uid, err := ParseUploadID(id)
		if err != nil {
			return err
		}
		g.keepUpload(ctx, uid)
	}
	return nil
}

// requestsOf is upload id's requests, or id alone when the network cannot
// say (a lookup failure is logged: the keeper then tends the first
// segment only, until the next start).
func (g *Gateway) requestsOf(ctx context.Context, id UploadID) [][32]byte {
	if rl, ok := g.net.(requestLister); ok {
		reqs, err := rl.Requests(ctx, id)
		if err == nil {
			return reqs
		}
		g.log.Warn("requests of an upload", "upload_id", id.String(), "err", err)
	}
	return [][32]byte{id}
}

func (g *Gateway) keepUpload(ctx context.Context, id UploadID) {
	if g.keeper != nil {
		g.keeper.Keep(g.requestsOf(ctx, id)...)
	}
}

func (g *Gateway) unkeep(reqs [][32]byte) {
	if g.keeper == nil {
		return
	}
	for _, r := range reqs {
		g.keeper.Drop(r)
	}
}
