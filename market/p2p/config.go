package p2p

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ma "github.com/multiformats/go-multiaddr"
)

// Config configures a Host. The zero value of a field means its default
// (EnsureDefaults); ChainID and Marketplace have none.
type Config struct {
	// ListenAddrs are libp2p multiaddrs to listen on. Default /ip4/127.0.0.1/tcp/0:
	// loopback only; a provider that serves others lists a public address explicitly.
	ListenAddrs []string `toml:"listen_addrs"`
	// AnnounceAddrs, when set, are announced (identify, on-chain peer info)
	// instead of the listen addresses: a NAT's public address with a port
	// forwarded to ours (see reach.go).
	AnnounceAddrs []string `toml:"announce_addrs"`
	// Relays are circuit relay v2 relays (multiaddrs ending in /p2p/<id>) for
	// a host behind a NAT: it reserves a slot on each, announces
	// <relay>/p2p-circuit beside its direct addresses, and tries hole punching.
	Relays []string `toml:"relays"`
	// RelayService makes this host a relay for others (it must be publicly
	// reachable), with no per-circuit data or time limit.
	RelayService bool `toml:"relay_service"`
	// RelayMaxReservations and RelayMaxCircuits bound a relay service:
	// reservations held at once, and open relayed connections per peer.
	// Default DefaultRelayMaxReservations, DefaultRelayMaxCircuits.
	RelayMaxReservations int `toml:"relay_max_reservations"`
	RelayMaxCircuits     int `toml:"relay_max_circuits"`
	// ChainID and Marketplace form the EIP-712 domain of the requests.
	ChainID     uint64         `toml:"chain_id"`
	Marketplace common.Address `toml:"marketplace"`
	// RequestTTL is how far ahead of now a client sets a request's expiry. Default 2m.
	RequestTTL time.Duration `toml:"request_ttl"`
	// MaxExpiryAhead is the furthest ahead of now a server accepts an expiry (it also
	// bounds how long a nonce is remembered). Default 5m.
	MaxExpiryAhead time.Duration `toml:"max_expiry_ahead"`
	// IdleTimeout is the deadline of every frame read or write on a stream. Default 30s.
	IdleTimeout time.Duration `toml:"idle_timeout"`
	// MaxStreams bounds the requests served at once; more are refused busy. Default 64.
	// The slot is taken before anything of the stream is read.
	MaxStreams int `toml:"max_streams"`
	// MaxStreamsPerPeer bounds one peer's streams of this protocol at once (the libp2p
	// resource manager's per-protocol, per-peer limit). Default 8.
	MaxStreamsPerPeer int `toml:"max_streams_per_peer"`
	// PeerRate and PeerBurst bound the requests one peer may make per second (a token
	// bucket taken before the request is read); more are refused busy. Default 10, 20.
	PeerRate  float64 `toml:"peer_rate"`
	PeerBurst int     `toml:"peer_burst"`
	// MaxShardSize bounds the size of a pushed shard. Default 4 GiB.
	MaxShardSize int64 `toml:"max_shard_size"`
	// MaxNonces bounds the replay cache; when full of unexpired nonces, requests are
	// refused busy. Default 1<<17.
	MaxNonces int `toml:"max_nonces"`
	// ChunkSize is the payload of the data frames this host sends. Default 256 KiB,
	// at most MaxDataFrame.
	ChunkSize int `toml:"chunk_size"`
}

// DefaultConfig returns a Config with every default filled in, for the given domain.
func DefaultConfig(chainID uint64, marketplace common.Address) Config {
	c := Config{ChainID: chainID, Marketplace: marketplace}
	c.EnsureDefaults()
	return c
}

// EnsureDefaults fills in zero fields.
func (c *Config) EnsureDefaults() {
	if len(c.ListenAddrs) == 0 {
		c.ListenAddrs = []string{"/ip4/127.0.0.1/tcp/0"}
	}
	setDefault(&c.RelayMaxReservations, DefaultRelayMaxReservations)
	setDefault(&c.RelayMaxCircuits, DefaultRelayMaxCircuits)
	setDefault(&c.RequestTTL, 2*time.Minute)
	setDefault(&c.MaxExpiryAhead, 5*time.Minute)
	setDefault(&c.IdleTimeout, 30*time.Second)
	setDefault(&c.MaxStreams, 64)
	setDefault(&c.MaxStreamsPerPeer, 8)
	setDefault(&c.PeerRate, 10)
	setDefault(&c.PeerBurst, 20)
	setDefault(&c.MaxShardSize, 4<<30)
	setDefault(&c.MaxNonces, 1<<17)
	setDefault(&c.ChunkSize, defaultChunk)
}

func setDefault[T comparable](p *T, v T) {
	var zero T
	if *p == zero {
		*p = v
	}
}

// Validate reports every invalid field.
func (c Config) Validate() error {
	var errs []error
	if c.ChainID == 0 {
		errs = append(errs, errors.New("chain_id is required"))
	}
	if c.Marketplace == (common.Address{}) {
		errs = append(errs, errors.New("marketplace is required"))
	}
	for _, a := range c.ListenAddrs {
		if _, err := ma.NewMultiaddr(a); err != nil {
			errs = append(errs, fmt.Errorf("listen_addrs %q: %w", a, err))
		}
	}
	errs = append(errs, c.validateReach()...)
	if c.RequestTTL <= 0 || c.MaxExpiryAhead <= 0 || c.RequestTTL > c.MaxExpiryAhead {
		errs = append(errs, fmt.Errorf("need 0 < request_ttl (%s) <= max_expiry_ahead (%s)", c.RequestTTL, c.MaxExpiryAhead))
	}
	if c.IdleTimeout <= 0 {
		errs = append(errs, fmt.Errorf("idle_timeout %s must be positive", c.IdleTimeout))
	}
	if c.MaxStreams <= 0 || c.MaxNonces <= 0 || c.MaxShardSize <= 0 || c.MaxStreamsPerPeer <= 0 || c.PeerRate <= 0 || c.PeerBurst <= 0 {
		errs = append(errs, errors.New("max_streams, max_streams_per_peer, peer_rate, peer_burst, max_nonces and max_shard_size must be positive"))
	}
	if c.ChunkSize <= 0 || c.ChunkSize > MaxDataFrame {
		errs = append(errs, fmt.Errorf("chunk_size %d out of (0, %d]", c.ChunkSize, MaxDataFrame))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("p2p config: %w", err)
	}
	return nil
}

// Domain is the EIP-712 domain of this config.
func (c Config) Domain() Domain { return Domain{ChainID: c.ChainID, Marketplace: c.Marketplace} }
