package market_test

import (
	"bytes"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/hdwallet"
	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/storage"
	"github.com/cairn-storage/cairn/testnet"
)

type big_ = big.Int

var big2 = big.NewInt(2)

func signerOf(k *storage.Keys) *chain.Signer { return chain.NewSigner(k.Wallet) }

// checkLedger checks the pay to the wei at l's block: every slot is paid
// once per proven epoch; each provider earned price × its proofs plus its
// settle fees (withdrawn or still in its pull balance); its tokens are what
// it was minted less collateral and deposits plus withdrawals; the client
// paid exactly the requests' cost; each request's escrow shrank by the pay.
func checkLedger(t *testing.T, w *world, l *ledger, m *market.Market, files []*storedFile, cfg market.ClientConfig) {
	t.Helper()
	ctx := t.Context()
	price, n := cfg.PricePerSlotEpoch, cfg.K+cfg.M
	spent := new(big.Int)
	for _, f := range files {
		ri := l.requestInfo(ctx, f.res.ID)
		var paid uint64
		fees := new(big.Int)
		for i := range n {
			sid := f.slot(i)
			si := l.slotInfo(ctx, sid)
			if si.PaidEpochs != uint64(len(l.proofs[sid])) {
				t.Errorf("%s slot %d: paid %d epochs, %d proofs accepted", f.name, i, si.PaidEpochs, len(l.proofs[sid]))
			}
			for e := range l.proofs[sid] {
				if e < ri.StartEpoch || e >= ri.EndEpoch {
					t.Errorf("%s slot %d: proof accepted for epoch %d outside [%d,%d)", f.name, i, e, ri.StartEpoch, ri.EndEpoch)
				}
			}
			paid += si.PaidEpochs
			fees.Add(fees, zeroIfNil(l.slotFees[sid]))
		}
		if ri.PaidEpochs.Uint64() != paid || ri.FeesPaid.Cmp(fees) != 0 {
			t.Errorf("%s: request paid %s epochs and %s fees; slots say %d and %s", f.name, ri.PaidEpochs, ri.FeesPaid, paid, fees)
		}
		escrow := mul(price, n*int(ri.EndEpoch-ri.StartEpoch))
		left := new(big.Int).Sub(escrow, mul(price, int(paid)))
		left.Sub(left, fees)
		if ri.EscrowLeft.Cmp(left) != 0 {
			t.Errorf("%s: escrow left %s, want %s", f.name, ri.EscrowLeft, left)
		}
		spent.Add(spent, escrow).Add(spent, cfg.RepairReserve)
	}
	if got, want := l.tokenBalance(ctx, m.Sender().Address()), new(big.Int).Sub(testnet.Tokens(10_000), spent); got.Cmp(want) != 0 {
		t.Errorf("client holds %s tokens, want %s", got, want)
	}
	deposit := m.Config.ReservationDeposit
	for p := range w.providers {
		var proofs int
		for _, c := range l.proofsBy[p] {
			proofs += c
		}
		// A provider whose only fill is a repair of the last epochs (stopped
		// by the test before its first payable epoch) has not been paid yet.
		if l.filled[p] > 0 && proofs == 0 && l.lastFill[p]+2 < m.Clock.EpochOf(l.block) {
			t.Errorf("provider %s holds slots and was never paid", p)
		}
		withdrawn := zeroIfNil(l.withdrawn[p])
		earned := new(big.Int).Add(mul(price, proofs), zeroIfNil(l.fees[p]))
		if got := new(big.Int).Add(l.pullBalance(ctx, p), withdrawn); got.Cmp(earned) != 0 {
			t.Errorf("provider %s: balance + withdrawn = %s, want %d proofs × price + fees = %s", p, got, proofs, earned)
		}
		want := new(big.Int).Sub(testnet.Tokens(10_000), mul(deposit, l.reserved[p]-l.filled[p]))
		want.Sub(want, mul(cfg.CollateralPerSlot, l.filled[p])).Add(want, withdrawn)
		if got := l.tokenBalance(ctx, p); got.Cmp(want) != 0 {
			t.Errorf("provider %s holds %s tokens, want %s (%d reserved, %d filled, %s withdrawn)", p, got, want, l.reserved[p], l.filled[p], withdrawn)
		}
	}
}

func getExact(t *testing.T, c *market.Client, f *storedFile) {
	t.Helper()
	ctx := t.Context()
	fe, err := c.Resolve(ctx, fmt.Sprintf("0x%x", f.res.ID))
	if err != nil {
		t.Fatalf("%s: resolve: %v", f.name, err)
	}
	out := filepath.Join(t.TempDir(), "out.bin")
	if err := c.Get(ctx, fe, out); err != nil {
		t.Fatalf("%s: get: %v", f.name, err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, f.data) {
		t.Fatalf("%s: fetched %d bytes differ from the %d put", f.name, len(got), len(f.data))
	}
}

// slotsByProvider maps each holder to the slots it was given at put.
func slotsByProvider(files []*storedFile) map[common.Address][][32]byte {
	held := map[common.Address][][32]byte{}
	for _, f := range files {
		for i, p := range f.res.Providers {
			held[p] = append(held[p], f.slot(i))
		}
	}
	return held
}

// staticSettle is what settle(slot) would apply now: its misses, or 0
// when there is nothing to settle.
func staticSettle(t *testing.T, l *ledger, slot [32]byte) uint64 {
	t.Helper()
	misses, err := bind.Call(l.inst, &bind.CallOpts{Context: t.Context()}, l.mk.PackSettle(slot), l.mk.UnpackSettle)
	if err != nil {
		if name, _ := revertName(err); name == "NothingToSettle" {
			return 0
		}
		t.Fatalf("static settle: %v", err)
	}
	return misses.Uint64()
}

func revertName(err error) (string, bool) {
	data, ok := ethclient.RevertErrorData(err)
	if !ok {
		return "", false
	}
	return contracts.ErrorName(data)
}

// counter reads a counter's value from a Prometheus registry.
func counter(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name && len(mf.GetMetric()) == 1 {
			return mf.GetMetric()[0].GetCounter().GetValue()
		}
	}
	t.Fatalf("no counter %s", name)
	return 0
}

func flipByte(t *testing.T, path string, off int64) {
	t.Helper()
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	fh, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	b := make([]byte, 1)
	if _, err := fh.ReadAt(b, off); err != nil {
		t.Fatal(err)
	}
	b[0] ^= 0x01
	if _, err := fh.WriteAt(b, off); err != nil {
		t.Fatal(err)
	}
}

func newTestHost(t *testing.T, m *market.Market) *p2p.Host {
	t.Helper()
	id, err := p2p.LoadOrCreateIdentity(filepath.Join(t.TempDir(), "id.key"))
	if err != nil {
		t.Fatal(err)
	}
	h, err := p2p.New(p2p.DefaultConfig(m.ChainID(), m.Address()), nil, id, p2p.Deps{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	return h
}

func hasDuplicate(a []common.Address) bool {
	seen := map[common.Address]bool{}
	for _, x := range a {
		if seen[x] || x == (common.Address{}) {
			return true
		}
		seen[x] = true
	}
	return false
}

func slotStatusEqual(a, b market.SlotStatus) bool {
	return a.Index == b.Index && a.State == b.State && a.Provider == b.Provider && a.Proofs == b.Proofs &&
		a.Misses == b.Misses && a.Slashed.Cmp(b.Slashed) == 0 && a.Paid.Cmp(b.Paid) == 0 && a.Collateral.Cmp(b.Collateral) == 0
}

// progressLog records a client's progress events.
type progressLog struct {
	mu  sync.Mutex
	evs []market.Progress
}

func (p *progressLog) record(ev market.Progress) {
	p.mu.Lock()
	p.evs = append(p.evs, ev)
	p.mu.Unlock()
}

func (p *progressLog) reset() {
	p.mu.Lock()
	p.evs = nil
	p.mu.Unlock()
}

// fetches reports the slots whose fetch started and those that completed.
func (p *progressLog) fetches() (started, done map[int]bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	started, done = map[int]bool{}, map[int]bool{}
	for _, ev := range p.evs {
		if ev.Stage != "fetch" {
			continue
		}
		started[ev.Slot] = true
		if ev.Total > 0 && ev.Done == ev.Total {
			done[ev.Slot] = true
		}
	}
	return started, done
}

// newMnemonic draws a fresh wallet mnemonic.
func newMnemonic(t testing.TB) string {
	t.Helper()
	mn, err := hdwallet.NewMnemonic()
	if err != nil {
		t.Fatal(err)
	}
	return mn
}

// smallClientConfig is a 2+1 client polling every 100 ms, for tests with
// three providers.
func smallClientConfig() market.ClientConfig {
	cfg := market.DefaultClientConfig()
	cfg.K, cfg.M, cfg.Poll = 2, 1, 100*time.Millisecond
	return cfg
}
