package main

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/rpcproxy"
)

// extendIntents lists the extend journal's records (file names).
func extendIntents(datadir string) []string {
	es, _ := os.ReadDir(filepath.Join(datadir, extendJournalDir))
	var out []string
	for _, e := range es {
		if strings.HasSuffix(e.Name(), ".json") {
			out = append(out, e.Name())
		}
	}
	return out
}

// TestExtendKill9 kills `cairn extend ID --epochs N` with SIGKILL between
// its journal write and the transaction's receipt, at the two points a
// proxy in front of the RPC makes deterministic, then runs the same
// command again, and checks from the wallet's real token balance that
// the extension was paid exactly once and the end moved by N once:
//   - "journalled, not sent": the proxy refuses every
//     eth_sendRawTransaction of the first run, so the journal holds the
//     intent of a transaction that never reached the chain; the rerun
//     sends it (one transaction) to the same absolute end.
//   - "sent, answer lost": the first run's extendRequest reaches anvil but
//     its answer is dropped and the process dies at once; the rerun finds
//     the end already moved and sends nothing.
func TestExtendKill9(t *testing.T) {
	cases := []struct {
		name      string
		fault     func(p *rpcproxy.Proxy)
		killWhen  func(p *rpcproxy.Proxy, intents []string) bool
		rerunSend bool
	}{
		{"journalled, not sent", refuseSends,
			func(p *rpcproxy.Proxy, in []string) bool {
				return len(in) == 1 && p.Received("eth_sendRawTransaction") >= 1
			}, true},
		{"sent, answer lost", dropSendAnswer,
			func(p *rpcproxy.Proxy, _ []string) bool { return sendForwarded(p) },
			false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ch, env, data, id := killSetup(t, "long.bin", 150_000, "40")
			type extOut struct {
				Extended bool   `json:"extended"`
				TotalWei string `json:"total_wei"`
				Requests []struct {
					Old     uint64 `json:"old_end_epoch"`
					New     uint64 `json:"new_end_epoch"`
					Total   string `json:"total_wei"`
					Landed  bool   `json:"landed_before"`
					Resumed bool   `json:"resumed"`
				} `json:"requests"`
			}
			const epochs = "15"
			var quote extOut
			decode(t, ok(t, env, "--datadir", data, "--json", "extend", id, "--epochs", epochs, "--dry-run"), &quote)
			if len(quote.Requests) != 1 || quote.Requests[0].New != quote.Requests[0].Old+15 {
				t.Fatalf("extend --dry-run: %+v", quote)
			}
			want := quote.Requests[0]
			cost, okCost := new(big.Int).SetString(want.Total, 10)
			if !okCost || cost.Sign() <= 0 {
				t.Fatalf("extend quote %q", want.Total)
			}
			balance := func() *big.Int { return tokenBalance(t, env, data) }
			endNow := func() uint64 { return endEpochOf(t, env, data, id) }
			before := balance()

			proxy, cmdEnv := faultProxy(t, ch, env, tc.fault)
			first, firstErr := startCairn(t, cmdEnv, "--datadir", data, "extend", id, "--epochs", epochs)
			waitUntil(t, first, firstErr, 2*time.Millisecond, func() bool { return tc.killWhen(proxy, extendIntents(data)) },
				func() string {
					return fmt.Sprintf("extend never reached the kill point; intents %v", extendIntents(data))
				})
			kill9(first)
			in := extendIntents(data)
			if len(in) != 1 || !strings.HasSuffix(in[0], fmt.Sprintf("-%d.json", want.New)) {
				t.Fatalf("extend journal after kill -9: %v (want one intent to end %d); log:\n%s", in, want.New, firstErr)
			}
			endAfterKill(t, endNow, !tc.rerunSend, want.Old, want.New)

			sentBefore := clearFaults(proxy)
			var again extOut
			decode(t, ok(t, cmdEnv, "--datadir", data, "--json", "extend", id, "--epochs", epochs), &again)
			sent := proxy.Forwarded("eth_sendRawTransaction") - sentBefore
			if tc.rerunSend && sent != 1 || !tc.rerunSend && sent != 0 {
				t.Errorf("rerun sent %d transactions (want %d)", sent, map[bool]int{true: 1, false: 0}[tc.rerunSend])
			}
			if len(again.Requests) != 1 || again.Requests[0].New != want.New || again.Requests[0].Old != want.Old ||
				again.Requests[0].Landed == tc.rerunSend || again.Requests[0].Resumed != tc.rerunSend {
				t.Errorf("rerun's result %+v, want the interrupted extension %d → %d (landed %t)", again, want.Old, want.New, !tc.rerunSend)
			}
			if wantPaid := map[bool]string{true: want.Total, false: "0"}[tc.rerunSend]; again.TotalWei != wantPaid {
				t.Errorf("rerun says it paid %s, want %s", again.TotalWei, wantPaid)
			}
			if in := extendIntents(data); len(in) != 0 {
				t.Errorf("extend journal after the rerun: %v (want empty)", in)
			}
			if e := endNow(); e != want.New {
				t.Errorf("end %d after kill -9 and rerun, want %d (old end %d + %s once)", e, want.New, want.Old, epochs)
			}
			if paid := new(big.Int).Sub(before, balance()); paid.Cmp(cost) != 0 {
				t.Errorf("paid %s tokens-wei in all, one extension costs %s", paid, cost)
			}
			// A later run of the same command is a new extension: it moves
			// the end by N again, for one more quote.
			var later extOut
			decode(t, ok(t, env, "--datadir", data, "--json", "extend", id, "--epochs", epochs), &later)
			if len(later.Requests) != 1 || later.Requests[0].Old != want.New || later.Requests[0].New != want.New+15 || later.Requests[0].Landed {
				t.Errorf("a later extend: %+v, want %d → %d", later, want.New, want.New+15)
			}
			if paid := new(big.Int).Sub(before, balance()); paid.Cmp(new(big.Int).Mul(cost, big.NewInt(2))) != 0 {
				t.Errorf("paid %s tokens-wei after two extensions of %s each", paid, cost)
			}
		})
	}
}
