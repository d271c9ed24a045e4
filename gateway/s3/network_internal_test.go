package s3

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"testing"

	"github.com/cairn-storage/cairn/market"
)

// fakeClient serves one upload: whole gets from data (or failing, with
// failGet), range reads that fail after failAfter bytes (negative: never).
type fakeClient struct {
	data      []byte
	failAfter int
	failGet   bool
	gets      int
}

var (
	errSpan  = errors.New("provider refused the span")
	errWhole = errors.New("whole upload failed")
)

func (c *fakeClient) Put(context.Context, string) (market.PutResult, error) {
	return market.PutResult{}, errors.New("not used")
}

func (c *fakeClient) List(context.Context) ([]market.FileEntry, error) {
	return []market.FileEntry{{ID: [32]byte{1}, Name: "pack", Size: int64(len(c.data)), State: "active"}}, nil
}

func (c *fakeClient) GetCached(_ context.Context, _ market.FileEntry, out string) error {
	c.gets++
	if c.failGet {
		return errWhole
	}
	return os.WriteFile(out, c.data, 0o600)
}

func (c *fakeClient) Terminate(context.Context, [32]byte) (market.Terminated, error) {
	return market.Terminated{}, errors.New("not used")
}

func (c *fakeClient) GetTo(_ context.Context, _ market.FileEntry, w io.Writer, off, n int64) error {
	if c.failAfter < 0 {
		_, err := w.Write(c.data[off : off+n])
		return err
	}
	k := min(int64(c.failAfter), n)
	if _, err := w.Write(c.data[off : off+k]); err != nil {
		return err
	}
	return errSpan
}

// TestRangeReadFallsBackToWholeUpload: a range read of an uncached upload
// that fails part way (or at once) finishes from the whole upload, byte
// exact; one that works costs no whole download; when the whole upload
// fails too the read fails with its error (one fallback, no retry).
func TestRangeReadFallsBackToWholeUpload(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789abcdef"), 4096)
	for _, tc := range []struct {
		name      string
		failAfter int
		failGet   bool
		wantGets  int
	}{
		{"range works", -1, false, 0},
		{"fails at once", 0, false, 1},
		{"fails part way", 1000, false, 1},
		{"whole fails too", 0, true, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fc := &fakeClient{data: data, failAfter: tc.failAfter, failGet: tc.failGet}
			n := &ClientNetwork{c: fc, dir: t.TempDir(), maxBytes: 1 << 30, entries: map[UploadID]market.FileEntry{},
				inflight: map[UploadID]*download{}, ranged: map[UploadID]int{}, requests: map[UploadID][][32]byte{}}
			defer n.Close()
			off, length := int64(5000), int64(3000)
			r, err := n.ReadRange(t.Context(), UploadID{1}, off, length)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r)
			r.Close()
			switch {
			case tc.failGet:
				if !errors.Is(err, errWhole) {
					t.Fatalf("read with the range and the whole upload failing: %v, want the whole upload's error", err)
				}
			case err != nil:
				t.Fatalf("read: %v", err)
			case !bytes.Equal(got, data[off:off+length]):
				t.Fatalf("read %d bytes, not the range", len(got))
			}
			n.Close()
			if fc.gets != tc.wantGets {
				t.Fatalf("%d whole downloads, want %d", fc.gets, tc.wantGets)
			}
		})
	}
}

// TestLargeReadStreamsUncached: a read of most of a large upload that is
// not cached streams from the client's GetTo and writes no cache file
// (twice: each read streams); one that fails part way finishes from the
// whole upload, fetched into the cache once; with a download running, a
// large read follows it instead of fetching again.
func TestLargeReadStreamsUncached(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789abcdef"), 2*streamReadMin/16+4096)
	for _, tc := range []struct {
		name      string
		failAfter int
		reads     int
		off       int64
		wantGets  int
		wantCache bool
	}{
		{"whole, twice", -1, 2, 0, 0, false},
		{"the second half", -1, 1, int64(len(data) / 2), 0, false},
		{"fails part way", 1 << 20, 1, 0, 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fc := &fakeClient{data: data, failAfter: tc.failAfter}
			dir := t.TempDir()
			n := &ClientNetwork{c: fc, dir: dir, maxBytes: 1 << 30, entries: map[UploadID]market.FileEntry{},
				inflight: map[UploadID]*download{}, ranged: map[UploadID]int{}, requests: map[UploadID][][32]byte{}}
			defer n.Close()
			for range tc.reads {
				r, err := n.ReadRange(t.Context(), UploadID{1}, tc.off, int64(len(data))-tc.off)
				if err != nil {
					t.Fatal(err)
				}
				got, err := io.ReadAll(r)
				r.Close()
				if err != nil || !bytes.Equal(got, data[tc.off:]) {
					t.Fatalf("read %d bytes (%v), want the %d bytes from %d", len(got), err, len(data)-int(tc.off), tc.off)
				}
			}
			n.Close()
			if fc.gets != tc.wantGets {
				t.Fatalf("%d whole downloads, want %d", fc.gets, tc.wantGets)
			}
			_, err := os.Stat(n.cachePath(UploadID{1}))
			if cached := err == nil; cached != tc.wantCache {
				t.Fatalf("cache file present: %v, want %v", cached, tc.wantCache)
			}
		})
	}

	// A download already running is followed, not raced by a stream.
	fc := &fakeClient{data: data, failAfter: -1}
	n := &ClientNetwork{c: fc, dir: t.TempDir(), maxBytes: 1 << 30, entries: map[UploadID]market.FileEntry{},
		inflight: map[UploadID]*download{}, ranged: map[UploadID]int{}, requests: map[UploadID][][32]byte{}}
	defer n.Close()
	if _, err := n.download(t.Context(), UploadID{1}); err != nil {
		t.Fatal(err)
	}
	r, err := n.ReadRange(t.Context(), UploadID{1}, 0, int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(r)
	r.Close()
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("read %d bytes (%v) while a download ran", len(got), err)
	}
	n.Close()
	if fc.gets != 1 {
		t.Fatalf("%d whole downloads, want the one running", fc.gets)
	}
}
