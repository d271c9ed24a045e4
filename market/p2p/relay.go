package p2p

import (
	"errors"
	"fmt"
	"log/slog"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/muxer/yamux"
	relayv2 "github.com/libp2p/go-libp2p/p2p/protocol/circuitv2/relay"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	ma "github.com/multiformats/go-multiaddr"
)

// RelayConfig configures a standalone relay (NewRelay): a libp2p host
// that only relays for providers behind NATs and serves no shards.
type RelayConfig struct {
	// ListenAddrs are the multiaddrs to listen on. Default
	// /ip4/127.0.0.1/tcp/0; a real relay lists a public address.
	ListenAddrs []string
	// AnnounceAddrs, when set, are announced instead of the listen
	// addresses (a public address forwarded to ours).
	AnnounceAddrs []string
	// MaxReservations and MaxCircuits (per peer) bound the service.
	// Default DefaultRelayMaxReservations, DefaultRelayMaxCircuits.
	MaxReservations int
	MaxCircuits     int
}

// EnsureDefaults fills in zero fields.
func (c *RelayConfig) EnsureDefaults() {
	if len(c.ListenAddrs) == 0 {
		c.ListenAddrs = []string{"/ip4/127.0.0.1/tcp/0"}
	}
	setDefault(&c.MaxReservations, DefaultRelayMaxReservations)
	setDefault(&c.MaxCircuits, DefaultRelayMaxCircuits)
}

// Validate reports every invalid field.
func (c RelayConfig) Validate() error {
	var errs []error
	for _, a := range c.ListenAddrs {
		if _, err := ma.NewMultiaddr(a); err != nil {
			errs = append(errs, fmt.Errorf("listen %q: %w", a, err))
		}
	}
	for _, a := range c.AnnounceAddrs {
		m, err := ma.NewMultiaddr(a)
		if err != nil {
			errs = append(errs, fmt.Errorf("announce %q: %w", a, err))
		} else if isCircuit(m) {
			errs = append(errs, fmt.Errorf("announce %q: a relay announces direct addresses only", a))
		}
	}
	if c.MaxReservations <= 0 || c.MaxCircuits <= 0 {
		errs = append(errs, errors.New("max reservations and max circuits must be positive"))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("relay config: %w", err)
	}
	return nil
}

// Relay is a running standalone circuit relay v2 service.
type Relay struct {
	h   host.Host
	log *slog.Logger
}

// NewRelay starts a relay with identity priv, admitting what acl admits
// (a RelayACL, which the caller runs). It relays at once; Close stops it.
func NewRelay(cfg RelayConfig, log *slog.Logger, priv crypto.PrivKey, acl relayv2.ACLFilter) (*Relay, error) {
	cfg.EnsureDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if priv == nil {
		return nil, errors.New("p2p: new relay: nil identity key")
	}
	if acl == nil {
		return nil, errNoRelayACL
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var announce []ma.Multiaddr
	for _, a := range cfg.AnnounceAddrs {
		m, err := ma.NewMultiaddr(a)
		if err != nil {
			return nil, fmt.Errorf("p2p: relay announce %q: %w", a, err)
		}
		announce = append(announce, m)
	}
	opts := []libp2p.Option{
		libp2p.Identity(priv),
		libp2p.ListenAddrStrings(cfg.ListenAddrs...),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Security(noise.ID, noise.New),
		libp2p.Muxer(yamux.ID, yamux.DefaultTransport),
		libp2p.DisableMetrics(),
		libp2p.Ping(false),
	}
	if len(announce) > 0 {
		opts = append(opts, libp2p.AddrsFactory(func(own []ma.Multiaddr) []ma.Multiaddr { return announced(own, announce, nil) }))
	}
	h, err := libp2p.New(append(opts, relayServiceOptions(cfg.MaxReservations, cfg.MaxCircuits, acl)...)...)
	if err != nil {
		return nil, fmt.Errorf("p2p: new relay on %v: %w", cfg.ListenAddrs, err)
	}
	r := &Relay{h: h, log: log.With("component", "relay")}
	h.Network().Notify(&network.NotifyBundle{
		ConnectedF: func(_ network.Network, c network.Conn) {
			r.log.Debug("relay connection", "peer_id", c.RemotePeer(), "remote_addr", c.RemoteMultiaddr())
		},
	})
	return r, nil
}

// ID is the relay's peer id.
func (r *Relay) ID() peer.ID { return r.h.ID() }

// Addrs are the relay's full multiaddrs, each ending in /p2p/<id>: what a
// provider passes as --relay.
func (r *Relay) Addrs() []ma.Multiaddr {
	info := peer.AddrInfo{ID: r.h.ID(), Addrs: r.h.Addrs()}
	addrs, err := peer.AddrInfoToP2pAddrs(&info)
	if err != nil { // only for an empty id, which a host never has
		return nil
	}
	return addrs
}

// Close stops relaying and closes every connection. It is idempotent.
func (r *Relay) Close() error {
	if err := r.h.Close(); err != nil {
		return fmt.Errorf("p2p: close relay: %w", err)
	}
	return nil
}
