package market_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
	"github.com/cairn-storage/cairn/internal/cairntest/markettest"
	"github.com/cairn-storage/cairn/market"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// v2ClientWorld is a protocol v2 deployment on its own anvil (no providers).
type v2ClientWorld struct {
	t    *testing.T
	node *anvil.Node
	env  *contracttest.Env
}

func newV2ClientWorld(t *testing.T) *v2ClientWorld {
	t.Helper()
	node := anviltest.New(t)
	return &v2ClientWorld{t: t, node: node, env: contracttest.DeployV2(t, node, contracttest.TestConfig(), contracttest.Options{Accounts: 4})}
}

// market opens a v2 Market sending as account a.
func (w *v2ClientWorld) market(a *contracttest.Account) *marketv2.Market {
	w.t.Helper()
	return markettest.Open(w.t, w.env, w.node.URL, a)
}

// client is a v2 client whose wallet is account a (funded and approved by
// contracttest), with a fresh mnemonic's master and auth keys.
func (w *v2ClientWorld) client(a *contracttest.Account, cfg market.ClientConfig) (*market.Client, *marketv2.Market, *storage.Keys) {
	w.t.Helper()
	keys, err := storage.KeysFromMnemonic(newMnemonic(w.t))
	if err != nil {
		w.t.Fatal(err)
	}
	keys.Wallet = a.Key
	m := w.market(a)
	c, err := market.NewClient(cfg, nil, m, keys, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { c.Close() })
	return c, m, keys
}

// v2ClientConfig is a 2+1 client with 20-epoch requests (TestConfig
// shards are ≤ 1 MiB, so a 1 MiB file is one request).
func v2ClientConfig(t *testing.T) market.ClientConfig {
	cfg := smallClientConfig()
	cfg.Epochs = 20
	cfg.Poll = 20 * time.Millisecond
	cfg.JournalDir = filepath.Join(t.TempDir(), "journal")
	return cfg
}

// putUntil runs a put that is cancelled at the first progress event stop
// accepts, and returns its result and error.
func putUntil(t *testing.T, cfg market.ClientConfig, c func(market.ClientConfig) *market.Client, path string, stop func(market.Progress) bool) (market.PutResult, error) {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var once sync.Once
	cfg.Progress = func(ev market.Progress) {
		if stop(ev) {
			once.Do(cancel)
		}
	}
	return c(cfg).Put(ctx, path)
}

// TestPutV2ResumesAndTerminates: on v2, a put interrupted after its
// request was mined (or before it was sent) and rerun continues the same
// request — the wallet pays one quote, exactly — and ls lists one file
// with its end. Then extend moves the end for exactly its quote, rm by
// another wallet is refused, and rm by the owner returns all of a request
// nobody filled.
func TestPutV2ResumesAndTerminates(t *testing.T) {
	cases := []struct {
		name  string
		first func(market.Progress) bool
	}{
		{"after the request was mined", func(ev market.Progress) bool { return ev.Stage == "request" && ev.Done == 1 }},
		{"before the request was sent", func(ev market.Progress) bool { return ev.Stage == "request" && ev.Done == 0 }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newV2ClientWorld(t)
			ctx := t.Context()
			cfg := v2ClientConfig(t)
			owner := w.env.Accounts[1]
			var client *market.Client
			var m *marketv2.Market
			var keys *storage.Keys
			mk := func(c market.ClientConfig) *market.Client {
				// One wallet and keys throughout; each run its own config.
				if client == nil {
					client, m, keys = w.client(owner, c)
					return client
				}
				cl, err := market.NewClient(c, nil, m, keys, nil)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { cl.Close() })
				return cl
			}
			path, _ := randomFile(t, 1<<20-100)
			mk(cfg)
			before, err := m.TokenBalance(ctx, owner.Addr)
			if err != nil {
				t.Fatal(err)
			}
			q, err := client.Quote(ctx, 1<<20-100)
			if err != nil {
				t.Fatal(err)
			}
			first, err := putUntil(t, cfg, mk, path, tc.first)
			if err == nil {
				t.Fatal("the interrupted put succeeded")
			}
			second, err := putUntil(t, cfg, mk, path, func(ev market.Progress) bool { return ev.Stage == "fill" })
			if !errors.Is(err, market.ErrInterrupted) {
				t.Fatalf("rerun stopped while filling: %v, want ErrInterrupted", err)
			}
			if first.ID != ([32]byte{}) && second.ID != first.ID {
				t.Fatalf("rerun is on request %x, the first run created %x", second.ID, first.ID)
			}
			after, err := m.TokenBalance(ctx, owner.Addr)
			if err != nil {
				t.Fatal(err)
			}
			if paid := new(big.Int).Sub(before, after); paid.Cmp(q.Total) != 0 {
				t.Fatalf("paid %s for put + rerun, one request is quoted %s", paid, q.Total)
			}
			files, err := client.List(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(files) != 1 || files[0].ID != second.ID || files[0].State != "pending" {
				t.Fatalf("ls = %+v, want one pending file on request %x", files, second.ID)
			}
			f := files[0]
			if f.Ends.EndEpoch != f.End || f.Ends.Ended || !f.Ends.Warn || f.Ends.At.Before(time.Now()) {
				t.Fatalf("ends %+v: want epoch %d, live, in the future and within the 7-day horizon", f.Ends, f.End)
			}

			// extend: quote first, then exactly that is paid.
			xq, err := client.QuoteExtend(ctx, f.ID, 5)
			if err != nil {
				t.Fatal(err)
			}
			want := new(big.Int).Mul(cfg.PricePerSlotEpoch, big.NewInt(3*5))
			if xq.Total.Cmp(want) != 0 || xq.NewEnd != f.End+5 {
				t.Fatalf("extend quote %+v, want %s to epoch %d", xq, want, f.End+5)
			}
			if _, err := client.Extend(ctx, f.ID, 5); err != nil {
				t.Fatal(err)
			}
			extended, err := m.TokenBalance(ctx, owner.Addr)
			if err != nil {
				t.Fatal(err)
			}
			if paid := new(big.Int).Sub(after, extended); paid.Cmp(xq.Total) != 0 {
				t.Fatalf("extend paid %s, quoted %s", paid, xq.Total)
			}
			st, err := client.Status(ctx, f.ID)
			if err != nil {
				t.Fatal(err)
			}
			if st.EndEpoch != f.End+5 || st.Ends.EndEpoch != f.End+5 {
				t.Fatalf("status after extend ends at %d (%+v), want %d", st.EndEpoch, st.Ends, f.End+5)
			}

			// rm: refused for another wallet, a full refund for the owner.
			other, _, _ := w.client(w.env.Accounts[2], v2ClientConfig(t))
			if _, err := other.Terminate(ctx, f.ID); !errors.Is(err, marketv2.ErrNotClient) {
				t.Fatalf("terminate by another wallet: %v, want ErrNotClient", err)
			}
			rq, err := client.QuoteTerminate(ctx, f.ID)
			if err != nil {
				t.Fatal(err)
			}
			paidIn := new(big.Int).Add(q.Total, xq.Total)
			if rq.Total.Cmp(paidIn) != 0 {
				t.Fatalf("terminate quote %s, want everything paid in (%s) back", rq.Total, paidIn)
			}
			done, err := client.Terminate(ctx, f.ID)
			if err != nil {
				t.Fatal(err)
			}
			if done.Refund.Cmp(paidIn) != 0 || done.Withdrawn.Cmp(paidIn) != 0 {
				t.Fatalf("terminated: refund %s, withdrawn %s; want %s", done.Refund, done.Withdrawn, paidIn)
			}
			end, err := m.TokenBalance(ctx, owner.Addr)
			if err != nil {
				t.Fatal(err)
			}
			if end.Cmp(before) != 0 {
				t.Fatalf("balance %s after rm, %s before the put", end, before)
			}
			files, err = client.List(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(files) != 1 || files[0].State != "terminated" || !files[0].Ends.Ended || files[0].Ends.Warn {
				t.Fatalf("ls after rm = %+v, want one terminated, ended file", files)
			}
			if _, err := client.Extend(ctx, f.ID, 1); !errors.Is(err, marketv2.ErrRequestNotLive) {
				t.Fatalf("extend of a terminated request: %v, want ErrRequestNotLive", err)
			}
		})
	}
}

// TestPutV2NotFilledCancels: a v2 put nobody fills is cancelled at its
// expiry (cancelRequest is refused before it) and the escrow refunded to
// the wallet's marketplace balance; the journal entry is dropped.
func TestPutV2NotFilledCancels(t *testing.T) {
	w := newV2ClientWorld(t)
	ctx := t.Context()
	cfg := v2ClientConfig(t)
	cfg.ExpiryBlocks = 8
	client, m, keys := w.client(w.env.Accounts[1], cfg)
	path, _ := randomFile(t, 200_000)
	q, err := client.Quote(ctx, 200_000)
	if err != nil {
		t.Fatal(err)
	}
	// Nothing mines on its own (anvil automines transactions only): mine
	// until the put returns.
	done := make(chan error, 1)
	go func() {
		_, err := client.Put(ctx, path)
		done <- err
	}()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for err = nil; ; {
		select {
		case err = <-done:
		case <-tick.C:
			w.env.Mine(1)
			continue
		}
		break
	}
	if !errors.Is(err, market.ErrNotFilled) {
		t.Fatalf("put with no providers: %v, want ErrNotFilled", err)
	}
	bal, err := m.Balance(ctx, keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(q.Total) != 0 {
		t.Fatalf("marketplace balance %s after the cancel, want the request's %s back", bal, q.Total)
	}
	files, err := client.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].State != "cancelled" {
		t.Fatalf("ls = %+v, want one cancelled request", files)
	}
	if n := dirBytes(t, cfg.JournalDir); n != 0 {
		t.Fatalf("journal holds %d bytes after the request was cancelled", n)
	}
}

// TestPutV2FileChanged: a file rewritten after its request was paid stops
// the v2 put with ErrFileChanged before expiry, when v2 refuses
// cancelRequest: the client terminates its request instead, and the
// wallet gets every token back; no journal entry is left.
func TestPutV2FileChanged(t *testing.T) {
	w := newV2ClientWorld(t)
	ctx := t.Context()
	cfg := v2ClientConfig(t)
	var path string
	var once sync.Once
	cfg.Progress = func(ev market.Progress) {
		if ev.Stage == "request" && ev.Done == 1 {
			once.Do(func() {
				later := time.Now().Add(time.Minute)
				if err := os.Chtimes(path, later, later); err != nil {
					t.Error(err)
				}
			})
		}
	}
	client, m, keys := w.client(w.env.Accounts[1], cfg)
	before, err := m.TokenBalance(ctx, keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	path, _ = randomFile(t, 300_000)
	res, err := client.Put(ctx, path)
	if !errors.Is(err, market.ErrFileChanged) {
		t.Fatalf("put of a file changed midway: %v, want ErrFileChanged", err)
	}
	ri, err := m.RequestInfo(ctx, res.ID)
	if err != nil {
		t.Fatal(err)
	}
	if ri.State != marketv2.RequestTerminated {
		t.Fatalf("request %s, want terminated", market.RequestStateNameV2(ri.State))
	}
	after, err := m.TokenBalance(ctx, keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	if after.Cmp(before) != 0 {
		t.Fatalf("wallet holds %s tokens after the abandoned put, had %s", after, before)
	}
	if n := dirBytes(t, cfg.JournalDir); n != 0 {
		t.Fatalf("journal holds %d bytes after the failed put", n)
	}
}

// TestCancelV2: cancel of a pending request is refused before its expiry
// (v2 allows no earlier cancel) and, once past it, returns every token to
// the wallet.
func TestCancelV2(t *testing.T) {
	w := newV2ClientWorld(t)
	ctx := t.Context()
	cfg := v2ClientConfig(t)
	cfg.ExpiryBlocks = 5
	client, m, keys := w.client(w.env.Accounts[1], cfg)
	before, err := m.TokenBalance(ctx, keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	path, _ := randomFile(t, 100_000)
	res, err := putUntil(t, cfg, func(c market.ClientConfig) *market.Client {
		cl, err := market.NewClient(c, nil, m, keys, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cl.Close() })
		return cl
	}, path,
		func(ev market.Progress) bool { return ev.Stage == "request" && ev.Done == 1 })
	if !errors.Is(err, market.ErrInterrupted) {
		t.Fatalf("interrupted put: %v", err)
	}
	if _, err := client.Cancel(ctx, res.ID); !errors.Is(err, marketv2.ErrCannotCancel) {
		t.Fatalf("cancel before expiry: %v, want ErrCannotCancel", err)
	}
	w.env.Mine(cfg.ExpiryBlocks + 1)
	got, err := client.Cancel(ctx, res.ID)
	if err != nil {
		t.Fatal(err)
	}
	after, err := m.TokenBalance(ctx, keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	if after.Cmp(before) != 0 || got.Sign() <= 0 {
		t.Fatalf("after cancel: withdrew %s, balance %s, had %s before the put", got, after, before)
	}
	st, err := client.Status(ctx, res.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st.State != "cancelled" || !st.Ends.Ended {
		t.Fatalf("status after cancel %s (ends %+v), want cancelled and ended", st.State, st.Ends)
	}
}
