package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/cairn-storage/cairn/internal/benchenv"
)

// bar is the bar for both ratios.
const bar = 0.7

type report struct {
	Machine string      `json:"machine"`
	Command string      `json:"command"`
	Size    int64       `json:"size_bytes"`
	K       int         `json:"k"`
	M       int         `json:"m"`
	Runs    []runResult `json:"runs"`
}

const (
	mdStart = "<!-- netnsbench:start -->"
	mdEnd   = "<!-- netnsbench:end -->"
)

func check(v float64) string {
	if v >= bar {
		return "✓"
	}
	return "✗"
}

func markdown(r *report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n## Put and get over the netns devnet, against the link\n\n", mdStart)
	fmt.Fprintf(&b, "Machine: %s. Command: `make bench-netns` (`%s`), as root. Raw figures: `bench/netns.json`. Links not measured by this command keep their earlier row (its date in the table).\n\n", r.Machine, r.Command)
	fmt.Fprintf(&b, "A devnet of %d providers and the client, each in its own network namespace and /24 (docs/netns.md), every link shaped as given "+
		"(tc tbf both ways; the delay by %s). The real binary puts a %s file of random bytes with k=%d m=%d from the client's namespace, "+
		"gets it back and compares it. `put_netns_vs_link` = ((k+m)/k × size ÷ client link rate) ÷ put time; "+
		"`get_netns_vs_link` = (size ÷ link rate) ÷ get time. Bar: ≥ %.1f. Put time is the whole command: the roots pass, the "+
		"request's transaction, the pushes and the fills (1 s blocks), with --parallel %d, `--uplink` the link's rate, and shards capped so that every push, "+
		"all sharing the client's link, arrives within %s (a provider lets a reservation go after 2 min without its shard): the whole file's shard when that fits; "+
		"the shard size and request count are the put's own (`--json`); get time the whole `cairn get`.\n\n",
		r.K+r.M, delayBy(r), sizeText(r.Size), r.K, r.M, bar, putParallel, pushBudget)
	b.WriteString("| link | measured | shard × requests | put s (link allows) | put_netns_vs_link | get s (link allows) | get_netns_vs_link | client link bytes put / get | before push s | client CPU s put / get | load 1m |\n|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, x := range r.Runs {
		fmt.Fprintf(&b, "| %s | %s | %s × %d | %.1f (%.1f) | %.3f %s | %.1f (%.1f) | %.3f %s | %s / %s | %.1f | %.1f / %.1f | %.2f → %.2f |\n",
			x.Link, x.At, sizeText(x.ShardBytes), x.Segments, x.PutSeconds, x.PutLinkSeconds, x.PutVsLink, check(x.PutVsLink), x.GetSeconds, x.GetLinkSeconds, x.GetVsLink, check(x.GetVsLink),
			sizeText(int64(x.PutWireBytes)), sizeText(int64(x.GetWireBytes)), x.PutBeforePushSeconds, x.PutClientCPU, x.GetClientCPU, x.LoadAvgStart, x.LoadAvgEnd)
	}
	b.WriteString("\n")
	b.WriteString(boundsNote)
	fmt.Fprintf(&b, "\n%s\n", mdEnd)
	return b.String()
}

// boundsNote is kept by hand in step with the figures above (see docs/netns.md).
const boundsNote = `What bounds each figure: the link at 50 Mbit/s. At 1 Gbit/s the pushes run near the link when the machine lets them (106 MB/s at load 16); the rest is the roots pass on the shared CPU and the chain round trips of a request (its own transaction mined, the fills mined and seen: ≈ 1.6 s of 1-s blocks on an idle machine; since 2026-12-03 the pushes start on the placed providers' word, not once their reservations are mined: docs/client.md, "Early pushes"), and at load 24–48 all of it slows. At 1 Gbit/s with 20 ms the delay line dropped 5% of the client's frames on the loaded machine (fixed: the put's link bytes now equal the undelayed run's), and at load 9–12 the 20 ms put is as fast as the undelayed one (at load 33–48 both were still ≈ 4–5 MB/s per stream). Why a 1 GiB put at 50 Mbit/s must be split into smaller shards: "Netns benchmarks" in docs/netns.md; the 1 Gbit/s analysis with profiles: "Pushes: where a put's time goes" in docs/client.md.
`

func delayBy(r *report) string {
	for _, x := range r.Runs {
		if x.DelayBy != "" {
			return x.DelayBy
		}
	}
	return "none asked"
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d B", n)
}

func machine() string {
	return fmt.Sprintf("%d CPUs (`nproc`), %s; %s; kernel %s; %s", runtime.NumCPU(), benchenv.CPUModel(), runtime.Version(), benchenv.Kernel(), time.Now().UTC().Format(time.RFC3339))
}

// loadAvg is the 1-minute load average (0 where it cannot be read).
func loadAvg() float64 {
	l, _ := benchenv.LoadAvg()
	return l
}
