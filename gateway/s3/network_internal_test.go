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

func (c *fakeClient) Get(_ context.Context, _ market.FileEntry, out string) error {
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
