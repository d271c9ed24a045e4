package market

import (
	"context"
	"fmt"
	"io"
	"math"

	"golang.org/x/sync/errgroup"

	"github.com/cairn-storage/cairn/storage"
)

// Prepared segments: the first pass (encrypt, erasure-code, hash every
// shard for its root) of one segment of a file, run before the file is
// complete. A segment's roots depend only on its own bytes and the random
// stream it is encoded under, not on the file's size or segment count
// (those are in the sealed manifest, written when the request is sent),
// so the full segments of a file whose length is not known yet — an S3
// multipart upload — can be encoded as their bytes arrive, and only the
// last one is left when the file is complete. Nothing is requested or
// paid by preparing.

// PreparedSegment is the first pass of the bytes [Offset, Offset+Size) of
// a file.
type PreparedSegment struct {
	off, size int64
	stream    storage.Stream
	res       storage.EncodeResult
	hash      string
}

// Offset is where the segment starts in its file.
func (p *PreparedSegment) Offset() int64 { return p.off }

// Size is the segment's length.
func (p *PreparedSegment) Size() int64 { return p.size }

// SegmentLen is the most plaintext one request holds under the client's
// terms (its uplink, the reservation TTL and the max shard size).
func (c *Client) SegmentLen() (int64, error) { return c.segmentLen() }

// PrepareSegment runs the first pass over the n bytes of src at off under
// a fresh random stream. n must fit one request (SegmentLen).
func (c *Client) PrepareSegment(ctx context.Context, src io.ReaderAt, off, n int64) (*PreparedSegment, error) {
	segLen, err := c.segmentLen()
	if err != nil {
		return nil, err
	}
	if n <= 0 || n > segLen || off < 0 {
		return nil, fmt.Errorf("prepare segment [%d, +%d): more than one request (%d bytes) or empty: %w", off, n, segLen, storage.ErrTooLarge)
	}
	u := &upload{src: io.NewSectionReader(src, off, n), size: n}
	if u.stream, err = storage.NewRandomStream(); err != nil {
		return nil, err
	}
	if err := c.encodeRoots(ctx, u); err != nil {
		return nil, err
	}
	return &PreparedSegment{off: off, size: n, stream: u.stream, res: u.res, hash: u.hash}, nil
}

// prepared returns the segment of segs that covers exactly [off, off+n).
func prepared(segs []*PreparedSegment, off, n int64) *PreparedSegment {
	for _, p := range segs {
		if p != nil && p.off == off && p.size == n {
			return p
		}
	}
	return nil
}

// use gives u the prepared first pass p.
func (u *upload) use(p *PreparedSegment) {
	u.stream, u.res, u.hash = p.stream, p.res, p.hash
}

// putEncoded is putOne after its first pass: resume a journalled request
// of the same content, else request anew.
func (c *Client) putEncoded(ctx context.Context, u *upload) (PutResult, error) {
	recs, err := c.journal.entries(func(e *journalEntry) bool {
		return e.ContentHash == u.hash && e.K == c.cfg.K && e.M == c.cfg.M
	})
	if err != nil {
		return PutResult{}, err
	}
	for _, e := range recs {
		res, done, err := c.resume(ctx, u, e)
		if done || err != nil {
			return res, err
		}
	}
	return c.putNew(ctx, u)
}

// putPrepared puts the complete u as segments of segLen bytes,
// SegmentParallel at a time, each with its prepared first pass when segs
// has one of exactly its range (the others are encoded now).
func (c *Client) putPrepared(ctx context.Context, u *upload, segLen int64, segs []*PreparedSegment) (PutResult, error) {
	if u.size <= segLen {
		if p := prepared(segs, 0, u.size); p != nil {
			u.use(p)
			return c.putEncoded(ctx, u)
		}
		return c.putOne(ctx, u)
	}
	count := (u.size + segLen - 1) / segLen
	if count > math.MaxUint32 {
		return PutResult{}, fmt.Errorf("put %s: %d segments: %w", u.name, count, storage.ErrTooLarge)
	}
	id := c.fileID(u)
	parts := make([]PutResult, count)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(c.cfg.SegmentParallel)
	for i := range count {
		off, n := i*segLen, min(segLen, u.size-i*segLen)
		su := u.segment(id, i, count, off, n)
		p := prepared(segs, off, n)
		g.Go(func() error {
			cc := c.forPart(int(i) + 1)
			var res PutResult
			var err error
			if p != nil {
				su.use(p)
			}
			if p != nil {
				res, err = cc.putEncoded(gctx, su)
			} else {
				res, err = cc.putOne(gctx, su)
			}
			if err != nil {
				return fmt.Errorf("segment %d of %d: %w", i+1, count, err)
			}
			parts[i] = res
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return PutResult{ID: parts[0].ID}, err
	}
	return joinParts(u.size, parts), nil
}
