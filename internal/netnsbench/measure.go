package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/cairn-storage/cairn/internal/benchenv"
	"github.com/cairn-storage/cairn/internal/netns"
	"github.com/cairn-storage/cairn/storage"
	"github.com/cairn-storage/cairn/testnet"
)

// run is one link's figures.
type runResult struct {
	Link    string  `json:"link"`
	RateBps uint64  `json:"rate_bps"`
	DelayMS float64 `json:"delay_ms"`
	DelayBy string  `json:"delay_by,omitempty"`

	// Shard size of each request (the file is split into Segments
	// requests, Parallel put at once; see shardFor).
	ShardBytes int64 `json:"shard_bytes"`
	Segments   int64 `json:"segments"`
	Parallel   int   `json:"parallel"`

	PutSeconds float64 `json:"put_s"`
	GetSeconds float64 `json:"get_s"`
	// What a perfect link needs: (k+m)/k × size for put, size for get.
	PutLinkSeconds float64 `json:"put_link_s"`
	GetLinkSeconds float64 `json:"get_link_s"`
	PutVsLink      float64 `json:"put_netns_vs_link"`
	GetVsLink      float64 `json:"get_netns_vs_link"`
	// Bytes that crossed the client's link (its eth0 counters: Ethernet
	// frames, headers included) during put (sent) and get (received).
	PutWireBytes uint64 `json:"put_wire_bytes"`
	GetWireBytes uint64 `json:"get_wire_bytes"`
	// Seconds from put's start to its storage request (the roots pass and
	// the request's transaction), before any shard is pushed.
	PutBeforePushSeconds float64 `json:"put_before_push_s,omitempty"`
	// CPU seconds (user+system) of the client process.
	PutClientCPU float64 `json:"put_client_cpu_s"`
	GetClientCPU float64 `json:"get_client_cpu_s"`
	LoadAvgStart float64 `json:"loadavg_1m_start"`
	LoadAvgEnd   float64 `json:"loadavg_1m_end"`
	// At is when the run started (RFC 3339; empty in reports before it).
	At string `json:"at,omitempty"`
}

// measure runs one devnet at link l and times a put and a get of file.
func measure(ctx context.Context, log *slog.Logger, bin, dir, file string, sum [32]byte, o opts, l netns.Link) (res runResult, err error) {
	res = runResult{Link: l.String(), RateBps: l.Rate, DelayMS: float64(l.Delay) / float64(time.Millisecond), LoadAvgStart: loadAvg(),
		At: time.Now().UTC().Format(time.RFC3339)}
	log = log.With("link", l.String())
	log.Info("devnet up", "providers", o.k+o.m, "dir", dir)
	var env []string
	prof := ""
	if o.pprof != "" {
		prof = profDir(o.pprof, l)
		env = []string{cairnPprofEnv + "=" + prof}
	}
	h, err := testnet.Up(ctx, testnet.DevnetOptions{Dir: dir, Providers: o.k + o.m, EpochBlocks: 10, BlockTime: time.Second,
		Binary: bin, Capacity: "2GiB", Netns: true, Link: l, StartTimeout: 3 * time.Minute, Env: env})
	if err != nil {
		return res, fmt.Errorf("devnet up: %w", err)
	}
	defer func() {
		if derr := h.Down(); derr != nil && err == nil {
			err = fmt.Errorf("devnet down: %w", derr)
		}
	}()
	d, err := testnet.ReadDevnet(dir)
	if err != nil {
		return res, err
	}
	res.DelayBy = d.Netns.DelayBy
	client, _ := d.Netns.Node("client")
	home := filepath.Join(dir, "home")
	if err := os.MkdirAll(home, 0o700); err != nil {
		return res, err
	}

	bits := float64(o.size) * 8
	res.PutLinkSeconds = float64(o.k+o.m) / float64(o.k) * bits / float64(l.Rate)
	res.GetLinkSeconds = bits / float64(l.Rate)

	shard, err := shardFor(o.size, o.k, o.m, l.Rate)
	if err != nil {
		return res, err
	}
	res.Parallel = putParallel
	log.Info("put", "bytes", o.size, "k", o.k, "m", o.m, "max_shard_bytes", shard, "link_allows_s", res.PutLinkSeconds)
	tx0, _, err := counters(ctx, client.Namespace)
	if err != nil {
		return res, err
	}
	start := time.Now()
	stdout, stderr, cpu, err := cairn(ctx, dir, home, bin, env, "--json", "put", "--k", strconv.Itoa(o.k), "--m", strconv.Itoa(o.m), "--epochs", "300", "--expiry-blocks", "1200",
		"--max-shard-size", strconv.FormatInt(shard, 10), "--parallel", strconv.Itoa(putParallel),
		"--uplink", strconv.FormatUint(l.Rate, 10)+"bit", file)
	if err != nil {
		return res, err
	}
	res.PutSeconds = time.Since(start).Seconds()
	res.PutClientCPU = cpu
	var put struct {
		Segments  int64  `json:"segments"`
		ShardSize uint64 `json:"shard_size"`
	}
	if err := json.Unmarshal([]byte(stdout), &put); err != nil {
		return res, fmt.Errorf("put --json printed %q: %w", stdout, err)
	}
	res.ShardBytes, res.Segments = int64(put.ShardSize), max(put.Segments, 1)
	if prof != "" {
		if err := os.WriteFile(filepath.Join(prof, "put.log"), []byte(stderr), 0o644); err != nil {
			return res, err
		}
		// The client's qdisc counters (tbf drops, overlimits) after the put.
		if out, err := exec.CommandContext(ctx, "ip", "netns", "exec", client.Namespace, "tc", "-s", "qdisc", "show").CombinedOutput(); err == nil {
			if err := os.WriteFile(filepath.Join(prof, "put-qdisc.txt"), out, 0o644); err != nil {
				return res, err
			}
		}
	}
	if at, ok := benchenv.LogTime(stderr, "storage requested"); ok {
		res.PutBeforePushSeconds = at.Sub(start).Seconds()
	}
	tx1, rx1, err := counters(ctx, client.Namespace)
	if err != nil {
		return res, err
	}
	res.PutWireBytes = tx1 - tx0
	res.PutVsLink = res.PutLinkSeconds / res.PutSeconds
	log.Info("put done", "seconds", res.PutSeconds, "put_netns_vs_link", res.PutVsLink, "wire_bytes", res.PutWireBytes)

	out := filepath.Join(dir, "back.bin")
	log.Info("get", "link_allows_s", res.GetLinkSeconds)
	start = time.Now()
	if _, _, cpu, err = cairn(ctx, dir, home, bin, env, "get", "-o", out, filepath.Base(file)); err != nil {
		return res, err
	}
	res.GetSeconds = time.Since(start).Seconds()
	res.GetClientCPU = cpu
	_, rx2, err := counters(ctx, client.Namespace)
	if err != nil {
		return res, err
	}
	res.GetWireBytes = rx2 - rx1
	res.GetVsLink = res.GetLinkSeconds / res.GetSeconds
	log.Info("get done", "seconds", res.GetSeconds, "get_netns_vs_link", res.GetVsLink, "wire_bytes", res.GetWireBytes)
	got, err := benchenv.FileSum(out)
	if err != nil {
		return res, err
	}
	if got != sum {
		return res, fmt.Errorf("the file got back differs from the one put")
	}
	if err := os.Remove(out); err != nil {
		return res, err
	}
	res.LoadAvgEnd = loadAvg()
	return res, nil
}

// The put gets 1200 blocks (20 min at 1 s blocks) to fill its slots, not
// the default 100: 1.5 GiB of shards through a 50 Mbit/s link take 258 s.

// putParallel is put's --parallel: segments pushed at once.
const putParallel = 2

// pushBudget is how long one shard's push may take: a provider lets a
// reservation go when its shard has not arrived within market's
// ShardWait (2 min) or the devnet's reservation TTL (100 blocks, 100 s).
const pushBudget = 80 * time.Second

// shardFor picks put's --max-shard-size for a link: one request's shard
// (storage.ShardSize of the whole file: size/k plus the stream's
// authentication tags) when every push, all (k+m)×putParallel sharing the
// client's link, fits in pushBudget; otherwise the largest power-of-two
// MiB that does. The put is told the link's rate (--uplink), so its own
// sizing for the reservation TTL does not fall back to 50 Mbit/s; the
// shard size and segment count it chose are read from its --json output.
func shardFor(size int64, k, m int, rate uint64) (int64, error) {
	w, err := storage.ShardSize(size, k)
	if err != nil {
		return 0, err
	}
	whole := int64(w)
	fits := int64(float64(rate) / 8 * pushBudget.Seconds() / float64((k+m)*putParallel))
	if fits >= whole {
		return whole, nil
	}
	shard := int64(1 << 20)
	for shard*2 <= fits {
		shard *= 2
	}
	return shard, nil
}

// profDir is where -pprof puts link l's profiles and logs.
func profDir(root string, l netns.Link) string {
	return filepath.Join(root, strings.NewReplacer("=", "", ",", "_").Replace(l.String()))
}

// cairnPprofEnv is cmd/cairn's profiling variable (PprofEnv there).
const cairnPprofEnv = "CAIRN_PPROF"

// cairn runs the binary as the devnet's client, inside its namespace, with
// an empty HOME plus env; it returns what it printed on stdout and stderr
// and its CPU seconds.
func cairn(ctx context.Context, dir, home, bin string, env []string, args ...string) (string, string, float64, error) {
	name, argv, err := testnet.ExecCommand(dir, "client", bin, args)
	if err != nil {
		return "", "", 0, err
	}
	cmd := exec.CommandContext(ctx, name, argv...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + home}, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var cpu float64
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
		}
	}
	if err != nil {
		return "", stderr.String(), cpu, fmt.Errorf("cairn %s: %w\nstdout: %s\nstderr: %s", strings.Join(args, " "), err, stdout.String(), tail(stderr.String(), 4000))
	}
	return stdout.String(), stderr.String(), cpu, nil
}

func tail(s string, n int) string { return s[max(0, len(s)-n):] }

// counters reads the tx and rx byte counters of eth0 in namespace ns.
func counters(ctx context.Context, ns string) (tx, rx uint64, err error) {
	out, err := exec.CommandContext(ctx, "ip", "-n", ns, "-s", "-j", "link", "show", "dev", "eth0").Output()
	if err != nil {
		return 0, 0, fmt.Errorf("ip -n %s -s link: %w", ns, err)
	}
	var links []struct {
		Stats struct {
			RX struct {
				Bytes uint64 `json:"bytes"`
			} `json:"rx"`
			TX struct {
				Bytes uint64 `json:"bytes"`
			} `json:"tx"`
		} `json:"stats64"`
	}
	if err := json.Unmarshal(out, &links); err != nil || len(links) != 1 {
		return 0, 0, fmt.Errorf("ip -n %s -s -j link: %q: %v", ns, out, err)
	}
	return links[0].Stats.TX.Bytes, links[0].Stats.RX.Bytes, nil
}
