package netns_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/cairn-storage/cairn/internal/netns"
)

// helperEnv makes the test binary act as a tiny TCP peer inside a
// namespace instead of running tests: "serve ADDR N" accepts one
// connection on ADDR and writes N bytes to it; "fetch ADDR" reads a
// connection to the end and prints how many bytes came.
const helperEnv = "CAIRN_NETNS_TEST_HELPER"

func TestMain(m *testing.M) {
	if h := os.Getenv(helperEnv); h == "delay-line" {
		if err := netns.DelayLineMain(os.Args[1:]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	} else if h != "" {
		os.Exit(helper(strings.Fields(h)))
	}
	code := m.Run()
	if code == 0 {
		if err := goleak.Find(); err != nil {
			fmt.Fprintln(os.Stderr, "goleak:", err)
			code = 1
		}
	}
	os.Exit(code)
}

func helper(args []string) int {
	fail := func(err error) int { fmt.Fprintln(os.Stderr, err); return 1 }
	switch {
	case len(args) == 3 && args[0] == "serve":
		n, err := strconv.ParseInt(args[2], 10, 64)
		if err != nil {
			return fail(err)
		}
		l, err := net.Listen("tcp", args[1])
		if err != nil {
			return fail(err)
		}
		fmt.Println("listening")
		c, err := l.Accept()
		if err != nil {
			return fail(err)
		}
		if _, err := io.CopyN(c, zeros{}, n); err != nil {
			return fail(err)
		}
		c.Close()
		return 0
	case len(args) == 2 && args[0] == "fetch":
		c, err := net.DialTimeout("tcp", args[1], 5*time.Second)
		if err != nil {
			return fail(err)
		}
		n, err := io.Copy(io.Discard, c)
		if err != nil {
			return fail(err)
		}
		fmt.Println(n)
		return 0
	case len(args) == 2 && args[0] == "listen":
		l, err := net.Listen("tcp", args[1])
		if err != nil {
			return fail(err)
		}
		fmt.Println("listening")
		for {
			c, err := l.Accept()
			if err != nil {
				return fail(err)
			}
			c.Close()
		}
	case len(args) == 2 && args[0] == "dial":
		// The time a TCP connect takes is one round trip (SYN, SYN-ACK);
		// the second connect's, once ARP has resolved the address.
		var took time.Duration
		for range 2 {
			start := time.Now()
			c, err := net.DialTimeout("tcp", args[1], 5*time.Second)
			if err != nil {
				return fail(err)
			}
			took = time.Since(start)
			c.Close()
		}
		fmt.Println(took.Nanoseconds())
		return 0
	case len(args) == 2 && args[0] == "udpecho":
		c, err := net.ListenPacket("udp", args[1])
		if err != nil {
			return fail(err)
		}
		fmt.Println("listening")
		buf := make([]byte, 2048)
		for {
			n, from, err := c.ReadFrom(buf)
			if err != nil {
				return fail(err)
			}
			if _, err := c.WriteTo(buf[:n], from); err != nil {
				return fail(err)
			}
		}
	case len(args) == 2 && args[0] == "udpping":
		c, err := net.Dial("udp", args[1])
		if err != nil {
			return fail(err)
		}
		_ = c.SetDeadline(time.Now().Add(5 * time.Second))
		start := time.Now()
		if _, err := c.Write([]byte("ping")); err != nil {
			return fail(err)
		}
		buf := make([]byte, 16)
		if n, err := c.Read(buf); err != nil || string(buf[:n]) != "ping" {
			return fail(fmt.Errorf("udp echo: %q, %w", buf[:n], err))
		}
		fmt.Println(time.Since(start).Nanoseconds())
		return 0
	}
	return fail(fmt.Errorf("bad helper args %q", args))
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

func TestParseLink(t *testing.T) {
	cases := []struct {
		in      string
		want    netns.Link
		wantErr bool
	}{
		{"", netns.Link{}, false},
		{"rate=50mbit", netns.Link{Rate: 50e6}, false},
		{"rate=50mbit,delay=20ms", netns.Link{Rate: 50e6, Delay: 20 * time.Millisecond}, false},
		{" delay=5ms , rate=1gbit ", netns.Link{Rate: 1e9, Delay: 5 * time.Millisecond}, false},
		{"rate=1.5Mbit", netns.Link{Rate: 1.5e6}, false},
		{"rate=800kbit", netns.Link{Rate: 800e3}, false},
		{"rate=50", netns.Link{}, true},
		{"rate=50mb", netns.Link{}, true},
		{"rate=0mbit", netns.Link{}, true},
		{"rate=1bit", netns.Link{}, true},
		{"delay=-1ms", netns.Link{}, true},
		{"delay=20", netns.Link{}, true},
		{"loss=1%", netns.Link{}, true},
		{"rate=1mbit,rate=2mbit", netns.Link{}, true},
		{"rate", netns.Link{}, true},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			got, err := netns.ParseLink(tc.in)
			if tc.wantErr {
				if !errors.Is(err, netns.ErrBadLink) {
					t.Fatalf("ParseLink(%q) = %+v, %v; want ErrBadLink", tc.in, got, err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("ParseLink(%q) = %+v, %v; want %+v", tc.in, got, err, tc.want)
			}
			if back, err := netns.ParseLink(got.String()); err != nil || back != got {
				t.Errorf("round trip of %q through %q: %+v, %v", tc.in, got.String(), back, err)
			}
		})
	}
}

func TestPlan(t *testing.T) {
	r, err := netns.Plan([]string{"client", "provider-1", "provider-2"}, netns.Link{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(r.Prefix, "cn") || len(r.Prefix) != 6 || r.Bridge != r.Prefix+"-br" {
		t.Errorf("prefix %q bridge %q", r.Prefix, r.Bridge)
	}
	range15 := netip.MustParsePrefix("198.18.0.0/15")
	nets := map[netip.Prefix]bool{}
	for _, a := range append([]netip.Addr{r.HostAddr}, addrs(r)...) {
		p := netip.PrefixFrom(a, 24).Masked()
		if !range15.Contains(a) || nets[p] {
			t.Errorf("address %s outside 198.18.0.0/15 or its /24 shared", a)
		}
		nets[p] = true
	}
	for _, n := range r.Nodes {
		if len(n.HostVeth) > 15 || !strings.HasPrefix(n.Namespace, r.Prefix) || !strings.HasPrefix(n.HostVeth, r.Prefix) {
			t.Errorf("node %+v: names must carry the prefix and fit IFNAMSIZ", n)
		}
	}
	for _, bad := range [][]string{nil, {"Client"}, {"a", "a"}, {"x y"}, make([]string, netns.MaxNodes+1)} {
		if _, err := netns.Plan(bad, netns.Link{}); err == nil {
			t.Errorf("Plan(%q) succeeded", bad)
		}
	}
}

func addrs(r *netns.Record) []netip.Addr {
	var out []netip.Addr
	for _, n := range r.Nodes {
		out = append(out, n.Addr)
	}
	return out
}

// available skips the test, with the reason, where namespaces cannot be made.
func available(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("makes network namespaces")
	}
	if err := netns.Check(t.Context()); err != nil {
		t.Skipf("skipping: %v", err)
	}
}

// TestNetworkConnectShapeRemove builds a real two-node network shaped to
// 20 Mbit/s, checks that the nodes reach each other and the bridge's
// address, that a transfer takes as long as the rate says, and that Remove
// leaves nothing behind.
func TestNetworkConnectShapeRemove(t *testing.T) {
	available(t)
	ctx := t.Context()
	const rate = 20e6
	r, err := netns.Plan([]string{"a", "b"}, netns.Link{Rate: rate})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Create(ctx, helperProgram); err != nil {
		t.Fatalf("create: %v", err)
	}
	t.Cleanup(func() { _ = r.Remove(context.WithoutCancel(ctx)) })
	a, _ := r.Node("a")
	b, _ := r.Node("b")

	// From the root namespace (where the bridge's address lives) to a node:
	// 2.5 MB at 20 Mbit/s is 1 s.
	const size = 2_500_000
	srv := serve(t, a, netip.AddrPortFrom(a.Addr, 7001), size)
	start := time.Now()
	c, err := net.DialTimeout("tcp", netip.AddrPortFrom(a.Addr, 7001).String(), 5*time.Second)
	if err != nil {
		t.Fatalf("dial node a from the root namespace: %v", err)
	}
	n, err := io.Copy(io.Discard, c)
	c.Close()
	took := time.Since(start)
	if err != nil || n != size {
		t.Fatalf("read %d bytes, %v", n, err)
	}
	if err := srv.Wait(); err != nil {
		t.Fatal(err)
	}
	bound := time.Duration(float64(size*8) / rate * float64(time.Second))
	t.Logf("%d bytes in %s at %g bit/s: %.1f Mbit/s", size, took, float64(rate), float64(size*8)/took.Seconds()/1e6)
	if took < bound*8/10 || took > bound*3 {
		t.Errorf("transfer took %s; the link's rate says %s", took, bound)
	}

	// Node to node, over the bridge.
	srv = serve(t, a, netip.AddrPortFrom(a.Addr, 7002), 1000)
	bin, args := b.Command(os.Args[0], "-test.run=^$")
	fetch := exec.CommandContext(ctx, bin, args...)
	fetch.Env = append(os.Environ(), helperEnv+"=fetch "+netip.AddrPortFrom(a.Addr, 7002).String())
	out, err := fetch.CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "1000" {
		t.Fatalf("node b fetching from node a: %v: %s", err, out)
	}
	if err := srv.Wait(); err != nil {
		t.Fatal(err)
	}

	// A namespace has no route out: only 198.18.x addresses are reachable.
	fetch = exec.CommandContext(ctx, bin, args...)
	fetch.Env = append(os.Environ(), helperEnv+"=fetch 192.0.2.1:9")
	if out, err := fetch.CombinedOutput(); err == nil || !strings.Contains(string(out), "unreachable") {
		t.Errorf("dialling outside the network from a node: %v: %s; want network unreachable", err, out)
	}

	if err := r.Remove(ctx); err != nil {
		t.Fatalf("remove: %v", err)
	}
	if left, err := netns.Leftovers(r.Prefix); err != nil || len(left) > 0 {
		t.Fatalf("left after remove: %v, %v", left, err)
	}
	if err := r.Remove(ctx); err != nil {
		t.Errorf("second remove: %v", err)
	}
}

// serve runs the test binary inside node as a server of n bytes on addr
// and returns once it listens.
func serve(t *testing.T, node netns.Node, addr netip.AddrPort, n int) *exec.Cmd {
	t.Helper()
	bin, args := node.Command(os.Args[0], "-test.run=^$")
	cmd := exec.CommandContext(t.Context(), bin, args...)
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=serve %s %d", helperEnv, addr, n))
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
		t.Fatalf("helper in %s: %q, %v", node.Namespace, line, err)
	}
	return cmd
}
