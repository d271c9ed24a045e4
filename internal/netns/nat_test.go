package netns_test

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/netns"
)

// TestNAT puts node "home" behind a NAT and checks what a NAT means: its
// connection out to the root namespace and to another node works and
// arrives from the NAT's public address (masquerade); nothing can connect
// in, neither to the node's private address (unreachable) nor to the
// public one (refused), except on the one forwarded port; it still cannot leave the
// devnet's addresses; and Remove leaves nothing behind.
func TestNAT(t *testing.T) {
	available(t)
	if err := netns.CheckNAT(); err != nil {
		t.Skipf("skipping: %v", err)
	}
	ctx := t.Context()
	r, err := netns.Plan([]string{"home", "peer"}, netns.Link{Rate: 100e6})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.BehindNAT("home"); err != nil {
		t.Fatal(err)
	}
	if err := r.BehindNAT("nobody"); !errors.Is(err, netns.ErrNoNode) {
		t.Errorf("BehindNAT of an unknown node: %v", err)
	}
	if err := r.ForwardPort("peer", 7103); !errors.Is(err, netns.ErrNoForward) {
		t.Errorf("ForwardPort to a node with no NAT: %v", err)
	}
	if err := r.ForwardPort("home", 7103); err != nil {
		t.Fatal(err)
	}
	if err := r.Create(ctx, helperProgram); err != nil {
		t.Fatalf("create: %v", err)
	}
	t.Cleanup(func() { _ = r.Remove(context.WithoutCancel(ctx)) })
	home, _ := r.Node("home")
	peer, _ := r.Node("peer")
	if home.NAT == "" || !home.PublicAddr.IsValid() || home.PublicAddr == home.Addr {
		t.Fatalf("home node %+v: want a NAT namespace and a public address apart from its own", home)
	}

	// Out, to the root namespace: the connection comes from the public address.
	l, err := net.Listen("tcp", netip.AddrPortFrom(r.HostAddr, 0).String())
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	from := make(chan netip.Addr, 1)
	go func() {
		c, err := l.Accept()
		if err != nil {
			from <- netip.Addr{}
			return
		}
		from <- c.RemoteAddr().(*net.TCPAddr).AddrPort().Addr().Unmap()
		_, _ = c.Write([]byte("hello"))
		c.Close()
	}()
	out := runHelper(t, home, "fetch "+l.Addr().String())
	if strings.TrimSpace(out) != "5" {
		t.Fatalf("home fetching from the root namespace: %q", out)
	}
	if got := <-from; got != home.PublicAddr {
		t.Errorf("home's connection arrived from %s; want its NAT's public address %s", got, home.PublicAddr)
	}

	// Out, to another node.
	srv := serve(t, peer, netip.AddrPortFrom(peer.Addr, 7101), 1000)
	if out := runHelper(t, home, "fetch "+netip.AddrPortFrom(peer.Addr, 7101).String()); strings.TrimSpace(out) != "1000" {
		t.Errorf("home fetching from peer: %q", out)
	}
	if err := srv.Wait(); err != nil {
		t.Fatal(err)
	}

	// In: neither the private nor the public address takes a connection.
	start(t, home, "listen "+netip.AddrPortFrom(home.Addr, 7102).String())
	for _, tc := range []struct {
		to   netip.Addr
		want []string
	}{
		{home.Addr, []string{"no route to host", "i/o timeout"}}, // nothing on the bridge answers for it
		{home.PublicAddr, []string{"connection refused"}},        // the NAT forwards nothing unasked
	} {
		out, err := helperCmd(t, peer, "fetch "+netip.AddrPortFrom(tc.to, 7102).String()).CombinedOutput()
		t.Logf("peer dialling home at %s: %s", tc.to, strings.TrimSpace(string(out)))
		if err == nil || !containsAny(string(out), tc.want) {
			t.Errorf("peer dialling home at %s: %v: %s; want one of %q", tc.to, err, out, tc.want)
		}
	}

	// In through the port forward: the public address's port 7103 reaches
	// home's own port 7103, and only that port.
	fsrv := serve(t, home, netip.AddrPortFrom(home.Addr, 7103), 1000)
	if out := runHelper(t, peer, "fetch "+netip.AddrPortFrom(home.PublicAddr, 7103).String()); strings.TrimSpace(out) != "1000" {
		t.Errorf("peer fetching from home through the forward: %q", out)
	}
	if err := fsrv.Wait(); err != nil {
		t.Fatal(err)
	}

	// And no way out of the devnet's addresses from behind the NAT either.
	if out, err := helperCmd(t, home, "fetch 192.0.2.1:9").CombinedOutput(); err == nil || !strings.Contains(string(out), "unreachable") {
		t.Errorf("dialling outside the network from behind the NAT: %v: %s; want unreachable", err, out)
	}

	if err := r.Remove(ctx); err != nil {
		t.Fatalf("remove: %v", err)
	}
	if left, err := netns.Leftovers(r.Prefix); err != nil || len(left) > 0 {
		t.Fatalf("left after remove: %v, %v", left, err)
	}
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// helperCmd is the test binary's helper mode h, to run inside node.
func helperCmd(t *testing.T, node netns.Node, h string) *exec.Cmd {
	t.Helper()
	bin, args := node.Command(os.Args[0], "-test.run=^$")
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	t.Cleanup(cancel)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), helperEnv+"="+h)
	return cmd
}

// runHelper runs helper mode h inside node and returns what it printed.
func runHelper(t *testing.T, node netns.Node, h string) string {
	t.Helper()
	out, err := helperCmd(t, node, h).CombinedOutput()
	if err != nil {
		t.Fatalf("helper %q in %s: %v: %s", h, node.Namespace, err, out)
	}
	return string(out)
}
