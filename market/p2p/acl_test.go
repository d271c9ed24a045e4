package p2p_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	circuit "github.com/libp2p/go-libp2p/p2p/protocol/circuitv2/client"
	pbv2 "github.com/libp2p/go-libp2p/p2p/protocol/circuitv2/pb"

	"github.com/cairn-storage/cairn/market/p2p"
)

// registry is an in-memory RelayPeers: the registered providers.
type registry struct {
	mu    sync.Mutex
	ids   []peer.ID
	err   error
	reads int
}

func (r *registry) RelayPeers(context.Context) ([]peer.ID, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reads++
	if r.err != nil {
		return nil, r.err
	}
	return slices.Clone(r.ids), nil
}

func (r *registry) add(id peer.ID) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ids = append(r.ids, id)
}

func (r *registry) set(err error, ids ...peer.ID) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ids, r.err = ids, err
}

func (r *registry) readCount() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.reads
}

// newACL makes a RelayACL over src and runs it until the test ends.
func newACL(t testing.TB, cfg p2p.RelayACLConfig, src p2p.RelayPeers) *p2p.RelayACL {
	t.Helper()
	acl, err := p2p.NewRelayACL(cfg, testLogger(t), src)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- acl.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("acl run: %v", err)
		}
	})
	return acl
}

func randomPeer(t testing.TB) peer.ID {
	t.Helper()
	_, pub, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// TestRelayACL: who the ACL admits, without a network. Registered peers
// once read (a reservation from an unknown peer reads), the allow list always, anyone with AllowAny; a re-read
// replaces the set (a re-registered provider's old id is dropped), a
// failed read keeps the last one; circuits depend on the destination only;
// an ACL that could admit nobody is refused.
func TestRelayACL(t *testing.T) {
	prov, moved, allowed, stranger := randomPeer(t), randomPeer(t), randomPeer(t), randomPeer(t)
	if _, err := p2p.NewRelayACL(p2p.RelayACLConfig{}, nil, nil); !errors.Is(err, p2p.ErrNoRelayPeers) {
		t.Fatalf("an ACL admitting nobody: %v, want ErrNoRelayPeers", err)
	}
	reg := &registry{ids: []peer.ID{prov}}
	acl, err := p2p.NewRelayACL(p2p.RelayACLConfig{Allow: []peer.ID{allowed}}, testLogger(t), reg)
	if err != nil {
		t.Fatal(err)
	}
	check := func(step string, want map[peer.ID]bool) {
		t.Helper()
		for id, w := range want {
			if got := acl.AllowReserve(id, nil); got != w {
				t.Errorf("%s: AllowReserve(%s) = %v, want %v", step, id.ShortString(), got, w)
			}
			if got := acl.AllowConnect(stranger, nil, id); got != w {
				t.Errorf("%s: AllowConnect(stranger → %s) = %v, want %v", step, id.ShortString(), got, w)
			}
		}
	}
	if acl.Admitted(prov) || acl.AllowConnect(stranger, nil, prov) || !acl.Admitted(allowed) {
		t.Fatal("before any read: only the allow list may be admitted")
	}
	if !acl.AllowReserve(prov, nil) || reg.readCount() != 1 {
		t.Fatalf("a registered provider's first reservation: want admitted after one read (reads %d)", reg.readCount())
	}
	check("after a read", map[peer.ID]bool{prov: true, allowed: true, stranger: false})
	if !acl.AllowConnect(prov, nil, allowed) || acl.AllowConnect(prov, nil, stranger) {
		t.Error("a circuit is judged by its destination: from a provider to a stranger must be refused, to an allowed peer admitted")
	}
	reg.set(nil, moved) // prov registered again with a new peer id
	if err := acl.Step(t.Context()); err != nil {
		t.Fatal(err)
	}
	check("after re-registration", map[peer.ID]bool{prov: false, moved: true, allowed: true})
	reg.set(errors.New("rpc down"))
	if err := acl.Step(t.Context()); err == nil {
		t.Fatal("a failed read reported no error")
	}
	check("after a failed read", map[peer.ID]bool{moved: true, allowed: true, stranger: false})

	open, err := p2p.NewRelayACL(p2p.RelayACLConfig{AllowAny: true}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !open.AllowReserve(stranger, nil) || !open.AllowConnect(stranger, nil, stranger) {
		t.Error("AllowAny refused a stranger")
	}
}

// TestRelayACLRefusalRereads: a reservation from an unknown peer re-reads
// the registry before it is answered, no sooner than MinRefresh after the
// last read: a provider that registered since is admitted at its first
// try after that, and a flood of strangers costs at most one read per
// MinRefresh.
func TestRelayACLRefusalRereads(t *testing.T) {
	const minRefresh = time.Second
	reg := &registry{}
	acl := newACL(t, p2p.RelayACLConfig{Refresh: time.Hour, MinRefresh: minRefresh}, reg)
	waitFor(t, "the first read", func() bool { return reg.readCount() == 1 })
	first := time.Now()
	late := randomPeer(t)
	reg.add(late)
	strangers := func() {
		t.Helper()
		for range 50 {
			if acl.AllowReserve(randomPeer(t), nil) {
				t.Fatal("a stranger was admitted")
			}
		}
	}
	strangers()
	if acl.AllowReserve(late, nil) && time.Since(first) < minRefresh {
		t.Fatal("admitted without a re-read within MinRefresh of the last read")
	}
	if n := reg.readCount(); n != 1 && time.Since(first) < minRefresh {
		t.Fatalf("%d reads within MinRefresh, want 1", n)
	}
	time.Sleep(time.Until(first.Add(minRefresh + 100*time.Millisecond)))
	if !acl.AllowReserve(late, nil) {
		t.Fatal("a provider registered since the last read was refused at its first try after MinRefresh")
	}
	n := reg.readCount()
	strangers()
	if got := reg.readCount(); got != n {
		t.Fatalf("50 strangers right after a read caused %d reads, want none", got-n)
	}
}

func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestStandaloneRelay: a standalone relay (NewRelay) over a registry of
// providers. A registered provider reserves and is reached at its
// /p2p-circuit address alone: a 2 MiB shard pushed and fetched back over
// the relayed connection. An unregistered peer's reservation is refused
// (PERMISSION_DENIED) and nobody reaches an unregistered provider through
// the relay; once it registers it is admitted at its next try. An
// --allow'd peer reserves without being registered.
func TestStandaloneRelay(t *testing.T) {
	reg := &registry{}
	allowedKey, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	allowedID, err := peer.IDFromPrivateKey(allowedKey)
	if err != nil {
		t.Fatal(err)
	}
	acl := newACL(t, p2p.RelayACLConfig{Allow: []peer.ID{allowedID}, MinRefresh: time.Millisecond}, reg)
	relayKey, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	relay, err := p2p.NewRelay(p2p.RelayConfig{}, testLogger(t), relayKey, acl)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := relay.Close(); err != nil {
			t.Errorf("close relay: %v", err)
		}
	})
	relayInfo, err := peer.AddrInfoFromP2pAddr(relay.Addrs()[0])
	if err != nil {
		t.Fatal(err)
	}

	// A stranger's reservation: refused by the ACL.
	stranger := bareHost(t, nil)
	if _, err := reserve(t, stranger, *relayInfo); !isDenied(err) {
		t.Fatalf("a stranger's reservation: %v, want PERMISSION_DENIED", err)
	}
	// The allowed peer's: granted.
	if _, err := reserve(t, bareHost(t, allowedKey), *relayInfo); err != nil {
		t.Fatalf("an allowed peer's reservation: %v", err)
	}

	// A registered provider, reached over the relay alone.
	auth := newSigner(t)
	store := newMemStore(auth.Address())
	prov := newRelayedHost(t, relay.Addrs(), store.deps(), reg)
	serve(t, prov)
	client := newHost(t, p2p.Deps{})
	if err := connectRelayed(t, client, prov, 20*time.Second); err != nil {
		t.Fatalf("no relayed connection to the registered provider: %v", err)
	}
	data, slot := randomBytes(t, 2<<20+64), randomSlot(t)
	if err := client.Push(t.Context(), prov.ID(), slot, int64(len(data)), sha256.Sum256(data), bytes.NewReader(data), auth); err != nil {
		t.Fatalf("relayed push: %v", err)
	}
	var buf bytes.Buffer
	if _, err := client.Fetch(t.Context(), prov.ID(), slot, 0, 0, &buf, auth); err != nil || !bytes.Equal(buf.Bytes(), data) {
		t.Fatalf("relayed fetch: %v (%d of %d bytes)", err, buf.Len(), len(data))
	}
	for _, a := range client.ConnAddrs(prov.ID()) {
		if !isCircuit(a) {
			t.Errorf("connection to the provider at %s: want only relayed ones", a)
		}
	}

	// An unregistered provider: its reservations are refused, so the
	// relay carries nothing to it, until it registers.
	late := newRelayedHost(t, relay.Addrs(), p2p.Deps{}, nil)
	if err := connectRelayed(t, client, late, 3*time.Second); err == nil {
		t.Fatal("reached an unregistered provider through the relay")
	}
	reg.add(late.ID())
	if err := connectRelayed(t, client, late, 20*time.Second); err != nil {
		t.Fatalf("no relayed connection once registered: %v", err)
	}
}

// bareHost is a bare libp2p host (key nil: a fresh one) closed at cleanup.
func bareHost(t testing.TB, key crypto.PrivKey) host.Host {
	t.Helper()
	opts := []libp2p.Option{libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"), libp2p.DisableMetrics()}
	if key != nil {
		opts = append(opts, libp2p.Identity(key))
	}
	h, err := libp2p.New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	return h
}

func reserve(t testing.TB, h host.Host, relay peer.AddrInfo) (*circuit.Reservation, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	if err := h.Connect(ctx, relay); err != nil {
		t.Fatalf("connect to the relay: %v", err)
	}
	return circuit.Reserve(ctx, h, relay)
}

func isDenied(err error) bool {
	var re circuit.ReservationError
	return errors.As(err, &re) && re.Status == pbv2.Status_PERMISSION_DENIED
}
