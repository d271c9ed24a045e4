package p2p_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/cairn-storage/cairn/market/p2p"
)

// TestAnnounceAddrs: a host with announce addresses puts them, not its
// listen addresses, in its peer info and in what identify tells a peer.
func TestAnnounceAddrs(t *testing.T) {
	const public = "/ip4/203.0.113.7/tcp/4001"
	cfg := p2p.DefaultConfig(testChainID, testMarketplace)
	cfg.AnnounceAddrs = []string{public}
	store := newMemStore()
	prov := newHostConfig(t, cfg, store.deps())
	serve(t, prov)
	ai := prov.AddrInfo()
	if len(ai.Addrs) != 1 || ai.Addrs[0].String() != public {
		t.Fatalf("announced %v, want only %s", ai.Addrs, public)
	}
	info, err := prov.PeerInfo()
	if err != nil {
		t.Fatal(err)
	}
	dec, err := p2p.DecodePeerInfo(info)
	if err != nil || len(dec.Addrs) != 1 || dec.Addrs[0].String() != public {
		t.Fatalf("peer info %v (%v), want %s", dec.Addrs, err, public)
	}
	// The announced address is not where it listens: a peer dials the
	// listen address it knows out of band, and identify tells it the
	// announced one.
	client := newHost(t, p2p.Deps{})
	listen := prov.ListenAddrs()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	if err := client.Connect(ctx, peer.AddrInfo{ID: prov.ID(), Addrs: listen}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for !containsAddr(client.KnownAddrs(prov.ID()), public) {
		if time.Now().After(deadline) {
			t.Fatalf("identify gave %v, want %s among them", client.KnownAddrs(prov.ID()), public)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestRelayedPushAndFetch: a provider that uses a relay (RelayService on
// a third host, no data limit) is reached at its /p2p-circuit address
// alone; a shard far over circuit v2's default 128 KiB per connection is
// pushed and fetched back through it, and the connection is relayed.
func TestRelayedPushAndFetch(t *testing.T) {
	r := newRelayed(t)
	data, slot := randomBytes(t, 4<<20+17), randomSlot(t)
	if err := r.client.Push(t.Context(), r.provider.ID(), slot, int64(len(data)), sha256.Sum256(data), bytes.NewReader(data), r.auth); err != nil {
		t.Fatalf("relayed push: %v", err)
	}
	var buf bytes.Buffer
	if _, err := r.client.Fetch(t.Context(), r.provider.ID(), slot, 0, 0, &buf, r.auth); err != nil || !bytes.Equal(buf.Bytes(), data) {
		t.Fatalf("relayed fetch: %v (%d of %d bytes)", err, buf.Len(), len(data))
	}
	conns := r.client.ConnAddrs(r.provider.ID())
	if len(conns) == 0 {
		t.Fatal("no connection to the provider after the transfer")
	}
	for _, a := range conns {
		if !isCircuit(a) {
			t.Errorf("connection at %s: want only relayed ones", a)
		}
	}
	t.Logf("client to provider over %v", conns)
}

// BenchmarkRelayedPush is BenchmarkPush through a relay on loopback.
func BenchmarkRelayedPush(b *testing.B) {
	const size = 16 << 20
	r := newRelayed(b)
	data := randomBytes(b, size)
	root := sha256.Sum256(data)
	b.SetBytes(size)
	for b.Loop() {
		if err := r.client.Push(b.Context(), r.provider.ID(), randomSlot(b), size, root, bytes.NewReader(data), r.auth); err != nil {
			b.Fatal(err)
		}
	}
}

// relayed is a serving provider reachable through a relay, and a client
// connected to it over the relay alone.
type relayed struct {
	provider, client *p2p.Host
	auth             *p2p.KeySigner
}

// The relay is a provider's host with RelayService on, admitting the
// registered providers (a registry the provider is added to, as its
// registration would).
func newRelayed(t testing.TB) relayed {
	t.Helper()
	reg := &registry{}
	acl := newACL(t, p2p.RelayACLConfig{MinRefresh: time.Millisecond}, reg)
	rcfg := p2p.DefaultConfig(testChainID, testMarketplace)
	rcfg.RelayService = true
	relay := newHostConfig(t, rcfg, p2p.Deps{RelayACL: acl})

	r := relayed{auth: newSigner(t)}
	store := newMemStore(r.auth.Address())
	r.provider = newRelayedHost(t, relay.Addrs(), store.deps(), reg)
	serve(t, r.provider)

	ai := r.provider.AddrInfo()
	var circuits []ma.Multiaddr
	for i, a := range ai.Addrs {
		if isCircuit(a) {
			circuits = append(circuits, a)
		} else if len(circuits) > 0 {
			t.Fatalf("direct address %d (%s) after a relayed one: %v", i, a, ai.Addrs)
		}
	}
	if len(circuits) != len(relay.Addrs()) || len(circuits) == len(ai.Addrs) {
		t.Fatalf("announced %v: want the direct addresses, then one circuit per relay address %v", ai.Addrs, relay.Addrs())
	}

	// Only the circuit addresses: the relay must carry the connection. The
	// provider's reservation is made in the background; until then the
	// relay refuses the circuit.
	r.client = newHost(t, p2p.Deps{})
	if err := connectRelayed(t, r.client, r.provider, 20*time.Second); err != nil {
		t.Fatalf("no relayed connection: %v", err)
	}
	return r
}

// newRelayedHost is a host reserving on the relay at relayAddrs. With
// reg, the host's peer id is registered before it first reserves.
func newRelayedHost(t testing.TB, relayAddrs []ma.Multiaddr, deps p2p.Deps, reg *registry) *p2p.Host {
	t.Helper()
	cfg := p2p.DefaultConfig(testChainID, testMarketplace)
	for _, a := range relayAddrs {
		cfg.Relays = append(cfg.Relays, a.String())
	}
	priv, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if reg != nil {
		id, err := peer.IDFromPrivateKey(priv)
		if err != nil {
			t.Fatal(err)
		}
		reg.add(id)
	}
	return newHostKey(t, cfg, deps, priv)
}

// connectRelayed connects from to the circuit addresses of to, retrying
// for up to within (to's reservation is made in the background).
func connectRelayed(t testing.TB, from, to *p2p.Host, within time.Duration) error {
	t.Helper()
	var circuits []ma.Multiaddr
	for _, a := range to.AddrInfo().Addrs {
		if isCircuit(a) {
			circuits = append(circuits, a)
		}
	}
	deadline := time.Now().Add(within)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err := from.Connect(ctx, peer.AddrInfo{ID: to.ID(), Addrs: circuits})
		cancel()
		if err == nil || time.Now().After(deadline) {
			return err
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func isCircuit(a ma.Multiaddr) bool {
	_, err := a.ValueForProtocol(ma.P_CIRCUIT)
	return err == nil
}

func containsAddr(addrs []ma.Multiaddr, want string) bool {
	for _, a := range addrs {
		if a.String() == want {
			return true
		}
	}
	return false
}
