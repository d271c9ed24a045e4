package main

import (
	"bytes"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/rpcproxy"
	"github.com/cairn-storage/cairn/testnet"
)

// The kill -9 tests of `extend` and `keep run`: a command run through an
// rpcproxy in front of the market's anvil, killed with SIGKILL at a point
// the proxy makes deterministic, then run again.

// The two kill points: every raw transaction of the first run refused
// (journalled, not sent), or the first one forwarded with its answer
// dropped (sent, answer lost).
var (
	refuseSends    = func(p *rpcproxy.Proxy) { p.FailMethod("eth_sendRawTransaction", 503, 1_000_000) }
	dropSendAnswer = func(p *rpcproxy.Proxy) { p.DropSendResponse(1) }
	sendForwarded  = func(p *rpcproxy.Proxy) bool { return p.Forwarded("eth_sendRawTransaction") >= 1 }
)

// killSetup starts a market and a funded wallet and puts size random
// bytes as name for epochs (see putApproved); it returns the chain, the
// wallet's env and datadir, and the request id.
func killSetup(t *testing.T, name string, size int, epochs string) (*testnet.Chain, []string, string, string) {
	t.Helper()
	ch := startMarket(t)
	dir := t.TempDir()
	env, data := fundedWallet(t, ch, dir, "data", 10_000)
	return ch, env, data, putApproved(t, env, data, dir, name, size, epochs)
}

// faultProxy starts a proxy in front of ch's anvil with fault applied and
// returns it and env (the wallet's) with the RPC pointed at it.
func faultProxy(t *testing.T, ch *testnet.Chain, env []string, fault func(*rpcproxy.Proxy)) (*rpcproxy.Proxy, []string) {
	t.Helper()
	proxy, err := rpcproxy.New(ch.Anvil.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(proxy.Close)
	fault(proxy)
	return proxy, append(append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...), "CAIRN_RPC_URL="+proxy.URL())
}

// clearFaults lifts every fault of proxy before the rerun and returns how
// many raw transactions it forwarded so far.
func clearFaults(proxy *rpcproxy.Proxy) int64 {
	proxy.Reset()
	proxy.FailMethod("eth_sendRawTransaction", 0, 0)
	return proxy.Forwarded("eth_sendRawTransaction")
}

// startCairn starts the binary with env and args; its stderr goes to the
// buffer returned (read it only after the process was waited for).
func startCairn(t *testing.T, env []string, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &stderr
}

// kill9 kills cmd with SIGKILL and waits for it.
func kill9(cmd *exec.Cmd) {
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
}

// waitUntil polls cond every poll for up to a minute. On timeout it kills
// cmd and fails t with what() and cmd's log.
func waitUntil(t *testing.T, cmd *exec.Cmd, log *bytes.Buffer, poll time.Duration, cond func() bool, what func() string) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); !cond(); time.Sleep(poll) {
		if time.Now().After(deadline) {
			kill9(cmd)
			t.Fatalf("%s; log:\n%s", what(), log)
		}
	}
}

// endAfterKill checks the request's end once the first run was killed:
// an extension forwarded before the kill (landed) is in anvil's pool and
// must move the end to newEnd; one never sent leaves it at oldEnd.
func endAfterKill(t *testing.T, endNow func() uint64, landed bool, oldEnd, newEnd uint64) {
	t.Helper()
	if !landed {
		if e := endNow(); e != oldEnd {
			t.Fatalf("end moved to %d with every send refused", e)
		}
		return
	}
	for deadline := time.Now().Add(30 * time.Second); endNow() != newEnd; time.Sleep(200 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the extension forwarded before the kill never landed (end %d, want %d)", endNow(), newEnd)
		}
	}
}
