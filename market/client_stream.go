package market

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/storage"
)

// A whole-shard get streams: k shards are fetched at once, each into a few
// stripe-sized buffers (streamDepth), and storage.StripeDecoder decodes
// stripe by stripe as they arrive, writing plaintext only once its 64 KiB
// segments authenticated. Nothing is staged on disk. The AEAD tags are
// the integrity check: a shard is not hashed into its Merkle root on this
// path (that was ~30% of a get's CPU); a holder serving wrong bytes fails
// a stripe's tags, and the rest of the range is then read from staged,
// root-verified shards, where its root names it (GetTo). A shard whose
// fetch fails or stalls is replaced by the next holder, fetching from the
// stripe the decoder is at.

// streamDepth is how many stripe chunks of one shard may wait for the
// decoder (with the one being filled and the one decoded: the memory of a
// shard stream).
const streamDepth = 4

var chunkPool = sync.Pool{New: func() any { b := make([]byte, storage.StripeChunk); return &b }}

// stripeChunk is stripe s of a shard, or the error that ended its stream.
type stripeChunk struct {
	s   int64
	b   *[]byte
	err error
}

// shardStream is one shard being fetched from stripe `from` on.
type shardStream struct {
	i      int
	ch     chan stripeChunk
	got    atomic.Int64
	cancel context.CancelCauseFunc
	done   chan struct{}
	// decoder side: the stall window while the decoder waits on it.
	waitFrom time.Time
	gotAt    int64
	hedge    bool
}

// getStreamed writes plaintext [off, off+n) of f to w from k streamed
// whole shards. It returns how many bytes of the range it wrote; on an
// error wrapping storage.ErrDecrypt (a stripe the shards at hand could not
// authenticate) nothing past that count reached w, and the caller reads
// the rest from root-verified shards.
func (c *Client) getStreamed(ctx context.Context, f FileEntry, holders []common.Address, dp storage.DecodeParams, off, n int64, w io.Writer) (int64, error) {
	out := newAsyncWriter(w, outDepth)
	written, err := c.streamStripes(ctx, f, holders, dp, off, n, out)
	if werr := out.Close(); werr != nil {
		// Not ErrDecrypt whatever err was: the caller must not write on.
		return written, fmt.Errorf("get %s: write: %w", f.Name, werr)
	}
	return written, err
}

// streamStripes is getStreamed's fetch and decode, writing to w (its
// asyncWriter).
func (c *Client) streamStripes(ctx context.Context, f FileEntry, holders []common.Address, dp storage.DecodeParams, off, n int64, w io.Writer) (int64, error) {
	dec, err := storage.NewStripeDecoder(dp, off, n, w)
	if err != nil {
		return 0, err
	}
	k, m := int(f.Request.Params.K), int(f.Request.Params.M)
	size := int64(f.Request.Params.ShardSize)
	var order []int
	for i, h := range holders {
		if h != (common.Address{}) {
			order = append(order, i)
		}
	}
	if dec.Done() {
		return 0, nil
	}
	sctx, stopAll := context.WithCancel(ctx)
	notify := make(chan struct{}, 1)
	var wg sync.WaitGroup
	defer func() {
		stopAll()
		wg.Wait()
	}()
	active := map[int]*shardStream{}
	next := 0
	start := func(from int64) (*shardStream, bool) {
		if next >= len(order) {
			return nil, false
		}
		st := &shardStream{i: order[next], ch: make(chan stripeChunk, streamDepth), done: make(chan struct{})}
		next++
		rctx, cancel := context.WithCancelCause(sctx)
		st.cancel = cancel
		active[st.i] = st
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(st.done)
			c.streamShard(rctx, f, st, holders[st.i], dec, from, size, notify)
		}()
		return st, true
	}
	drop := func(st *shardStream, cause error) {
		st.cancel(cause)
		delete(active, st.i)
	}
	for len(active) < k && next < len(order) {
		start(0)
	}
	tick := time.NewTicker(min(c.cfg.StallWindow/4, 250*time.Millisecond))
	defer tick.Stop()
	var lastErr error
	chunks := make([][]byte, k+m)
	held := make([]*[]byte, k+m)
	for !dec.Done() {
		s := dec.Next()
		clear(chunks)
		got, stripeStart, hedging := 0, time.Now(), false
		var kth time.Duration // when the (k-1)th chunk of this stripe came
		for got < k {
			moved := false
			for _, st := range active {
				if chunks[st.i] != nil {
					continue
				}
				select {
				case ch := <-st.ch:
					moved = true
					switch {
					case ch.err != nil:
						lastErr = ch.err
						c.log.Warn("shard unavailable, routing around", "slot", st.i, "provider", holders[st.i], "err", ch.err)
						drop(st, ch.err)
						if len(active) < k {
							start(s)
						}
					case ch.s < s: // a hedge's loser catching up
						chunkPool.Put(ch.b)
					default:
						chunks[st.i], held[st.i] = (*ch.b)[:dec.ChunkLen(s)], ch.b
						st.waitFrom = time.Time{}
						got++
						if got == k-1 {
							kth = time.Since(stripeStart)
						}
					}
				default:
				}
			}
			if got >= k {
				break
			}
			if len(active) < k && next >= len(order) {
				return dec.Written(), fmt.Errorf("get %s: only %d of the %d shards needed could be fetched (last error: %v): %w", f.Name, got+len(active), k, lastErr, storage.ErrTooFewShards)
			}
			if moved {
				continue
			}
			select {
			case <-ctx.Done():
				return dec.Written(), ctx.Err()
			case <-notify:
			case now := <-tick.C:
				for _, st := range active {
					if chunks[st.i] != nil {
						continue
					}
					g := st.got.Load()
					if st.waitFrom.IsZero() {
						st.waitFrom, st.gotAt = now, g
						continue
					}
					if win := now.Sub(st.waitFrom); win >= c.cfg.StallWindow {
						if float64(g-st.gotAt) < float64(c.cfg.StallMinRate)*win.Seconds() {
							err := fmt.Errorf("%w: %d bytes in %s", ErrStalled, g-st.gotAt, win.Round(time.Millisecond))
							lastErr = err
							c.log.Warn("shard unavailable, routing around", "slot", st.i, "provider", holders[st.i], "err", err)
							drop(st, err)
							start(s)
							break
						}
						st.waitFrom, st.gotAt = now, g
					}
				}
				// Hedge: one shard holds the stripe up long after the others
				// came; fetch the next candidate too, the first to deliver wins.
				if c.cfg.Hedge && !hedging && got == k-1 && len(active) == k && time.Since(stripeStart) > max(2*kth, time.Second) {
					for _, st := range active {
						if chunks[st.i] == nil {
							if h, ok := start(s); ok {
								hedging, h.hedge = true, true
								c.log.Info("hedging a slow shard fetch", "slot", st.i, "provider", holders[st.i])
							}
							break
						}
					}
				}
			}
		}
		// Beyond k streams only after a hedge: the ones that lost this stripe go.
		for _, st := range active {
			if len(active) > k && chunks[st.i] == nil {
				drop(st, errors.New("not needed"))
			}
		}
		err := dec.Stripe(chunks)
		for i, b := range held {
			if b != nil {
				chunkPool.Put(b)
				held[i] = nil
			}
		}
		if err != nil {
			return dec.Written(), fmt.Errorf("decode %s: %w", f.Name, err)
		}
		c.progress(Progress{Stage: "decode", Slot: -1, Done: dec.Written(), Total: n})
	}
	return dec.Written(), nil
}

// streamShard fetches shard st.i from stripe `from` to its end into st.ch,
// one stripe chunk at a time.
func (c *Client) streamShard(ctx context.Context, f FileEntry, st *shardStream, holder common.Address, dec *storage.StripeDecoder, from, size int64, notify chan struct{}) {
	cw := &chunkWriter{ctx: ctx, st: st, dec: dec, s: from, notify: notify, size: size}
	cw.report = func(done int64) {
		if done < size {
			c.progress(Progress{Stage: "fetch", Slot: st.i, Done: done, Total: size, Note: holder.Hex()})
		}
	}
	c.progress(Progress{Stage: "fetch", Slot: st.i, Done: from * storage.StripeChunk, Total: size, Note: holder.Hex()})
	err := c.fetchRange(ctx, f, st.i, holder, uint64(from*storage.StripeChunk), uint64(size), cw)
	if err == nil && cw.s*storage.StripeChunk < size {
		err = fmt.Errorf("shard stream ended at stripe %d", cw.s)
	}
	if err != nil {
		if cause := context.Cause(ctx); cause != nil && !errors.Is(err, cause) {
			err = fmt.Errorf("%w: %w", cause, err)
		}
		cw.send(stripeChunk{err: fmt.Errorf("slot %d: %w", st.i, err)})
		return
	}
	c.progress(Progress{Stage: "fetch", Slot: st.i, Done: size, Total: size, Note: holder.Hex()})
}

// chunkWriter cuts a shard's bytes into stripe chunks for the decoder.
type chunkWriter struct {
	ctx    context.Context
	st     *shardStream
	dec    *storage.StripeDecoder
	s      int64 // stripe being filled
	cur    *[]byte
	fill   int
	size   int64
	notify chan struct{}
	report func(int64)
}

func (w *chunkWriter) Write(p []byte) (int, error) {
	total, sent := len(p), false
	w.st.got.Add(int64(total))
	for len(p) > 0 {
		if w.s >= w.dec.Stripes() {
			return total - len(p), fmt.Errorf("shard longer than %d bytes", w.size)
		}
		if w.cur == nil {
			w.cur, w.fill = chunkPool.Get().(*[]byte), 0
		}
		c := copy((*w.cur)[w.fill:w.dec.ChunkLen(w.s)], p)
		w.fill += c
		p = p[c:]
		if w.fill < w.dec.ChunkLen(w.s) {
			continue
		}
		if !w.send(stripeChunk{s: w.s, b: w.cur}) {
			return total - len(p), context.Cause(w.ctx)
		}
		w.cur = nil
		w.s++
		sent = true
	}
	if sent && w.s%(progressEvery/storage.StripeChunk) == 0 {
		w.report(w.s * storage.StripeChunk)
	}
	return total, nil
}

// send hands ch to the decoder unless the stream was stopped.
func (w *chunkWriter) send(ch stripeChunk) bool {
	select {
	case w.st.ch <- ch:
	case <-w.ctx.Done():
		if ch.b != nil {
			chunkPool.Put(ch.b)
		}
		return false
	}
	select {
	case w.notify <- struct{}{}:
	default:
	}
	return true
}
