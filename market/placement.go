package market

import (
	"net"
	"net/netip"

	ma "github.com/multiformats/go-multiaddr"
)

// Placement groups (docs/client.md, "Placement groups"). place puts at
// most one shard of a request in each group, except the "loopback" group,
// where the rule is waived (every provider of a single-host devnet shares
// 127.0.0.1). A provider's group comes from the addresses it registered,
// in this order:
//
//  1. its first public direct address: the IPv4 /24 or IPv6 /48 of it;
//  2. else, if it has a loopback direct address: "loopback" (waived);
//  3. else, if it has a relay circuit address: the relay of its first one,
//     by the relay's own /24 or /48 (its peer id when the relay's address
//     names no IP), so two providers behind one relay share a group: the
//     relay is one point of failure for reaching both;
//  4. else, its first private direct address (RFC 1918, CGNAT 100.64/10,
//     IPv6 ULA fc00::/7): that /24 or /48, as if public, since a client
//     reaches such a provider only from inside that network;
//  5. else its first DNS name, else "unknown" (one group for all of them).
//
// Private addresses never group a provider that has a public or relay
// address: different NATs hand out the same 192.168.1.x. Link-local,
// unspecified and multicast addresses are ignored. Special-purpose ranges
// that are not NAT space (198.18.0.0/15, the netns devnet's) count as
// public, so the netns devnet enforces the rule.

// placementGroup is the placement group of a provider announcing addrs.
func placementGroup(addrs []ma.Multiaddr) string {
	var loopback bool
	var relay, private, dns string
	for _, a := range addrs {
		if isCircuitAddr(a) {
			if relay == "" {
				relay = relayGroup(a)
			}
			continue
		}
		ip, ok := addrIP(a)
		if !ok {
			if dns == "" {
				dns = dnsName(a)
			}
			continue
		}
		switch {
		case ip.IsLoopback():
			loopback = true
		case ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified():
		case isNATSpace(ip):
			if private == "" {
				private = "private " + ipRange(ip)
			}
		default:
			return ipRange(ip)
		}
	}
	switch {
	case loopback:
		return "loopback"
	case relay != "":
		return relay
	case private != "":
		return private
	case dns != "":
		return "dns " + dns
	}
	return "unknown"
}

// relayGroup is the group of a circuit address: "relay " and the relay's
// range, or its peer id when the relay address has no IP; "loopback" for
// a relay on loopback.
func relayGroup(a ma.Multiaddr) string {
	var relayAddr ma.Multiaddr
	var relayID string
	for i, c := range a {
		if c.Protocol().Code == ma.P_CIRCUIT {
			relayAddr = a[:i]
			break
		}
		if c.Protocol().Code == ma.P_P2P {
			relayID = c.Value()
		}
	}
	if ip, ok := addrIP(relayAddr); ok {
		if ip.IsLoopback() {
			return "loopback"
		}
		return "relay " + ipRange(ip)
	}
	return "relay " + relayID
}

func isCircuitAddr(a ma.Multiaddr) bool {
	_, err := a.ValueForProtocol(ma.P_CIRCUIT)
	return err == nil
}

// addrIP is the IP of a's first component when it is /ip4 or /ip6.
func addrIP(a ma.Multiaddr) (netip.Addr, bool) {
	if len(a) == 0 {
		return netip.Addr{}, false
	}
	switch c := a[0]; c.Protocol().Code {
	case ma.P_IP4, ma.P_IP6:
		ip, err := netip.ParseAddr(c.Value())
		if err != nil {
			return netip.Addr{}, false
		}
		return ip.Unmap(), true
	}
	return netip.Addr{}, false
}

func dnsName(a ma.Multiaddr) string {
	if len(a) == 0 {
		return ""
	}
	switch c := a[0]; c.Protocol().Code {
	case ma.P_DNS, ma.P_DNS4, ma.P_DNS6, ma.P_DNSADDR:
		return c.Value()
	}
	return ""
}

var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// isNATSpace reports addresses that many unrelated networks reuse behind
// NATs: RFC 1918, RFC 6598 (CGNAT) and IPv6 unique local addresses.
func isNATSpace(ip netip.Addr) bool { return ip.IsPrivate() || cgnat.Contains(ip) }

// ipRange is the /24 of an IPv4 address, the /48 of an IPv6 one.
func ipRange(ip netip.Addr) string {
	bits := 48
	if ip.Is4() {
		bits = 24
	}
	p, err := ip.Prefix(bits)
	if err != nil { // only for an invalid address, which addrIP never returns
		return net.IP(ip.AsSlice()).String()
	}
	return p.String()
}
