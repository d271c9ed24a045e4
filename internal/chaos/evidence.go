package chaos

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// evidenceLines is how many of each provider's last log lines (INFO and
// above) a failed scenario prints.
const evidenceLines = 40

// evidence runs at the end of a failed test, before the devnet goes down:
// it logs the chain head, each provider's state (alive, pid) and the last
// evidenceLines of its log at INFO and above, so a flake comes with what
// the processes did. With CAIRN_CHAOS_LOGS=dir it also copies every
// provider's whole log into dir/<test>/ (the test's own dir is removed).
func (h *Harness) evidence() {
	if !h.t.Failed() {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var b strings.Builder
	if head, err := h.Client.BlockNumber(ctx); err == nil {
		fmt.Fprintf(&b, "chain head %d (epoch %d)\n", head, (head-min(head, h.Market.Clock.Genesis))/h.Market.Clock.EpochBlocks)
	} else {
		fmt.Fprintf(&b, "chain head: %v\n", err)
	}
	keep := os.Getenv("CAIRN_CHAOS_LOGS")
	if keep != "" {
		keep = filepath.Join(keep, strings.NewReplacer("/", "_", " ", "_").Replace(h.t.Name()))
		if err := os.MkdirAll(keep, 0o700); err != nil {
			fmt.Fprintf(&b, "CAIRN_CHAOS_LOGS: %v\n", err)
			keep = ""
		}
	}
	for i := range h.Info.Providers {
		p := h.provider(i + 1)
		fmt.Fprintf(&b, "--- provider %d (pid %d, alive %v), last %d lines at INFO+ of %s:\n%s", p.Index, h.pid(p.Index), h.Alive(p.Index),
			evidenceLines, filepath.Base(p.LogFile), lastLines(h.Log(p.Index), evidenceLines))
		if keep != "" {
			if err := os.WriteFile(filepath.Join(keep, filepath.Base(p.LogFile)), []byte(h.Log(p.Index)), 0o600); err != nil {
				fmt.Fprintf(&b, "CAIRN_CHAOS_LOGS: %v\n", err)
			}
		}
	}
	if keep != "" {
		fmt.Fprintf(&b, "whole logs copied to %s\n", keep)
	}
	h.t.Logf("evidence of the failure (CAIRN_CHAOS_LOGS=dir keeps the whole logs):\n%s", b.String())
}

// lastLines is the last n lines of log that are not DEBUG lines.
func lastLines(log string, n int) string {
	lines := strings.Split(strings.TrimRight(log, "\n"), "\n")
	var out []string
	for i := len(lines) - 1; i >= 0 && len(out) < n; i-- {
		if !strings.Contains(lines[i], "level=DEBUG") {
			out = append(out, lines[i])
		}
	}
	var b strings.Builder
	for i := len(out) - 1; i >= 0; i-- {
		b.WriteString(out[i])
		b.WriteByte('\n')
	}
	return b.String()
}
