package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/p2p"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

func putCommand() *cli.Command {
	return &cli.Command{
		Name:      "put",
		Usage:     "encrypt, erasure-code and store a file with providers",
		ArgsUsage: "FILE | -r DIR",
		Args:      true,
		Description: `The file is encrypted on this machine with a fresh key, split into k data and
m parity shards, and each shard is pushed to a different provider, who must
prove every epoch that it still holds it. Prints the file id once every slot
is filled. Nothing is staged on disk: the shards are hashed in a first pass
and re-encoded while they are pushed. If put is interrupted (Ctrl-C, crash)
after it paid, running the same put again resumes that request instead of
paying twice. If the slots are not filled in time the request is cancelled
and refunded.

Examples:
  cairn put photo.jpg
  cairn put --k 4 --m 2 --epochs 100 --price 0.5 backup.tar
  cairn put --dry-run big.iso --json
  cairn put --max-shard-size 1GiB --parallel 3 disk.img
  cairn put --uplink 20mbit --dry-run big.iso   # shard size for a 20 Mbit/s link
  cairn put -r photos/            # again later: uploads only what changed
  cairn put --keep backup.tar     # then: cairn keep run --budget-monthly 50`,
		Flags: []cli.Flag{
			passwordFileFlag(),
			&cli.IntFlag{Name: "k", Value: 4, Usage: "data shards (any k rebuild the file)"},
			&cli.IntFlag{Name: "m", Value: 2, Usage: "parity shards (losses tolerated)"},
			&cli.Uint64Flag{Name: "epochs", Value: 100, Usage: "storage duration in epochs, from the next epoch (devnet: 10 s each)"},
			&cli.StringFlag{Name: "price", Value: "1", Usage: "pay per slot per proven epoch, tokens"},
			&cli.StringFlag{Name: "collateral", Value: "10", Usage: "collateral each provider locks, tokens"},
			&cli.Uint64Flag{Name: "expiry-blocks", Value: 100, Usage: "blocks to fill every slot before cancelling"},
			&cli.StringFlag{Name: "repair-bonus", Value: "1", Usage: "bonus per repair, tokens"},
			&cli.StringFlag{Name: "repair-reserve", Value: "2", Usage: "escrowed for repair bonuses, tokens (unused part refunded)"},
			&cli.BoolFlag{Name: "no-place", Usage: "leave slots open to any provider instead of choosing diverse ones"},
			&cli.StringFlag{Name: "max-shard-size", Usage: "cap each request's shard size (e.g. 64MiB); larger files are split into segments (default: the marketplace's limit)"},
			&cli.IntFlag{Name: "parallel", Value: 2, Usage: "segments of a split file put at once"},
			&cli.StringFlag{Name: "pipeline-above", Value: "512MiB", Usage: "on an uplink of 400 Mbit/s or more, put a larger file as --parallel segments, so one part's pushes run beside the others' encoding and requests (one more request's gas each; 0: off)"},
			&cli.StringFlag{Name: "uplink", Usage: "this machine's upload rate (e.g. 50mbit, 10MB/s), which sizes the shards so each push ends within the reservation's time; config [put] uplink (default: the last put's measured rate, else 50mbit)"},
			&cli.BoolFlag{Name: "dry-run", Usage: "print the quote and exit"},
			&cli.BoolFlag{Name: "recursive", Aliases: []string{"r"}, Usage: "put a folder: tree, modes, mtimes and symlinks, changed files only"},
			&cli.BoolFlag{Name: "keep", Usage: "mark the file kept: `cairn keep run` extends it before it ends (see `cairn keep --help`)"},
		},
		Action: withEnv(putAction),
	}
}

func clientConfig(c *cli.Context, e *Env, s *session) (market.ClientConfig, error) {
	cfg := market.DefaultClientConfig()
	cfg.K, cfg.M, cfg.Epochs = c.Int("k"), c.Int("m"), c.Uint64("epochs")
	var err error
	if cfg.PricePerSlotEpoch, err = parseTokens(c.String("price")); err != nil {
		return cfg, err
	}
	if cfg.CollateralPerSlot, err = parseTokens(c.String("collateral")); err != nil {
		return cfg, err
	}
	if cfg.RepairBonus, err = parseTokens(c.String("repair-bonus")); err != nil {
		return cfg, err
	}
	if cfg.RepairReserve, err = parseTokens(c.String("repair-reserve")); err != nil {
		return cfg, err
	}
	cfg.ExpiryBlocks = c.Uint64("expiry-blocks")
	if v := c.String("max-shard-size"); v != "" {
		if cfg.MaxShardSize, err = parseSize(v); err != nil {
			return cfg, err
		}
	}
	if v := c.String("uplink"); v != "" {
		if cfg.Uplink, err = parseRate(v); err != nil {
			return cfg, hint(fmt.Errorf("--uplink: %w", err), "give the upload rate like 50mbit or 10MB/s")
		}
	}
	if n := c.Int("parallel"); n > 0 { // gateway s3 has no --parallel: keep the default
		cfg.SegmentParallel = n
	}
	if v := c.String("pipeline-above"); v != "" {
		n, err := parseSize(v)
		if err != nil {
			return cfg, hint(fmt.Errorf("--pipeline-above: %w", err), "give a size like 512MiB, or 0 to put each file in as few requests as hold it")
		}
		cfg.PipelineAbove = int64(n)
	}
	cfg.Place = !c.Bool("no-place")
	cfg.TempDir = filepath.Join(s.datadir, "tmp")
	cfg.JournalDir = filepath.Join(s.datadir, "journal")
	cfg.Progress = e.newProgress().event
	return cfg, cfg.Validate()
}

// newClient opens a protocol v2 market client for the session's wallet.
// Ends are estimated with the chain's block time (the devnet's, or
// measured) unless cfg has one.
func (e *Env) newClient(ctx context.Context, s *session, cfg market.ClientConfig) (*market.Client, error) {
	id, err := p2p.LoadOrCreateIdentity(filepath.Join(s.datadir, "client.key"))
	if err != nil {
		return nil, err
	}
	if cfg.BlockTime == 0 {
		cfg.BlockTime = e.blockTime(ctx, s)
	}
	if cfg.EndingHorizon == 0 {
		cfg.EndingHorizon = defaultWarnWithin
	}
	return market.NewClient(cfg, e.Log, s.market, s.keys, id)
}

// openReader opens a session with the wallet's file keys and a client for
// reading files (get, ls, restore). Close both.
func (e *Env) openReader(c *cli.Context) (*session, *market.Client, error) {
	s, err := e.openSession(c.Context, c, true, true)
	if err != nil {
		return nil, nil, err
	}
	cfg := market.DefaultClientConfig()
	cfg.TempDir, cfg.Progress = filepath.Join(s.datadir, "tmp"), e.newProgress().event
	cfg.EndingHorizon = warnWithin(c)
	cl, err := e.newClient(c.Context, s, cfg)
	if err != nil {
		s.Close()
		return nil, nil, err
	}
	return s, cl, nil
}

// listFiles opens the reading client and lists the wallet's files (ls,
// restore). Close the session and the client.
func (e *Env) listFiles(c *cli.Context) (*session, *market.Client, []market.FileEntry, error) {
	s, cl, err := e.openReader(c)
	if err != nil {
		return nil, nil, nil, err
	}
	files, err := cl.List(c.Context)
	if err != nil {
		cl.Close()
		s.Close()
		return nil, nil, nil, err
	}
	return s, cl, files, nil
}

// filesFlags are get/ls/status/restore's flags.
func filesFlags() []cli.Flag { return []cli.Flag{passwordFileFlag()} }

func putAction(c *cli.Context, e *Env) error {
	if c.NArg() != 1 {
		return hint(errors.New("put needs exactly one FILE"), "cairn put FILE")
	}
	path := c.Args().First()
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("put: %w", err)
	}
	s, err := e.openSession(c.Context, c, true, true)
	if err != nil {
		return err
	}
	defer s.Close()
	cfg, err := clientConfig(c, e, s)
	if err != nil {
		return err
	}
	cl, err := e.newClient(c.Context, s, cfg)
	if err != nil {
		return err
	}
	defer cl.Close()
	if c.Bool("recursive") {
		if !st.IsDir() {
			return hint(fmt.Errorf("put -r %s: not a directory", path), "put a single file without -r")
		}
		return putTree(c, e, cl, path)
	}
	if st.IsDir() {
		return hint(fmt.Errorf("%s is a directory", path), "cairn put -r "+path)
	}
	q, err := cl.Quote(c.Context, st.Size())
	if err != nil {
		return err
	}
	if c.Bool("dry-run") {
		return e.Out.Result(quoteJSON(q), func(w io.Writer) error {
			fmt.Fprintf(w, "%s as %d+%d shards of %s, epochs %d..%d\n", FormatSize(uint64(q.Size)), q.K, q.M, FormatSize(q.ShardSize), q.StartEpoch, q.EndEpoch)
			if q.Segments > 1 {
				fmt.Fprintf(w, "split into %d segments (one request each: the file is larger than one request holds)\n", q.Segments)
			}
			fmt.Fprintf(w, "escrow %s + repair reserve %s = %s; gas about %d\n", FormatToken(q.Escrow), FormatToken(q.Reserve), FormatToken(q.Total), q.GasEstimate)
			return nil
		})
	}
	start := time.Now()
	res, err := cl.Put(c.Context, path)
	if errors.Is(err, market.ErrInterrupted) {
		return hint(err, "run `cairn put "+path+"` again: it resumes the paid request")
	}
	if errors.Is(err, market.ErrFileChanged) {
		return hint(err, "put the file again once nothing writes to it")
	}
	if err != nil {
		return hint(err, "check `cairn status` and that providers are running")
	}
	holders := make([]string, len(res.Providers))
	for i, h := range res.Providers {
		holders[i] = h.Hex()
	}
	if c.Bool("keep") {
		ids := [][32]byte{res.ID}
		if len(res.Parts) > 0 {
			ids = ids[:0]
			for _, p := range res.Parts {
				ids = append(ids, p.ID)
			}
		}
		if err := markKept(s.datadir, res.Name, ids); err != nil {
			return fmt.Errorf("stored %s as %s, but marking it kept failed (run `cairn keep %s`): %w", res.Name, hex32(res.ID), hex32(res.ID), err)
		}
	}
	return e.Out.Result(map[string]any{
		"id": hex32(res.ID), "name": res.Name, "size": res.Size, "shard_size": res.ShardSize,
		"k": res.Quote.K, "m": res.Quote.M, "start_epoch": res.Quote.StartEpoch, "end_epoch": res.Quote.EndEpoch,
		"cost_wei": res.Quote.Total.String(), "providers": holders, "resumed": res.Resumed, "segments": max(len(res.Parts), 1), "seconds": time.Since(start).Seconds(),
	}, func(w io.Writer) error {
		if res.Resumed {
			fmt.Fprintln(w, "resumed the request of an interrupted put (paid once)")
		}
		fmt.Fprintf(w, "stored %s (%s) as %d+%d shards in %s\n", res.Name, FormatSize(uint64(res.Size)), q.K, q.M, time.Since(start).Round(time.Millisecond))
		fmt.Fprintf(w, "id %s\n", hex32(res.ID))
		return nil
	})
}

func quoteJSON(q market.Quote) map[string]any {
	return map[string]any{"size": q.Size, "shard_size": q.ShardSize, "k": q.K, "m": q.M, "start_epoch": q.StartEpoch,
		"end_epoch": q.EndEpoch, "escrow_wei": q.Escrow.String(), "reserve_wei": q.Reserve.String(), "total_wei": q.Total.String(),
		"total": FormatToken(q.Total), "gas_estimate": q.GasEstimate, "segments": q.Segments}
}

func lsCommand() *cli.Command {
	return &cli.Command{
		Name:  "ls",
		Usage: "list your stored files, from the chain and your mnemonic alone",
		Description: `Each file's end is its end epoch and an estimate of when that is; files ending
within --warn-within are flagged with ! and warned about on stderr (extend
them, or mark them with ` + "`cairn keep`" + `).

Examples:
  cairn ls
  cairn ls --warn-within 72h
  cairn ls --json`,
		Flags:  append(filesFlags(), warnWithinFlag()),
		Action: withEnv(lsAction),
	}
}

func lsAction(c *cli.Context, e *Env) error {
	s, cl, files, err := e.listFiles(c)
	if err != nil {
		return err
	}
	defer s.Close()
	defer cl.Close()
	out := make([]map[string]any, 0, len(files))
	rows := make([][]string, 0, len(files))
	for _, f := range files {
		out = append(out, map[string]any{"id": hex32(f.ID), "name": f.Name, "size": f.Size, "k": f.K, "m": f.M, "state": f.State, "segments": max(len(f.Parts), 1),
			"start_epoch": f.Start, "end_epoch": f.Ends.EndEpoch, "ends_at": timeJSON(f.Ends.At), "ending_soon": f.Ends.Warn,
			"created": f.Created.Format(time.RFC3339)})
		rows = append(rows, []string{fmt.Sprintf("0x%x…", f.ID[:8]), f.Name, FormatSize(uint64(f.Size)), fmt.Sprintf("%d+%d", f.K, f.M), f.State,
			fmt.Sprintf("%d..%d", f.Start, f.Ends.EndEpoch), endColumn(f.Ends)})
		warnEnding(e.Stderr(), f.Name, f.ID, f.Ends)
	}
	return e.Out.Table(out, []string{"ID", "NAME", "SIZE", "K+M", "STATE", "EPOCHS", "ENDS"}, rows)
}

func statusCommand() *cli.Command {
	return &cli.Command{
		Name:      "status",
		Usage:     "show a stored file's slots: holder, proof set, kind, pay, last audit, and when it ends",
		ArgsUsage: "ID|NAME",
		Args:      true,
		Description: `Per slot: its state and holder, the holder's proof set (whose record says
what was proven and missed), the slot's kind (initial, repair, renewal …),
what the holder was paid and slashed, and the last audit of it (` + "`cairn audit`" + `).
The file's end is shown as an epoch and a wall-clock estimate; within
--warn-within a warning goes to stderr.

Examples:
  cairn status photo.jpg
  cairn status 0x3f5c…e1 --json`,
		Flags: append(filesFlags(), warnWithinFlag()),
		Action: withEnv(func(c *cli.Context, e *Env) error {
			if c.NArg() != 1 {
				return hint(errors.New("status needs exactly one ID or NAME"), "cairn status ID|NAME")
			}
			arg := c.Args().First()
			s, err := e.openSession(c.Context, c, true, true)
			if err != nil {
				return err
			}
			defer s.Close()
			cfg := market.DefaultClientConfig()
			cfg.EndingHorizon = warnWithin(c)
			cl, err := e.newClient(c.Context, s, cfg)
			if err != nil {
				return err
			}
			defer cl.Close()
			id, name := common.HexToHash(arg), arg
			if !isRequestID(arg) {
				f, err := cl.Resolve(c.Context, arg)
				if err != nil {
					return hint(err, "`cairn ls` lists your files")
				}
				if len(f.Parts) > 0 {
					return printSegmentsStatus(c, e, s, cl, f)
				}
				id, name = f.ID, f.Name
			}
			st, err := cl.Status(c.Context, id)
			if err != nil {
				return err
			}
			warnEnding(e.Stderr(), name, id, st.Ends)
			return printStatus(e, st, e.lastAudits(c.Context, s))
		}),
	}
}

// statusJSON is a request's status as `status --json` prints it, and its
// table rows.
func statusJSON(st market.RequestStatus, audits func([32]byte, uint64) (marketv2.SlotAudit, bool)) (map[string]any, [][]string) {
	slots := make([]map[string]any, 0, len(st.Slots))
	rows := make([][]string, 0, len(st.Slots))
	for _, sl := range st.Slots {
		v := map[string]any{"index": sl.Index, "state": sl.State, "provider": sl.Provider.Hex(), "proofs": sl.Proofs,
			"misses": sl.Misses, "slashed_wei": sl.Slashed.String(), "paid_wei": sl.Paid.String(), "collateral_wei": sl.Collateral.String(),
			"kind": sl.Kind, "set_id": sl.SetID, "open_audit_epoch": sl.Audit}
		if sl.Tenure != nil {
			v["tenure_id"] = sl.Tenure.String()
		}
		if sl.Pending != nil {
			v["pending_pay_wei"] = sl.Pending.String()
		}
		audit := "-"
		if a, ok := audits(st.ID, uint64(sl.Index)); ok {
			v["last_audit"] = a
			audit = fmt.Sprintf("%s @%d", a.Result, a.Epoch)
		}
		slots = append(slots, v)
		open := sl.Kind
		if open == "closed" {
			open = ""
		}
		pending := new(big.Int)
		if sl.Pending != nil {
			pending = sl.Pending
		}
		rows = append(rows, []string{fmt.Sprint(sl.Index), sl.State, sl.Provider.Hex(), fmt.Sprint(sl.SetID), orDash(open),
			fmt.Sprint(sl.Proofs), fmt.Sprint(sl.Misses), FormatToken(sl.Paid), FormatToken(pending), FormatToken(sl.Slashed), audit})
	}
	return map[string]any{"id": hex32(st.ID), "state": st.State, "epoch": st.Epoch, "start_epoch": st.StartEpoch, "end_epoch": st.Ends.EndEpoch,
		"ends_at": timeJSON(st.Ends.At), "ending_soon": st.Ends.Warn, "escrow_left_wei": st.EscrowLeft.String(), "slots": slots}, rows
}

func printStatus(e *Env, st market.RequestStatus, audits func([32]byte, uint64) (marketv2.SlotAudit, bool)) error {
	v, rows := statusJSON(st, audits)
	if e.Out.JSON() {
		return e.Out.Result(v, nil)
	}
	fmt.Fprintf(e.Out.w, "request %s: %s, epoch %d of [%d, %d), ends %s, escrow left %s\n", hex32(st.ID), st.State, st.Epoch,
		st.StartEpoch, st.Ends.EndEpoch, endColumn(st.Ends), FormatToken(st.EscrowLeft))
	return e.Out.Table(v, []string{"SLOT", "STATE", "PROVIDER", "SET", "OPEN TO", "PROOFS", "MISSED", "PAID", "PENDING", "SLASHED", "LAST AUDIT"}, rows)
}

func restoreCommand() *cli.Command {
	return &cli.Command{
		Name:  "restore",
		Usage: "on a fresh machine: list and fetch every file of the wallet",
		Description: `Needs only the wallet (import it from your mnemonic first) and the chain:
the file list comes from the chain's events, each manifest is decrypted with
a key derived from the mnemonic, and the shards come from the providers.

Examples:
  cairn wallet import --mnemonic-file words.txt
  cairn restore --dir restored/`,
		Flags: append(filesFlags(), &cli.StringFlag{Name: "dir", Value: ".", Usage: "directory to write the files into"}),
		Action: withEnv(func(c *cli.Context, e *Env) error {
			s, cl, files, err := e.listFiles(c)
			if err != nil {
				return err
			}
			defer s.Close()
			defer cl.Close()
			dir := c.String("dir")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			var out []map[string]any
			failed := 0
			newestFolder := map[string]int{}
			for i, f := range files {
				if market.IsFolder(f) && f.State == "active" {
					newestFolder[f.Name] = i
				}
			}
			for i, f := range files {
				if f.State != "active" && f.State != "pending" {
					continue
				}
				if market.IsFolder(f) {
					if newestFolder[f.Name] != i {
						continue // an older version of the folder
					}
					dst := filepath.Join(dir, strings.TrimSuffix(f.Name, "/"))
					r := map[string]any{"id": hex32(f.ID), "name": f.Name, "size": f.Size, "output": dst}
					if _, err := cl.GetTree(c.Context, f, dst, false); err != nil {
						e.Log.Error("restore failed", "request_id", hex32(f.ID), "err", err)
						r["error"] = err.Error()
						failed++
					}
					out = append(out, r)
					continue
				}
				dst := filepath.Join(dir, filepath.Base(f.Name))
				if _, err := os.Stat(dst); err == nil {
					dst = filepath.Join(dir, fmt.Sprintf("%x-%s", f.ID[:4], filepath.Base(f.Name)))
				}
				r := map[string]any{"id": hex32(f.ID), "name": f.Name, "size": f.Size, "output": dst}
				if err := cl.Get(c.Context, f, dst); err != nil {
					e.Log.Error("restore failed", "request_id", hex32(f.ID), "err", err)
					r["error"] = err.Error()
					failed++
				}
				out = append(out, r)
			}
			if err := e.Out.Result(map[string]any{"files": out, "failed": failed}, func(w io.Writer) error {
				for _, r := range out {
					if r["error"] != nil {
						fmt.Fprintf(w, "FAILED %s: %s\n", r["name"], r["error"])
					} else {
						fmt.Fprintf(w, "restored %s -> %s\n", r["name"], r["output"])
					}
				}
				return nil
			}); err != nil {
				return err
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d files could not be restored", failed, len(out))
			}
			return nil
		}),
	}
}
