package s3_test

import (
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"

	s3gw "github.com/cairn-storage/cairn/gateway/s3"
	"github.com/cairn-storage/cairn/market"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// mpSegment is the multipart segment of testStreamedMultipart: parts of
// 768 KiB, so a segment spans two parts and parts span segments.
const (
	mpSegment = 1 << 20
	mpPart    = 768 << 10
)

// encodeCounter counts the first passes the client finished (one per
// segment encoded) and signals each.
type encodeCounter struct {
	n    atomic.Int64
	tick chan struct{}
}

func newEncodeCounter() *encodeCounter { return &encodeCounter{tick: make(chan struct{}, 1)} }

func (e *encodeCounter) progress(ev market.Progress) {
	if ev.Stage == "encode" && ev.Total > 0 && ev.Done == ev.Total {
		e.n.Add(1)
		select {
		case e.tick <- struct{}{}:
		default:
		}
	}
}

// await waits until want first passes finished (30 s at most).
func (e *encodeCounter) await(t *testing.T, want int64, what string) {
	t.Helper()
	timeout := time.After(30 * time.Second)
	for e.n.Load() < want {
		select {
		case <-e.tick:
		case <-timeout:
			t.Fatalf("%s: %d segments encoded after 30 s, want %d", what, e.n.Load(), want)
		}
	}
}

// mpETag is the S3 multipart ETag of parts.
func mpETag(parts [][]byte) string {
	h := md5.New()
	for _, p := range parts {
		s := md5.Sum(p)
		h.Write(s[:])
	}
	return fmt.Sprintf("%s-%d", hex.EncodeToString(h.Sum(nil)), len(parts))
}

// testStreamedMultipart: parts arriving out of order get the object's
// full segments encoded before complete, a part uploaded again has its
// segments encoded again, complete encodes only the last segment and
// serves the bytes with the multipart ETag; an abort mid-stream pays for
// nothing and leaves no parts; a restart between parts and complete
// still completes.
func testStreamedMultipart(t *testing.T, w *world) {
	ctx := t.Context()
	mn := newMnemonic(t)
	w.fund(mn)
	enc := newEncodeCounter()
	dir := filepath.Join(t.TempDir(), "mpbucket")
	opts := nodeOpts{
		tune:   func(c *s3gw.Config) { smallPacks(c); c.MultipartSegment, c.MultipartEncoders = mpSegment, 1 },
		client: func(c *market.ClientConfig) { c.Progress = enc.progress },
	}
	n := w.openNodeWith(mn, dir, opts)
	c := n.minio(t, n.creds.SecretKey)
	core := minio.Core{Client: c}
	if err := c.MakeBucket(ctx, "mpbucket", minio.MakeBucketOptions{}); err != nil {
		t.Fatal(err)
	}
	// 5 parts, 3.75 MiB: segments [0,1), [1,2), [2,3) MiB full, the last
	// 0.75 MiB known only at complete.
	parts := make([][]byte, 5)
	for i := range parts {
		parts[i] = randomBytes(t, mpPart)
	}
	upload := func(core minio.Core, id string, num int, body []byte) minio.CompletePart {
		t.Helper()
		op, err := core.PutObjectPart(ctx, "mpbucket", "big", id, num, bytes.NewReader(body), int64(len(body)), minio.PutObjectPartOptions{})
		if err != nil {
			t.Fatalf("part %d: %v", num, err)
		}
		return minio.CompletePart{PartNumber: num, ETag: op.ETag}
	}
	id, err := core.NewMultipartUpload(ctx, "mpbucket", "big", minio.PutObjectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	done := make([]minio.CompletePart, 5)
	done[2] = upload(core, id, 3, parts[2])
	if got := enc.n.Load(); got != 0 {
		t.Fatalf("%d segments encoded with part 1 missing", got)
	}
	done[0] = upload(core, id, 1, parts[0])
	done[1] = upload(core, id, 2, parts[1])
	enc.await(t, 2, "parts 3, 1, 2 in (2.25 MiB from the start)")
	// Part 2 again, other bytes: segments 1 and 2 read it, both again.
	parts[1] = randomBytes(t, mpPart)
	done[1] = upload(core, id, 2, parts[1])
	enc.await(t, 4, "part 2 uploaded again")
	done[4] = upload(core, id, 5, parts[4])
	done[3] = upload(core, id, 4, parts[3])
	enc.await(t, 5, "every part in")
	if _, err := c.StatObject(ctx, "mpbucket", "big", minio.StatObjectOptions{}); err == nil {
		t.Fatal("a multipart object is visible before complete")
	}
	before := enc.n.Load()
	info, err := core.CompleteMultipartUpload(ctx, "mpbucket", "big", id, done, minio.PutObjectOptions{})
	if err != nil {
		t.Fatalf("complete: %v", err)
	}
	if want := mpETag(parts); info.ETag != want {
		t.Fatalf("complete ETag %s, want %s", info.ETag, want)
	}
	if err := n.gw.FlushData(ctx); err != nil {
		t.Fatal(err)
	}
	if got := enc.n.Load() - before; got != 1 {
		t.Fatalf("the put after complete encoded %d segments, want 1 (the last; the three full ones were encoded while the parts arrived)", got)
	}
	ups, err := n.net.Uploads(ctx)
	if err != nil || len(ups) != 1 {
		t.Fatalf("%d uploads after one multipart object, want 1, %v", len(ups), err)
	}
	reqs, err := n.net.Requests(ctx, ups[0].ID)
	if err != nil || len(reqs) != 4 {
		t.Fatalf("the object's upload is %d requests, want 4 segments, %v", len(reqs), err)
	}
	for _, r := range reqs {
		wantState(t, n, s3gw.UploadID(r), marketv2.RequestActive, "a segment of the streamed multipart object")
	}
	if st, err := n.gw.Status(); err != nil || st.PendingObjects != 0 {
		t.Fatalf("after the streamed multipart upload: %+v %v", st, err)
	}
	mustGet(t, c, "mpbucket", "big", bytes.Join(parts, nil))
	if st, err := c.StatObject(ctx, "mpbucket", "big", minio.StatObjectOptions{}); err != nil || st.ETag != mpETag(parts) {
		t.Fatalf("HEAD etag %q %v", st.ETag, err)
	}

	// Abort once a segment was encoded: nothing requested, nothing paid,
	// no parts left.
	paid := tokens(t, n)
	aid, err := core.NewMultipartUpload(ctx, "mpbucket", "aborted", minio.PutObjectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	before = enc.n.Load()
	for i := range 2 {
		if _, err := core.PutObjectPart(ctx, "mpbucket", "aborted", aid, i+1, bytes.NewReader(parts[i]), mpPart, minio.PutObjectPartOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	enc.await(t, before+1, "two parts of the aborted upload")
	if err := core.AbortMultipartUpload(ctx, "mpbucket", "aborted", aid); err != nil {
		t.Fatal(err)
	}
	if err := n.gw.FlushData(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(n.cfg.DataDir, "parts", aid)); !os.IsNotExist(err) {
		t.Fatalf("parts of the aborted upload left: %v", err)
	}
	if got := tokens(t, n); got.Cmp(paid) != 0 {
		t.Fatalf("an aborted multipart upload cost %s token units", new(big.Int).Sub(paid, got))
	}
	if again, err := n.net.Uploads(ctx); err != nil || len(again) != 1 {
		t.Fatalf("%d uploads after an aborted multipart upload, want still 1, %v", len(again), err)
	}

	// One encoder (MultipartEncoders 1): a second upload's parts are not
	// encoded while the first's encoder runs; once the first is aborted,
	// the second's next part starts its encoder over the parts already in.
	mp := func(key string) string {
		t.Helper()
		id, err := core.NewMultipartUpload(ctx, "mpbucket", key, minio.PutObjectOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	part := func(key, id string, num int, body []byte) {
		t.Helper()
		if _, err := core.PutObjectPart(ctx, "mpbucket", key, id, num, bytes.NewReader(body), int64(len(body)), minio.PutObjectPartOptions{}); err != nil {
			t.Fatalf("%s part %d: %v", key, num, err)
		}
	}
	xid, yid := mp("x"), mp("y")
	before = enc.n.Load()
	part("x", xid, 1, parts[0])
	part("x", xid, 2, parts[1])
	enc.await(t, before+1, "two parts of x")
	part("y", yid, 1, parts[0])
	part("y", yid, 2, parts[1])
	if got := n.gw.MultipartEncoders(); got != 1 {
		t.Fatalf("%d multipart encoders run, want 1 (MultipartEncoders)", got)
	}
	if err := core.AbortMultipartUpload(ctx, "mpbucket", "x", xid); err != nil {
		t.Fatal(err)
	}
	part("y", yid, 3, parts[2])
	enc.await(t, before+3, "y's encoder started by its third part (two full segments)")
	if got := enc.n.Load(); got != before+3 {
		t.Fatalf("%d segments encoded, want %d: y was encoded while x's encoder ran", got-before, 3)
	}
	if err := core.AbortMultipartUpload(ctx, "mpbucket", "y", yid); err != nil {
		t.Fatal(err)
	}

	// A restart between parts: the parts stay; the encoder starts again
	// over them at the next part, and complete completes.
	rid, err := core.NewMultipartUpload(ctx, "mpbucket", "restarted", minio.PutObjectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	before = enc.n.Load()
	rparts := [][]byte{randomBytes(t, mpPart), randomBytes(t, mpPart), randomBytes(t, 1000)}
	var rdone []minio.CompletePart
	for i, p := range rparts[:2] {
		op, err := core.PutObjectPart(ctx, "mpbucket", "restarted", rid, i+1, bytes.NewReader(p), int64(len(p)), minio.PutObjectPartOptions{})
		if err != nil {
			t.Fatal(err)
		}
		rdone = append(rdone, minio.CompletePart{PartNumber: i + 1, ETag: op.ETag})
	}
	enc.await(t, before+1, "two parts before the restart (segment 1)")
	n.close()
	n = w.openNodeWith(mn, dir, opts)
	c = n.minio(t, n.creds.SecretKey)
	core = minio.Core{Client: c}
	before = enc.n.Load()
	op, err := core.PutObjectPart(ctx, "mpbucket", "restarted", rid, 3, bytes.NewReader(rparts[2]), int64(len(rparts[2])), minio.PutObjectPartOptions{})
	if err != nil {
		t.Fatalf("part 3 after the restart: %v", err)
	}
	rdone = append(rdone, minio.CompletePart{PartNumber: 3, ETag: op.ETag})
	enc.await(t, before+1, "a part after the restart (segment 1 from the parts before it)")
	if info, err := core.CompleteMultipartUpload(ctx, "mpbucket", "restarted", rid, rdone, minio.PutObjectOptions{}); err != nil || info.ETag != mpETag(rparts) {
		t.Fatalf("complete after a restart: %q %v", info.ETag, err)
	}
	if err := n.gw.FlushData(ctx); err != nil {
		t.Fatal(err)
	}
	mustGet(t, c, "mpbucket", "restarted", bytes.Join(rparts, nil))
	mustGet(t, c, "mpbucket", "big", bytes.Join(parts, nil))
}
