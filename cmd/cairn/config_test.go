package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/cairn-storage/cairn/internal/anvil"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// TestPrecedence checks flags > CAIRN_* env > other env (ETH_RPC_URL) >
// TOML > defaults through the debug log line the binary writes before it
// dials ("dial rpc_url=… chain_id=…"); every URL is a closed port, so the
// command then fails quickly.
func TestPrecedence(t *testing.T) {
	datadir, _ := importAnvil0(t)
	url := func(name string) string {
		p, err := anvil.FreePort()
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("http://127.0.0.1:%d/%s", p, name)
	}
	flagURL, leafURL, cairnEnv, ethEnv, tomlURL, otherTOML := url("flag"), url("leaf"), url("cairn-env"), url("eth-env"), url("toml"), url("other-toml")
	writeFile(t, datadir, "config.toml", fmt.Sprintf("rpc_url = %q\nchain_id = 7\nlog_level = \"debug\"\n", tomlURL))
	other := writeFile(t, t.TempDir(), "other.toml", fmt.Sprintf("rpc_url = %q\nlog_level = \"debug\"\n", otherTOML))

	tests := []struct {
		name string
		env  []string
		args []string
		want []string // in the debug line
		none string   // must not appear in stderr
	}{
		{name: "toml over default", args: []string{"wallet", "balance"},
			want: []string{"rpc_url=" + tomlURL, "chain_id=7"}},
		{name: "ETH_RPC_URL over toml", env: []string{"ETH_RPC_URL=" + ethEnv}, args: []string{"wallet", "balance"},
			want: []string{"rpc_url=" + ethEnv, "chain_id=7"}},
		{name: "CAIRN_RPC_URL over ETH_RPC_URL", env: []string{"ETH_RPC_URL=" + ethEnv, "CAIRN_RPC_URL=" + cairnEnv},
			args: []string{"wallet", "balance"}, want: []string{"rpc_url=" + cairnEnv}},
		{name: "flag over env", env: []string{"CAIRN_RPC_URL=" + cairnEnv, "CAIRN_CHAIN_ID=9"},
			args: []string{"wallet", "balance", "--rpc-url", flagURL}, want: []string{"rpc_url=" + flagURL, "chain_id=9"}},
		{name: "flag before the command over env", env: []string{"CAIRN_RPC_URL=" + cairnEnv},
			args: []string{"--rpc-url", flagURL, "--chain-id", "3", "wallet", "balance"}, want: []string{"rpc_url=" + flagURL, "chain_id=3"}},
		{name: "flag after the command over flag before", args: []string{"--rpc-url", flagURL, "wallet", "balance", "--rpc-url", leafURL},
			want: []string{"rpc_url=" + leafURL}},
		{name: "env log level over toml", env: []string{"CAIRN_LOG_LEVEL=error"}, args: []string{"wallet", "balance"},
			none: "level=DEBUG"},
		{name: "explicit --config", args: []string{"wallet", "balance", "--config", other},
			want: []string{"rpc_url=" + otherTOML, "chain_id=0"}},
		{name: "CAIRN_CONFIG", env: []string{"CAIRN_CONFIG=" + other}, args: []string{"wallet", "balance"},
			want: []string{"rpc_url=" + otherTOML}},
		{name: "datadir from env", env: []string{"CAIRN_DATADIR=" + datadir}, args: []string{"wallet", "balance", "--log-level", "debug"},
			want: []string{"rpc_url=" + tomlURL}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if !strings.Contains(strings.Join(tt.env, " "), "CAIRN_DATADIR") {
				args = append(args, "--datadir", datadir)
			}
			r := runCLI(t, tt.env, args...)
			if r.code != 1 {
				t.Fatalf("exit %d, want 1 (closed port): %s", r.code, r.stderr)
			}
			line := ""
			for _, l := range strings.Split(r.stderr, "\n") {
				if strings.Contains(l, `msg=dial`) {
					line = l
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(line, w) {
					t.Errorf("dial line %q does not contain %q\nstderr: %s", line, w, r.stderr)
				}
			}
			if tt.none != "" && strings.Contains(r.stderr, tt.none) {
				t.Errorf("stderr contains %q:\n%s", tt.none, r.stderr)
			}
		})
	}

	t.Run("default rpc url", func(t *testing.T) {
		dir, _ := importAnvil0(t)
		r := runCLI(t, nil, "wallet", "balance", "--datadir", dir, "--log-level", "debug")
		if !strings.Contains(r.stderr, "rpc_url="+defaultRPCURL) {
			t.Errorf("default URL not used:\n%s", r.stderr)
		}
	})
}

func TestConfigFileErrors(t *testing.T) {
	tests := []struct {
		name, toml string
		want       []string
	}{
		{"unknown key", `rpc_ur = "x"`, []string{`unknown key "rpc_ur"`, "config.toml", "rpc_url"}},
		{"unknown key in section", "[wallet]\ntokn = \"0x\"", []string{`unknown key "wallet.tokn"`, "token"}},
		{"unknown section", "[walet]\ntoken = \"0x\"", []string{`unknown key "walet"`}},
		{"datadir not allowed", `datadir = "/tmp"`, []string{`unknown key "datadir"`}},
		{"force not allowed", "[wallet]\nforce = true", []string{`unknown key "wallet.force"`}},
		{"syntax", `rpc_url = `, []string{"config.toml", "TOML"}},
		{"bad value type", `chain_id = "x"`, []string{"chain_id", "config.toml"}},
		{"bad log level", `log_level = "loud"`, []string{"loud"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "config.toml", tt.toml)
			checkOneLineError(t, runCLI(t, nil, "wallet", "address", "--datadir", dir), tt.want...)
		})
	}

	t.Run("section key accepted", func(t *testing.T) {
		dir, _ := importAnvil0(t)
		writeFile(t, dir, "config.toml", "json = true\n[wallet]\ntoken = \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"\n")
		r := ok(t, nil, "wallet", "address", "--datadir", dir)
		if !strings.Contains(r.stdout, `"address": "`+anvil0+`"`) {
			t.Errorf("json = true from the config file not applied: %s", r.stdout)
		}
	})
	t.Run("missing explicit config", func(t *testing.T) {
		checkOneLineError(t, runCLI(t, nil, "wallet", "address", "--config", filepath.Join(t.TempDir(), "nope.toml")),
			"nope.toml", "--config")
	})
}

func TestLogFormatJSON(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "config.toml", "json = false\n") // so "read config" is logged
	r := runCLI(t, nil, "--datadir", dir, "--log-format", "json", "--log-level", "debug", "wallet", "address")
	// The command fails (no wallet), but its debug log lines are JSON.
	logs := 0
	for _, line := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
		if strings.HasPrefix(line, "cairn: ") { // the one-line error is for people
			continue
		}
		if !strings.HasPrefix(line, "{") || !strings.Contains(line, `"level":"DEBUG"`) {
			t.Fatalf("not a JSON log line: %q", line)
		}
		logs++
	}
	if logs == 0 {
		t.Fatalf("no log line to check:\n%s", r.stderr)
	}
	if r := runCLI(t, nil, "--datadir", dir, "--log-format", "yaml", "wallet", "address"); r.code == 0 || !strings.Contains(r.stderr, "want text or json") {
		t.Fatalf("bad --log-format accepted: %+v", r)
	}
}

// TestSenderOptions checks --max-fee-per-gas and --stuck-blocks resolve
// flags > env > TOML (top level, like every global) > defaults, through
// the debug line every command logs before it runs.
func TestSenderOptions(t *testing.T) {
	tests := []struct {
		name, toml string
		env        []string
		args       []string
		want       string
	}{
		{name: "defaults", want: "max_fee_per_gas_wei=<nil> stuck_blocks=6"},
		{name: "toml", toml: "max_fee_per_gas = \"1.5\"\nstuck_blocks = 3\n",
			want: "max_fee_per_gas_wei=1500000000 stuck_blocks=3"},
		{name: "toml zero stuck blocks", toml: "stuck_blocks = 0\n", want: "max_fee_per_gas_wei=<nil> stuck_blocks=0"},
		{name: "env over toml", toml: "max_fee_per_gas = \"1.5\"\nstuck_blocks = 3\n",
			env: []string{"CAIRN_MAX_FEE_PER_GAS=7", "CAIRN_STUCK_BLOCKS=9"}, want: "max_fee_per_gas_wei=7000000000 stuck_blocks=9"},
		{name: "flag over env", env: []string{"CAIRN_MAX_FEE_PER_GAS=7", "CAIRN_STUCK_BLOCKS=9"},
			args: []string{"--max-fee-per-gas", "50", "--stuck-blocks", "4"}, want: "max_fee_per_gas_wei=50000000000 stuck_blocks=4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, _ := importAnvil0(t)
			if tt.toml != "" {
				writeFile(t, dir, "config.toml", tt.toml)
			}
			args := append([]string{"wallet", "address", "--datadir", dir, "--log-level", "debug"}, tt.args...)
			r := ok(t, tt.env, args...)
			if !strings.Contains(r.stderr, "msg=\"transaction options\" "+tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, r.stderr)
			}
		})
	}
	for _, bad := range []string{"0", "-3", "cheap", "0.0000000001"} {
		t.Run("bad "+bad, func(t *testing.T) {
			checkOneLineError(t, runCLI(t, nil, "wallet", "address", "--datadir", t.TempDir(), "--max-fee-per-gas", bad),
				"--max-fee-per-gas", bad)
		})
	}
}

// TestProviderVolumes maps [[provider.volume]] entries onto the provider's
// volumes: sizes as strings or bytes, relative paths under the datadir,
// and every bad entry refused with an error naming it.
func TestProviderVolumes(t *testing.T) {
	datadir := t.TempDir()
	tests := []struct {
		name string
		toml string
		want []marketv2.Volume
		err  []string // substrings of the error; nil: no error
	}{
		{name: "two disks", toml: "[[provider.volume]]\npath = \"/mnt/a\"\ncapacity = \"4TiB\"\n[[provider.volume]]\npath = \"/mnt/b\"\ncapacity = 1073741824\n",
			want: []marketv2.Volume{{Path: "/mnt/a", Capacity: 4 << 40}, {Path: "/mnt/b", Capacity: 1 << 30}}},
		{name: "relative path", toml: "[[provider.volume]]\npath = \"disk1\"\ncapacity = \"10GiB\"\n",
			want: []marketv2.Volume{{Path: filepath.Join(datadir, "disk1"), Capacity: 10 << 30}}},
		{name: "no path", toml: "[[provider.volume]]\ncapacity = \"10GiB\"\n", err: []string{"provider.volume #1", "path"}},
		{name: "no capacity", toml: "[[provider.volume]]\npath = \"/mnt/a\"\n", err: []string{"provider.volume #1", "capacity is missing"}},
		{name: "bad capacity", toml: "[[provider.volume]]\npath = \"/mnt/a\"\ncapacity = \"lots\"\n", err: []string{"provider.volume #1", "capacity", "lots"}},
		{name: "zero capacity", toml: "[[provider.volume]]\npath = \"/mnt/a\"\ncapacity = 0\n", err: []string{"provider.volume #1", "positive"}},
		{name: "unknown key", toml: "[[provider.volume]]\npath = \"/mnt/a\"\ncapacity = \"1GiB\"\nsize = 3\n", err: []string{"provider.volume #1", `unknown key "size"`}},
		{name: "second entry bad", toml: "[[provider.volume]]\npath = \"/mnt/a\"\ncapacity = \"1GiB\"\n[[provider.volume]]\npath = 7\ncapacity = \"1GiB\"\n",
			err: []string{"provider.volume #2", "path"}},
		{name: "same path twice", toml: "[[provider.volume]]\npath = \"/mnt/a\"\ncapacity = \"1GiB\"\n[[provider.volume]]\npath = \"/mnt/a/\"\ncapacity = \"2GiB\"\n",
			err: []string{"/mnt/a", "twice"}},
		{name: "not a table array", toml: "[provider]\nvolume = \"/mnt/a\"\n", err: []string{"array of tables"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var values map[string]any
			if _, err := toml.Decode(tt.toml, &values); err != nil {
				t.Fatal(err)
			}
			prov, _ := values["provider"].(map[string]any)
			got, err := parseVolumes(prov[volumeKey], datadir)
			if tt.err != nil {
				if err == nil {
					t.Fatalf("no error, volumes %+v", got)
				}
				for _, w := range tt.err {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error %q lacks %q", err, w)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("volumes %+v, want %+v", got, tt.want)
			}
		})
	}

	// Through the config file, a bad entry stops any command with a one-line
	// error naming the file and the entry.
	dir := t.TempDir()
	writeFile(t, dir, "config.toml", "[[provider.volume]]\npath = \"/mnt/a\"\n")
	checkOneLineError(t, runCLI(t, nil, "wallet", "address", "--datadir", dir), "config.toml", "provider.volume #1", "capacity")
	// A good one is accepted beside the [provider] flags.
	writeFile(t, dir, "config.toml", "[provider]\nmin_price = \"0.5\"\n[[provider.volume]]\npath = \"/mnt/a\"\ncapacity = \"1GiB\"\n")
	if r := runCLI(t, nil, "wallet", "address", "--datadir", dir); strings.Contains(r.stderr, "volume") {
		t.Errorf("a good volume entry was refused: %s", r.stderr)
	}
}
