package market

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/cairn-storage/cairn/internal/atomicfile"
)

// packFile is one file whose bytes go into a folder blob's pack.
type packFile struct {
	path  string
	size  int64
	mtime int64
	start int64 // offset in the pack
}

// packSource is a folder blob as an io.ReaderAt: the head (magic, index)
// then the files' bytes, read from the files themselves (a few kept open).
type packSource struct {
	head  []byte
	files []packFile // by start
	mu    sync.Mutex
	open  map[string]*os.File
	order []string
}

const packOpenFiles = 32

func (s *packSource) ReadAt(p []byte, off int64) (int, error) {
	n := 0
	for n < len(p) {
		if off < int64(len(s.head)) {
			c := copy(p[n:], s.head[off:])
			n, off = n+c, off+int64(c)
			continue
		}
		po := off - int64(len(s.head))
		i := sort.Search(len(s.files), func(i int) bool { return s.files[i].start+s.files[i].size > po })
		if i == len(s.files) {
			return n, io.EOF
		}
		pf := s.files[i]
		if pf.start > po {
			return n, fmt.Errorf("pack has no byte at %d", po)
		}
		f, err := s.file(pf.path)
		if err != nil {
			return n, err
		}
		want := min(int64(len(p)-n), pf.start+pf.size-po)
		got, err := f.ReadAt(p[n:n+int(want)], po-pf.start)
		n, off = n+got, off+int64(got)
		if int64(got) < want {
			return n, fmt.Errorf("read %s: %d of %d bytes (the file changed?): %w", pf.path, got, want, errOr(err, io.ErrUnexpectedEOF))
		}
	}
	return n, nil
}

func errOr(err, def error) error {
	if err != nil && err != io.EOF {
		return err
	}
	return def
}

func (s *packSource) file(path string) (*os.File, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f, ok := s.open[path]; ok {
		return f, nil
	}
	if len(s.order) >= packOpenFiles {
		old := s.order[0]
		s.order = s.order[1:]
		s.open[old].Close()
		delete(s.open, old)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	s.open[path] = f
	s.order = append(s.order, path)
	return f, nil
}

// changed reports whether a file in the pack changed since it was listed.
func (s *packSource) changed() bool {
	for _, pf := range s.files {
		st, err := os.Stat(pf.path)
		if err != nil || st.Size() != pf.size || st.ModTime().UnixNano() != pf.mtime {
			return true
		}
	}
	return false
}

// Close closes the files kept open.
func (s *packSource) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.open {
		f.Close()
	}
	s.open, s.order = map[string]*os.File{}, nil
}

// GetTree restores the stored folder f under out (created if needed): its
// directories, files (bytes from whichever blob holds them), symlinks (as
// links), modes and mtimes. Existing files are not overwritten unless
// force.
func (c *Client) GetTree(ctx context.Context, f FileEntry, out string, force bool) (TreeResult, error) {
	idx, packStart, err := c.readTreeIndex(ctx, f)
	if err != nil {
		return TreeResult{}, err
	}
	res := TreeResult{ID: f.ID, Name: f.Name}
	type blob struct {
		f    FileEntry
		pack int64
	}
	blobs := map[string]blob{"": {f, packStart}}
	if err := os.MkdirAll(out, 0o700); err != nil {
		return res, err
	}
	var dirs []TreeEntry
	for _, e := range idx.Entries {
		if !filepath.IsLocal(filepath.FromSlash(e.Path)) {
			return res, fmt.Errorf("%s: entry %q leaves the folder: %w", f.Name, e.Path, ErrNotFolder)
		}
		dst := filepath.Join(out, filepath.FromSlash(e.Path))
		if e.Kind != "d" {
			if _, err := os.Lstat(dst); err == nil {
				if !force {
					return res, fmt.Errorf("%s exists (use --force to overwrite)", dst)
				}
				if err := os.Remove(dst); err != nil {
					return res, err
				}
			}
		}
		switch e.Kind {
		case "d":
			if err := os.MkdirAll(dst, 0o700); err != nil {
				return res, err
			}
			dirs = append(dirs, e)
			res.Dirs++
		case "l":
			if err := os.Symlink(e.Target, dst); err != nil {
				return res, err
			}
			res.Links++
		case "f":
			b, ok := blobs[e.Blob]
			if !ok {
				bf, err := c.Resolve(ctx, e.Blob)
				if err != nil {
					return res, fmt.Errorf("%s: the blob holding %s: %w", f.Name, e.Path, err)
				}
				_, pack, err := c.readTreeIndex(ctx, bf)
				if err != nil {
					return res, err
				}
				b = blob{bf, pack}
				blobs[e.Blob] = b
			}
			if err := c.restoreFile(ctx, b.f, b.pack+e.Offset, e, dst); err != nil {
				return res, fmt.Errorf("%s: %w", e.Path, err)
			}
			res.Files++
			res.Size += e.Size
		}
	}
	// Directories last, deepest first, so writing children does not reset them.
	for i := len(dirs) - 1; i >= 0; i-- {
		e := dirs[i]
		dst := filepath.Join(out, filepath.FromSlash(e.Path))
		if err := os.Chmod(dst, os.FileMode(e.Mode)); err != nil {
			return res, err
		}
		if err := os.Chtimes(dst, unixNano(e.MtimeNs), unixNano(e.MtimeNs)); err != nil {
			return res, err
		}
	}
	return res, nil
}

func (c *Client) restoreFile(ctx context.Context, blob FileEntry, off int64, e TreeEntry, dst string) error {
	a, err := atomicfile.Create(dst, os.FileMode(e.Mode))
	if err != nil {
		return err
	}
	defer a.Abort()
	if e.Size > 0 {
		if err := c.GetTo(ctx, blob, a, off, e.Size); err != nil {
			return err
		}
	}
	if err := a.Commit(); err != nil {
		return err
	}
	if err := os.Chmod(dst, os.FileMode(e.Mode)); err != nil {
		return err
	}
	return os.Chtimes(dst, unixNano(e.MtimeNs), unixNano(e.MtimeNs))
}

func unixNano(ns int64) time.Time { return time.Unix(0, ns) }
