package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cairn-storage/cairn/testnet"
)

func TestDevnetErrors(t *testing.T) {
	empty := t.TempDir()
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"down without devnet", []string{"devnet", "down", "--dir", empty}, []string{"no devnet here", "pass --dir"}},
		{"status without devnet", []string{"devnet", "status", "--dir", empty}, []string{"no devnet here", "cairn devnet up"}},
		{"bad block time", []string{"devnet", "up", "--dir", empty, "--block-time", "soon"}, []string{"--block-time", "500ms"}},
		{"bad capacity", []string{"devnet", "up", "--dir", empty, "--capacity", "lots"}, []string{"lots"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkOneLineError(t, runCLI(t, nil, tc.args...), tc.want...)
		})
	}
}

// TestDevnetDetachStatusDown: up --detach returns with the devnet running,
// status reads it, a second up refuses, down stops it from another process.
func TestDevnetDetachStatusDown(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil and provider processes")
	}
	dir := filepath.Join(t.TempDir(), "devnet")
	t.Cleanup(func() { _, _ = testnet.Down(dir, nil) })
	r := ok(t, nil, "devnet", "up", "--dir", dir, "--providers", "2", "--block-time", "250ms", "--detach", "--json")
	var d testnet.Devnet
	if err := json.Unmarshal([]byte(r.stdout), &d); err != nil {
		t.Fatalf("devnet up --json: %v\n%s", err, r.stdout)
	}
	if d.State != testnet.DevnetRunning || d.SupervisorPID != 0 || len(d.Providers) != 2 || d.Providers[1].PeerID == "" {
		t.Fatalf("devnet up --detach: %+v", d)
	}

	r = ok(t, nil, "devnet", "status", "--dir", dir, "--json")
	var st struct {
		AnvilAlive bool `json:"anvil_alive"`
		Providers  []struct {
			Alive      bool `json:"alive"`
			Registered bool `json:"registered"`
		} `json:"providers"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &st); err != nil {
		t.Fatalf("devnet status --json: %v\n%s", err, r.stdout)
	}
	if !st.AnvilAlive || len(st.Providers) != 2 || !st.Providers[0].Alive || !st.Providers[1].Registered {
		t.Errorf("devnet status: %s", r.stdout)
	}

	checkOneLineError(t, runCLI(t, nil, "devnet", "up", "--dir", dir), "already running", "cairn devnet down --dir "+dir)

	r = ok(t, nil, "devnet", "down", "--dir", dir)
	if !strings.Contains(r.stdout, "stopped") {
		t.Errorf("devnet down: %s", r.stdout)
	}
	for _, p := range append([]int{d.AnvilPID}, d.Providers[0].PID, d.Providers[1].PID) {
		if testnet.ProcessAlive(p) {
			t.Errorf("pid %d alive after devnet down", p)
		}
	}
	if r := ok(t, nil, "devnet", "down", "--dir", dir); !strings.Contains(r.stdout, "no devnet running") {
		t.Errorf("second devnet down: %s", r.stdout)
	}
}
