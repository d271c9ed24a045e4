package netns_test

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/netns"
)

// helperProgram runs this test binary as the delay line.
var helperProgram = netns.Helper{Argv: []string{os.Args[0]}, Env: []string{helperEnv + "=delay-line"}}

// TestDelayLink builds a two-node network at 20 Mbit/s with 20 ms of
// delay (netem where the kernel has it, the delay line otherwise) and
// checks that TCP and UDP round trips between the nodes take at least
// 2×delay and from the root namespace at least delay, that a transfer is
// still held to the rate, and that Remove stops the delay line and leaves
// nothing behind.
func TestDelayLink(t *testing.T) {
	available(t)
	ctx := t.Context()
	const rate, delay = 20e6, 20 * time.Millisecond
	r, err := netns.Plan([]string{"a", "b"}, netns.Link{Rate: rate, Delay: delay})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Create(ctx, helperProgram); err != nil {
		t.Fatalf("create: %v", err)
	}
	t.Cleanup(func() { _ = r.Remove(context.WithoutCancel(ctx)) })
	t.Logf("delay applied by %s", r.DelayBy)
	if r.DelayBy != netns.DelayByLine && r.DelayBy != netns.DelayByNetem {
		t.Fatalf("DelayBy %q", r.DelayBy)
	}
	a, _ := r.Node("a")
	b, _ := r.Node("b")

	// TCP connect from b to a: one round trip across both links.
	start(t, a, "listen "+netip.AddrPortFrom(a.Addr, 7003).String())
	rtt := helperDuration(t, b, "dial "+netip.AddrPortFrom(a.Addr, 7003).String())
	t.Logf("tcp connect b→a: %s", rtt)
	if rtt < 2*delay {
		t.Errorf("tcp round trip between nodes %s; want at least 2×delay = %s", rtt, 2*delay)
	}

	// UDP echo, node to node and root to node.
	start(t, a, "udpecho "+netip.AddrPortFrom(a.Addr, 7004).String())
	rtt = helperDuration(t, b, "udpping "+netip.AddrPortFrom(a.Addr, 7004).String())
	t.Logf("udp echo b→a: %s", rtt)
	if rtt < 2*delay {
		t.Errorf("udp round trip between nodes %s; want at least %s", rtt, 2*delay)
	}
	c, err := net.Dial("udp", netip.AddrPortFrom(a.Addr, 7004).String())
	if err != nil {
		t.Fatal(err)
	}
	_ = c.SetDeadline(time.Now().Add(5 * time.Second))
	for range 2 { // the second round trip, once ARP has resolved the address
		begin := time.Now()
		if _, err := c.Write([]byte("x")); err != nil {
			t.Fatal(err)
		}
		if _, err := c.Read(make([]byte, 8)); err != nil {
			t.Fatalf("udp echo from the root namespace: %v", err)
		}
		rtt = time.Since(begin)
	}
	c.Close()
	t.Logf("udp echo root→a: %s", rtt)
	if rtt < delay {
		t.Errorf("udp round trip root to node %s; want at least delay = %s", rtt, delay)
	}

	// The rate still holds: 2.5 MB from a to the root namespace at 20 Mbit/s
	// is 1 s.
	const size = 2_500_000
	srv := serve(t, a, netip.AddrPortFrom(a.Addr, 7005), size)
	begin := time.Now()
	conn, err := net.DialTimeout("tcp", netip.AddrPortFrom(a.Addr, 7005).String(), 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, conn)
	conn.Close()
	took := time.Since(begin)
	if err != nil || n != size {
		t.Fatalf("read %d bytes, %v", n, err)
	}
	if err := srv.Wait(); err != nil {
		t.Fatal(err)
	}
	bound := time.Duration(float64(size*8) / rate * float64(time.Second))
	t.Logf("%d bytes in %s: %.1f Mbit/s", size, took, float64(size*8)/took.Seconds()/1e6)
	if took < bound*8/10 {
		t.Errorf("transfer took %s; the rate allows no less than %s", took, bound)
	}
	if took > 10*bound {
		t.Errorf("transfer took %s, over ten times the %s the rate allows", took, bound)
	}

	if err := r.Remove(ctx); err != nil {
		t.Fatalf("remove: %v", err)
	}
	if left, err := netns.Leftovers(r.Prefix); err != nil || len(left) > 0 {
		t.Fatalf("left after remove: %v, %v", left, err)
	}
	if r.DelayPID != 0 {
		deadline := time.Now().Add(5 * time.Second)
		for syscall.Kill(r.DelayPID, 0) == nil && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond) // reaped a moment after it exits
		}
		if err := syscall.Kill(r.DelayPID, 0); err == nil {
			t.Errorf("delay line (pid %d) still runs after Remove", r.DelayPID)
		}
	}
}

// TestDelayNeedsHelper: without netem and without a helper program, a
// delay is refused before anything is made.
func TestDelayNeedsHelper(t *testing.T) {
	available(t)
	r, err := netns.Plan([]string{"a"}, netns.Link{Delay: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	err = r.Create(t.Context(), netns.Helper{})
	t.Cleanup(func() { _ = r.Remove(context.WithoutCancel(t.Context())) })
	if err == nil && r.DelayBy == netns.DelayByNetem {
		t.Log("this kernel has netem: no helper needed")
		return
	}
	if !errors.Is(err, netns.ErrNoHelper) {
		t.Fatalf("create: %v; want ErrNoHelper", err)
	}
	if left, err := netns.Leftovers(r.Prefix); err != nil || len(left) > 0 {
		t.Errorf("refused create left %v (%v)", left, err)
	}
}

// start runs the test binary's helper mode h inside node until the test
// ends, once it says it listens.
func start(t *testing.T, node netns.Node, h string) {
	t.Helper()
	bin, args := node.Command(os.Args[0], "-test.run=^$")
	cmd := exec.CommandContext(t.Context(), bin, args...)
	cmd.Env = append(os.Environ(), helperEnv+"="+h)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "listening" {
		t.Fatalf("helper %q in %s: %q, %v", h, node.Namespace, line, err)
	}
}

// helperDuration runs helper mode h inside node and returns the duration
// (in nanoseconds) it prints.
func helperDuration(t *testing.T, node netns.Node, h string) time.Duration {
	t.Helper()
	bin, args := node.Command(os.Args[0], "-test.run=^$")
	cmd := exec.CommandContext(t.Context(), bin, args...)
	cmd.Env = append(os.Environ(), helperEnv+"="+h)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("helper %q in %s: %v", h, node.Namespace, err)
	}
	ns, err := strconv.ParseInt(strings.TrimSpace(string(out)), 10, 64)
	if err != nil {
		t.Fatalf("helper %q printed %q", h, out)
	}
	return time.Duration(ns)
}
