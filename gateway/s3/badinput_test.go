package s3_test

import (
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/signer"
)

// rawPut writes a signed PUT's header and the first sent bytes of a
// body declared as declared bytes long, then hangs up.
func rawPut(t *testing.T, n *node, key string, declared, sent int, streaming bool) {
	t.Helper()
	body := randomBytes(t, declared)
	req, err := http.NewRequest("PUT", n.endpoint()+"/backup/"+key, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if streaming {
		req = signer.StreamingSignV4(req, n.creds.AccessKey, n.creds.SecretKey, "", "us-east-1", int64(declared), time.Now().UTC(), newHasher())
	} else {
		req.Header.Set("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD")
		req = signer.SignV4(*req, n.creds.AccessKey, n.creds.SecretKey, "", "us-east-1")
	}
	conn, err := net.Dial("tcp", n.hostPort())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := req.Write(&buf); err != nil {
		t.Fatal(err)
	}
	wire := buf.Bytes()
	head := bytes.Index(wire, []byte("\r\n\r\n")) + 4
	if _, err := conn.Write(wire[:head+sent]); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	conn.Close()
}

// bufferTemps counts temp files in the buffer and parts directories.
func bufferTemps(t *testing.T, n *node) int {
	t.Helper()
	count := 0
	_ = filepath.WalkDir(filepath.Join(n.dir, "gateway"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.Contains(d.Name(), ".tmp-") && !strings.Contains(p, "index") {
			count++
		}
		return nil
	})
	return count
}

func testBadInput(t *testing.T, n *node) {
	ctx := t.Context()
	c := n.minio(t, n.creds.SecretKey)

	t.Run("oversized_header", func(t *testing.T) {
		req, _ := http.NewRequestWithContext(ctx, "GET", n.endpoint()+"/photos", nil)
		req.Header.Set("X-Amz-Meta-Huge", strings.Repeat("h", 200<<10))
		req.Header.Set("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD")
		req = signer.SignV4(*req, n.creds.AccessKey, n.creds.SecretKey, "", "us-east-1")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
			t.Fatalf("oversized header: %d", resp.StatusCode)
		}
	})

	before, err := n.gw.Status()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name           string
		declared, sent int
		streaming      bool
	}{
		{"truncated_body", 1 << 20, 100 << 10, false},
		{"disconnect_at_start", 4 << 20, 0, false},
		{"disconnect_mid_chunked_upload", 2 << 20, 300 << 10, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			key := "half-" + tc.name
			rawPut(t, n, key, tc.declared, tc.sent, tc.streaming)
			deadline := time.Now().Add(10 * time.Second)
			for bufferTemps(t, n) > 0 {
				if time.Now().After(deadline) {
					t.Fatalf("temp files left in the buffer after a broken upload")
				}
				time.Sleep(50 * time.Millisecond)
			}
			if _, err := c.StatObject(ctx, "backup", key, minio.StatObjectOptions{}); err == nil {
				t.Fatal("a broken upload is visible")
			}
			for o := range c.ListObjects(ctx, "backup", minio.ListObjectsOptions{Prefix: "half-"}) {
				t.Fatalf("a broken upload is listed: %s %v", o.Key, o.Err)
			}
		})
	}
	after, err := n.gw.Status()
	if err != nil {
		t.Fatal(err)
	}
	if after.PendingObjects != before.PendingObjects || after.PendingBytes != before.PendingBytes {
		t.Fatalf("broken uploads reached the buffer: %d → %d objects, %d → %d bytes", before.PendingObjects, after.PendingObjects, before.PendingBytes, after.PendingBytes)
	}

	t.Run("100_concurrent_puts_bounded_memory", func(t *testing.T) {
		const puts, size = 100, 2 << 20
		runtime.GC()
		var base runtime.MemStats
		runtime.ReadMemStats(&base)
		var peak atomic.Uint64
		stop := make(chan struct{})
		var sampler sync.WaitGroup
		sampler.Add(1)
		go func() {
			defer sampler.Done()
			var ms runtime.MemStats
			for {
				select {
				case <-stop:
					return
				case <-time.After(20 * time.Millisecond):
				}
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
			}
		}()
		var wg sync.WaitGroup
		errs := make(chan error, puts)
		for i := range puts {
			wg.Add(1)
			go func() {
				defer wg.Done()
				h := md5.New()
				src := io.TeeReader(io.LimitReader(rand.NewChaCha8([32]byte{byte(i), 1}), size), h)
				info, err := c.PutObject(ctx, "backup", fmt.Sprintf("many/%03d", i), src, size, minio.PutObjectOptions{})
				if err == nil && info.ETag != hex.EncodeToString(h.Sum(nil)) {
					err = fmt.Errorf("put %d: etag %s", i, info.ETag)
				}
				errs <- err
			}()
		}
		wg.Wait()
		close(stop)
		sampler.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		grew := int64(peak.Load()) - int64(base.HeapInuse)
		t.Logf("%d concurrent PUTs of %d MiB: heap in use grew by %.1f MiB at peak", puts, size>>20, float64(grew)/(1<<20))
		if grew > 96<<20 {
			t.Fatalf("heap grew by %d MiB for %d MiB of uploads: bodies are buffered in memory", grew>>20, puts*size>>20)
		}
		keys := listKeys(t, c, "backup", minio.ListObjectsOptions{Prefix: "many/", Recursive: true})
		if len(keys) != puts {
			t.Fatalf("%d of %d objects listed", len(keys), puts)
		}
		ch := make(chan minio.ObjectInfo, puts)
		for _, k := range keys {
			ch <- minio.ObjectInfo{Key: k}
		}
		close(ch)
		for e := range c.RemoveObjects(ctx, "backup", ch, minio.RemoveObjectsOptions{}) {
			t.Fatal(e.Err)
		}
	})
}
