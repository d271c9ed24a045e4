package contracts_test

import (
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
)

var burnAddr = common.HexToAddress("0x000000000000000000000000000000000000dEaD")

// TestHappyPath: a 2+1 request over 4 epochs, every slot proven every epoch
// except one miss, balances checked to the wei through finish and withdraw.
func TestHappyPath(t *testing.T) {
	f := newFx(t, contracttest.TestConfig())
	provs := f.Accounts[2:5]
	client := f.client
	tok0 := map[common.Address]*big.Int{}
	for _, a := range append([]*contracttest.Account{client}, provs...) {
		tok0[a.Addr] = f.TokenBalance(a.Addr)
	}
	r := f.request(client, nil)
	start, end := r.p.StartEpoch, r.p.EndEpoch
	price, coll := r.p.PricePerSlotEpoch, r.p.CollateralPerSlot
	escrow := mul(price, 3*int64(end-start))
	wantEq(t, "client tokens after request", f.TokenBalance(client.Addr), sub(tok0[client.Addr], escrow))
	wantEq(t, "market tokens", f.TokenBalance(f.Dep.Marketplace), escrow)

	f.fillAll(r, provs)
	if f.CurrentEpoch() >= start {
		t.Fatalf("fills ran into the start epoch")
	}
	info := f.RequestInfo(r.id)
	if info.State != 2 || info.Held != 3 {
		t.Fatalf("request after fills: state %d held %d, want Active(2) 3", info.State, info.Held)
	}
	for _, a := range provs {
		wantEq(t, "provider tokens after fill", f.TokenBalance(a.Addr), sub(tok0[a.Addr], coll))
	}
	wantEq(t, "market tokens after fills", f.TokenBalance(f.Dep.Marketplace), add(escrow, mul(coll, 3)))

	missed := start + 1
	for e := start; e < end; e++ {
		f.toEpoch(e)
		for i, a := range provs {
			if i == 2 && e == missed {
				continue
			}
			f.submit(r, i, a, e)
		}
		for i, a := range provs {
			proven := int64(e - start + 1)
			if i == 2 && e >= missed {
				proven--
			}
			wantEq(t, "provider balance", f.Balance(a.Addr), mul(price, proven))
		}
	}
	f.toEpoch(end)
	f.ExpectRevert(f.Accounts[9], f.MP.PackFinish(r.id), "TooEarly")
	f.afterWindow(end - 1)
	f.MustSend(f.Accounts[9], f.MP.PackFinish(r.id))

	slash := new(big.Int).Div(mul(coll, 1000), big.NewInt(10000)) // 10%, exact here
	epochs := int64(end - start)
	wantEq(t, "provider 0 balance", f.Balance(provs[0].Addr), add(mul(price, epochs), coll))
	wantEq(t, "provider 2 balance", f.Balance(provs[2].Addr), add(mul(price, epochs-1), sub(coll, slash)))
	wantEq(t, "client refund", f.Balance(client.Addr), price)
	wantEq(t, "burned", f.Burned(), slash)
	if st := f.RequestInfo(r.id).State; st != 5 {
		t.Fatalf("state %d, want Finished(5)", st)
	}
	f.withdrawAll(append([]*contracttest.Account{client}, provs...)...)
	wantEq(t, "client tokens", f.TokenBalance(client.Addr), sub(tok0[client.Addr], sub(escrow, price)))
	wantEq(t, "provider 0 tokens", f.TokenBalance(provs[0].Addr), add(tok0[provs[0].Addr], mul(price, epochs)))
	wantEq(t, "provider 2 tokens", f.TokenBalance(provs[2].Addr), sub(add(tok0[provs[2].Addr], mul(price, epochs-1)), slash))
	wantEq(t, "market tokens at end", f.TokenBalance(f.Dep.Marketplace), new(big.Int))
	wantEq(t, "dead tokens", f.TokenBalance(burnAddr), slash)
	f.ExpectRevert(client, f.MP.PackWithdraw(), "NothingToWithdraw")
}

// TestVoidEpoch: an epoch whose seed nobody stored while its block hash was
// readable is neither paid nor slashed. Mining the 8191 blocks that push a
// hash out of EIP-2935's window takes anvil minutes (its per-block cost grows
// with the chain), so by default the test mines past BLOCKHASH's 256 blocks
// and clears the hash's slot in the history contract's ring buffer (slot
// b mod 8191), which is what the contract sees once the window has passed.
// CAIRN_SLOW_TESTS=1 mines the real 8192 blocks instead.
func TestVoidEpoch(t *testing.T) {
	slow := os.Getenv("CAIRN_SLOW_TESTS") != ""
	cfg := contracttest.TestConfig()
	var f *fx
	if slow {
		cfg.EpochBlocks, cfg.GraceBlocks = 4000, 100
		f = newFxOn(t, contracttest.Deploy(t, anviltest.New(t), cfg, contracttest.Options{}))
	} else {
		f = newFx(t, cfg)
	}
	provs := f.Accounts[2:5]
	r := f.request(f.client, func(p *contracts.IMarketplaceRequestParams) {
		p.EndEpoch = p.StartEpoch + 2
	})
	f.fillAll(r, provs)
	s := r.p.StartEpoch
	f.toEpoch(s)
	for i, a := range provs {
		f.submit(r, i, a, s)
	}
	// Nobody touches epoch s+1.
	seedBlock := f.EpochStart(s+1) - 1
	if slow {
		f.NextTxAt(seedBlock + 8192 + 1)
	} else {
		f.NextTxAt(seedBlock + 300)
		history := common.HexToAddress("0x0000F90827F1C53a10cb7A02335B175320002935")
		slot := common.BigToHash(new(big.Int).SetUint64(seedBlock % 8191))
		if err := f.RPC.Call(nil, "anvil_setStorageAt", history, slot, common.Hash{}); err != nil {
			t.Fatal(err)
		}
	}
	if seed := contracttest.Call(f.Env, f.MP.PackEpochSeed(new(big.Int).SetUint64(s+1)), f.MP.UnpackEpochSeed); seed != ([32]byte{}) {
		t.Fatalf("epoch %d seed still readable: %x", s+1, seed)
	}
	f.ExpectRevert(f.Accounts[9], f.MP.PackPoke(s+1), "SeedUnavailable")
	rc := f.MustSend(f.Accounts[9], f.MP.PackSettle(r.slots[0]))
	for _, l := range rc.Logs {
		if ev, err := f.MP.UnpackSlotSettledEvent(l); err == nil && ev.Misses.Sign() != 0 {
			t.Fatalf("void epoch settled as %s misses", ev.Misses)
		}
	}
	f.MustSend(f.Accounts[9], f.MP.PackFinish(r.id))
	price, coll := r.p.PricePerSlotEpoch, r.p.CollateralPerSlot
	for _, a := range provs {
		wantEq(t, "provider balance", f.Balance(a.Addr), add(price, coll))
	}
	wantEq(t, "client refund (void epoch unpaid)", f.Balance(f.client.Addr), mul(price, 3))
	wantEq(t, "burned", f.Burned(), new(big.Int))
	wantEq(t, "settle fee", f.Balance(f.Accounts[9].Addr), new(big.Int))
	f.withdrawAll(append([]*contracttest.Account{f.client}, provs...)...)
}
