package ledger_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/cockroachdb/pebble"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/rpcproxy"
	"github.com/cairn-storage/cairn/market/ledger"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// TestLedgerV2Reorg replaces the chain's last blocks — a reservation, an
// extension and a declared fault (which settles, cuts, removes and
// closes a tenure) — with a longer chain holding another reservation and
// a termination. With 0 confirmations the ledger applied the orphans and
// must rewind them exactly; with 5 it never applied them; with a window
// shorter than the reorg it resets and rescans. Every way it ends equal
// to the lens and, key for key, to a ledger that scanned the new chain
// from scratch.
func TestLedgerV2Reorg(t *testing.T) {
	for _, tc := range []struct {
		conf, window, depth uint64
	}{
		{conf: 0, window: 64, depth: 3},
		{conf: 5, window: 64, depth: 3},
		{conf: 0, window: 64, depth: 10},
		{conf: 0, window: 4, depth: 10},
	} {
		t.Run(fmt.Sprintf("conf_%d_window_%d_depth_%d", tc.conf, tc.window, tc.depth), func(t *testing.T) {
			f := newFx2(t)
			ctx := t.Context()
			a, b, c := f.provider(2, marketv2.AcceptAll), f.provider(3, marketv2.AcceptAll), f.provider(4, marketv2.AcceptAll)
			start := f.CurrentEpoch() + 3
			r := f.request(start, start+20)
			tid := a.fill(r, 0, 0)
			dir := t.TempDir()
			window := func(c *ledger.Config) { c.ReorgWindow = tc.window }
			l := f.open(dir, f.Client, tc.conf, window)
			f.sync(l, tc.conf)
			atAncestor := dump(t, l)
			a.quiet, b.quiet, c.quiet = true, true, true // provers would act on the orphans
			snap, err := f.node.Snapshot(ctx)
			if err != nil {
				t.Fatal(err)
			}
			b.reserve(r, 1)
			if err := f.client.ExtendRequest(ctx, r.id, start+25, contracts.Tokens(1)); err != nil {
				t.Fatal(err)
			}
			_, mid := marketv2.SplitTenure(tid)
			if err := a.m.DeclareFaults(ctx, a.set(), []uint32{mid}); err != nil {
				t.Fatal(err)
			}
			f.Mine(tc.depth - 3)
			if err := l.Step(ctx); err != nil {
				t.Fatal(err)
			}
			if tc.conf == 0 {
				f.check2(l) // the orphans are applied
			} else {
				sameDump(t, "orphans unconfirmed", dump(t, l), atAncestor)
			}
			ch, cancel := l.Subscribe()
			defer cancel()
			err = f.node.Reorg(ctx, snap, tc.depth, func(context.Context) error {
				// Raw sends: a chain.Sender never signs below a nonce it
				// used, and B's orphaned transaction, resent, would hash the same.
				if _, err := f.Send(c.acct, f.MP.PackReserveSlot(r.id, big.NewInt(1))); err != nil {
					return err
				}
				_, err := f.Send(f.Accounts[1], f.MP.PackTerminateRequest(r.id))
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			f.sync(l, tc.conf)
			f.check2(l)
			if got := rewound(ch); got != (tc.conf == 0) {
				t.Fatalf("rewound = %v with %d confirmations", got, tc.conf)
			}
			fresh := f.open(t.TempDir(), f.Client, tc.conf)
			if err := fresh.Step(ctx); err != nil {
				t.Fatal(err)
			}
			if fresh.Synced() != l.Synced() {
				t.Fatalf("fresh ledger at %+v, rewound one at %+v", fresh.Synced(), l.Synced())
			}
			sameDump(t, "rewound vs fresh", dump(t, l), dump(t, fresh))
			rewoundDump := dump(t, l)
			if err := l.Close(); err != nil {
				t.Fatal(err)
			}
			again := f.open(dir, f.Client, tc.conf, window) // a reset rewrote m/version
			sameDump(t, "reopened after the reorg", dump(t, again), rewoundDump)
		})
	}
}

// TestLedgerV2RestartThroughProxy scans a v2 market's history through
// internal/rpcproxy with public-RPC log limits, then reopens the ledger:
// it resumes from its cursor with no eth_getLogs when no block came, one
// for one new confirmed block, and the same state.
func TestLedgerV2RestartThroughProxy(t *testing.T) {
	f := newFx2(t)
	p, err := rpcproxy.New(f.node.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	pc, err := chain.Dial(t.Context(), p.URL(), f.ChainID.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pc.Close)
	p.LogLimits(1000, 10000)

	a, b := f.provider(2, marketv2.AcceptAll), f.provider(3, marketv2.AcceptAll)
	start := f.CurrentEpoch() + 3
	r := f.request(start, start+300)
	a.fill(r, 0, 0)
	b.fill(r, 1, 0)
	f.step(start + 150) // ~1,500 blocks of proofs: more than one page of the proxy's range
	dir := t.TempDir()
	l := f.open(dir, pc, 2)
	f.sync(l, 2)
	f.check2(l)
	if n := p.Injected(rpcproxy.FaultLogRange); n == 0 {
		t.Fatal("the proxy refused no range: the test did not exercise the limits")
	}
	before, synced := dump(t, l), l.Synced()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := l.Set(a.set()); !errors.Is(err, ledger.ErrClosed) {
		t.Fatalf("read after Close: %v, want ErrClosed", err)
	}

	logs := p.Received("eth_getLogs")
	l2 := f.open(dir, pc, 2)
	if l2.Synced() != synced {
		t.Fatalf("reopened at %+v, closed at %+v", l2.Synced(), synced)
	}
	if err := l2.Step(t.Context()); err != nil {
		t.Fatal(err)
	}
	if n := p.Received("eth_getLogs") - logs; n != 0 {
		t.Fatalf("a restart without new blocks made %d eth_getLogs", n)
	}
	sameDump(t, "after restart", dump(t, l2), before)
	f.Mine(1)
	if err := l2.Step(t.Context()); err != nil {
		t.Fatal(err)
	}
	if n := p.Received("eth_getLogs") - logs; n != 1 {
		t.Fatalf("one new confirmed block took %d eth_getLogs, want 1", n)
	}
	f.check2(l2)
}

// TestLedgerV1DirectoryRefused: v1 was removed, so a directory holding a
// v1 ledger (m/version = 1) fails to open with ErrV1Ledger (and
// ErrOtherLedger); the zero Protocol is v2 (a v2 ledger reopens with it),
// and any other protocol is a config error.
func TestLedgerV1DirectoryRefused(t *testing.T) {
	f := newFx2(t)
	dir := t.TempDir()
	l := f.open(dir, f.Client, 0)
	if err := l.Step(t.Context()); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	cfg := ledger.DefaultConfig()
	cfg.StartBlock = f.Dep.Block
	again, err := ledger.Open(dir, cfg, nil, f.Client, f.Dep.Marketplace)
	if err != nil {
		t.Fatalf("a v2 directory reopened with the zero protocol: %v", err)
	}
	if err := again.Close(); err != nil {
		t.Fatal(err)
	}
	v1dir := t.TempDir()
	db, err := pebble.Open(v1dir, &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Set([]byte("m/version"), []byte{1}, pebble.Sync); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = ledger.Open(v1dir, cfg, nil, f.Client, f.Dep.Marketplace)
	if !errors.Is(err, ledger.ErrV1Ledger) || !errors.Is(err, ledger.ErrOtherLedger) {
		t.Fatalf("a v1 directory: %v, want ErrV1Ledger and ErrOtherLedger", err)
	}
	cfg.Protocol = 1
	if err := cfg.Validate(); !errors.Is(err, ledger.ErrBadConfig) {
		t.Fatalf("protocol 1: %v, want ErrBadConfig", err)
	}
	cfg.Protocol = 3
	if err := cfg.Validate(); !errors.Is(err, ledger.ErrBadConfig) {
		t.Fatalf("protocol 3: %v, want ErrBadConfig", err)
	}
}

// rewound drains ch and reports whether any update was a rewind.
func rewound(ch <-chan ledger.Update) bool {
	select {
	case u := <-ch:
		return u.Rewound
	default:
		return false
	}
}
