package main

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/cairn-storage/cairn/market"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// A request id on the command line: 0x and 64 hex digits.
func isRequestID(arg string) bool {
	return len(arg) == 66 && strings.HasPrefix(arg, "0x") && common.IsHexAddress("0x"+arg[26:])
}

// target is what a command's ID|NAME argument names: one request, or the
// segments of a file split across requests.
type target struct {
	Label string
	IDs   [][32]byte
}

// resolveTargets maps ID|NAME arguments onto requests: an id is taken as
// is; a name is resolved from the chain and the wallet's key (the newest
// active upload of that name; every segment of a split file).
func (e *Env) resolveTargets(c *cli.Context, s *session, args []string) ([]target, error) {
	var cl *market.Client
	var out []target
	for _, arg := range args {
		if isRequestID(arg) {
			out = append(out, target{Label: arg, IDs: [][32]byte{common.HexToHash(arg)}})
			continue
		}
		if cl == nil {
			if s.keys == nil {
				return nil, hint(fmt.Errorf("%q is not a request id", arg), "pass the 0x… id `cairn ls` prints")
			}
			var err error
			if cl, err = e.newClient(c.Context, s, market.DefaultClientConfig()); err != nil {
				return nil, err
			}
			defer cl.Close()
		}
		f, err := cl.Resolve(c.Context, arg)
		if err != nil {
			return nil, hint(err, "`cairn ls` lists your files")
		}
		t := target{Label: f.Name}
		if len(f.Parts) == 0 {
			t.IDs = [][32]byte{f.ID}
		}
		for _, p := range f.Parts {
			t.IDs = append(t.IDs, p.ID)
		}
		out = append(out, t)
	}
	return out, nil
}

// needsKeys says whether any argument is a name (resolving it needs the
// wallet's file keys).
func needsKeys(args []string) bool {
	for _, a := range args {
		if !isRequestID(a) {
			return true
		}
	}
	return false
}

// extendJournalDir holds extend's intents (market.ExtendJournal) in the
// data directory.
const extendJournalDir = "extend-journal"

func extendCommand() *cli.Command {
	return &cli.Command{
		Name:      "extend",
		Usage:     "store a file longer: move its end by --epochs (v2 extendRequest)",
		ArgsUsage: "ID|NAME",
		Args:      true,
		Description: `Pays price × (k+m) × epochs (plus --reserve-top-up for repairs) into the
request's escrow and moves its end epoch. Each holder then accepts (and is
paid on) or declines (its slot is offered to another provider as a renewal).
An extension needs notice: it must be sent at least the contract's miss
window (W epochs) before the current end. Prints the quote first; --dry-run
stops there. A split file is extended segment by segment. Each extension is
journalled in <datadir>/extend-journal before it is sent: a rerun of the same
command after a crash or Ctrl-C finishes it and never pays twice.

Examples:
  cairn extend photo.jpg --epochs 100
  cairn extend 0x3f5c…e1 --epochs 1000 --reserve-top-up 2 --json
  cairn extend backup.tar --epochs 500 --dry-run`,
		Flags: []cli.Flag{
			passwordFileFlag(),
			&cli.Uint64Flag{Name: "epochs", Usage: "epochs to add to the end (required)"},
			&cli.StringFlag{Name: "reserve-top-up", Value: "0", Usage: "tokens added to the repair reserve"},
			&cli.BoolFlag{Name: "dry-run", Usage: "print the quote and exit"},
		},
		Action: withEnv(extendAction),
	}
}

// openTarget opens a sending session and resolves the command's one
// ID|NAME argument; the caller closes the session.
func (e *Env) openTarget(c *cli.Context) (*session, target, error) {
	s, err := e.openSession(c.Context, c, true, needsKeys(c.Args().Slice()))
	if err != nil {
		return nil, target{}, err
	}
	ts, err := e.resolveTargets(c, s, c.Args().Slice())
	if err != nil {
		s.Close()
		return nil, target{}, err
	}
	return s, ts[0], nil
}

func extendAction(c *cli.Context, e *Env) error {
	if c.NArg() != 1 {
		return hint(errors.New("extend needs exactly one ID or NAME"), "cairn extend ID|NAME --epochs N")
	}
	epochs := c.Uint64("epochs")
	if epochs == 0 {
		return hint(errors.New("extend: --epochs is required"), "cairn extend ID|NAME --epochs N")
	}
	topUp, err := parseTokens(c.String("reserve-top-up"))
	if err != nil {
		return err
	}
	s, t, err := e.openTarget(c)
	if err != nil {
		return err
	}
	defer s.Close()
	j := market.NewExtendJournal(filepath.Join(s.datadir, extendJournalDir), s.market.Address())
	var plans []market.ExtendPlan
	total := new(big.Int) // what this run pays
	for i, id := range t.IDs {
		top := topUp
		if i > 0 {
			top = nil // the top-up goes to the first segment only
		}
		p, err := j.Plan(c.Context, s.market, id, epochs, top)
		if err != nil {
			return extendHint(err)
		}
		plans = append(plans, p)
		if !p.Landed {
			total.Add(total, p.Quote.Total)
		}
	}
	blockTime := e.blockTime(c.Context, s)
	show := func(verb string) error {
		return e.Out.Result(extendJSON(t.Label, plans, total, verb != "would extend"), func(w io.Writer) error {
			for _, p := range plans {
				q := p.Quote
				at := s.endEstimate(c, q.NewEnd, blockTime)
				if p.Landed {
					fmt.Fprintf(w, "already extended %s from epoch %d to %d (ends ~%s): an interrupted run's transaction landed; nothing sent\n",
						hex32(q.Request), q.OldEnd, q.NewEnd, at)
					continue
				}
				fmt.Fprintf(w, "%s %s from epoch %d to %d (ends ~%s) for %s", verb, hex32(q.Request), q.OldEnd, q.NewEnd, at, FormatToken(q.Total))
				if q.TopUp.Sign() > 0 {
					fmt.Fprintf(w, " (%s of it to the repair reserve)", FormatToken(q.TopUp))
				}
				if p.Resumed {
					fmt.Fprint(w, " (resuming an interrupted run)")
				}
				fmt.Fprintln(w)
			}
			if len(plans) > 1 {
				fmt.Fprintf(w, "total %s for %d segments\n", FormatToken(total), len(plans))
			}
			return nil
		})
	}
	if c.Bool("dry-run") {
		return show("would extend")
	}
	for _, p := range plans {
		if err := j.Send(c.Context, s.market, p); err != nil {
			return extendHint(fmt.Errorf("extend %s: %w", hex32(p.Quote.Request), err))
		}
	}
	return show("extended")
}

func extendHint(err error) error {
	switch {
	case errors.Is(err, marketv2.ErrTooLateToExtend):
		return hint(err, "an extension needs the miss window's notice before the end; put the file again instead")
	case errors.Is(err, marketv2.ErrNotClient):
		return hint(err, "only the wallet that stored a file can extend it")
	case errors.Is(err, marketv2.ErrRequestNotLive):
		return hint(err, "the request has ended; put the file again")
	}
	return err
}

// extendJSON is extend's --json result: per request the quote, and
// whether an interrupted run's extension had landed (nothing paid now) or
// was resumed; total_wei is what this run pays.
func extendJSON(label string, ps []market.ExtendPlan, total *big.Int, done bool) map[string]any {
	parts := make([]map[string]any, 0, len(ps))
	for _, p := range ps {
		q := p.Quote
		parts = append(parts, map[string]any{"id": hex32(q.Request), "old_end_epoch": q.OldEnd, "new_end_epoch": q.NewEnd,
			"storage_wei": q.Storage.String(), "reserve_top_up_wei": q.TopUp.String(), "total_wei": q.Total.String(),
			"landed_before": p.Landed, "resumed": p.Resumed})
	}
	return map[string]any{"target": label, "extended": done, "requests": parts, "total_wei": total.String(), "total": FormatToken(total)}
}

func rmCommand() *cli.Command {
	return &cli.Command{
		Name:      "rm",
		Usage:     "end a file's storage early and take back the unspent escrow (v2 terminateRequest)",
		ArgsUsage: "ID|NAME",
		Args:      true,
		Description: `Terminates the request: holders are paid through the next epoch and then
remove the file; everything not yet owed to them is refunded. The part
credited at once is withdrawn to the wallet; the rest (epochs holders
committed to past the stop) is credited to your marketplace balance as their
tenures settle (` + "`cairn withdraw`" + ` takes it out). Prints the refund; --dry-run only quotes it. The file
cannot be fetched once its holders removed it.

Examples:
  cairn rm old-backup.tar
  cairn rm 0x3f5c…e1 --json
  cairn rm photo.jpg --dry-run`,
		Flags:  []cli.Flag{passwordFileFlag(), &cli.BoolFlag{Name: "dry-run", Usage: "print the refund and exit"}},
		Action: withEnv(rmAction),
	}
}

func rmAction(c *cli.Context, e *Env) error {
	if c.NArg() != 1 {
		return hint(errors.New("rm needs exactly one ID or NAME"), "cairn rm ID|NAME")
	}
	s, t, err := e.openTarget(c)
	if err != nil {
		return err
	}
	defer s.Close()
	var rows []map[string]any
	now, later := new(big.Int), new(big.Int)
	for _, id := range t.IDs {
		q, err := s.market.QuoteTerminate(c.Context, id)
		if err != nil {
			return rmHint(err)
		}
		r := map[string]any{"id": hex32(id), "stop_epoch": q.Stop, "refund_now_wei": q.Now.String(), "refund_later_wei": q.Later.String()}
		if !c.Bool("dry-run") {
			got, err := s.market.Terminate(c.Context, id)
			if err != nil {
				return rmHint(fmt.Errorf("rm %s: %w", hex32(id), err))
			}
			q.Now = got
			r["refund_now_wei"] = got.String()
		}
		now.Add(now, q.Now)
		later.Add(later, q.Later)
		rows = append(rows, r)
	}
	total := new(big.Int).Add(now, later)
	done := !c.Bool("dry-run")
	withdrawn := new(big.Int)
	if done {
		if bal, err := s.market.Balance(c.Context, s.market.Self()); err == nil && bal.Sign() > 0 {
			if withdrawn, err = s.market.Withdraw(c.Context); err != nil {
				return fmt.Errorf("ended %s; the refund waits in the marketplace (`cairn withdraw`): %w", t.Label, err)
			}
		}
	}
	return e.Out.Result(map[string]any{"target": t.Label, "terminated": done, "requests": rows, "withdrawn_wei": withdrawn.String(),
		"refund_now_wei": now.String(), "refund_later_wei": later.String(), "refund_wei": total.String(), "refund": FormatToken(total)},
		func(w io.Writer) error {
			verb := "would end"
			if done {
				verb = "ended"
			}
			fmt.Fprintf(w, "%s %s: refund %s now", verb, t.Label, FormatToken(now))
			if later.Sign() > 0 {
				fmt.Fprintf(w, " + about %s as holders settle", FormatToken(later))
			}
			if withdrawn.Sign() > 0 {
				fmt.Fprintf(w, "; withdrew %s to the wallet\n", FormatToken(withdrawn))
			} else {
				fmt.Fprintln(w, " (to your marketplace balance: `cairn withdraw`)")
			}
			return nil
		})
}

func rmHint(err error) error {
	switch {
	case errors.Is(err, marketv2.ErrNotClient):
		return hint(err, "only the wallet that stored a file can remove it")
	case errors.Is(err, marketv2.ErrRequestNotLive):
		return hint(err, "the request has already ended")
	}
	return err
}

func cancelCommand() *cli.Command {
	return &cli.Command{
		Name:      "cancel",
		Usage:     "cancel a pending request whose slots were not filled in time (refunds everything)",
		ArgsUsage: "ID",
		Args:      true,
		Description: `A request whose slots are not all filled by its expiry block can be
cancelled (anyone may send it); the escrow returns to the client's
marketplace balance. A put cancels on its own when it gives up; this is for a
put that was interrupted for good.

Examples:
  cairn cancel 0x3f5c…e1
  cairn cancel 0x3f5c…e1 --json`,
		Flags: []cli.Flag{passwordFileFlag()},
		Action: withEnv(func(c *cli.Context, e *Env) error {
			if c.NArg() != 1 || !isRequestID(c.Args().First()) {
				return hint(errors.New("cancel needs exactly one request ID"), "cairn cancel 0x…")
			}
			id := common.HexToHash(c.Args().First())
			s, err := e.openSession(c.Context, c, true, false)
			if err != nil {
				return err
			}
			defer s.Close()
			if err := s.market.Cancel(c.Context, id); err != nil {
				if errors.Is(err, marketv2.ErrCannotCancel) {
					return hint(err, "only a pending request past its expiry block can be cancelled; `cairn rm` ends an active one")
				}
				return err
			}
			return e.Out.Result(map[string]any{"id": hex32(id), "cancelled": true}, func(w io.Writer) error {
				_, err := fmt.Fprintf(w, "cancelled %s: its escrow is in your marketplace balance (`cairn withdraw`)\n", hex32(id))
				return err
			})
		}),
	}
}
