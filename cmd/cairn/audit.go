package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/cairn-storage/cairn/market"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// auditStateFile is the auditor's last-audit record in the data directory.
const auditStateFile = "audits.json"

func auditCommand() *cli.Command {
	return &cli.Command{
		Name:      "audit",
		Usage:     "check that your files' holders still have them (v2 auditSlot), repair what they lost",
		ArgsUsage: "[ID|NAME…]",
		Args:      true,
		Description: `Audits the slots of your live files (all of them, or the named ones): each new
holder once, and every slot at --rate per epoch. An audit makes the holder
prove its shard on chain within two epochs, paid the audit fee; a holder that
does not answer loses the slot (the audit lapses when resolved), and the
slot is repaired by another provider. It also settles proof sets that
stopped proving, so their slots become repairable. The last audit of each
slot is kept in <datadir>/audits.json and shown by ` + "`cairn status`" + `.

One pass by default; --run keeps auditing every epoch until Ctrl-C.

Examples:
  cairn audit
  cairn audit photo.jpg --json
  cairn audit --run --rate 0.01`,
		Flags: []cli.Flag{
			passwordFileFlag(),
			&cli.BoolFlag{Name: "run", Usage: "keep auditing every epoch until Ctrl-C"},
			&cli.Float64Flag{Name: "rate", Value: marketv2.DefaultAuditConfig().Rate, Usage: "chance per slot and epoch of a routine audit (0…1)"},
			&cli.BoolFlag{Name: "no-new-holders", Usage: "do not audit each new holder once"},
		},
		Action: withEnv(auditAction),
	}
}

func auditAction(c *cli.Context, e *Env) error {
	s, err := e.openSession(c.Context, c, true, true)
	if err != nil {
		return err
	}
	defer s.Close()
	var ids [][32]byte
	if c.NArg() > 0 {
		ts, err := e.resolveTargets(c, s, c.Args().Slice())
		if err != nil {
			return err
		}
		for _, t := range ts {
			ids = append(ids, t.IDs...)
		}
	} else {
		cl, err := e.newClient(c.Context, s, market.DefaultClientConfig())
		if err != nil {
			return err
		}
		files, err := cl.List(c.Context)
		cl.Close()
		if err != nil {
			return err
		}
		for _, f := range files {
			if len(f.Parts) == 0 {
				ids = append(ids, f.ID)
			}
			for _, p := range f.Parts {
				ids = append(ids, p.ID)
			}
		}
	}
	a, err := e.newAuditor(c, s, ids)
	if err != nil {
		return err
	}
	defer a.Close()
	if c.Bool("run") {
		return a.Run(c.Context)
	}
	epoch, _, err := s.market.Clock.Current(c.Context)
	if err != nil {
		return err
	}
	stepErr := a.Step(c.Context, epoch)
	audits := a.Audits()
	rows := make([][]string, 0, len(audits))
	for _, r := range audits {
		rows = append(rows, []string{r.Request[:18] + "…", fmt.Sprint(r.Index), r.Holder.Hex(), fmt.Sprint(r.SetID), fmt.Sprint(r.Epoch), r.Result})
	}
	if err := e.Out.Result(map[string]any{"epoch": epoch, "requests": len(ids), "audits": audits}, func(w io.Writer) error {
		fmt.Fprintf(w, "epoch %d: %d requests checked\n", epoch, len(ids))
		return e.Out.Table(nil, []string{"REQUEST", "SLOT", "HOLDER", "SET", "AUDITED EPOCH", "RESULT"}, rows)
	}); err != nil {
		return err
	}
	return stepErr
}

// newAuditor builds the client's auditor over ids; its routine draws are
// keyed by a hash of the wallet's master key, so they are stable for this
// wallet and unpredictable to providers.
func (e *Env) newAuditor(c *cli.Context, s *session, ids [][32]byte) (*marketv2.Auditor, error) {
	cfg := marketv2.DefaultAuditConfig()
	cfg.Rate, cfg.NewHolders = c.Float64("rate"), !c.Bool("no-new-holders")
	cfg.State = filepath.Join(s.datadir, auditStateFile)
	cfg.Seed = sha256.Sum256(append([]byte("cairn/audit/v1"), s.keys.Master[:]...))
	return marketv2.NewAuditor(cfg, e.Log, marketv2.AuditorDeps{Reads: s.market, Writes: s.market, Clock: s.market.Clock,
		MissThreshold: uint64(s.market.Config.MissThreshold), Requests: ids})
}

// lastAudits reads the wallet's last-audit record for status (no record:
// no audits), each open audit followed on chain read-only
// (marketv2.Auditor.Observed): one the holder has answered since reads as
// answered before the next `cairn audit` records it.
func (e *Env) lastAudits(ctx context.Context, s *session) func([32]byte, uint64) (marketv2.SlotAudit, bool) {
	cfg := marketv2.DefaultAuditConfig()
	cfg.State = filepath.Join(s.datadir, auditStateFile)
	cfg.Seed = [32]byte{1} // no draws are made: the auditor is only read
	a, err := marketv2.NewAuditor(cfg, e.Log, marketv2.AuditorDeps{Reads: s.market, Writes: s.market})
	if err != nil {
		e.Log.Warn("ignoring the audit record", "path", cfg.State, "err", err)
		return func([32]byte, uint64) (marketv2.SlotAudit, bool) { return marketv2.SlotAudit{}, false }
	}
	return func(req [32]byte, index uint64) (marketv2.SlotAudit, bool) {
		rec, ok, err := a.Observed(ctx, req, index)
		if err != nil {
			e.Log.Warn("last audit shown as recorded: chain read failed", "request", hex32(req), "slot", index, "err", err)
		}
		return rec, ok
	}
}
