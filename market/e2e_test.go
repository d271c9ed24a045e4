package market_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/storage"
	"github.com/cairn-storage/cairn/testnet"
)

// testConfig: 10-block epochs at 5 blocks/s (2 s per epoch), 2 misses in 8
// epochs free a slot.
func testConfig() contracts.IMarketplaceConfig {
	c := contracts.DevnetConfig()
	c.EpochBlocks = 10
	c.GraceBlocks = 3
	c.FillDelayBlocks = 2
	c.ReservationTTL = 100
	c.MissWindow = 8
	c.MissThreshold = 2
	c.SlashBps = 1000
	return c
}

func testLogger(t testing.TB) *slog.Logger {
	if os.Getenv("CAIRN_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

type world struct {
	t         testing.TB
	chain     *testnet.Chain
	providers map[common.Address]*testnet.ProviderNode
	log       *slog.Logger
}

func newWorld(t testing.TB, providers int) *world {
	t.Helper()
	ctx := t.Context()
	ch, err := testnet.StartChain(ctx, testnet.ChainOptions{BlockTime: 200 * time.Millisecond, Config: testConfig()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	w := &world{t: t, chain: ch, providers: map[common.Address]*testnet.ProviderNode{}, log: testLogger(t)}
	for i := 0; i < providers; i++ {
		w.startProvider(2 + i)
	}
	return w
}

func (w *world) startProvider(acct int) *testnet.ProviderNode {
	w.t.Helper()
	dir := filepath.Join(w.t.TempDir(), fmt.Sprintf("provider-%d", acct))
	n, err := w.chain.StartProvider(w.t.Context(), acct, dir, 1<<30, providerConfig(), w.log.With("acct", acct))
	if err != nil {
		w.t.Fatal(err)
	}
	w.providers[n.Signer.Address()] = n
	w.t.Cleanup(func() { _ = n.Stop() })
	return n
}

// newClient makes a wallet from a fresh mnemonic, funds it and opens a client.
func (w *world) newClient(mnemonic string, cfg market.ClientConfig) (*market.Client, *storage.Keys) {
	w.t.Helper()
	ctx := w.t.Context()
	keys, err := storage.KeysFromMnemonic(mnemonic)
	if err != nil {
		w.t.Fatal(err)
	}
	if err := w.chain.Fund(ctx, keys.WalletAddress(), testnet.Ether(10), testnet.Tokens(10_000)); err != nil {
		w.t.Fatal(err)
	}
	m, err := w.chain.Market(ctx, signerOf(keys))
	if err != nil {
		w.t.Fatal(err)
	}
	if cfg.TempDir == "" {
		cfg.TempDir = w.t.TempDir()
	}
	c, err := market.NewClient(cfg, w.log.With("role", "client"), m, keys, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { _ = c.Close() })
	return c, keys
}

func randomFile(t testing.TB, size int) (string, []byte) {
	data := make([]byte, size)
	if _, err := rand.Read(data); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), fmt.Sprintf("file-%d.bin", size))
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p, data
}

func waitFor(t testing.TB, ctx context.Context, what string, timeout time.Duration, cond func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ok, err := cond()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		select {
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func TestPutProveGetRepair(t *testing.T) {
	w := newWorld(t, 7) // 6 hold the request's slots, 1 stands by to repair
	ctx := t.Context()
	mn := newMnemonic(t)
	cfg := market.DefaultClientConfig()
	cfg.Epochs = 40
	cfg.Poll = 100 * time.Millisecond
	client, keys := w.newClient(mn, cfg)
	path, data := randomFile(t, 3<<20+17)

	res, err := client.Put(ctx, path)
	if err != nil {
		t.Fatalf("put: %v", err)
	}
	m := w.marketFor(keys)
	st, err := market.Status(ctx, m, res.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st.State != "active" {
		t.Fatalf("request state %s after put", st.State)
	}
	// Providers are paid per proven epoch: wait until every slot was paid twice.
	waitFor(t, ctx, "two paid epochs per slot", 60*time.Second, func() (bool, error) {
		st, err := market.Status(ctx, m, res.ID)
		if err != nil {
			return false, err
		}
		for _, s := range st.Slots {
			if s.Paid.Cmp(new(big_).Mul(cfg.PricePerSlotEpoch, big2)) < 0 {
				return false, nil
			}
		}
		return true, nil
	})
	get := func(name string) {
		out := filepath.Join(t.TempDir(), name)
		f, err := client.Resolve(ctx, fmt.Sprintf("0x%x", res.ID))
		if err != nil {
			t.Fatal(err)
		}
		if err := client.Get(ctx, f, out); err != nil {
			t.Fatalf("get: %v", err)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, data) {
			t.Fatalf("%s: downloaded file differs", name)
		}
	}
	get("first.bin")

	// Kill the holder of slot 0; the client goes away too.
	victim := res.Providers[0]
	if err := w.providers[victim].Stop(); err != nil {
		t.Fatal(err)
	}
	client.Close()
	slot0 := market.SlotID(res.ID, 0)
	waitFor(t, ctx, "slot 0 freed and repaired by another provider", 120*time.Second, func() (bool, error) {
		si, err := m.SlotInfo(ctx, slot0)
		if err != nil {
			return false, err
		}
		return si.State == market.SlotFilled && si.Provider != victim, nil
	})
	st, err = market.Status(ctx, m, res.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st.Slots[0].Misses == 0 {
		t.Fatalf("the victim's slot shows no slashed miss: %+v", st.Slots[0])
	}
	client2, _ := w.newClient(mn, cfg)
	client = client2
	get("after-repair.bin")
}

func (w *world) marketFor(keys *storage.Keys) *market.Market {
	m, err := w.chain.Market(w.t.Context(), signerOf(keys))
	if err != nil {
		w.t.Fatal(err)
	}
	return m
}
