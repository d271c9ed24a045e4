package market

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// GrowingFile is a file still being written, read as a put's source: a
// ReadAt blocks until its bytes are written, and a read at or past the
// end (the put's check that the source holds exactly its size) blocks
// until the writer calls Finish. So a put from a growing file encodes its
// shard roots while the bytes arrive, and can send its request — pay —
// only once the writer declared the file complete; Finish with an error
// fails the put before anything was paid.
type GrowingFile struct {
	f *os.File

	mu      sync.Mutex
	cond    *sync.Cond
	written int64
	done    bool
	err     error

	// segLen and segs, when set (UsePrepared), lay the put out as
	// segments of segLen bytes and give it their first passes.
	segLen int64
	segs   []*PreparedSegment
}

// UsePrepared makes the put of g lay the file out as segments of segLen
// bytes (at most the client's SegmentLen; 0: the client's) and take each
// segment's first pass from segs when one covers exactly its range (see
// PrepareSegment). Call it before the put starts.
func (g *GrowingFile) UsePrepared(segLen int64, segs []*PreparedSegment) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.segLen, g.segs = segLen, segs
}

// NewGrowingFile reads f (an open file the writer appends to; the caller
// closes it after the put).
func NewGrowingFile(f *os.File) *GrowingFile {
	g := &GrowingFile{f: f}
	g.cond = sync.NewCond(&g.mu)
	return g
}

// Written reports that the first n bytes of the file are written.
func (g *GrowingFile) Written(n int64) {
	g.mu.Lock()
	g.written = max(g.written, n)
	g.mu.Unlock()
	g.cond.Broadcast()
}

// Finish ends the writing: nil, the file is complete; an error fails the
// reads waiting for more.
func (g *GrowingFile) Finish(err error) {
	g.mu.Lock()
	if !g.done {
		g.done, g.err = true, err
	}
	g.mu.Unlock()
	g.cond.Broadcast()
}

// wait blocks until [0, end) is written, the file is finished or ctx is
// done.
func (g *GrowingFile) wait(ctx context.Context, end int64) error {
	stop := context.AfterFunc(ctx, func() {
		g.mu.Lock()
		defer g.mu.Unlock()
		g.cond.Broadcast()
	})
	defer stop()
	g.mu.Lock()
	defer g.mu.Unlock()
	for !g.done && g.written < end {
		if err := ctx.Err(); err != nil {
			return err
		}
		g.cond.Wait()
	}
	return g.err
}

// incomplete reports whether the file is not (yet) declared complete: a
// put checks it after its first pass and before it sends its request
// (upload.check), since the encoder's end-of-input probe does not carry a
// read error.
func (g *GrowingFile) incomplete() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return !g.done || g.err != nil
}

// GrowingReaderAt is src read with its waits bound to ctx (what
// PutGrowing reads).
func GrowingReaderAt(ctx context.Context, src *GrowingFile) io.ReaderAt {
	return growingReader{ctx: ctx, g: src}
}

// growingReader binds the waits of a GrowingFile to a put's context.
type growingReader struct {
	ctx context.Context
	g   *GrowingFile
}

func (r growingReader) ReadAt(p []byte, off int64) (int, error) {
	if err := r.g.wait(r.ctx, off+int64(len(p))); err != nil {
		return 0, fmt.Errorf("growing source: %w", err)
	}
	return r.g.f.ReadAt(p, off)
}

// PutGrowing stores the size bytes of src, named name in its sealed
// manifest, starting while src is still being written (see GrowingFile):
// the first pass (encrypt, erasure-code, hash every shard for its root)
// runs as the bytes arrive, so only the request and the pushes are left
// once the writer finishes. A file larger than one request is put as
// segments once the writer finished (a segment's own checks cannot see
// the writer's outcome), each with its prepared first pass if UsePrepared
// gave one. Like Put it returns
// once every slot is filled; with a journal, a rerun of the same bytes
// resumes the request.
func (c *Client) PutGrowing(ctx context.Context, name string, src *GrowingFile, size int64) (PutResult, error) {
	if size <= 0 {
		return PutResult{}, fmt.Errorf("put %s: growing source of %d bytes", name, size)
	}
	segLen, err := c.segmentLen()
	if err != nil {
		return PutResult{}, err
	}
	src.mu.Lock()
	want, segs := src.segLen, src.segs
	src.mu.Unlock()
	if want > 0 {
		segLen = min(segLen, want)
	}
	u := &upload{src: GrowingReaderAt(ctx, src), name: name, size: size, mtime: time.Now().UnixNano(), check: src.incomplete}
	if size > segLen || prepared(segs, 0, size) != nil {
		if err := src.wait(ctx, size+1); err != nil {
			return PutResult{}, fmt.Errorf("put %s: growing source: %w", name, err)
		}
		if src.incomplete() {
			return PutResult{}, fmt.Errorf("put %s: %w: the growing source ended short; nothing was paid", name, ErrFileChanged)
		}
		if segs != nil || size <= segLen {
			return c.putPrepared(ctx, u, segLen, segs) // prepared segments keep their layout
		}
		return c.putSegments(ctx, u, c.pipelined(size, segLen), segLen)
	}
	return c.putOne(ctx, u)
}
