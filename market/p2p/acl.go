package p2p

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	relayv2 "github.com/libp2p/go-libp2p/p2p/protocol/circuitv2/relay"
	ma "github.com/multiformats/go-multiaddr"
)

// Relay access control (docs/netns.md, "Relay access"). A relay with no
// data limit carries anyone's bytes, so a relay serves reservations only
// to the peers it admits: by default every registered provider (the peer
// id of its on-chain peer info), plus an explicit allow list, or anyone
// when AllowAny says so. A circuit is allowed only to an admitted peer
// (the one behind the NAT); its source, a client or a repairer, may be
// anyone, since that is who must reach a provider.

// RelayPeers lists the peer ids of the registered providers. The list is
// read whole on each call; an implementation may cache.
type RelayPeers interface {
	RelayPeers(ctx context.Context) ([]peer.ID, error)
}

// RelayACLConfig configures a RelayACL.
type RelayACLConfig struct {
	// AllowAny admits every peer: an open relay (then no registry is read).
	AllowAny bool
	// Allow admits these peers besides the registered providers.
	Allow []peer.ID
	// Refresh is how often the registry is re-read. Default 30s.
	Refresh time.Duration
	// MinRefresh is the soonest after the last read that a reservation
	// from an unknown peer re-reads the registry before it is answered (so
	// a provider that just registered is admitted at its next try, and
	// strangers cost at most one read per MinRefresh). Default 2s.
	MinRefresh time.Duration
}

// ErrNoRelayPeers refuses a RelayACL that could admit nobody: no registry,
// no allow list and not AllowAny.
var ErrNoRelayPeers = errors.New("relay acl: no registry of providers, no allowed peers and not allow_any: the relay would admit nobody")

// RelayACL is a circuit relay v2 ACLFilter over the registered providers.
// Its methods are safe for concurrent use; the relay's handlers only read
// an in-memory set, and reading the registry happens in Run or Step.
type RelayACL struct {
	cfg RelayACLConfig
	log *slog.Logger
	src RelayPeers // nil: the allow list alone

	mu         sync.Mutex
	registered map[peer.ID]bool
	allow      map[peer.ID]bool
	lastRead   time.Time
	reading    bool // a reservation's re-read is under way
}

// rereadTimeout bounds the registry read a reservation waits for.
const rereadTimeout = 5 * time.Second

var _ relayv2.ACLFilter = (*RelayACL)(nil)

// NewRelayACL makes an ACL reading src (nil: no registry). It reads
// nothing until Step or Run.
func NewRelayACL(cfg RelayACLConfig, log *slog.Logger, src RelayPeers) (*RelayACL, error) {
	if cfg.Refresh <= 0 {
		cfg.Refresh = 30 * time.Second
	}
	if cfg.MinRefresh <= 0 {
		cfg.MinRefresh = 2 * time.Second
	}
	if !cfg.AllowAny && src == nil && len(cfg.Allow) == 0 {
		return nil, ErrNoRelayPeers
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	a := &RelayACL{cfg: cfg, log: log.With("component", "relay_acl"), src: src,
		registered: map[peer.ID]bool{}, allow: map[peer.ID]bool{}}
	for _, p := range cfg.Allow {
		a.allow[p] = true
	}
	return a, nil
}

// Admitted reports whether p may reserve and be reached through the relay.
func (a *RelayACL) Admitted(p peer.ID) bool {
	if a.cfg.AllowAny {
		return true
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.allow[p] || a.registered[p]
}

// AllowReserve admits a reservation from an admitted peer. For an unknown
// peer it first re-reads the registry (bounded by rereadTimeout), unless
// a re-read is under way or the last read is younger than MinRefresh, so a
// provider that registered since the last read is admitted at once.
func (a *RelayACL) AllowReserve(p peer.ID, addr ma.Multiaddr) bool {
	if a.Admitted(p) || a.reread(p) {
		return true
	}
	a.log.Debug("relay reservation refused: not a registered provider nor allowed", "peer_id", p, "remote_addr", addr)
	return false
}

// reread re-reads the registry for a peer about to be refused and
// reports whether it is admitted now.
func (a *RelayACL) reread(p peer.ID) bool {
	if a.src == nil {
		return false
	}
	a.mu.Lock()
	if a.reading || time.Since(a.lastRead) < a.cfg.MinRefresh {
		a.mu.Unlock()
		return false
	}
	a.reading = true
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		a.reading = false
		a.mu.Unlock()
	}()
	ctx, cancel := context.WithTimeout(context.Background(), rereadTimeout)
	defer cancel()
	if err := a.Step(ctx); err != nil {
		a.log.Warn("relay acl re-read for a reservation", "peer_id", p, "err", err)
		return false
	}
	return a.Admitted(p)
}

// AllowConnect admits a circuit to an admitted peer, from anyone.
func (a *RelayACL) AllowConnect(src peer.ID, srcAddr ma.Multiaddr, dest peer.ID) bool {
	if a.Admitted(dest) {
		return true
	}
	a.log.Debug("relay circuit refused: destination not admitted", "peer_id", src, "remote_addr", srcAddr, "dest_peer_id", dest)
	return false
}

// Step re-reads the registry now and replaces the registered set. On an
// error the last set stays.
func (a *RelayACL) Step(ctx context.Context) error {
	if a.src == nil || a.cfg.AllowAny {
		return nil
	}
	ids, err := a.src.RelayPeers(ctx)
	a.mu.Lock()
	defer a.mu.Unlock()
	a.lastRead = time.Now()
	if err != nil {
		return fmt.Errorf("relay acl: read registered providers: %w", err)
	}
	set := make(map[peer.ID]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	if len(set) != len(a.registered) {
		a.log.Info("registered providers admitted to the relay", "count", len(set))
	}
	a.registered = set
	return nil
}

// Run reads the registry at once, then every Refresh, until ctx ends; a
// failed read is logged and retried at the next tick. It returns nil on
// cancellation.
func (a *RelayACL) Run(ctx context.Context) error {
	if a.src == nil || a.cfg.AllowAny {
		<-ctx.Done()
		return nil
	}
	t := time.NewTicker(a.cfg.Refresh)
	defer t.Stop()
	for {
		if err := a.Step(ctx); err != nil && ctx.Err() == nil {
			a.log.Warn("relay acl refresh", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
