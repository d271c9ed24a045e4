package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	circuit "github.com/libp2p/go-libp2p/p2p/protocol/circuitv2/client"
	pbv2 "github.com/libp2p/go-libp2p/p2p/protocol/circuitv2/pb"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/testnet"
)

// daemon is a background run of the binary.
type daemon struct {
	cmd    *exec.Cmd
	lines  chan string // stdout, line by line
	mu     sync.Mutex
	stderr bytes.Buffer
	done   chan error

	stopOnce sync.Once
	stopErr  error
}

func (d *daemon) Write(p []byte) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.stderr.Write(p)
}

func (d *daemon) log() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.stderr.String()
}

// startDaemon starts the binary with env and args; it is interrupted
// (SIGINT) and waited for at cleanup unless stop was called.
func startDaemon(t *testing.T, env []string, args ...string) *daemon {
	t.Helper()
	d := &daemon{cmd: exec.Command(binary, args...), lines: make(chan string, 64), done: make(chan error, 1)}
	d.cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "CAIRN_INSECURE_LIGHT_KDF=1"}, env...)
	d.cmd.Stderr = d
	out, err := d.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := d.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			d.lines <- sc.Text()
		}
		close(d.lines)
		d.done <- d.cmd.Wait()
	}()
	t.Cleanup(func() { d.stop(t) })
	return d
}

// stop interrupts the daemon and waits (10 s, then kill) for it to exit;
// later calls return the first one's result.
func (d *daemon) stop(t *testing.T) error {
	t.Helper()
	d.stopOnce.Do(func() {
		_ = d.cmd.Process.Signal(syscall.SIGINT)
		go func() {
			for range d.lines { // drain so Wait can return
			}
		}()
		select {
		case d.stopErr = <-d.done:
		case <-time.After(10 * time.Second):
			_ = d.cmd.Process.Kill()
			<-d.done
			d.stopErr = errors.New("did not stop within 10 s of SIGINT")
		}
	})
	return d.stopErr
}

// TestRelayRun runs `cairn relay run` as a real process against a chain:
// it prints one JSON line with its peer id and addresses and keeps its
// identity key at 0600 in the datadir. A stranger's reservation is
// refused; a provider run by the binary with --relay to it registers the
// relay's /p2p-circuit address on chain, reserves, and is reached over
// that address alone; a 2+1 put places a shard on it (through the relay:
// its direct address is a closed port) and the file gets back exact.
// Both stop on SIGINT with exit 0.
func TestRelayRun(t *testing.T) {
	ctx := t.Context()
	start := time.Now()
	ch, err := testnet.StartChain(ctx, testnet.ChainOptions{BlockTime: 200 * time.Millisecond, Config: testnet.DevnetMarketConfig(10)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	// Two direct providers for the put at the end.
	pcfg := market.DefaultProviderConfig()
	pcfg.Poll, pcfg.Confirmations = 100*time.Millisecond, 2
	for acct := 2; acct < 4; acct++ {
		direct, err := ch.StartProvider(ctx, acct, t.TempDir(), 1<<30, pcfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = direct.Stop() })
	}
	dir := t.TempDir()
	chainEnv := []string{"CAIRN_RPC_URL=" + ch.Anvil.URL, "CAIRN_MARKETPLACE=" + ch.Dep.Marketplace.Hex(), "CAIRN_LENS=" + ch.Dep.Lens.Hex()}

	relayDir := filepath.Join(dir, "relay")
	relay := startDaemon(t, chainEnv, "--datadir", relayDir, "--json", "relay", "run", "--listen", "/ip4/127.0.0.1/tcp/0")
	var status struct {
		PeerID string   `json:"peer_id"`
		Addrs  []string `json:"addrs"`
	}
	select {
	case line, ok := <-relay.lines:
		if !ok {
			t.Fatalf("relay exited without a status line:\n%s", relay.log())
		}
		if err := json.Unmarshal([]byte(line), &status); err != nil {
			t.Fatalf("status line %q: %v", line, err)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("no status line within 30 s:\n%s", relay.log())
	}
	relayID, err := peer.Decode(status.PeerID)
	if err != nil || len(status.Addrs) != 1 || !strings.HasPrefix(status.Addrs[0], "/ip4/127.0.0.1/tcp/") || !strings.HasSuffix(status.Addrs[0], "/p2p/"+status.PeerID) {
		t.Fatalf("status %+v (%v): want one loopback address ending in /p2p/<id> (--listen replaces the default)", status, err)
	}
	if st, err := os.Stat(filepath.Join(relayDir, "relay", "identity.key")); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("identity key: %v, %v; want mode 0600", st, err)
	}
	relayAddr, err := ma.NewMultiaddr(status.Addrs[0])
	if err != nil {
		t.Fatal(err)
	}
	relayInfo, err := peer.AddrInfoFromP2pAddr(relayAddr)
	if err != nil {
		t.Fatal(err)
	}

	// A stranger (no on-chain peer info) may not reserve.
	stranger, err := libp2p.New(libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"), libp2p.DisableMetrics())
	if err != nil {
		t.Fatal(err)
	}
	defer stranger.Close()
	rctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := stranger.Connect(rctx, *relayInfo); err != nil {
		t.Fatal(err)
	}
	var re circuit.ReservationError
	if _, err := circuit.Reserve(rctx, stranger, *relayInfo); !errors.As(err, &re) || re.Status != pbv2.Status_PERMISSION_DENIED {
		t.Fatalf("a stranger's reservation: %v, want PERMISSION_DENIED", err)
	}

	// A provider behind the relay, run by the binary. It announces a
	// closed port as its direct address, so the circuit is the only way
	// to it, as behind a NAT.
	env, data := fundedWallet(t, ch, mkdir(t, dir, "p"), "provider", 10_000)
	prov := startDaemon(t, env, "--datadir", data, "provider", "run", "--relay", status.Addrs[0], "--announce", "/ip4/127.0.0.1/tcp/1",
		"--capacity", "256MiB", "--metrics-addr", "")
	who := addressOf(t, env, data)
	m, err := ch.Market(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var info peer.AddrInfo
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		if b, err := m.PeerInfo(ctx, who); err == nil && len(b) > 0 {
			if info, err = p2p.DecodePeerInfo(b); err != nil {
				t.Fatal(err)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the provider never registered:\n%s", prov.log())
		}
	}
	var circuits []ma.Multiaddr
	for _, a := range info.Addrs {
		if _, err := a.ValueForProtocol(ma.P_CIRCUIT); err == nil {
			circuits = append(circuits, a)
		}
	}
	wantCircuit := status.Addrs[0] + "/p2p-circuit"
	if len(circuits) != 1 || circuits[0].String() != wantCircuit {
		t.Fatalf("registered %v: want %s among them", info.Addrs, wantCircuit)
	}
	ids, err := market.NewProviderPeers(m).RelayPeers(ctx)
	if err != nil || !slices.Contains(ids, info.ID) {
		t.Fatalf("registered peers %v (%v): want %s", ids, err, info.ID)
	}

	// Reached over the circuit alone: the relay admitted its reservation.
	key, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	client, err := p2p.New(p2p.DefaultConfig(ch.Anvil.ChainID, ch.Dep.Marketplace), nil, key, p2p.Deps{})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := client.Connect(cctx, peer.AddrInfo{ID: info.ID, Addrs: circuits})
		cancel()
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no connection to the provider over the relay: %v\nrelay log:\n%s\nprovider log:\n%s", err, relay.log(), prov.log())
		}
	}
	for _, a := range client.ConnAddrs(info.ID) {
		if _, err := a.ValueForProtocol(ma.P_CIRCUIT); err != nil {
			t.Errorf("connection at %s: want a relayed one", a)
		}
	}
	if !strings.Contains(relay.log(), "registered providers admitted to the relay") {
		t.Errorf("relay log lacks the admission:\n%s", relay.log())
	}

	// A real 2+1 put over it and two direct providers, and the get: the
	// relayed provider's shard can only have come through the relay.
	cenv, cdata := fundedWallet(t, ch, mkdir(t, dir, "c"), "client", 1000)
	content := make([]byte, 200_000)
	_, _ = rand.Read(content)
	file := filepath.Join(dir, "via-relay.bin")
	if err := os.WriteFile(file, content, 0o600); err != nil {
		t.Fatal(err)
	}
	var put struct {
		ID        string
		Providers []string
	}
	decode(t, ok(t, cenv, "--datadir", cdata, "--json", "put", file, "--k", "2", "--m", "1", "--epochs", "20"), &put)
	if !slices.ContainsFunc(put.Providers, func(h string) bool { return strings.EqualFold(h, who.Hex()) }) {
		t.Fatalf("put placed on %v, want the relayed provider %s among them", put.Providers, who.Hex())
	}
	back := filepath.Join(dir, "back.bin")
	ok(t, cenv, "--datadir", cdata, "get", put.ID, "-o", back)
	if got, err := os.ReadFile(back); err != nil || !bytes.Equal(got, content) {
		t.Fatalf("get: %v (%d bytes)", err, len(got))
	}
	if !strings.Contains(prov.log(), "relayed=true direction=Inbound") {
		t.Errorf("the relayed provider logged no inbound relayed connection:\n%s", prov.log())
	}
	if err := prov.stop(t); err != nil {
		t.Errorf("provider: %v\n%s", err, prov.log())
	}
	if err := relay.stop(t); err != nil || !strings.Contains(relay.log(), "relay stopped") {
		t.Errorf("relay: %v\n%s", err, relay.log())
	}
	t.Logf("relay %s: chain, relay, provider registered and reached through it in %s", relayID, time.Since(start).Round(time.Millisecond))
}

func mkdir(t *testing.T, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(p, 0o700); err != nil {
		t.Fatal(err)
	}
	return p
}
