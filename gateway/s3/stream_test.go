package s3_test

import (
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"

	"github.com/cairn-storage/cairn/market"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// heldReader yields head, then waits for release before the rest; cut
// fails it there instead.
type heldReader struct {
	head, rest io.Reader
	release    chan struct{}
	cut        error
}

func (h *heldReader) Read(p []byte) (int, error) {
	if n, err := h.head.Read(p); n > 0 || !errors.Is(err, io.EOF) {
		return n, err
	}
	<-h.release
	if h.cut != nil {
		return 0, h.cut
	}
	return h.rest.Read(p)
}

// testStreamedPut: a PUT of at least PackSize bytes starts its upload while
// its body arrives (the shard roots are being encoded before the last
// byte is sent), the uploader records that upload instead of putting the
// object again, and a PUT cut mid-body pays for nothing.
func testStreamedPut(t *testing.T, w *world) {
	ctx := t.Context()
	mn := newMnemonic(t)
	w.fund(mn)
	var encoded atomic.Int64
	progress := make(chan struct{}, 1) // a signal per encode event: no polling
	// encodeStarted waits for encode progress of the running put.
	encodeStarted := func() bool {
		timeout := time.After(30 * time.Second)
		for encoded.Load() == 0 {
			select {
			case <-progress:
			case <-timeout:
				return false
			}
		}
		return true
	}
	n := w.openNodeWith(mn, filepath.Join(t.TempDir(), "stream"), nodeOpts{
		tune: smallPacks,
		client: func(c *market.ClientConfig) {
			c.Progress = func(ev market.Progress) {
				if ev.Stage == "encode" {
					encoded.Store(max(encoded.Load(), ev.Done))
					select {
					case progress <- struct{}{}:
					default:
					}
				}
			}
		},
	})
	c := n.minio(t, n.creds.SecretKey)
	if err := c.MakeBucket(ctx, "stream", minio.MakeBucketOptions{}); err != nil {
		t.Fatal(err)
	}
	body := randomBytes(t, 1<<20)
	half := len(body) / 2
	put := func(r *heldReader) error {
		_, err := c.PutObject(ctx, "stream", "big", r, int64(len(body)), minio.PutObjectOptions{})
		return err
	}

	// Held at half: the encode pass runs before the rest is sent.
	r := &heldReader{head: bytes.NewReader(body[:half]), rest: bytes.NewReader(body[half:]), release: make(chan struct{})}
	errc := make(chan error, 1)
	go func() { errc <- put(r) }()
	if !encodeStarted() {
		close(r.release)
		<-errc
		t.Fatal("no encode progress in 30 s while the body waited at half: the upload does not start before the body ends")
	}
	if got := encoded.Load(); got > int64(half) {
		t.Fatalf("encoded %d bytes of a body sent up to %d", got, half)
	}
	close(r.release)
	if err := <-errc; err != nil {
		t.Fatalf("streamed put: %v", err)
	}
	if err := n.gw.FlushData(ctx); err != nil {
		t.Fatal(err)
	}
	ups, err := n.net.Uploads(ctx)
	if err != nil || len(ups) != 1 {
		t.Fatalf("%d uploads after one streamed PUT (want its one upload, not a second from the buffer), %v", len(ups), err)
	}
	wantState(t, n, ups[0].ID, marketv2.RequestActive, "the streamed upload")
	if st, err := n.gw.Status(); err != nil || st.PendingObjects != 0 || st.Packs != 1 {
		t.Fatalf("after the streamed upload: %+v %v", st, err)
	}
	mustGet(t, c, "stream", "big", body)

	// Cut at half: the PUT fails, nothing is requested on chain.
	cut := &heldReader{head: bytes.NewReader(body[:half]), rest: bytes.NewReader(body[half:]), release: make(chan struct{}), cut: errors.New("client went away")}
	close(cut.release)
	if err := put(cut); err == nil {
		t.Fatal("a PUT cut mid-body succeeded")
	}
	if err := n.gw.FlushData(ctx); err != nil {
		t.Fatal(err)
	}
	if again, err := n.net.Uploads(ctx); err != nil || len(again) != 1 {
		t.Fatalf("%d uploads after a cut streamed PUT, want still 1, %v", len(again), err)
	}
	mustGet(t, c, "stream", "big", body)

	// Whole body, but the object cannot be published (its bucket was
	// deleted while the body arrived): the encode pass has read every
	// byte, yet no request is sent.
	if err := c.MakeBucket(ctx, "vanishing", minio.MakeBucketOptions{}); err != nil {
		t.Fatal(err)
	}
	before := encoded.Load()
	encoded.Store(0)
	r = &heldReader{head: bytes.NewReader(body[:half]), rest: bytes.NewReader(body[half:]), release: make(chan struct{})}
	go func() {
		_, err := c.PutObject(ctx, "vanishing", "big", r, int64(len(body)), minio.PutObjectOptions{})
		errc <- err
	}()
	if !encodeStarted() {
		close(r.release)
		<-errc
		t.Fatalf("no encode progress of the second streamed PUT (first: %d bytes)", before)
	}
	if err := c.RemoveBucket(ctx, "vanishing"); err != nil {
		t.Fatal(err)
	}
	close(r.release)
	if err := <-errc; err == nil {
		t.Fatal("a PUT into a bucket deleted meanwhile succeeded")
	}
	if err := n.gw.FlushData(ctx); err != nil {
		t.Fatal(err)
	}
	if again, err := n.net.Uploads(ctx); err != nil || len(again) != 1 {
		t.Fatalf("%d uploads after a streamed PUT that was never published, want still 1, %v", len(again), err)
	}
}
