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

	"golang.org/x/sync/singleflight"

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
}

// marketClient is the part of market.Client the adapter uses.
type marketClient interface {
	Put(ctx context.Context, path string) (market.PutResult, error)
	List(ctx context.Context) ([]market.FileEntry, error)
	Get(ctx context.Context, f market.FileEntry, out string) error
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

	flight  singleflight.Group
	mu      sync.Mutex
	entries map[UploadID]market.FileEntry
}

// NewClientNetwork caches whole uploads under dir, up to maxBytes.
func NewClientNetwork(c *market.Client, dir string, maxBytes int64) (*ClientNetwork, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("pack cache %s: %w", dir, err)
	}
	return &ClientNetwork{c: c, dir: dir, maxBytes: maxBytes, entries: map[UploadID]market.FileEntry{}}, nil
}

func (n *ClientNetwork) cachePath(id UploadID) string { return filepath.Join(n.dir, id.String()) }

// Put stores path and links it into the cache.
func (n *ClientNetwork) Put(ctx context.Context, path string) (UploadID, error) {
	res, err := n.c.Put(ctx, path)
	if err != nil {
		return UploadID{}, err
	}
	id := UploadID(res.ID)
	if err := os.Link(path, n.cachePath(id)); err != nil && !errors.Is(err, os.ErrExist) {
		// Another filesystem: copy instead; a failure only costs a download later.
		if f, oerr := os.Open(path); oerr == nil {
			_, _ = atomicfile.WriteFrom(n.cachePath(id), f, 0o600)
			f.Close()
		}
	}
	n.evict()
	return id, nil
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
		out = append(out, Upload{ID: UploadID(f.ID), Name: f.Name, Size: f.Size, Created: f.Created})
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

// ReadRange fetches the whole upload into the cache once (concurrent
// readers share one download) and opens the range from there.
func (n *ClientNetwork) ReadRange(ctx context.Context, id UploadID, off, length int64) (io.ReadCloser, error) {
	p := n.cachePath(id)
	if _, err := os.Stat(p); err != nil {
		_, err, _ := n.flight.Do(id.String(), func() (any, error) {
			if _, err := os.Stat(p); err == nil {
				return nil, nil
			}
			f, err := n.entry(ctx, id)
			if err != nil {
				return nil, err
			}
			tmp := p + ".get"
			if err := n.c.Get(ctx, f, tmp); err != nil {
				return nil, fmt.Errorf("get upload %s: %w", id, err)
			}
			if err := os.Rename(tmp, p); err != nil {
				return nil, err
			}
			n.evict()
			return nil, nil
		})
		if err != nil {
			return nil, err
		}
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("open cached upload %s: %w", id, err)
	}
	now := time.Now()
	_ = os.Chtimes(p, now, now)
	return sectionCloser{io.NewSectionReader(f, off, length), f}, nil
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
		if strings.HasSuffix(e.Name(), ".get") {
			continue
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

type sectionCloser struct {
	*io.SectionReader
	f *os.File
}

func (s sectionCloser) Close() error { return s.f.Close() }
