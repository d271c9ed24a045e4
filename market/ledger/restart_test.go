package ledger_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/cairn-storage/cairn/market/ledger"
)

func pageSize(n uint64) func(*ledger.Config) { return func(c *ledger.Config) { c.PageSize = n } }

// TestLedgerRestartResumesWithoutRescan: a reopened ledger starts from its
// persisted cursor: no eth_getLogs without new blocks, one page for one
// new block, and the same state.
func TestLedgerRestartResumesWithoutRescan(t *testing.T) {
	f := newFx(t)
	dir := t.TempDir()
	f.Mine(500)
	r := f.request(4)
	f.reserve(r, 0, f.Accounts[2])
	src := &source{LogSource: f.Client}
	l := f.open(dir, src, 2, pageSize(100))
	f.step(l, 2)
	if src.count() < 5 {
		t.Fatalf("first scan of ~530 blocks in pages of 100 took %d eth_getLogs", src.count())
	}
	before, synced := dump(t, l), l.Synced()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := l.OpenRequests(); !errors.Is(err, ledger.ErrClosed) {
		t.Fatalf("read after Close: %v, want ErrClosed", err)
	}

	src2 := &source{LogSource: f.Client}
	l2 := f.open(dir, src2, 2, pageSize(100))
	if l2.Synced() != synced {
		t.Fatalf("reopened at %+v, closed at %+v", l2.Synced(), synced)
	}
	if err := l2.Step(t.Context()); err != nil {
		t.Fatal(err)
	}
	if n := src2.count(); n != 0 {
		t.Fatalf("a restart without new blocks made %d eth_getLogs", n)
	}
	sameDump(t, "after restart", dump(t, l2), before)

	f.reserve(r, 1, f.Accounts[3])
	f.step(l2, 2)
	if n := src2.count(); n != 1 {
		t.Fatalf("one new confirmed block took %d eth_getLogs, want 1", n)
	}
	f.check(l2, r)
}

// TestLedgerFailedPageKeepsStateWithCursor: when the RPC dies between
// pages, the ledger holds exactly the pages it committed (state and cursor
// together) and a reopened ledger completes to the same state as a fresh
// scan.
func TestLedgerFailedPageKeepsStateWithCursor(t *testing.T) {
	f := newFx(t)
	dir := t.TempDir()
	f.Mine(40)
	r := f.request(4)
	src := &source{LogSource: f.Client, failAfter: 2}
	l := f.open(dir, src, 0, pageSize(10))
	if err := l.Step(t.Context()); !errors.Is(err, errDown) {
		t.Fatalf("step over a dying RPC: %v", err)
	}
	if got, want := l.Synced().Block, f.Dep.Block+19; got != want {
		t.Fatalf("synced to %d after two pages of 10 from %d, want %d", got, f.Dep.Block, want)
	}
	if _, ok, _ := l.Request(r.id); ok {
		t.Fatal("a request beyond the committed pages is in the ledger")
	}
	provs, _ := l.Providers()
	if len(provs) == 0 {
		t.Fatal("the registrations of the first pages are missing")
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	l2 := f.open(dir, f.Client, 0, pageSize(10))
	f.step(l2, 0)
	f.check(l2, r)
	fresh := f.open(t.TempDir(), f.Client, 0)
	f.step(fresh, 0)
	sameDump(t, "resumed vs fresh", dump(t, l2), dump(t, fresh))
}

// TestLedgerSubscribe: a subscriber is told after commits without blocking
// the ledger, and updates coalesce.
func TestLedgerSubscribe(t *testing.T) {
	f := newFx(t)
	l := f.open(t.TempDir(), f.Client, 0, pageSize(5))
	ch, cancel := l.Subscribe()
	f.step(l, 0) // many pages, nobody reading
	u, ok := <-ch
	if !ok || u.Synced != l.Synced() {
		t.Fatalf("update %+v (open %v), want the newest cursor %+v", u, ok, l.Synced())
	}
	select {
	case u := <-ch:
		t.Fatalf("a second update %+v was queued: updates must coalesce", u)
	default:
	}
	f.MustSend(f.Accounts[2], f.MP.PackSweepReservations([32]byte{}, big.NewInt(0)))
	f.step(l, 0)
	if u := <-ch; u.Synced.Block != f.Head() {
		t.Fatalf("update after a new block: %+v, head %d", u, f.Head())
	}
	cancel()
	if _, ok := <-ch; ok {
		t.Fatal("channel still open after cancel")
	}
	cancel()
}

// TestLedgerDirectoryIdentity: a ledger directory follows one contract.
func TestLedgerDirectoryIdentity(t *testing.T) {
	f := newFx(t)
	dir := t.TempDir()
	if err := f.open(dir, f.Client, 0).Close(); err != nil {
		t.Fatal(err)
	}
	cfg := ledger.DefaultConfig()
	cfg.StartBlock = f.Dep.Block
	if l, err := ledger.Open(dir, cfg, nil, f.Client, f.Dep.Token); !errors.Is(err, ledger.ErrOtherLedger) {
		if l != nil {
			_ = l.Close()
		}
		t.Fatalf("open for another contract: %v, want ErrOtherLedger", err)
	}
	bad := cfg
	bad.PageSize = 0
	if _, err := ledger.Open(t.TempDir(), bad, nil, f.Client, f.Dep.Marketplace); !errors.Is(err, ledger.ErrBadConfig) {
		t.Fatalf("open with page size 0: %v, want ErrBadConfig", err)
	}
}
