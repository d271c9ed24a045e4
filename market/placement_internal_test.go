package market

import (
	"testing"

	ma "github.com/multiformats/go-multiaddr"
)

// TestPlacementGroup: the placement rule of placement.go, case by case.
func TestPlacementGroup(t *testing.T) {
	const relayA = "QmcgpsyWgH8Y8ajJz1Cu72KnS5uo2Aa2LpzU7kinSupNKC"
	const relayB = "12D3KooWGzBvLeBjdWSk2xc6F3Q2ZBUsq1Wo8rXrbC8rRBrGBXgj"
	viaA := "/ip4/203.0.113.9/tcp/4001/p2p/" + relayA + "/p2p-circuit"
	cases := []struct {
		name  string
		addrs []string
		want  string
	}{
		{"public IPv4", []string{"/ip4/203.0.113.7/tcp/4001"}, "203.0.113.0/24"},
		{"public IPv4, same /24", []string{"/ip4/203.0.113.200/udp/4001/quic-v1"}, "203.0.113.0/24"},
		{"public IPv6", []string{"/ip6/2001:db8:aa:bb::1/tcp/4001"}, "2001:db8:aa::/48"},
		{"IPv4-mapped IPv6", []string{"/ip6/::ffff:203.0.113.7/tcp/4001"}, "203.0.113.0/24"},
		{"netns devnet range is public", []string{"/ip4/198.18.3.2/tcp/4001"}, "198.18.3.0/24"},
		{"private then public: the public one", []string{"/ip4/192.168.1.5/tcp/4001", "/ip4/203.0.113.7/tcp/4001"}, "203.0.113.0/24"},
		{"private, circuit and public", []string{"/ip4/10.0.0.2/tcp/1", viaA, "/ip6/2001:db8:1:2::3/tcp/4001"}, "2001:db8:1::/48"},
		{"private only", []string{"/ip4/192.168.1.5/tcp/4001"}, "private 192.168.1.0/24"},
		{"CGNAT only", []string{"/ip4/100.72.1.9/tcp/4001"}, "private 100.72.1.0/24"},
		{"IPv6 ULA only", []string{"/ip6/fd12:3456:789a:1::5/tcp/4001"}, "private fd12:3456:789a::/48"},
		{"circuit only", []string{viaA}, "relay 203.0.113.0/24"},
		{"private and circuit: the relay, not the private /24", []string{"/ip4/192.168.1.5/tcp/4001", viaA}, "relay 203.0.113.0/24"},
		{"two relays: the first", []string{"/ip4/192.168.1.5/tcp/1", "/ip4/198.51.100.1/tcp/4001/p2p/" + relayB + "/p2p-circuit", viaA}, "relay 198.51.100.0/24"},
		{"relay named by DNS: its peer id", []string{"/dns4/relay.example.org/tcp/4001/p2p/" + relayB + "/p2p-circuit"}, "relay " + relayB},
		{"relay on loopback: waived", []string{"/ip4/127.0.0.1/tcp/4001/p2p/" + relayA + "/p2p-circuit"}, "loopback"},
		{"loopback", []string{"/ip4/127.0.0.1/tcp/4001"}, "loopback"},
		{"IPv6 loopback", []string{"/ip6/::1/tcp/4001"}, "loopback"},
		{"loopback then public: the public one", []string{"/ip4/127.0.0.1/tcp/1", "/ip4/203.0.113.7/tcp/4001"}, "203.0.113.0/24"},
		{"loopback and circuit: waived", []string{"/ip4/127.0.0.1/tcp/1", viaA}, "loopback"},
		{"link-local and unspecified are ignored", []string{"/ip6/fe80::1/tcp/1", "/ip4/0.0.0.0/tcp/1", "/ip4/203.0.113.7/tcp/1"}, "203.0.113.0/24"},
		{"link-local only", []string{"/ip6/fe80::1/tcp/1"}, "unknown"},
		{"DNS only", []string{"/dns4/node.example.org/tcp/4001"}, "dns node.example.org"},
		{"unparsable as IP", []string{"/unix/tmp/cairn.sock"}, "unknown"},
		{"no address", nil, "unknown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			addrs := make([]ma.Multiaddr, 0, len(c.addrs))
			for _, s := range c.addrs {
				a, err := ma.NewMultiaddr(s)
				if err != nil {
					t.Fatalf("%s: %v", s, err)
				}
				addrs = append(addrs, a)
			}
			if got := placementGroup(addrs); got != c.want {
				t.Errorf("placementGroup(%v) = %q, want %q", c.addrs, got, c.want)
			}
		})
	}
}
