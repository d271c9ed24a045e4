package main

import (
	"fmt"
	"io"
	"math/big"

	"github.com/urfave/cli/v2"
)

func withdrawCommand() *cli.Command {
	return &cli.Command{
		Name:  "withdraw",
		Usage: "take the wallet's balance out of the Marketplace (refunds, pay, returned collateral)",
		Description: `Refunds of cancelled or finished requests, a provider's pay and returned
collateral accrue in the Marketplace as a pull balance; this sends it to the
wallet. Providers withdraw on their own every epoch.

Examples:
  cairn withdraw
  cairn withdraw --json`,
		Flags: []cli.Flag{passwordFileFlag()},
		Action: withEnv(func(c *cli.Context, e *Env) error {
			s, err := e.openSession(c.Context, c, true, false)
			if err != nil {
				return err
			}
			defer s.Close()
			bal, err := s.market.Balance(c.Context, s.wallet.Address)
			if err != nil {
				return err
			}
			amt := new(big.Int)
			if bal.Sign() > 0 {
				if amt, err = s.market.Withdraw(c.Context); err != nil {
					return err
				}
			}
			return e.Out.Result(map[string]any{"address": s.wallet.Address.Hex(), "withdrawn_wei": amt.String(), "withdrawn": FormatToken(amt)},
				func(w io.Writer) error {
					_, err := fmt.Fprintf(w, "withdrew %s to %s\n", FormatToken(amt), s.wallet.Address)
					return err
				})
		}),
	}
}
