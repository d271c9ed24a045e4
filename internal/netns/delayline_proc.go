package netns

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// delayNS is the name (after the prefix and a dash) of the namespace that
// holds the delay line's interfaces and process; no node may take it.
const delayNS = "delay"

// Helper is the program Create starts as the network's delay line when a
// delay is asked for and the kernel has no netem: Argv, to which the delay
// line's arguments are appended, must hand them to DelayLineMain (cairn's
// is `cairn devnet delay-line`); Env is added to its environment; its
// messages go to Log ("" discards them). It runs detached, in its own
// session, inside the delay namespace, until Remove stops it.
type Helper struct {
	Argv []string
	Env  []string
	Log  string
}

// ErrNoHelper means a delay needs the delay line but Create was given no
// program to run it.
var ErrNoHelper = errors.New("netns: a delay without netem needs the delay-line helper program")

// DelayLineMain is the delay line process: args are DELAY (how long each
// frame is held, each way, as a Go duration), LIMIT (bytes held at most per
// direction) and NODE=BRIDGE interface pairs of the namespace it runs in.
// It prints "ready" on stdout (and closes it) once every socket is bound,
// runs until SIGTERM or SIGINT, then logs what each direction carried.
func DelayLineMain(args []string) error {
	if len(args) < 3 {
		return fmt.Errorf("delay line: want DELAY LIMIT NODE=BRIDGE..., got %q", args)
	}
	delay, err := time.ParseDuration(args[0])
	if err != nil || delay <= 0 {
		return fmt.Errorf("delay line: delay %q: want a positive duration", args[0])
	}
	limit, err := strconv.ParseInt(args[1], 10, 64)
	if err != nil || limit <= 0 {
		return fmt.Errorf("delay line: limit %q: want a positive number of bytes", args[1])
	}
	var pairs []Pair
	for _, a := range args[2:] {
		n, b, ok := strings.Cut(a, "=")
		if !ok || n == "" || b == "" {
			return fmt.Errorf("delay line: pair %q: want NODE=BRIDGE", a)
		}
		pairs = append(pairs, Pair{Node: n, Bridge: b})
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil)).With("component", "delay_line")
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	ready := func() {
		fmt.Println("ready")
		os.Stdout.Close()
		log.Info("delay line up", "pairs", len(pairs), "delay_each_way", delay.String(), "limit_bytes", limit)
	}
	stats, err := RunDelayLine(ctx, pairs, delay, limit, ready, log)
	if err != nil {
		return err
	}
	for i, s := range stats {
		p, dir := pairs[i/2], "to_bridge"
		if i%2 == 1 {
			dir = "to_node"
		}
		log.Info("delay line stopped", "node_if", p.Node, "direction", dir, "frames", s.Frames, "bytes", s.Bytes,
			"dropped", s.Dropped, "send_errors", s.SendErrors)
	}
	return nil
}

// delayNamespace is the name of r's delay namespace.
func (r *Record) delayNamespace() string { return r.Prefix + "-" + delayNS }

// delayPair is the pair of interfaces node i (from 1) has in the delay
// namespace.
func delayPair(i int) Pair {
	return Pair{Node: "n" + strconv.Itoa(i), Bridge: "b" + strconv.Itoa(i)}
}

// lineLimit is how many bytes one direction of a delay line holds: what
// the link carries in the time a frame is held (on a real link those bytes
// are on the wire, not queued), plus a queue as deep as the token bucket's
// before it (its burst and 100 ms at the rate, tbf's latency, at most
// 16 MiB), and a frame's worth of slack; an unshaped link counts as
// 10 Gbit/s. With only the burst as queue (10 ms at the rate) a delay line
// whose process was not scheduled for a few ms dropped frames a real link
// would have carried: 5% of the client's frames during a 1 GiB put at
// 1 Gbit/s + 20 ms on the loaded 2-core machine (BENCHMARKS.md, netns).
func lineLimit(l Link) int64 {
	rate := l.Rate
	if rate == 0 {
		rate = 10e9
	}
	burst := max(rate/8/100, 64<<10)
	queue := min(rate/8/10, 16<<20)
	return int64(float64(rate)/8*(l.Delay/2).Seconds()) + int64(burst+queue) + maxFrame
}

// startDelayLine makes the delay namespace's settings and starts h in it
// for r's nodes, returning once it is ready.
func (r *Record) startDelayLine(ctx context.Context, h Helper) error {
	if len(h.Argv) == 0 {
		return ErrNoHelper
	}
	args := []string{"netns", "exec", r.delayNamespace()}
	args = append(args, h.Argv...)
	args = append(args, (r.Link.Delay / 2).String(), strconv.FormatInt(lineLimit(r.Link), 10))
	for i := range r.Nodes {
		p := delayPair(i + 1)
		args = append(args, p.Node+"="+p.Bridge)
	}
	cmd := exec.Command("ip", args...)
	cmd.Env = append(os.Environ(), h.Env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	// The child writes its log file itself: it outlives this process, so
	// it must not write to a pipe of ours. Without a log, a temporary one
	// keeps what a failed start said.
	logPath := h.Log
	if logPath == "" {
		tmp, err := os.CreateTemp("", "cairn-delay-line-*.log")
		if err != nil {
			return fmt.Errorf("netns: delay line log: %w", err)
		}
		tmp.Close()
		logPath = tmp.Name()
		defer os.Remove(logPath) // the child keeps writing to it, unlinked
	}
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("netns: delay line log: %w", err)
	}
	defer logf.Close() // the child holds its own descriptor
	cmd.Stderr = logf
	said := func() string {
		b, _ := os.ReadFile(logPath)
		return strings.TrimSpace(string(b[max(0, len(b)-4096):]))
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("netns: start the delay line (%s): %w", h.Argv[0], err)
	}
	line := make(chan string, 1)
	go func() {
		s, _ := bufio.NewReader(out).ReadString('\n')
		line <- strings.TrimSpace(s)
	}()
	select {
	case s := <-line:
		if s == "ready" {
			r.DelayPID = cmd.Process.Pid
			go func() { _ = cmd.Wait() }() // reap it whenever Remove stops it
			return nil
		}
		_ = cmd.Wait()
		return fmt.Errorf("netns: the delay line did not start: %s", said())
	case <-time.After(10 * time.Second):
	case <-ctx.Done():
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	return fmt.Errorf("netns: the delay line did not get ready: %s", said())
}

// stopDelayLine stops every process in r's delay namespace (SIGTERM, then
// SIGKILL after 5 s) and waits until none is left.
func (r *Record) stopDelayLine(ctx context.Context) error {
	ns := r.delayNamespace()
	if _, err := os.Stat(runNetns + "/" + ns); err != nil {
		return nil
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGKILL} {
		pids, err := nsPIDs(ctx, ns)
		if err != nil || len(pids) == 0 {
			return err
		}
		for _, p := range pids {
			_ = syscall.Kill(p, sig)
		}
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			if pids, err = nsPIDs(ctx, ns); err != nil || len(pids) == 0 {
				return err
			}
		}
	}
	pids, _ := nsPIDs(ctx, ns)
	return fmt.Errorf("netns: processes %v in %s outlive SIGKILL", pids, ns)
}

// nsPIDs lists the processes in the named namespace.
func nsPIDs(ctx context.Context, ns string) ([]int, error) {
	out, err := exec.CommandContext(ctx, "ip", "netns", "pids", ns).Output()
	if err != nil {
		return nil, fmt.Errorf("netns: ip netns pids %s: %w", ns, err)
	}
	var pids []int
	for _, f := range strings.Fields(string(out)) {
		if p, err := strconv.Atoi(f); err == nil {
			pids = append(pids, p)
		}
	}
	return pids, nil
}
