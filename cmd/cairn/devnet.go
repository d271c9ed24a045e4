package main

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/cairn-storage/cairn/internal/netns"
	"github.com/cairn-storage/cairn/testnet"
)

func devnetCommand() *cli.Command {
	dirFlag := func() cli.Flag {
		return &cli.StringFlag{Name: "dir", Usage: "devnet directory (default: --devnet, ~/.cairn/devnet)"}
	}
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a whole market on this machine: anvil, the contracts, funded wallets, providers",
		Subcommands: []*cli.Command{
			{
				Name:  "up",
				Usage: "start a devnet (or resume the one stopped in --dir) and supervise it until Ctrl-C",
				Description: `Starts the pinned anvil (--hardfork prague) with its state saved in the
devnet directory, deploys the token and the protocol v2 Marketplace (facet
and lens) with devnet parameters (short epochs; 2 missed epochs in 8 fail a
provider's proof set, and one settleSet frees all its slots), creates a client
wallet and one wallet per provider (fresh mnemonics, light scrypt: devnet
only), funds them with ETH and tokens, starts one ` + "`cairn provider run`" + ` process
per provider and writes devnet.json. Other commands read devnet.json when
--rpc-url is not given, so ` + "`cairn put FILE`" + ` just works afterwards.

It stays in the foreground until Ctrl-C, then stops everything it started.
With --detach it returns and leaves the devnet running; stop it with
` + "`cairn devnet down`" + `. Run again in the same directory, it resumes the stopped
devnet (chain, wallets, stored shards); --reset starts a new one.

Examples:
  cairn devnet up
  cairn devnet up --providers 7 --epoch-blocks 10 --block-time 1s --detach
  cairn devnet up --dir /tmp/devnet --reset --json`,
				Flags: []cli.Flag{
					dirFlag(),
					&cli.IntFlag{Name: "providers", DefaultText: strconv.Itoa(testnet.DefaultDevnetProviders),
						Usage: "provider processes: k+m+1 for the default 4+2 leaves one free to repair (a resumed devnet keeps its own)"},
					&cli.Uint64Flag{Name: "epoch-blocks", DefaultText: strconv.Itoa(testnet.DefaultDevnetEpoch), Usage: "blocks per epoch"},
					&cli.StringFlag{Name: "block-time", DefaultText: testnet.DefaultDevnetBlockTime.String(),
						Usage: "anvil's block interval: a duration (1s, 500ms) or seconds (0.5)"},
					&cli.StringFlag{Name: "capacity", Value: testnet.DefaultDevnetCapacity, Usage: "disk space each provider sells"},
					&cli.BoolFlag{Name: "detach", Usage: "leave the devnet running and return"},
					&cli.BoolFlag{Name: "reset", Usage: "delete the stopped devnet in --dir and start a new one"},
					&cli.BoolFlag{Name: "netns", Usage: "run the client and each provider in its own network namespace, each in its own /24 of 198.18.0.0/15 (Linux, root; see docs/netns.md)"},
					&cli.StringFlag{Name: "chain", Usage: "the chain: anvil (default) or geth (geth --dev built from the pinned go-ethereum; whole-second blocks; see docs/devchains.md)"},
					&cli.StringFlag{Name: "link", Usage: `shape every namespace's link, e.g. "rate=50mbit" (tc tbf); delay=20ms (netem, or a userspace delay line where the kernel lacks it; needs --netns)`},
					&cli.StringSliceFlag{Name: "nat", Usage: "put these nodes (client, provider-N) each behind a NAT of its own (needs --netns and nft; a provider behind one is unreachable unless --nat-forward or --nat-relay: see docs/netns.md)"},
					&cli.StringSliceFlag{Name: "nat-forward", Usage: "these providers behind a NAT get a port forward (tcp 4001) and announce the NAT's public address"},
					&cli.StringSliceFlag{Name: "nat-relay", Usage: "these providers behind a NAT (without a forward) are reached through a circuit relay that provider-1 runs"},
				},
				Action: withEnv(devnetUp),
			},
			{
				Name:      "exec",
				Usage:     "run a cairn command as the devnet's client (or --node provider-N): inside its namespace with --netns",
				ArgsUsage: "-- COMMAND [ARGS...]",
				Args:      true,
				Description: `Runs this cairn binary with --devnet DIR and the given arguments, inside the
named node's network namespace when the devnet runs with --netns (so the
client reaches the chain and the providers over the bridge, as over a
network), or directly on a loopback devnet.

Examples:
  cairn devnet exec -- put photo.jpg
  cairn devnet exec -- get -o back.jpg photo.jpg
  cairn devnet exec --node provider-2 -- status`,
				Flags: []cli.Flag{dirFlag(),
					&cli.StringFlag{Name: "node", Value: "client", Usage: "client or provider-N"}},
				Action: withEnv(devnetExec),
			},
			{
				Name:  "down",
				Usage: "stop the devnet in --dir, by PID, and check nothing is left",
				Description: `Stops the supervising ` + "`cairn devnet up`" + ` if there is one, then any provider or
anvil process still running (SIGTERM, SIGKILL after a grace period), checks
that they are gone and anvil's port is closed, and marks devnet.json stopped.
Anvil saves the chain on the way out, so ` + "`cairn devnet up`" + ` resumes it.

Examples:
  cairn devnet down
  cairn devnet down --dir /tmp/devnet`,
				Flags:  []cli.Flag{dirFlag()},
				Action: withEnv(devnetDown),
			},
			{
				Name:            "delay-line",
				Usage:           "the netns devnet's link delay line (started by devnet up --link delay=…; see docs/netns.md)",
				Hidden:          true,
				SkipFlagParsing: true,
				Action:          func(c *cli.Context) error { return testnet.DelayLineMain(c.Args().Slice()) },
			},
			{
				Name:  "status",
				Usage: "show the devnet's processes and each provider's on-chain standing",
				Description: `Examples:
  cairn devnet status
  cairn devnet status --dir /tmp/devnet --json`,
				Flags:  []cli.Flag{dirFlag()},
				Action: withEnv(devnetStatus),
			},
		},
	}
}

func devnetDir(c *cli.Context, e *Env) string {
	if d := c.String("dir"); d != "" {
		return expandHome(d)
	}
	return e.Cfg.DevnetDir
}

// parseBlockTime accepts a Go duration ("500ms", "1s") or seconds ("0.5").
func parseBlockTime(s string) (time.Duration, error) {
	if s == "" {
		return 0, nil
	}
	if d, err := time.ParseDuration(s); err == nil {
		return d, nil
	}
	if v, err := strconv.ParseFloat(s, 64); err == nil && v > 0 {
		return time.Duration(v * float64(time.Second)), nil
	}
	return 0, fmt.Errorf("--block-time %q: want a duration like 1s or 500ms, or seconds like 0.5", s)
}

func devnetUp(c *cli.Context, e *Env) error {
	bt, err := parseBlockTime(c.String("block-time"))
	if err != nil {
		return err
	}
	if _, err := parseSize(c.String("capacity")); err != nil {
		return err
	}
	bin, err := os.Executable()
	if err != nil {
		return fmt.Errorf("find the cairn binary to run providers: %w", err)
	}
	link, err := netns.ParseLink(c.String("link"))
	if err != nil {
		return err
	}
	dir := devnetDir(c, e)
	detach := c.Bool("detach")
	h, err := testnet.Up(c.Context, testnet.DevnetOptions{
		Dir: dir, Providers: c.Int("providers"), EpochBlocks: c.Uint64("epoch-blocks"), BlockTime: bt,
		Binary: bin, Capacity: c.String("capacity"), Reset: c.Bool("reset"), Detached: detach, Log: e.Log,
		Netns: c.Bool("netns"), Link: link, NAT: c.StringSlice("nat"), NATForward: c.StringSlice("nat-forward"), NATRelay: c.StringSlice("nat-relay"), Chain: c.String("chain"),
	})
	if err != nil {
		if errors.Is(err, testnet.ErrDevnetRunning) || errors.Is(err, testnet.ErrDevnetRefused) {
			return err // the message names the next step
		}
		if c.Context.Err() != nil {
			return errors.New("interrupted: everything started was stopped again")
		}
		return hint(fmt.Errorf("devnet up in %s: %w", dir, err), "see the logs in "+dir+"; `cairn devnet up --reset` starts over")
	}
	if err := printDevnet(e, h.Info, h.Resumed); err != nil {
		_ = h.Down()
		return err
	}
	if detach {
		h.Detach()
		e.Log.Info("devnet left running", "dir", dir, "stop", "cairn devnet down --dir "+dir)
		return nil
	}
	e.Log.Info("devnet running: Ctrl-C stops it", "dir", dir)
	return superviseDevnet(c, e, h)
}

// superviseDevnet waits for Ctrl-C (or `cairn devnet down`, which sends
// SIGTERM), then stops everything. A provider that dies is reported, not
// restarted (the market is meant to cope: its slots get repaired); anvil
// dying ends the devnet.
func superviseDevnet(c *cli.Context, e *Env, h *testnet.DevnetHandle) error {
	for {
		select {
		case <-c.Context.Done():
			e.Log.Info("stopping the devnet")
			if err := h.Down(); err != nil {
				return err
			}
			e.Log.Info("devnet stopped; `cairn devnet up` resumes it", "dir", h.Dir)
			return nil
		case <-h.AnvilExited():
			err := h.Down()
			return errors.Join(hint(errors.New("anvil exited: the devnet is stopped"), "see "+h.Info.AnvilLog), err)
		case ex := <-h.Exits():
			if ex.Name != "anvil" {
				e.Log.Warn("devnet process exited; not restarting it", "name", ex.Name, "pid", ex.PID, "err", ex.Err)
			}
		}
	}
}

func printDevnet(e *Env, d *testnet.Devnet, resumed bool) error {
	if e.Out.JSON() {
		return e.Out.Result(d, nil)
	}
	w := e.Out.w
	verb := "started"
	if resumed {
		verb = "resumed"
	}
	tw := newTabWriter(w)
	fmt.Fprintf(tw, "devnet\t%s (%s)\n", verb, d.State)
	fmt.Fprintf(tw, "rpc url\t%s\n", d.RPCURL)
	fmt.Fprintf(tw, "chain id\t%d\n", d.ChainID)
	fmt.Fprintf(tw, "marketplace\t%s (protocol v2, genesis block %d)\n", d.Deployment.Marketplace, d.Deployment.Block)
	fmt.Fprintf(tw, "lens\t%s (facet %s)\n", d.Deployment.Lens, d.Deployment.Facet)
	fmt.Fprintf(tw, "token\t%s\n", d.Deployment.Token)
	fmt.Fprintf(tw, "epochs\t%d blocks of %s\n", d.EpochBlocks, time.Duration(d.BlockTimeMS)*time.Millisecond)
	fmt.Fprintf(tw, "client\t%s (datadir %s)\n", d.Client.Address, d.Client.DataDir)
	chainName := "anvil"
	if d.Chain != "" {
		chainName = d.Chain
	}
	fmt.Fprintf(tw, "%s\tpid %d, log %s\n", chainName, d.AnvilPID, d.AnvilLog)
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	rows := make([][]string, 0, len(d.Providers))
	for _, p := range d.Providers {
		rows = append(rows, []string{strconv.Itoa(p.Index), p.Address.Hex(), p.PeerID, strconv.Itoa(p.PID), "http://" + p.MetricsAddr + "/metrics"})
	}
	if err := e.Out.Table(nil, []string{"PROVIDER", "ADDRESS", "PEER ID", "PID", "METRICS"}, rows); err != nil {
		return err
	}
	if d.Netns != nil {
		_, err := fmt.Fprintf(w, "\nnetwork: bridge %s, chain at %s, link %q\nNext: cairn devnet exec -- put FILE   (each node in its own /24 of 198.18.0.0/15: placement's diversity rule applies)\n",
			d.Netns.Bridge, d.Netns.HostAddr, d.Netns.Link.String())
		return err
	}
	_, err := fmt.Fprintf(w, "\nNext: cairn put FILE   (all providers share 127.0.0.1: address diversity is waived for loopback)\n")
	return err
}

// devnetExec runs cairn as a devnet node; its exit status is the command's.
func devnetExec(c *cli.Context, e *Env) error {
	if c.NArg() == 0 {
		return errors.New("devnet exec: no command given: cairn devnet exec -- put FILE")
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	name, args, err := testnet.ExecCommand(devnetDir(c, e), c.String("node"), self, c.Args().Slice())
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(c.Context, name, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("devnet exec: cairn %s: %w", strings.Join(c.Args().Slice(), " "), err)
	}
	return nil
}

func devnetDown(c *cli.Context, e *Env) error {
	dir := devnetDir(c, e)
	stopped, err := testnet.Down(dir, e.Log)
	if errors.Is(err, testnet.ErrNoDevnet) {
		return hint(err, "pass --dir (or --devnet) to name the devnet's directory")
	}
	if err != nil {
		return fmt.Errorf("devnet down in %s: %w", dir, err)
	}
	return e.Out.Result(map[string]any{"dir": dir, "stopped": stopped}, func(w io.Writer) error {
		if !stopped {
			_, err := fmt.Fprintf(w, "no devnet running in %s\n", dir)
			return err
		}
		_, err := fmt.Fprintf(w, "devnet in %s stopped; `cairn devnet up` resumes it\n", dir)
		return err
	})
}

func devnetStatus(c *cli.Context, e *Env) error {
	dir := devnetDir(c, e)
	r, err := testnet.Inspect(c.Context, dir)
	if errors.Is(err, testnet.ErrNoDevnet) {
		return hint(err, "run `cairn devnet up`, or pass --dir")
	}
	if err != nil {
		return err
	}
	d := r.Devnet
	provs := make([]map[string]any, 0, len(r.Providers))
	rows := make([][]string, 0, len(r.Providers))
	for _, p := range r.Providers {
		v := map[string]any{"index": p.Index, "address": p.Address.Hex(), "peer_id": p.PeerID, "pid": p.PID, "alive": p.Alive,
			"metrics_addr": p.MetricsAddr, "log_file": p.LogFile, "datadir": p.DataDir}
		row := []string{strconv.Itoa(p.Index), p.Address.Hex(), strconv.Itoa(p.PID), yesNo(p.Alive)}
		switch {
		case p.Report != nil:
			rep := p.Report
			held := 0
			for _, s := range rep.Slots {
				if s.State == "holding" {
					held++
				}
			}
			v["registered"], v["slots_held"], v["proofs"], v["misses"] = rep.Registered, held, rep.Proofs, rep.Misses
			v["sets"] = len(rep.Sets)
			v["earned_wei"], v["slashed_wei"], v["collateral_wei"] = rep.Earned.String(), rep.Slashed.String(), rep.Collateral.String()
			v["pending_wei"], v["forfeited_wei"] = rep.Pending.String(), rep.Forfeited.String()
			row = append(row, yesNo(rep.Registered), strconv.Itoa(held), fmt.Sprint(rep.Proofs), fmt.Sprint(rep.Misses),
				FormatToken(new(big.Int).Add(rep.Earned, rep.Pending)), FormatToken(new(big.Int).Add(rep.Slashed, rep.Forfeited)), FormatToken(rep.Collateral))
		case p.Err != nil:
			v["error"] = p.Err.Error()
			row = append(row, "?", "", "", "", "", "", "")
		default:
			row = append(row, "?", "", "", "", "", "", "")
		}
		provs = append(provs, v)
		rows = append(rows, row)
	}
	out := map[string]any{"dir": r.Dir, "state": d.State, "rpc_url": d.RPCURL, "chain_id": d.ChainID,
		"marketplace": d.Deployment.Marketplace.Hex(), "lens": d.Deployment.Lens.Hex(), "facet": d.Deployment.Facet.Hex(), "token": d.Deployment.Token.Hex(),
		"supervisor_pid": d.SupervisorPID, "supervisor_alive": r.SupervisorAlive, "anvil_pid": d.AnvilPID, "anvil_alive": r.AnvilAlive,
		"head": r.Head, "epoch": r.Epoch, "providers": provs}
	if r.ChainErr != nil {
		out["chain_error"] = r.ChainErr.Error()
	}
	if e.Out.JSON() {
		return e.Out.Result(out, nil)
	}
	w := e.Out.w
	fmt.Fprintf(w, "devnet %s: %s, anvil %s (pid %d)", r.Dir, d.State, aliveWord(r.AnvilAlive), d.AnvilPID)
	if d.SupervisorPID != 0 {
		fmt.Fprintf(w, ", supervisor %s (pid %d)", aliveWord(r.SupervisorAlive), d.SupervisorPID)
	}
	fmt.Fprintln(w)
	if r.ChainErr != nil {
		fmt.Fprintf(w, "chain: %s\n", oneLine(r.ChainErr.Error()))
	} else {
		fmt.Fprintf(w, "chain %s: block %d, epoch %d\n", d.RPCURL, r.Head, r.Epoch)
	}
	fmt.Fprintln(w)
	return e.Out.Table(nil, []string{"PROVIDER", "ADDRESS", "PID", "ALIVE", "REGISTERED", "SLOTS", "SET PROOFS", "SET MISSES", "EARNED", "LOST", "COLLATERAL"}, rows)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func aliveWord(b bool) string {
	if b {
		return "running"
	}
	return "stopped"
}
