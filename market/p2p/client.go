package p2p

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// NewRequest builds an unsigned request for the peer p with a random nonce and an
// expiry Config.RequestTTL from now.
func (h *Host) NewRequest(p peer.ID, op Op, slot [32]byte, offset, length uint64) ShardRequest {
	r := ShardRequest{
		Slot:   slot,
		Peer:   PeerHash(p),
		Op:     op,
		Offset: offset,
		Length: length,
		Expiry: uint64(time.Now().Add(h.cfg.RequestTTL).Unix()),
	}
	_, _ = rand.Read(r.Nonce[:]) // never fails (crypto/rand)
	return r
}

// Sign signs r in the host's domain (Config.ChainID, Config.Marketplace).
func (h *Host) Sign(r ShardRequest, s Signer) (SignedRequest, error) {
	return h.dom.Sign(r, s)
}

// Push sends the shard of slot (size bytes read from r, with Merkle root root) to the
// peer p, signed by s. If p already holds part of it from an interrupted push, only the
// rest is sent: r is read in order from that offset, so a wrapper around it can report
// progress. p's addresses must be known (Connect). It returns when p has committed the
// shard: nil, or a *RemoteError
// (errors.Is ErrUnauthorized, ErrInvalidShard, ErrBusy, …), ErrTransport, or ctx's error.
func (h *Host) Push(ctx context.Context, p peer.ID, slot [32]byte, size int64, root [32]byte, r io.ReaderAt, s Signer) error {
	if size <= 0 {
		return fmt.Errorf("push slot %x: size %d: %w", slot[:4], size, ErrBadRequest)
	}
	sr, err := h.Sign(h.NewRequest(p, OpPush, slot, 0, uint64(size)), s)
	if err != nil {
		return fmt.Errorf("push slot %x: %w", slot[:4], err)
	}
	return h.PushSigned(ctx, p, sr, root, r)
}

// PushSigned is Push with a request signed by the caller (sr.Op OpPush, sr.Length the
// shard size).
func (h *Host) PushSigned(ctx context.Context, p peer.ID, sr SignedRequest, root [32]byte, r io.ReaderAt) error {
	if err := h.push(ctx, p, sr, root, r); err != nil {
		return fmt.Errorf("push slot %x to %s: %w", sr.Slot[:4], p, withCause(ctx, err))
	}
	return nil
}

func (h *Host) push(ctx context.Context, p peer.ID, sr SignedRequest, root [32]byte, r io.ReaderAt) (err error) {
	if sr.Op != OpPush {
		return fmt.Errorf("op %s: %w", sr.Op, ErrBadRequest)
	}
	c, done, err := h.open(ctx, p)
	if err != nil {
		return err
	}
	defer func() { done(err) }()
	if err := c.write(frameRequest, encodeRequest(sr, root)); err != nil {
		return fmt.Errorf("send request: %w", err)
	}
	resp, err := c.readResponse()
	if err != nil {
		return fmt.Errorf("read response: %w", err)
	}
	if err := resp.err(); err != nil {
		return err
	}
	size, off := sr.Length, resp.A
	if off > size {
		return errProtocolf("peer resumes at %d of %d bytes", off, size)
	}
	// The peer answers once more: after the last byte, or early if it refuses midway.
	// Wait for that answer beside the writes, so that a refusal stops the upload at
	// once rather than when the peer's window runs out.
	final := make(chan pushResult, 1)
	if err := c.s.SetReadDeadline(time.Time{}); err != nil {
		return fmt.Errorf("%w: %w", ErrTransport, err)
	}
	go func() {
		resp, err := c.readResponseFrame()
		if err != nil || resp.Status != StatusOK {
			_ = c.s.Reset() // unblock the writer
		}
		final <- pushResult{resp, err}
	}()
	werr := h.sendShard(c, r, off, size)
	if werr == nil {
		// The peer checks the root before it answers: allow it time to.
		werr = c.s.SetReadDeadline(time.Now().Add(h.commitWait(size)))
	}
	if werr == nil {
		if err := c.s.CloseWrite(); err != nil {
			werr = fmt.Errorf("%w: close write: %w", ErrTransport, err)
		}
	}
	if werr != nil {
		_ = c.s.Reset()
	}
	res := <-final
	switch {
	case res.err == nil && res.resp.Status != StatusOK:
		return res.resp.err() // the peer's reason comes first
	case werr != nil:
		return werr
	case res.err != nil:
		return fmt.Errorf("read result: %w", res.err)
	}
	return nil
}

type pushResult struct {
	resp response
	err  error
}

// sendShard sends bytes off..size-1 of r as data frames.
func (h *Host) sendShard(c *stream, r io.ReaderAt, off, size uint64) error {
	buf := make([]byte, frameHeader+min(uint64(h.cfg.ChunkSize), max(size-off, 1)))
	for off < size {
		k := min(size-off, uint64(len(buf)-frameHeader))
		frame := buf[:frameHeader+k]
		if m, err := r.ReadAt(frame[frameHeader:], int64(off)); uint64(m) < k {
			return fmt.Errorf("read shard at %d: %w", off, errors.Join(err, errShortRead))
		}
		if err := c.write(frameData, frame); err != nil {
			return fmt.Errorf("send shard at %d: %w", off, err)
		}
		off += k
	}
	return nil
}

// commitWait bounds the wait for a push's result once all bytes are sent: the idle
// timeout plus 100 ms per MiB for the receiver to verify and store the shard.
func (h *Host) commitWait(size uint64) time.Duration {
	return h.cfg.IdleTimeout + time.Duration(size>>20)*100*time.Millisecond
}

// Fetch reads length bytes (0: to the end) at offset of the shard of slot from the peer
// p, signed by s, and writes them to w as they arrive. It returns the number of bytes
// written; on error, w may have received part of the range. Errors are a *RemoteError
// (errors.Is ErrUnauthorized, ErrNotFound, ErrBadRequest, …), ErrTransport,
// ErrProtocol, w's error or ctx's error.
func (h *Host) Fetch(ctx context.Context, p peer.ID, slot [32]byte, offset, length uint64, w io.Writer, s Signer) (int64, error) {
	sr, err := h.Sign(h.NewRequest(p, OpFetch, slot, offset, length), s)
	if err != nil {
		return 0, fmt.Errorf("fetch slot %x: %w", slot[:4], err)
	}
	return h.FetchSigned(ctx, p, sr, w)
}

// FetchSigned is Fetch with a request signed by the caller.
func (h *Host) FetchSigned(ctx context.Context, p peer.ID, sr SignedRequest, w io.Writer) (int64, error) {
	n, err := h.fetch(ctx, p, sr, w)
	if err != nil {
		return n, fmt.Errorf("fetch slot %x from %s: %w", sr.Slot[:4], p, withCause(ctx, err))
	}
	return n, nil
}

func (h *Host) fetch(ctx context.Context, p peer.ID, sr SignedRequest, w io.Writer) (written int64, err error) {
	if sr.Op != OpFetch {
		return 0, fmt.Errorf("op %s: %w", sr.Op, ErrBadRequest)
	}
	c, resp, done, err := h.request(ctx, p, sr)
	if err != nil {
		return 0, err
	}
	defer func() { done(err) }()
	size, n := resp.A, resp.B
	want := sr.Length
	if want == 0 && sr.Offset <= size {
		want = size - sr.Offset
	}
	if n != want || sr.Offset > size || n > size-sr.Offset {
		return 0, errProtocolf("peer sends %d bytes at %d of %d, asked %d", n, sr.Offset, size, sr.Length)
	}
	for uint64(written) < n {
		typ, p, err := c.read()
		if err != nil {
			return written, fmt.Errorf("receive shard at %d: %w", sr.Offset+uint64(written), err)
		}
		switch {
		case typ == frameResponse:
			resp, err := decodeResponse(p)
			if err != nil {
				return written, err
			}
			if err := resp.err(); err != nil {
				return written, err
			}
			return written, errProtocolf("OK response before the end of the data")
		case typ != frameData || len(p) == 0 || uint64(len(p)) > n-uint64(written):
			return written, errProtocolf("frame type %d of %d bytes with %d left", typ, len(p), n-uint64(written))
		}
		m, err := w.Write(p)
		written += int64(m)
		if err != nil {
			return written, fmt.Errorf("write shard: %w", err)
		}
	}
	return written, nil
}

// request opens a stream to p, sends sr (not a push: no root) and reads
// the first response, an OK one. done(err) ends the stream as open's does;
// on error the stream is already reset.
func (h *Host) request(ctx context.Context, p peer.ID, sr SignedRequest) (*stream, response, func(error), error) {
	c, done, err := h.open(ctx, p)
	if err != nil {
		return nil, response{}, nil, err
	}
	if err := c.write(frameRequest, encodeRequest(sr, [32]byte{})); err != nil {
		err = fmt.Errorf("send request: %w", err)
		done(err)
		return nil, response{}, nil, err
	}
	resp, err := c.readResponse()
	if err == nil {
		err = resp.err()
	} else {
		err = fmt.Errorf("read response: %w", err)
	}
	if err != nil {
		done(err)
		return nil, response{}, nil, err
	}
	return c, resp, done, nil
}

// open opens a stream to p, reset when ctx is cancelled. done(err) closes it, or
// resets it if err is not nil.
func (h *Host) open(ctx context.Context, p peer.ID) (*stream, func(error), error) {
	s, err := h.h.NewStream(ctx, p, ProtocolID)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: open stream: %w", ErrTransport, err)
	}
	stop := context.AfterFunc(ctx, func() { _ = s.Reset() })
	done := func(err error) {
		stop()
		if err != nil {
			_ = s.Reset()
			return
		}
		_ = s.Close()
	}
	return newStream(s, h.cfg.IdleTimeout), done, nil
}

// withCause puts ctx's error first when ctx ended: the stream error is its symptom.
func withCause(ctx context.Context, err error) error {
	if ctx.Err() != nil && !errors.Is(err, ctx.Err()) {
		return fmt.Errorf("%w (%w)", context.Cause(ctx), err)
	}
	return err
}
