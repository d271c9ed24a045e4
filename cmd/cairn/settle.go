package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

func settleCommand() *cli.Command {
	return &cli.Command{
		Name:  "settle",
		Usage: "record the missed epochs of proof sets that stopped proving (settleSet)",
		Description: `Every provider does this as part of its work; this runs the settler alone.
Once per epoch it reads the proof sets holding slots of live requests and
sends settleSet for each set whose recorded head trails the closed epochs by
the contract's miss threshold: that records its misses, and a set that
missed too often fails, which makes every slot it held repairable at once.
settleSet pays nobody; it costs gas and exists so dead sets are repaired.

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
			m := s.market
			cfg := marketv2.DefaultSettlerConfig()
			st, err := marketv2.NewSettler(cfg, e.Log, marketv2.SettlerDeps{Chain: m, Config: m.Config,
				Requests: marketv2.NewRequestEvents(m), Clock: m.Clock})
			if err != nil {
				return err
			}
			defer st.Close()
			if !c.Bool("once") {
				return st.Run(c.Context)
			}
			epoch, _, err := m.Clock.Current(c.Context)
			if err != nil {
				return err
			}
			if err := st.Step(c.Context, epoch); err != nil {
				return err
			}
			stats := st.Stats()
			return e.Out.Result(map[string]any{"epoch": epoch, "sets_settled": stats.SetsSettled, "sets_failed": stats.SetsFailed}, func(w io.Writer) error {
				_, err := fmt.Fprintf(w, "epoch %d: settled %d proof sets, %d of them failed (their slots are now repairable)\n",
					epoch, stats.SetsSettled, stats.SetsFailed)
				return err
			})
		}),
	}
}
