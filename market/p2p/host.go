package p2p

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	"github.com/libp2p/go-libp2p/core/protocol"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/muxer/yamux"
	relayv2 "github.com/libp2p/go-libp2p/p2p/protocol/circuitv2/relay"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	ma "github.com/multiformats/go-multiaddr"
)

// Deps are what a serving Host needs from the provider. A host that only pushes and
// fetches (a client, a repairer's outbound side) passes the zero Deps and never calls
// Run. A nil Source or Sink refuses that operation with StatusUnsupported.
type Deps struct {
	Authorizer Authorizer
	Source     ShardSource
	Sink       ShardSink
	// Reservations answers OpReserving (nil: refused as unsupported).
	Reservations ReservationSource
	// RelayACL admits the peers a relay service (Config.RelayService)
	// serves; required with it (NewRelayACL). The caller runs it.
	RelayACL relayv2.ACLFilter
}

// Host is a libp2p host speaking /cairn/shard/1. Its methods are safe for concurrent
// use.
type Host struct {
	cfg    Config
	dom    Domain
	log    *slog.Logger
	h      host.Host
	deps   Deps
	self   [32]byte // PeerHash(own id)
	nonces *nonceCache
	sem    chan struct{} // bounds concurrently served streams
	peers  *peerLimiter  // per-peer request rate

	pushMu  sync.Mutex
	pushing map[[32]byte]struct{} // slots with a push in progress

	mu      sync.Mutex
	closed  bool
	serving bool
	wg      sync.WaitGroup // served streams

	done      chan struct{} // closed by Close
	closeOnce sync.Once
	closeErr  error
}

// New creates the libp2p host with identity priv and binds cfg.ListenAddrs (so Addrs
// is valid at once), but serves nothing until Run. cfg's zero fields get defaults.
// The caller must Close the host.
func New(cfg Config, log *slog.Logger, priv crypto.PrivKey, deps Deps) (*Host, error) {
	cfg.EnsureDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if priv == nil {
		return nil, errors.New("p2p: new host: nil identity key")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	limits := rcmgr.PartialLimitConfig{
		Protocol: map[protocol.ID]rcmgr.ResourceLimits{ProtocolID: {
			StreamsInbound: rcmgr.LimitVal(2 * cfg.MaxStreams), // the semaphore refuses the excess busy
		}},
		ProtocolPeer: map[protocol.ID]rcmgr.ResourceLimits{ProtocolID: {
			StreamsInbound:  rcmgr.LimitVal(cfg.MaxStreamsPerPeer),
			StreamsOutbound: rcmgr.LimitVal(cfg.MaxStreamsPerPeer),
		}},
	}.Build(rcmgr.DefaultLimits.AutoScale())
	rm, err := rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(limits))
	if err != nil {
		return nil, fmt.Errorf("p2p: resource manager: %w", err)
	}
	reach, err := reachOptions(cfg, deps.RelayACL)
	if err != nil {
		_ = rm.Close()
		return nil, fmt.Errorf("p2p: %w", err)
	}
	h, err := libp2p.New(append([]libp2p.Option{
		libp2p.ResourceManager(rm),
		libp2p.Identity(priv),
		libp2p.ListenAddrStrings(cfg.ListenAddrs...),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Security(noise.ID, noise.New),
		libp2p.Muxer(yamux.ID, yamux.DefaultTransport),
		libp2p.DisableMetrics(),
		libp2p.Ping(false),
	}, reach...)...)
	if err != nil {
		_ = rm.Close()
		return nil, fmt.Errorf("p2p: new libp2p host on %v: %w", cfg.ListenAddrs, err)
	}
	host := &Host{
		cfg:     cfg,
		dom:     cfg.Domain(),
		log:     log.With("component", "p2p"),
		h:       h,
		deps:    deps,
		self:    PeerHash(h.ID()),
		nonces:  newNonceCache(cfg.MaxNonces),
		sem:     make(chan struct{}, cfg.MaxStreams),
		peers:   newPeerLimiter(cfg.PeerRate, cfg.PeerBurst),
		pushing: make(map[[32]byte]struct{}),
		done:    make(chan struct{}),
	}
	if len(cfg.Relays) > 0 || cfg.RelayService {
		host.logConns()
	}
	return host, nil
}

// Run serves /cairn/shard/1 until ctx is cancelled or Close is called, then stops
// accepting streams and waits for the ones in progress (they are cancelled). It returns
// nil on cancellation. It needs deps.Authorizer; one Run at a time.
func (h *Host) Run(ctx context.Context) error {
	if h.deps.Authorizer == nil {
		return errors.New("p2p: run: no Authorizer")
	}
	h.mu.Lock()
	switch {
	case h.closed:
		h.mu.Unlock()
		return ErrClosed
	case h.serving:
		h.mu.Unlock()
		return errors.New("p2p: run: already running")
	}
	h.serving = true
	h.mu.Unlock()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	h.h.SetStreamHandler(ProtocolID, func(s network.Stream) { h.serve(ctx, s) })
	h.log.Info("serving shards", "peer_id", h.ID(), "addrs", h.Addrs())
	select {
	case <-ctx.Done():
	case <-h.done:
	}
	h.h.RemoveStreamHandler(ProtocolID)
	h.mu.Lock()
	h.serving = false
	h.mu.Unlock()
	cancel()
	h.wg.Wait()
	h.log.Info("stopped serving shards")
	return nil
}

// track registers a served stream; false once Run is stopping or the host is closed.
func (h *Host) track() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed || !h.serving {
		return false
	}
	h.wg.Add(1)
	return true
}

// Close stops serving, closes every connection and listener and waits for the served
// streams to end. It is idempotent; pushes and fetches in progress fail.
func (h *Host) Close() error {
	h.closeOnce.Do(func() {
		h.mu.Lock()
		h.closed = true
		h.mu.Unlock()
		close(h.done)
		if err := h.h.Close(); err != nil {
			h.closeErr = fmt.Errorf("p2p: close libp2p host: %w", err)
		}
		h.wg.Wait()
	})
	return h.closeErr
}

// ID is the host's peer id.
func (h *Host) ID() peer.ID { return h.h.ID() }

// AddrInfo is the host's peer id and announced addresses (without /p2p/):
// its listen addresses, or AnnounceAddrs when set, then any relay circuit
// addresses.
func (h *Host) AddrInfo() peer.AddrInfo {
	return peer.AddrInfo{ID: h.h.ID(), Addrs: directFirst(h.h.Addrs())}
}

// Addrs are the host's full multiaddrs, each ending in /p2p/<id>.
func (h *Host) Addrs() []ma.Multiaddr {
	info := h.AddrInfo()
	addrs, err := peer.AddrInfoToP2pAddrs(&info)
	if err != nil { // only for an empty id, which a host never has
		return nil
	}
	return addrs
}

// PeerInfo is EncodePeerInfo(AddrInfo()): the bytes to register on-chain.
func (h *Host) PeerInfo() ([]byte, error) { return EncodePeerInfo(h.AddrInfo()) }

// Connect remembers info's addresses (for an hour, so Push and Fetch can redial) and
// dials the peer unless already connected. Push and Fetch to a peer need its
// addresses: call Connect with its on-chain peer info first.
func (h *Host) Connect(ctx context.Context, info peer.AddrInfo) error {
	h.h.Peerstore().AddAddrs(info.ID, info.Addrs, peerstore.AddressTTL)
	if err := h.h.Connect(ctx, info); err != nil {
		return fmt.Errorf("p2p: connect to %s: %w", info.ID, err)
	}
	return nil
}

// lockSlot marks a push of slot in progress; false if one already is.
func (h *Host) lockSlot(slot [32]byte) bool {
	h.pushMu.Lock()
	defer h.pushMu.Unlock()
	if _, ok := h.pushing[slot]; ok {
		return false
	}
	h.pushing[slot] = struct{}{}
	return true
}

func (h *Host) unlockSlot(slot [32]byte) {
	h.pushMu.Lock()
	delete(h.pushing, slot)
	h.pushMu.Unlock()
}
