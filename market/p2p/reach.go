package p2p

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/host/autorelay"
	relayv2 "github.com/libp2p/go-libp2p/p2p/protocol/circuitv2/relay"
	ma "github.com/multiformats/go-multiaddr"
)

// Reachability behind a NAT (docs/netns.md "NAT"). A host that others must
// dial either announces a public address that reaches it (AnnounceAddrs: a
// port forward), or reserves a slot on circuit relay v2 relays (Relays) and
// announces <relay>/p2p-circuit addresses beside its own; a relay is a host
// with RelayService on and a public address.

// Relay service resources: no per-circuit limit on data or duration (the
// circuit v2 default of 128 KiB and 2 minutes per connection would cut any
// shard), so a relayed connection is not "limited" and streams use it at
// once. With a relay that sets limits, libp2p opens no stream over the
// relayed connection and waits for a direct one (hole punching) instead.
const (
	// DefaultRelayMaxReservations and DefaultRelayMaxCircuits (open
	// relayed connections per peer) are a relay's default limits.
	DefaultRelayMaxReservations = 128
	DefaultRelayMaxCircuits     = 16
	relayBufferSize             = 64 << 10 // copy buffer per relayed stream direction
	// relayRetry is how soon a failed reservation is retried (autorelay's
	// default is an hour, too long for a relay that starts after us).
	relayRetry = 5 * time.Second
)

// errRelayBoth refuses a host that both relays and uses relays.
var errRelayBoth = errors.New("relay_service and relays are exclusive: a relay must be publicly reachable itself")

// errNoRelayACL refuses a relay service without access control (Deps.RelayACL).
var errNoRelayACL = errors.New("relay service without an access control list: pass Deps.RelayACL (NewRelayACL)")

// validateReach checks the reachability fields.
func (c Config) validateReach() []error {
	var errs []error
	for _, a := range c.AnnounceAddrs {
		m, err := ma.NewMultiaddr(a)
		if err != nil {
			errs = append(errs, fmt.Errorf("announce_addrs %q: %w", a, err))
			continue
		}
		if isCircuit(m) {
			errs = append(errs, fmt.Errorf("announce_addrs %q: a relayed address; list the relay in relays instead", a))
		}
	}
	if _, err := c.relayInfos(); err != nil {
		errs = append(errs, err)
	}
	if c.RelayService && len(c.Relays) > 0 {
		errs = append(errs, errRelayBoth)
	}
	if c.RelayMaxReservations < 0 || c.RelayMaxCircuits < 0 {
		errs = append(errs, errors.New("relay_max_reservations and relay_max_circuits must not be negative"))
	}
	return errs
}

// relayInfos parses Relays: each a multiaddr ending in /p2p/<relay id>.
func (c Config) relayInfos() ([]peer.AddrInfo, error) {
	var infos []peer.AddrInfo
	for _, a := range c.Relays {
		m, err := ma.NewMultiaddr(a)
		if err != nil {
			return nil, fmt.Errorf("relays %q: %w", a, err)
		}
		ai, err := peer.AddrInfoFromP2pAddr(m)
		if err != nil {
			return nil, fmt.Errorf("relays %q: want a multiaddr ending in /p2p/<relay peer id>: %w", a, err)
		}
		infos = append(infos, *ai)
	}
	return infos, nil
}

// circuitAddrs are the addresses at which relays reach us: each relay
// address followed by /p2p/<relay>/p2p-circuit.
func circuitAddrs(relays []peer.AddrInfo) []ma.Multiaddr {
	var out []ma.Multiaddr
	for _, r := range relays {
		via, err := ma.NewMultiaddr("/p2p/" + r.ID.String() + "/p2p-circuit")
		if err != nil { // a valid peer id always makes one
			continue
		}
		for _, a := range r.Addrs {
			out = append(out, a.Encapsulate(via))
		}
	}
	return out
}

func isCircuit(a ma.Multiaddr) bool {
	_, err := a.ValueForProtocol(ma.P_CIRCUIT)
	return err == nil
}

// reachOptions are the libp2p options for cfg's reachability fields:
// announced addresses, relay client (always on, so a host can dial a
// /p2p-circuit address), static relays with hole punching, relay service
// (with acl, which it needs).
func reachOptions(cfg Config, acl relayv2.ACLFilter) ([]libp2p.Option, error) {
	relays, err := cfg.relayInfos()
	if err != nil {
		return nil, err
	}
	var announce []ma.Multiaddr
	for _, a := range cfg.AnnounceAddrs {
		m, err := ma.NewMultiaddr(a)
		if err != nil {
			return nil, fmt.Errorf("announce_addrs %q: %w", a, err)
		}
		announce = append(announce, m)
	}
	circuits := circuitAddrs(relays)
	opts := []libp2p.Option{libp2p.EnableRelay()}
	if len(announce) > 0 || len(circuits) > 0 {
		opts = append(opts, libp2p.AddrsFactory(func(addrs []ma.Multiaddr) []ma.Multiaddr {
			return announced(addrs, announce, circuits)
		}))
	}
	if len(relays) > 0 {
		opts = append(opts,
			libp2p.EnableAutoRelayWithStaticRelays(relays, autorelay.WithBackoff(relayRetry), autorelay.WithMinInterval(relayRetry)),
			libp2p.ForceReachabilityPrivate(), // the operator says we are behind a NAT: reserve at once
			libp2p.EnableHolePunching(),
		)
	}
	if cfg.RelayService {
		if acl == nil {
			return nil, errNoRelayACL
		}
		opts = append(opts, relayServiceOptions(cfg.RelayMaxReservations, cfg.RelayMaxCircuits, acl)...)
	}
	return opts, nil
}

// relayServiceOptions run a circuit relay v2 service admitting what acl
// admits, with no per-circuit data or time limit, at most maxRes
// reservations and maxCircuits relayed connections per peer. A relay is
// configured to be public: AutoNAT would only delay it.
func relayServiceOptions(maxRes, maxCircuits int, acl relayv2.ACLFilter) []libp2p.Option {
	return []libp2p.Option{
		libp2p.EnableRelayService(
			relayv2.WithResources(relayv2.Resources{
				ReservationTTL:        time.Hour,
				MaxReservations:       maxRes,
				MaxCircuits:           maxCircuits,
				BufferSize:            relayBufferSize,
				MaxReservationsPerIP:  maxRes,
				MaxReservationsPerASN: maxRes,
			}),
			relayv2.WithInfiniteLimits(),
			relayv2.WithACL(acl),
			// every address of ours goes into a reservation, not only
			// globally routable ones (a devnet lives in 198.18.0.0/15)
			relayv2.WithReservationAddressFilter(func(ma.Multiaddr) bool { return true }),
		),
		libp2p.ForceReachabilityPublic(),
	}
}

// announced is what the host announces given its own addresses: the
// configured announce addresses instead of them when there are any, then
// the relay circuit addresses; direct addresses first (placement groups a
// provider by its first address), no duplicates.
func announced(own, announce, circuits []ma.Multiaddr) []ma.Multiaddr {
	base := announce
	if len(base) == 0 {
		base = slices.DeleteFunc(slices.Clone(own), isCircuit)
	}
	out := make([]ma.Multiaddr, 0, len(base)+len(circuits))
	for _, a := range append(slices.Clone(base), circuits...) {
		if !slices.ContainsFunc(out, a.Equal) {
			out = append(out, a)
		}
	}
	return out
}

// directFirst orders addrs with the direct ones before the relayed ones,
// each group in its given order.
func directFirst(addrs []ma.Multiaddr) []ma.Multiaddr {
	out := slices.Clone(addrs)
	slices.SortStableFunc(out, func(a, b ma.Multiaddr) int {
		switch ca, cb := isCircuit(a), isCircuit(b); {
		case ca == cb:
			return 0
		case cb:
			return -1
		default:
			return 1
		}
	})
	return out
}

// ConnAddrs are the remote addresses of our open connections to p: a
// /p2p-circuit address for a relayed one, a direct one after a hole punch.
func (h *Host) ConnAddrs(p peer.ID) []ma.Multiaddr {
	var out []ma.Multiaddr
	for _, c := range h.h.Network().ConnsToPeer(p) {
		out = append(out, c.RemoteMultiaddr())
	}
	return out
}

// logConns logs every connection a host behind relays opens or accepts,
// with its remote address, so a log shows whether a peer came in over
// the relay or directly (after a hole punch).
func (h *Host) logConns() {
	h.h.Network().Notify(&network.NotifyBundle{
		ConnectedF: func(_ network.Network, c network.Conn) {
			h.log.Info("p2p connection", "peer_id", c.RemotePeer(), "remote_addr", c.RemoteMultiaddr(),
				"relayed", isCircuit(c.RemoteMultiaddr()), "direction", c.Stat().Direction.String())
		},
	})
}
