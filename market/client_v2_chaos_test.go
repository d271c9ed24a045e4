package market_test

import (
	"bytes"
	"crypto/sha256"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/cairntest"
)

// TestPutChaosLarge (v2) puts a large sparse file (CAIRN_CHAOS_SIZE bytes,
// default 20 GiB) as segments on a 3-provider v2 devnet and reads it back
// through a hash. It runs only under `make chaos` (CAIRN_CHAOS=1): it
// needs 1.5× the size free on disk for the providers and takes minutes.
// CAIRN_CHAOS_MAX_SHARD caps the shard size (default: the devnet's 4 GiB).
func TestPutChaosLarge(t *testing.T) {
	cairntest.Long(t, "CAIRN_CHAOS", "large-file run: make chaos")
	size := envInt(t, "CAIRN_CHAOS_SIZE", 20<<30)
	// Each of the three providers holds a third of 1.5× the size, plus room.
	d := newDevnetCap(t, 3, uint64(size)/2+(1<<30))
	cfg := devnetClientConfig(t, 2, 1)
	cfg.MaxShardSize = uint64(envInt(t, "CAIRN_CHAOS_MAX_SHARD", 0))
	// Multi-GiB shards take minutes to push: ~67 minutes of 2-s epochs
	// and a 10-minute expiry, at the default price (3 segments of 20 GiB
	// cost ~18,000 of the wallet's 100,000 tokens).
	cfg.Epochs, cfg.ExpiryBlocks = 2000, 3000
	client, _ := d.client(newMnemonic(t), cfg)
	path := filepath.Join(t.TempDir(), "sparse.img")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file with a little data at the start, middle and end.
	for _, off := range []int64{0, size / 2, size - 4096} {
		if _, err := f.WriteAt(bytes.Repeat([]byte(strconv.FormatInt(off, 10)+" "), 4096)[:min(4096, size-off)], off); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res, err := client.Put(t.Context(), path)
	if err != nil {
		t.Fatalf("put: %v", err)
	}
	putTook := time.Since(start)
	fe, err := client.Resolve(t.Context(), filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	got := sha256.New()
	if err := client.GetTo(t.Context(), fe, got, 0, size); err != nil {
		t.Fatalf("get: %v", err)
	}
	getTook := time.Since(start)
	in, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	want := sha256.New()
	if _, err := io.Copy(want, in); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Sum(nil), want.Sum(nil)) {
		t.Fatal("the file read back differs")
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("%d bytes in %d segments: put %s (%.0f MB/s), get %s (%.0f MB/s); Go heap high-water (client and providers in one process) %d MiB; %s",
		size, max(len(res.Parts), 1), putTook.Round(time.Second), float64(size)/putTook.Seconds()/1e6,
		getTook.Round(time.Second), float64(size)/getTook.Seconds()/1e6, ms.HeapSys>>20, vmHWM())
}

func envInt(t *testing.T, name string, def int64) int64 {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		t.Fatalf("%s=%q: %v", name, v, err)
	}
	return n
}

// vmHWM is the process's peak RSS line from /proc (Linux), or "".
func vmHWM() string {
	b, _ := os.ReadFile("/proc/self/status")
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			return "peak RSS " + strings.Join(strings.Fields(l)[1:], " ")
		}
	}
	return ""
}
