package s3

import (
	"bufio"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"strconv"
	"strings"

	"github.com/johannesboyne/gofakes3"
)

// maxChunk bounds one signed aws-chunked chunk, which must be held whole
// until its signature is checked (clients send 64 KiB to 1 MiB).
const maxChunk = 8 << 20

func signatureError(format string, args ...any) error {
	return gofakes3.ErrorMessage(gofakes3.ErrorCode("SignatureDoesNotMatch"), fmt.Sprintf(format, args...))
}

func malformed(format string, args ...any) error {
	return gofakes3.ErrorMessage(gofakes3.ErrIncompleteBody, fmt.Sprintf(format, args...))
}

// chunkReader decodes an aws-chunked body: "hex-size[;chunk-signature=sig]\r\n
// data\r\n" … a zero-size chunk, then trailer lines when there are
// trailers. Signed chunks are verified (each signature chains on the
// previous one, the first on the request's) before their bytes are
// released; unsigned ones stream through.
type chunkReader struct {
	body    io.Closer
	r       *bufio.Reader
	signed  bool
	trailer bool
	key     []byte
	amzDate string
	scope   string
	prev    string
	fw      *flagWriter

	buf     []byte // a verified signed chunk not yet read
	store   []byte // buf's backing array, reused
	left    int64  // bytes left of an unsigned chunk
	done    bool
	err     error
	started bool
}

func newChunkReader(body io.ReadCloser, signed, trailer bool, key []byte, s sigRequest, fw *flagWriter) *chunkReader {
	return &chunkReader{body: body, r: bufio.NewReaderSize(body, 64<<10), signed: signed, trailer: trailer, key: key,
		amzDate: s.amzDate.UTC().Format(amzDateFormat), scope: s.scope(), prev: s.signature, fw: fw}
}

func (c *chunkReader) Close() error { return c.body.Close() }

func (c *chunkReader) Read(p []byte) (int, error) {
	for {
		if c.err != nil {
			return 0, c.err
		}
		if len(c.buf) > 0 {
			n := copy(p, c.buf)
			c.buf = c.buf[n:]
			return n, nil
		}
		if c.left > 0 {
			if int64(len(p)) > c.left {
				p = p[:c.left]
			}
			n, err := c.r.Read(p)
			c.left -= int64(n)
			if err != nil {
				if errors.Is(err, io.EOF) {
					err = io.ErrUnexpectedEOF
				}
				c.err = err
			}
			if c.left == 0 && c.err == nil {
				c.err = c.crlf()
			}
			if n > 0 {
				return n, nil
			}
			continue
		}
		if c.done {
			return 0, io.EOF
		}
		c.err = c.next()
	}
}

func (c *chunkReader) crlf() error {
	var two [2]byte
	if _, err := io.ReadFull(c.r, two[:]); err != nil {
		return io.ErrUnexpectedEOF
	}
	if two != [2]byte{'\r', '\n'} {
		return malformed("aws-chunked: chunk not followed by CRLF")
	}
	return nil
}

func (c *chunkReader) line() (string, error) {
	var b strings.Builder
	for b.Len() < 4096 {
		s, err := c.r.ReadSlice('\n')
		b.Write(s)
		if err == nil {
			return strings.TrimRight(b.String(), "\r\n"), nil
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return "", io.ErrUnexpectedEOF
		}
	}
	return "", malformed("aws-chunked: header line too long")
}

// next reads one chunk header (and a signed chunk's data).
func (c *chunkReader) next() error {
	if c.started && c.signed {
		// A signed chunk's CRLF was not consumed with its data.
		if err := c.crlf(); err != nil {
			return err
		}
	}
	c.started = true
	h, err := c.line()
	if err != nil {
		return err
	}
	sizeHex, ext, _ := strings.Cut(h, ";")
	size, err := strconv.ParseInt(strings.TrimSpace(sizeHex), 16, 64)
	if err != nil || size < 0 {
		return malformed("aws-chunked: bad chunk size %q", sizeHex)
	}
	if !c.signed {
		if size == 0 {
			return c.finish()
		}
		c.left = size
		return nil
	}
	sig, ok := strings.CutPrefix(ext, "chunk-signature=")
	if !ok {
		c.fw.forbid = true
		return signatureError("aws-chunked: chunk without a signature")
	}
	if size > maxChunk {
		return malformed("aws-chunked: chunk of %d bytes exceeds %d", size, maxChunk)
	}
	if int64(cap(c.store)) < size {
		c.store = make([]byte, size)
	}
	data := c.store[:size]
	if _, err := io.ReadFull(c.r, data); err != nil {
		return io.ErrUnexpectedEOF
	}
	sum := sha256.Sum256(data)
	sts := strings.Join([]string{"AWS4-HMAC-SHA256-PAYLOAD", c.amzDate, c.scope, c.prev, emptySHA256, hex.EncodeToString(sum[:])}, "\n")
	want := hex.EncodeToString(hmacSHA256(c.key, sts))
	if !hmac.Equal([]byte(want), []byte(sig)) {
		c.fw.forbid = true
		return signatureError("aws-chunked: chunk signature does not match")
	}
	c.prev = sig
	c.buf = data
	if size == 0 {
		if err := c.crlfOrTrailer(); err != nil {
			return err
		}
		c.done = true
	}
	return nil
}

// crlfOrTrailer ends a signed body: its final CRLF, or trailer lines.
func (c *chunkReader) crlfOrTrailer() error {
	if !c.trailer {
		return c.crlf()
	}
	return c.finish()
}

// finish reads trailer lines (checksums; not verified) up to the blank line.
func (c *chunkReader) finish() error {
	c.done = true
	if !c.trailer {
		return c.crlf()
	}
	for i := 0; i < 16; i++ {
		l, err := c.line()
		if err != nil {
			// Some clients end the body right after the last trailer.
			if errors.Is(err, io.ErrUnexpectedEOF) && i > 0 {
				return nil
			}
			return err
		}
		if l == "" {
			return nil
		}
	}
	return malformed("aws-chunked: too many trailer lines")
}

// hashCheckReader checks a streamed body against its signed SHA-256 at EOF.
type hashCheckReader struct {
	r    io.ReadCloser
	want string
	h    hash.Hash
	fw   *flagWriter
}

func (h *hashCheckReader) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	h.h.Write(p[:n])
	if errors.Is(err, io.EOF) && hex.EncodeToString(h.h.Sum(nil)) != h.want {
		h.fw.forbid = true
		return n, gofakes3.ErrorMessage(gofakes3.ErrorCode("XAmzContentSHA256Mismatch"), "the body's SHA-256 is not the signed x-amz-content-sha256")
	}
	return n, err
}

func (h *hashCheckReader) Close() error { return h.r.Close() }
