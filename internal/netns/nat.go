package netns

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/netip"
	"os/exec"
	"slices"
	"strconv"
	"strings"
)

// A node behind a NAT: its link to the bridge ends in a NAT namespace
// (natNS + the node's name, after the prefix) that holds the node's
// address on the bridge (PublicAddr, .2 of its /24) and masquerades
// everything the node sends out through it (nftables). The node itself
// sits on a private /25 behind it (.130, the NAT at .129, the NAT its
// default route), in the upper half of its own /24: the other nodes see
// that range as on-link on the bridge, where nothing answers for it, so
// they cannot reach the node — only its connections out come back in. The
// NAT forwards nothing that the node did not start.

// natNS starts the name of a NAT namespace (after the prefix and a dash);
// no node's name may start with it.
const natNS = "nat-"

// natInside is the NAT's interface towards its node.
const natInside = "in0"

// ErrNoNAT means a NAT was asked for but this machine cannot make one.
var ErrNoNAT = errors.New("netns: cannot make a NAT here")

// ErrNoNode means a node name is not in the network.
var ErrNoNode = errors.New("netns: no such node")

// BehindNAT puts the named node behind a NAT of its own. Call it between
// Plan and Create.
func (r *Record) BehindNAT(name string) error {
	for i := range r.Nodes {
		n := &r.Nodes[i]
		if n.Name != name {
			continue
		}
		if n.NAT != "" {
			return nil
		}
		n.NAT = r.Prefix + "-" + natNS + n.Name
		n.PublicAddr = n.Addr
		n.Addr = withHost(n.PublicAddr, 130)
		return nil
	}
	return fmt.Errorf("%w: %q", ErrNoNode, name)
}

// ErrNoForward means a port forward was asked for a node not behind a NAT
// or for port 0.
var ErrNoForward = errors.New("netns: cannot forward a port")

// ForwardPort makes the NAT of the named node forward TCP port from its
// public address to the node's own address, same port (a port forward on a
// home router). Call it after BehindNAT, before Create.
func (r *Record) ForwardPort(name string, port uint16) error {
	for i := range r.Nodes {
		n := &r.Nodes[i]
		if n.Name != name {
			continue
		}
		if n.NAT == "" || port == 0 {
			return fmt.Errorf("%w: port %d to %q (it must be behind a NAT)", ErrNoForward, port, name)
		}
		if !slices.Contains(n.Forward, port) {
			n.Forward = append(n.Forward, port)
		}
		return nil
	}
	return fmt.Errorf("%w: %q", ErrNoNode, name)
}

// withHost is a with its last byte set to h.
func withHost(a netip.Addr, h byte) netip.Addr {
	v := a.As4()
	v[3] = h
	return netip.AddrFrom4(v)
}

// CheckNAT reports, as an ErrNoNAT with the reason, why this machine
// cannot put a node behind a NAT; nil when it can (nft is installed: the
// kernel's nf_tables does the rest).
func CheckNAT() error {
	if _, err := exec.LookPath("nft"); err != nil {
		return fmt.Errorf("%w: nft (Debian package nftables) not found: %w", ErrNoNAT, err)
	}
	return nil
}

func (r *Record) checkNAT() error {
	for _, n := range r.Nodes {
		if n.NAT != "" {
			return CheckNAT()
		}
	}
	return nil
}

// natRules masquerade what the node sends out of eth0 and forward only
// that and its replies, plus the node's port forwards: TCP to those ports
// of the public address goes to the node (dnat), and only that comes in.
func natRules(n Node) string {
	var fwd strings.Builder
	if len(n.Forward) > 0 {
		ports := make([]string, len(n.Forward))
		for i, p := range n.Forward {
			ports[i] = strconv.Itoa(int(p))
		}
		fmt.Fprintf(&fwd, `	chain in_dnat {
		type nat hook prerouting priority dstnat; policy accept;
		iifname "eth0" ip daddr %s tcp dport { %s } dnat to %s
	}
`, n.PublicAddr, strings.Join(ports, ", "), n.Addr)
	}
	return `table ip cairn_nat {
	chain out_masq {
		type nat hook postrouting priority srcnat; policy accept;
		oifname "eth0" masquerade
	}
` + fwd.String() + `	chain forward_filter {
		type filter hook forward priority filter; policy drop;
		ct state established,related accept
		iifname "in0" oifname "eth0" accept
		iifname "eth0" oifname "in0" ct status dnat accept
	}
}
`
}

// natUp joins node n to its NAT namespace, whose side of the link to the
// bridge already exists, and starts masquerading.
func natUp(ctx context.Context, n Node) error {
	gw := withHost(n.PublicAddr, 129)
	if err := runAll(ctx,
		[]string{"ip", "-n", n.NAT, "link", "add", natInside, "type", "veth", "peer", "name", nsVeth, "netns", n.Namespace},
		[]string{"ip", "-n", n.NAT, "addr", "add", gw.String() + "/25", "dev", natInside},
		[]string{"ip", "-n", n.NAT, "link", "set", natInside, "up"},
		[]string{"ip", "-n", n.Namespace, "addr", "add", n.Addr.String() + "/25", "dev", nsVeth},
		[]string{"ip", "-n", n.Namespace, "link", "set", nsVeth, "up"},
		[]string{"ip", "-n", n.Namespace, "route", "add", "default", "via", gw.String()},
		[]string{"ip", "netns", "exec", n.NAT, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1"},
	); err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, "ip", "netns", "exec", n.NAT, "nft", "-f", "-")
	cmd.Stdin = strings.NewReader(natRules(n))
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%w: nft in %s: %w: %s", ErrNoNAT, n.NAT, err, strings.TrimSpace(out.String()))
	}
	return nil
}
