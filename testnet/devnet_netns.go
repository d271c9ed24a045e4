package testnet

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/cairn-storage/cairn/internal/netns"
)

// clientNode is the name of the client's namespace in a netns devnet.
const clientNode = "client"

func providerNode(i int) string { return "provider-" + strconv.Itoa(i) }

// setUpNetwork makes the namespace network of a netns devnet: planned
// afresh (recorded in devnet.json before anything exists, so a Down from
// any process finds it), or the recorded one again when resuming, with
// link as its shaping when given. A delay without netem runs through the
// delay line, `bin devnet delay-line`, logging to delay-line.log.
func (h *DevnetHandle) setUpNetwork(ctx context.Context, bin string, providers int, link netns.Link, nat, forward []string) error {
	if err := netns.Check(ctx); err != nil {
		return fmt.Errorf("--netns: %w", err)
	}
	if h.Info.Netns == nil {
		nodes := []string{clientNode}
		for i := 1; i <= providers; i++ {
			nodes = append(nodes, providerNode(i))
		}
		rec, err := netns.Plan(nodes, link)
		if err != nil {
			return err
		}
		if err := planNAT(rec, providers, nat, forward, h.Info.Relayed); err != nil {
			return err
		}
		h.Info.Netns = rec
	} else if link.Shaped() {
		h.Info.Netns.Link = link
	}
	if err := h.write(); err != nil {
		return err
	}
	helper := netns.Helper{Argv: []string{bin, "devnet", "delay-line"}, Log: filepath.Join(h.Dir, devnetDelayLog)}
	if err := h.Info.Netns.Create(ctx, helper); err != nil {
		return fmt.Errorf("devnet network: %w", err)
	}
	h.log.Info("namespace network up", "bridge", h.Info.Netns.Bridge, "chain_addr", h.Info.Netns.HostAddr,
		"namespaces", len(h.Info.Netns.Nodes), "link", h.Info.Netns.Link.String(), "delay_by", h.Info.Netns.DelayBy)
	return h.write() // with how the delay is applied
}

// devnetDelayLog is the delay line's log in the devnet directory.
const devnetDelayLog = "delay-line.log"

// DelayLineMain runs the delay line process of a netns devnet
// (`cairn devnet delay-line`, started by `devnet up`; see internal/netns).
func DelayLineMain(args []string) error {
	return netns.DelayLineMain(args)
}

// removeNetwork deletes d's namespaces, veths and bridge, if it has any.
func removeNetwork(d *Devnet) error {
	if d.Netns == nil {
		return nil
	}
	if err := d.Netns.Remove(context.Background()); err != nil {
		return fmt.Errorf("remove the devnet's network %s: %w", d.Netns.Prefix, err)
	}
	return nil
}

// providerCommand is how provider p is started with args (`cairn provider
// run …`): on loopback as given; in netns mode inside its namespace,
// listening and serving metrics on its own address instead, reachable from
// behind a NAT as reachArgs says.
func (d *Devnet) providerCommand(bin string, p *DevnetProvider, args []string) (string, []string, error) {
	if d.Netns == nil {
		return bin, append(args, "--listen", "/ip4/127.0.0.1/tcp/0"), nil
	}
	n, ok := d.Netns.Node(providerNode(p.Index))
	if !ok {
		return "", nil, fmt.Errorf("devnet.json names no namespace for provider-%d", p.Index)
	}
	out := make([]string, 0, len(args)+2)
	for i := 0; i < len(args); i++ {
		out = append(out, args[i])
		if args[i] == "--metrics-addr" && i+1 < len(args) {
			out = append(out, n.Addr.String()+":0")
			i++
		}
	}
	reach, err := d.reachArgs(p, n)
	if err != nil {
		return "", nil, err
	}
	out = append(out, reach...)
	name, argv := n.Command(bin, out...)
	return name, argv, nil
}

// behindNAT reports whether node sits behind a NAT of its own.
func (d *Devnet) behindNAT(node string) bool {
	if d.Netns == nil {
		return false
	}
	n, ok := d.Netns.Node(node)
	return ok && n.NAT != ""
}

// ErrNoNode means ExecCommand was asked for a node the devnet lacks.
var ErrNoNode = errors.New("no such devnet node")

// ExecCommand returns the command line that runs the cairn binary bin with
// args against the devnet in dir, as node ("client" or "provider-N") would:
// inside that node's namespace in netns mode, directly otherwise, always
// with --devnet dir first (so the client's wallet and the chain are found
// through devnet.json).
func ExecCommand(dir, node, bin string, args []string) (string, []string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", nil, err
	}
	d, err := ReadDevnet(abs)
	if err != nil {
		return "", nil, err
	}
	full := append([]string{"--devnet", abs}, args...)
	if d.Netns == nil {
		if node != clientNode {
			return "", nil, fmt.Errorf("%w: %q: the devnet in %s runs on loopback, where every command runs as the client", ErrNoNode, node, abs)
		}
		return bin, full, nil
	}
	n, ok := d.Netns.Node(node)
	if !ok {
		return "", nil, fmt.Errorf("%w: %q (the devnet in %s has client and provider-1 to provider-%d)", ErrNoNode, node, abs, len(d.Providers))
	}
	if _, err := os.Stat("/run/netns/" + n.Namespace); err != nil {
		return "", nil, fmt.Errorf("namespace %s of the devnet in %s is gone (is the devnet up?): %w", n.Namespace, abs, err)
	}
	name, argv := n.Command(bin, full...)
	return name, argv, nil
}
