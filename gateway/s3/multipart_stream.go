package s3

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/cairn-storage/cairn/market"
)

// Streamed multipart uploads. Parts arrive in any order and the object's
// size is known only at complete, but a segment's shard roots depend only
// on its own bytes: so once parts 1..n cover a full segment
// (Config.MultipartSegment) contiguously from the start, its first pass
// runs (market.Client.PrepareSegment, reading the part files in part
// order; nothing is joined or requested). At complete the encoder stops;
// the prepared segments whose parts are exactly the first parts listed
// (numbers, ETags, sizes) are handed to the streamed put of the assembled
// blob (market.GrowingFile.UsePrepared), which encodes only the rest, then
// requests and pushes every segment. A part uploaded again invalidates
// every prepared segment that read it or a later part (its size may shift
// their offsets). Abort stops the encoder: nothing was requested, nothing
// is paid. The prepared roots live in memory only: after a restart the
// parts are still there (fsynced) and complete encodes every segment at
// the put; a part uploaded after the restart starts the encoder again
// over the parts already in.

// mpStream is the encoder of one multipart upload.
type mpStream struct {
	prep   segmentPreparer
	dir    string // the upload's parts directory
	segLen int64

	mu    sync.Mutex
	parts map[int]partRec
	segs  []mpSeg
	wake  chan struct{}

	cancel context.CancelFunc
	done   chan struct{}
}

// mpSeg is a prepared segment and the parts (1..n, in order) it read.
type mpSeg struct {
	seg  *market.PreparedSegment
	used []partUse
}

// partUse is a part as a prepared segment saw it.
type partUse struct {
	n    int
	etag string
	size int64
}

// multipartSegLen is the segment length of streamed multipart uploads:
// Config.MultipartSegment cut to the client's (0: no streaming).
func (g *Gateway) multipartSegLen() (segmentPreparer, int64) {
	prep, ok := g.net.(segmentPreparer)
	if !ok || !g.cfg.Stream {
		return nil, 0
	}
	l, err := prep.SegmentLen()
	if err != nil {
		return nil, 0
	}
	if g.cfg.MultipartSegment > 0 {
		l = min(l, g.cfg.MultipartSegment)
	}
	return prep, l
}

// mpPart tells the encoder of upload id that part n is in as rec,
// starting the encoder (over the parts load lists) if none runs.
func (g *Gateway) mpPart(id string, n int, rec partRec, load func() (map[int]partRec, error)) {
	g.growMu.Lock()
	s, running := g.mpStreams[id], len(g.mpStreams)
	g.growMu.Unlock()
	if s == nil {
		limit := cmp.Or(g.cfg.MultipartEncoders, DefaultMultipartEncoders)
		if running >= limit {
			g.log.Debug("multipart upload not streamed for now: every encoder is busy", "upload_id", id, "encoders", limit)
			return
		}
		prep, segLen := g.multipartSegLen()
		if prep == nil {
			return
		}
		parts, err := load()
		if err != nil {
			g.log.Warn("multipart upload not streamed", "upload_id", id, "err", err)
			return
		}
		ctx, cancel := context.WithCancel(g.ctx)
		s = &mpStream{prep: prep, dir: filepath.Join(g.partsDir, id), segLen: segLen, parts: parts,
			wake: make(chan struct{}, 1), cancel: cancel, done: make(chan struct{})}
		g.growMu.Lock()
		switch {
		case g.growClosed:
			g.growMu.Unlock()
			cancel()
			return
		case g.mpStreams[id] != nil: // another part started it meanwhile
			cancel()
			s = g.mpStreams[id]
		case len(g.mpStreams) >= limit: // another upload took the last encoder meanwhile
			g.growMu.Unlock()
			cancel()
			return
		default:
			g.mpStreams[id] = s
			g.growWG.Add(1)
			go func() {
				defer g.growWG.Done()
				s.run(ctx, g)
			}()
		}
		g.growMu.Unlock()
	}
	s.update(n, rec)
}

// mpStop stops the encoder of upload id and returns it (nil: none ran).
func (g *Gateway) mpStop(id string) *mpStream {
	g.growMu.Lock()
	s := g.mpStreams[id]
	delete(g.mpStreams, id)
	g.growMu.Unlock()
	if s != nil {
		s.cancel()
		<-s.done
	}
	return s
}

// mpTake stops the encoder of upload id and returns the segment length
// and the prepared segments valid for an object made of listed (the
// parts complete names, in order).
func (g *Gateway) mpTake(id string, listed []partUse) (int64, []*market.PreparedSegment) {
	s := g.mpStop(id)
	if s == nil {
		_, l := g.multipartSegLen()
		return l, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*market.PreparedSegment
	for _, ps := range s.segs {
		if len(ps.used) > len(listed) {
			break
		}
		ok := true
		for i, u := range ps.used {
			ok = ok && listed[i] == u
		}
		if !ok {
			break
		}
		out = append(out, ps.seg)
	}
	return s.segLen, out
}

// update records part n and drops the prepared segments it invalidates.
func (s *mpStream) update(n int, rec partRec) {
	s.mu.Lock()
	s.parts[n] = rec
	for i, ps := range s.segs {
		if !s.valid(ps.used) {
			s.segs = s.segs[:i]
			break
		}
	}
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// valid reports whether the parts used are still those recorded (under
// mu).
func (s *mpStream) valid(used []partUse) bool {
	for _, u := range used {
		if r, ok := s.parts[u.n]; !ok || r.ETag != u.etag || r.Size != u.size {
			return false
		}
	}
	return true
}

// run encodes the next full segment whenever its parts are in, until ctx
// ends.
func (s *mpStream) run(ctx context.Context, g *Gateway) {
	defer close(s.done)
	for {
		i, used, src, err := s.next()
		if err == nil && src != nil {
			var ps *market.PreparedSegment
			ps, err = s.prep.PrepareSegment(ctx, src, int64(i)*s.segLen, s.segLen)
			src.Close()
			if err == nil {
				s.mu.Lock()
				if len(s.segs) == i && s.valid(used) {
					s.segs = append(s.segs, mpSeg{seg: ps, used: used})
				}
				s.mu.Unlock()
				continue
			}
		}
		if err != nil && ctx.Err() == nil {
			g.log.Warn("multipart segment not encoded ahead; complete encodes it", "dir", s.dir, "segment", i, "err", err)
		}
		select { // wait for the next part (a failed segment is tried again then)
		case <-s.wake:
		case <-ctx.Done():
			return
		}
	}
}

// next returns the index of the next segment to encode, the parts that
// place and hold it, and a reader of those parts in order; src nil: its
// parts are not all in yet.
func (s *mpStream) next() (int, []partUse, *partsReader, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := len(s.segs)
	start, end := int64(i)*s.segLen, int64(i+1)*s.segLen
	var used []partUse
	var off int64
	for n := 1; off < end; n++ {
		r, ok := s.parts[n]
		if !ok {
			return i, nil, nil, nil
		}
		used = append(used, partUse{n: n, etag: r.ETag, size: r.Size})
		off += r.Size
	}
	src := &partsReader{}
	off = 0
	for _, u := range used {
		if off+u.size > start && u.size > 0 {
			f, err := os.Open(filepath.Join(s.dir, fmt.Sprintf("%05d", u.n)))
			if err != nil {
				src.Close()
				return i, nil, nil, err
			}
			src.files, src.starts, src.sizes = append(src.files, f), append(src.starts, off), append(src.sizes, u.size)
		}
		off += u.size
	}
	return i, used, src, nil
}

// partsReader reads part files as one file (each at its offset in the
// object).
type partsReader struct {
	files  []*os.File
	starts []int64
	sizes  []int64
}

func (r *partsReader) ReadAt(p []byte, off int64) (int, error) {
	n := 0
	for n < len(p) {
		i := sort.Search(len(r.files), func(i int) bool { return r.starts[i]+r.sizes[i] > off })
		if i == len(r.files) || off < r.starts[i] {
			return n, io.EOF
		}
		o := off - r.starts[i]
		want := int(min(int64(len(p)-n), r.sizes[i]-o))
		m, err := r.files[i].ReadAt(p[n:n+want], o)
		n, off = n+m, off+int64(m)
		if m < want {
			if err == nil || errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF // a part shorter than recorded
			}
			return n, fmt.Errorf("read part %s: %w", r.files[i].Name(), err)
		}
	}
	return n, nil
}

// Close closes the part files.
func (r *partsReader) Close() {
	for _, f := range r.files {
		f.Close()
	}
}
