package testnet

import (
	"context"
	"crypto/rand"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/cairn-storage/cairn/internal/netns"
	"github.com/cairn-storage/cairn/market/p2p"
)

// DevnetP2PPort is the libp2p port of a netns devnet provider that must be
// reachable at a known address: one behind a NAT with a port forward (the
// NAT forwards its public address's port to the same port of the
// provider) and the relay, provider-1 with Relay. Each provider has a
// namespace of its own, so the port never collides.
const DevnetP2PPort = 4001

// relayIndex is the provider that relays for the others when some are relayed.
const relayIndex = 1

// planNAT puts the nat nodes behind NATs of their own and gives the
// forward ones (a subset) a port forward of DevnetP2PPort; the relayed ones
// (another subset) will reach the others through provider-1's relay.
func planNAT(rec *netns.Record, providers int, nat, forward, relayed []string) error {
	for _, n := range nat {
		if err := rec.BehindNAT(n); err != nil {
			return fmt.Errorf("--nat: %w (the nodes are client and provider-1 to provider-%d)", err, providers)
		}
	}
	for _, n := range forward {
		if !isProviderName(n) {
			return fmt.Errorf("--nat-forward %q: only a provider's port is forwarded", n)
		}
		if err := rec.ForwardPort(n, DevnetP2PPort); err != nil {
			return fmt.Errorf("--nat-forward: %w (name it in --nat too)", err)
		}
	}
	for _, name := range relayed {
		n, ok := rec.Node(name)
		switch {
		case !ok || !isProviderName(name):
			return fmt.Errorf("--nat-relay %q: not a provider (provider-1 to provider-%d)", name, providers)
		case n.NAT == "" || len(n.Forward) > 0:
			return fmt.Errorf("--nat-relay %q: only a provider behind a NAT without a forward needs the relay (name it in --nat)", name)
		}
	}
	if len(relayed) > 0 {
		if n, ok := rec.Node(providerNode(relayIndex)); !ok || n.NAT != "" {
			return fmt.Errorf("--nat-relay: provider-%d relays for the others and must not be behind a NAT", relayIndex)
		}
	}
	return nil
}

// relayed reports whether provider p reaches the others through the relay.
func (d *Devnet) relayed(p *DevnetProvider) bool {
	return slices.Contains(d.Relayed, providerNode(p.Index))
}

// reachArgs are the provider run flags that make provider p reachable in
// node n: listen on n's own address (a fixed port when it must be known),
// announce the forwarded public address, relay for others, or use the
// relay when behind a NAT with no forward.
func (d *Devnet) reachArgs(p *DevnetProvider, n netns.Node) ([]string, error) {
	own := func(port int) string { return "/ip4/" + n.Addr.String() + "/tcp/" + strconv.Itoa(port) }
	switch {
	case len(n.Forward) > 0:
		return []string{"--listen", own(DevnetP2PPort),
			"--announce", "/ip4/" + n.PublicAddr.String() + "/tcp/" + strconv.Itoa(DevnetP2PPort)}, nil
	case len(d.Relayed) > 0 && p.Index == relayIndex:
		return []string{"--listen", own(DevnetP2PPort), "--relay-service"}, nil
	case d.relayed(p):
		relay, err := d.relayAddr()
		if err != nil {
			return nil, err
		}
		return []string{"--listen", own(0), "--relay", relay}, nil
	}
	return []string{"--listen", own(0)}, nil
}

// relayAddr is the relay's full multiaddr: provider-1's address and port
// and its peer id, read from (or first written to) its identity key, so
// the providers behind NATs can be started beside it.
func (d *Devnet) relayAddr() (string, error) {
	if relayIndex > len(d.Providers) {
		return "", fmt.Errorf("--relay: no provider-%d", relayIndex)
	}
	p := d.Providers[relayIndex-1]
	n, ok := d.Netns.Node(providerNode(relayIndex))
	if !ok {
		return "", fmt.Errorf("devnet.json names no namespace for provider-%d", relayIndex)
	}
	dir := filepath.Join(p.DataDir, "provider")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	key, err := p2p.LoadOrCreateIdentity(filepath.Join(dir, "identity.key"))
	if err != nil {
		return "", fmt.Errorf("relay identity: %w", err)
	}
	id, err := peer.IDFromPrivateKey(key)
	if err != nil {
		return "", fmt.Errorf("relay identity: %w", err)
	}
	return fmt.Sprintf("/ip4/%s/tcp/%d/p2p/%s", n.Addr, DevnetP2PPort, id), nil
}

// reachCheck is how startProviders knows provider p's registered peer
// info reaches it: a TCP connect to a direct address; through the relay,
// a libp2p connection over its circuit addresses alone (made by probe);
// behind a NAT without either, nothing can (any address will do).
func (d *Devnet) reachCheck(ctx context.Context, p *DevnetProvider, probe func() (*p2p.Host, error)) func(peer.AddrInfo) bool {
	switch {
	case d.relayed(p):
		return func(ai peer.AddrInfo) bool {
			h, err := probe()
			if err != nil {
				return false
			}
			relayed := peer.AddrInfo{ID: ai.ID}
			for _, a := range ai.Addrs {
				if _, err := a.ValueForProtocol(ma.P_CIRCUIT); err == nil {
					relayed.Addrs = append(relayed.Addrs, a)
				}
			}
			cctx, cancel := context.WithTimeout(ctx, 3*time.Second)
			defer cancel()
			return len(relayed.Addrs) > 0 && h.Connect(cctx, relayed) == nil
		}
	case d.behindNAT(providerNode(p.Index)):
		if n, ok := d.Netns.Node(providerNode(p.Index)); ok && len(n.Forward) > 0 {
			return reachable
		}
		return func(peer.AddrInfo) bool { return true }
	}
	return reachable
}

// probeHost makes, once, the libp2p host reachCheck dials relayed
// providers with; close is a no-op if none was made.
func (d *Devnet) probeHost() (get func() (*p2p.Host, error), closeHost func()) {
	var (
		mu  sync.Mutex
		h   *p2p.Host
		err error
	)
	get = func() (*p2p.Host, error) {
		mu.Lock()
		defer mu.Unlock()
		if h != nil || err != nil {
			return h, err
		}
		var key crypto.PrivKey
		if key, _, err = crypto.GenerateEd25519Key(rand.Reader); err != nil {
			return nil, err
		}
		h, err = p2p.New(p2p.Config{ChainID: d.ChainID, Marketplace: d.Deployment.Marketplace}, nil, key, p2p.Deps{})
		return h, err
	}
	closeHost = func() {
		mu.Lock()
		defer mu.Unlock()
		if h != nil {
			_ = h.Close()
		}
	}
	return get, closeHost
}
