package chaos

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/rpcproxy"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/testnet"
)

// Options shape a harness devnet.
type Options struct {
	Binary      string // the cairn binary (cairntest.Build)
	Providers   int    // provider processes (default 4)
	EpochBlocks uint64 // default 10
	BlockTime   time.Duration
	// Capacity each provider sells (default 256MiB).
	Capacity string
	// Proxied lists the 1-based provider indexes whose RPC goes through
	// their own rpcproxy from the start.
	Proxied []int
}

// Harness is one running devnet and the processes it restarted.
type Harness struct {
	t      *testing.T
	Dir    string
	Bin    string
	Handle *testnet.DevnetHandle
	Info   *testnet.Devnet
	Client *chain.Client
	Market *marketv2.Market
	home   string
	cap    string                  // each provider's --capacity
	procs  map[int]*exec.Cmd       // providers this harness (re)started
	exited map[int]chan struct{}   // closed when procs[i] is reaped
	Proxy  map[int]*rpcproxy.Proxy // per-provider fault proxy
	rpc    map[int]string          // the RPC URL provider i runs against
}

// Start brings up a devnet and moves the Proxied providers onto their proxies.
func Start(t *testing.T, o Options) *Harness {
	t.Helper()
	if o.Providers == 0 {
		o.Providers = 4
	}
	if o.EpochBlocks == 0 {
		o.EpochBlocks = 10
	}
	if o.BlockTime == 0 {
		o.BlockTime = 250 * time.Millisecond
	}
	if o.Capacity == "" {
		o.Capacity = "256MiB"
	}
	dir := t.TempDir()
	h, err := testnet.Up(t.Context(), testnet.DevnetOptions{Dir: dir, Providers: o.Providers, EpochBlocks: o.EpochBlocks,
		BlockTime: o.BlockTime, Binary: o.Binary, Capacity: o.Capacity})
	if err != nil {
		t.Fatalf("devnet up: %v", err)
	}
	hs := &Harness{t: t, Dir: dir, Bin: o.Binary, Handle: h, Info: h.Info, home: t.TempDir(), cap: o.Capacity,
		procs: map[int]*exec.Cmd{}, exited: map[int]chan struct{}{}, Proxy: map[int]*rpcproxy.Proxy{}, rpc: map[int]string{}}
	t.Cleanup(hs.stop)
	if hs.Client, err = chain.Dial(t.Context(), h.Info.RPCURL, anvil.DefaultChainID); err != nil {
		t.Fatalf("dial devnet: %v", err)
	}
	t.Cleanup(hs.Client.Close)
	if hs.Market, err = marketv2.Open(t.Context(), hs.Client, nil, h.Info.Deployment); err != nil {
		t.Fatalf("open market: %v", err)
	}
	t.Cleanup(hs.evidence) // runs before stop and the client's Close
	for _, i := range o.Proxied {
		p, err := rpcproxy.New(h.Info.RPCURL)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(p.Close)
		hs.Proxy[i], hs.rpc[i] = p, p.URL()
		hs.Kill9(i)
		hs.Restart(i)
	}
	return hs
}

func (h *Harness) stop() {
	for i := range h.procs {
		h.Kill9(i)
	}
	if err := h.Handle.Down(); err != nil {
		h.t.Errorf("devnet down: %v", err)
	}
}

// provider returns provider i's devnet.json entry (1-based).
func (h *Harness) provider(i int) *testnet.DevnetProvider { return &h.Info.Providers[i-1] }

// pid is provider i's current process id.
func (h *Harness) pid(i int) int {
	if c, ok := h.procs[i]; ok {
		return c.Process.Pid
	}
	return h.provider(i).PID
}

// Alive reports whether provider i's process runs.
func (h *Harness) Alive(i int) bool {
	if ch, ok := h.exited[i]; ok {
		select {
		case <-ch:
			return false
		default:
			return true
		}
	}
	return testnet.ProcessAlive(h.provider(i).PID)
}

// Kill9 sends SIGKILL to provider i's process group and waits until it is gone.
func (h *Harness) Kill9(i int) {
	h.t.Helper()
	pid := h.pid(i)
	_ = syscall.Kill(-pid, syscall.SIGKILL)
	if ch, ok := h.exited[i]; ok {
		<-ch
		delete(h.procs, i)
		delete(h.exited, i)
		return
	}
	deadline := time.Now().Add(10 * time.Second)
	for testnet.ProcessAlive(pid) {
		if time.Now().After(deadline) {
			h.t.Fatalf("provider %d (pid %d) survived SIGKILL", i, pid)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Restart starts provider i again on its datadir (through its proxy if it
// has one) and waits until it wrote its peer id and metrics address.
func (h *Harness) Restart(i int) {
	h.t.Helper()
	p := h.provider(i)
	rt := filepath.Join(p.DataDir, "provider")
	_ = os.Remove(filepath.Join(rt, "peer.id"))
	_ = os.Remove(filepath.Join(rt, "metrics.addr"))
	rpc := h.Info.RPCURL
	if u, ok := h.rpc[i]; ok {
		rpc = u
	}
	logf, err := os.OpenFile(p.LogFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		h.t.Fatal(err)
	}
	fmt.Fprintf(logf, "=== chaos: restart provider-%d against %s\n", i, rpc)
	cmd := exec.Command(h.Bin, "provider", "run", "--datadir", p.DataDir, "--password-file", p.PasswordFile,
		"--rpc-url", rpc, "--chain-id", strconv.FormatUint(h.Info.ChainID, 10),
		"--marketplace", h.Info.Deployment.Marketplace.Hex(), "--lens", h.Info.Deployment.Lens.Hex(), "--capacity", h.cap,
		"--metrics-addr", "127.0.0.1:0", "--log-level", "debug")
	cmd.Env = providerEnv()
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	err = cmd.Start()
	logf.Close()
	if err != nil {
		h.t.Fatalf("restart provider %d: %v", i, err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	h.procs[i], h.exited[i] = cmd, done
	deadline := time.Now().Add(2 * time.Minute)
	for !fileHas(filepath.Join(rt, "peer.id")) || !fileHas(filepath.Join(rt, "metrics.addr")) {
		if !h.Alive(i) {
			h.t.Fatalf("provider %d exited on restart; log ends:\n%s", i, h.LogTail(i))
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("provider %d did not come up within 2m", i)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func providerEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "CAIRN_") && !strings.HasPrefix(kv, "ETH_RPC_URL=") {
			env = append(env, kv)
		}
	}
	return env
}

func fileHas(path string) bool {
	b, err := os.ReadFile(path)
	return err == nil && len(bytes.TrimSpace(b)) > 0
}

// Log is provider i's whole log so far.
func (h *Harness) Log(i int) string {
	b, _ := os.ReadFile(h.provider(i).LogFile)
	return string(b)
}

// LogTail is the end of provider i's log, for failure messages.
func (h *Harness) LogTail(i int) string {
	s := h.Log(i)
	if len(s) > 3000 {
		s = s[len(s)-3000:]
	}
	return s
}

// WaitLog waits until provider i's log has a line containing every one of
// want after byte offset from, and returns the offset past that line.
func (h *Harness) WaitLog(ctx context.Context, i, from int, timeout time.Duration, want ...string) int {
	h.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		s := h.Log(i)
		if from < len(s) {
			off := from
			for _, line := range strings.SplitAfter(s[from:], "\n") {
				off += len(line)
				if containsAll(line, want) {
					return off
				}
			}
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			h.t.Fatalf("provider %d: no log line with %q within %s; log ends:\n%s", i, want, timeout, h.LogTail(i))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func containsAll(s string, want []string) bool {
	for _, w := range want {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// RandomFile writes n random bytes to a file named name and returns them.
func (h *Harness) RandomFile(name string, n int) (string, []byte) {
	h.t.Helper()
	data := make([]byte, n)
	_, _ = rand.Read(data)
	path := filepath.Join(h.t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		h.t.Fatal(err)
	}
	return path, data
}

// Cairn runs the binary as the devnet's client and returns stdout.
func (h *Harness) Cairn(ctx context.Context, timeout time.Duration, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := h.Command(ctx, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return stdout.String(), fmt.Errorf("cairn %s: %w\nstdout: %s\nstderr: %s", strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String(), nil
}

// Command is the binary run as the devnet's client, not yet started.
func (h *Harness) Command(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, h.Bin, append([]string{"--devnet", h.Dir}, args...)...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + h.home}
	return cmd
}

// Get downloads name with `cairn get` and fails the test unless it equals want.
func (h *Harness) Get(ctx context.Context, name string, want []byte) {
	h.t.Helper()
	out := filepath.Join(h.t.TempDir(), "got-"+name)
	if _, err := h.Cairn(ctx, 3*time.Minute, "get", "-o", out, name); err != nil {
		h.t.Fatalf("get %s: %v", name, err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		h.t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		h.t.Fatalf("get %s: %d bytes differ from the %d put", name, len(got), len(want))
	}
}

// T is the test the harness belongs to.
func (h *Harness) T() *testing.T { return h.t }
