package s3

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Deletes release storage. An upload no object of the index refers to any
// more (every object of a pack deleted or overwritten, a lone large object
// deleted, a sealed index superseded by a newer one) is marked for release
// in the index; a pack whose live bytes fall below RepackBelow of its size
// has its live objects copied back into the buffer (re-put together with
// the next pack) and is then marked too. A marked upload is terminated
// (Network.Release) only once the sealed index on the network is the
// current one and nothing is buffered: until then a restore from the
// network could still need it. The mark is written before the terminate
// and removed after it, so a crash in between is finished by the next step.

// markUnused marks the packs no object refers to and repacks sparse ones.
func (g *Gateway) markUnused(ctx context.Context) (err error) {
	if !g.idx.changed.Swap(false) {
		return nil
	}
	defer func() {
		if err != nil {
			g.idx.changed.Store(true) // look again next step
		}
	}()
	packs, err := g.idx.packs()
	if err != nil {
		return err
	}
	uses, err := g.idx.packUses()
	if err != nil {
		return err
	}
	for id, p := range packs {
		if id == zeroPack {
			continue
		}
		if rel, err := g.idx.releasing(id); err != nil || rel {
			if err != nil {
				return err
			}
			continue
		}
		u := uses[id]
		reason := "deleted"
		switch {
		case u == nil || u.Live == 0:
		case g.cfg.RepackBelow > 0 && float64(u.Live) < g.cfg.RepackBelow*float64(p.Size):
			if err := g.repack(ctx, id, u); err != nil {
				return err
			}
			reason = "repacked"
		default:
			continue
		}
		err := g.idx.markRelease(id, reason, time.Now().UTC())
		if errors.Is(err, errStillNeeded) {
			continue // a copy or a repack raced us: look again next step
		}
		if err != nil {
			return err
		}
		g.log.Info("upload marked for release", "upload_id", id, "reason", reason, "bytes", p.Size)
	}
	return nil
}

// repack copies the live objects of pack (each distinct range once) into
// fresh buffer blobs and points the objects at them; the uploader packs
// them again, and the pack, then unused, is released.
func (g *Gateway) repack(ctx context.Context, pack string, u *packUse) error {
	pid, err := ParseUploadID(pack)
	if err != nil {
		return err
	}
	blobs := map[int64]string{}
	fail := func(err error) error {
		for _, b := range blobs {
			g.removeBlob(b)
		}
		return fmt.Errorf("repack %s: %w", pack, err)
	}
	for _, o := range u.Objects {
		if _, ok := blobs[o.Off]; ok {
			continue
		}
		r, err := g.net.ReadRange(ctx, pid, o.Off, o.Size)
		if err != nil {
			return fail(err)
		}
		w, err := g.blobs.write(r, o.Size)
		r.Close()
		if err != nil {
			return fail(err)
		}
		blobs[o.Off] = w.ID
		if !strings.Contains(o.ETag, "-") && o.ETag != hex.EncodeToString(w.MD5) {
			return fail(fmt.Errorf("object %s/%s read back with MD5 %x, not its ETag %s", o.Bucket, o.Key, w.MD5, o.ETag))
		}
	}
	unused, err := g.idx.moveToBlobs(pack, u.Objects, blobs, time.Now().UTC())
	if err != nil {
		return fail(err)
	}
	for _, b := range unused {
		g.removeBlob(b)
	}
	g.log.Info("repacking a sparse pack", "upload_id", pack, "objects", len(u.Objects), "live_bytes", u.Live)
	g.kick()
	return nil
}

// terminateMarked terminates the marked uploads once the sealed index on
// the network is current and nothing is buffered.
func (g *Gateway) terminateMarked(ctx context.Context) error {
	ids, err := g.idx.releases()
	if err != nil || len(ids) == 0 {
		return err
	}
	gen, uploaded, err := g.idx.staleness()
	if err != nil || gen != uploaded {
		return err
	}
	pend, err := g.idx.pending()
	if err != nil || len(pend) > 0 {
		return err
	}
	var errs error
	for _, id := range ids {
		if err := g.releaseOne(ctx, id); err != nil {
			errs = errors.Join(errs, err) // the mark stays: retried next step
		}
	}
	return errs
}

// releaseAttempts bounds the terminates sent for one upload in one step.
const releaseAttempts = 3

func (g *Gateway) releaseOne(ctx context.Context, id string) error {
	uid, err := ParseUploadID(id)
	if err != nil {
		return err
	}
	var reqs [][32]byte
	if g.keeper != nil {
		reqs = g.requestsOf(ctx, uid)
	}
	// Release is idempotent (an ended request counts as done), so a
	// transaction that reverted without a reason (seen under load: mined
	// in a later epoch than it was estimated in) is simply sent again.
	for attempt := 1; ; attempt++ {
		err = g.net.Release(ctx, uid)
		if err == nil {
			break
		}
		if attempt == releaseAttempts || ctx.Err() != nil {
			return fmt.Errorf("release upload %s: %w", id, err)
		}
		g.log.Info("release failed; sending it again", "upload_id", id, "attempt", attempt, "err", err)
	}
	if err := g.idx.released(id); err != nil {
		return err
	}
	g.unkeep(reqs)
	g.log.Info("upload released", "upload_id", id)
	return nil
}
