package market_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/market"
)

// TestGrowingFileWaits: a read of bytes not yet written waits for them, a
// read at the end waits for Finish, and Finish with an error fails the
// waiting reads. (PutGrowing against providers: TestGateway/streamed_put.)
func TestGrowingFileWaits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "growing")
	w, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	r, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for _, tc := range []struct {
		name   string
		finish error
	}{{"complete", nil}, {"failed", errors.New("client went away")}} {
		t.Run(tc.name, func(t *testing.T) {
			if err := w.Truncate(0); err != nil {
				t.Fatal(err)
			}
			g := market.NewGrowingFile(r)
			src := market.GrowingReaderAt(t.Context(), g)
			got := make(chan error, 1)
			go func() {
				b := make([]byte, 4)
				_, err := src.ReadAt(b, 2) // bytes 2..6: not yet written
				got <- err
			}()
			if _, err := w.WriteAt([]byte("0123"), 0); err != nil {
				t.Fatal(err)
			}
			g.Written(4)
			select {
			case err := <-got:
				t.Fatalf("read of bytes 2..6 returned (%v) with 4 written", err)
			case <-time.After(50 * time.Millisecond):
			}
			if _, err := w.WriteAt([]byte("4567"), 4); err != nil {
				t.Fatal(err)
			}
			g.Written(8)
			if err := <-got; err != nil {
				t.Fatalf("read of written bytes: %v", err)
			}
			end := make(chan error, 1)
			go func() {
				_, err := src.ReadAt(make([]byte, 1), 8) // the end probe
				end <- err
			}()
			select {
			case err := <-end:
				t.Fatalf("end probe returned (%v) before Finish", err)
			case <-time.After(50 * time.Millisecond):
			}
			g.Finish(tc.finish)
			err := <-end
			if tc.finish != nil && !errors.Is(err, tc.finish) {
				t.Fatalf("end probe after a failed finish: %v, want the writer's error", err)
			}
			if tc.finish == nil && err == nil {
				t.Fatal("end probe of a complete file found a byte past its end")
			}
		})
	}
}
