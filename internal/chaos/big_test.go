package chaos_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/benchenv"
	"github.com/cairn-storage/cairn/internal/cairntest"
	"github.com/cairn-storage/cairn/internal/chaos"
)

// Bars of issue 11 for the client of a big put and get.
const (
	bigRSSBar     = 256 << 20
	bigStagingBar = 64 << 20
)

// bigResult is one big run, as bench/big.json records it.
type bigResult struct {
	SizeBytes    int64   `json:"size_bytes"`
	K            int     `json:"k"`
	M            int     `json:"m"`
	MaxShardSize string  `json:"max_shard_size"`
	Providers    int     `json:"providers"`
	Segments     int     `json:"segments"`
	PutSeconds   float64 `json:"put_seconds"`
	GetSeconds   float64 `json:"get_seconds"`
	PutMBps      float64 `json:"put_MBps"`
	GetMBps      float64 `json:"get_MBps"`
	PutRSSBytes  int64   `json:"put_peak_rss_bytes"`
	GetRSSBytes  int64   `json:"get_peak_rss_bytes"`
	PutStaging   int64   `json:"put_peak_staging_bytes"`
	GetStaging   int64   `json:"get_peak_staging_bytes"`
	SHA256       string  `json:"sha256"`
	HashesMatch  bool    `json:"hashes_match"`
	Machine      string  `json:"machine"`
	LoadBefore   float64 `json:"load_1m_before"`
	LoadAfter    float64 `json:"load_1m_after"`
	// UplinkMBps is the push rate the warm-up put measured (uplink.json),
	// which sized the big put's shards; ShardSize what it chose.
	UplinkMBps     float64 `json:"measured_uplink_MBps"`
	ShardSize      uint64  `json:"shard_size"`
	Command        string  `json:"command"`
	PutCommandLine string  `json:"put_command"`
}

// TestBigFile (make chaos-big, CAIRN_BIG=1): a CAIRN_BIG_SIZE (default
// 20 GiB) sparse file is put through the real binary on a 6-provider v2
// devnet as segments, read back with `cairn get -o -` into SHA-256 (no
// output file) and compared; the client's peak RSS (VmHWM) and staging
// bytes on disk are sampled and must stay under 256 MiB and 64 MiB. A
// 256 MiB warm-up put first measures the client's uplink (its push rate,
// kept in the journal dir), from which the big put sizes its shards for
// the reservation TTL: no --max-shard-size. The figures go to
// bench/big.json and BENCHMARKS.md.
func TestBigFile(t *testing.T) {
	cairntest.Long(t, "CAIRN_BIG", "make chaos-big")
	size := int64(20 << 30)
	if v := os.Getenv("CAIRN_BIG_SIZE"); v != "" {
		n, err := parseBytes(v)
		if err != nil {
			t.Fatalf("CAIRN_BIG_SIZE: %v", err)
		}
		size = n
	}
	const k, m, providers = 4, 2, 6
	maxShard := "auto (uplink × reservation TTL)"
	// Each provider holds one shard per segment: size/k × (k+m)/providers,
	// with a quarter's headroom.
	capacity := fmt.Sprintf("%dMiB", (size/k*(k+m)/providers*5/4)>>20+256)
	ctx := t.Context()
	load0, _ := benchenv.LoadAvg()
	h := chaos.Start(t, chaos.Options{Binary: cairnBin, Providers: providers, EpochBlocks: 10, BlockTime: time.Second, Capacity: capacity})
	in := filepath.Join(t.TempDir(), "big.bin")
	want, err := chaos.SparseFile(in, size, 11)
	if err != nil {
		t.Fatal(err)
	}
	staging := filepath.Join(h.Info.Client.DataDir, "tmp")
	res := bigResult{SizeBytes: size, K: k, M: m, MaxShardSize: maxShard, Providers: providers, SHA256: hex.EncodeToString(want[:]),
		LoadBefore: load0, Command: "make chaos-big (CAIRN_BIG=1 go test -run TestBigFile ./internal/chaos/)",
		Machine: fmt.Sprintf("%d CPUs (`nproc`), %s; %s; kernel %s; %s", runtime.NumCPU(), benchenv.CPUModel(), runtime.Version(), benchenv.Kernel(), time.Now().UTC().Format(time.RFC3339))}
	if v := os.Getenv("CAIRN_BIG_SIZE"); v != "" {
		res.Command = "CAIRN_BIG_SIZE=" + v + " " + res.Command
	}

	warm := filepath.Join(t.TempDir(), "warm.bin")
	if _, err := chaos.SparseFile(warm, 256<<20, 12); err != nil {
		t.Fatal(err)
	}
	if out, err := h.Cairn(ctx, 10*time.Minute, "--json", "put", "--k", strconv.Itoa(k), "--m", strconv.Itoa(m), "--epochs", "2000", warm); err != nil {
		t.Fatalf("warm-up put: %v\n%s", err, tail(out))
	}
	var up struct {
		BytesPerSec float64 `json:"bytes_per_sec"`
	}
	if raw, err := os.ReadFile(filepath.Join(h.Info.Client.DataDir, "journal", "uplink.json")); err != nil || json.Unmarshal(raw, &up) != nil || up.BytesPerSec <= 0 {
		t.Fatalf("the warm-up put measured no uplink: %v %s", err, raw)
	}
	res.UplinkMBps = up.BytesPerSec / 1e6

	putArgs := []string{"--json", "put", "--k", strconv.Itoa(k), "--m", strconv.Itoa(m), "--epochs", "2000", in}
	res.PutCommandLine = "cairn " + strings.Join(putArgs, " ")
	put := h.Command(ctx, putArgs...)
	var putOut, putErr bytes.Buffer
	put.Stdout, put.Stderr = &putOut, &putErr
	start := time.Now()
	if err := put.Start(); err != nil {
		t.Fatal(err)
	}
	peaks := chaos.SamplePeaks(put.Process.Pid, staging, 100*time.Millisecond)
	err = put.Wait()
	res.PutSeconds = time.Since(start).Seconds()
	res.PutRSSBytes, res.PutStaging, _ = peaks.Stop()
	if err != nil {
		t.Fatalf("put: %v\nstdout: %s\nstderr ends: %s", err, putOut.String(), tail(putErr.String()))
	}
	var pr struct {
		ID        string
		Segments  int
		ShardSize uint64 `json:"shard_size"`
	}
	if err := json.Unmarshal(putOut.Bytes(), &pr); err != nil {
		t.Fatalf("put output %q: %v", putOut.String(), err)
	}
	res.Segments, res.ShardSize = pr.Segments, pr.ShardSize

	get := h.Command(ctx, "get", "-o", "-", "big.bin")
	var getErr bytes.Buffer
	get.Stderr = &getErr
	stdout, err := get.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	if err := get.Start(); err != nil {
		t.Fatal(err)
	}
	peaks = chaos.SamplePeaks(get.Process.Pid, staging, 100*time.Millisecond)
	hs := sha256.New()
	n, copyErr := io.Copy(hs, stdout)
	err = get.Wait()
	res.GetSeconds = time.Since(start).Seconds()
	res.GetRSSBytes, res.GetStaging, _ = peaks.Stop()
	if err != nil || copyErr != nil {
		t.Fatalf("get: %v (read %d bytes: %v)\nstderr ends: %s", err, n, copyErr, tail(getErr.String()))
	}
	res.HashesMatch = bytes.Equal(hs.Sum(nil), want[:]) && n == size
	res.PutMBps = float64(size) / 1e6 / res.PutSeconds
	res.GetMBps = float64(size) / 1e6 / res.GetSeconds
	res.LoadAfter, _ = benchenv.LoadAvg()
	t.Logf("big run: %+v", res)
	if err := writeBig(res); err != nil {
		t.Error(err)
	}
	if !res.HashesMatch {
		t.Errorf("get -o - gave %d bytes hashing %x; put %d bytes hashing %x", n, hs.Sum(nil), size, want)
	}
	if pr.Segments < 2 {
		t.Errorf("a %d-byte file with %d-byte shards was put as %d segment(s)", size, pr.ShardSize, pr.Segments)
	}
	for _, c := range []struct {
		what     string
		got, bar int64
	}{{"put peak RSS", res.PutRSSBytes, bigRSSBar}, {"get peak RSS", res.GetRSSBytes, bigRSSBar},
		{"put peak staging", res.PutStaging, bigStagingBar}, {"get peak staging", res.GetStaging, bigStagingBar}} {
		if c.got > c.bar || c.got < 0 {
			t.Errorf("%s %d MiB, bar %d MiB", c.what, c.got>>20, c.bar>>20)
		}
	}
	if res.PutRSSBytes == 0 || res.GetRSSBytes == 0 {
		t.Errorf("no RSS sample taken (put %d, get %d)", res.PutRSSBytes, res.GetRSSBytes)
	}
}

func tail(s string) string {
	if len(s) > 3000 {
		return s[len(s)-3000:]
	}
	return s
}

// parseBytes reads "5GiB", "512MiB" or a plain byte count.
func parseBytes(s string) (int64, error) {
	mult := int64(1)
	for suf, m := range map[string]int64{"GiB": 1 << 30, "MiB": 1 << 20, "KiB": 1 << 10} {
		if v, ok := strings.CutSuffix(s, suf); ok {
			s, mult = v, m
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("size %q: want N, NKiB, NMiB or NGiB", s)
	}
	return n * mult, nil
}
