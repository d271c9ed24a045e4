package market

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/internal/atomicfile"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
)

// Get fetches any k shards of a file in parallel, verifies each against
// its on-chain root, decodes, decrypts and writes out atomically: on any
// error nothing is left at out. Missing or corrupt shards are routed around.
func (c *Client) Get(ctx context.Context, f FileEntry, out string) error {
	return c.GetRange(ctx, f, out, 0, f.Size)
}

// GetRange is Get of plaintext bytes [off, off+n) only.
func (c *Client) GetRange(ctx context.Context, f FileEntry, out string, off, n int64) error {
	a, err := atomicfile.Create(out, 0o600)
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
// file is fetched as k verified shards; a smaller range fetches from k
// shards only the stripes that hold it (storage.RangeSpan) and decrypts
// only its 64 KiB segments, each authenticated before it reaches w. If a
// provider served bytes that fail authentication, the range is read again
// from whole, root-verified shards. On error w may have received a prefix
// of the range, never unauthenticated bytes.
func (c *Client) GetTo(ctx context.Context, f FileEntry, w io.Writer, off, n int64) error {
	if off < 0 || n < 0 || off > f.Size || n > f.Size-off {
		return fmt.Errorf("get %s: bytes %d+%d of %d: %w", f.Name, off, n, f.Size, storage.ErrRange)
	}
	tmp, err := c.tempDir("get-")
	if err != nil {
		return fmt.Errorf("staging dir: %w", err)
	}
	defer os.RemoveAll(tmp)
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
			sw := &startedWriter{w: w}
			shards, closeAll, err := c.fetchK(ctx, f, holders, func(i int) (*os.File, error) { return c.fetchSpan(ctx, f, i, holders[i], tmp, from, to) })
			if err == nil {
				err = storage.DecodeRange(ctx, dp, shards, off, n, sw)
				closeAll()
			}
			if err == nil || !errors.Is(err, storage.ErrDecrypt) || sw.started {
				if err != nil {
					return fmt.Errorf("get %s: %w", f.Name, err)
				}
				return nil
			}
			c.log.Warn("a provider served bytes that fail authentication; fetching whole verified shards", "request_id", short(f.ID), "err", err)
		}
	}
	shards, closeAll, err := c.fetchK(ctx, f, holders, func(i int) (*os.File, error) { return c.fetchVerified(ctx, f, i, holders[i], tmp) })
	if err != nil {
		return err
	}
	defer closeAll()
	c.progress(Progress{Stage: "decode", Slot: -1, Total: n})
	if n == f.Size {
		err = storage.Decode(ctx, dp, shards, w)
	} else {
		err = storage.DecodeRange(ctx, dp, shards, off, n, w)
	}
	if err != nil {
		return fmt.Errorf("decode %s: %w", f.Name, err)
	}
	c.progress(Progress{Stage: "decode", Slot: -1, Done: n, Total: n})
	return nil
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
	holders := make([]common.Address, int(p.K)+int(p.M))
	for i := range holders {
		si, err := c.m.SlotInfo(ctx, SlotID(f.ID, uint64(i)))
		if err != nil {
			return nil, err
		}
		if si.State == SlotFilled {
			holders[i] = si.Provider
		}
	}
	return holders, nil
}

// fetchK fetches k shards with fetch, k at a time, data shards first
// (decoding them needs no reconstruction); each failure moves on to the
// next candidate. It returns the k+m readers (nil: not fetched) and a
// function that closes them.
func (c *Client) fetchK(ctx context.Context, f FileEntry, holders []common.Address, fetch func(i int) (*os.File, error)) ([]io.ReaderAt, func(), error) {
	p := f.Request.Params
	n := len(holders)
	shards := make([]io.ReaderAt, n)
	var files []*os.File
	closeAll := func() {
		for _, fh := range files {
			fh.Close()
		}
	}
	next, have := 0, 0
	var lastErr error
	for have < int(p.K) && next < n {
		want := int(p.K) - have
		var batch []int
		for ; next < n && len(batch) < want; next++ {
			if holders[next] != (common.Address{}) {
				batch = append(batch, next)
			}
		}
		if len(batch) == 0 {
			break
		}
		var mu sync.Mutex
		var wg sync.WaitGroup
		for _, i := range batch {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				fh, err := fetch(i)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					lastErr = err
					c.log.Warn("shard unavailable, routing around", "slot", i, "provider", holders[i], "err", err)
					return
				}
				files = append(files, fh)
				shards[i] = fh
				have++
			}(i)
		}
		wg.Wait()
	}
	if have < int(p.K) {
		closeAll()
		return nil, nil, fmt.Errorf("get %s: only %d of the %d shards needed could be fetched (last error: %v): %w", f.Name, have, p.K, lastErr, storage.ErrTooFewShards)
	}
	return shards, closeAll, nil
}

// fetchSpan fetches [0, HeaderSpan) and [from, to) of shard i into a
// sparse temp file at their own offsets. The bytes are not root-checked
// (DecodeRange authenticates every segment it uses).
func (c *Client) fetchSpan(ctx context.Context, f FileEntry, i int, holder common.Address, dir string, from, to uint64) (*os.File, error) {
	fh, err := os.CreateTemp(dir, fmt.Sprintf("span-%02d-", i))
	if err != nil {
		return nil, err
	}
	ai, err := PeerOf(ctx, c.m, holder)
	if err == nil {
		err = c.host.Connect(ctx, ai)
	}
	slot := SlotID(f.ID, uint64(i))
	total := int64(to - from)
	c.progress(Progress{Stage: "fetch", Slot: i, Total: total, Note: holder.Hex()})
	for j, r := range [][2]uint64{{0, min(storage.HeaderSpan, f.Request.Params.ShardSize)}, {from, to}} {
		if err != nil || (j == 0 && from == 0) {
			continue
		}
		var got int64
		got, err = c.host.Fetch(ctx, ai.ID, slot, r[0], r[1]-r[0], io.NewOffsetWriter(fh, int64(r[0])), c.auth)
		if err == nil && uint64(got) != r[1]-r[0] {
			err = fmt.Errorf("fetched %d of %d bytes at %d", got, r[1]-r[0], r[0])
		}
	}
	if err != nil {
		fh.Close()
		return nil, fmt.Errorf("slot %d: %w", i, err)
	}
	c.progress(Progress{Stage: "fetch", Slot: i, Done: total, Total: total, Note: holder.Hex()})
	return fh, nil
}

func (c *Client) fetchVerified(ctx context.Context, f FileEntry, i int, holder common.Address, dir string) (*os.File, error) {
	p := f.Request.Params
	fh, err := os.CreateTemp(dir, fmt.Sprintf("shard-%02d-", i))
	if err != nil {
		return nil, err
	}
	c.progress(Progress{Stage: "fetch", Slot: i, Total: int64(p.ShardSize), Note: holder.Hex()})
	// In-flight progress stops short of the total: Done == Total is sent
	// only once the shard is verified.
	// The root is hashed as the bytes arrive (on all cores), so the shard
	// is verified without reading it back.
	rw := proofs.NewRootWriter(p.ShardSize)
	dst := &countingWriter{w: io.MultiWriter(fh, rw), report: func(done int64) {
		if done < int64(p.ShardSize) {
			c.progress(Progress{Stage: "fetch", Slot: i, Done: done, Total: int64(p.ShardSize), Note: holder.Hex()})
		}
	}}
	err = FetchFrom(ctx, c.m, c.host, holder, SlotID(f.ID, uint64(i)), p.ShardSize, dst, c.auth)
	if err == nil {
		var root [32]byte
		if root, err = rw.Sum(); err == nil && root != p.ShardRoots[i] {
			err = fmt.Errorf("got root %x, want %x: %w", root[:6], p.ShardRoots[i][:6], storage.ErrRootMismatch)
		}
	}
	if err != nil {
		fh.Close()
		return nil, fmt.Errorf("slot %d: %w", i, err)
	}
	c.progress(Progress{Stage: "fetch", Slot: i, Done: int64(p.ShardSize), Total: int64(p.ShardSize), Note: holder.Hex()})
	return fh, nil
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
}

// Status reads a request's state, per slot, from the chain.
func Status(ctx context.Context, m *Market, id [32]byte) (RequestStatus, error) {
	ri, err := m.RequestInfo(ctx, id)
	if err != nil {
		return RequestStatus{}, err
	}
	if ri.State == RequestNone {
		return RequestStatus{}, fmt.Errorf("request 0x%x: %w", id, ErrUnknownRequest)
	}
	epoch, _, err := m.Clock.Current(ctx)
	if err != nil {
		return RequestStatus{}, err
	}
	n := int(ri.K) + int(ri.M)
	ids := make([][32]byte, n)
	for i := range ids {
		ids[i] = SlotID(id, uint64(i))
	}
	proofs, err := m.ProofCounts(ctx, ids)
	if err != nil {
		return RequestStatus{}, err
	}
	misses, slashed, err := m.MissCounts(ctx, ids)
	if err != nil {
		return RequestStatus{}, err
	}
	st := RequestStatus{ID: id, State: RequestStateName(ri.State), StartEpoch: ri.StartEpoch, EndEpoch: ri.EndEpoch, Epoch: epoch, EscrowLeft: ri.EscrowLeft}
	for i, sid := range ids {
		si, err := m.SlotInfo(ctx, sid)
		if err != nil {
			return RequestStatus{}, err
		}
		sl := slashed[sid]
		if sl == nil {
			sl = new(big.Int)
		}
		st.Slots = append(st.Slots, SlotStatus{
			Index: i, State: SlotStateName(si.State), Provider: si.Provider,
			Proofs: proofs[sid], Misses: misses[sid], Slashed: sl,
			Paid:       new(big.Int).Mul(ri.PricePerSlotEpoch, new(big.Int).SetUint64(si.PaidEpochs)),
			Collateral: si.Collateral,
		})
	}
	return st, nil
}
