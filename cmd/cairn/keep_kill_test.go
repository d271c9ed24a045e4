package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/rpcproxy"
)

// keepJournal is the part of keep-journal.json the kill tests read.
type keepJournal struct {
	Entries []struct {
		Request string `json:"request"`
		FromEnd uint64 `json:"from_end"`
		NewEnd  uint64 `json:"new_end"`
		Done    bool   `json:"done"`
		Failed  bool   `json:"failed"`
	} `json:"entries"`
}

func readKeepJournal(datadir string) keepJournal {
	var j keepJournal
	b, err := os.ReadFile(filepath.Join(datadir, keepJournalFile))
	if err == nil {
		_ = json.Unmarshal(b, &j)
	}
	return j
}

// TestKeepRunKill9 kills `cairn keep run` with SIGKILL at the two points
// between its journal write and the extension's receipt that a proxy in
// front of the RPC makes deterministic, reruns it, and checks the request
// was extended exactly once (end = old end + period) and paid once (the
// wallet's tokens fell by one extension's quote):
//   - "journalled, not sent": every eth_sendRawTransaction of the first run
//     is refused by the proxy, so the journal holds a pending entry whose
//     transaction never reached the chain; the rerun sends it.
//   - "sent, receipt lost": the first run's extension reaches anvil but its
//     answer is dropped and the process dies at once; the rerun finds the
//     new end on chain and sends nothing.
func TestKeepRunKill9(t *testing.T) {
	cases := []struct {
		name      string
		fault     func(p *rpcproxy.Proxy)
		killWhen  func(p *rpcproxy.Proxy, j keepJournal) bool
		rerunSend bool // the rerun must send the extension (else: nothing)
	}{
		{"journalled, not sent", refuseSends,
			func(p *rpcproxy.Proxy, j keepJournal) bool {
				return len(j.Entries) == 1 && !j.Entries[0].Done && p.Received("eth_sendRawTransaction") >= 1
			}, true},
		{"sent, receipt lost", dropSendAnswer,
			func(p *rpcproxy.Proxy, _ keepJournal) bool { return sendForwarded(p) },
			false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ch, env, data, id := killSetup(t, "kept.bin", 200_000, "20")
			var kp struct {
				Files []struct {
					EndEpoch uint64 `json:"end_epoch"`
					NextEnd  uint64 `json:"next_end_epoch"`
					NextCost string `json:"next_cost_wei"`
				} `json:"files"`
			}
			const period = "100"
			decode(t, ok(t, env, "--datadir", data, "--json", "keep", "kept.bin", "--period", period), &kp)
			if len(kp.Files) != 1 || kp.Files[0].NextEnd == 0 {
				t.Fatalf("keep: %+v", kp)
			}
			want := kp.Files[0]
			cost, okCost := new(big.Int).SetString(want.NextCost, 10)
			if !okCost || cost.Sign() <= 0 {
				t.Fatalf("keep quote %q", want.NextCost)
			}
			addr := addressOf(t, env, data)
			balance := func() *big.Int { return tokenBalance(t, env, data) }
			endNow := func() uint64 { return endEpochOf(t, env, data, id) }
			before := balance()

			proxy, cmdEnv := faultProxy(t, ch, env, tc.fault)
			keepRun := func() (*exec.Cmd, *bytes.Buffer) {
				return startCairn(t, cmdEnv, "--datadir", data, "keep", "run", "--period", period, "--poll", "100ms")
			}
			first, firstErr := keepRun()
			waitUntil(t, first, firstErr, 5*time.Millisecond, func() bool { return tc.killWhen(proxy, readKeepJournal(data)) },
				func() string {
					return fmt.Sprintf("keep run never reached the kill point; journal %+v", readKeepJournal(data))
				})
			kill9(first)
			j := readKeepJournal(data)
			if len(j.Entries) != 1 || j.Entries[0].Done || j.Entries[0].Failed || j.Entries[0].NewEnd != want.NextEnd {
				t.Fatalf("journal after kill -9: %+v (want one pending entry to %d)", j, want.NextEnd)
			}
			endAfterKill(t, endNow, !tc.rerunSend, want.EndEpoch, want.NextEnd)

			sentBefore := clearFaults(proxy)
			nonceBefore, err := ch.Client.NonceAt(t.Context(), addr, nil)
			if err != nil {
				t.Fatal(err)
			}
			second, secondErr := keepRun()
			waitUntil(t, second, secondErr, 50*time.Millisecond, func() bool {
				j := readKeepJournal(data)
				return len(j.Entries) >= 1 && j.Entries[0].Done
			}, func() string {
				return fmt.Sprintf("rerun never finished the journalled extension; journal %+v", readKeepJournal(data))
			})
			// Give the rerun a few more polls to (wrongly) extend again.
			time.Sleep(time.Second)
			_ = second.Process.Signal(os.Interrupt)
			if err := second.Wait(); err != nil {
				t.Fatalf("keep run after SIGINT: %v\n%s", err, secondErr)
			}
			// Transactions the rerun got mined, by the wallet's nonce: a
			// send the sender re-signs at a higher fee (a replacement of
			// the same nonce on a loaded machine) is one transaction.
			nonceAfter, err := ch.Client.NonceAt(t.Context(), addr, nil)
			if err != nil {
				t.Fatal(err)
			}
			mined := nonceAfter - nonceBefore
			if tc.rerunSend && mined != 1 || !tc.rerunSend && mined != 0 {
				t.Errorf("rerun got %d transactions mined (%d sends; want %d)\n%s", mined, proxy.Forwarded("eth_sendRawTransaction")-sentBefore,
					map[bool]int{true: 1, false: 0}[tc.rerunSend], secondErr)
			}
			if j := readKeepJournal(data); len(j.Entries) != 1 || !j.Entries[0].Done {
				t.Errorf("journal after rerun: %+v (want one done entry)", j)
			}
			if e := endNow(); e != want.NextEnd {
				t.Errorf("end %d after kill -9 and rerun, want %d (old end %d + %s once)", e, want.NextEnd, want.EndEpoch, period)
			}
			if paid := new(big.Int).Sub(before, balance()); paid.Cmp(cost) != 0 {
				t.Errorf("paid %s tokens-wei in all, one extension costs %s", paid, cost)
			}
		})
	}
}
