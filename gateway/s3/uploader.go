package s3

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/cairn-storage/cairn/internal/atomicfile"
)

// Step is one pass of the uploader: buffered objects of at least PackSize
// are uploaded alone, smaller ones packed together (a pack goes once it is
// full or its oldest member waited PackDelay), then, when the index
// changed and IndexInterval passed, a sealed snapshot of the index is
// uploaded. Run calls it every Poll; tests call it directly.
func (g *Gateway) Step(ctx context.Context) error {
	g.stepMu.Lock()
	defer g.stepMu.Unlock()
	if err := g.ctx.Err(); err != nil {
		return err
	}
	return g.step(ctx, false)
}

// Flush uploads everything buffered now, full packs or not, and the index.
func (g *Gateway) Flush(ctx context.Context) error {
	g.stepMu.Lock()
	defer g.stepMu.Unlock()
	if err := g.ctx.Err(); err != nil {
		return err
	}
	return g.step(ctx, true)
}

// FlushData uploads everything buffered now, as Flush, but leaves the
// index to its interval: the point at which every acknowledged object's
// bytes are on the network.
func (g *Gateway) FlushData(ctx context.Context) error {
	g.stepMu.Lock()
	defer g.stepMu.Unlock()
	if err := g.ctx.Err(); err != nil {
		return err
	}
	return g.packs(ctx, true)
}

func (g *Gateway) step(ctx context.Context, force bool) error {
	if err := g.markUnused(ctx); err != nil {
		return err
	}
	if err := g.packs(ctx, force); err != nil {
		return err
	}
	if err := g.uploadIndex(ctx, force); err != nil {
		return err
	}
	return g.terminateMarked(ctx)
}

func (g *Gateway) packs(ctx context.Context, force bool) error {
	if err := g.resolveJournals(ctx); err != nil {
		return err
	}
	if _, err := g.settleGrowing(ctx, "", false); err != nil {
		return err
	}
	pend, err := g.idx.pending()
	if err != nil {
		return err
	}
	var small []pendingBlob
	for _, p := range pend {
		if p.Size >= g.cfg.PackSize {
			// Streamed: a flush waits for its upload, a step goes on
			// with the rest (the upload kicks the uploader when done).
			if done, err := g.settleGrowing(ctx, p.ID, force); err != nil || done {
				if err != nil {
					return err
				}
				continue // uploaded while its PUT arrived, or still uploading
			}
			if err := g.uploadPack(ctx, []pendingBlob{p}); err != nil {
				return err
			}
			continue
		}
		small = append(small, p)
	}
	for len(small) > 0 {
		var group []pendingBlob
		var size int64
		for len(small) > 0 && (len(group) == 0 || size+small[0].Size <= g.cfg.PackSize) {
			size += small[0].Size
			group = append(group, small[0])
			small = small[1:]
		}
		full := len(small) > 0 // the next one did not fit
		if !full && !force && time.Since(group[0].Created) < g.cfg.PackDelay {
			break
		}
		if err := g.uploadPack(ctx, group); err != nil {
			return err
		}
	}
	return nil
}

// uploadPack writes the members' blobs one after another into a staged
// pack file, stores it as one cairn upload and points the objects at it.
func (g *Gateway) uploadPack(ctx context.Context, members []pendingBlob) error {
	name, err := newBlobID()
	if err != nil {
		return err
	}
	path := filepath.Join(g.stageDir, "pack-"+name)
	defer os.Remove(path)
	var placed []packMember
	var size int64
	if len(members) == 1 {
		// Alone: link the blob instead of copying it.
		if err := os.Link(g.blobs.path(members[0].ID), path); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil // deleted meanwhile
			}
			return fmt.Errorf("stage pack: %w", err)
		}
		placed, size = []packMember{{Blob: members[0].ID}}, members[0].Size
	} else {
		f, err := atomicfile.Create(path, 0o600)
		if err != nil {
			return err
		}
		defer f.Abort()
		for _, m := range members {
			b, err := g.blobs.open(m.ID)
			if errors.Is(err, os.ErrNotExist) {
				continue // deleted meanwhile
			}
			if err != nil {
				return err
			}
			n, err := io.Copy(f, b)
			b.Close()
			if err != nil {
				return fmt.Errorf("stage pack: %w", err)
			}
			placed = append(placed, packMember{Blob: m.ID, Off: size})
			size += n
		}
		if len(placed) == 0 {
			return nil
		}
		if err := f.Commit(); err != nil {
			return err
		}
	}
	if size == 0 {
		// A cairn upload needs at least one byte; empty objects live in
		// the index alone.
		return g.commitPack(zeroPack, 0, placed, "")
	}
	journal := "pack-" + name
	if err := g.idx.setJournal(journal, journalRec{Size: size, Members: placed, Created: time.Now().UTC()}); err != nil {
		return err
	}
	start := time.Now()
	id, err := g.net.Put(ctx, path)
	if err != nil {
		// The journal stays: the next step looks for this upload on the
		// network before packing the members again.
		return fmt.Errorf("upload pack of %d objects (%d bytes): %w", len(placed), size, err)
	}
	g.log.Info("pack uploaded", "upload_id", id.String(), "objects", len(placed), "bytes", size, "took", time.Since(start).Round(time.Millisecond))
	if err := g.commitPack(id.String(), size, placed, journal); err != nil {
		return err
	}
	g.keepUpload(ctx, id)
	return nil
}

// resolveJournals settles packs whose Put ended without a recorded
// outcome (an error, or a crash): an active upload of the pack's name is
// adopted; otherwise the journal goes and its members, still pending, are
// packed again. Other uploads of that name (mined, not filled) are marked
// for release.
func (g *Gateway) resolveJournals(ctx context.Context) error {
	js, err := g.idx.journals()
	if err != nil || len(js) == 0 {
		return err
	}
	ups, err := g.net.Uploads(ctx)
	if err != nil {
		return fmt.Errorf("look for packs uploaded before a failure: %w", err)
	}
	byName := map[string]Upload{}
	unfilled := map[string][]UploadID{}
	for _, u := range ups {
		if _, taken := byName[u.Name]; u.Active && !taken {
			byName[u.Name] = u
		} else {
			unfilled[u.Name] = append(unfilled[u.Name], u.ID)
		}
	}
	for name, j := range js {
		if g.growingJournal(name) {
			continue // a streamed upload in flight
		}
		// A request of this pack that was mined but never filled (the put
		// failed while pushing) is released: its escrow comes back.
		for _, id := range unfilled[name] {
			if err := g.idx.markRelease(id.String(), "lost pack upload", time.Now().UTC()); err != nil {
				return err
			}
			g.log.Info("upload of a failed pack marked for release", "upload_id", id.String())
		}
		u, ok := byName[name]
		if !ok {
			if err := g.idx.dropJournal(name); err != nil {
				return err
			}
			continue
		}
		g.log.Info("adopting a pack uploaded before a failure", "upload_id", u.ID.String(), "objects", len(j.Members))
		if err := g.commitPack(u.ID.String(), j.Size, j.Members, name); err != nil {
			return err
		}
		g.keepUpload(ctx, u.ID)
	}
	return nil
}

// zeroPack is where empty objects point: no upload, no bytes.
const zeroPack = "0x0000000000000000000000000000000000000000000000000000000000000000"

func (g *Gateway) commitPack(pack string, size int64, placed []packMember, journal string) error {
	done, err := g.idx.commitPack(pack, size, placed, journal, time.Now().UTC())
	if err != nil {
		return err
	}
	for _, b := range done {
		g.removeBlob(b)
	}
	return nil
}
