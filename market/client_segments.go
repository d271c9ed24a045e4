package market

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/big"

	"golang.org/x/sync/errgroup"

	"github.com/cairn-storage/cairn/storage"
)

// A file larger than one request holds (k × the max shard size) is put as
// segments: consecutive byte ranges, each its own request with its own
// file key, listed as one file. Every segment's sealed manifest names the
// file (a random-looking id derived from the master key, the path, size
// and mtime, so a rerun finds the segments already stored), its index, the
// segment count, its offset and the file's size.

// segmentLen is the most plaintext one request holds under the client's
// terms: the largest multiple of 64 KiB whose shards fit the max shard
// size, and whose pushes fit the reservation TTL at the client's uplink
// (shardSizeFor).
func (c *Client) segmentLen() (int64, error) {
	maxShard := c.terms.MaxShardSize
	if c.cfg.MaxShardSize != 0 {
		maxShard = min(maxShard, c.cfg.MaxShardSize)
	}
	if ttl := c.reservationTTL(); ttl > 0 {
		up, from := c.uplink()
		if s := shardSizeFor(up, ttl, c.cfg.K+c.cfg.M, c.cfg.SegmentParallel, maxShard); s < maxShard {
			c.log.Debug("shard size fitted to the uplink and reservation TTL", "uplink_bytes_per_sec", int64(up), "uplink_from", from, "ttl", ttl, "shard_size", s)
			maxShard = s
		}
	}
	fits := func(l int64) bool {
		s, err := storage.ShardSize(l, c.cfg.K)
		return err == nil && s <= maxShard
	}
	hi := min(int64(c.cfg.K)*int64(min(maxShard, math.MaxInt64/64)), storage.MaxFileSize) / storage.SegmentSize
	lo := int64(1)
	if !fits(lo * storage.SegmentSize) {
		return 0, fmt.Errorf("max shard size %d holds no 64 KiB segment with k=%d", maxShard, c.cfg.K)
	}
	for lo < hi { // largest n in [lo, hi] with fits(n·64 KiB)
		mid := lo + (hi-lo+1)/2
		if fits(mid * storage.SegmentSize) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo * storage.SegmentSize, nil
}

// fileID names the segments of one version of one file.
func (c *Client) fileID(u *upload) [16]byte {
	mac := hmac.New(sha256.New, c.keys.Master[:])
	mac.Write([]byte("cairn/file-id/v1\x00"))
	mac.Write([]byte(u.path))
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], uint64(u.size))
	binary.BigEndian.PutUint64(b[8:], uint64(u.mtime))
	mac.Write(b[:])
	var id [16]byte
	copy(id[:], mac.Sum(nil))
	return id
}

// balancedLen is the length of every segment but the last (which is at
// most that) when size bytes are split into count segments: the size over
// the count, rounded up to 64 KiB. A file a little larger than one request
// is two halves pushed side by side, not a full segment and a sliver that
// waits for chain round trips of its own. The layout depends on the size
// and the count alone, so a rerun finds its stored segments by the count
// they record even if its terms (its measured uplink) changed meanwhile.
func balancedLen(size, count int64) int64 {
	n := (size + count - 1) / count
	return (n + storage.SegmentSize - 1) / storage.SegmentSize * storage.SegmentSize
}

// splitLen is the most plaintext one segment of a size-byte file holds
// (segLen) and one request holds (reqLen, segmentLen): segLen is reqLen,
// or less for a file larger than PipelineAbove, which is put as at least
// SegmentParallel segments.
func (c *Client) splitLen(size int64) (segLen, reqLen int64, err error) {
	if reqLen, err = c.segmentLen(); err != nil {
		return 0, 0, err
	}
	return c.pipelined(size, reqLen), reqLen, nil
}

// PipelineMinUplink is the slowest uplink a put is pipelined on: the
// pipeline saves about half the roots pass (~1 s per GiB here) for one
// more request's setup gas, which is worth it only where the pushes are
// short too (at 1 Gbit/s a 1 GiB put is ~7% faster; at 50 Mbit/s 0.4%).
const PipelineMinUplink = 400e6 / 8

// pipelined caps the segment length l of a size-byte file so that a file
// larger than PipelineAbove, put over an uplink of PipelineMinUplink or
// more, is SegmentParallel segments at least: the pushes of the first
// start after its own roots pass and request, not the whole file's, and
// the others' roots passes and requests run beside them (docs/client.md,
// "Segments").
func (c *Client) pipelined(size, l int64) int64 {
	n := int64(c.cfg.SegmentParallel)
	if c.cfg.PipelineAbove <= 0 || size <= c.cfg.PipelineAbove || n < 2 {
		return l
	}
	if up, _ := c.uplink(); up < PipelineMinUplink {
		return l
	}
	return min(l, balancedLen(size, n))
}

// splitOf is how u is split when maxLen bytes make one segment and capLen
// fit one request: the fewest segments, balanced, or the count its stored
// segments record (stored: the active ones by index).
func splitOf(u *upload, maxLen, capLen int64, stored map[uint32]FileEntry) (count, segLen int64, err error) {
	count = (u.size + maxLen - 1) / maxLen
	for _, r := range stored {
		count = int64(r.Manifest.Segment.Count) // an earlier run's split
		break
	}
	segLen = balancedLen(u.size, count)
	if segLen > capLen || (u.size+segLen-1)/segLen != count {
		return 0, 0, fmt.Errorf("put %s: an earlier run stored it as %d segments, which do not fit one request each under these terms (%d bytes); rm it or put it with the terms of that run: %w", u.path, count, capLen, ErrSegmentLayout)
	}
	for i, r := range stored {
		if sg := r.Manifest.Segment; sg.Count != uint32(count) || sg.Offset != int64(i)*segLen || sg.FileSize != u.size {
			return 0, 0, fmt.Errorf("put %s: stored segment %d (of %d at offset %d) is not segment %d of %d at offset %d of this split; rm it and put again: %w",
				u.path, i, sg.Count, sg.Offset, i, count, int64(i)*segLen, ErrSegmentLayout)
		}
	}
	return count, segLen, nil
}

// putSegments puts u as balanced segments of at most maxLen bytes (with
// capLen what one request holds: splitLen), SegmentParallel at a time
// (memory is bounded per segment, so by the parallelism), skipping
// segments an earlier run already stored (active on chain) and resuming
// journalled ones.
func (c *Client) putSegments(ctx context.Context, u *upload, maxLen, capLen int64) (PutResult, error) {
	if count := (u.size + maxLen - 1) / maxLen; count > math.MaxUint32 {
		return PutResult{}, fmt.Errorf("put %s: %d segments: %w", u.path, count, storage.ErrTooLarge)
	}
	id := c.fileID(u)
	stored := map[uint32]FileEntry{}
	reqs, err := c.listRequests(ctx)
	if err != nil {
		return PutResult{}, err
	}
	for _, r := range reqs {
		if sg := r.Manifest.Segment; sg.Count > 0 && sg.FileID == id && r.State == "active" {
			stored[sg.Index] = r
		}
	}
	count, segLen, err := splitOf(u, maxLen, capLen, stored)
	if err != nil {
		return PutResult{}, err
	}
	parts := make([]PutResult, count)
	g, gctx := errgroup.WithContext(ctx)
	// One segment more than SegmentParallel runs: it does its roots pass
	// while the others push, then waits for a push slot before its
	// request goes out (segmentGates).
	g.SetLimit(c.cfg.SegmentParallel + 1)
	gates := newSegmentGates(c.cfg.SegmentParallel)
	for i := range count {
		off, n := i*segLen, min(segLen, u.size-i*segLen)
		if r, ok := stored[uint32(i)]; ok {
			parts[i] = PutResult{ID: r.ID, Name: u.name, Size: n, ShardSize: r.Request.Params.ShardSize, Roots: r.Request.Params.ShardRoots, Resumed: true,
				Quote: c.quoteOf(n, r.Start, r.End, r.Request.Params.PricePerSlotEpoch, r.Request.Params.RepairReserve, r.K, r.M)}
			continue
		}
		g.Go(func() error {
			su := u.segment(id, i, count, off, n)
			su.gates = gates
			res, err := c.forPart(int(i)+1).putOne(gctx, su)
			if err != nil {
				return fmt.Errorf("segment %d of %d: %w", i+1, count, err)
			}
			parts[i] = res
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return PutResult{ID: parts[0].ID}, err
	}
	return joinParts(u.size, parts), nil
}

// joinParts is a split file's result from its parts': the first part's,
// with every part, the file's size, the parts' summed quote, and Resumed
// if any part was.
func joinParts(size int64, parts []PutResult) PutResult {
	res := parts[0]
	res.Size, res.Parts, res.Resumed = size, parts, false
	res.Quote = sumQuotes(parts)
	for _, p := range parts {
		res.Resumed = res.Resumed || p.Resumed
	}
	return res
}

// segment is part i of count of u (its bytes [off, off+n)), file id.
func (u *upload) segment(id [16]byte, i, count, off, n int64) *upload {
	return &upload{src: io.NewSectionReader(u.src, off, n), path: u.path, name: u.name, size: n, mtime: u.mtime,
		seg: storage.Segment{FileID: id, Index: uint32(i), Count: uint32(count), FileSize: u.size, Offset: off}}
}

// sumQuotes is the cost of all parts, timeline of the first.
func sumQuotes(parts []PutResult) Quote {
	q := parts[0].Quote
	q.Size, q.Escrow, q.Reserve, q.Total = 0, new(big.Int), new(big.Int), new(big.Int)
	for _, p := range parts {
		q.Size += p.Quote.Size
		q.Escrow.Add(q.Escrow, p.Quote.Escrow)
		q.Reserve.Add(q.Reserve, p.Quote.Reserve)
		q.Total.Add(q.Total, p.Quote.Total)
	}
	q.Segments = len(parts)
	return q
}

// groupSegments folds the requests of split files into one entry per file
// (for each index the newest part, an active one preferred), keeping
// the list's order by each file's first appearance.
func groupSegments(reqs []FileEntry) []FileEntry {
	var out []FileEntry
	groups := map[[16]byte]int{} // file id → index in out
	for _, r := range reqs {
		sg := r.Manifest.Segment
		if sg.Count == 0 {
			out = append(out, r)
			continue
		}
		gi, ok := groups[sg.FileID]
		if !ok {
			gi = len(out)
			groups[sg.FileID] = gi
			out = append(out, FileEntry{Name: r.Name, Size: sg.FileSize, K: r.K, M: r.M, Created: r.Created, Start: r.Start, End: r.End,
				Parts: make([]FileEntry, sg.Count)})
		}
		g := &out[gi]
		if int(sg.Index) >= len(g.Parts) {
			continue
		}
		if cur := g.Parts[sg.Index]; cur.Request.Block == 0 || r.State == "active" || cur.State != "active" {
			g.Parts[sg.Index] = r
		}
	}
	for gi := range out {
		g := &out[gi]
		if g.Parts == nil {
			continue
		}
		g.State = "active"
		for _, p := range g.Parts {
			switch {
			case p.Request.Block == 0:
				g.State = "incomplete"
			case p.State != "active" && g.State == "active":
				g.State = p.State
			}
			g.Start, g.End = min(g.Start, p.Start), max(g.End, p.End)
			if p.Request.Block != 0 && (g.Ends.EndBlock == 0 || p.Ends.EndBlock < g.Ends.EndBlock) {
				warn := g.Ends.Warn
				g.Ends = p.Ends // the file is whole until its first part ends
				g.Ends.Warn = g.Ends.Warn || warn
			} else {
				g.Ends.Warn = g.Ends.Warn || p.Ends.Warn
			}
		}
		for _, p := range g.Parts { // the first part present names the file
			if p.Request.Block != 0 {
				g.ID, g.Manifest, g.Request = p.ID, p.Manifest, p.Request
				break
			}
		}
	}
	return out
}

// getParts writes bytes [off, off+n) of a split file, part by part.
func (c *Client) getParts(ctx context.Context, f FileEntry, w io.Writer, off, n int64) error {
	for _, p := range f.Parts {
		if p.Request.Block == 0 {
			return fmt.Errorf("get %s: a segment is missing (the file is %s): %w", f.Name, f.State, storage.ErrTooFewShards)
		}
		po := p.Manifest.Segment.Offset
		lo, hi := max(off, po), min(off+n, po+p.Size)
		if lo >= hi {
			continue
		}
		if err := c.forPart(int(p.Manifest.Segment.Index)+1).GetTo(ctx, p, w, lo-po, hi-lo); err != nil {
			return fmt.Errorf("segment %d: %w", p.Manifest.Segment.Index+1, err)
		}
	}
	return nil
}

// forPart is a view of the client whose progress events carry part (the
// 1-based segment); it shares everything else, the request lock included.
func (c *Client) forPart(part int) *Client {
	v := *c
	if up := c.cfg.Progress; up != nil {
		v.cfg.Progress = func(ev Progress) {
			ev.Part = part
			up(ev)
		}
	}
	return &v
}
