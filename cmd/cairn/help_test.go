package main

import (
	"math/big"
	"strings"
	"testing"
)

func TestHelpAndVersion(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
		none []string
	}{
		{"version", []string{"--version"}, []string{"cairn version " + testVersion}, nil},
		{"help", []string{"--help"},
			[]string{"wallet", "Examples:", "--datadir", "--rpc-url", "$ETH_RPC_URL", "--json", "--log-level", "--config", "--chain-id", "CAIRN_DATADIR"},
			[]string{"insecure-light-kdf"}},
		{"no args is help", nil, []string{"USAGE:", "wallet"}, nil},
		{"wallet help", []string{"wallet", "--help"}, []string{"new", "import", "address", "balance", "mnemonic"}, nil},
		{"wallet new help", []string{"wallet", "new", "--help"}, []string{"Examples:", "--password-file", "$CAIRN_PASSWORD_FILE", "--force"},
			[]string{"CAIRN_FORCE"}},
		{"wallet import help", []string{"wallet", "import", "--help"}, []string{"Examples:", "--mnemonic-file", "--keystore"}, nil},
		{"wallet address help", []string{"wallet", "address", "--help"}, []string{"Examples:", "--datadir"}, nil},
		{"wallet balance help", []string{"wallet", "balance", "--help"}, []string{"Examples:", "--token", "--rpc-url"}, nil},
		{"extend help", []string{"extend", "--help"}, []string{"Examples:", "--epochs", "--reserve-top-up", "--dry-run", "--json", "notice"}, nil},
		{"rm help", []string{"rm", "--help"}, []string{"Examples:", "refund", "--dry-run", "--json"}, nil},
		{"cancel help", []string{"cancel", "--help"}, []string{"Examples:", "expiry", "--json"}, nil},
		{"keep help", []string{"keep", "--help"}, []string{"Examples:", "keep run", "--budget", "--budget-monthly", "--period", "--drop", "$CAIRN_BUDGET"}, nil},
		{"audit help", []string{"audit", "--help"}, []string{"Examples:", "--run", "--rate", "audits.json", "--json"}, nil},
		{"ls help", []string{"ls", "--help"}, []string{"Examples:", "--warn-within"}, nil},
		{"provider run help", []string{"provider", "run", "--help"}, []string{"Examples:", "[[provider.volume]]", "proof set", "--capacity", "--announce", "--relay", "--relay-service", "--relay-allow", "--relay-allow-any", "cairn relay run", "Behind a NAT"}, []string{"--max-collateral"}},
		{"relay run help", []string{"relay", "run", "--help"}, []string{"Examples:", "--listen", "--announce", "--allow", "--allow-any", "--no-registry", "--max-reservations", "--max-circuits", "registered providers", "identity.key", "--json"}, nil},
		{"contracts deploy help", []string{"contracts", "deploy", "--help"}, []string{"Examples:", "lens", "--miss-window"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ok(t, nil, tt.args...)
			for _, w := range tt.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, r.stdout)
				}
			}
			for _, w := range tt.none {
				if strings.Contains(r.stdout, w) {
					t.Errorf("stdout shows %q", w)
				}
			}
			if r.stderr != "" {
				t.Errorf("stderr not empty: %q", r.stderr)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	e18 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	units := []struct {
		in   *big.Int
		want string
	}{
		{nil, "0"},
		{big.NewInt(0), "0"},
		{big.NewInt(1), "0.000000000000000001"},
		{new(big.Int).Mul(e18, big.NewInt(10000)), "10000"},
		{new(big.Int).Div(new(big.Int).Mul(e18, big.NewInt(25)), big.NewInt(2)), "12.5"},
		{new(big.Int).Neg(e18), "-1"},
	}
	for _, u := range units {
		if got := FormatUnits(u.in, TokenDecimals); got != u.want {
			t.Errorf("FormatUnits(%v) = %q, want %q", u.in, got, u.want)
		}
	}
	if got := FormatToken(units[4].in); got != "12.5 CAIRN" {
		t.Errorf("FormatToken = %q", got)
	}
	sizes := []struct {
		in   uint64
		want string
	}{
		{0, "0 B"}, {1023, "1023 B"}, {1024, "1 KiB"}, {1536, "1.5 KiB"},
		{64 << 20, "64 MiB"}, {4 << 30, "4 GiB"}, {3 << 40, "3 TiB"},
	}
	for _, s := range sizes {
		if got := FormatSize(s.in); got != s.want {
			t.Errorf("FormatSize(%d) = %q, want %q", s.in, got, s.want)
		}
	}
}
