package netns

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Link shapes every node's link to the bridge. The zero value leaves links
// unshaped.
type Link struct {
	// Rate in bits per second, applied in each direction of each node's
	// link (tc tbf on both ends of its veth pair); 0 means unlimited.
	Rate uint64 `json:"rate_bps,omitempty"`
	// Delay added to every packet a node sends (so a round trip between
	// two nodes takes 2×Delay); 0 means none. Needs netem in the kernel.
	Delay time.Duration `json:"delay,omitempty"`
}

// ErrBadLink marks a --link value that does not parse.
var ErrBadLink = errors.New("bad link spec")

// ParseLink reads "rate=50mbit,delay=20ms" (either part optional, in any
// order; rates in bit, kbit, mbit or gbit per second, decimal units as tc
// uses them; delays as Go durations). "" is the zero Link.
func ParseLink(s string) (Link, error) {
	var l Link
	s = strings.TrimSpace(s)
	if s == "" {
		return l, nil
	}
	seen := map[string]bool{}
	for _, part := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return Link{}, fmt.Errorf("%w %q: %q is not key=value", ErrBadLink, s, part)
		}
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		if seen[k] {
			return Link{}, fmt.Errorf("%w %q: %s given twice", ErrBadLink, s, k)
		}
		seen[k] = true
		switch k {
		case "rate":
			r, err := parseRate(v)
			if err != nil {
				return Link{}, fmt.Errorf("%w %q: %w", ErrBadLink, s, err)
			}
			l.Rate = r
		case "delay":
			d, err := time.ParseDuration(v)
			if err != nil || d < 0 || d > 10*time.Second {
				return Link{}, fmt.Errorf("%w %q: delay %q: want a duration from 0 to 10s like 20ms", ErrBadLink, s, v)
			}
			l.Delay = d
		default:
			return Link{}, fmt.Errorf("%w %q: unknown key %q (want rate, delay)", ErrBadLink, s, k)
		}
	}
	return l, nil
}

var rateUnits = []struct {
	suffix string
	mult   uint64
}{{"gbit", 1e9}, {"mbit", 1e6}, {"kbit", 1e3}, {"bit", 1}}

func parseRate(v string) (uint64, error) {
	lv := strings.ToLower(v)
	for _, u := range rateUnits {
		num, ok := strings.CutSuffix(lv, u.suffix)
		if !ok {
			continue
		}
		f, err := strconv.ParseFloat(num, 64)
		if err != nil || f <= 0 {
			break
		}
		r := uint64(f * float64(u.mult))
		if r < 8000 || r > 100e9 {
			return 0, fmt.Errorf("rate %q: want 8kbit to 100gbit", v)
		}
		return r, nil
	}
	return 0, fmt.Errorf("rate %q: want a number and a unit: bit, kbit, mbit or gbit (per second)", v)
}

// String is the spec ParseLink reads back; "" for the zero Link.
func (l Link) String() string {
	var parts []string
	if l.Rate > 0 {
		parts = append(parts, "rate="+formatRate(l.Rate))
	}
	if l.Delay > 0 {
		parts = append(parts, "delay="+l.Delay.String())
	}
	return strings.Join(parts, ",")
}

// Shaped reports whether l changes anything.
func (l Link) Shaped() bool { return l.Rate > 0 || l.Delay > 0 }

func formatRate(r uint64) string {
	for _, u := range rateUnits {
		if r%u.mult == 0 {
			return strconv.FormatUint(r/u.mult, 10) + u.suffix
		}
	}
	return strconv.FormatUint(r, 10) + "bit"
}

// tbfArgs are the tc arguments of a token bucket at rate: a bucket of
// 10 ms at that rate but at least 64 KiB (veth passes GSO packets of up to
// 64 KiB, which a smaller bucket would have to split or drop), and a queue
// of at most 100 ms.
func tbfArgs(rate uint64) []string {
	burst := max(rate/8/100, 64<<10)
	return []string{"tbf", "rate", strconv.FormatUint(rate, 10) + "bit", "burst", strconv.FormatUint(burst, 10), "latency", "100ms"}
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
		for _, end := range [][]string{{"tc"}, {"tc", "-n", n.edge()}} {
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
