package p2p

import (
	"bufio"
	"errors"
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
)

// stream frames a libp2p stream, with a deadline of idle on every frame read or write.
type stream struct {
	s    network.Stream
	r    *bufio.Reader
	buf  []byte // reused payload buffer of readFrame
	idle time.Duration
}

func newStream(s network.Stream, idle time.Duration) *stream {
	return &stream{s: s, r: bufio.NewReader(s), idle: idle}
}

// read reads one frame; the payload is valid until the next read.
func (c *stream) read() (byte, []byte, error) {
	if err := c.s.SetReadDeadline(time.Now().Add(c.idle)); err != nil {
		return 0, nil, fmt.Errorf("%w: %w", ErrTransport, err)
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

// readResponse reads a frame that must be a response.
func (c *stream) readResponse() (response, error) {
	typ, p, err := c.read()
	if err != nil {
		return response{}, err
	}
	if typ != frameResponse {
		return response{}, errProtocolf("frame type %d, want a response", typ)
	}
	return decodeResponse(p)
}
