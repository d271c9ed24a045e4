package s3

import (
	"crypto/md5"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/johannesboyne/gofakes3"

	"github.com/cairn-storage/cairn/internal/atomicfile"
)

// blobs is the local buffer: one file per object body, written to a temp
// file, fsynced and renamed into place before the index points at it. A
// blob is immutable once named.
type blobs struct{ dir string }

func newBlobID() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	return hex.EncodeToString(b[:]), nil
}

func (b blobs) path(id string) string { return filepath.Join(b.dir, id) }

// written is a blob just stored.
type written struct {
	ID   string
	Size int64
	MD5  []byte
}

// write streams exactly size bytes of r into a new blob (size < 0: until
// EOF). A short body is ErrIncompleteBody, a longer one too; on any error
// nothing is left behind.
func (b blobs) write(r io.Reader, size int64) (written, error) {
	return b.writeWith(r, size, nil)
}

// writeWith is write that calls started once the temp file exists (its
// path); the function it returns, if any, learns the bytes written so
// far after each write.
func (b blobs) writeWith(r io.Reader, size int64, started func(id, tmp string) func(int64)) (written, error) {
	id, err := newBlobID()
	if err != nil {
		return written{}, err
	}
	a, err := atomicfile.Create(b.path(id), 0o600)
	if err != nil {
		return written{}, err
	}
	defer a.Abort()
	var f io.Writer = a
	if started != nil {
		if progress := started(id, a.Name()); progress != nil {
			f = &progressWriter{w: a, progress: progress}
		}
	}
	// gofakes3 already hashes a PUT's body for its Content-MD5 check: take
	// its sum instead of hashing twice.
	summer, hashed := r.(interface{ Sum([]byte) []byte })
	var n int64
	var sum []byte
	if hashed {
		n, err = copyBody(f, r, size)
		sum = summer.Sum(nil)
	} else {
		h := md5.New()
		n, err = copyBody(io.MultiWriter(f, h), r, size)
		sum = h.Sum(nil)
	}
	if err != nil {
		return written{}, err
	}
	if err := a.Commit(); err != nil {
		return written{}, err
	}
	return written{ID: id, Size: n, MD5: sum}, nil
}

// progressWriter reports the running total after each write.
type progressWriter struct {
	w        io.Writer
	n        int64
	progress func(int64)
}

func (p *progressWriter) Write(b []byte) (int, error) {
	n, err := p.w.Write(b)
	p.n += int64(n)
	p.progress(p.n)
	return n, err
}

// concat writes the files at paths one after another into a new blob,
// file to file (copy_file_range: no pass through user space, no hash: a
// multipart ETag comes from the parts' MD5s).
func (b blobs) concat(paths []string) (written, error) {
	id, err := newBlobID()
	if err != nil {
		return written{}, err
	}
	tmp, err := atomicfile.Create(b.path(id), 0o600)
	if err != nil {
		return written{}, err
	}
	defer tmp.Abort()
	var total int64
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return written{}, err
		}
		n, err := io.Copy(tmp, f)
		f.Close()
		if err != nil {
			return written{}, fmt.Errorf("assemble %s: %w", p, err)
		}
		total += n
	}
	if err := tmp.Commit(); err != nil {
		return written{}, err
	}
	return written{ID: id, Size: total}, nil
}

// copyBody copies size bytes (size < 0: all) and then checks r is at its
// end, so readers that verify a digest at EOF get to do so.
func copyBody(w io.Writer, r io.Reader, size int64) (int64, error) {
	if size < 0 {
		n, err := io.Copy(w, r)
		if err != nil {
			return n, bodyError(err)
		}
		return n, nil
	}
	n, err := io.CopyN(w, r, size)
	if err != nil {
		if errors.Is(err, io.EOF) {
			return n, gofakes3.ErrIncompleteBody
		}
		return n, bodyError(err)
	}
	var one [1]byte
	m, err := io.ReadFull(r, one[:])
	if m > 0 {
		return n, gofakes3.ErrorMessage(gofakes3.ErrIncompleteBody, "the body is longer than its declared length")
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return n, bodyError(err)
	}
	return n, nil
}

// bodyError keeps gofakes3's S3 errors (BadDigest from its MD5 reader, our
// chunk-signature errors) and wraps the rest: a client that went away.
func bodyError(err error) error {
	var s3e gofakes3.Error
	if errors.As(err, &s3e) {
		return err
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return gofakes3.ErrIncompleteBody
	}
	return fmt.Errorf("read body: %w", err)
}

func (b blobs) open(id string) (*os.File, error) { return os.Open(b.path(id)) }

func (b blobs) remove(id string) error {
	if id == "" || strings.ContainsAny(id, `/\`) {
		return nil
	}
	if err := os.Remove(b.path(id)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}
