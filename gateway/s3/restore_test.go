package s3_test

import (
	"crypto/md5"
	"encoding/hex"
	"io"
	"path/filepath"
	"testing"

	"github.com/minio/minio-go/v7"
)

// contents maps bucket/key to the MD5 of the bytes a GET returns.
func contents(t *testing.T, c *minio.Client) map[string]string {
	t.Helper()
	out := map[string]string{}
	bs, err := c.ListBuckets(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bs {
		out[b.Name+"/"] = "bucket"
		for o := range c.ListObjects(t.Context(), b.Name, minio.ListObjectsOptions{Recursive: true}) {
			if o.Err != nil {
				t.Fatal(o.Err)
			}
			r, err := c.GetObject(t.Context(), b.Name, o.Key, minio.GetObjectOptions{})
			if err != nil {
				t.Fatal(err)
			}
			h := md5.New()
			n, err := io.Copy(h, r)
			r.Close()
			if err != nil || n != o.Size {
				t.Fatalf("get %s/%s: %d of %d bytes, %v", b.Name, o.Key, n, o.Size, err)
			}
			out[b.Name+"/"+o.Key] = hex.EncodeToString(h.Sum(nil)) + " " + o.ETag
		}
	}
	return out
}

// testRestore: a buffered object survives a restart and is then uploaded;
// a gateway on a fresh machine (empty datadirs) with the same mnemonic
// serves the same buckets, keys and bytes, fetched from the providers.
func testRestore(t *testing.T, w *world, mn string, n *node) {
	ctx := t.Context()
	putBytes(t, n.minio(t, n.creds.SecretKey), "photos", "buffered.txt", []byte("acknowledged before the network has it"))
	st, err := n.gw.Status()
	if err != nil {
		t.Fatal(err)
	}
	if st.PendingObjects == 0 {
		t.Fatal("status shows nothing pending right after PUTs")
	}
	t.Logf("before restart: %d objects (%d bytes) buffered", st.PendingObjects, st.PendingBytes)
	n.close()
	n = w.openNode(mn, n.dir, nil)
	again, err := n.gw.Status()
	if err != nil {
		t.Fatal(err)
	}
	if again.PendingObjects != st.PendingObjects || again.PendingBytes != st.PendingBytes {
		t.Fatalf("after restart %d objects pending, before %d", again.PendingObjects, st.PendingObjects)
	}
	flush(t, ctx, n)
	want := contents(t, n.minio(t, n.creds.SecretKey))
	n.close()

	fresh := w.openNode(mn, filepath.Join(t.TempDir(), "fresh-machine"), nil)
	ok, err := fresh.gw.Restore(ctx)
	if err != nil || !ok {
		t.Fatalf("restore: %v %v", ok, err)
	}
	got := contents(t, fresh.minio(t, fresh.creds.SecretKey))
	if len(got) != len(want) {
		t.Fatalf("restored %d buckets+objects, want %d", len(got), len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Fatalf("restored %s: %q, want %q", k, got[k], v)
		}
	}
	t.Logf("restored %d buckets and objects byte for byte", len(got))
}
