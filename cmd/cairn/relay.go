package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/urfave/cli/v2"

	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/p2p"
)

func relayCommand() *cli.Command {
	return &cli.Command{
		Name:  "relay",
		Usage: "relay for providers behind NATs, without running a provider",
		Subcommands: []*cli.Command{{
			Name:  "run",
			Usage: "run a circuit relay v2 service until Ctrl-C",
			Description: `A public host that providers behind NATs reserve a slot on, so clients and
repairers reach them at <relay>/p2p/<id>/p2p-circuit (the providers run
` + "`cairn provider run --relay <one of the addresses printed>`" + `). The relay
carries the shard data itself, with no per-connection data or time limit,
so it is an open bandwidth sink unless it is choosy: by default it serves
reservations only to registered providers (the peer id of their on-chain
peer info, read from the chain and re-read every 30 s, and at once for an
unknown peer's reservation, at most every 2 s), plus the peers named by
--allow; --allow-any serves anyone. A circuit is relayed only to a peer it
admits, from anyone (clients must reach the provider). Every relayed byte
crosses the relay's link twice.

The relay's identity key is <datadir>/relay/identity.key (created on first
run, mode 0600), so its peer id and addresses stay the same across
restarts. On start it prints its peer id and full addresses (--json: one
line {"peer_id", "addrs"}) and logs to stderr. See docs/netns.md, NAT.

Examples:
  cairn relay run --listen /ip4/0.0.0.0/tcp/4001 --announce /ip4/198.51.100.9/tcp/4001
  cairn relay run --devnet ~/.cairn/devnet --json        # registered providers of the devnet's chain
  cairn relay run --allow 12D3KooWAbc… --allow 12D3KooWDef…  # and these peers, registered or not
  cairn relay run --no-registry --allow 12D3KooWAbc…     # only these peers; reads no chain
  cairn relay run --allow-any                             # an open relay (no chain needed)
  # then, behind a NAT:
  cairn provider run --relay /ip4/198.51.100.9/tcp/4001/p2p/12D3KooW…`,
			Flags: append([]cli.Flag{
				&cli.StringSliceFlag{Name: "listen", Value: cli.NewStringSlice("/ip4/0.0.0.0/tcp/4001"), Usage: "libp2p listen multiaddr (must be reachable by providers and clients)"},
				&cli.StringSliceFlag{Name: "announce", Usage: "multiaddr to announce instead of the listen addresses (a public address forwarded to --listen's)"},
				&cli.BoolFlag{Name: "no-registry", Usage: "admit only the --allow peers: do not read the registered providers from the chain"},
			}, relayLimitFlags("")...),
			Action: withEnv(relayRun),
		}},
	}
}

// relayLimitFlags are the access and limit flags of a relay; prefix is
// "relay-" on `provider run`, "" on `relay run`.
func relayLimitFlags(prefix string) []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: prefix + "allow", Usage: "peer id to relay for besides the registered providers (repeatable)"},
		&cli.BoolFlag{Name: prefix + "allow-any", Usage: "relay for any peer: an open relay (reads no chain)"},
		&cli.IntFlag{Name: prefix + "max-reservations", Value: p2p.DefaultRelayMaxReservations, Usage: "reservations held at once"},
		&cli.IntFlag{Name: prefix + "max-circuits", Value: p2p.DefaultRelayMaxCircuits, Usage: "open relayed connections per peer"},
	}
}

// relayACLConfig reads the access flags (prefix as in relayLimitFlags).
func relayACLConfig(c *cli.Context, prefix string) (p2p.RelayACLConfig, error) {
	cfg := p2p.RelayACLConfig{AllowAny: c.Bool(prefix + "allow-any")}
	for _, s := range c.StringSlice(prefix + "allow") {
		id, err := peer.Decode(s)
		if err != nil {
			return cfg, hint(fmt.Errorf("--%sallow %q: %w", prefix, s, err), "give a libp2p peer id like 12D3KooW…")
		}
		cfg.Allow = append(cfg.Allow, id)
	}
	return cfg, nil
}

// errRelayNobody refuses a relay that would admit nobody.
var errRelayNobody = errors.New("--no-registry without --allow admits nobody")

func relayRun(c *cli.Context, e *Env) error {
	ctx := c.Context
	aclCfg, err := relayACLConfig(c, "")
	if err != nil {
		return err
	}
	rcfg := p2p.RelayConfig{ListenAddrs: c.StringSlice("listen"), AnnounceAddrs: c.StringSlice("announce"),
		MaxReservations: c.Int("max-reservations"), MaxCircuits: c.Int("max-circuits")}
	rcfg.EnsureDefaults()
	if err := rcfg.Validate(); err != nil {
		return hint(err, "see `cairn relay run --help`")
	}
	var src p2p.RelayPeers
	switch {
	case aclCfg.AllowAny:
	case c.Bool("no-registry"):
		if len(aclCfg.Allow) == 0 {
			return hint(errRelayNobody, "name the peers with --allow, or drop --no-registry to admit registered providers")
		}
	default:
		s, err := e.openSession(ctx, c, false, false)
		if err != nil {
			return hint(err, "the relay reads the registered providers from the chain: give --rpc-url and --marketplace (or --devnet), or --allow-any / --no-registry")
		}
		defer s.Close()
		src = market.NewProviderPeers(s.market)
	}
	acl, err := p2p.NewRelayACL(aclCfg, e.Log, src)
	if err != nil {
		return err
	}
	key, err := p2p.LoadOrCreateIdentity(filepath.Join(e.Cfg.DataDir, "relay", "identity.key"))
	if err != nil {
		return err
	}
	relay, err := p2p.NewRelay(rcfg, e.Log, key, acl)
	if err != nil {
		return err
	}
	defer relay.Close()
	addrs := make([]string, 0, len(relay.Addrs()))
	for _, a := range relay.Addrs() {
		addrs = append(addrs, a.String())
	}
	e.Log.Info("relay running", "peer_id", relay.ID(), "addrs", addrs, "allow_any", aclCfg.AllowAny,
		"allowed", len(aclCfg.Allow), "registry", src != nil, "max_reservations", rcfg.MaxReservations, "max_circuits", rcfg.MaxCircuits)
	if err := printRelay(e, relay.ID(), addrs); err != nil {
		return err
	}
	err = acl.Run(ctx) // until Ctrl-C; the relay serves meanwhile
	e.Log.Info("relay stopped")
	return err
}

// printRelay prints the relay's id and addresses: one JSON line with
// --json (a daemon's status line, read while it runs), else text.
func printRelay(e *Env, id peer.ID, addrs []string) error {
	if e.Out.JSON() {
		b, err := json.Marshal(map[string]any{"peer_id": id.String(), "addrs": addrs})
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(e.Out.w, "%s\n", b)
		return err
	}
	return e.Out.Result(nil, func(w io.Writer) error {
		fmt.Fprintf(w, "relay %s\n", id)
		for _, a := range addrs {
			fmt.Fprintf(w, "  %s\n", a)
		}
		return nil
	})
}

// providerRelayACL is the access control of `provider run --relay-service`:
// the same as `relay run`'s, over the registered providers of m's chain.
func providerRelayACL(c *cli.Context, e *Env, s *session) (*p2p.RelayACL, error) {
	cfg, err := relayACLConfig(c, "relay-")
	if err != nil {
		return nil, err
	}
	var src p2p.RelayPeers
	if !cfg.AllowAny {
		src = market.NewProviderPeers(s.market)
	}
	return p2p.NewRelayACL(cfg, e.Log, src)
}
