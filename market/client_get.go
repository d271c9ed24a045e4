package market

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
)

// Get fetches any k shards of a file in parallel, verifies each against
// its on-chain root, decodes, decrypts and writes out atomically: on any
// error nothing is left at out. Missing or corrupt shards are routed around.
func (c *Client) Get(ctx context.Context, f FileEntry, out string) error {
	p := f.Request.Params
	n := int(p.K) + int(p.M)
	tmp, err := c.tempDir("get-")
	if err != nil {
		return fmt.Errorf("staging dir: %w", err)
	}
	defer os.RemoveAll(tmp)

	holders := make([]common.Address, n)
	for i := range holders {
		si, err := c.m.SlotInfo(ctx, SlotID(f.ID, uint64(i)))
		if err != nil {
			return err
		}
		if si.State == SlotFilled {
			holders[i] = si.Provider
		}
	}
	shards := make([]io.ReaderAt, n)
	var files []*os.File
	defer func() {
		for _, fh := range files {
			fh.Close()
		}
	}()
	// Fetch k at a time, data shards first (decoding them needs no
	// reconstruction); each failure moves on to the next candidate.
	next := 0
	have := 0
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
				fh, err := c.fetchVerified(ctx, f, i, holders[i], tmp)
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
		return fmt.Errorf("get %s: only %d of the %d shards needed could be fetched (last error: %v): %w", f.Name, have, p.K, lastErr, storage.ErrTooFewShards)
	}
	c.progress(Progress{Stage: "decode", Slot: -1, Total: f.Size})
	dp := f.Manifest.DecodeParams(p.ShardRoots)
	dp.Verified = true
	if err := storage.DecodeToFile(ctx, dp, shards, out); err != nil {
		return fmt.Errorf("decode %s: %w", f.Name, err)
	}
	c.progress(Progress{Stage: "decode", Slot: -1, Done: f.Size, Total: f.Size})
	return nil
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
