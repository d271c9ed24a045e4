package p2p_test

import (
	"crypto/rand"
	"errors"
	"io"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/crypto"

	"github.com/cairn-storage/cairn/market/p2p"
)

func TestConfigValidate(t *testing.T) {
	good := p2p.DefaultConfig(testChainID, testMarketplace)
	if err := good.Validate(); err != nil {
		t.Fatalf("default config: %v", err)
	}
	if got := good.ListenAddrs; len(got) != 1 || got[0] != "/ip4/127.0.0.1/tcp/0" {
		t.Fatalf("default listen addrs %v, want loopback", got)
	}
	for name, mutate := range map[string]func(*p2p.Config){
		"no_chain_id":         func(c *p2p.Config) { c.ChainID = 0 },
		"no_marketplace":      func(c *p2p.Config) { c.Marketplace = common.Address{} },
		"bad_listen_addr":     func(c *p2p.Config) { c.ListenAddrs = []string{"127.0.0.1:4001"} },
		"ttl_beyond_max":      func(c *p2p.Config) { c.RequestTTL = c.MaxExpiryAhead + time.Second },
		"chunk_over_frame":    func(c *p2p.Config) { c.ChunkSize = p2p.MaxDataFrame + 1 },
		"negative_max_stream": func(c *p2p.Config) { c.MaxStreams = -1 },
		"bad_announce_addr":   func(c *p2p.Config) { c.AnnounceAddrs = []string{"1.2.3.4:4001"} },
		"circuit_announce": func(c *p2p.Config) {
			c.AnnounceAddrs = []string{"/ip4/1.2.3.4/tcp/4001/p2p/12D3KooWRBhwfeP2Y4TCx1SM6s9rUoHhR5STiGwxBhgFRcw3UERE/p2p-circuit"}
		},
		"relay_without_id": func(c *p2p.Config) { c.Relays = []string{"/ip4/1.2.3.4/tcp/4001"} },
		"relay_and_service": func(c *p2p.Config) {
			c.Relays, c.RelayService = []string{"/ip4/1.2.3.4/tcp/4001/p2p/12D3KooWRBhwfeP2Y4TCx1SM6s9rUoHhR5STiGwxBhgFRcw3UERE"}, true
		},
		"negative_relay_circuits": func(c *p2p.Config) { c.RelayMaxCircuits = -1 },
	} {
		c := good
		mutate(&c)
		if err := c.Validate(); err == nil {
			t.Errorf("%s: valid", name)
		}
	}
}

// TestRelayServiceNeedsACL: a relay service without access control is
// refused; with one it starts.
func TestRelayServiceNeedsACL(t *testing.T) {
	cfg := p2p.DefaultConfig(testChainID, testMarketplace)
	cfg.RelayService = true
	key, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if h, err := p2p.New(cfg, nil, key, p2p.Deps{}); err == nil {
		_ = h.Close()
		t.Fatal("a relay service without an ACL started")
	}
	acl, err := p2p.NewRelayACL(p2p.RelayACLConfig{AllowAny: true}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	h, err := p2p.New(cfg, nil, key, p2p.Deps{RelayACL: acl})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := p2p.NewRelay(p2p.RelayConfig{MaxCircuits: -1}, nil, key, acl); err == nil {
		t.Fatal("a relay with negative limits started")
	}
	if _, err := p2p.NewRelay(p2p.RelayConfig{}, nil, key, nil); err == nil {
		t.Fatal("a standalone relay without an ACL started")
	}
}

// TestReplayCacheFull: with room for one nonce, a second request before the first
// expires is refused busy rather than forgetting the first nonce.
func TestReplayCacheFull(t *testing.T) {
	auth := newSigner(t)
	store := newMemStore(auth.Address())
	cfg := p2p.DefaultConfig(testChainID, testMarketplace)
	cfg.MaxNonces = 1
	provider := newHostConfig(t, cfg, store.deps())
	serve(t, provider)
	client := newHost(t, p2p.Deps{})
	if err := client.Connect(t.Context(), provider.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	slot := randomSlot(t)
	store.put(slot, randomBytes(t, 64))
	if _, err := client.Fetch(t.Context(), provider.ID(), slot, 0, 0, io.Discard, auth); err != nil {
		t.Fatalf("first fetch: %v", err)
	}
	if _, err := client.Fetch(t.Context(), provider.ID(), slot, 0, 0, io.Discard, auth); !errors.Is(err, p2p.ErrBusy) {
		t.Fatalf("second fetch: %v, want ErrBusy", err)
	}
}

// TestPeerRateLimited: a peer past its request rate is refused busy before
// its request is read; another peer is still served.
func TestPeerRateLimited(t *testing.T) {
	auth := newSigner(t)
	store := newMemStore(auth.Address())
	cfg := p2p.DefaultConfig(testChainID, testMarketplace)
	cfg.PeerRate, cfg.PeerBurst = 0.001, 2
	provider := newHostConfig(t, cfg, store.deps())
	serve(t, provider)
	slot := randomSlot(t)
	store.put(slot, randomBytes(t, 64))
	flood := newHost(t, p2p.Deps{})
	if err := flood.Connect(t.Context(), provider.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		if _, err := flood.Fetch(t.Context(), provider.ID(), slot, 0, 0, io.Discard, auth); err != nil {
			t.Fatalf("fetch %d within the burst: %v", i, err)
		}
	}
	if _, err := flood.Fetch(t.Context(), provider.ID(), slot, 0, 0, io.Discard, auth); !errors.Is(err, p2p.ErrBusy) {
		t.Fatalf("fetch past the burst: %v, want ErrBusy", err)
	}
	other := newHost(t, p2p.Deps{})
	if err := other.Connect(t.Context(), provider.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	if _, err := other.Fetch(t.Context(), provider.ID(), slot, 0, 0, io.Discard, auth); err != nil {
		t.Fatalf("another peer's fetch: %v", err)
	}
}
