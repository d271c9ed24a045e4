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

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/netns"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/testnet"
)

// The devnet tests' shared setup: start a devnet and read its
// devnet.json, run the binary as a user would, put a random file and
// read it back.

// up starts a devnet with opts, downs it when t ends, and returns its
// handle and devnet.json.
func up(t *testing.T, opts testnet.DevnetOptions) (*testnet.DevnetHandle, *testnet.Devnet) {
	t.Helper()
	h, err := testnet.Up(t.Context(), opts)
	if err != nil {
		t.Fatalf("up: %v", err)
	}
	t.Cleanup(func() { _ = h.Down() })
	d, err := testnet.ReadDevnet(opts.Dir)
	if err != nil {
		t.Fatal(err)
	}
	return h, d
}

// needNetns skips a devnet test of network namespaces under -short or
// where the machine cannot make them.
func needNetns(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts anvil, provider processes and network namespaces")
	}
	if err := netns.Check(t.Context()); err != nil {
		t.Skipf("skipping the namespace devnet: %v", err)
	}
}

// devnetMarket opens a read-only Market of d's deployment over its RPC.
func devnetMarket(t *testing.T, d *testnet.Devnet) *marketv2.Market {
	t.Helper()
	cl, err := chain.Dial(t.Context(), d.RPCURL, d.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	m, err := marketv2.Open(t.Context(), cl, nil, d.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// run runs the binary the way a user does after `cairn devnet up`: an
// empty HOME (so no wallet in the default datadir), no CAIRN_* settings.
func run(home string, args ...string) (stdout, stderr string, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, cairnBin, args...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	return out.String(), errb.String(), err
}

// cairn runs the binary (see run), fails t if it fails and returns its
// stdout.
func cairn(t *testing.T, home string, args ...string) string {
	t.Helper()
	stdout, stderr, err := run(home, args...)
	if err != nil {
		t.Fatalf("cairn %s: %v\nstdout: %s\nstderr: %s", strings.Join(args, " "), err, stdout, stderr)
	}
	return stdout
}

// cairnFails runs the binary (see run), expects it to fail, and returns
// its stderr.
func cairnFails(t *testing.T, home string, args ...string) string {
	t.Helper()
	stdout, stderr, err := run(home, args...)
	if err == nil {
		t.Fatalf("cairn %s succeeded:\n%s", strings.Join(args, " "), stdout)
	}
	return stderr
}

// randomFile writes size random bytes to a new file called name and
// returns its path and bytes.
func randomFile(t *testing.T, name string, size int) (string, []byte) {
	t.Helper()
	data := make([]byte, size)
	_, _ = rand.Read(data)
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path, data
}

// getBack gets the file called name with the binary (args before "get":
// "--devnet", dir, or "devnet", "exec", …, "--") and fails t unless it is
// want, byte for byte.
func getBack(t *testing.T, home, name string, want []byte, via ...string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "back-"+name)
	cairn(t, home, append(append([]string{}, via...), "get", "-o", out, name)...)
	if got, err := os.ReadFile(out); err != nil || !bytes.Equal(got, want) {
		t.Fatalf("downloaded %s differs (%v)", name, err)
	}
}
