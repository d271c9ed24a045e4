package market

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
)

// ErrStalled means a provider sent a shard slower than
// ClientConfig.StallMinRate over a whole StallWindow; the fetch was dropped
// for another shard.
var ErrStalled = errors.New("provider stalled")

// stagingDir is a fixed directory under the temp dir, kept across runs.
func (c *Client) stagingDir(name string) (string, error) {
	root := c.cfg.TempDir
	if root == "" {
		root = os.TempDir()
	}
	dir := filepath.Join(root, name)
	return dir, os.MkdirAll(dir, 0o700)
}

// fetchFunc fetches shard i, adding the bytes received to got.
type fetchFunc func(ctx context.Context, i int, got *atomic.Int64) (*os.File, error)

type fetchRun struct {
	i          int
	start      time.Time
	got        atomic.Int64
	checked    time.Time // start of the current stall window
	gotAtCheck int64
	cancel     context.CancelCauseFunc
}

type fetchResult struct {
	i   int
	fh  *os.File
	err error
}

// fetchK fetches k of the shards (size bytes each) with fetch: data shards
// first (decoding them needs no reconstruction), a failed or stalled fetch
// replaced by the next candidate, and — when ClientConfig.Hedge is set and
// a running fetch is on course to take more than twice as long as the first
// one that finished — one hedged fetch of the next candidate, the first k to
// finish winning. It returns the k+m readers (nil: not fetched) and a
// function that closes them.
func (c *Client) fetchK(ctx context.Context, f FileEntry, holders []common.Address, size int64, fetch fetchFunc) ([]io.ReaderAt, func(), error) {
	k := int(f.Request.Params.K)
	shards := make([]io.ReaderAt, len(holders))
	var files []*os.File
	closeAll := func() {
		for _, fh := range files {
			fh.Close()
		}
	}
	var order []int
	for i, h := range holders {
		if h != (common.Address{}) {
			order = append(order, i)
		}
	}
	results := make(chan fetchResult, len(order))
	running := map[int]*fetchRun{}
	next := 0
	startOne := func() bool {
		if next >= len(order) {
			return false
		}
		r := &fetchRun{i: order[next], start: time.Now()}
		r.checked = r.start
		next++
		rctx, cancel := context.WithCancelCause(ctx)
		r.cancel = cancel
		running[r.i] = r
		go func() {
			fh, err := fetch(rctx, r.i, &r.got)
			if err != nil && context.Cause(rctx) != nil && ctx.Err() == nil {
				err = fmt.Errorf("%w: %w", context.Cause(rctx), err)
			}
			results <- fetchResult{r.i, fh, err}
		}()
		return true
	}
	have, hedged := 0, false
	var firstDone time.Duration
	var lastErr error
	for len(running) < k && startOne() {
	}
	tick := time.NewTicker(min(c.cfg.StallWindow/4, 250*time.Millisecond))
	defer tick.Stop()
	for have < k && len(running) > 0 && ctx.Err() == nil {
		select {
		case res := <-results:
			r := running[res.i]
			delete(running, res.i)
			r.cancel(nil)
			if res.err != nil {
				lastErr = res.err
				c.log.Warn("shard unavailable, routing around", "slot", res.i, "provider", holders[res.i], "err", res.err)
				for have+len(running) < k && startOne() {
				}
				continue
			}
			files = append(files, res.fh)
			shards[res.i] = res.fh
			have++
			if firstDone == 0 {
				firstDone = time.Since(r.start)
			}
		case now := <-tick.C:
			for _, r := range running {
				if now.Sub(r.checked) >= c.cfg.StallWindow {
					got := r.got.Load()
					if float64(got-r.gotAtCheck) < float64(c.cfg.StallMinRate)*now.Sub(r.checked).Seconds() {
						r.cancel(fmt.Errorf("%w: %d bytes in %s", ErrStalled, got-r.gotAtCheck, now.Sub(r.checked).Round(time.Millisecond)))
					}
					r.checked, r.gotAtCheck = now, got
				}
			}
			if c.cfg.Hedge && !hedged && firstDone > 0 && have+len(running) == k {
				for _, r := range running {
					if slowerThan(r, size, max(2*firstDone, time.Second), now) {
						hedged = startOne()
						if hedged {
							c.log.Info("hedging a slow shard fetch", "slot", r.i, "provider", holders[r.i])
						}
						break
					}
				}
			}
		case <-ctx.Done():
		}
	}
	// Stop and reap the rest (losers of a hedge, or everything on cancel).
	for _, r := range running {
		r.cancel(errors.New("not needed"))
	}
	for len(running) > 0 {
		res := <-results
		delete(running, res.i)
		if res.err == nil {
			res.fh.Close()
		}
	}
	if err := ctx.Err(); err != nil {
		closeAll()
		return nil, nil, err
	}
	if have < k {
		closeAll()
		return nil, nil, fmt.Errorf("get %s: only %d of the %d shards needed could be fetched (last error: %v): %w", f.Name, have, k, lastErr, storage.ErrTooFewShards)
	}
	return shards, closeAll, nil
}

// slowerThan reports whether fetch r, at its rate so far, will take longer
// than d in all.
func slowerThan(r *fetchRun, size int64, d time.Duration, now time.Time) bool {
	elapsed := now.Sub(r.start)
	if elapsed < d/2 {
		return false
	}
	got := r.got.Load()
	if got <= 0 {
		return true
	}
	total := time.Duration(float64(elapsed) * float64(size) / float64(got))
	return total > d
}

// fetchVerified fetches whole shard i into dir/shard-NN, resuming a partial
// one (.part, re-hashed) from where it ended, and verifies its root as the
// bytes arrive. A verified shard is renamed .ok and reused by later runs
// without a fetch; one whose root does not match is deleted.
func (c *Client) fetchVerified(ctx context.Context, f FileEntry, i int, holder common.Address, dir string, got *atomic.Int64) (*os.File, error) {
	p := f.Request.Params
	size := int64(p.ShardSize)
	okPath := filepath.Join(dir, fmt.Sprintf("shard-%02d.ok", i))
	partPath := filepath.Join(dir, fmt.Sprintf("shard-%02d.part", i))
	if fh, err := os.Open(okPath); err == nil {
		if st, err := fh.Stat(); err == nil && st.Size() == size {
			got.Store(size)
			c.progress(Progress{Stage: "fetch", Slot: i, Done: size, Total: size, Note: "staged"})
			return fh, nil
		}
		fh.Close()
		os.Remove(okPath)
	}
	fh, err := os.OpenFile(partPath, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*os.File, error) {
		fh.Close()
		return nil, fmt.Errorf("slot %d: %w", i, err)
	}
	st, err := fh.Stat()
	if err != nil {
		return fail(err)
	}
	have := st.Size()
	if have > size {
		have = 0
		if err := fh.Truncate(0); err != nil {
			return fail(err)
		}
	}
	rw := proofs.NewRootWriter(p.ShardSize)
	if have > 0 {
		if _, err := io.Copy(rw, io.NewSectionReader(fh, 0, have)); err != nil {
			rw.Sum()
			return fail(err)
		}
		c.log.Info("resuming a shard fetch", "slot", i, "offset", have)
	}
	if _, err := fh.Seek(have, io.SeekStart); err != nil {
		rw.Sum()
		return fail(err)
	}
	got.Store(have)
	c.progress(Progress{Stage: "fetch", Slot: i, Done: have, Total: size, Note: holder.Hex()})
	// In-flight progress stops short of the total: Done == Total is sent
	// only once the shard is verified.
	dst := &countingWriter{w: io.MultiWriter(fh, rw), n: have, report: func(done int64) {
		if done < size {
			c.progress(Progress{Stage: "fetch", Slot: i, Done: done, Total: size, Note: holder.Hex()})
		}
	}, got: got}
	if have < size {
		err = c.fetchRange(ctx, f, i, holder, uint64(have), uint64(size), dst)
	}
	root, serr := rw.Sum()
	if err != nil {
		return fail(err)
	}
	if serr != nil {
		return fail(serr)
	}
	if root != p.ShardRoots[i] {
		os.Remove(partPath)
		return fail(fmt.Errorf("got root %x, want %x: %w", root[:6], p.ShardRoots[i][:6], storage.ErrRootMismatch))
	}
	if err := os.Rename(partPath, okPath); err != nil {
		return fail(err)
	}
	c.progress(Progress{Stage: "fetch", Slot: i, Done: size, Total: size, Note: holder.Hex()})
	return fh, nil
}

// fetchRange fetches bytes [from, to) of shard i from holder into w.
func (c *Client) fetchRange(ctx context.Context, f FileEntry, i int, holder common.Address, from, to uint64, w io.Writer) error {
	ai, err := PeerOf(ctx, c.m, holder)
	if err != nil {
		return err
	}
	if err := c.host.Connect(ctx, ai); err != nil {
		return fmt.Errorf("connect to %s: %w", holder, err)
	}
	n, err := c.host.Fetch(ctx, ai.ID, SlotID(f.ID, uint64(i)), from, to-from, w, c.auth)
	if err != nil {
		return err
	}
	if uint64(n) != to-from {
		return fmt.Errorf("fetched %d of %d bytes at %d", n, to-from, from)
	}
	return nil
}

// fetchSpan fetches [0, HeaderSpan) and [from, to) of shard i into a
// sparse temp file at their own offsets. The bytes are not root-checked
// (DecodeRange authenticates every segment it uses).
func (c *Client) fetchSpan(ctx context.Context, f FileEntry, i int, holder common.Address, dir string, from, to uint64, got *atomic.Int64) (*os.File, error) {
	fh, err := os.CreateTemp(dir, fmt.Sprintf("span-%02d-", i))
	if err != nil {
		return nil, err
	}
	total := int64(to - from)
	c.progress(Progress{Stage: "fetch", Slot: i, Total: total, Note: holder.Hex()})
	for j, r := range [][2]uint64{{0, min(storage.HeaderSpan, f.Request.Params.ShardSize)}, {from, to}} {
		if j == 0 && from == 0 {
			continue
		}
		w := &countingWriter{w: io.NewOffsetWriter(fh, int64(r[0])), report: func(int64) {}, got: got}
		if err = c.fetchRange(ctx, f, i, holder, r[0], r[1], w); err != nil {
			break
		}
	}
	if err != nil {
		fh.Close()
		return nil, fmt.Errorf("slot %d: %w", i, err)
	}
	c.progress(Progress{Stage: "fetch", Slot: i, Done: total, Total: total, Note: holder.Hex()})
	return fh, nil
}
