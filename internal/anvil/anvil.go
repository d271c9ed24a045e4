// Package anvil starts and stops the pinned anvil binary (installed from npm by
// `make tools`) as a child process on a free loopback port. Its Node is also
// the handle of internal/devchain's geth --dev (NewNode), so tests take
// either chain the same way.
//
// It owns nothing but the process: callers decide what to deploy. Every node is
// started with --hardfork prague, as DESIGN.md requires, and is stopped by its
// PID (SIGTERM, then SIGKILL) so no orphan outlives its owner.
package anvil

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// DefaultMnemonic is anvil's well-known development mnemonic. Its accounts are
// funded with 10000 ETH each on every fresh anvil.
const DefaultMnemonic = "test test test test test test test test test test test junk"

// DefaultChainID is the chain id anvil uses unless told otherwise.
const DefaultChainID = 31337

// HistoryArgs bound anvil's past states: at most 1024 kept in memory and
// none persisted to ~/.foundry/anvil/tmp. Unbounded, anvil spills old states
// to disk and leaves them there when it is killed (75 GB after a day of
// tests on one machine filled its disk). Blocks, logs, receipts and block
// hashes are all kept; only eth_call on blocks older than 1024 would fail.
var HistoryArgs = []string{"--prune-history", "1024"}

// ErrNotInstalled is returned when the anvil binary cannot be found.
var ErrNotInstalled = errors.New("anvil is not installed: run `make tools` (npm ci) or set CAIRN_ANVIL")

// Options configure a node. The zero value is a valid automining node.
type Options struct {
	// Binary is the anvil executable; empty means Binary().
	Binary string
	// Port to listen on; 0 picks a free one.
	Port int
	// BlockTime mines a block every interval; 0 means automine (a block per tx).
	BlockTime time.Duration
	// ChainID; 0 means DefaultChainID.
	ChainID uint64
	// Accounts funded from DefaultMnemonic; 0 means anvil's default (10).
	Accounts int
	// StateFile, when set, is loaded at start and written at exit (--state).
	StateFile string
	// Log receives anvil's stdout and stderr; nil discards them.
	Log io.Writer
	// ExtraArgs are appended verbatim.
	ExtraArgs []string
	// DieWithParent makes the kernel kill anvil when this process dies
	// (Linux PR_SET_PDEATHSIG), so a test binary that is killed or times
	// out leaves no anvil behind. A devnet that must outlive its starter
	// leaves it off.
	DieWithParent bool
}

// Node is a running development chain process: anvil, or geth --dev
// (StartGeth) behind the same handle.
type Node struct {
	URL     string
	Port    int // of URL
	ChainID uint64
	PID     int
	Kind    string // KindAnvil or KindGeth

	cmd        *exec.Cmd
	stopOnce   sync.Once
	stopErr    error
	done       chan struct{}
	beforeStop []func() // run before the process is signalled
	afterStop  []func() // run once it has exited
}

// Binary locates the pinned anvil: $CAIRN_ANVIL, then node_modules in this
// module's root (found by walking up from the working directory and from this
// source file), then PATH.
func Binary() (string, error) {
	if p := os.Getenv("CAIRN_ANVIL"); p != "" {
		return p, nil
	}
	rel := filepath.Join("node_modules", "@foundry-rs", "anvil-"+runtime.GOOS+"-"+goarchName(), "bin", "anvil")
	var starts []string
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	if exe, err := os.Executable(); err == nil {
		starts = append(starts, filepath.Dir(exe))
	}
	if _, file, _, ok := runtime.Caller(0); ok {
		starts = append(starts, filepath.Dir(file))
	}
	for _, s := range starts {
		for dir := s; ; dir = filepath.Dir(dir) {
			p := filepath.Join(dir, rel)
			if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
				return p, nil
			}
			if filepath.Dir(dir) == dir {
				break
			}
		}
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p, nil
	}
	return "", ErrNotInstalled
}

func goarchName() string {
	if runtime.GOARCH == "amd64" {
		return "amd64"
	}
	return runtime.GOARCH
}

// FreePort asks the kernel for a free TCP port on 127.0.0.1.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Start launches anvil and waits until it answers JSON-RPC. The process is
// not tied to ctx's lifetime (so a devnet can outlive the command that
// started it); ctx bounds only the start-up wait. Call Stop to end it.
func Start(ctx context.Context, opts Options) (*Node, error) {
	bin := opts.Binary
	if bin == "" {
		var err error
		if bin, err = Binary(); err != nil {
			return nil, err
		}
	}
	chainID := opts.ChainID
	if chainID == 0 {
		chainID = DefaultChainID
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		port := opts.Port
		if port == 0 {
			p, err := FreePort()
			if err != nil {
				return nil, err
			}
			port = p
		}
		n, err := start(ctx, bin, port, chainID, opts)
		if err == nil {
			return n, nil
		}
		lastErr = err
		if opts.Port != 0 || ctx.Err() != nil {
			break
		}
	}
	return nil, lastErr
}

func start(ctx context.Context, bin string, port int, chainID uint64, opts Options) (*Node, error) {
	args := []string{
		"--hardfork", "prague",
		"--host", "127.0.0.1",
		"--port", strconv.Itoa(port),
		"--chain-id", strconv.FormatUint(chainID, 10),
		"--mnemonic", DefaultMnemonic,
	}
	args = append(args, HistoryArgs...)
	if opts.BlockTime > 0 {
		secs := opts.BlockTime.Seconds()
		args = append(args, "--block-time", strconv.FormatFloat(secs, 'f', -1, 64))
	}
	if opts.Accounts > 0 {
		args = append(args, "--accounts", strconv.Itoa(opts.Accounts))
	}
	if opts.StateFile != "" {
		args = append(args, "--state", opts.StateFile)
	}
	args = append(args, opts.ExtraArgs...)
	cmd := exec.Command(bin, args...)
	// Own process group, so a Ctrl-C aimed at the parent's group does not
	// race our orderly Stop, and Stop can signal the whole group.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if opts.DieWithParent {
		cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL
	}
	pr, pw := io.Pipe()
	cmd.Stdout = pw
	cmd.Stderr = pw
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start anvil %s: %w", bin, err)
	}
	n := &Node{
		Kind:    KindAnvil,
		URL:     fmt.Sprintf("http://127.0.0.1:%d", port),
		Port:    port,
		ChainID: chainID,
		PID:     cmd.Process.Pid,
		cmd:     cmd,
		done:    make(chan struct{}),
	}
	ready := make(chan struct{})
	var tail strings.Builder
	var tailMu sync.Mutex
	go func() {
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		signaled := false
		for sc.Scan() {
			line := sc.Text()
			if opts.Log != nil {
				fmt.Fprintln(opts.Log, line)
			}
			tailMu.Lock()
			if tail.Len() < 8192 {
				tail.WriteString(line + "\n")
			}
			tailMu.Unlock()
			if !signaled && strings.Contains(line, "Listening on") {
				signaled = true
				close(ready)
			}
		}
		_, _ = io.Copy(io.Discard, pr)
	}()
	go func() {
		_ = cmd.Wait()
		_ = pw.Close()
		close(n.done)
	}()
	timeout := time.NewTimer(30 * time.Second)
	defer timeout.Stop()
	select {
	case <-ready:
		return n, nil
	case <-n.done:
		tailMu.Lock()
		defer tailMu.Unlock()
		return nil, fmt.Errorf("anvil exited at start-up (port %d): %s", port, strings.TrimSpace(tail.String()))
	case <-timeout.C:
		_ = n.Stop()
		return nil, fmt.Errorf("anvil did not listen on port %d within 30s", port)
	case <-ctx.Done():
		_ = n.Stop()
		return nil, ctx.Err()
	}
}

// Chain kinds of a Node.
const (
	KindAnvil = "anvil"
	KindGeth  = "geth"
)

// NewNode wraps a chain process that another launcher (internal/devchain's
// geth) started in its own process group, and reaps it. Stop then works as
// for anvil.
func NewNode(kind, url string, port int, chainID uint64, cmd *exec.Cmd) *Node {
	n := &Node{Kind: kind, URL: url, Port: port, ChainID: chainID, PID: cmd.Process.Pid, cmd: cmd, done: make(chan struct{})}
	go func() {
		_ = cmd.Wait()
		close(n.done)
	}()
	return n
}

// OnStop adds work to Stop: before runs before the process is signalled,
// after once it has exited (either may be nil). Call it before Stop.
func (n *Node) OnStop(before, after func()) {
	if before != nil {
		n.beforeStop = append(n.beforeStop, before)
	}
	if after != nil {
		n.afterStop = append(n.afterStop, after)
	}
}

// Done is closed when the process has exited.
func (n *Node) Done() <-chan struct{} { return n.done }

// Stop terminates the process group (SIGTERM, then SIGKILL after 5s) and
// waits for it. It is idempotent.
func (n *Node) Stop() error {
	n.stopOnce.Do(func() {
		for _, f := range n.beforeStop {
			f()
		}
		defer func() {
			for _, f := range n.afterStop {
				f()
			}
		}()
		select {
		case <-n.done:
			return
		default:
		}
		_ = syscall.Kill(-n.PID, syscall.SIGTERM)
		select {
		case <-n.done:
		case <-time.After(5 * time.Second):
			_ = syscall.Kill(-n.PID, syscall.SIGKILL)
			<-n.done
		}
	})
	return n.stopErr
}
