// Package anviltest gives tests a real anvil: one per test (New) or one per
// test package (Main + Shared), stopped by PID when the tests end. With
// CAIRN_TEST_CHAIN=geth the node is geth --dev instead (devchain.StartTestChain).
package anviltest

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/devchain"
)

// New starts a fresh automining anvil for one test and stops it at cleanup.
func New(t testing.TB, opts ...func(*anvil.Options)) *anvil.Node {
	t.Helper()
	o := anvil.Options{DieWithParent: true}
	for _, f := range opts {
		f(&o)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute) // geth may be built first
	defer cancel()
	n, err := devchain.StartTestChain(ctx, o)
	if err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	t.Cleanup(func() { _ = n.Stop() })
	return n
}

var (
	sharedMu   sync.Mutex
	sharedNode *anvil.Node
)

// Shared returns the package's shared anvil, starting it on first use. Only
// valid inside a package whose TestMain calls Main.
func Shared(t testing.TB) *anvil.Node {
	t.Helper()
	sharedMu.Lock()
	defer sharedMu.Unlock()
	if sharedNode == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute) // geth may be built first
		defer cancel()
		n, err := devchain.StartTestChain(ctx, anvil.Options{DieWithParent: true})
		if err != nil {
			t.Fatalf("start shared anvil: %v", err)
		}
		sharedNode = n
	}
	return sharedNode
}

// Main runs the package's tests, stops the shared anvil, if any, and when
// the tests passed fails the run on leaked goroutines (idle HTTP keep-alive
// connections of RPC clients excepted). Use it as:
// func TestMain(m *testing.M) { anviltest.Main(m) }.
func Main(m *testing.M) {
	code := m.Run()
	sharedMu.Lock()
	if sharedNode != nil {
		if err := sharedNode.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, "stop anvil:", err)
		}
		sharedNode = nil
	}
	sharedMu.Unlock()
	if code == 0 {
		if err := goleak.Find(IgnoreIdleHTTP()...); err != nil {
			fmt.Fprintln(os.Stderr, "goleak:", err)
			code = 1
		}
	}
	os.Exit(code)
}

// IgnoreIdleHTTP ignores the goroutines of pooled HTTP connections, which
// go-ethereum's RPC clients keep after Close.
func IgnoreIdleHTTP() []goleak.Option {
	return []goleak.Option{
		goleak.IgnoreTopFunction("internal/poll.runtime_pollWait"),
		goleak.IgnoreTopFunction("net/http.(*persistConn).writeLoop"),
		goleak.IgnoreTopFunction("net/http.(*persistConn).readLoop"),
	}
}
