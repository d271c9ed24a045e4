package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/cairn-storage/cairn/market"
)

func settleCommand() *cli.Command {
	return &cli.Command{
		Name:  "settle",
		Usage: "settle other providers' missed epochs for the settle fee",
		Description: `Every provider settles as part of its work; this runs the settler alone. It
checks every filled slot once per epoch and sends settle only where closed
epochs hold misses (a static call tells, so no gas is wasted).

Examples:
  cairn settle --once
  cairn settle --password-file pw.txt`,
		Flags: []cli.Flag{passwordFileFlag(), &cli.BoolFlag{Name: "once", Usage: "one pass, then exit"}},
		Action: withEnv(func(c *cli.Context, e *Env) error {
			s, err := e.openSession(c.Context, c, true, false)
			if err != nil {
				return err
			}
			defer s.Close()
			for {
				res, err := market.SettleOnce(c.Context, s.market)
				if err != nil {
					return err
				}
				if c.Bool("once") {
					return e.Out.Result(map[string]any{"checked": res.Checked, "settled": res.Settled, "misses": res.Misses}, func(w io.Writer) error {
						_, err := fmt.Fprintf(w, "checked %d slots, settled %d, %d missed epochs applied\n", res.Checked, res.Settled, res.Misses)
						return err
					})
				}
				e.Log.Info("settle pass", "checked", res.Checked, "settled", res.Settled, "misses", res.Misses)
				ep, _, err := s.market.Clock.Current(c.Context)
				if err != nil {
					return err
				}
				if err := s.market.Clock.WaitForEpoch(c.Context, ep+1); err != nil {
					if c.Context.Err() != nil {
						return nil
					}
					return err
				}
			}
		}),
	}
}
