package market

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
	"github.com/cairn-storage/cairn/internal/cairntest/markettest"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// v2Fixture is a v2 deployment on a fresh anvil and the v2 adapter of the
// wallet of anvil's account 0 (contracttest funded and approved it).
type v2Fixture struct {
	env  *contracttest.Env
	keys *storage.Keys
	m    *marketv2.Market
	v    *v2Chain
	c    *Client // a client over v, for quoteOf and the manifest binding
}

func openV2(t *testing.T, env *contracttest.Env, url string, a *contracttest.Account) *marketv2.Market {
	t.Helper()
	return markettest.Open(t, env, url, a)
}

func newV2Fixture(t *testing.T) *v2Fixture {
	t.Helper()
	node := anviltest.New(t)
	env := contracttest.DeployV2(t, node, contracttest.TestConfig(), contracttest.Options{Accounts: 4})
	keys, err := storage.KeysFromMnemonic(anvil.DefaultMnemonic)
	if err != nil {
		t.Fatal(err)
	}
	if keys.WalletAddress() != env.Accounts[0].Addr {
		t.Fatalf("wallet %s is not account 0 %s", keys.WalletAddress(), env.Accounts[0].Addr)
	}
	m := openV2(t, env, node.URL, env.Accounts[0])
	f := &v2Fixture{env: env, keys: keys, m: m}
	cfg := DefaultClientConfig()
	cfg.K, cfg.M = 2, 1
	c, err := NewClient(cfg, nil, m, keys, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	f.c, f.v = c, c.m.(*v2Chain)
	return f
}

// params is a 2+1 request of 64 KiB shards with distinct roots and a
// sealed manifest, on the client's timeline.
func (f *v2Fixture) params(t *testing.T, tag string) (contracts.IMarketplaceV2RequestParams, Quote) {
	t.Helper()
	roots := make([][32]byte, 3)
	for i := range roots {
		roots[i] = sha256.Sum256([]byte{byte(i), tag[0]})
	}
	man, err := storage.SealManifest(f.keys.Master, storage.Manifest{Name: tag, Size: 100_000, K: 2, M: 1, ShardSize: 65600, Cipher: storage.DefaultCipher}, f.c.binding(roots))
	if err != nil {
		t.Fatal(err)
	}
	cfg := f.c.cfg
	p := contracts.IMarketplaceV2RequestParams{K: 2, M: 1, ShardSize: 65600, PricePerSlotEpoch: cfg.PricePerSlotEpoch, CollateralPerSlot: cfg.CollateralPerSlot,
		AuthKey: f.keys.AuthAddress(), CancelOnExpiry: true, RepairBonus: cfg.RepairBonus, RepairReserve: cfg.RepairReserve, ShardRoots: roots, Manifest: man}
	q, err := f.c.timeline(t.Context(), 100_000, &p)
	if err != nil {
		t.Fatal(err)
	}
	return p, q
}

// TestV2ChainRequests: the id NextRequestID predicts is the one
// requestStorage creates, the wallet pays exactly the quote, and the
// request is found again from its event by id (with its nonce, roots and
// manifest) and listed among the wallet's requests, oldest first.
func TestV2ChainRequests(t *testing.T) {
	f := newV2Fixture(t)
	ctx := t.Context()
	me := f.keys.WalletAddress()
	var ids [][32]byte
	for i, tag := range []string{"a", "b"} {
		nonce, want, err := f.v.NextRequestID(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if nonce != uint64(i) {
			t.Fatalf("nonce %d before request %d", nonce, i)
		}
		p, q := f.params(t, tag)
		before, err := f.m.TokenBalance(ctx, me)
		if err != nil {
			t.Fatal(err)
		}
		id, err := f.v.RequestStorage(ctx, p, q.Total)
		if err != nil {
			t.Fatal(err)
		}
		if id != want {
			t.Fatalf("request %d got id %x, NextRequestID said %x", i, id, want)
		}
		after, err := f.m.TokenBalance(ctx, me)
		if err != nil {
			t.Fatal(err)
		}
		if paid := new(big.Int).Sub(before, after); paid.Cmp(q.Total) != 0 {
			t.Fatalf("paid %s, quoted %s", paid, q.Total)
		}
		wantTotal := new(big.Int).Mul(p.PricePerSlotEpoch, big.NewInt(3*int64(p.EndEpoch-p.StartEpoch)))
		if wantTotal.Add(wantTotal, p.RepairReserve); q.Total.Cmp(wantTotal) != 0 {
			t.Fatalf("quote %s, want price × 3 slots × epochs + reserve = %s", q.Total, wantTotal)
		}
		got, err := f.v.FindRequest(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if got.ID != id || got.Client != me || got.Nonce != nonce || !slices.Equal(got.Params.ShardRoots, p.ShardRoots) ||
			!bytes.Equal(got.Params.Manifest, p.Manifest) || got.Params.EndEpoch != p.EndEpoch || got.Block == 0 {
			t.Fatalf("FindRequest = %+v, want the request sent (%+v)", got, p)
		}
		st, err := f.v.RequestState(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if st.State != "pending" || st.Client != me || !st.Live() {
			t.Fatalf("state %+v, want a live pending request of %s", st, me)
		}
		ids = append(ids, id)
	}
	if _, err := f.v.FindRequest(ctx, [32]byte{1}); !errorsIsUnknown(err) {
		t.Fatalf("FindRequest of an unknown id: %v, want ErrUnknownRequest", err)
	}
	rs, err := f.v.RequestsOf(ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	var listed [][32]byte
	for _, r := range rs {
		listed = append(listed, r.ID)
	}
	if !slices.Equal(listed, ids) {
		t.Fatalf("RequestsOf = %x, want %x", listed, ids)
	}
	if other, err := f.v.RequestsOf(ctx, f.env.Accounts[1].Addr); err != nil || len(other) != 0 {
		t.Fatalf("RequestsOf another wallet = %d requests, %v; want none", len(other), err)
	}
	files, err := f.c.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || files[0].Name != "a" || files[1].Name != "b" || files[0].State != "pending" {
		t.Fatalf("List = %+v, want a and b, pending", files)
	}
	for _, fe := range files {
		if fe.Ends.EndEpoch != fe.End || fe.Ends.EndBlock != f.m.Clock.Start(fe.End) || fe.Ends.Ended || fe.Ends.At.IsZero() {
			t.Fatalf("%s ends %+v, want epoch %d at block %d, live, with a time", fe.Name, fe.Ends, fe.End, f.m.Clock.Start(fe.End))
		}
	}
}

// TestV2ChainReservationsAndHolders: a provider's reservation is a push
// target until it lapses (reservationTTL), and a slot nobody filled has no
// holder.
func TestV2ChainReservationsAndHolders(t *testing.T) {
	f := newV2Fixture(t)
	ctx := t.Context()
	p, q := f.params(t, "r")
	id, err := f.v.RequestStorage(ctx, p, q.Total)
	if err != nil {
		t.Fatal(err)
	}
	prov := f.env.Accounts[2]
	pm := openV2(t, f.env, f.m.Client().URL(), prov)
	info := []byte("/ip4/127.0.0.1/tcp/4001")
	if err := pm.RegisterProvider(ctx, info); err != nil {
		t.Fatal(err)
	}
	got, err := f.v.PeerInfo(ctx, prov.Addr)
	if err != nil || !bytes.Equal(got, info) {
		t.Fatalf("PeerInfo = %q, %v; want %q", got, err, info)
	}
	if all, err := f.v.Providers(ctx); err != nil || len(all) != 1 || !bytes.Equal(all[prov.Addr], info) {
		t.Fatalf("Providers = %v, %v; want only %s", all, err, prov.Addr)
	}
	if none, err := f.v.PeerInfo(ctx, f.env.Accounts[3].Addr); err != nil || len(none) != 0 {
		t.Fatalf("PeerInfo of an unregistered account = %q, %v", none, err)
	}
	block, err := pm.ReserveSlot(ctx, id, 1)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := f.v.Reservations(ctx, id, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := SlotReservation{Request: id, Slot: SlotID(id, 1), Index: 1, Provider: prov.Addr, Block: block}
	if len(rs) != 1 || rs[0] != want {
		t.Fatalf("Reservations = %+v, want [%+v]", rs, want)
	}
	holders, err := f.v.Holders(ctx, id, 3)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(holders, make([]common.Address, 3)) {
		t.Fatalf("holders %v of an unfilled request", holders)
	}
	f.env.Mine(f.env.Config.ReservationTTL + 1)
	if rs, err := f.v.Reservations(ctx, id, 3); err != nil || len(rs) != 0 {
		t.Fatalf("Reservations after the TTL = %+v, %v; want none (lapsed)", rs, err)
	}
}

// TestV2ChainStatus: status of a pending request reads its terms, its
// open slots and its end; an unknown id is ErrUnknownRequest.
func TestV2ChainStatus(t *testing.T) {
	f := newV2Fixture(t)
	ctx := t.Context()
	p, q := f.params(t, "s")
	id, err := f.v.RequestStorage(ctx, p, q.Total)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.c.Status(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	escrow := new(big.Int).Add(q.Escrow, q.Reserve)
	if st.State != "pending" || st.Protocol != 2 || st.StartEpoch != p.StartEpoch || st.EndEpoch != p.EndEpoch || st.EscrowLeft.Cmp(escrow) != 0 || len(st.Slots) != 3 {
		t.Fatalf("status %+v, want pending v2 %d..%d with escrow %s and 3 slots", st, p.StartEpoch, p.EndEpoch, escrow)
	}
	for _, s := range st.Slots {
		if s.State != "open" || s.Kind != "initial" || s.Provider != (common.Address{}) {
			t.Fatalf("slot %+v of a new request, want open to initial fills", s)
		}
	}
	if st.Ends.EndEpoch != p.EndEpoch || st.Ends.Ended {
		t.Fatalf("ends %+v, want epoch %d, live", st.Ends, p.EndEpoch)
	}
	if _, err := f.c.Status(ctx, [32]byte{9}); !errorsIsUnknown(err) {
		t.Fatalf("status of an unknown id: %v", err)
	}
}

func errorsIsUnknown(err error) bool { return errors.Is(err, ErrUnknownRequest) }

// TestV2OpsNeedV2: extend and terminate on a v1 client say so before
// touching the chain.
func TestV2OpsNeedV2(t *testing.T) {
	c := &Client{}
	ctx := t.Context()
	for name, op := range map[string]func() error{
		"quote extend":    func() error { _, err := c.QuoteExtend(ctx, [32]byte{1}, 1); return err },
		"extend":          func() error { _, err := c.Extend(ctx, [32]byte{1}, 1); return err },
		"quote terminate": func() error { _, err := c.QuoteTerminate(ctx, [32]byte{1}); return err },
		"terminate":       func() error { _, err := c.Terminate(ctx, [32]byte{1}); return err },
	} {
		if err := op(); !errors.Is(err, ErrNeedsV2) {
			t.Errorf("%s on v1: %v, want ErrNeedsV2", name, err)
		}
	}
}

// TestV2ChainEndings: the wall-clock end is now + blocks left × block
// time, warned within the horizon only; a terminated request ends at its
// stop epoch (x + 2) and is over.
func TestV2ChainEndings(t *testing.T) {
	f := newV2Fixture(t)
	ctx := t.Context()
	p, q := f.params(t, "e")
	id, err := f.v.RequestStorage(ctx, p, q.Total)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1_800_000_000, 0)
	for _, tc := range []struct {
		name    string
		horizon time.Duration
		warn    bool
	}{
		{"beyond the horizon", time.Second, false},
		{"within the horizon", 24 * time.Hour, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := newV2Chain(f.m, f.keys.WalletAddress(), marketv2.EndingConfig{BlockTime: 2 * time.Second, Horizon: tc.horizon})
			ends, err := v.Endings(ctx, [][32]byte{id}, now)
			if err != nil {
				t.Fatal(err)
			}
			head := f.env.Head()
			e := ends[id]
			wantBlock := f.m.Clock.Start(p.EndEpoch)
			if e.EndEpoch != p.EndEpoch || e.EndBlock != wantBlock || !e.At.Equal(now.Add(time.Duration(wantBlock-head)*2*time.Second)) || e.Ended || e.Warn != tc.warn {
				t.Fatalf("ending %+v at head %d, want epoch %d, block %d, at now + %d × 2 s, warn %t", e, head, p.EndEpoch, wantBlock, wantBlock-head, tc.warn)
			}
		})
	}
	x, err := f.v.Epoch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.c.Terminate(ctx, id); err != nil {
		t.Fatal(err)
	}
	ends, err := f.v.Endings(ctx, [][32]byte{id}, now)
	if err != nil {
		t.Fatal(err)
	}
	ri, err := f.m.RequestInfo(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	// The terminate lands in epoch x or x+1: stop is that epoch + 2.
	if stop := uint64(ri.Stop); stop < x+2 || stop > x+3 || stop >= p.EndEpoch {
		t.Fatalf("stop %d after terminating in epoch %d of a request ending at %d", stop, x, p.EndEpoch)
	}
	if e := ends[id]; e.EndEpoch != uint64(ri.Stop) || !e.Ended || e.Warn {
		t.Fatalf("ending after terminate: %+v, want the stop epoch %d, ended, no warning", e, ri.Stop)
	}
}

// TestValidateV2Terms: terms requestStorage would refuse are refused by
// NewClient before anything is encoded.
func TestValidateV2Terms(t *testing.T) {
	tok := big.NewInt(1e18)
	cases := []struct {
		name string
		edit func(*ClientConfig)
		ok   bool
	}{
		{"defaults", func(*ClientConfig) {}, true},
		{"bonus equal to the collateral", func(c *ClientConfig) { c.RepairBonus, c.RepairReserve = c.CollateralPerSlot, c.CollateralPerSlot }, false},
		{"bonus above the reserve", func(c *ClientConfig) { c.RepairReserve = new(big.Int).Div(tok, big.NewInt(2)) }, false},
		{"no bonus, no reserve", func(c *ClientConfig) { c.RepairBonus, c.RepairReserve = new(big.Int), new(big.Int) }, true},
		{"zero price", func(c *ClientConfig) { c.PricePerSlotEpoch = new(big.Int) }, false},
		{"price of 2^96", func(c *ClientConfig) { c.PricePerSlotEpoch = new(big.Int).Lsh(big.NewInt(1), 96) }, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultClientConfig()
			tc.edit(&cfg)
			if err := validateV2Terms(cfg); (err == nil) != tc.ok {
				t.Fatalf("validateV2Terms: %v, want ok %t", err, tc.ok)
			}
		})
	}
}
