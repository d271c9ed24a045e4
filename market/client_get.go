package market

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/internal/atomicfile"
	"github.com/cairn-storage/cairn/storage"
)

// Get fetches any k shards of a file in parallel, decodes and decrypts them
// as they stream in (each shard checked against its on-chain root, every
// 64 KiB segment authenticated before it is written) and writes out
// atomically: on any error nothing is left at out. Missing or corrupt
// shards are routed around. A split file resumes: a rerun of an
// interrupted get fetches only the segments not yet written
// (getPartsResumable).
func (c *Client) Get(ctx context.Context, f FileEntry, out string) error {
	return c.GetRange(ctx, f, out, 0, f.Size)
}

// GetRange is Get of plaintext bytes [off, off+n) only. The output is
// written once and not read back by cairn, so it goes past the page cache
// where the file system allows (atomicfile.Appender: a tenth of the CPU
// of buffered writes here, docs/storage.md).
func (c *Client) GetRange(ctx context.Context, f FileEntry, out string, off, n int64) error {
	return c.getRange(ctx, f, out, off, n, true)
}

// GetCached is Get into a file the caller reads back at once (the S3
// gateway's cache): its writes stay in the page cache.
func (c *Client) GetCached(ctx context.Context, f FileEntry, out string) error {
	return c.getRange(ctx, f, out, 0, f.Size, false)
}

func (c *Client) getRange(ctx context.Context, f FileEntry, out string, off, n int64, direct bool) error {
	if f.Parts != nil && off >= 0 && n >= 0 && off <= f.Size && n <= f.Size-off {
		return c.getPartsResumable(ctx, f, out, off, n, direct)
	}
	create := atomicfile.Create
	if direct {
		create = atomicfile.CreateDirect
	}
	a, err := create(out, 0o600)
	if err != nil {
		return err
	}
	defer a.Abort()
	if err := c.GetTo(ctx, f, a, off, n); err != nil {
		return err
	}
	return a.Commit()
}

// GetTo writes plaintext bytes [off, off+n) of the file to w. The whole
// file streams from k shards through storage.StripeDecoder (getStreamed:
// no staged copy, bounded memory); a smaller range fetches from k shards
// only the stripes that hold it (storage.RangeSpan). Either way only
// 64 KiB segments that authenticated reach w. If a provider served bytes
// that fail authentication, the rest of the range is read from whole,
// root-verified shards staged on disk, which routes around the bad one. On
// error w may have received a prefix of the range, never unauthenticated
// bytes.
func (c *Client) GetTo(ctx context.Context, f FileEntry, w io.Writer, off, n int64) (err error) {
	if off < 0 || n < 0 || off > f.Size || n > f.Size-off {
		return fmt.Errorf("get %s: bytes %d+%d of %d: %w", f.Name, off, n, f.Size, storage.ErrRange)
	}
	if f.Parts != nil {
		return c.getParts(ctx, f, w, off, n)
	}
	holders, err := c.holders(ctx, f)
	if err != nil {
		return err
	}
	dp := f.Manifest.DecodeParams(f.Request.Params.ShardRoots)
	dp.Verified = true
	if n < f.Size {
		from, to, err := storage.RangeSpan(f.Size, f.K, off, n)
		if err != nil {
			return err
		}
		if uint64(to-from) < f.Request.Params.ShardSize {
			done, err := c.getSpan(ctx, f, holders, dp, from, to, off, n, w)
			if done {
				return err
			}
			c.log.Warn("a provider served bytes that fail authentication; fetching whole verified shards", "request_id", short(f.ID), "err", err)
		}
	}
	// Whole shards stream through the stripe decoder; only a stripe they
	// cannot authenticate sends the rest of the range to staged, verified
	// shards (which route around the corrupt one by its root).
	written, err := c.getStreamed(ctx, f, holders, dp, off, n, w)
	if err == nil || !errors.Is(err, storage.ErrDecrypt) {
		return err
	}
	c.log.Warn("streamed shards fail authentication; reading the rest from whole verified shards", "request_id", short(f.ID), "written", written, "err", err)
	off, n = off+written, n-written
	dir, err := c.stagingDir(fmt.Sprintf("get-%x", f.ID[:12]))
	if err != nil {
		return fmt.Errorf("staging dir: %w", err)
	}
	size := int64(f.Request.Params.ShardSize)
	shards, closeAll, err := c.fetchK(ctx, f, holders, size, func(ctx context.Context, i int, got *atomic.Int64) (*os.File, error) {
		return c.fetchVerified(ctx, f, i, holders[i], dir, got)
	})
	if err != nil {
		return err
	}
	defer func() {
		closeAll()
		// Done, or the staged shards decode to garbage (a bad disk, or a
		// shard replaced under us): either way they are not kept.
		if err == nil || errors.Is(err, storage.ErrDecrypt) {
			os.RemoveAll(dir)
		}
	}()
	c.progress(Progress{Stage: "decode", Slot: -1, Total: n})
	err = storage.DecodeRange(ctx, dp, shards, off, n, w)
	if err != nil {
		return fmt.Errorf("decode %s: %w", f.Name, err)
	}
	c.progress(Progress{Stage: "decode", Slot: -1, Done: n, Total: n})
	return nil
}

// getSpan reads the range from ranged fetches of k shards. done is false
// when the bytes failed authentication before any reached w (the caller
// then falls back to whole verified shards).
func (c *Client) getSpan(ctx context.Context, f FileEntry, holders []common.Address, dp storage.DecodeParams, from, to uint64, off, n int64, w io.Writer) (bool, error) {
	tmp, err := c.tempDir("range-")
	if err != nil {
		return true, fmt.Errorf("staging dir: %w", err)
	}
	defer os.RemoveAll(tmp)
	sw := &startedWriter{w: w}
	shards, closeAll, err := c.fetchK(ctx, f, holders, int64(to-from), func(ctx context.Context, i int, got *atomic.Int64) (*os.File, error) {
		return c.fetchSpan(ctx, f, i, holders[i], tmp, from, to, got)
	})
	if err == nil {
		err = storage.DecodeRange(ctx, dp, shards, off, n, sw)
		closeAll()
	}
	if err != nil && (!errors.Is(err, storage.ErrDecrypt) || sw.started) {
		return true, fmt.Errorf("get %s: %w", f.Name, err)
	}
	return err == nil, err
}

// startedWriter notes whether anything was written.
type startedWriter struct {
	w       io.Writer
	started bool
}

func (s *startedWriter) Write(p []byte) (int, error) {
	s.started = s.started || len(p) > 0
	return s.w.Write(p)
}

// holders reads who holds each slot of f (zero address: nobody).
func (c *Client) holders(ctx context.Context, f FileEntry) ([]common.Address, error) {
	p := f.Request.Params
	return c.m.Holders(ctx, f.ID, int(p.K)+int(p.M))
}

// SlotStatus is one slot of a request, as `cairn status` shows it.
type SlotStatus struct {
	Index      int
	State      string
	Provider   common.Address
	Proofs     uint64
	Misses     uint64
	Slashed    *big.Int
	Paid       *big.Int
	Collateral *big.Int
	// v2 only: the slot's kind now (open to initial, late, repair or
	// renewal fills, or closed), its current tenure and proof set, the
	// pay a settle would add, and the epoch of its open audit (0: none).
	Kind    string
	Tenure  *big.Int
	SetID   uint64
	Pending *big.Int
	Audit   uint64
}

// RequestStatus is a request's state and its slots.
type RequestStatus struct {
	ID         [32]byte
	State      string
	StartEpoch uint64
	EndEpoch   uint64
	Epoch      uint64
	EscrowLeft *big.Int
	Slots      []SlotStatus
	// Protocol is 1 or 2; the fields below are filled on v2.
	Protocol int
	// Ends is when the storage ends (v2: the stop epoch once closed early).
	Ends FileEnd
}
