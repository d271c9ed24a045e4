package s3

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/cairn-storage/cairn/internal/atomicfile"
	"github.com/cairn-storage/cairn/market"
)

// UploadID names one cairn upload (a storage request id).
type UploadID [32]byte

func (u UploadID) String() string { return "0x" + hex.EncodeToString(u[:]) }

// ParseUploadID reads the 0x-hex form.
func ParseUploadID(s string) (UploadID, error) {
	var u UploadID
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != len(u) {
		return u, fmt.Errorf("upload id %q: not 32 bytes of hex", s)
	}
	copy(u[:], b)
	return u, nil
}

// Upload is one stored file of the wallet.
type Upload struct {
	ID      UploadID
	Name    string
	Size    int64
	Created time.Time
	Active  bool // every slot filled, storage running
}

// Network is what the gateway needs from the owner's cairn client.
type Network interface {
	// Put stores the local file at path as one upload, named base(path)
	// in its sealed manifest, and returns once every slot is filled.
	Put(ctx context.Context, path string) (UploadID, error)
	// ReadRange opens n bytes at off of upload id.
	ReadRange(ctx context.Context, id UploadID, off, n int64) (io.ReadCloser, error)
	// Uploads lists the wallet's uploads, from the chain and the mnemonic.
	Uploads(ctx context.Context) ([]Upload, error)
	// Release ends the storage of upload id early (v2 terminateRequest
	// of each of its requests; the unspent escrow returns to the
	// wallet). An upload already ended is no error.
	Release(ctx context.Context, id UploadID) error
}

// marketClient is the part of market.Client the adapter uses.
type marketClient interface {
	Put(ctx context.Context, path string) (market.PutResult, error)
	List(ctx context.Context) ([]market.FileEntry, error)
	GetCached(ctx context.Context, f market.FileEntry, out string) error
	Terminate(ctx context.Context, id [32]byte) (market.Terminated, error)
}

// ClientNetwork adapts today's market.Client: it can only put a whole file
// from a path and get a whole file to a path, so ranges are served from a
// local cache of whole uploads (a file just put is linked into the cache,
// so reading it back costs no download). When the client gains range reads
// this adapter shrinks to a forward.
type ClientNetwork struct {
	c        marketClient
	dir      string
	maxBytes int64

	mu       sync.Mutex
	entries  map[UploadID]market.FileEntry
	inflight map[UploadID]*download
	ranged   map[UploadID]int        // range reads per upload, for rangeGetter
	requests map[UploadID][][32]byte // the requests of uploads put by this process
	wg       sync.WaitGroup
}

// NewClientNetwork caches whole uploads under dir, up to maxBytes.
func NewClientNetwork(c *market.Client, dir string, maxBytes int64) (*ClientNetwork, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("pack cache %s: %w", dir, err)
	}
	// Partial downloads of an earlier run are of no use.
	for _, pat := range []string{".*.tmp-*", "*.get"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		for _, p := range m {
			_ = os.Remove(p)
		}
	}
	return &ClientNetwork{c: c, dir: dir, maxBytes: maxBytes, entries: map[UploadID]market.FileEntry{}, inflight: map[UploadID]*download{}, ranged: map[UploadID]int{},
		requests: map[UploadID][][32]byte{}}, nil
}

func (n *ClientNetwork) cachePath(id UploadID) string { return filepath.Join(n.dir, id.String()) }

// Put stores path and links it into the cache.
func (n *ClientNetwork) Put(ctx context.Context, path string) (UploadID, error) {
	res, err := n.c.Put(ctx, path)
	if err != nil {
		return UploadID{}, err
	}
	return n.stored(res, path), nil
}

// growingPutter is a client that puts from a file still being written.
type growingPutter interface {
	PutGrowing(ctx context.Context, name string, src *market.GrowingFile, size int64) (market.PutResult, error)
}

// PutGrowing stores size bytes of src, named name, while they are still
// written (market.Client.PutGrowing), and links path, where the complete
// file is then, into the cache.
func (n *ClientNetwork) PutGrowing(ctx context.Context, name, path string, src *market.GrowingFile, size int64) (UploadID, error) {
	gp, ok := n.c.(growingPutter)
	if !ok {
		return UploadID{}, errors.New("client cannot put a growing file")
	}
	res, err := gp.PutGrowing(ctx, name, src, size)
	if err != nil {
		return UploadID{}, err
	}
	return n.stored(res, path), nil
}

// stored records a put's requests and links its file into the cache.
func (n *ClientNetwork) stored(res market.PutResult, path string) UploadID {
	id := UploadID(res.ID)
	reqs := [][32]byte{res.ID}
	if res.Parts != nil {
		reqs = reqs[:0]
		for _, p := range res.Parts {
			reqs = append(reqs, p.ID)
		}
	}
	n.mu.Lock()
	n.requests[id] = reqs
	n.mu.Unlock()
	if err := os.Link(path, n.cachePath(id)); err != nil && !errors.Is(err, os.ErrExist) {
		// Another filesystem: copy instead; a failure only costs a download later.
		if f, oerr := os.Open(path); oerr == nil {
			_, _ = atomicfile.WriteFrom(n.cachePath(id), f, 0o600)
			f.Close()
		}
	}
	n.evict()
	return id
}

// Uploads lists the wallet's files and remembers their entries for Get.
func (n *ClientNetwork) Uploads(ctx context.Context) ([]Upload, error) {
	files, err := n.c.List(ctx)
	if err != nil {
		return nil, err
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	out := make([]Upload, 0, len(files))
	for _, f := range files {
		n.entries[UploadID(f.ID)] = f
		out = append(out, Upload{ID: UploadID(f.ID), Name: f.Name, Size: f.Size, Created: f.Created, Active: f.State == "active"})
	}
	return out, nil
}

func (n *ClientNetwork) entry(ctx context.Context, id UploadID) (market.FileEntry, error) {
	n.mu.Lock()
	f, ok := n.entries[id]
	n.mu.Unlock()
	if ok {
		return f, nil
	}
	if _, err := n.Uploads(ctx); err != nil {
		return market.FileEntry{}, err
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if f, ok = n.entries[id]; !ok {
		return market.FileEntry{}, fmt.Errorf("upload %s: %w", id, market.ErrUnknownRequest)
	}
	return f, nil
}

// ReadRange opens the range from the cache; an upload not cached yet is
// downloaded once (concurrent readers share the download) and the range is
// served as the decoded bytes arrive, not after the whole upload.
func (n *ClientNetwork) ReadRange(ctx context.Context, id UploadID, off, length int64) (io.ReadCloser, error) {
	p := n.cachePath(id)
	if f, err := os.Open(p); err == nil {
		if st, err := f.Stat(); err == nil && st.Size() >= off+length {
			now := time.Now()
			_ = os.Chtimes(p, now, now)
			return fileRangeOf(f, off, length)
		}
		// Shorter than the range: not the upload (a cache written by a
		// crash or another tool); fetch it again.
		f.Close()
		_ = os.Remove(p)
	}
	if rg, ok := n.c.(rangeGetter); ok {
		f, err := n.entry(ctx, id)
		if err != nil {
			return nil, err
		}
		// The first small read of an upload fetches its stripes alone; a
		// second one (a sync, a restore walking a pack) fetches the whole
		// upload into the cache once instead of stripe after stripe. A
		// read of most of a large upload (a GET of a large object) streams
		// from the providers to the client uncached, unless a download
		// into the cache is already running.
		n.mu.Lock()
		first := n.ranged[id] == 0
		small := length < f.Size/2
		if small {
			n.ranged[id]++
		}
		downloading := n.inflight[id] != nil
		n.mu.Unlock()
		if !downloading && ((first && small) || (!small && length >= streamReadMin)) {
			return &rangeThenWhole{n: n, ctx: ctx, id: id, r: n.getRange(ctx, rg, f, off, length), pos: off, end: off + length}, nil
		}
	}
	return n.follow(ctx, id, off, length)
}

// streamReadMin is the smallest read of at least half an upload that
// streams from the providers instead of through the cache. Writing a
// large upload into the cache while serving it from there doubled the
// work of a cold GET (1 GiB: 6.6 s against the client's 3.4 s, idle
// machine, BENCHMARKS.md "S3 gateway"), and a large object is seldom
// read twice (a restore reads it once); small uploads (packs) are read
// object after object and stay cached.
const streamReadMin = 16 << 20

// follow reads [off, off+length) of the whole upload as it is downloaded
// into the cache (a running download is shared).
func (n *ClientNetwork) follow(ctx context.Context, id UploadID, off, length int64) (io.ReadCloser, error) {
	d, err := n.download(ctx, id)
	if err != nil {
		return nil, err
	}
	p := n.cachePath(id)
	return &follower{ctx: ctx, d: d, final: p, pattern: filepath.Join(n.dir, "."+filepath.Base(p)+".get.tmp-*"), pos: off, end: off + length}, nil
}

// rangeThenWhole is a range read that, if it fails, reads the rest of the
// range from the whole upload: a provider that is slow or refuses a span
// costs a download, not the client's GET (whose headers are already sent).
type rangeThenWhole struct {
	n        *ClientNetwork
	ctx      context.Context
	id       UploadID
	r        io.ReadCloser
	pos, end int64
	switched bool
}

func (r *rangeThenWhole) Read(p []byte) (int, error) {
	k, err := r.r.Read(p)
	r.pos += int64(k)
	if err == nil || errors.Is(err, io.EOF) || r.switched || r.ctx.Err() != nil {
		return k, err
	}
	r.r.Close()
	r.switched = true
	whole, ferr := r.n.follow(r.ctx, r.id, r.pos, r.end-r.pos)
	if ferr != nil {
		return k, fmt.Errorf("%w; whole upload: %w", err, ferr)
	}
	r.r = whole
	if k > 0 {
		return k, nil
	}
	return r.r.Read(p)
}

func (r *rangeThenWhole) Close() error { return r.r.Close() }

// rangeGetter is a client that reads a range of a file from only the
// stripes that hold it (market.Client.GetTo, from the client issue's range
// reads). With it, a small object of a pack that is not cached costs its
// stripes, not the whole pack.
type rangeGetter interface {
	GetTo(ctx context.Context, f market.FileEntry, w io.Writer, off, n int64) error
}

// getRange streams [off, off+n) of f from the providers through a pipe; the
// goroutine ends when GetTo returns (a closed reader fails its writes).
func (n *ClientNetwork) getRange(ctx context.Context, rg rangeGetter, f market.FileEntry, off, length int64) io.ReadCloser {
	pr, pw := io.Pipe()
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		err := rg.GetTo(ctx, f, pw, off, length)
		if err != nil {
			err = fmt.Errorf("read range of upload 0x%x: %w", f.ID, err)
		}
		pw.CloseWithError(err)
	}()
	return pr
}

// download is one upload being fetched into the cache.
type download struct {
	done chan struct{}
	err  error
}

// download returns the running download of id, or starts one.
func (n *ClientNetwork) download(ctx context.Context, id UploadID) (*download, error) {
	n.mu.Lock()
	d := n.inflight[id]
	n.mu.Unlock()
	if d != nil {
		return d, nil
	}
	f, err := n.entry(ctx, id)
	if err != nil {
		return nil, err
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if d := n.inflight[id]; d != nil {
		return d, nil
	}
	d = &download{done: make(chan struct{})}
	n.inflight[id] = d
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		p := n.cachePath(id)
		err := n.c.GetCached(ctx, f, p+".get") // read back at once: page cache
		if err == nil {
			err = os.Rename(p+".get", p)
		}
		if err != nil {
			err = fmt.Errorf("get upload %s: %w", id, err)
		}
		n.mu.Lock()
		delete(n.inflight, id)
		n.mu.Unlock()
		d.err = err
		close(d.done)
		if err == nil {
			n.evict()
		}
	}()
	return d, nil
}

// Close waits for running downloads (cancel their context first).
func (n *ClientNetwork) Close() { n.wg.Wait() }

// follower reads [pos, end) of an upload while it is being downloaded: the
// client decodes into a temp file sequentially, renamed into the cache
// when complete (an open file survives the rename).
type follower struct {
	ctx        context.Context
	d          *download
	final      string
	pattern    string
	f          *os.File
	pos, end   int64
	doneChecks int
}

func (fl *follower) open() {
	if fl.f != nil {
		return
	}
	if f, err := os.Open(fl.final); err == nil {
		fl.f = f
		return
	}
	if m, _ := filepath.Glob(fl.pattern); len(m) > 0 {
		if f, err := os.Open(m[0]); err == nil {
			fl.f = f
		}
	}
}

func (fl *follower) Read(p []byte) (int, error) {
	if fl.pos >= fl.end {
		return 0, io.EOF
	}
	if int64(len(p)) > fl.end-fl.pos {
		p = p[:fl.end-fl.pos]
	}
	for {
		fl.open()
		if fl.f != nil {
			n, err := fl.f.ReadAt(p, fl.pos)
			if n > 0 {
				fl.pos += int64(n)
				return n, nil
			}
			if err != nil && !errors.Is(err, io.EOF) {
				return 0, err
			}
		}
		select {
		case <-fl.d.done:
			if fl.d.err != nil {
				return 0, fl.d.err
			}
			// Complete: the bytes are there, or the upload is shorter
			// than the index says.
			if fl.doneChecks++; fl.doneChecks > 2 {
				return 0, io.ErrUnexpectedEOF
			}
		case <-fl.ctx.Done():
			return 0, fl.ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func (fl *follower) Close() error {
	if fl.f != nil {
		return fl.f.Close()
	}
	return nil
}

// evict removes the least recently read uploads above the cache bound.
// An open reader keeps its file (unlinked files stay readable).
func (n *ClientNetwork) evict() {
	ents, err := os.ReadDir(n.dir)
	if err != nil {
		return
	}
	type item struct {
		path  string
		size  int64
		mtime time.Time
	}
	var items []item
	var total int64
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".") || strings.HasSuffix(e.Name(), ".get") {
			continue // a download in progress
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		items = append(items, item{filepath.Join(n.dir, e.Name()), info.Size(), info.ModTime()})
		total += info.Size()
	}
	sort.Slice(items, func(i, j int) bool { return items[i].mtime.Before(items[j].mtime) })
	for _, it := range items {
		if total <= n.maxBytes {
			break
		}
		if os.Remove(it.path) == nil {
			total -= it.size
		}
	}
}
