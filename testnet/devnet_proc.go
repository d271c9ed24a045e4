package testnet

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// proc is a child process of the devnet: its own process group (a Ctrl-C
// at the terminal reaches only the supervisor, which stops the children in
// order), stdout and stderr appended to a log file, reaped by one goroutine
// that ends when the process does.
type proc struct {
	name    string
	pid     int
	logPath string
	cmd     *exec.Cmd
	done    chan struct{} // closed once the process has exited and was reaped
	err     error         // Wait's result, valid after done
}

// ProcessExit reports a devnet process that exited (on its own or stopped).
type ProcessExit struct {
	Name string // "anvil" or "provider-N"
	PID  int
	Err  error // nil for a clean exit
}

// startProc starts bin with args in its own process group, output appended
// to logPath. Each exit is also sent, without blocking, to exits.
func startProc(name, bin string, args, env []string, logPath string, exits chan<- ProcessExit) (*proc, error) {
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open %s log: %w", name, err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	cmd.Stdin = nil
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	err = cmd.Start()
	logf.Close() // the child holds its own descriptor
	if err != nil {
		return nil, fmt.Errorf("start %s (%s): %w", name, bin, err)
	}
	p := &proc{name: name, pid: cmd.Process.Pid, logPath: logPath, cmd: cmd, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
		select {
		case exits <- ProcessExit{Name: name, PID: p.pid, Err: p.err}:
		default:
		}
	}()
	return p, nil
}

// exited reports whether the process has exited.
func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// stop sends SIGTERM to the process group, waits up to grace, then
// SIGKILLs the group and waits for the process to be reaped.
func (p *proc) stop(grace time.Duration) {
	if p.exited() {
		return
	}
	_ = syscall.Kill(-p.pid, syscall.SIGTERM)
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case <-p.done:
	case <-t.C:
		_ = syscall.Kill(-p.pid, syscall.SIGKILL)
		<-p.done
	}
	// Anything left in the group (there should be nothing) goes too.
	_ = syscall.Kill(-p.pid, syscall.SIGKILL)
}

// tail returns the last lines of the process's log, for error messages.
func (p *proc) tail() string { return tailFile(p.logPath, 1500) }

func tailFile(path string, n int64) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > n {
		_, _ = f.Seek(st.Size()-n, io.SeekStart)
	}
	b, _ := io.ReadAll(f)
	s := strings.TrimSpace(string(b))
	if i := strings.IndexByte(s, '\n'); i >= 0 && int64(len(b)) >= n {
		s = s[i+1:] // drop the partial first line
	}
	return s
}

// ProcessAlive reports whether pid is a live process (a zombie counts as
// dead). It does not say whose process it is: see processMatches.
func ProcessAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	if err := syscall.Kill(pid, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return false
	}
	if b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat")); err == nil {
		// pid (comm) S …: the state follows the last ')'.
		if i := bytes.LastIndexByte(b, ')'); i >= 0 && i+2 < len(b) && (b[i+2] == 'Z' || b[i+2] == 'X') {
			return false
		}
	}
	return true
}

// processMatches guards against PID reuse: where /proc exists, pid's
// command line must contain every one of want. Elsewhere it trusts the pid.
func processMatches(pid int, want ...string) bool {
	if _, err := os.Stat("/proc/self/cmdline"); err != nil {
		return true
	}
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "cmdline"))
	if err != nil {
		return false
	}
	cmdline := string(bytes.ReplaceAll(b, []byte{0}, []byte{' '}))
	for _, w := range want {
		if !strings.Contains(cmdline, w) {
			return false
		}
	}
	return true
}

// killAndWait stops a process that is not our child (so we cannot
// reap it): SIGTERM to its group (or to it alone when group is false), up
// to grace for it to go, then SIGKILL. It reports whether it is gone.
func killAndWait(pid int, group bool, grace time.Duration) bool {
	target := pid
	if group {
		target = -pid
	}
	_ = syscall.Kill(target, syscall.SIGTERM)
	if waitGone(pid, grace) {
		if group {
			_ = syscall.Kill(target, syscall.SIGKILL) // stragglers in the group
		}
		return true
	}
	_ = syscall.Kill(target, syscall.SIGKILL)
	return waitGone(pid, 5*time.Second)
}

func waitGone(pid int, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for {
		if !ProcessAlive(pid) {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// PortOpen reports whether something accepts TCP connections on addr.
func PortOpen(addr string) bool {
	c, err := net.DialTimeout("tcp", addr, 300*time.Millisecond)
	if err != nil {
		return false
	}
	c.Close()
	return true
}

// waitPortClosed waits until nothing listens on addr.
func waitPortClosed(addr string, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for PortOpen(addr) {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(50 * time.Millisecond)
	}
	return true
}

// childEnv is the environment of provider processes: the caller's, minus
// CAIRN_* and ETH_RPC_URL (a stray CAIRN_CONFIG or CAIRN_DATADIR must not
// redirect a provider; everything it needs is passed as flags), plus extra.
func childEnv(extra []string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "CAIRN_") || strings.HasPrefix(kv, "ETH_RPC_URL=") {
			continue
		}
		env = append(env, kv)
	}
	return append(env, extra...)
}
