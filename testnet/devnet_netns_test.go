package testnet_test

import (
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	ma "github.com/multiformats/go-multiaddr"

	"github.com/cairn-storage/cairn/internal/netns"
	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/testnet"
)

// TestDevnetNetnsPutGetDown runs a devnet with the client and three
// providers in their own namespaces (a 50 Mbit/s link each, 20 ms between
// nodes: netem, or the delay line where the kernel lacks it), checks that
// every provider announces its own 198.18.x.2 address in its own /24 and
// the chain listens on the bridge, puts and gets a file through the real
// binary inside the client's namespace, and checks that down leaves no
// namespace, veth or bridge behind.
func TestDevnetNetnsPutGetDown(t *testing.T) {
	needNetns(t)
	ctx := t.Context()
	dir := t.TempDir()
	opts := devnetOptions(t, dir)
	opts.Netns, opts.Link = true, netns.Link{Rate: 50e6, Delay: 20 * time.Millisecond}
	_, d := up(t, opts)
	rec := d.Netns
	if rec == nil || len(rec.Nodes) != 4 || rec.Link != opts.Link || (rec.DelayBy != netns.DelayByLine && rec.DelayBy != netns.DelayByNetem) {
		t.Fatalf("devnet.json netns record: %+v", rec)
	}
	range15 := netip.MustParsePrefix("198.18.0.0/15")
	if !strings.HasPrefix(d.RPCURL, "http://"+rec.HostAddr.String()+":") || !range15.Contains(rec.HostAddr) {
		t.Errorf("chain at %s, bridge address %s", d.RPCURL, rec.HostAddr)
	}

	// Each provider registered the address of its own namespace.
	m := devnetMarket(t, d)
	nets := map[netip.Prefix]bool{}
	for _, p := range d.Providers {
		node, ok := rec.Node("provider-" + strconv.Itoa(p.Index))
		if !ok {
			t.Fatalf("no namespace for provider %d", p.Index)
		}
		info, err := testnet.PeerInfo(ctx, m, p.Address)
		if err != nil {
			t.Fatal(err)
		}
		ai, err := p2p.DecodePeerInfo(info)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range ai.Addrs {
			ip, err := a.ValueForProtocol(ma.P_IP4)
			if err != nil || ip != node.Addr.String() {
				t.Errorf("provider %d announces %s; its namespace has %s", p.Index, a, node.Addr)
			}
		}
		pfx := netip.PrefixFrom(node.Addr, 24).Masked()
		if !range15.Contains(node.Addr) || nets[pfx] {
			t.Errorf("provider %d at %s: outside 198.18.0.0/15 or sharing a /24", p.Index, node.Addr)
		}
		nets[pfx] = true
		if !strings.HasPrefix(p.MetricsAddr, node.Addr.String()+":") {
			t.Errorf("provider %d serves metrics on %s, not on its namespace's address", p.Index, p.MetricsAddr)
		}
	}

	// put and get as the client, inside its namespace: 2+1 over three
	// providers in three /24s, so placement's diversity rule is met, not waived.
	home := t.TempDir()
	in, data := randomFile(t, "netns.bin", 400_000)
	cairn(t, home, "devnet", "exec", "--dir", dir, "--", "put", "--k", "2", "--m", "1", "--epochs", "50", in)
	getBack(t, home, "netns.bin", data, "devnet", "exec", "--dir", dir, "--")

	// Down from "another process", by devnet.json: nothing with the prefix
	// is left, as `ip netns list` and `ip link` see it.
	stopped, err := testnet.Down(dir, nil)
	if err != nil || !stopped {
		t.Fatalf("down: stopped %v, %v", stopped, err)
	}
	checkStopped(t, dir, d)
	if rec.DelayBy == netns.DelayByLine {
		// The delay line (`cairn devnet delay-line`) ran and was stopped.
		b, err := os.ReadFile(filepath.Join(dir, "delay-line.log"))
		if err != nil || !strings.Contains(string(b), "delay line up") || !strings.Contains(string(b), "delay line stopped") {
			t.Errorf("delay-line.log (%v):\n%s", err, b)
		}
	}
	for _, argv := range [][]string{{"ip", "netns", "list"}, {"ip", "link", "show"}} {
		b, err := exec.CommandContext(ctx, argv[0], argv[1:]...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v: %s", strings.Join(argv, " "), err, b)
		}
		if strings.Contains(string(b), rec.Prefix) {
			t.Errorf("%s still lists %s after down:\n%s", strings.Join(argv, " "), rec.Prefix, b)
		}
	}
	if left, err := netns.Leftovers(rec.Prefix); err != nil || len(left) > 0 {
		t.Errorf("left after down: %v, %v", left, err)
	}
	if _, _, err := testnet.ExecCommand(dir, "client", cairnBin, []string{"ls"}); err == nil {
		t.Error("exec into a removed namespace was allowed")
	}
}

func TestDevnetLinkNeedsNetns(t *testing.T) {
	opts := testnet.DevnetOptions{Dir: t.TempDir(), Binary: cairnBin, Link: netns.Link{Rate: 1e6}, StartTimeout: time.Second}
	h, err := testnet.Up(t.Context(), opts)
	if err == nil {
		_ = h.Down()
		t.Fatal("up with --link and no --netns succeeded")
	}
	if !strings.Contains(err.Error(), "--netns") {
		t.Errorf("error %q does not say --link needs --netns", err)
	}
}
