package market_test

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"io"
	"math/big"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
)

// storedFile is one file put during TestMarket.
type storedFile struct {
	name string
	size int
	data []byte
	res  market.PutResult
}

func (f *storedFile) slot(i int) [32]byte { return market.SlotID(f.res.ID, uint64(i)) }

// TestMarket takes one devnet world (4 providers, files coded 2+1, so every
// request leaves one provider standing by) through the market's life. The
// steps run in order and build on each other: files of several sizes are
// stored and fetched, pay is checked to the wei, shard fetches that must be
// refused are, a provider restarts without missing an epoch, a fresh client
// restores everything from the mnemonic, a provider with a flipped byte
// misses its proof and is routed around and replaced, and Status reports it
// all. Sharing one world keeps the package's wall time low.
func TestMarket(t *testing.T) {
	w := newWorld(t, 4)
	ctx := t.Context()
	mn := newMnemonic(t)
	cfg := market.DefaultClientConfig()
	cfg.K, cfg.M = 2, 1
	cfg.Epochs = 60
	cfg.Poll = 100 * time.Millisecond
	// An odd price, so pay that is off by rounding or by a factor shows.
	cfg.PricePerSlotEpoch = big.NewInt(1_000_000_000_000_000_007)
	var prog progressLog
	cfg.Progress = prog.record
	client, keys := w.newClient(mn, cfg)
	m := w.marketFor(keys)

	files := []*storedFile{
		{name: "empty", size: 0},
		{name: "one byte", size: 1}, // one proof block: every challenge reads every byte
		{name: "64 KiB + 1", size: 64<<10 + 1},
		{name: "1 MiB + 123", size: 1<<20 + 123},
	}
	ok := t.Run("PutGetSizes", func(t *testing.T) {
		for _, f := range files {
			path, data := randomFile(t, f.size)
			f.data = data
			res, err := client.Put(ctx, path)
			if err != nil {
				t.Fatalf("put %s: %v", f.name, err)
			}
			f.res = res
			want, err := storage.ShardSize(int64(f.size), cfg.K)
			if err != nil {
				t.Fatal(err)
			}
			if res.ShardSize != want || res.ShardSize == 0 || res.ShardSize%64 != 0 {
				t.Errorf("%s: shard size %d, want %d (> 0, a multiple of 64)", f.name, res.ShardSize, want)
			}
			if len(res.Providers) != cfg.K+cfg.M || hasDuplicate(res.Providers) {
				t.Errorf("%s: holders %v: want %d distinct providers", f.name, res.Providers, cfg.K+cfg.M)
			}
		}
		for _, f := range files {
			getExact(t, client, f)
		}
	})
	if !ok {
		t.FailNow()
	}

	t.Run("PaidPerProvenEpoch", func(t *testing.T) {
		waitFor(t, ctx, "every slot paid for two epochs", 60*time.Second, func() (bool, error) {
			for _, f := range files {
				for i := range cfg.K + cfg.M {
					si, err := m.SlotInfo(ctx, f.slot(i))
					if err != nil || si.PaidEpochs < 2 {
						return false, err
					}
				}
			}
			return true, nil
		})
		checkLedger(t, w, w.ledger(ctx, t), m, files, cfg)
	})

	t.Run("RefusedFetches", func(t *testing.T) {
		f := files[3]
		holder, other := f.res.Providers[0], f.res.Providers[1]
		ai, err := market.PeerOf(ctx, m, holder)
		if err != nil {
			t.Fatal(err)
		}
		otherPeer, err := market.PeerOf(ctx, m, other)
		if err != nil {
			t.Fatal(err)
		}
		stranger, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		h := newTestHost(t, m)
		if err := h.Connect(ctx, ai); err != nil {
			t.Fatal(err)
		}
		// The other slot's holder asks from its own provider host.
		otherHost := w.providers[other].Provider.Host()
		if err := otherHost.Connect(ctx, ai); err != nil {
			t.Fatal(err)
		}
		auth := p2p.NewKeySigner(keys.Auth)
		slot0 := f.slot(0)
		cases := []struct {
			name string
			host *p2p.Host
			req  p2p.ShardRequest
			key  *ecdsa.PrivateKey
			want error // nil: served whole
		}{
			{"client auth key", h, h.NewRequest(ai.ID, p2p.OpFetch, slot0, 0, 0), keys.Auth, nil},
			{"stranger", h, h.NewRequest(ai.ID, p2p.OpFetch, slot0, 0, 0), stranger, p2p.ErrUnauthorized},
			{"client wallet key, not auth key", h, h.NewRequest(ai.ID, p2p.OpFetch, slot0, 0, 0), keys.Wallet, p2p.ErrUnauthorized},
			{"active holder of slot 1", otherHost, otherHost.NewRequest(ai.ID, p2p.OpFetch, slot0, 0, 0), w.providers[other].Signer.PrivateKey(), p2p.ErrUnauthorized},
			{"signed for another peer", h, h.NewRequest(otherPeer.ID, p2p.OpFetch, slot0, 0, 0), keys.Auth, p2p.ErrWrongPeer},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				sr, err := c.host.Sign(c.req, p2p.NewKeySigner(c.key))
				if err != nil {
					t.Fatal(err)
				}
				var buf bytes.Buffer
				n, err := c.host.FetchSigned(ctx, ai.ID, sr, &buf)
				if c.want == nil {
					if err != nil || uint64(n) != f.res.ShardSize {
						t.Fatalf("fetch: %d bytes, %v; want the whole %d-byte shard", n, err, f.res.ShardSize)
					}
					return
				}
				if !errors.Is(err, c.want) || !errors.Is(err, p2p.ErrRemote) {
					t.Fatalf("fetch: %v; want a refusal matching %v", err, c.want)
				}
				if buf.Len() != 0 {
					t.Fatalf("refused fetch still wrote %d bytes", buf.Len())
				}
			})
		}
		t.Run("replayed request", func(t *testing.T) {
			sr, err := h.Sign(h.NewRequest(ai.ID, p2p.OpFetch, slot0, 0, 0), auth)
			if err != nil {
				t.Fatal(err)
			}
			if n, err := h.FetchSigned(ctx, ai.ID, sr, io.Discard); err != nil || uint64(n) != f.res.ShardSize {
				t.Fatalf("first use: %d bytes, %v", n, err)
			}
			var buf bytes.Buffer
			if _, err := h.FetchSigned(ctx, ai.ID, sr, &buf); !errors.Is(err, p2p.ErrReplay) {
				t.Fatalf("replay: %v; want %v", err, p2p.ErrReplay)
			}
			if buf.Len() != 0 {
				t.Fatalf("replayed fetch wrote %d bytes", buf.Len())
			}
		})
	})

	// The provider whose byte gets flipped later; the restart picks another.
	corrupt := files[1]
	flipper := corrupt.res.Providers[0]

	t.Run("RestartMidEpoch", func(t *testing.T) {
		// Every provider but the flipper restarts right after proving the
		// current epoch, so the restart falls mid-epoch. Each must prove the
		// next epochs without a miss or a wasted proof, and keep settling the
		// slots it learnt of before (FlippedByteMissesProof relies on it:
		// the flipper never settles its own slot).
		var victims []common.Address
		var slots [][32]byte
		for p, s := range slotsByProvider(files) {
			if p != flipper {
				victims = append(victims, p)
				slots = append(slots, s...)
			}
		}
		var proven uint64
		waitFor(t, ctx, "every slot proven in the current epoch", 20*time.Second, func() (bool, error) {
			e, _, err := m.Clock.Current(ctx)
			if err != nil {
				return false, err
			}
			l := w.ledger(ctx, t)
			for _, s := range slots {
				if !l.proven(s, e) {
					return false, nil
				}
			}
			proven = e
			return true, nil
		})
		for _, v := range victims {
			w.restartProvider(t, v)
		}
		restarted, _, err := m.Clock.Current(ctx)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%d providers proved epoch %d, restarted by epoch %d", len(victims), proven, restarted)
		waitFor(t, ctx, "proofs for the two epochs after the restart", 30*time.Second, func() (bool, error) {
			l := w.ledger(ctx, t)
			for _, s := range slots {
				if !l.proven(s, proven+1) || !l.proven(s, proven+2) {
					return false, nil
				}
			}
			return true, nil
		})
		// Once those epochs' windows have closed, settling them finds no miss.
		waitFor(t, ctx, "the restart epochs' windows closing", 20*time.Second, func() (bool, error) {
			c, err := m.ClosedEpochs(ctx)
			return c > proven+2, err
		})
		l := w.ledger(ctx, t)
		for _, s := range slots {
			if got := l.missCount(s); got != 0 {
				t.Errorf("slot %x: %d misses slashed around the restart", s[:4], got)
			}
			if misses := staticSettle(t, l, s); misses != 0 {
				t.Errorf("slot %x: settling would apply %d misses", s[:4], misses)
			}
			for e, why := range l.failed[s] {
				t.Errorf("slot %x: proof for epoch %d rejected (%s)", s[:4], e, why)
			}
		}
		for _, v := range victims {
			want, err := w.providers[v].Provider.Host().PeerInfo()
			if err != nil {
				t.Fatal(err)
			}
			if got, err := m.PeerInfo(ctx, v); err != nil || !bytes.Equal(got, want) {
				t.Errorf("provider %s: peer info on chain is stale after the restart (%v)", v, err)
			}
		}
	})

	t.Run("RestoreFreshDatadir", func(t *testing.T) {
		// A new machine: the mnemonic only, new temp dirs, a new p2p identity.
		keys2, err := storage.KeysFromMnemonic(mn)
		if err != nil {
			t.Fatal(err)
		}
		m2, err := w.chain.Market(ctx, signerOf(keys2))
		if err != nil {
			t.Fatal(err)
		}
		cfg2 := market.DefaultClientConfig()
		cfg2.TempDir = t.TempDir()
		c2, err := market.NewClient(cfg2, w.log.With("role", "restore"), m2, keys2, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer c2.Close()
		list, err := c2.List(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != len(files) {
			t.Fatalf("restore lists %d files, want %d", len(list), len(files))
		}
		for _, f := range files {
			i := slices.IndexFunc(list, func(e market.FileEntry) bool { return e.ID == f.res.ID })
			if i < 0 {
				t.Errorf("%s: not listed", f.name)
				continue
			}
			e := list[i]
			if e.Name != f.res.Name || e.Size != int64(f.size) || e.K != cfg.K || e.M != cfg.M || e.State != "active" {
				t.Errorf("%s: listed as %q, %d bytes, %d+%d, %s", f.name, e.Name, e.Size, e.K, e.M, e.State)
			}
			getExact(t, c2, f)
		}
	})

	t.Run("FlippedByteMissesProof", func(t *testing.T) {
		f := corrupt
		// A shard within one proof block (2^BlockLevel leaves) is re-hashed
		// whole for any challenge, so the flip is found whatever the seed;
		// in a bigger shard only a challenge in the flipped block finds it.
		if f.res.ShardSize > proofs.LeafSize<<proofs.BlockLevel {
			t.Fatalf("the one-byte file's shard is %d bytes; the test needs one proof block", f.res.ShardSize)
		}
		node := w.providers[flipper]
		slot := f.slot(0)
		flipByte(t, filepath.Join(node.Dir, "store", "shards", storage.SlotID(slot).String()), 17)
		flipped, _, err := m.Clock.Current(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// The flipper serves the corrupt shard; the client checks it against
		// its root and decodes from the other two.
		prog.reset()
		getExact(t, client, f)
		started, done := prog.fetches()
		if !started[0] || done[0] || !done[1] || !done[2] {
			t.Errorf("fetches started %v, completed %v: want slot 0 refused and slots 1, 2 used", started, done)
		}
		var missed uint64
		waitFor(t, ctx, "the flipper's miss slashed through settle", 30*time.Second, func() (bool, error) {
			l := w.ledger(ctx, t)
			for e := range l.misses[slot] {
				if e >= flipped {
					missed = e
					return true, nil
				}
			}
			return false, nil
		})
		l := w.ledger(ctx, t)
		if missed > flipped+1 {
			t.Errorf("flipped in epoch %d, first miss in epoch %d: want the next proof missed", flipped, missed)
		}
		t.Logf("byte flipped in epoch %d, first miss slashed for epoch %d, settled by %v", flipped, missed, l.settlers[slot])
		if slices.Contains(l.settlers[slot], flipper) || len(l.settlers[slot]) == 0 {
			t.Errorf("settled by %v: want the restarted providers, not the flipper", l.settlers[slot])
		}
		for e, by := range l.proofs[slot] {
			if e > flipped && by == flipper {
				t.Errorf("a proof of the corrupt shard was accepted for epoch %d", e)
			}
		}
		if got := counter(t, node.Provider.Metrics().Registry(), "cairn_provider_proofs_missed_total"); got < 1 {
			t.Errorf("proofs_missed_total = %v, want ≥ 1", got)
		}
		// Two misses free the slot; the standby provider rebuilds it.
		waitFor(t, ctx, "the corrupt slot freed and repaired", 60*time.Second, func() (bool, error) {
			si, err := m.SlotInfo(ctx, slot)
			return err == nil && si.State == market.SlotFilled && si.Provider != flipper, err
		})
		getExact(t, client, f)
	})

	t.Run("Status", func(t *testing.T) {
		w.stopProviders(t) // hold the accounting still
		l := w.ledger(ctx, t)
		for _, f := range files {
			st, err := market.Status(ctx, m, f.res.ID)
			if err != nil {
				t.Fatal(err)
			}
			ri := l.requestInfo(ctx, f.res.ID)
			if st.State != "active" || st.StartEpoch != ri.StartEpoch || st.EndEpoch != ri.EndEpoch || st.EscrowLeft.Cmp(ri.EscrowLeft) != 0 {
				t.Errorf("%s: status %s [%d,%d) escrow %s; chain [%d,%d) escrow %s", f.name, st.State, st.StartEpoch, st.EndEpoch, st.EscrowLeft, ri.StartEpoch, ri.EndEpoch, ri.EscrowLeft)
			}
			if len(st.Slots) != cfg.K+cfg.M {
				t.Fatalf("%s: %d slots", f.name, len(st.Slots))
			}
			for i, s := range st.Slots {
				sid := f.slot(i)
				si := l.slotInfo(ctx, sid)
				proofs := uint64(len(l.proofs[sid]))
				want := market.SlotStatus{
					Index: i, State: "filled", Provider: si.Provider,
					Proofs: proofs, Misses: l.missCount(sid), Slashed: l.slashed(sid),
					Paid:       new(big.Int).Mul(cfg.PricePerSlotEpoch, new(big.Int).SetUint64(proofs)),
					Collateral: new(big.Int).Sub(cfg.CollateralPerSlot, l.slashed(sid)),
				}
				if f == corrupt && i == 0 {
					// Repaired: the misses were the flipper's; the new holder's
					// collateral is whole.
					want.Collateral = cfg.CollateralPerSlot
					if want.Misses < 2 || si.Provider == flipper {
						t.Errorf("repaired slot: %d misses, holder %s", want.Misses, si.Provider)
					}
				}
				if !slotStatusEqual(s, want) {
					t.Errorf("%s slot %d:\n got %+v\nwant %+v", f.name, i, s, want)
				}
			}
		}
		checkLedger(t, w, l, m, files, cfg)
		if _, err := market.Status(ctx, m, [32]byte{1}); !errors.Is(err, market.ErrUnknownRequest) {
			t.Errorf("status of an unknown request: %v", err)
		}
	})
}
