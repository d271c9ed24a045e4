package market

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/storage"
)

// Quote is what a put will cost.
type Quote struct {
	Size        int64
	ShardSize   uint64
	K, M        int
	StartEpoch  uint64
	EndEpoch    uint64
	Escrow      *big.Int // price · (k+m) · epochs
	Reserve     *big.Int // repair reserve, unused part refunded at finish
	Total       *big.Int // tokens pulled by requestStorage
	GasEstimate uint64   // approve + requestStorage, roughly
	// Segments is the number of requests the file is split into (1: one).
	Segments int
}

// Quote prices storing size bytes under the client's terms.
func (c *Client) Quote(ctx context.Context, size int64) (Quote, error) {
	if size < 0 {
		return Quote{}, fmt.Errorf("size %d: %w", size, storage.ErrTooLarge)
	}
	segLen, reqLen, err := c.splitLen(size)
	if err != nil {
		return Quote{}, err
	}
	epoch, err := c.m.Epoch(ctx)
	if err != nil {
		return Quote{}, err
	}
	one := func(n int64) Quote {
		return c.quoteOf(n, epoch+1, epoch+1+c.cfg.Epochs, c.cfg.PricePerSlotEpoch, c.cfg.RepairReserve, c.cfg.K, c.cfg.M)
	}
	if size <= segLen {
		return one(size), nil
	}
	count, segLen, err := splitOf(&upload{size: size}, segLen, reqLen, nil) // as putSegments splits it
	if err != nil {
		return Quote{}, err
	}
	parts := []PutResult{{Quote: one(segLen)}}
	full := parts[0].Quote
	q := sumQuotes(parts)
	// count-1 full segments and the rest.
	mul := big.NewInt(count - 1)
	last := one(size - (count-1)*segLen)
	q.Escrow = new(big.Int).Add(new(big.Int).Mul(full.Escrow, mul), last.Escrow)
	q.Reserve = new(big.Int).Add(new(big.Int).Mul(full.Reserve, mul), last.Reserve)
	q.Total = new(big.Int).Add(q.Escrow, q.Reserve)
	q.Size, q.Segments, q.GasEstimate = size, int(count), full.GasEstimate*uint64(count)
	return q, nil
}

// PutResult is a stored file.
type PutResult struct {
	ID        [32]byte
	Name      string
	Size      int64
	ShardSize uint64
	Roots     [][32]byte
	Quote     Quote
	Providers []common.Address // slot holders, by index
	// Resumed is set when the put continued a request an earlier,
	// interrupted run had created (and paid for).
	Resumed bool
	// Parts are the segments of a file split across requests (nil: one
	// request, the fields above).
	Parts []PutResult
}

// Put encrypts, erasure-codes and stores the file at path, and returns
// once every slot is filled. It stages no copy of the shards: a first pass
// computes the shard roots (and the file's content hash), then each shard is
// re-encoded deterministically from the file while it is pushed
// (storage.ShardSource). With a journal (ClientConfig.JournalDir), the
// request is recorded before it is sent, so a rerun after a crash or Ctrl-C
// resumes it instead of paying again; without one, an interrupted put
// cancels its request. If the slots are not filled by the request's expiry,
// the request is cancelled (refunded) and ErrNotFilled returned.
func (c *Client) Put(ctx context.Context, path string) (PutResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return PutResult{}, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return PutResult{}, fmt.Errorf("stat %s: %w", path, err)
	}
	if !st.Mode().IsRegular() {
		return PutResult{}, fmt.Errorf("%s is not a regular file", path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return PutResult{}, fmt.Errorf("put %s: %w", path, err)
	}
	segLen, reqLen, err := c.splitLen(st.Size())
	if err != nil {
		return PutResult{}, err
	}
	u := &upload{src: f, path: abs, name: filepath.Base(path), size: st.Size(), mtime: st.ModTime().UnixNano()}
	c.pushes.take()
	var res PutResult
	if u.size > segLen {
		res, err = c.putSegments(ctx, u, segLen, reqLen)
	} else {
		res, err = c.putOne(ctx, u)
	}
	if err == nil {
		c.recordUplink(c.pushes.take())
	}
	return res, err
}

// putOne stores u as one request, resuming a journalled one if there is.
func (c *Client) putOne(ctx context.Context, u *upload) (PutResult, error) {
	// A record of this very file (same path, offset, size and mtime) gives
	// the stream to encode with, so the first pass reproduces its roots.
	prior, err := c.journal.entries(func(e *journalEntry) bool {
		return u.path != "" && e.Path == u.path && e.Offset == u.seg.Offset && e.Size == u.size && e.MtimeNs == u.mtime && e.K == c.cfg.K && e.M == c.cfg.M
	})
	if err != nil {
		return PutResult{}, err
	}
	if len(prior) > 0 {
		u.stream, err = prior[0].stream(c.keys.Master)
	}
	if len(prior) == 0 || err != nil {
		if u.stream, err = storage.NewRandomStream(); err != nil {
			return PutResult{}, err
		}
	}
	release, err := u.gates.encode(ctx)
	if err != nil {
		return PutResult{}, err
	}
	err = c.encodeRoots(ctx, u)
	release()
	if err != nil {
		return PutResult{}, err
	}
	release, err = u.gates.push(ctx)
	if err != nil {
		return PutResult{}, err
	}
	defer release()
	if u.changed() {
		return PutResult{}, fmt.Errorf("put %s: %w while it was read; nothing was paid", u.path, ErrFileChanged)
	}
	// Same content (wherever it lives now) and terms: resume that record.
	recs, err := c.journal.entries(func(e *journalEntry) bool {
		return e.ContentHash == u.hash && e.K == c.cfg.K && e.M == c.cfg.M
	})
	if err != nil {
		return PutResult{}, err
	}
	for _, e := range recs {
		res, done, err := c.resume(ctx, u, e)
		if done || err != nil {
			return res, err
		}
	}
	return c.putNew(ctx, u)
}

// upload is one file (or one segment of a file) being put.
type upload struct {
	src    io.ReaderAt // the bytes to store, [0, size)
	path   string      // absolute path of the file, "" if none
	name   string
	size   int64
	mtime  int64
	stream storage.Stream
	hash   string // hex sha256 of the plaintext, from the first pass
	res    storage.EncodeResult
	seg    storage.Segment // Count 0: the whole file
	check  func() bool     // if set, reports a change of the source (else u.path is stat'ed)
	gates  *segmentGates   // nil: not a segment put beside others
}

// changed reports whether the file at u.path is no longer the one being
// put (size or mtime differ; a file that cannot be stat'ed counts as
// changed). An upload with no path never changes.
func (u *upload) changed() bool {
	if u.check != nil {
		return u.check()
	}
	if u.path == "" {
		return false
	}
	st, err := os.Stat(u.path)
	return err != nil || st.ModTime().UnixNano() != u.mtime || (u.seg.Count == 0 && st.Size() != u.size) || (u.seg.Count > 0 && st.Size() != u.seg.FileSize)
}

// encodeRoots is the first pass: encrypt, erasure-code and hash every shard
// under u.stream, keeping nothing but the roots and the content hash.
func (c *Client) encodeRoots(ctx context.Context, u *upload) error {
	c.approveStart(ctx, u.size)
	c.progress(Progress{Stage: "encode", Slot: -1, Total: u.size})
	h := newHashBeside()
	defer h.Sum()
	in := &countingReader{r: io.TeeReader(io.NewSectionReader(u.src, 0, u.size+1), h), report: func(done int64) {
		c.progress(Progress{Stage: "encode", Slot: -1, Done: min(done, max(u.size-1, 0)), Total: u.size})
	}}
	ws := make([]io.Writer, c.cfg.K+c.cfg.M)
	for i := range ws {
		ws[i] = io.Discard
	}
	res, err := storage.EncodeWith(ctx, in, u.size, u.stream, c.cfg.K, c.cfg.M, ws)
	if err != nil {
		if errors.Is(err, storage.ErrSizeMismatch) {
			return fmt.Errorf("encode %s: %w (the file changed while it was read; nothing was paid)", u.path, ErrFileChanged)
		}
		return fmt.Errorf("encode %s: %w", u.path, err)
	}
	u.res, u.hash = res, hex.EncodeToString(h.Sum())
	c.progress(Progress{Stage: "encode", Slot: -1, Done: u.size, Total: u.size})
	return nil
}

// putNew creates, records and fills a new request for u.
func (c *Client) putNew(ctx context.Context, u *upload) (PutResult, error) {
	sealed, err := storage.SealManifest(c.keys.Master, storage.Manifest{
		Name: u.name, Size: u.size, FileKey: u.stream.Key, K: c.cfg.K, M: c.cfg.M, ShardSize: u.res.ShardSize, Cipher: u.res.Cipher, Created: time.Now().UTC(),
		Segment: u.seg,
	}, c.binding(u.res.Roots))
	if err != nil {
		return PutResult{}, err
	}
	params := contracts.IMarketplaceV2RequestParams{
		K: uint8(c.cfg.K), M: uint8(c.cfg.M), ShardSize: u.res.ShardSize,
		PricePerSlotEpoch: c.cfg.PricePerSlotEpoch, CollateralPerSlot: c.cfg.CollateralPerSlot,
		AuthKey: c.keys.AuthAddress(), CancelOnExpiry: c.cfg.CancelOnExpiry,
		RepairBonus: c.cfg.RepairBonus, RepairReserve: c.cfg.RepairReserve,
		ShardRoots: u.res.Roots, Manifest: sealed,
	}
	if c.cfg.Place {
		if placed, err := c.place(ctx, c.cfg.K+c.cfg.M); err != nil {
			c.log.Warn("placement skipped", "err", err)
		} else if placed != nil {
			params.AllowedProviders = placed
		}
	}
	q, e, id, err := c.sendNew(ctx, u, &params)
	if err != nil {
		return PutResult{}, err
	}
	return c.fill(ctx, u, e, id, params, q, false)
}

// record writes the journal entry of a request about to be sent: its
// expected id from the client's next nonce.
func (c *Client) record(ctx context.Context, u *upload, params contracts.IMarketplaceV2RequestParams) (*journalEntry, error) {
	sealed, err := storage.SealStream(c.keys.Master, u.stream, []byte(u.hash))
	if err != nil {
		return nil, err
	}
	nonce, id, err := c.nextRequestID(ctx)
	if err != nil {
		return nil, err
	}
	e := &journalEntry{Version: journalVersion, ContentHash: u.hash, Name: u.name, Path: u.path, Offset: u.seg.Offset, Size: u.size, MtimeNs: u.mtime,
		K: c.cfg.K, M: c.cfg.M, Nonce: nonce, Marketplace: c.terms.Marketplace.Hex(), RequestID: fmt.Sprintf("0x%x", id), Stream: sealed, Params: params}
	if err := c.journal.write(e); err != nil {
		return nil, err
	}
	return e, nil
}

// sendRequest sends e's request and records that it was mined. A request
// that reverted paid nothing: its record goes.
func (c *Client) sendRequest(ctx context.Context, e *journalEntry, cost *big.Int) ([32]byte, error) {
	c.progress(Progress{Stage: "request", Slot: -1, Total: 1})
	id, err := c.request(ctx, e.Params, cost)
	if err != nil {
		if _, reverted := chain.AsRevert(err); reverted {
			if rerr := c.journal.remove(e); rerr != nil {
				c.log.Warn("put journal", "err", rerr)
			}
		}
		return id, err
	}
	if want, _ := e.requestID(); want != id {
		// Another put of this wallet took the nonce first: keep the id the
		// chain gave, under the file name the nonce gives.
		if err := c.journal.remove(e); err != nil {
			return id, err
		}
		if ri, err := c.m.FindRequest(ctx, id); err == nil {
			e.Nonce = ri.Nonce
		}
		e.RequestID = fmt.Sprintf("0x%x", id)
	}
	e.Mined = true
	if err := c.journal.write(e); err != nil {
		return id, err
	}
	c.progress(Progress{Stage: "request", Slot: -1, Done: 1, Total: 1})
	c.log.Info("storage requested", "request_id", fmt.Sprintf("0x%x", id), "shard_size", e.Params.ShardSize, "slots", int(e.Params.K)+int(e.Params.M))
	return id, nil
}

// fill pushes u's shards, streamed from the file, until every slot is
// filled, and then drops the journal entry.
func (c *Client) fill(ctx context.Context, u *upload, e *journalEntry, id [32]byte, params contracts.IMarketplaceV2RequestParams, q Quote, resumed bool) (PutResult, error) {
	src, err := storage.NewShardSource(u.src, u.size, u.stream, int(params.K), int(params.M), c.cfg.SourceCache)
	if err != nil {
		return PutResult{ID: id}, err
	}
	holders, err := c.pushUntilFilled(ctx, id, params, src, u.changed)
	if err != nil {
		switch {
		case errors.Is(err, ErrFileChanged):
			// The shards no longer match the roots paid for: cancel the
			// (still pending) request and take the refund back.
			if rerr := c.journal.remove(e); rerr != nil {
				c.log.Warn("put journal", "err", rerr)
			}
			err = fmt.Errorf("put %s: %w; %s", u.path, err, c.abandon(id))
		case ctx.Err() != nil && !c.journal.enabled():
			// Interrupted with no journal to resume from: cancel the
			// request and take the refund back rather than leave escrow.
			err = fmt.Errorf("%w; %s", err, c.abandon(id))
		case ctx.Err() != nil:
			err = fmt.Errorf("%w: %w (request 0x%x stays paid for; run the same put again to resume it)", ErrInterrupted, err, id)
		case errors.Is(err, ErrNotFilled):
			if rerr := c.journal.remove(e); rerr != nil {
				c.log.Warn("put journal", "err", rerr)
			}
		}
		return PutResult{ID: id}, err
	}
	if err := c.journal.remove(e); err != nil {
		c.log.Warn("put journal", "err", err)
	}
	return PutResult{ID: id, Name: u.name, Size: u.size, ShardSize: params.ShardSize, Roots: params.ShardRoots, Quote: q, Providers: holders, Resumed: resumed}, nil
}

// abandon cancels an unfilled request of ours and withdraws the refund, on
// a context of its own (the caller's is done). It says what happened.
func (c *Client) abandon(id [32]byte) string {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.m.CancelRequest(ctx, id); err != nil {
		return fmt.Sprintf("request 0x%x left pending (cancel failed: %v); it can be cancelled after its expiry", id, err)
	}
	amt, err := c.m.Withdraw(ctx)
	if err != nil {
		return fmt.Sprintf("request 0x%x cancelled; the refund waits in the marketplace (`cairn withdraw`): %v", id, err)
	}
	return fmt.Sprintf("request 0x%x cancelled and %s token units refunded", id, amt)
}

// request pays with the standing allowance when it covers cost, else
// approves first.
func (c *Client) request(ctx context.Context, params contracts.IMarketplaceV2RequestParams, cost *big.Int) ([32]byte, error) {
	c.approveWait(ctx)
	return c.m.RequestStorage(ctx, params, cost)
}
