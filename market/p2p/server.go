package p2p

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"
)

// requestTimeout bounds the wait for a stream's first frame.
const requestTimeout = 10 * time.Second

// serve handles one inbound stream: one request, then its transfer.
func (h *Host) serve(ctx context.Context, s network.Stream) {
	if !h.track() {
		_ = s.Reset()
		return
	}
	defer h.wg.Done()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stop := context.AfterFunc(ctx, func() { _ = s.Reset() })
	defer stop()

	// Bound the work before reading a byte: the served-streams semaphore
	// and the peer's request rate. Nothing is allocated for the stream
	// until its request is read into a fixed buffer and verified.
	remote := s.Conn().RemotePeer()
	c := newStream(s, h.cfg.IdleTimeout)
	var err error
	select {
	case h.sem <- struct{}{}:
		defer func() { <-h.sem }()
		if !h.peers.allow(remote) {
			err = fmt.Errorf("peer %s over its request rate: %w", remote, ErrBusy)
		}
	default:
		err = fmt.Errorf("%d requests in progress: %w", cap(h.sem), ErrBusy)
	}
	log := h.log.With("remote_peer", remote)
	if err == nil {
		err = h.handle(ctx, c, &log)
	}
	if err != nil {
		st, msg := statusOf(err)
		_ = c.respond(response{Status: st, Msg: msg}) // best effort: the stream may be broken
		level := slog.LevelDebug
		if st == StatusInternal && !errors.Is(err, ErrTransport) {
			level = slog.LevelWarn
		}
		log.Log(ctx, level, "shard request failed", "status", st.String(), "err", err)
	}
	_ = s.CloseWrite()
	_ = s.Close()
}

// handle reads and verifies the request, then serves it. log gains the request's
// fields.
func (h *Host) handle(ctx context.Context, c *stream, log **slog.Logger) error {
	typ, p, err := c.readRequest(time.Now().Add(min(h.cfg.IdleTimeout, requestTimeout)))
	if err != nil {
		return fmt.Errorf("read request: %w", err)
	}
	if typ != frameRequest {
		return errProtocolf("first frame of type %d, want a request", typ)
	}
	sr, root, err := decodeRequest(p)
	if err != nil {
		return fmt.Errorf("decode request: %w", err)
	}
	*log = (*log).With("slot", hex.EncodeToString(sr.Slot[:]), "op", sr.Op.String())
	signer, err := h.verify(sr)
	if err != nil {
		return err
	}
	*log = (*log).With("signer", signer.Hex())
	switch sr.Op {
	case OpFetch:
		return h.serveFetch(ctx, c, sr, signer)
	case OpReserving:
		return h.serveReserving(ctx, c, sr, signer)
	default:
		return h.servePush(ctx, c, sr, root, signer, *log)
	}
}

// verify checks what needs no chain (peer id, expiry, signature) and returns the signer.
func (h *Host) verify(sr SignedRequest) (common.Address, error) {
	if sr.Peer != h.self {
		return common.Address{}, fmt.Errorf("peer hash %x: %w", sr.Peer[:4], ErrWrongPeer)
	}
	now := uint64(time.Now().Unix())
	if sr.Expiry < now {
		return common.Address{}, fmt.Errorf("expired %ds ago: %w", now-sr.Expiry, ErrExpired)
	}
	if ahead := uint64(h.cfg.MaxExpiryAhead / time.Second); sr.Expiry-now > ahead {
		return common.Address{}, fmt.Errorf("expiry %ds ahead, limit %ds: %w", sr.Expiry-now, ahead, ErrExpired)
	}
	return h.dom.Recover(sr)
}

// accept records the nonce of an authorized request: a replay fails here.
func (h *Host) accept(sr SignedRequest) error {
	return h.nonces.add(sr.Nonce, sr.Expiry, uint64(time.Now().Unix()))
}

func (h *Host) serveFetch(ctx context.Context, c *stream, sr SignedRequest, signer common.Address) error {
	if h.deps.Source == nil {
		return fmt.Errorf("fetch: %w", ErrUnsupported)
	}
	if err := h.deps.Authorizer.AuthorizeFetch(ctx, sr.Slot, signer); err != nil {
		return fmt.Errorf("authorize fetch: %w", err)
	}
	if err := h.accept(sr); err != nil {
		return err
	}
	r, size, err := h.deps.Source.OpenShard(ctx, sr.Slot)
	if err != nil {
		return fmt.Errorf("open shard: %w", err)
	}
	defer r.Close()
	if size < 0 || sr.Offset > uint64(size) {
		return fmt.Errorf("offset %d beyond shard of %d bytes: %w", sr.Offset, size, ErrBadRequest)
	}
	off, n := sr.Offset, sr.Length
	if n == 0 {
		n = uint64(size) - off
	}
	if n > uint64(size)-off {
		return fmt.Errorf("range %d+%d beyond shard of %d bytes: %w", off, n, size, ErrBadRequest)
	}
	if err := c.respond(response{Status: StatusOK, A: uint64(size), B: n}); err != nil {
		return fmt.Errorf("send fetch response: %w", err)
	}
	buf := make([]byte, frameHeader+min(uint64(h.cfg.ChunkSize), n))
	for n > 0 {
		k := min(n, uint64(len(buf)-frameHeader))
		frame := buf[:frameHeader+k]
		if m, err := r.ReadAt(frame[frameHeader:], int64(off)); uint64(m) < k {
			return fmt.Errorf("read shard at %d: %w", off, errors.Join(err, errShortRead))
		}
		if err := c.write(frameData, frame); err != nil {
			return fmt.Errorf("send shard at %d: %w", off, err)
		}
		off, n = off+k, n-k
	}
	return nil
}

var errShortRead = errors.New("short read")

func (h *Host) servePush(ctx context.Context, c *stream, sr SignedRequest, root [32]byte, signer common.Address, log *slog.Logger) error {
	if h.deps.Sink == nil {
		return fmt.Errorf("push: %w", ErrUnsupported)
	}
	size := sr.Length
	if sr.Offset != 0 || size == 0 || size > uint64(h.cfg.MaxShardSize) {
		return fmt.Errorf("push of %d bytes at offset %d (limit %d): %w", size, sr.Offset, h.cfg.MaxShardSize, ErrBadRequest)
	}
	if err := h.deps.Authorizer.AuthorizePush(ctx, sr.Slot, signer); err != nil {
		return fmt.Errorf("authorize push: %w", err)
	}
	if err := h.accept(sr); err != nil {
		return err
	}
	if !h.lockSlot(sr.Slot) {
		return fmt.Errorf("another push of the slot is in progress: %w", ErrBusy)
	}
	defer h.unlockSlot(sr.Slot)
	off, w, err := h.deps.Sink.BeginShard(ctx, sr.Slot, int64(size), root)
	if err != nil {
		return fmt.Errorf("begin shard: %w", err)
	}
	defer func() {
		if err := w.Close(); err != nil {
			log.Warn("close shard writer", "err", err)
		}
	}()
	if off < 0 || uint64(off) > size {
		return fmt.Errorf("sink resumes at %d of %d bytes", off, size)
	}
	if err := c.respond(response{Status: StatusOK, A: uint64(off)}); err != nil {
		return fmt.Errorf("send push response: %w", err)
	}
	for got := uint64(off); got < size; {
		typ, p, err := c.read()
		if err != nil {
			return fmt.Errorf("receive shard at %d of %d: %w", got, size, err)
		}
		if typ != frameData || len(p) == 0 || uint64(len(p)) > size-got {
			return errProtocolf("frame type %d of %d bytes at %d of %d", typ, len(p), got, size)
		}
		if _, err := w.Write(p); err != nil {
			return fmt.Errorf("write shard at %d: %w", got, err)
		}
		got += uint64(len(p))
	}
	if err := w.Commit(); err != nil {
		return fmt.Errorf("commit shard: %w", err)
	}
	log.Info("shard received", "size", size, "resumed_at", off)
	if err := c.respond(response{Status: StatusOK, A: size}); err != nil {
		return fmt.Errorf("send push result: %w", err)
	}
	return nil
}

func errProtocolf(format string, args ...any) error {
	return fmt.Errorf(format+": %w", append(args, ErrProtocol)...)
}
