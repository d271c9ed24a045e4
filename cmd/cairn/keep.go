package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/cairn-storage/cairn/internal/atomicfile"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// Files of the keeper in the wallet's data directory.
const (
	keepListFile    = "keep.json"         // the kept requests
	keepJournalFile = "keep-journal.json" // marketv2's spent-amount journal
)

type keptFile struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type keepList struct {
	Files []keptFile `json:"files"`
}

func readKeepList(datadir string) (keepList, error) {
	var l keepList
	b, err := os.ReadFile(filepath.Join(datadir, keepListFile))
	if errors.Is(err, fs.ErrNotExist) {
		return l, nil
	}
	if err == nil {
		err = json.Unmarshal(b, &l)
	}
	if err != nil {
		return l, fmt.Errorf("keep list %s: %w", filepath.Join(datadir, keepListFile), err)
	}
	return l, nil
}

func (l keepList) write(datadir string) error {
	b, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(datadir, keepListFile), append(b, '\n'), 0o600)
}

func (l keepList) ids() [][32]byte {
	out := make([][32]byte, 0, len(l.Files))
	for _, f := range l.Files {
		out = append(out, common.HexToHash(f.ID))
	}
	return out
}

// markKept adds ids (one file's requests) to the kept list.
func markKept(datadir, name string, ids [][32]byte) error {
	list, err := readKeepList(datadir)
	if err != nil {
		return err
	}
	for _, id := range ids {
		hid := common.Hash(id).Hex()
		if !slices.ContainsFunc(list.Files, func(f keptFile) bool { return f.ID == hid }) {
			list.Files = append(list.Files, keptFile{ID: hid, Name: name})
		}
	}
	return list.write(datadir)
}

func keepCommand() *cli.Command {
	return &cli.Command{
		Name:      "keep",
		Usage:     "keep files alive: extend them before they end, within a budget",
		ArgsUsage: "[ID|NAME…] | run",
		Args:      true,
		Description: `cairn keep ID|NAME… marks files as kept (in <datadir>/keep.json) and prints what
the next extension of every kept file costs; --drop unmarks them. With no
argument it lists the kept files and the quote.

cairn keep run is the keeper: it stays in the foreground and, for every kept
file, sends an extension of --period epochs once the end is within the
contract's notice (the miss window) plus --margin epochs, never spending past
--budget (tokens in total) or --budget-monthly (tokens per 30 days of chain
time). What it decided is journalled before it is sent, so a crash or a
restart never pays twice. Run it on a machine that stays on; providers do
not need it.

Budgets and the period can live in the config file's [keep] section.

Examples:
  cairn keep photos/ backup.tar --budget 500
  cairn keep --drop backup.tar
  cairn keep --json
  cairn keep run --budget-monthly 50 --period 1000`,
		Flags: []cli.Flag{
			passwordFileFlag(),
			&cli.BoolFlag{Name: "drop", Usage: "stop keeping the named files"},
			&cli.StringFlag{Name: "budget", Usage: "most tokens the keeper spends in total (default: no cap)"},
			&cli.StringFlag{Name: "budget-monthly", Usage: "most tokens the keeper spends per 30 days of chain time (default: no cap)"},
			&cli.Uint64Flag{Name: "period", Value: marketv2.DefaultKeepConfig().Period, Usage: "epochs one extension adds"},
			&cli.Uint64Flag{Name: "margin", Value: marketv2.DefaultKeepConfig().Margin, Usage: "epochs before the last possible moment at which to extend"},
			&cli.DurationFlag{Name: "poll", Value: marketv2.DefaultKeepConfig().Poll, Usage: "how often keep run checks the chain"},
		},
		Action: withEnv(keepAction),
	}
}

func keepAction(c *cli.Context, e *Env) error {
	args := c.Args().Slice()
	run := len(args) == 1 && args[0] == "run"
	if run {
		args = nil
	}
	s, err := e.openSession(c.Context, c, true, needsKeys(args))
	if err != nil {
		return err
	}
	defer s.Close()
	list, err := readKeepList(s.datadir)
	if err != nil {
		return err
	}
	if len(args) > 0 {
		ts, err := e.resolveTargets(c, s, args)
		if err != nil {
			return err
		}
		for _, t := range ts {
			for _, id := range t.IDs {
				hid := common.Hash(id).Hex()
				i := slices.IndexFunc(list.Files, func(f keptFile) bool { return f.ID == hid })
				switch {
				case c.Bool("drop") && i >= 0:
					list.Files = slices.Delete(list.Files, i, i+1)
				case !c.Bool("drop") && i < 0:
					list.Files = append(list.Files, keptFile{ID: hid, Name: t.Label})
				}
			}
		}
		if err := list.write(s.datadir); err != nil {
			return err
		}
	}
	cfg, err := e.keepConfig(c, s)
	if err != nil {
		return err
	}
	k, err := marketv2.NewKeeper(cfg, e.Log, marketv2.KeeperDeps{Chain: s.market, Clock: s.market.Clock, Client: s.market.Self(),
		Notice: uint64(s.market.Config.MissWindow), Keep: list.ids()})
	if err != nil {
		return err
	}
	defer k.Close()
	if run {
		if len(list.Files) == 0 {
			return hint(errors.New("keep run: no kept files"), "mark files first: cairn keep NAME…")
		}
		e.Log.Info("keeper running", "files", len(list.Files), "period", cfg.Period, "margin", cfg.Margin)
		return k.Run(c.Context)
	}
	return printKeep(c, e, s, k, cfg, list)
}

func (e *Env) keepConfig(c *cli.Context, s *session) (marketv2.KeepConfig, error) {
	cfg := marketv2.DefaultKeepConfig()
	cfg.Period, cfg.Margin, cfg.Poll = c.Uint64("period"), c.Uint64("margin"), c.Duration("poll")
	cfg.Journal = filepath.Join(s.datadir, keepJournalFile)
	epoch := time.Duration(s.market.Config.EpochBlocks) * e.blockTime(c.Context, s)
	cfg.Budget.MonthEpochs = max(1, uint64((30*24*time.Hour)/max(epoch, time.Millisecond)))
	var err error
	if v := c.String("budget"); v != "" {
		if cfg.Budget.Total, err = parseTokens(v); err != nil {
			return cfg, err
		}
	}
	if v := c.String("budget-monthly"); v != "" {
		if cfg.Budget.Monthly, err = parseTokens(v); err != nil {
			return cfg, err
		}
	}
	return cfg, cfg.Validate()
}

func printKeep(c *cli.Context, e *Env, s *session, k *marketv2.Keeper, cfg marketv2.KeepConfig, list keepList) error {
	epoch, _, err := s.market.Clock.Current(c.Context)
	if err != nil {
		return err
	}
	quotes, sum, qerr := k.Quote(c.Context, list.ids())
	byID := map[[32]byte]marketv2.ExtendQuote{}
	for _, q := range quotes {
		byID[q.Request] = q
	}
	total, month := k.Spent(epoch)
	capStr := func(v *big.Int) string {
		if v == nil {
			return "no cap"
		}
		return FormatToken(v)
	}
	files := make([]map[string]any, 0, len(list.Files))
	rows := make([][]string, 0, len(list.Files))
	for _, f := range list.Files {
		v := map[string]any{"id": f.ID, "name": f.Name}
		row := []string{f.ID[:18] + "…", f.Name, "-", "-", "-"}
		if q, ok := byID[common.HexToHash(f.ID)]; ok {
			v["end_epoch"], v["next_end_epoch"], v["next_cost_wei"] = q.OldEnd, q.NewEnd, q.Total.String()
			row[2], row[3], row[4] = fmt.Sprint(q.OldEnd), fmt.Sprint(q.NewEnd), FormatToken(q.Total)
		}
		files = append(files, v)
		rows = append(rows, row)
	}
	out := map[string]any{"files": files, "period": cfg.Period, "next_total_wei": sum.String(), "spent_wei": total.String(),
		"spent_this_month_wei": month.String(), "epoch": epoch}
	if cfg.Budget.Total != nil {
		out["budget_wei"] = cfg.Budget.Total.String()
	}
	if cfg.Budget.Monthly != nil {
		out["budget_monthly_wei"] = cfg.Budget.Monthly.String()
	}
	if qerr != nil {
		out["quote_errors"] = qerr.Error()
	}
	if e.Out.JSON() {
		return e.Out.Result(out, nil)
	}
	if err := e.Out.Table(nil, []string{"ID", "NAME", "END", "NEXT END", "NEXT COST"}, rows); err != nil {
		return err
	}
	w := e.Out.w
	fmt.Fprintf(w, "\nnext extensions (+%d epochs each) cost %s; spent %s in total (budget %s), %s this month (budget %s)\n",
		cfg.Period, FormatToken(sum), FormatToken(total), capStr(cfg.Budget.Total), FormatToken(month), capStr(cfg.Budget.Monthly))
	if qerr != nil {
		fmt.Fprintf(e.Stderr(), "warning: %s\n", oneLine(qerr.Error()))
	}
	if len(list.Files) > 0 {
		_, err = io.WriteString(w, "run `cairn keep run` on a machine that stays on to extend them in time\n")
	}
	return err
}
