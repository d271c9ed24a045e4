package s3_test

import (
	"bytes"
	"crypto/sha256"
	"hash"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/signer"
)

// testCoreMultipart drives multipart by hand: create, upload parts, list
// uploads and parts, abort, complete with a wrong ETag, complete.
func testCoreMultipart(t *testing.T, n *node) {
	ctx := t.Context()
	core := minio.Core{Client: n.minio(t, n.creds.SecretKey)}
	part1, part2 := randomBytes(t, 5<<20), randomBytes(t, 1234)

	aborted, err := core.NewMultipartUpload(ctx, "backup", "aborted.bin", minio.PutObjectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := core.PutObjectPart(ctx, "backup", "aborted.bin", aborted, 1, bytes.NewReader(part2), int64(len(part2)), minio.PutObjectPartOptions{}); err != nil {
		t.Fatal(err)
	}
	id, err := core.NewMultipartUpload(ctx, "backup", "parts.bin", minio.PutObjectOptions{ContentType: "video/x-test", UserMetadata: map[string]string{"Kind": "multi"}})
	if err != nil {
		t.Fatal(err)
	}
	ups, err := core.ListMultipartUploads(ctx, "backup", "", "", "", "", 100)
	if err != nil || len(ups.Uploads) != 2 {
		t.Fatalf("list multipart uploads: %d, %v", len(ups.Uploads), err)
	}
	if err := core.AbortMultipartUpload(ctx, "backup", "aborted.bin", aborted); err != nil {
		t.Fatalf("abort: %v", err)
	}
	if _, err := core.PutObjectPart(ctx, "backup", "aborted.bin", aborted, 2, bytes.NewReader(part2), int64(len(part2)), minio.PutObjectPartOptions{}); err == nil {
		t.Fatal("upload part after abort succeeded")
	}
	var parts []minio.CompletePart
	for i, p := range [][]byte{part1, part2} {
		op, err := core.PutObjectPart(ctx, "backup", "parts.bin", id, i+1, bytes.NewReader(p), int64(len(p)), minio.PutObjectPartOptions{})
		if err != nil {
			t.Fatalf("part %d: %v", i+1, err)
		}
		if op.ETag != md5hex(p) {
			t.Fatalf("part %d etag %s", i+1, op.ETag)
		}
		parts = append(parts, minio.CompletePart{PartNumber: i + 1, ETag: op.ETag})
	}
	lp, err := core.ListObjectParts(ctx, "backup", "parts.bin", id, 0, 1000)
	if err != nil || len(lp.ObjectParts) != 2 || lp.ObjectParts[0].Size != 5<<20 || lp.ObjectParts[1].Size != 1234 {
		t.Fatalf("list parts: %+v %v", lp.ObjectParts, err)
	}
	// Nothing is visible before complete.
	if _, err := core.StatObject(ctx, "backup", "parts.bin", minio.StatObjectOptions{}); err == nil {
		t.Fatal("a multipart object is visible before complete")
	}
	bad := []minio.CompletePart{{PartNumber: 1, ETag: parts[0].ETag}, {PartNumber: 2, ETag: strings.Repeat("0", 32)}}
	if _, err := core.CompleteMultipartUpload(ctx, "backup", "parts.bin", id, bad, minio.PutObjectOptions{}); err == nil {
		t.Fatal("complete with a wrong part etag succeeded")
	}
	info, err := core.CompleteMultipartUpload(ctx, "backup", "parts.bin", id, parts, minio.PutObjectOptions{})
	if err != nil {
		t.Fatalf("complete: %v", err)
	}
	if !strings.HasSuffix(info.ETag, "-2") {
		t.Fatalf("complete etag %s", info.ETag)
	}
	mustGet(t, core.Client, "backup", "parts.bin", append(append([]byte(nil), part1...), part2...))
	st, err := core.StatObject(ctx, "backup", "parts.bin", minio.StatObjectOptions{})
	if err != nil || st.ContentType != "video/x-test" || st.UserMetadata["Kind"] != "multi" || st.ETag != info.ETag {
		t.Fatalf("multipart metadata: %s %v %s %v", st.ContentType, st.UserMetadata, st.ETag, err)
	}
	ups, err = core.ListMultipartUploads(ctx, "backup", "", "", "", "", 100)
	if err != nil || len(ups.Uploads) != 0 {
		t.Fatalf("uploads left after complete and abort: %d %v", len(ups.Uploads), err)
	}
}

// testAuth: wrong secrets, unknown keys, unsigned, expired presigned URLs
// and stale signing times are all refused with 403.
func testAuth(t *testing.T, n *node) {
	ctx := t.Context()
	wrong := n.minio(t, "not-the-secret-0123456789")
	if _, err := wrong.ListBuckets(ctx); err == nil {
		t.Fatal("list buckets with a wrong secret succeeded")
	} else if code, status := errCode(err); code != "SignatureDoesNotMatch" || status != http.StatusForbidden {
		t.Fatalf("wrong secret: %s %d", code, status)
	}
	if _, err := wrong.PutObject(ctx, "photos", "evil", bytes.NewReader([]byte("x")), 1, minio.PutObjectOptions{}); err == nil {
		t.Fatal("put with a wrong secret succeeded")
	}
	good := n.minio(t, n.creds.SecretKey)
	if _, err := good.StatObject(ctx, "photos", "evil", minio.StatObjectOptions{}); err == nil {
		t.Fatal("a put with a wrong secret left an object")
	}

	do := func(req *http.Request) *http.Response {
		t.Helper()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	newReq := func(method, path string, body []byte) *http.Request {
		req, err := http.NewRequestWithContext(ctx, method, n.endpoint()+path, bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD") // S3 requires it; minio-go's signer does not add it
		return req
	}
	if resp := do(newReq("GET", "/", nil)); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("unsigned request: %d", resp.StatusCode)
	}
	unknown := signer.SignV4(*newReq("GET", "/", nil), "SOMEONEELSE", n.creds.SecretKey, "", "us-east-1")
	if resp := do(unknown); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("unknown access key: %d", resp.StatusCode)
	}
	if resp := do(signer.SignV2(*newReq("GET", "/", nil), n.creds.AccessKey, n.creds.SecretKey, false)); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("signature v2: %d", resp.StatusCode)
	}
	// A signed request that is replayed with a changed path.
	ok := signer.SignV4(*newReq("GET", "/photos", nil), n.creds.AccessKey, n.creds.SecretKey, "", "us-east-1")
	if resp := do(ok); resp.StatusCode != http.StatusOK {
		t.Fatalf("signed request: %d", resp.StatusCode)
	}
	tampered := signer.SignV4(*newReq("GET", "/photos", nil), n.creds.AccessKey, n.creds.SecretKey, "", "us-east-1")
	tampered.URL.Path = "/backup"
	if resp := do(tampered); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("tampered path: %d", resp.StatusCode)
	}

	// Expired: a presigned URL past its expiry, a streaming PUT signed 20
	// minutes ago.
	u, err := good.PresignedGetObject(ctx, "photos", "a.txt", time.Second, nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp := do(newReqURL(t, u.String())); resp.StatusCode != http.StatusOK {
		t.Fatalf("fresh presigned URL: %d", resp.StatusCode)
	}
	n.clock.advance(2100 * time.Millisecond)
	if resp := do(newReqURL(t, u.String())); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("expired presigned URL: %d", resp.StatusCode)
	}
	n.clock.advance(-2100 * time.Millisecond)
	body := []byte("stale")
	stale := newReq("PUT", "/photos/stale", body)
	stale = signer.StreamingSignV4(stale, n.creds.AccessKey, n.creds.SecretKey, "", "us-east-1", int64(len(body)), time.Now().UTC().Add(-20*time.Minute), newHasher())
	if resp := do(stale); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("request signed 20 minutes ago: %d", resp.StatusCode)
	}
	// The same streaming PUT signed now goes through, chunk signatures checked.
	fresh := newReq("PUT", "/photos/fresh", body)
	fresh = signer.StreamingSignV4(fresh, n.creds.AccessKey, n.creds.SecretKey, "", "us-east-1", int64(len(body)), time.Now().UTC(), newHasher())
	if resp := do(fresh); resp.StatusCode != http.StatusOK {
		t.Fatalf("streaming-signed PUT: %d", resp.StatusCode)
	}
	mustGet(t, good, "photos", "fresh", body)
	if err := good.RemoveObject(ctx, "photos", "fresh", minio.RemoveObjectOptions{}); err != nil {
		t.Fatal(err)
	}
}

// hasher is the md5simd.Hasher minio's streaming signer wants.
type hasher struct{ hash.Hash }

func (hasher) Close() {}

func newHasher() hasher { return hasher{sha256.New()} }

func newReqURL(t *testing.T, u string) *http.Request {
	req, err := http.NewRequestWithContext(t.Context(), "GET", u, nil)
	if err != nil {
		t.Fatal(err)
	}
	return req
}
