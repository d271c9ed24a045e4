package p2p_test

import (
	"crypto/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/cairn-storage/cairn/market/p2p"
)

func testPeerInfo(t testing.TB) peer.AddrInfo {
	t.Helper()
	_, pub, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return peer.AddrInfo{ID: id, Addrs: []ma.Multiaddr{
		ma.StringCast("/ip4/127.0.0.1/tcp/4001"),
		ma.StringCast("/ip6/::1/tcp/4001/p2p/" + id.String()),
		ma.StringCast("/dns4/provider.example/tcp/443"),
	}}
}

func newPeerInfoSeed(t testing.TB) []byte {
	b, err := p2p.EncodePeerInfo(testPeerInfo(t))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPeerInfoRoundTrip(t *testing.T) {
	info := testPeerInfo(t)
	b, err := p2p.EncodePeerInfo(info)
	if err != nil {
		t.Fatal(err)
	}
	got, err := p2p.DecodePeerInfo(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != info.ID || len(got.Addrs) != len(info.Addrs) {
		t.Fatalf("decoded %v, want %v", got, info)
	}
	for i, a := range got.Addrs {
		want, _ := peer.SplitAddr(info.Addrs[i]) // the /p2p/ suffix is stored once, as the id
		if !a.Equal(want) {
			t.Fatalf("address %d: %s, want %s", i, a, want)
		}
	}
	t.Logf("peer info with %d addresses: %d bytes", len(info.Addrs), len(b))
}

func TestPeerInfoRejects(t *testing.T) {
	info := testPeerInfo(t)
	other := testPeerInfo(t)
	if _, err := p2p.EncodePeerInfo(peer.AddrInfo{ID: info.ID, Addrs: other.Addrs[1:2]}); err == nil {
		t.Fatal("encoded an address naming another peer")
	}
	many := peer.AddrInfo{ID: info.ID}
	for range p2p.MaxPeerAddrs + 1 {
		many.Addrs = append(many.Addrs, info.Addrs[0])
	}
	if _, err := p2p.EncodePeerInfo(many); err == nil {
		t.Fatal("encoded more addresses than the limit")
	}
	good, _ := p2p.EncodePeerInfo(info)
	for name, b := range map[string][]byte{
		"empty":     nil,
		"version":   append([]byte{2}, good[1:]...),
		"truncated": good[:len(good)-1],
		"trailing":  append(good, 0),
	} {
		if _, err := p2p.DecodePeerInfo(b); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
}

func TestHostPeerInfoAndAddrs(t *testing.T) {
	h := newHost(t, p2p.Deps{})
	addrs := h.Addrs()
	if len(addrs) == 0 {
		t.Fatal("no addresses")
	}
	for _, a := range addrs {
		info, err := peer.AddrInfoFromP2pAddr(a)
		if err != nil || info.ID != h.ID() {
			t.Fatalf("address %s: %v", a, err)
		}
		if v, err := a.ValueForProtocol(ma.P_IP4); err != nil || v != "127.0.0.1" {
			t.Fatalf("address %s is not loopback by default", a)
		}
	}
	b, err := h.PeerInfo()
	if err != nil {
		t.Fatal(err)
	}
	if info, err := p2p.DecodePeerInfo(b); err != nil || info.ID != h.ID() {
		t.Fatalf("peer info: %v", err)
	}
}

func TestLoadOrCreateIdentity(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys", "p2p.key")
	k1, err := p2p.LoadOrCreateIdentity(path)
	if err != nil {
		t.Fatal(err)
	}
	if k1.Type() != crypto.Ed25519 {
		t.Fatalf("key type %s", k1.Type())
	}
	k2, err := p2p.LoadOrCreateIdentity(path)
	if err != nil {
		t.Fatal(err)
	}
	if !k1.Equals(k2) {
		t.Fatal("reloaded a different key")
	}
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*"))
	if len(matches) != 1 {
		t.Fatalf("files left beside the key: %v", matches)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode: %v, %v", fi.Mode(), err)
	}
	if err := os.WriteFile(path, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := p2p.LoadOrCreateIdentity(path); err == nil {
		t.Fatal("loaded a corrupt key file")
	}
}
