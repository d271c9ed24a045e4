package testnet_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ma "github.com/multiformats/go-multiaddr"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/netns"
	"github.com/cairn-storage/cairn/market/p2p"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/testnet"
)

// TestDevnetNetnsNAT runs a netns devnet of four providers with the client and provider-4
// each behind a NAT of its own (20 ms and 50 Mbit/s links) and shows what
// cairn supports there: a client behind a NAT puts and gets (it only
// dials out), while a provider behind one announces an address nobody can
// dial, so placement leaves it out, saying so, and a put that needs it
// fails, naming why.
func TestDevnetNetnsNAT(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil, provider processes and network namespaces")
	}
	if err := netns.Check(t.Context()); err != nil {
		t.Skipf("skipping the namespace devnet: %v", err)
	}
	if err := netns.CheckNAT(); err != nil {
		t.Skipf("skipping the NAT devnet: %v", err)
	}
	ctx := t.Context()
	dir := t.TempDir()
	opts := devnetOptions(t, dir)
	opts.Providers = 4
	opts.Netns, opts.Link, opts.NAT = true, netns.Link{Rate: 50e6, Delay: 20 * time.Millisecond}, []string{"client", "provider-4"}
	h, err := testnet.Up(ctx, opts)
	if err != nil {
		t.Fatalf("up: %v", err)
	}
	t.Cleanup(func() { _ = h.Down() })
	d, err := testnet.ReadDevnet(dir)
	if err != nil {
		t.Fatal(err)
	}
	natted, _ := d.Netns.Node("provider-4")
	client, _ := d.Netns.Node("client")
	if natted.NAT == "" || client.NAT == "" {
		t.Fatalf("nodes not behind NATs: %+v, %+v", natted, client)
	}

	// provider-4 registered the private address it listens on.
	cl, err := chain.Dial(ctx, d.RPCURL, d.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	m, err := marketv2.Open(ctx, cl, nil, d.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	p4 := d.Providers[3]
	info, err := m.PeerInfo(ctx, p4.Address)
	if err != nil {
		t.Fatal(err)
	}
	ai, err := p2p.DecodePeerInfo(info)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ai.Addrs {
		if ip, err := a.ValueForProtocol(ma.P_IP4); err != nil || ip != natted.Addr.String() {
			t.Errorf("provider-4 announces %s; it listens on %s behind its NAT", a, natted.Addr)
		}
	}

	// Supported: the client behind its NAT puts 2+1 (placement finds three
	// reachable providers) and gets the file back.
	home := t.TempDir()
	data := make([]byte, 300_000)
	_, _ = rand.Read(data)
	in := filepath.Join(t.TempDir(), "nat.bin")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		t.Fatal(err)
	}
	cairn(t, home, "devnet", "exec", "--dir", dir, "--", "put", "--k", "2", "--m", "1", "--epochs", "50", in)
	out := filepath.Join(t.TempDir(), "back.bin")
	cairn(t, home, "devnet", "exec", "--dir", dir, "--", "get", "-o", out, "nat.bin")
	if got, err := os.ReadFile(out); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("downloaded file differs (%v)", err)
	}

	// Unsupported: a 3+1 put needs provider-4. Placement dials it, logs why
	// it cannot and leaves the request open; provider-4 may reserve a slot
	// but never gets its shard, and the put fails at expiry, refunded.
	in2 := filepath.Join(t.TempDir(), "nat2.bin")
	if err := os.WriteFile(in2, data[:100_000], 0o600); err != nil {
		t.Fatal(err)
	}
	stderr := cairnFails(t, home, "devnet", "exec", "--dir", dir, "--", "put", "--k", "3", "--m", "1", "--epochs", "50", "--expiry-blocks", "24", in2)
	for _, line := range strings.Split(stderr, "\n") {
		if strings.Contains(line, "unreachable") || strings.Contains(line, "not every slot") {
			t.Log(line)
		}
	}
	for _, want := range []string{"not placing on an unreachable provider", strings.ToLower(p4.Address.Hex()), natted.Addr.String(), "not every slot was filled"} {
		if !strings.Contains(strings.ToLower(stderr), strings.ToLower(want)) {
			t.Errorf("the failed put's stderr does not say %q:\n%s", want, stderr)
		}
	}
}

// cairnFails runs the binary like cairn does, expects it to fail, and
// returns its stderr.
func cairnFails(t *testing.T, home string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, cairnBin, args...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err == nil {
		t.Fatalf("cairn %s succeeded:\n%s", strings.Join(args, " "), stdout.String())
	}
	return stderr.String()
}
