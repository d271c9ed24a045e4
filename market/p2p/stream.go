package p2p

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
)

// stream frames a libp2p stream, with a deadline of idle on every frame read or write.
type stream struct {
	s    network.Stream
	r    *bufio.Reader // made on the first readFrame, after the request is read
	buf  []byte        // reused payload buffer of readFrame
	req  [frameHeader + pushRequestLen]byte
	idle time.Duration
}

func newStream(s network.Stream, idle time.Duration) *stream {
	return &stream{s: s, idle: idle}
}

// readRequest reads the first frame of a served stream into the stream's
// fixed request buffer, straight from the stream (no buffered reader
// yet): a frame of another type or longer than a request is refused after
// its 5-byte header.
func (c *stream) readRequest(deadline time.Time) (byte, []byte, error) {
	if err := c.s.SetReadDeadline(deadline); err != nil {
		return 0, nil, fmt.Errorf("%w: %w", ErrTransport, err)
	}
	hdr := c.req[:frameHeader]
	if _, err := io.ReadFull(c.s, hdr); err != nil {
		return 0, nil, fmt.Errorf("%w: %w", ErrTransport, noEOF(err))
	}
	typ, n := hdr[0], binary.BigEndian.Uint32(hdr[1:])
	if typ != frameRequest {
		return 0, nil, errProtocolf("first frame of type %d, want a request", typ)
	}
	if n > pushRequestLen {
		return 0, nil, fmt.Errorf("request frame of %d bytes, limit %d: %w", n, pushRequestLen, ErrProtocol)
	}
	p := c.req[frameHeader : frameHeader+int(n)]
	if _, err := io.ReadFull(c.s, p); err != nil {
		return 0, nil, fmt.Errorf("%w: read frame payload: %w", ErrTransport, noEOF(err))
	}
	return typ, p, nil
}

// read reads one frame within the idle deadline; the payload is valid until the next
// read.
func (c *stream) read() (byte, []byte, error) {
	return c.readUntil(time.Now().Add(c.idle))
}

// readUntil reads one frame by deadline (zero: none).
func (c *stream) readUntil(deadline time.Time) (byte, []byte, error) {
	if err := c.s.SetReadDeadline(deadline); err != nil {
		return 0, nil, fmt.Errorf("%w: %w", ErrTransport, err)
	}
	return c.readFrame()
}

// readFrame reads one frame under whatever read deadline is set.
func (c *stream) readFrame() (byte, []byte, error) {
	if c.r == nil {
		c.r = bufio.NewReader(c.s)
	}
	typ, p, err := readFrame(c.r, c.buf)
	if cap(p) > cap(c.buf) {
		c.buf = p[:0]
	}
	if err != nil && !errors.Is(err, ErrProtocol) {
		err = fmt.Errorf("%w: %w", ErrTransport, noEOF(err))
	}
	return typ, p, err
}

// write writes a frame whose payload is frame[frameHeader:].
func (c *stream) write(typ byte, frame []byte) error {
	if err := c.s.SetWriteDeadline(time.Now().Add(c.idle)); err != nil {
		return fmt.Errorf("%w: %w", ErrTransport, err)
	}
	if err := writeFrame(c.s, typ, frame); err != nil {
		return fmt.Errorf("%w: %w", ErrTransport, err)
	}
	return nil
}

func (c *stream) respond(r response) error {
	return c.write(frameResponse, encodeResponse(r))
}

// readResponse reads a frame that must be a response, within the idle deadline.
func (c *stream) readResponse() (response, error) {
	return c.readResponseUntil(time.Now().Add(c.idle))
}

// readResponseUntil reads a frame that must be a response, by deadline (zero: none).
func (c *stream) readResponseUntil(deadline time.Time) (response, error) {
	if err := c.s.SetReadDeadline(deadline); err != nil {
		return response{}, fmt.Errorf("%w: %w", ErrTransport, err)
	}
	return c.readResponseFrame()
}

// readResponseFrame reads a response under whatever read deadline is set.
func (c *stream) readResponseFrame() (response, error) {
	typ, p, err := c.readFrame()
	if err != nil {
		return response{}, err
	}
	if typ != frameResponse {
		return response{}, errProtocolf("frame type %d, want a response", typ)
	}
	return decodeResponse(p)
}
