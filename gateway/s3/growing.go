package s3

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/cairn-storage/cairn/market"
)

// Streamed uploads: a PUT of at least PackSize bytes with a known length
// is uploaded while its body still arrives. Once the blob's temp file
// exists, a put from the growing file starts (market.Client.PutGrowing):
// it encodes the shard roots as the bytes land, and can send its request
// only once the blob is committed and published (the file is finished
// then; a failed PUT finishes it with the error, before anything was
// paid). The pack is journalled before the put starts, as any pack, so a
// crash or a lost answer is settled by resolveJournals; the uploader
// records the finished put instead of uploading the blob again.

// growingNetwork is a network that can put from a growing file; path is
// where the file will be once complete (ClientNetwork links it into its
// cache).
type growingNetwork interface {
	PutGrowing(ctx context.Context, name, path string, src *market.GrowingFile, size int64) (UploadID, error)
}

// growingPut is one streamed upload.
type growingPut struct {
	blob, journal string
	size          int64
	src           *market.GrowingFile
	done          chan struct{}
	id            UploadID
	err           error
}

// startGrowing starts the streamed upload of blob id, being written at
// tmp; nil when the object is not streamed (too small, unknown length,
// or a network without growing puts).
func (g *Gateway) startGrowing(id, tmp string, size int64) *growingPut {
	return g.streamPut(id, tmp, size, 0, nil)
}

// startAssembled starts the streamed upload of blob id, a multipart
// object just assembled (its file complete, not yet published), laid out
// as segments of segLen bytes with the prepared first passes segs
// (multipart_stream.go).
func (g *Gateway) startAssembled(id string, size, segLen int64, segs []*market.PreparedSegment) *growingPut {
	gp := g.streamPut(id, g.blobs.path(id), size, segLen, segs)
	if gp != nil {
		gp.src.Written(size)
	}
	return gp
}

// streamPut starts the streamed upload of blob id, being written at tmp
// (segLen and segs: market.GrowingFile.UsePrepared).
func (g *Gateway) streamPut(id, tmp string, size, segLen int64, segs []*market.PreparedSegment) *growingPut {
	gn, ok := g.net.(growingNetwork)
	if !ok || !g.cfg.Stream || size < g.cfg.PackSize {
		return nil
	}
	f, err := os.Open(tmp)
	if err != nil {
		return nil // uploaded from the buffer later
	}
	name, err := newBlobID()
	if err != nil {
		f.Close()
		return nil
	}
	gp := &growingPut{blob: id, journal: "pack-" + name, size: size, src: market.NewGrowingFile(f), done: make(chan struct{})}
	if segLen > 0 {
		gp.src.UsePrepared(segLen, segs)
	}
	if err := g.idx.setJournal(gp.journal, journalRec{Size: size, Members: []packMember{{Blob: id}}, Created: time.Now().UTC()}); err != nil {
		f.Close()
		return nil
	}
	g.growMu.Lock()
	if g.growClosed {
		g.growMu.Unlock()
		f.Close()
		return nil // the journal is dropped by the next start
	}
	g.growing[id] = gp
	g.growWG.Add(1)
	g.growMu.Unlock()
	go func() {
		defer g.growWG.Done()
		defer f.Close()
		start := time.Now()
		gp.id, gp.err = gn.PutGrowing(g.ctx, gp.journal, g.blobs.path(id), gp.src, size)
		if gp.err == nil {
			g.log.Info("streamed upload done", "upload_id", gp.id.String(), "bytes", size, "took", time.Since(start).Round(time.Millisecond))
		}
		close(gp.done)
		g.kick()
	}()
	return gp
}

// finish ends the writing of a streamed upload's file (nil: complete and
// published).
func (gp *growingPut) finish(err error) {
	if gp != nil {
		gp.src.Finish(err)
	}
}

// growingJournal reports whether journal belongs to a streamed upload in
// flight (resolveJournals leaves it alone).
func (g *Gateway) growingJournal(journal string) bool {
	g.growMu.Lock()
	defer g.growMu.Unlock()
	for _, gp := range g.growing {
		if gp.journal == journal {
			return true
		}
	}
	return false
}

// settleGrowing records the streamed uploads that finished. For blob
// (the uploader is about to upload it) it reports whether the blob needs
// no upload: its streamed upload was recorded, or, with block false, is
// still running (with block, settleGrowing waits for it).
func (g *Gateway) settleGrowing(ctx context.Context, blob string, block bool) (bool, error) {
	g.growMu.Lock()
	gp := g.growing[blob]
	g.growMu.Unlock()
	if gp != nil {
		select {
		case <-gp.done:
		case <-ctx.Done():
			return false, ctx.Err()
		default:
			if !block {
				return true, nil
			}
			select {
			case <-gp.done:
			case <-ctx.Done():
				return false, ctx.Err()
			}
		}
	}
	g.growMu.Lock()
	var done []*growingPut
	for id, p := range g.growing {
		select {
		case <-p.done:
			done = append(done, p)
			delete(g.growing, id)
		default:
		}
	}
	g.growMu.Unlock()
	recorded := false
	for _, p := range done {
		if p.err != nil {
			// Nothing recorded: the journal is settled by name like any
			// failed pack put, and the blob, if published, is uploaded
			// from the buffer.
			g.log.Info("streamed upload ended without an upload; a published object is uploaded from the buffer", "bytes", p.size, "err", p.err)
			continue
		}
		if err := g.commitPack(p.id.String(), p.size, []packMember{{Blob: p.blob}}, p.journal); err != nil {
			return recorded, fmt.Errorf("record streamed upload %s: %w", p.id, err)
		}
		g.keepUpload(ctx, p.id)
		recorded = recorded || p.blob == blob
	}
	return recorded, nil
}
