package main

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"text/tabwriter"

	"github.com/cairn-storage/cairn/testnet"
)

// providerTable prints `cairn provider status --json` of every provider.
func (d *demo) providerTable(ctx context.Context) error {
	tw := tabwriter.NewWriter(indent(d.out), 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PROVIDER\tADDRESS\tPROCESS\tSET\tSLOTS\tPROVEN\tMISSED\tEARNED\tLOST\tCOLLATERAL")
	for _, p := range d.info.Providers {
		var rep struct {
			Proofs        uint64 `json:"proofs"`
			Misses        uint64 `json:"misses"`
			EarnedWei     string `json:"earned_wei"`
			PendingWei    string `json:"pending_wei"`
			SlashedWei    string `json:"slashed_wei"`
			ForfeitedWei  string `json:"forfeited_wei"`
			CollateralWei string `json:"collateral_wei"`
			Sets          []struct {
				SetID uint64 `json:"set_id"`
				State string `json:"state"`
			} `json:"sets"`
			Slots []struct {
				State string `json:"state"`
				Kind  string `json:"kind"`
			} `json:"slots"`
		}
		if err := d.cairnJSON(ctx, &rep, false, "provider", "status", "--address", p.Address.Hex()); err != nil {
			return err
		}
		var sets, held []string
		for _, s := range rep.Sets {
			sets = append(sets, fmt.Sprintf("%d %s", s.SetID, s.State))
		}
		for _, s := range rep.Slots {
			h := s.State
			if s.Kind == "repair" {
				h += " (repair)"
			}
			held = append(held, h)
		}
		proc := "running"
		if !testnet.ProcessAlive(p.PID) {
			proc = "killed"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%d\t%s\t%s\t%s\n", p.Index, short(p.Address.Hex()), proc, orDash(strings.Join(sets, ", ")),
			orDash(strings.Join(held, ", ")), rep.Proofs, rep.Misses, tokens(sum(rep.EarnedWei, rep.PendingWei)),
			tokens(sum(rep.SlashedWei, rep.ForfeitedWei)), tokens(rep.CollateralWei))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	d.note("EARNED: settled and proven-but-unsettled pay; LOST: slashes for misses and the collateral of forfeit slots")
	return nil
}

// sum adds decimal wei strings (a bad one counts as zero).
func sum(a, b string) string {
	x, _ := new(big.Int).SetString(a, 10)
	y, _ := new(big.Int).SetString(b, 10)
	if x == nil {
		x = new(big.Int)
	}
	if y != nil {
		x.Add(x, y)
	}
	return x.String()
}
