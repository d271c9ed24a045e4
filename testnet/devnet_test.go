package testnet_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/cairntest"
	"github.com/cairn-storage/cairn/internal/wallet"
	"github.com/cairn-storage/cairn/testnet"
)

// cairnBin is the real binary, built once for the package's tests.
var cairnBin string

func TestMain(m *testing.M) { os.Exit(cairntest.Main(m, "", &cairnBin)) }

func devnetOptions(t *testing.T, dir string) testnet.DevnetOptions {
	return testnet.DevnetOptions{Dir: dir, Providers: 3, EpochBlocks: 10, BlockTime: 250 * time.Millisecond,
		Binary: cairnBin, Capacity: "256MiB"}
}

func TestDevnetUpPutGetDownResume(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil and provider processes")
	}
	ctx := t.Context()
	dir := t.TempDir()
	h, d := up(t, devnetOptions(t, dir))
	checkRunning(t, dir, d, 3)

	// A second up in the same directory says what runs and what to do.
	_, err := testnet.Up(ctx, devnetOptions(t, dir))
	if !errors.Is(err, testnet.ErrDevnetRunning) || !strings.Contains(err.Error(), "cairn devnet down --dir "+dir) {
		t.Fatalf("second up: %v, want ErrDevnetRunning naming `cairn devnet down`", err)
	}

	// put and get through the binary with only --devnet: the devnet's
	// client wallet and password file are found through devnet.json.
	home := t.TempDir()
	in, data := randomFile(t, "hello.bin", 300_000)
	cairn(t, home, "--devnet", dir, "put", "--k", "2", "--m", "1", "--epochs", "50", in)
	getBack(t, home, "hello.bin", data, "--devnet", dir)
	if out := cairn(t, home, "--devnet", dir, "devnet", "status"); !strings.Contains(out, "running") {
		t.Errorf("devnet status:\n%s", out)
	}
	checkProviderStatus(t, home, dir, d)

	if err := h.Down(); err != nil {
		t.Fatalf("down: %v", err)
	}
	checkStopped(t, dir, d)

	// Up again resumes the chain, the wallets and the stored shards.
	h2, err := testnet.Up(ctx, testnet.DevnetOptions{Dir: dir, Binary: cairnBin})
	if err != nil {
		t.Fatalf("resume: %v", err)
	}
	t.Cleanup(func() { _ = h2.Down() })
	if !h2.Resumed {
		t.Error("second up did not resume")
	}
	d2, err := testnet.ReadDevnet(dir)
	if err != nil {
		t.Fatal(err)
	}
	checkRunning(t, dir, d2, 3)
	if d2.Deployment != d.Deployment || d2.Client.Address != d.Client.Address {
		t.Errorf("resumed devnet has other contracts or client: %+v vs %+v", d2, d)
	}
	getBack(t, home, "hello.bin", data, "--devnet", dir)

	// Down from "another process": by PID, from devnet.json.
	stopped, err := testnet.Down(dir, nil)
	if err != nil || !stopped {
		t.Fatalf("Down(dir): stopped %v, %v", stopped, err)
	}
	checkStopped(t, dir, d2)
	if stopped, err := testnet.Down(dir, nil); err != nil || stopped {
		t.Fatalf("second Down(dir): stopped %v, %v; want nothing to do", stopped, err)
	}
}

func checkRunning(t *testing.T, dir string, d *testnet.Devnet, providers int) {
	t.Helper()
	if d.State != testnet.DevnetRunning || d.ChainID != 31337 || d.RPCURL != "http://127.0.0.1:"+strconv.Itoa(d.AnvilPort) {
		t.Errorf("devnet.json: state %q chain %d rpc %q port %d", d.State, d.ChainID, d.RPCURL, d.AnvilPort)
	}
	if d.Deployment.Marketplace == ([20]byte{}) || d.Deployment.Token == ([20]byte{}) || d.EpochBlocks != 10 || d.BlockTimeMS != 250 {
		t.Errorf("devnet.json: deployment %+v, epoch %d, block time %d ms", d.Deployment, d.EpochBlocks, d.BlockTimeMS)
	}
	if d.SupervisorPID != os.Getpid() {
		t.Errorf("supervisor pid %d, want this process %d", d.SupervisorPID, os.Getpid())
	}
	if !testnet.ProcessAlive(d.AnvilPID) || !testnet.PortOpen("127.0.0.1:"+strconv.Itoa(d.AnvilPort)) {
		t.Errorf("anvil pid %d not alive or port %d closed", d.AnvilPID, d.AnvilPort)
	}
	if addr, err := wallet.ReadAddress(d.Client.DataDir); err != nil || addr != d.Client.Address {
		t.Errorf("client wallet in %s: %s, %v; devnet.json says %s", d.Client.DataDir, addr, err, d.Client.Address)
	}
	if len(d.Providers) != providers {
		t.Fatalf("%d providers in devnet.json, want %d", len(d.Providers), providers)
	}
	for i, p := range d.Providers {
		if p.Index != i+1 || p.DataDir != filepath.Join(dir, fmt.Sprintf("provider-%d", i+1)) || p.LogFile != p.DataDir+".log" {
			t.Errorf("provider %d: index %d datadir %s log %s", i, p.Index, p.DataDir, p.LogFile)
		}
		if !strings.HasPrefix(p.PeerID, "12D3KooW") || p.PasswordFile != d.Client.PasswordFile {
			t.Errorf("provider %d: peer id %q, password file %q", p.Index, p.PeerID, p.PasswordFile)
		}
		if !testnet.ProcessAlive(p.PID) || !testnet.PortOpen(p.MetricsAddr) {
			t.Errorf("provider %d: pid %d alive %v, metrics %s open %v", p.Index, p.PID, testnet.ProcessAlive(p.PID), p.MetricsAddr, testnet.PortOpen(p.MetricsAddr))
		}
	}
}

// checkStopped: every process of running is gone, its ports closed, and
// devnet.json says stopped with no PIDs left in it.
func checkStopped(t *testing.T, dir string, running *testnet.Devnet) {
	t.Helper()
	if testnet.ProcessAlive(running.AnvilPID) || testnet.PortOpen("127.0.0.1:"+strconv.Itoa(running.AnvilPort)) {
		t.Errorf("anvil pid %d or port %d still alive after down", running.AnvilPID, running.AnvilPort)
	}
	for _, p := range running.Providers {
		if testnet.ProcessAlive(p.PID) || testnet.PortOpen(p.MetricsAddr) {
			t.Errorf("provider %d: pid %d or metrics %s still alive after down", p.Index, p.PID, p.MetricsAddr)
		}
	}
	d, err := testnet.ReadDevnet(dir)
	if err != nil {
		t.Fatal(err)
	}
	if d.State != testnet.DevnetStopped || d.AnvilPID != 0 || d.SupervisorPID != 0 {
		t.Errorf("devnet.json after down: state %q anvil pid %d supervisor %d", d.State, d.AnvilPID, d.SupervisorPID)
	}
	for _, p := range d.Providers {
		if p.PID != 0 {
			t.Errorf("devnet.json after down: provider %d pid %d", p.Index, p.PID)
		}
	}
	if _, err := os.Stat(d.StateFile); err != nil {
		t.Errorf("anvil saved no state: %v", err)
	}
}

// TestDevnetRefusals covers the cases where up must not start anything.
func TestDevnetRefusals(t *testing.T) {
	cases := []struct {
		name  string
		setup func(t *testing.T, dir string)
		opts  func(o *testnet.DevnetOptions)
		want  string
	}{
		{"half-started devnet", func(t *testing.T, dir string) {
			writeDevnet(t, dir, &testnet.Devnet{State: testnet.DevnetStarting})
		}, nil, "--reset"},
		{"failed devnet", func(t *testing.T, dir string) {
			writeDevnet(t, dir, &testnet.Devnet{State: testnet.DevnetFailed})
		}, nil, "--reset"},
		{"stopped devnet without saved chain", func(t *testing.T, dir string) {
			writeDevnet(t, dir, &testnet.Devnet{State: testnet.DevnetStopped, EpochBlocks: 10, StateFile: filepath.Join(dir, "gone.json")})
		}, nil, "state file"},
		{"other provider count", func(t *testing.T, dir string) {
			writeDevnet(t, dir, &testnet.Devnet{State: testnet.DevnetStopped, EpochBlocks: 10, Providers: make([]testnet.DevnetProvider, 2)})
		}, func(o *testnet.DevnetOptions) { o.Providers = 5 }, "has 2 providers"},
		{"leftovers without devnet.json", func(t *testing.T, dir string) {
			if err := os.Mkdir(filepath.Join(dir, "client"), 0o700); err != nil {
				t.Fatal(err)
			}
		}, nil, "--reset"},
		{"no binary", nil, func(o *testnet.DevnetOptions) { o.Binary = filepath.Join(o.Dir, "nope") }, "cairn binary"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if tc.setup != nil {
				tc.setup(t, dir)
			}
			opts := testnet.DevnetOptions{Dir: dir, Binary: cairnBin}
			if tc.opts != nil {
				tc.opts(&opts)
			}
			h, err := testnet.Up(t.Context(), opts)
			if err == nil {
				_ = h.Down()
				t.Fatal("up succeeded")
			}
			if !strings.Contains(err.Error(), tc.want) || (tc.name != "no binary" && !errors.Is(err, testnet.ErrDevnetRefused)) {
				t.Errorf("error %q does not mention %q", err, tc.want)
			}
			if _, err := os.Stat(filepath.Join(dir, "anvil.log")); err == nil {
				t.Error("anvil was started")
			}
		})
	}
	if _, err := testnet.Down(t.TempDir(), nil); !errors.Is(err, testnet.ErrNoDevnet) {
		t.Errorf("Down of an empty dir: %v, want ErrNoDevnet", err)
	}
}

func writeDevnet(t *testing.T, dir string, d *testnet.Devnet) {
	t.Helper()
	if err := d.Write(dir); err != nil {
		t.Fatal(err)
	}
}

// checkProviderStatus: every provider of a 2+1 put on 3 providers holds one
// slot in its one proof set; `cairn provider status` shows the set with the
// store's capacity from the running provider, and /metrics has the set's
// gauges.
func checkProviderStatus(t *testing.T, home, dir string, d *testnet.Devnet) {
	t.Helper()
	for _, p := range d.Providers {
		var st struct {
			Registered bool `json:"registered"`
			Sets       []struct {
				SetID    uint64 `json:"set_id"`
				State    string `json:"state"`
				Capacity uint64 `json:"store_capacity"`
			} `json:"sets"`
			Slots []struct {
				State string `json:"state"`
			} `json:"slots"`
		}
		out := cairn(t, home, "--devnet", dir, "--datadir", p.DataDir, "--json", "provider", "status")
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatalf("provider status --json: %v\n%s", err, out)
		}
		if !st.Registered || len(st.Sets) != 1 || st.Sets[0].State != "active" || st.Sets[0].Capacity != 256<<20 || len(st.Slots) != 1 {
			t.Errorf("provider %d status: %s", p.Index, out)
		}
		resp, err := http.Get("http://" + p.MetricsAddr + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if want := fmt.Sprintf(`cairn_provider_set_active{set="%d"} 1`, st.Sets[0].SetID); !strings.Contains(string(body), want) {
			t.Errorf("provider %d /metrics lacks %q", p.Index, want)
		}
	}
}
