package netns

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/netip"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
)

// Address plan: 198.18.0.0/15 is 512 /24s, cut into Blocks blocks of
// BlockNets /24s (a /18 each). A network takes one block: its bridge
// (where the chain listens) is .1 of the block's first /24, node i is .2 of
// the block's /24 number i+1. Every interface is on-link for the whole /18,
// so nodes reach each other over the bridge without any routing, yet each
// sits in its own /24 as placement's diversity rule sees it.
const (
	Blocks    = 8
	BlockNets = 64
	// MaxNodes is the most nodes one network holds.
	MaxNodes  = BlockNets - 1
	prefixLen = 18
	nsVeth    = "eth0" // the node's end of its veth pair, inside its namespace
	runNetns  = "/run/netns"
	lockPath  = "/run/cairn-netns.lock"
)

var (
	// ErrUnavailable means this machine cannot make namespaces (see Check).
	ErrUnavailable = errors.New("network namespaces unavailable")
	// ErrNoFreeBlock means every block of 198.18.0.0/15 is in use here.
	ErrNoFreeBlock = errors.New("no free /18 of 198.18.0.0/15 on this machine")
)

// Node is one namespace of a network.
type Node struct {
	Name      string     `json:"name"`      // the caller's name ("client", "provider-1")
	Namespace string     `json:"namespace"` // ip netns name
	HostVeth  string     `json:"host_veth"` // its veth end on the bridge, in the root namespace
	Addr      netip.Addr `json:"addr"`      // its address (on eth0 inside the namespace)
	// NAT is the namespace of the NAT in front of the node, "" if none
	// (see BehindNAT); PublicAddr is then the NAT's address on the
	// bridge, the one other nodes see, and Addr is private to the node.
	NAT        string     `json:"nat,omitempty"`
	PublicAddr netip.Addr `json:"public_addr,omitzero"`
	// Forward are the TCP ports the NAT forwards from PublicAddr to the
	// node's Addr, same port (see ForwardPort).
	Forward []uint16 `json:"forward,omitempty"`
}

// edge is the namespace whose eth0 is the node's link to the bridge: its
// NAT's, or its own.
func (n Node) edge() string {
	if n.NAT != "" {
		return n.NAT
	}
	return n.Namespace
}

// Record names every kernel object of a network; it is stored in
// devnet.json so that any process can remove the network.
type Record struct {
	Prefix   string     `json:"prefix"`    // every name starts with it
	Block    int        `json:"block"`     // which /18 of 198.18.0.0/15
	Bridge   string     `json:"bridge"`    // the bridge, in the root namespace
	HostAddr netip.Addr `json:"host_addr"` // the bridge's address: reachable from every node
	Link     Link       `json:"link"`
	Nodes    []Node     `json:"nodes"`
	// DelayBy says how Link.Delay is applied: DelayByNetem, DelayByLine, or
	// "" for no delay. Create sets it.
	DelayBy string `json:"delay_by,omitempty"`
	// DelayPID is the delay line's process, while Create's caller runs.
	DelayPID int `json:"delay_pid,omitempty"`
}

// How a delay is applied (Record.DelayBy).
const (
	DelayByNetem = "netem"      // tc netem on both ends of each link
	DelayByLine  = "delay-line" // the userspace delay line in the delay namespace
)

var namePattern = regexp.MustCompile(`^[a-z][a-z0-9-]{0,30}$`)

// Plan lays out a network for nodes (names of up to 31 lower-case letters,
// digits and dashes) in a free block, with a fresh prefix. It creates
// nothing: Create does.
func Plan(nodes []string, link Link) (*Record, error) {
	if len(nodes) == 0 || len(nodes) > MaxNodes {
		return nil, fmt.Errorf("netns: %d nodes: want 1 to %d", len(nodes), MaxNodes)
	}
	var b [2]byte
	if _, err := rand.Read(b[:]); err != nil {
		return nil, err
	}
	block, err := freeBlock()
	if err != nil {
		return nil, err
	}
	r := &Record{Prefix: "cn" + hex.EncodeToString(b[:]), Block: block, Link: link}
	r.Bridge = r.Prefix + "-br"
	r.HostAddr = addrOf(block, 0, 1)
	seen := map[string]bool{}
	for i, n := range nodes {
		if !namePattern.MatchString(n) || seen[n] || n == delayNS || strings.HasPrefix(n, natNS) {
			return nil, fmt.Errorf("netns: node name %q: want a unique name of lower-case letters, digits and dashes", n)
		}
		seen[n] = true
		r.Nodes = append(r.Nodes, Node{Name: n, Namespace: r.Prefix + "-" + n, HostVeth: r.Prefix + "-v" + strconv.Itoa(i+1), Addr: addrOf(block, i+1, 2)})
	}
	return r, nil
}

// addrOf is host h of /24 number n of block b.
func addrOf(b, n, h int) netip.Addr {
	i := b*BlockNets + n
	return netip.AddrFrom4([4]byte{198, byte(18 + i/256), byte(i % 256), byte(h)})
}

// blockOf returns the block of a in 198.18.0.0/15, or -1.
func blockOf(a netip.Addr) int {
	if !a.Is4() {
		return -1
	}
	v := a.As4()
	if v[0] != 198 || (v[1] != 18 && v[1] != 19) {
		return -1
	}
	return ((int(v[1])-18)*256 + int(v[2])) / BlockNets
}

// Node returns the node called name.
func (r *Record) Node(name string) (Node, bool) {
	for _, n := range r.Nodes {
		if n.Name == name {
			return n, true
		}
	}
	return Node{}, false
}

// Command returns the argv that runs bin with args inside node's namespace
// (ip netns exec replaces itself with bin, so the PID stays bin's).
func (n Node) Command(bin string, args ...string) (string, []string) {
	return "ip", append([]string{"netns", "exec", n.Namespace, bin}, args...)
}

// Create makes the bridge, the namespaces and their veth pairs, and shapes
// the links. A delay goes on with netem where the kernel has it, otherwise
// through a delay line: each node's link then runs through two veth pairs
// joined in the delay namespace, where helper runs (see Helper). On error
// Create removes whatever it made. The block must be free (it is checked
// again under a machine-wide lock, so two devnets starting at once cannot
// take the same block).
func (r *Record) Create(ctx context.Context, helper Helper) (err error) {
	unlock, err := lockMachine()
	if err != nil {
		return err
	}
	defer unlock()
	used, err := usedBlocks()
	if err != nil {
		return err
	}
	if used[r.Block] {
		return fmt.Errorf("netns: block %d (%s/%d) is in use on this machine", r.Block, addrOf(r.Block, 0, 0), prefixLen)
	}
	if left, err := r.Leftovers(); err != nil {
		return err
	} else if len(left) > 0 {
		return fmt.Errorf("netns: %s already exist", strings.Join(left, ", "))
	}
	defer func() {
		if err != nil {
			err = errors.Join(err, r.Remove(context.WithoutCancel(ctx)))
		}
	}()
	if err := r.bridgeUp(ctx); err != nil {
		return err
	}
	r.DelayBy = ""
	if r.Link.Delay > 0 {
		r.DelayBy = DelayByLine
		if hasNetem(ctx, r.Bridge) {
			r.DelayBy = DelayByNetem
		} else if len(helper.Argv) == 0 {
			return ErrNoHelper
		}
	}
	if r.DelayBy == DelayByLine {
		if err := r.delayNamespaceUp(ctx); err != nil {
			return err
		}
	}
	if err := r.checkNAT(); err != nil {
		return err
	}
	for i, n := range r.Nodes {
		if err := r.addNode(ctx, i+1, n); err != nil {
			return fmt.Errorf("netns: node %s: %w", n.Name, err)
		}
	}
	if err := r.shape(ctx); err != nil {
		return err
	}
	if r.DelayBy == DelayByLine {
		return r.startDelayLine(ctx, helper)
	}
	return nil
}

// delayNamespaceUp makes the delay namespace, with IPv6 off so that its
// kernel sends nothing of its own on the links it carries (it has no IPv4
// address either).
func (r *Record) delayNamespaceUp(ctx context.Context) error {
	ns := r.delayNamespace()
	return runAll(ctx,
		[]string{"ip", "netns", "add", ns},
		[]string{"ip", "netns", "exec", ns, "sysctl", "-q", "-w", "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1"},
	)
}

func (r *Record) bridgeUp(ctx context.Context) error {
	pfx := r.HostAddr.String() + "/" + strconv.Itoa(prefixLen)
	return runAll(ctx,
		[]string{"ip", "link", "add", r.Bridge, "type", "bridge"},
		[]string{"ip", "addr", "add", pfx, "dev", r.Bridge},
		[]string{"ip", "link", "set", r.Bridge, "up"},
	)
}

// addNode makes node n (number i, from 1): its namespace and a veth pair
// from it to the bridge, or, with a delay line, one pair from the bridge
// to the delay namespace and one from there to the node. A node behind a
// NAT gets the NAT's namespace at that end of its link, and a pair from
// there to its own (see nat.go).
func (r *Record) addNode(ctx context.Context, i int, n Node) error {
	edge, onBridge := n.edge(), n.Addr
	if n.NAT != "" {
		onBridge = n.PublicAddr
	}
	cmds := [][]string{
		{"ip", "netns", "add", n.Namespace},
		{"ip", "-n", n.Namespace, "link", "set", "lo", "up"},
	}
	if n.NAT != "" {
		cmds = append(cmds, []string{"ip", "netns", "add", n.NAT}, []string{"ip", "-n", n.NAT, "link", "set", "lo", "up"})
	}
	if r.DelayBy == DelayByLine {
		dns, p := r.delayNamespace(), delayPair(i)
		cmds = append(cmds,
			[]string{"ip", "link", "add", n.HostVeth, "type", "veth", "peer", "name", p.Bridge, "netns", dns},
			[]string{"ip", "-n", dns, "link", "add", p.Node, "type", "veth", "peer", "name", nsVeth, "netns", edge},
			[]string{"ip", "-n", dns, "link", "set", p.Bridge, "up"},
			[]string{"ip", "-n", dns, "link", "set", p.Node, "up"},
		)
	} else {
		cmds = append(cmds, []string{"ip", "link", "add", n.HostVeth, "type", "veth", "peer", "name", nsVeth, "netns", edge})
	}
	cmds = append(cmds,
		[]string{"ip", "link", "set", n.HostVeth, "master", r.Bridge, "up"},
		[]string{"ip", "-n", edge, "addr", "add", onBridge.String() + "/" + strconv.Itoa(prefixLen), "dev", nsVeth},
		[]string{"ip", "-n", edge, "link", "set", nsVeth, "up"},
	)
	if err := runAll(ctx, cmds...); err != nil {
		return err
	}
	if n.NAT != "" {
		return natUp(ctx, n)
	}
	return nil
}

// Check reports, as an ErrUnavailable with the reason, why this machine
// cannot run a namespace network; nil when it can (root, iproute2's ip and
// tc, and a namespace that can be made and removed).
func Check(ctx context.Context) error {
	if os.Geteuid() != 0 {
		return fmt.Errorf("%w: not root (euid %d)", ErrUnavailable, os.Geteuid())
	}
	for _, tool := range []string{"ip", "tc"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("%w: %s (iproute2) not found: %w", ErrUnavailable, tool, err)
		}
	}
	probe := "cnprobe-" + strconv.Itoa(os.Getpid())
	if err := run(ctx, "ip", "netns", "add", probe); err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	if err := run(ctx, "ip", "netns", "del", probe); err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return nil
}

// lockMachine takes a machine-wide lock for block allocation.
func lockMachine() (func(), error) {
	f, err := os.OpenFile(lockPath, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("netns lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("netns lock: %w", err)
	}
	return func() { f.Close() }, nil
}

// freeBlock returns the lowest block without an address on this machine.
func freeBlock() (int, error) {
	used, err := usedBlocks()
	if err != nil {
		return 0, err
	}
	for b := range Blocks {
		if !used[b] {
			return b, nil
		}
	}
	return 0, ErrNoFreeBlock
}
