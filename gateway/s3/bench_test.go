package s3_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"

	s3gw "github.com/cairn-storage/cairn/gateway/s3"
	"github.com/cairn-storage/cairn/internal/atomicfile"
	"github.com/cairn-storage/cairn/market"
)

// BenchmarkS3Gateway puts and gets one large object (CAIRN_S3_BENCH_MIB,
// default 1024) through the gateway and, in the same run, through the
// client as `cairn put` / `cairn get` do:
//
//	go test -run XXX -bench S3Gateway -benchtime 1x ./gateway/s3/
//
// s3_put_MBps counts until the object is on the network (one PUT of
// known length, whose upload streams while the body arrives, plus the
// rest of that upload; s3_put_multipart_MBps the same file as 8 MiB
// multipart parts sent 10 at once, as aws-cli does, whose full segments
// are encoded while the parts arrive;
// s3_put_with_index_MBps
// adds the sealed index's own upload, once per index interval, not per
// object); s3_get_MBps is a GET on
// a fresh machine (restored index, empty cache), so the bytes come from
// the providers, written to its file as the CLI's get writes its output
// (atomicfile.CreateDirect: past the page cache, fsynced, renamed), so
// that s3_get_vs_cli compares the gateway's path with the CLI's and not
// two ways of writing a file; s3_get_fget_MBps is the same GET again
// through minio-go's FGetObject, which writes through the page cache (a
// large object streams from the providers each time: it is not cached,
// see streamReadMin).
func BenchmarkS3Gateway(b *testing.B) {
	size := int64(envInt("CAIRN_S3_BENCH_MIB", 1024)) << 20
	w := newWorldEpochs(b, 6, 300) // 60 s epochs: encoding 1 GiB takes longer than 2 s
	mn := newMnemonic(b)
	w.fund(mn)
	var encoded atomic.Int64 // first passes finished (one per segment)
	var marks stageMarks
	n := w.openNodeWith(mn, filepath.Join(b.TempDir(), "owner"), nodeOpts{client: func(c *market.ClientConfig) {
		c.Progress = func(ev market.Progress) {
			if ev.Stage == "encode" && ev.Total > 0 && ev.Done == ev.Total {
				encoded.Add(1)
			}
			marks.note(ev)
		}
	}})
	ctx := b.Context()
	src := filepath.Join(b.TempDir(), "big.bin")
	f, err := os.Create(src)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(f, io.LimitReader(rand.NewChaCha8([32]byte{7}), size)); err != nil {
		b.Fatal(err)
	}
	f.Close()
	mbps := func(d time.Duration) float64 { return float64(size) / 1e6 / d.Seconds() }
	for b.Loop() {
		start := time.Now()
		marks.reset(start)
		res, err := n.client.Put(ctx, src)
		if err != nil {
			b.Fatal(err)
		}
		cliPut := time.Since(start)
		b.Logf("cli put: %s", marks.String())
		fe, err := n.client.Resolve(ctx, fmt.Sprintf("0x%x", res.ID))
		if err != nil {
			b.Fatal(err)
		}
		start = time.Now()
		if err := n.client.Get(ctx, fe, filepath.Join(b.TempDir(), "cli.out")); err != nil {
			b.Fatal(err)
		}
		cliGet := time.Since(start)

		c := n.minio(b, n.creds.SecretKey)
		if err := c.MakeBucket(ctx, "bench", minio.MakeBucketOptions{}); err != nil {
			b.Fatal(err)
		}
		// One PUT of known length (the upload streams while the body
		// arrives), then the same file as multipart parts.
		start = time.Now()
		marks.reset(start)
		if _, err := c.FPutObject(ctx, "bench", "big.bin", src, minio.PutObjectOptions{DisableMultipart: true}); err != nil {
			b.Fatal(err)
		}
		ack := time.Since(start)
		if err := n.gw.FlushData(ctx); err != nil {
			b.Fatal(err)
		}
		s3Put := time.Since(start)
		b.Logf("single PUT: %s", marks.String())
		// Multipart as aws-cli sends it: 8 MiB parts, 10 at once; full
		// segments are encoded while the parts arrive.
		start = time.Now()
		enc0 := encoded.Load()
		if _, err := c.FPutObject(ctx, "bench", "big-mp.bin", src, minio.PutObjectOptions{PartSize: 8 << 20, NumThreads: 10}); err != nil {
			b.Fatal(err)
		}
		mpAck := time.Since(start)
		enc1 := encoded.Load()
		if err := n.gw.FlushData(ctx); err != nil {
			b.Fatal(err)
		}
		s3PutMP := time.Since(start)
		var reqs [][32]byte
		if ups, err := n.net.Uploads(ctx); err == nil {
			for _, u := range ups {
				if u.Name != "" && u.Size == size && u.ID != s3gw.UploadID(res.ID) {
					r, _ := n.net.Requests(ctx, u.ID)
					reqs = append(reqs, r...)
				}
			}
		}
		b.Logf("single PUT: acknowledged after %s, on the network after %s", ack.Round(time.Millisecond), s3Put.Round(time.Millisecond))
		b.Logf("multipart: acknowledged after %s (%d segments encoded by then), on the network after %s (%d more encoded); requests of the gateway's 1 GiB uploads: %d",
			mpAck.Round(time.Millisecond), enc1-enc0, s3PutMP.Round(time.Millisecond), encoded.Load()-enc1, len(reqs))
		start = time.Now()
		if err := n.gw.Flush(ctx); err != nil { // the index, for the restore below
			b.Fatal(err)
		}
		withIndex := s3Put + time.Since(start)
		n.close()

		fresh := w.openNode(mn, filepath.Join(b.TempDir(), "fresh"), nil)
		if ok, err := fresh.gw.Restore(ctx); err != nil || !ok {
			b.Fatalf("restore: %v %v", ok, err)
		}
		fc := fresh.minio(b, fresh.creds.SecretKey)
		start = time.Now()
		if err := getDirect(ctx, fc, "bench", "big.bin", filepath.Join(b.TempDir(), "s3.out"), size); err != nil {
			b.Fatal(err)
		}
		s3Get := time.Since(start)
		start = time.Now()
		if err := fc.FGetObject(ctx, "bench", "big.bin", filepath.Join(b.TempDir(), "s3.fget"), minio.GetObjectOptions{}); err != nil {
			b.Fatal(err)
		}
		s3Fget := time.Since(start)
		b.ReportMetric(mbps(cliPut), "cli_put_MBps")
		b.ReportMetric(mbps(cliGet), "cli_get_MBps")
		b.ReportMetric(mbps(ack), "s3_put_ack_MBps")
		b.ReportMetric(mbps(s3Put), "s3_put_MBps")
		b.ReportMetric(mbps(mpAck), "s3_put_multipart_ack_MBps")
		b.ReportMetric(mbps(s3PutMP), "s3_put_multipart_MBps")
		b.ReportMetric(cliPut.Seconds()/s3PutMP.Seconds(), "s3_put_multipart_vs_cli")
		b.ReportMetric(mbps(withIndex), "s3_put_with_index_MBps")
		b.ReportMetric(mbps(s3Get), "s3_get_MBps")
		b.ReportMetric(mbps(s3Fget), "s3_get_fget_MBps")
		b.ReportMetric(cliGet.Seconds()/s3Fget.Seconds(), "s3_get_fget_vs_cli")
		b.ReportMetric(cliPut.Seconds()/s3Put.Seconds(), "s3_put_vs_cli")
		b.ReportMetric(cliGet.Seconds()/s3Get.Seconds(), "s3_get_vs_cli")
	}
}

// stageMarks notes when each put stage first reported (encode done,
// request, first push, fill complete) after reset.
type stageMarks struct {
	mu    sync.Mutex
	start time.Time
	at    map[string]time.Duration
}

func (m *stageMarks) reset(start time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.start, m.at = start, map[string]time.Duration{}
}

func (m *stageMarks) note(ev market.Progress) {
	name := ev.Stage
	switch {
	case ev.Stage == "encode" && (ev.Total == 0 || ev.Done != ev.Total):
		return
	case ev.Stage == "fill" && ev.Done != ev.Total:
		return
	case ev.Stage == "encode":
		name = "roots"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.at[name]; !ok && m.at != nil {
		m.at[name] = time.Since(m.start)
	}
}

func (m *stageMarks) String() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for _, s := range []string{"roots", "request", "push", "fill"} {
		if d, ok := m.at[s]; ok {
			out = append(out, fmt.Sprintf("%s %.2fs", s, d.Seconds()))
		}
	}
	return strings.Join(out, ", ")
}

// getDirect GETs bucket/key into path as `cairn get -o` writes its
// output (atomicfile.CreateDirect) and checks its size.
func getDirect(ctx context.Context, c *minio.Client, bucket, key, path string, size int64) error {
	obj, err := c.GetObject(ctx, bucket, key, minio.GetObjectOptions{})
	if err != nil {
		return err
	}
	defer obj.Close()
	f, err := atomicfile.CreateDirect(path, 0o600)
	if err != nil {
		return err
	}
	n, err := io.Copy(f, obj)
	if err == nil && n != size {
		err = fmt.Errorf("GET %s/%s: %d bytes, want %d", bucket, key, n, size)
	}
	if err != nil {
		return errors.Join(err, f.Abort())
	}
	return f.Commit()
}
