package market

import (
	"errors"
	"testing"

	"github.com/cairn-storage/cairn/storage"
)

const kib64 = storage.SegmentSize

// A split is the fewest segments that fit, all of one length (a multiple
// of 64 KiB) but a last one no longer; a rerun follows the count its
// stored segments record and refuses segments of another split.
func TestSplitOf(t *testing.T) {
	seg := func(i, count uint32, off, size int64) FileEntry {
		var e FileEntry
		e.Manifest.Segment = storage.Segment{Index: i, Count: count, Offset: off, FileSize: size}
		return e
	}
	for _, tc := range []struct {
		name          string
		size, maxLen  int64
		stored        map[uint32]FileEntry
		count, segLen int64
		err           error
	}{
		{"a little over one request: two halves", 10*kib64 + 1, 10 * kib64, nil, 2, 6 * kib64, nil},
		{"exactly two requests", 20 * kib64, 10 * kib64, nil, 2, 10 * kib64, nil},
		{"three, balanced", 21 * kib64, 10 * kib64, nil, 3, 7 * kib64, nil},
		{"odd bytes round up to 64 KiB", 25*kib64 + 7, 10 * kib64, nil, 3, 9 * kib64, nil},
		{"a 20 GiB file in 4 GiB requests", 20 << 30, 4 << 30, nil, 5, 4 << 30, nil},
		{"20 GiB + 1 byte", 20<<30 + 1, 4 << 30, nil, 6, (20<<30)/6/kib64*kib64 + kib64, nil},
		{"rerun follows the stored count", 21 * kib64, 20 * kib64, map[uint32]FileEntry{1: seg(1, 3, 7*kib64, 21*kib64)}, 3, 7 * kib64, nil},
		{"stored segment at another offset", 21 * kib64, 10 * kib64, map[uint32]FileEntry{1: seg(1, 3, 10*kib64, 21*kib64)}, 0, 0, ErrSegmentLayout},
		{"stored count too few for these terms", 21 * kib64, 5 * kib64, map[uint32]FileEntry{0: seg(0, 3, 0, 21*kib64)}, 0, 0, ErrSegmentLayout},
		{"stored for another size", 21 * kib64, 10 * kib64, map[uint32]FileEntry{0: seg(0, 3, 0, 22*kib64)}, 0, 0, ErrSegmentLayout},
	} {
		t.Run(tc.name, func(t *testing.T) {
			count, segLen, err := splitOf(&upload{path: "f", size: tc.size}, tc.maxLen, tc.maxLen, tc.stored)
			if !errors.Is(err, tc.err) || count != tc.count || segLen != tc.segLen {
				t.Fatalf("split %d bytes at most %d: %d × %d, %v; want %d × %d, %v", tc.size, tc.maxLen, count, segLen, err, tc.count, tc.segLen, tc.err)
			}
			if err != nil {
				return
			}
			if segLen%kib64 != 0 || segLen > tc.maxLen || (count-1)*segLen >= tc.size || count*segLen < tc.size {
				t.Fatalf("%d × %d does not cover %d bytes in 64 KiB multiples within %d", count, segLen, tc.size, tc.maxLen)
			}
		})
	}
}

func FuzzBalancedLen(f *testing.F) {
	f.Add(int64(10*kib64+1), int64(10))
	f.Fuzz(func(t *testing.T, size, units int64) {
		if size <= 0 || units <= 0 || units > 1<<20 || size > storage.MaxFileSize {
			return
		}
		maxLen := units * kib64
		count := (size + maxLen - 1) / maxLen
		l := balancedLen(size, count)
		if l%kib64 != 0 || l > maxLen || (size+l-1)/l != count {
			t.Fatalf("size %d, max %d: %d segments of %d", size, maxLen, count, l)
		}
	})
}

// A file larger than PipelineAbove is SegmentParallel segments at least
// on a fast uplink; smaller files, a slow uplink, parallelism 1 or
// PipelineAbove 0 keep the request's limit.
func TestPipelined(t *testing.T) {
	const req = 4 << 30 // what one request holds
	const gbit = 1e9 / 8
	for _, tc := range []struct {
		name            string
		above, size     int64
		parallel        int
		uplink          int64
		segLen, segsFor int64
	}{
		{"1 GiB, 2 at once", 512 << 20, 1 << 30, 2, gbit, 512 << 20, 2},
		{"1 GiB + 1, 2 at once", 512 << 20, 1<<30 + 1, 2, gbit, 512<<20 + kib64, 2},
		{"1 GiB, 3 at once", 512 << 20, 1 << 30, 3, gbit, balancedLen(1<<30, 3), 3},
		{"at the threshold: one request", 512 << 20, 512 << 20, 2, gbit, req, 1},
		{"off", 0, 1 << 30, 2, gbit, req, 1},
		{"one at a time", 512 << 20, 1 << 30, 1, gbit, req, 1},
		{"20 GiB: the request's limit rules", 512 << 20, 20 << 30, 2, gbit, req, 5},
		{"a slow link: one request", 512 << 20, 1 << 30, 2, PipelineMinUplink - 1, req, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &Client{cfg: ClientConfig{PipelineAbove: tc.above, SegmentParallel: tc.parallel, Uplink: tc.uplink}}
			l := c.pipelined(tc.size, req)
			count, segLen, err := splitOf(&upload{size: tc.size}, l, req, nil)
			if l != tc.segLen || err != nil || count != tc.segsFor || segLen > l {
				t.Fatalf("pipelined(%d) = %d → %d × %d, %v; want %d → %d segments", tc.size, l, count, segLen, err, tc.segLen, tc.segsFor)
			}
		})
	}
}
