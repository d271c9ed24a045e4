package ledger_test

import (
	"errors"
	"testing"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/rpcproxy"
)

// TestLedgerThroughFaultProxy runs the ledger against internal/rpcproxy in
// front of anvil: public-provider log limits (ranges over 1,000 blocks,
// answers over 10,000 logs) over a ~3,000-block history, then eth_getLogs
// answering [] while new events arrive. The ledger ends equal to one fed
// directly, never moves its cursor over hidden logs, and every error on
// the way is retryable.
func TestLedgerThroughFaultProxy(t *testing.T) {
	f := newFx(t)
	p, err := rpcproxy.New(f.node.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	pc, err := chain.Dial(t.Context(), p.URL(), f.node.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pc.Close)
	p.LogLimits(1000, 10000)

	r := f.request(400)
	f.reserve(r, 0, f.Accounts[2])
	f.Mine(1500)
	f.reserve(r, 1, f.Accounts[3])
	f.Mine(1500)
	l := f.open(t.TempDir(), pc, 2)
	f.step(l, 2)
	f.check(l, r)
	if n := p.Injected(rpcproxy.FaultLogRange); n == 0 {
		t.Fatal("the proxy refused no range: the test did not exercise the limits")
	}

	p.LogsEmpty(true)
	before := l.Synced()
	f.reserve(r, 2, f.Accounts[4])
	f.Mine(2)
	for i := range 2 {
		err := l.Step(t.Context())
		if !errors.Is(err, chain.ErrBadPage) || !chain.Retryable(err) {
			t.Fatalf("step %d while eth_getLogs answers []: %v, want a retryable ErrBadPage", i, err)
		}
		if got := l.Synced(); got != before {
			t.Fatalf("cursor moved from %d to %d over hidden logs", before.Block, got.Block)
		}
	}
	p.LogsEmpty(false)
	f.step(l, 2)
	f.check(l, r)
	direct := f.open(t.TempDir(), f.Client, 2)
	if err := direct.Step(t.Context()); err != nil || direct.Synced() != l.Synced() {
		t.Fatalf("direct ledger at %+v (err %v), proxied at %+v", direct.Synced(), err, l.Synced())
	}
	sameDump(t, "proxied vs direct", dump(t, l), dump(t, direct))
}
