package s3

import (
	"errors"
	"fmt"
	"io"
)

// primeBytes is how much of an object's body GetObject reads before the
// response starts.
const primeBytes = 32 << 10

// primed is a body whose first bytes were already read: a read that
// fails at once (a range fetched from the providers, a download that
// failed) fails before the status line is sent, as an S3 error the client
// retries, instead of a cut connection after a 200 and a Content-Length
// (which clients report as "unexpected EOF").
type primed struct {
	head []byte
	rest io.ReadCloser
}

// errShortRead: the body ended before the length the index gives.
var errShortRead = errors.New("object body shorter than its size")

// prime reads min(n, primeBytes) bytes of r; on failure r is closed.
func prime(r io.ReadCloser, n int64) (*primed, error) {
	head := make([]byte, min(n, primeBytes))
	got, err := io.ReadFull(r, head)
	if err != nil {
		r.Close()
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("%w: %d of the first %d bytes: %w", errShortRead, got, len(head), err)
		}
		return nil, err
	}
	return &primed{head: head, rest: r}, nil
}

func (p *primed) Read(b []byte) (int, error) {
	if len(p.head) > 0 {
		n := copy(b, p.head)
		p.head = p.head[n:]
		return n, nil
	}
	return p.rest.Read(b)
}

// WriteTo keeps the rest's own WriteTo (a cached file's sendfile).
func (p *primed) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(p.head)
	p.head = p.head[n:]
	if err != nil {
		return int64(n), err
	}
	m, err := io.Copy(w, p.rest)
	return int64(n) + m, err
}

func (p *primed) Close() error { return p.rest.Close() }
