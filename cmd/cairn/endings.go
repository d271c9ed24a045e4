package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/cairn-storage/cairn/market"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// defaultWarnWithin is how soon an end makes ls and status warn.
const defaultWarnWithin = 7 * 24 * time.Hour

// warnWithinFlag is ls's and status's horizon flag.
func warnWithinFlag() cli.Flag {
	return &cli.DurationFlag{Name: "warn-within", Value: defaultWarnWithin,
		Usage: "warn on stderr for files whose storage ends within this time (e.g. 72h, 30m)"}
}

// blockTime is the chain's block time for end estimates: the devnet's
// interval when this is its chain, else measured over recent headers
// (12 s when that measures nothing).
func (e *Env) blockTime(ctx context.Context, s *session) time.Duration {
	if d := e.devnet(); d != nil && d.ChainID == s.client.ChainIDValue().Uint64() && d.BlockTimeMS > 0 {
		return time.Duration(d.BlockTimeMS) * time.Millisecond
	}
	cfg := marketv2.DefaultEndingConfig()
	bt, err := s.market.BlockTime(ctx, cfg.Sample)
	if err != nil || bt == 0 {
		return cfg.Fallback
	}
	return bt
}

// warnWithin is --warn-within where the command has it, else the default.
func warnWithin(c *cli.Context) time.Duration {
	if d := c.Duration("warn-within"); d > 0 {
		return d
	}
	return defaultWarnWithin
}

// endEstimate is when epoch starts, in wall-clock time, for people.
func (s *session) endEstimate(c *cli.Context, epoch uint64, bt time.Duration) string {
	head, err := s.client.BlockNumber(c.Context)
	if err != nil {
		return "?"
	}
	return formatWhen(estimateAt(s.market.Clock.Start(epoch), head, bt, time.Now()))
}

func estimateAt(block, head uint64, bt time.Duration, now time.Time) time.Time {
	if block >= head {
		return now.Add(time.Duration(block-head) * bt)
	}
	return now.Add(-time.Duration(head-block) * bt)
}

// formatWhen is a local time, with the distance from now.
func formatWhen(t time.Time) string {
	d := time.Until(t).Round(time.Second)
	rel := "in " + d.String()
	if d < 0 {
		rel = (-d).String() + " ago"
	}
	return fmt.Sprintf("%s (%s)", t.Local().Format("2006-01-02 15:04"), rel)
}

// warnEnding writes a stderr line for a live file ending within the
// horizon.
func warnEnding(w io.Writer, name string, id [32]byte, en market.FileEnd) {
	if en.Warn {
		fmt.Fprintf(w, "warning: %s (%s) ends at epoch %d, %s: `cairn extend` or `cairn keep` it to keep it\n",
			name, hex32(id), en.EndEpoch, formatWhen(en.At))
	}
}

// endColumn is the ENDS column: the wall-clock estimate, or "ended".
func endColumn(en market.FileEnd) string {
	switch {
	case en.At.IsZero():
		return "-"
	case en.Ended:
		return "ended " + formatWhen(en.At)
	case en.Warn:
		return formatWhen(en.At) + " !"
	}
	return formatWhen(en.At)
}

// timeJSON is t in RFC 3339, or "" when unknown.
func timeJSON(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
