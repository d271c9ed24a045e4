package testnet_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	ma "github.com/multiformats/go-multiaddr"

	"github.com/cairn-storage/cairn/internal/netns"
	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/testnet"
)

// TestDevnetNetnsNAT runs a netns devnet of five providers (20 ms and
// 50 Mbit/s links) with the client and providers 3 to 5 each behind a NAT
// of its own, and shows what cairn supports there:
//   - a client behind a NAT puts and gets (it only dials out);
//   - provider-3's NAT forwards its port and it announces the NAT's public
//     address: it is placed on and serves gets;
//   - provider-4 (no forward) reserves a slot on provider-1's circuit relay
//     and registers a /p2p-circuit address: it is placed on and serves gets
//     through the relay (the connections' addresses are logged: whether a
//     hole punch made a direct one);
//   - provider-5 (neither) announces an address nobody can dial, so
//     placement leaves it out, saying so, and a put that needs it fails.
func TestDevnetNetnsNAT(t *testing.T) {
	needNetns(t)
	if err := netns.CheckNAT(); err != nil {
		t.Skipf("skipping the NAT devnet: %v", err)
	}
	ctx := t.Context()
	dir := t.TempDir()
	opts := devnetOptions(t, dir)
	opts.Providers = 5
	opts.Netns, opts.Link = true, netns.Link{Rate: 50e6, Delay: 20 * time.Millisecond}
	opts.NAT = []string{"client", "provider-3", "provider-4", "provider-5"}
	opts.NATForward, opts.NATRelay = []string{"provider-3"}, []string{"provider-4"}
	_, d := up(t, opts)
	nodes := map[string]netns.Node{}
	for _, n := range []string{"client", "provider-1", "provider-3", "provider-4", "provider-5"} {
		nodes[n], _ = d.Netns.Node(n)
	}
	for _, n := range []string{"client", "provider-3", "provider-4", "provider-5"} {
		if nodes[n].NAT == "" {
			t.Fatalf("%s not behind a NAT: %+v", n, nodes[n])
		}
	}

	// What each provider behind a NAT registered.
	m := devnetMarket(t, d)
	announced := func(i int) []ma.Multiaddr {
		info, err := m.PeerInfo(ctx, d.Providers[i-1].Address)
		if err != nil {
			t.Fatal(err)
		}
		ai, err := p2p.DecodePeerInfo(info)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("provider-%d registered %v", i, ai.Addrs)
		return ai.Addrs
	}
	forwarded := fmt.Sprintf("/ip4/%s/tcp/%d", nodes["provider-3"].PublicAddr, testnet.DevnetP2PPort)
	if got := announced(3); len(got) != 1 || got[0].String() != forwarded {
		t.Errorf("provider-3 registered %v, want only its forwarded %s", got, forwarded)
	}
	relayPeer := d.Providers[0].PeerID
	p4 := announced(4)
	if len(p4) != 2 || !strings.HasPrefix(p4[0].String(), "/ip4/"+nodes["provider-4"].Addr.String()+"/tcp/") ||
		p4[1].String() != fmt.Sprintf("/ip4/%s/tcp/%d/p2p/%s/p2p-circuit", nodes["provider-1"].Addr, testnet.DevnetP2PPort, relayPeer) {
		t.Errorf("provider-4 registered %v, want its own address, then the circuit through provider-1 (%s)", p4, relayPeer)
	}
	for _, a := range announced(5) {
		if ip, err := a.ValueForProtocol(ma.P_IP4); err != nil || ip != nodes["provider-5"].Addr.String() {
			t.Errorf("provider-5 announces %s; it listens on %s behind its NAT", a, nodes["provider-5"].Addr)
		}
	}

	// A 3+1 put needs four reachable providers in distinct /24s: 1 to 4,
	// so the forwarded and the relayed one are both placed on and pushed to.
	home := t.TempDir()
	in, data := randomFile(t, "nat.bin", 300_000)
	cairn(t, home, "devnet", "exec", "--dir", dir, "--", "put", "--k", "3", "--m", "1", "--epochs", "50", in)

	// Unsupported: a 4+1 put needs provider-5 too. Placement dials it, logs
	// why it cannot and leaves the request open, and the put fails at
	// expiry, refunded.
	in2 := filepath.Join(t.TempDir(), "nat2.bin")
	if err := os.WriteFile(in2, data[:100_000], 0o600); err != nil {
		t.Fatal(err)
	}
	stderr := cairnFails(t, home, "devnet", "exec", "--dir", dir, "--", "put", "--k", "4", "--m", "1", "--epochs", "50", "--expiry-blocks", "24", in2)
	for _, line := range strings.Split(stderr, "\n") {
		if strings.Contains(line, "unreachable") || strings.Contains(line, "not every slot") {
			t.Log(line)
		}
	}
	low := strings.ToLower(stderr)
	for _, want := range []string{"not placing on an unreachable provider", strings.ToLower(d.Providers[4].Address.Hex()), "not every slot was filled"} {
		if !strings.Contains(low, strings.ToLower(want)) {
			t.Errorf("the failed put's stderr does not say %q:\n%s", want, stderr)
		}
	}
	// Why: the dial of the private address fails with "no route to host"
	// once ARP gives up (about 3 s), or placement's 3 s runs out first.
	if !strings.Contains(stderr, nodes["provider-5"].Addr.String()) && !strings.Contains(stderr, "deadline exceeded") {
		t.Errorf("the failed put's stderr names neither provider-5's address %s nor a timeout:\n%s", nodes["provider-5"].Addr, stderr)
	}
	for _, line := range strings.Split(low, "\n") {
		if !strings.Contains(line, "unreachable") && !strings.Contains(line, "push failed") {
			continue
		}
		for _, i := range []int{3, 4} {
			if strings.Contains(line, strings.ToLower(d.Providers[i-1].Address.Hex())) {
				t.Errorf("provider-%d was not reached: %s", i, line)
			}
		}
	}

	// Stop provider-2: the get of the 3+1 file needs the three others, so
	// both providers behind NATs serve it (provider-1 must stay: it relays).
	if err := syscall.Kill(d.Providers[1].PID, syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	getBack(t, home, "nat.bin", data, "devnet", "exec", "--dir", dir, "--")

	// How the client reached provider-4: its log has every connection.
	log4, err := os.ReadFile(d.Providers[3].LogFile)
	if err != nil {
		t.Fatal(err)
	}
	var relayedIn, directIn int
	for _, line := range strings.Split(string(log4), "\n") {
		if !strings.Contains(line, "p2p connection") || !strings.Contains(line, "direction=Inbound") {
			continue
		}
		t.Log(strings.TrimSpace(line))
		if strings.Contains(line, "relayed=true") {
			relayedIn++
		} else {
			directIn++
		}
	}
	t.Logf("provider-4 accepted %d relayed and %d direct connections (a direct one would be a hole punch)", relayedIn, directIn)
	if relayedIn == 0 {
		t.Errorf("provider-4 accepted no relayed connection:\n%s", log4)
	}
}
