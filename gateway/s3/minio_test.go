package s3_test

import (
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"testing"

	"github.com/minio/minio-go/v7"
)

func getAll(t *testing.T, c *minio.Client, bucket, key string, opts minio.GetObjectOptions) ([]byte, error) {
	t.Helper()
	o, err := c.GetObject(t.Context(), bucket, key, opts)
	if err != nil {
		return nil, err
	}
	defer o.Close()
	return io.ReadAll(o)
}

func mustGet(t *testing.T, c *minio.Client, bucket, key string, want []byte) {
	t.Helper()
	got, err := getAll(t, c, bucket, key, minio.GetObjectOptions{})
	if err != nil {
		t.Fatalf("get %s/%s: %v", bucket, key, err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("get %s/%s: %d bytes differ from the %d put", bucket, key, len(got), len(want))
	}
}

func putBytes(t *testing.T, c *minio.Client, bucket, key string, v []byte) {
	t.Helper()
	if _, err := c.PutObject(t.Context(), bucket, key, bytes.NewReader(v), int64(len(v)), minio.PutObjectOptions{}); err != nil {
		t.Fatalf("put %s/%s: %v", bucket, key, err)
	}
}

func errCode(err error) (string, int) {
	var er minio.ErrorResponse
	if errors.As(err, &er) {
		return er.Code, er.StatusCode
	}
	r := minio.ToErrorResponse(err)
	return r.Code, r.StatusCode
}

func md5hex(b []byte) string {
	s := md5.Sum(b)
	return hex.EncodeToString(s[:])
}

func listKeys(t *testing.T, c *minio.Client, bucket string, opts minio.ListObjectsOptions) []string {
	t.Helper()
	var keys []string
	for o := range c.ListObjects(t.Context(), bucket, opts) {
		if o.Err != nil {
			t.Fatalf("list %s: %v", bucket, o.Err)
		}
		keys = append(keys, o.Key)
	}
	return keys
}

// testMinio drives every supported operation with the official minio-go
// client.
func testMinio(t *testing.T, n *node) {
	ctx := t.Context()
	c := n.minio(t, n.creds.SecretKey)

	// Buckets.
	for _, b := range []string{"photos", "backup", "scratch"} {
		if err := c.MakeBucket(ctx, b, minio.MakeBucketOptions{}); err != nil {
			t.Fatalf("make bucket %s: %v", b, err)
		}
	}
	if err := c.MakeBucket(ctx, "photos", minio.MakeBucketOptions{}); err == nil {
		t.Fatal("creating an existing bucket succeeded")
	}
	bs, err := c.ListBuckets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, b := range bs {
		names = append(names, b.Name)
	}
	if strings.Join(names, ",") != "backup,photos,scratch" {
		t.Fatalf("buckets %v", names)
	}
	if ok, err := c.BucketExists(ctx, "photos"); err != nil || !ok {
		t.Fatalf("head bucket photos: %v %v", ok, err)
	}
	if ok, err := c.BucketExists(ctx, "nope"); err != nil || ok {
		t.Fatalf("head bucket nope: %v %v", ok, err)
	}

	// Objects: content type, user metadata, ETag = MD5, a 0-byte object,
	// a key with odd characters.
	small := randomBytes(t, 10_000)
	odd := "dir/odd key+ü&=%#?;é 💾.txt"
	objs := map[string][]byte{"a.txt": []byte("hello cairn"), "empty": {}, odd: small,
		"dir/sub/x.bin": randomBytes(t, 3000), "dir/sub/y.bin": randomBytes(t, 1), "dir/z": []byte("z"), "e/1": []byte("1")}
	for k, v := range objs {
		info, err := c.PutObject(ctx, "photos", k, bytes.NewReader(v), int64(len(v)), minio.PutObjectOptions{
			ContentType: "application/x-test", UserMetadata: map[string]string{"Owner": "alice", "Note": "k=" + fmt.Sprint(len(k))}})
		if err != nil {
			t.Fatalf("put %q: %v", k, err)
		}
		if info.ETag != md5hex(v) {
			t.Fatalf("put %q: etag %s, want %s", k, info.ETag, md5hex(v))
		}
	}
	for k, v := range objs {
		mustGet(t, c, "photos", k, v)
		st, err := c.StatObject(ctx, "photos", k, minio.StatObjectOptions{})
		if err != nil {
			t.Fatalf("stat %q: %v", k, err)
		}
		if st.Size != int64(len(v)) || st.ETag != md5hex(v) || st.ContentType != "application/x-test" || st.UserMetadata["Owner"] != "alice" {
			t.Fatalf("stat %q: size %d etag %s type %s meta %v", k, st.Size, st.ETag, st.ContentType, st.UserMetadata)
		}
	}
	if _, err := c.StatObject(ctx, "photos", "missing", minio.StatObjectOptions{}); err == nil {
		t.Fatal("stat of a missing key succeeded")
	}
	if _, err := getAll(t, c, "photos", "missing", minio.GetObjectOptions{}); err == nil {
		t.Fatal("get of a missing key succeeded")
	} else if code, _ := errCode(err); code != "NoSuchKey" {
		t.Fatalf("get missing: code %s (%v)", code, err)
	}

	// Ranges.
	ranges := []struct {
		name       string
		start, end int64
		want       []byte
	}{
		{"head", 0, 99, small[:100]},
		{"middle", 4000, 4999, small[4000:5000]},
		{"tail", 9990, 9999, small[9990:]},
		{"past_end_clamped", 9000, 20000, small[9000:]},
		{"one_byte", 5, 5, small[5:6]},
	}
	for _, r := range ranges {
		opts := minio.GetObjectOptions{}
		if err := opts.SetRange(r.start, r.end); err != nil {
			t.Fatal(err)
		}
		got, err := getAll(t, c, "photos", odd, opts)
		if err != nil || !bytes.Equal(got, r.want) {
			t.Fatalf("range %s: %d bytes, %v", r.name, len(got), err)
		}
	}
	opts := minio.GetObjectOptions{}
	_ = opts.SetRange(20000, 20010)
	if _, err := getAll(t, c, "photos", odd, opts); err == nil {
		t.Fatal("range beyond the end succeeded")
	} else if code, status := errCode(err); code != "InvalidRange" || status != http.StatusRequestedRangeNotSatisfiable {
		t.Fatalf("range beyond the end: %s %d", code, status)
	}

	// Listing with delimiters and continuation (pages of 2).
	all := listKeys(t, c, "photos", minio.ListObjectsOptions{Recursive: true, MaxKeys: 2})
	want := make([]string, 0, len(objs))
	for k := range objs {
		want = append(want, k)
	}
	sort.Strings(want)
	if strings.Join(all, "|") != strings.Join(want, "|") {
		t.Fatalf("recursive list\n got %q\nwant %q", all, want)
	}
	cases := []struct {
		prefix string
		want   []string
	}{
		{"", []string{"a.txt", "dir/", "e/", "empty"}},
		{"dir/", []string{"dir/odd key+ü&=%#?;é 💾.txt", "dir/sub/", "dir/z"}},
		{"dir/sub/", []string{"dir/sub/x.bin", "dir/sub/y.bin"}},
		{"d", []string{"dir/"}},
		{"nothing/", nil},
	}
	for _, tc := range cases {
		for _, page := range []int{1, 1000} {
			got := listKeys(t, c, "photos", minio.ListObjectsOptions{Prefix: tc.prefix, MaxKeys: page})
			sort.Strings(got) // minio-go yields a page's keys before its common prefixes
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Fatalf("list prefix %q (pages of %d): got %q want %q", tc.prefix, page, got, tc.want)
			}
		}
	}

	// Copy: same bytes and ETag under a new key, metadata replaced.
	if _, err := c.CopyObject(ctx, minio.CopyDestOptions{Bucket: "backup", Object: "copy.txt", ReplaceMetadata: true, UserMetadata: map[string]string{"Copied": "yes"}},
		minio.CopySrcOptions{Bucket: "photos", Object: odd}); err != nil {
		t.Fatalf("copy: %v", err)
	}
	mustGet(t, c, "backup", "copy.txt", small)
	if st, err := c.StatObject(ctx, "backup", "copy.txt", minio.StatObjectOptions{}); err != nil || st.ETag != md5hex(small) || st.UserMetadata["Copied"] != "yes" {
		t.Fatalf("copy stat: %+v %v", st.UserMetadata, err)
	}

	// Multipart: 5 MiB parts through PutObject (ETag md5-N), and by hand
	// with list parts and abort.
	big := randomBytes(t, 12<<20+123)
	info, err := c.PutObject(ctx, "backup", "big.bin", bytes.NewReader(big), int64(len(big)), minio.PutObjectOptions{PartSize: 5 << 20})
	if err != nil {
		t.Fatalf("multipart put: %v", err)
	}
	if !strings.HasSuffix(info.ETag, "-3") {
		t.Fatalf("multipart etag %q, want …-3", info.ETag)
	}
	mustGet(t, c, "backup", "big.bin", big)
	if st, err := c.StatObject(ctx, "backup", "big.bin", minio.StatObjectOptions{}); err != nil || st.ETag != info.ETag || st.Size != int64(len(big)) {
		t.Fatalf("multipart stat: etag %s size %d %v", st.ETag, st.Size, err)
	}
	testCoreMultipart(t, n)

	// Deletes: one, many, and buckets (only when empty).
	if err := c.RemoveObject(ctx, "photos", "dir/z", minio.RemoveObjectOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.StatObject(ctx, "photos", "dir/z", minio.StatObjectOptions{}); err == nil {
		t.Fatal("deleted object still there")
	}
	putBytes(t, c, "scratch", "x", []byte("x"))
	if err := c.RemoveBucket(ctx, "scratch"); err == nil {
		t.Fatal("removing a non-empty bucket succeeded")
	} else if code, _ := errCode(err); code != "BucketNotEmpty" {
		t.Fatalf("remove non-empty bucket: %s", code)
	}
	ch := make(chan minio.ObjectInfo, 2)
	ch <- minio.ObjectInfo{Key: "x"}
	ch <- minio.ObjectInfo{Key: "never-was"}
	close(ch)
	for e := range c.RemoveObjects(ctx, "scratch", ch, minio.RemoveObjectsOptions{}) {
		t.Fatalf("remove objects: %v", e.Err)
	}
	if err := c.RemoveBucket(ctx, "scratch"); err != nil {
		t.Fatalf("remove empty bucket: %v", err)
	}

	// Unsupported calls answer with S3 error XML.
	if _, err := c.GetBucketPolicy(ctx, "photos"); err == nil {
		t.Fatal("bucket policy: no error")
	} else if code, status := errCode(err); code != "NotImplemented" || status != http.StatusNotImplemented {
		t.Fatalf("bucket policy: %s %d (%v)", code, status, err)
	}
	if _, err := c.GetObjectTagging(ctx, "photos", "a.txt", minio.GetObjectTaggingOptions{}); err == nil {
		t.Fatal("object tagging: no error")
	} else if code, _ := errCode(err); code != "NotImplemented" {
		t.Fatalf("object tagging: %s (%v)", code, err)
	}
	if err := c.EnableVersioning(ctx, "photos"); err == nil {
		t.Fatal("enable versioning: no error")
	} else if code, status := errCode(err); code != "NotImplemented" || status != http.StatusNotImplemented {
		t.Fatalf("enable versioning: %s %d (%v)", code, status, err)
	}
}
