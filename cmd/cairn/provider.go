package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
	"golang.org/x/sync/errgroup"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/wallet"
	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/testnet"
)

func providerCommand() *cli.Command {
	return &cli.Command{
		Name:  "provider",
		Usage: "rent out disk space: run a provider, inspect it",
		Subcommands: []*cli.Command{
			{
				Name:  "run",
				Usage: "run a provider until Ctrl-C",
				Description: `Protocol v2: each volume (a disk, one failure domain) is one proof set, and the
provider sends ONE proveSet per set per epoch whatever the set holds. It
registers the wallet as a provider, sells slots of new storage requests that
meet the policy into a volume with room, receives and verifies shards, fills,
proves, answers audits, accepts extensions, removes members at their end,
settles its tenures and withdraws earnings; a scrubber re-verifies every
stored shard and declares a lost one before a challenge finds it. It also
settles sets of other providers that stopped proving (settleSet) and repairs
the slots they freed.

Volumes are [[provider.volume]] entries of the config file (path, capacity);
without any, one volume lives in <datadir>/provider/store with --capacity.
/metrics and /health are served on --metrics-addr (127.0.0.1 only by default).

Behind a NAT, clients must still reach the provider: either forward a port
on the NAT to --listen's and --announce the public address, or --relay
through a public relay: ` + "`cairn relay run`" + ` or a provider that runs --relay-service
(docs/netns.md, NAT). A relay serves registered providers only, unless
--relay-allow names more peers or --relay-allow-any opens it to anyone.

Examples:
  cairn provider run --capacity 100GiB --password-file pw.txt
  cairn provider run --listen /ip4/0.0.0.0/tcp/4001 --min-price 0.5 --metrics-addr 127.0.0.1:9464

  # behind a NAT whose port 4001 is forwarded to this host's 4001
  cairn provider run --listen /ip4/0.0.0.0/tcp/4001 --announce /ip4/203.0.113.7/tcp/4001
  # behind a NAT without a forward: through a relay (cairn relay run, or a provider with --relay-service)
  cairn provider run --relay /ip4/198.51.100.9/tcp/4001/p2p/12D3KooW…
  # a public provider that also relays for registered providers (and one more peer)
  cairn provider run --listen /ip4/0.0.0.0/tcp/4001 --relay-service --relay-allow 12D3KooW…

  # config.toml: two disks, two proof sets
  [[provider.volume]]
  path = "/mnt/disk1/cairn"
  capacity = "4TiB"
  [[provider.volume]]
  path = "/mnt/disk2/cairn"
  capacity = "4TiB"`,
				Flags: append([]cli.Flag{
					passwordFileFlag(),
					&cli.StringFlag{Name: "capacity", Value: "10GiB", Usage: "disk space to sell"},
					&cli.StringFlag{Name: "min-price", Value: "0.01", Usage: "lowest price per slot per epoch, tokens (the default floor keeps free requests from tying up deposits)"},
					&cli.StringFlag{Name: "max-shard-size", Value: "4GiB", Usage: "largest shard accepted"},
					&cli.StringFlag{Name: "collateral-budget", Usage: "most collateral locked by reservations in flight, tokens (default: no limit)"},
					&cli.IntFlag{Name: "max-concurrent-fills", Value: market.DefaultProviderConfig().Sales.MaxPending, Usage: "reservations awaiting their shard at once"},
					&cli.StringSliceFlag{Name: "listen", Usage: "libp2p listen multiaddr (default /ip4/127.0.0.1/tcp/0)"},
					&cli.StringSliceFlag{Name: "announce", Usage: "multiaddr to announce and register on chain instead of the listen addresses: a NAT's public address with a port forwarded to --listen's (e.g. /ip4/203.0.113.7/tcp/4001)"},
					&cli.StringSliceFlag{Name: "relay", Usage: "circuit relay v2 relay to be reached through from behind a NAT, a multiaddr ending in /p2p/<peer id>; registers <relay>/p2p-circuit beside the direct addresses and tries hole punching"},
					&cli.BoolFlag{Name: "relay-service", Usage: "relay for registered providers behind NATs, as `cairn relay run` does (needs a public --listen; no per-connection data limit; see --relay-allow)"},
					&cli.StringFlag{Name: "metrics-addr", Value: "127.0.0.1:0", Usage: "address of /metrics and /health (empty: off)"},
					&cli.Uint64Flag{Name: "confirmations", Value: market.DefaultProviderConfig().Confirmations, Usage: "blocks deep the node ledger reads the chain (its services decide on that view); must stay under half an epoch (default: 2 on anvil, 12 elsewhere)"},
					&cli.DurationFlag{Name: "poll", Value: market.DefaultProviderConfig().Poll, Usage: "how often the services read the chain's head; they step once per new block, so a quarter of the block time or less reacts within a block (the devnet passes that)"},
					&cli.BoolFlag{Name: "no-repair", Usage: "do not take freed slots"},
					&cli.BoolFlag{Name: "no-settle", Usage: "do not settle others' missed epochs"},
				}, relayLimitFlags("relay-")...),
				Action: withEnv(providerRun),
			},
			{
				Name:  "status",
				Usage: "show a provider's proof sets (state, members, head, proven/missed, store) and slots",
				Description: `Per proof set: its state, live members, recorded head, the epochs it proved
and missed (from the chain) and its store's used/capacity (from the running
provider's status file, for this wallet's provider). Then every slot the
provider holds or held, with its kind, pay and slashes.

Examples:
  cairn provider status
  cairn provider status --address 0x90F79bf6EB2c4f870365E785982E1f101E93b906 --json`,
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "address", Usage: "provider address (default: this wallet's)"},
				},
				Action: withEnv(providerStatus),
			},
		},
	}
}

func providerRun(c *cli.Context, e *Env) error {
	ctx := c.Context
	cfg := market.DefaultProviderConfig()
	pol := &cfg.Sales.Policy
	var err error
	if pol.MinPrice, err = parseTokens(c.String("min-price")); err != nil {
		return err
	}
	if pol.MaxShardSize, err = parseSize(c.String("max-shard-size")); err != nil {
		return err
	}
	if b := c.String("collateral-budget"); b != "" {
		if pol.MaxCollateral, err = parseTokens(b); err != nil {
			return err
		}
	}
	capacity, err := parseSize(c.String("capacity"))
	if err != nil {
		return err
	}
	cfg.Sales.MaxPending = c.Int("max-concurrent-fills")
	cfg.Repairer.Policy = *pol
	cfg.Repair, cfg.Settle = !c.Bool("no-repair"), !c.Bool("no-settle")
	cfg.Confirmations = c.Uint64("confirmations")
	cfg.Poll = c.Duration("poll")
	if err := cfg.Validate(); err != nil {
		return err
	}
	s, err := e.openSession(ctx, c, true, false)
	if err != nil {
		return err
	}
	defer s.Close()
	if !c.IsSet("confirmations") {
		cfg.Confirmations = chain.ConfirmationsFor(s.market.Client().ChainIDValue().Uint64())
	}
	dir := filepath.Join(s.datadir, "provider")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	d := market.ProviderDir{Dir: dir, Volumes: e.Cfg.Volumes, Capacity: capacity, P2P: p2p.Config{
		ListenAddrs: c.StringSlice("listen"), AnnounceAddrs: c.StringSlice("announce"),
		Relays: c.StringSlice("relay"), RelayService: c.Bool("relay-service"),
		RelayMaxReservations: c.Int("relay-max-reservations"), RelayMaxCircuits: c.Int("relay-max-circuits"),
	}}
	if d.P2P.RelayService {
		if d.RelayACL, err = providerRelayACL(c, e, s); err != nil {
			return err
		}
	}
	if len(d.Volumes) == 0 {
		e.Log.Info("one volume", "path", filepath.Join(dir, "store"), "capacity", FormatSize(capacity))
	} else {
		e.Log.Info("volumes from the config file", "volumes", volumesSummary(d.Volumes))
	}
	p, err := market.OpenProviderContext(ctx, cfg, e.Log, s.market, d)
	if err != nil {
		return err
	}
	defer p.Close()
	sets := make([]uint64, 0, len(p.Volumes()))
	for _, v := range p.Volumes() {
		sets = append(sets, v.SetID)
	}
	e.Log.Info("provider starting", "address", p.Address(), "peer_id", p.Host().ID(), "sets", sets,
		"marketplace", s.market.Address(), "protocol", 2)
	gauges := newProviderGauges(p.ChainStats)
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return p.Run(gctx) })
	if d.RelayACL != nil {
		g.Go(func() error { return d.RelayACL.Run(gctx) })
	}
	g.Go(func() error { return reportStatus(gctx, e, s, p, dir, gauges) })
	if addr := c.String("metrics-addr"); addr != "" {
		ready := make(chan string, 1)
		g.Go(func() error { return market.ServeMetrics(gctx, addr, gauges.reg, p.Health, ready) })
		select {
		case a := <-ready:
			e.Log.Info("metrics", "url", "http://"+a+"/metrics", "health", "http://"+a+"/health")
			writeRuntimeFile(filepath.Join(dir, "metrics.addr"), a)
		case <-gctx.Done():
		}
	}
	writeRuntimeFile(filepath.Join(dir, "peer.id"), p.Host().ID().String())
	err = g.Wait()
	e.Log.Info("provider stopped")
	if ctx.Err() != nil {
		return nil
	}
	return err
}

// reportStatus refreshes, once per new epoch until ctx ends, the provider's
// status file (for `cairn provider status`) and its metrics.
func reportStatus(ctx context.Context, e *Env, s *session, p *market.Provider, dir string, g *providerGauges) error {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	last := ^uint64(0)
	for {
		if epoch, _, err := s.market.Clock.Current(ctx); err == nil && epoch != last {
			st, err := p.Status(ctx)
			if err != nil && ctx.Err() == nil {
				e.Log.Warn("provider status", "err", err)
			}
			g.set(st)
			ls := localStatus{WrittenAt: time.Now().UTC(), Epoch: epoch}
			for _, set := range st.Sets {
				ls.Sets = append(ls.Sets, localSet{SetID: set.SetID, Path: set.Volume, Used: set.Bytes, Capacity: set.Capacity})
			}
			if err := writeLocalStatus(dir, ls); err != nil {
				e.Log.Warn("write provider status file", "err", err)
			}
			last = epoch
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// writeRuntimeFile leaves a small fact for scripts (devnet, demo) to read.
func writeRuntimeFile(path, v string) { _ = os.WriteFile(path, []byte(v+"\n"), 0o600) }

func providerStatus(c *cli.Context, e *Env) error {
	ctx := c.Context
	addrFlag := c.String("address")
	s, err := e.openSession(ctx, c, false, false) // read-only: no password needed
	if err != nil {
		return err
	}
	defer s.Close()
	var who common.Address
	if addrFlag == "" {
		if who, err = wallet.ReadAddress(e.Cfg.DataDir); err != nil {
			return hint(err, "pass --address, or --datadir of the provider")
		}
	} else if who, err = addressArg(addrFlag, s); err != nil {
		return err
	}
	rep, err := testnet.ReadProviderReport(ctx, s.market, who)
	if err != nil {
		return err
	}
	local := localSets(e, s, addrFlag == "")
	return e.Out.Result(providerJSON(rep, local), func(w io.Writer) error {
		fmt.Fprintf(w, "provider %s (registered: %v)\n", rep.Address, rep.Registered)
		fmt.Fprintf(w, "token balance %s, withdrawable %s\n", FormatToken(rep.TokenBalance), FormatToken(rep.Withdrawable))
		fmt.Fprintf(w, "set-epochs proven %d, missed %d; earned %s (+%s proven, not yet settled), slashed %s, forfeited %s, collateral locked %s\n\n",
			rep.Proofs, rep.Misses, FormatToken(rep.Earned), FormatToken(rep.Pending), FormatToken(rep.Slashed), FormatToken(rep.Forfeited), FormatToken(rep.Collateral))
		tw := newTabWriter(w)
		fmt.Fprintln(tw, "SET\tSTATE\tMEMBERS\tHEAD\tPROVEN\tMISSED\tSTORE")
		for _, st := range rep.Sets {
			store := "-"
			if l, ok := local[st.ID]; ok {
				store = FormatSize(l.Used) + " / " + FormatSize(l.Capacity)
			}
			fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t%d\t%d\t%s\n", st.ID, st.State, st.Live, st.Head, st.CumProven, st.CumMissed, store)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		if len(rep.Slots) == 0 {
			return nil
		}
		fmt.Fprintln(w)
		tw = newTabWriter(w)
		fmt.Fprintln(tw, "REQUEST\tSLOT\tSET\tKIND\tSTATE\tPROVEN\tEND\tEARNED\tPENDING\tSLASHED")
		for _, h := range rep.Slots {
			fmt.Fprintf(tw, "0x%x…\t%d\t%d\t%s\t%s\t%d\t%d\t%s\t%s\t%s\n", h.Request[:6], h.Index, h.SetID, h.Kind, h.State, h.Proven, h.End,
				FormatToken(h.Earned), FormatToken(h.Pending), FormatToken(h.Slashed))
		}
		return tw.Flush()
	})
}

func providerJSON(r testnet.ProviderReport, local map[uint64]localSet) map[string]any {
	sets := make([]map[string]any, 0, len(r.Sets))
	for _, st := range r.Sets {
		v := map[string]any{"set_id": st.ID, "state": st.State, "live_members": st.Live, "head": st.Head,
			"proven": st.CumProven, "missed": st.CumMissed}
		if l, ok := local[st.ID]; ok {
			v["store_used"], v["store_capacity"], v["path"] = l.Used, l.Capacity, l.Path
		}
		sets = append(sets, v)
	}
	slots := make([]map[string]any, 0, len(r.Slots))
	for _, h := range r.Slots {
		slots = append(slots, map[string]any{
			"request_id": hex32(h.Request), "index": h.Index, "set_id": h.SetID, "tenure_id": h.Tenure.String(), "kind": h.Kind,
			"state": h.State, "proven": h.Proven, "end_epoch": h.End, "earned_wei": h.Earned.String(), "slashed_wei": h.Slashed.String(),
			"pending_wei":    h.Pending.String(),
			"collateral_wei": h.Collateral.String(), "repair": h.Kind == "repair",
		})
	}
	return map[string]any{
		"address": r.Address.Hex(), "registered": r.Registered, "token_balance_wei": r.TokenBalance.String(),
		"withdrawable_wei": r.Withdrawable.String(), "proofs": r.Proofs, "misses": r.Misses,
		"earned_wei": r.Earned.String(), "slashed_wei": r.Slashed.String(), "collateral_wei": r.Collateral.String(),
		"pending_wei": r.Pending.String(), "forfeited_wei": r.Forfeited.String(), "sets": sets, "slots": slots,
	}
}
