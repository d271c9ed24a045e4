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
	"time"
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
		if !namePattern.MatchString(n) || seen[n] || n == delayNS {
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
// to the delay namespace and one from there to the node.
func (r *Record) addNode(ctx context.Context, i int, n Node) error {
	pfx := n.Addr.String() + "/" + strconv.Itoa(prefixLen)
	cmds := [][]string{
		{"ip", "netns", "add", n.Namespace},
		{"ip", "-n", n.Namespace, "link", "set", "lo", "up"},
	}
	if r.DelayBy == DelayByLine {
		dns, p := r.delayNamespace(), delayPair(i)
		cmds = append(cmds,
			[]string{"ip", "link", "add", n.HostVeth, "type", "veth", "peer", "name", p.Bridge, "netns", dns},
			[]string{"ip", "-n", dns, "link", "add", p.Node, "type", "veth", "peer", "name", nsVeth, "netns", n.Namespace},
			[]string{"ip", "-n", dns, "link", "set", p.Bridge, "up"},
			[]string{"ip", "-n", dns, "link", "set", p.Node, "up"},
		)
	} else {
		cmds = append(cmds, []string{"ip", "link", "add", n.HostVeth, "type", "veth", "peer", "name", nsVeth, "netns", n.Namespace})
	}
	cmds = append(cmds,
		[]string{"ip", "link", "set", n.HostVeth, "master", r.Bridge, "up"},
		[]string{"ip", "-n", n.Namespace, "addr", "add", pfx, "dev", nsVeth},
		[]string{"ip", "-n", n.Namespace, "link", "set", nsVeth, "up"},
	)
	return runAll(ctx, cmds...)
}

// shape puts r.Link on every node's link, at both ends of it (the bridge
// side shapes traffic to the node, the node side traffic from it): a token
// bucket at the rate, or with netem half the delay (and the rate) at each
// end. The delay line adds its delay itself, half each way, after the
// token buckets.
func (r *Record) shape(ctx context.Context) error {
	l := r.Link
	for _, n := range r.Nodes {
		var cmds [][]string
		for _, end := range [][]string{{"tc"}, {"tc", "-n", n.Namespace}} {
			dev := n.HostVeth
			if len(end) > 1 {
				dev = nsVeth
			}
			q := append(end, "qdisc", "replace", "dev", dev, "root")
			switch {
			case r.DelayBy == DelayByNetem:
				args := append(q, "netem", "delay", strconv.FormatInt((l.Delay/2).Microseconds(), 10)+"us", "limit", "100000")
				if l.Rate > 0 {
					args = append(args, "rate", strconv.FormatUint(l.Rate, 10)+"bit")
				}
				cmds = append(cmds, args)
			case l.Rate > 0:
				cmds = append(cmds, append(q, tbfArgs(l.Rate)...))
			}
		}
		if err := runAll(ctx, cmds...); err != nil {
			return fmt.Errorf("netns: shape %s: %w", n.Name, err)
		}
	}
	return nil
}

// hasNetem probes for netem on dev (a device of ours) and removes it again.
func hasNetem(ctx context.Context, dev string) bool {
	if run(ctx, "tc", "qdisc", "add", "dev", dev, "root", "netem", "delay", "1ms") != nil {
		return false
	}
	_ = run(ctx, "tc", "qdisc", "del", "dev", dev, "root")
	return true
}

// Remove deletes the network's namespaces, veths and bridge, and anything
// else whose name has its prefix. It is idempotent and checks that nothing
// is left. Processes still inside a namespace keep it alive (and its veth):
// stop them first.
func (r *Record) Remove(ctx context.Context) error {
	if !strings.HasPrefix(r.Prefix, "cn") || len(r.Prefix) < 6 {
		return fmt.Errorf("netns: refusing to remove with prefix %q", r.Prefix)
	}
	var errs []error
	if err := r.stopDelayLine(ctx); err != nil {
		errs = append(errs, err)
	}
	nss, links, err := listOwned(r.Prefix)
	if err != nil {
		return err
	}
	for _, ns := range nss {
		if err := run(ctx, "ip", "netns", "del", ns); err != nil {
			errs = append(errs, err)
		}
	}
	// Deleting a namespace deletes its veth pairs, a moment later; the
	// bridge and any host end whose namespace was gone already are left.
	for _, l := range links {
		if err := run(ctx, "ip", "link", "del", l); err != nil && linkExists(l) {
			errs = append(errs, err)
		}
	}
	if left, err := r.waitGone(ctx); err != nil {
		errs = append(errs, err)
	} else if len(left) > 0 {
		errs = append(errs, fmt.Errorf("netns: still present after removal: %s", strings.Join(left, ", ")))
	}
	return errors.Join(errs...)
}

// waitGone gives the kernel up to 5 s to finish tearing down what was
// deleted and returns what is still there.
func (r *Record) waitGone(ctx context.Context) ([]string, error) {
	deadline := time.Now().Add(5 * time.Second)
	for {
		left, err := r.Leftovers()
		if err != nil || len(left) == 0 || time.Now().After(deadline) || ctx.Err() != nil {
			return left, err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Leftovers lists the namespaces and root-namespace links whose names have
// r's prefix, as "netns NAME" and "link NAME".
func (r *Record) Leftovers() ([]string, error) { return Leftovers(r.Prefix) }

// Leftovers lists the namespaces and root-namespace links whose names
// start with prefix.
func Leftovers(prefix string) ([]string, error) {
	nss, links, err := listOwned(prefix)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, n := range nss {
		out = append(out, "netns "+n)
	}
	for _, l := range links {
		out = append(out, "link "+l)
	}
	return out, nil
}

// listOwned returns the named namespaces (ip netns keeps them in
// /run/netns) and the links of this process's namespace with prefix.
func listOwned(prefix string) (nss, links []string, err error) {
	entries, err := os.ReadDir(runNetns)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, nil, fmt.Errorf("netns: list namespaces: %w", err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) {
			nss = append(nss, e.Name())
		}
	}
	ifs, err := interfaces()
	if err != nil {
		return nil, nil, err
	}
	for _, name := range ifs {
		if strings.HasPrefix(name, prefix) {
			links = append(links, name)
		}
	}
	return nss, links, nil
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
