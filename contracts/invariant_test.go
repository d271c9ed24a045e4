package contracts_test

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
)

// inv drives random actions against a marketplace and checks, after every
// transaction, that tokens received = balance + paid out + burned and that
// the balance equals everything owed (pull balances, unpaid escrow, repair
// reserves and bonuses, held collateral, reservation deposits).
type inv struct {
	*fx
	rng       *rand.Rand
	clients   []*contracttest.Account
	provs     []*contracttest.Account
	reliable  map[common.Address]bool
	reqs      []*req
	received  *big.Int
	paidOut   *big.Int
	burnedOut *big.Int
	txs       int
	ok        map[string]int
	tried     map[string]int
}

func TestInvariant(t *testing.T) {
	seed := uint64(1)
	if s := os.Getenv("CAIRN_INVARIANT_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		seed = v
	}
	actions := 600
	if testing.Short() {
		actions = 150
	}
	cfg := contracttest.TestConfig()
	cfg.EpochBlocks, cfg.GraceBlocks, cfg.FillDelayBlocks, cfg.ReservationTTL = 8, 2, 1, 6
	cfg.MissWindow, cfg.MissThreshold, cfg.SlashBps = 4, 2, 2000
	node := anviltest.New(t, func(o *anvil.Options) { o.Accounts = 16 })
	env := contracttest.Deploy(t, node, cfg, contracttest.Options{Accounts: 16})
	v := &inv{
		fx:       newFxOn(t, env),
		rng:      rand.New(rand.NewPCG(seed, 0xca1d)),
		received: new(big.Int), paidOut: new(big.Int), burnedOut: new(big.Int),
		reliable: map[common.Address]bool{},
		ok:       map[string]int{}, tried: map[string]int{},
	}
	v.clients = env.Accounts[1:4]
	v.provs = env.Accounts[4:]
	for i, p := range v.provs {
		v.reliable[p.Addr] = i%3 != 0
	}
	t.Logf("seed %d", seed)
	for v.txs < actions {
		v.step()
	}
	// Wind down: finish everything, withdraw everything, nothing may remain.
	v.NextTxAt(v.Head() + 8*uint64(cfg.EpochBlocks))
	for _, r := range v.reqs {
		if st := v.RequestInfo(r.id).State; st == 1 || st == 2 {
			if v.RequestInfo(r.id).EndEpoch <= v.closedEpochs() {
				v.do("finish", v.Accounts[0], v.MP.PackFinish(r.id))
			}
		}
	}
	for _, a := range v.Accounts {
		if v.Balance(a.Addr).Sign() > 0 {
			v.do("withdraw", a, v.MP.PackWithdraw())
		}
	}
	keys := make([]string, 0, len(v.tried))
	for k := range v.tried {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%-10s %4d tried %4d succeeded", k, v.tried[k], v.ok[k])
	}
	t.Logf("%d transactions, %d requests, received %s, paid out %s, burned %s",
		v.txs, len(v.reqs), v.received, v.paidOut, v.burnedOut)
	for _, k := range []string{"request", "reserve", "fill", "prove", "settle", "finish", "withdraw"} {
		if v.ok[k] == 0 {
			t.Errorf("no successful %s", k)
		}
	}
}

func (v *inv) closedEpochs() uint64 {
	return contracttest.Call(v.Env, v.MP.PackClosedEpochs(), v.MP.UnpackClosedEpochs).Uint64()
}

// do sends one transaction, records token flows and checks the invariant.
func (v *inv) do(kind string, a *contracttest.Account, data []byte) *types.Receipt {
	v.t.Helper()
	v.tried[kind]++
	rc, err := v.Send(a, data)
	if err != nil {
		var re *contracttest.RevertError
		if !errors.As(err, &re) {
			v.t.Fatalf("%s: %v", kind, err)
		}
		return nil
	}
	v.txs++
	v.ok[kind]++
	for _, l := range rc.Logs {
		if l.Address != v.Dep.Token {
			continue
		}
		ev, err := v.Tok.UnpackTransferEvent(l)
		if err != nil {
			continue
		}
		switch {
		case ev.To == v.Dep.Marketplace:
			v.received.Add(v.received, ev.Value)
		case ev.From == v.Dep.Marketplace && ev.To == burnAddr:
			v.burnedOut.Add(v.burnedOut, ev.Value)
		case ev.From == v.Dep.Marketplace:
			v.paidOut.Add(v.paidOut, ev.Value)
		}
	}
	v.check(kind)
	return rc
}

func (v *inv) check(kind string) {
	v.t.Helper()
	bal := v.TokenBalance(v.Dep.Marketplace)
	if got := add(bal, v.paidOut, v.burnedOut); got.Cmp(v.received) != 0 {
		v.t.Fatalf("after %s (tx %d): received %s != balance %s + paid out %s + burned %s", kind, v.txs, v.received, bal, v.paidOut, v.burnedOut)
	}
	if b := v.Burned(); b.Cmp(v.burnedOut) != 0 {
		v.t.Fatalf("after %s: burned counter %s, burn transfers %s", kind, b, v.burnedOut)
	}
	owed := new(big.Int)
	for _, a := range v.Accounts {
		owed.Add(owed, v.Balance(a.Addr))
	}
	for _, r := range v.reqs {
		if r.done {
			continue // ended requests hold nothing and never change
		}
		info := v.RequestInfo(r.id)
		owed.Add(owed, info.EscrowLeft)
		owed.Add(owed, info.ReserveLeft)
		for _, s := range r.slots {
			si := v.SlotInfo(s)
			owed.Add(owed, si.Collateral)
			owed.Add(owed, si.PendingBonus)
			n := int64(len(v.Reservations(s)))
			owed.Add(owed, mul(v.Config.ReservationDeposit, n))
		}
		if info.State > 2 {
			start := new(big.Int).Set(owed)
			for _, s := range r.slots {
				si := v.SlotInfo(s)
				owed.Add(owed, si.Collateral)
				owed.Add(owed, si.PendingBonus)
				owed.Add(owed, big.NewInt(int64(len(v.Reservations(s)))))
			}
			if owed.Add(owed, info.EscrowLeft).Add(owed, info.ReserveLeft).Cmp(start) != 0 {
				v.t.Fatalf("after %s: ended request %x still holds tokens", kind, r.id)
			}
			r.done = true
		}
	}
	if bal.Cmp(owed) != 0 {
		v.t.Fatalf("after %s (tx %d): balance %s, owed %s", kind, v.txs, bal, owed)
	}
}

func (v *inv) pick(n int) int { return v.rng.IntN(n) }

func (v *inv) live() []*req {
	var out []*req
	for _, r := range v.reqs {
		if r.done {
			continue
		}
		if st := v.RequestInfo(r.id).State; st == 1 || st == 2 {
			out = append(out, r)
		}
	}
	return out
}

func (v *inv) step() {
	switch x := v.pick(100); {
	case x < 8:
		v.newRequest()
	case x < 22:
		v.reserveRandom()
	case x < 36:
		v.fillRandom()
	case x < 60:
		v.proveRound()
	case x < 70:
		v.settleRandom()
	case x < 72:
		v.exitRandom()
	case x < 78:
		v.finishOrCancel()
	case x < 84:
		a := v.Accounts[v.pick(len(v.Accounts))]
		v.do("withdraw", a, v.MP.PackWithdraw())
	case x < 86:
		if l := v.live(); len(l) > 0 {
			r := l[v.pick(len(l))]
			v.do("sweep", v.Accounts[9], v.MP.PackSweepReservations(r.id, big.NewInt(int64(v.pick(len(r.slots))))))
		}
	case x < 87:
		v.do("poke", v.Accounts[0], v.MP.PackPoke(v.CurrentEpoch()))
	default:
		v.Mine(uint64(1 + v.pick(6)))
	}
}

func (v *inv) newRequest() {
	if len(v.live()) >= 6 {
		return
	}
	client := v.clients[v.pick(len(v.clients))]
	sizes := []uint64{64, 128, 192, 4096, 64 * 37}
	v.client = client
	cur := v.CurrentEpoch()
	p := contracts.IMarketplaceRequestParams{
		K: uint8(1 + v.pick(3)), M: uint8(1 + v.pick(2)), ShardSize: sizes[v.pick(len(sizes))],
		StartEpoch:        cur + uint64(v.pick(3)),
		PricePerSlotEpoch: milli(int64(100 + v.pick(2000))), CollateralPerSlot: milli(int64(1000 + v.pick(9000))),
		AuthKey: common.HexToAddress("0x0a07"), CancelOnExpiry: v.pick(2) == 0,
		RepairBonus: new(big.Int), RepairReserve: new(big.Int), Manifest: make([]byte, 512),
	}
	p.EndEpoch = p.StartEpoch + 2 + uint64(v.pick(7))
	p.Expiry = min(v.Head()+uint64(10+v.pick(30)), v.EpochStart(p.EndEpoch))
	if v.pick(2) == 0 {
		p.RepairReserve = milli(int64(v.pick(5000)))
		p.RepairBonus = new(big.Int).Div(p.RepairReserve, big.NewInt(int64(1+v.pick(3))))
	}
	r := &req{p: p}
	r.shards, r.trees = v.shardsFor(&r.p)
	nonce := contracttest.Call(v.Env, v.MP.PackClientNonce(client.Addr), v.MP.UnpackClientNonce)
	r.id = contracttest.Call(v.Env, v.MP.PackRequestIdFor(client.Addr, nonce), v.MP.UnpackRequestIdFor)
	for i := range r.shards {
		r.slots = append(r.slots, v.slotID(r.id, i))
	}
	v.reqs = append(v.reqs, r) // before the transaction: the check after it counts its escrow
	if v.do("request", client, v.MP.PackRequestStorage(r.p)) == nil {
		v.reqs = v.reqs[:len(v.reqs)-1]
	}
}

func (v *inv) slotID(id [32]byte, i int) [32]byte {
	return contracttest.Call(v.Env, v.MP.PackSlotIdFor(id, big.NewInt(int64(i))), v.MP.UnpackSlotIdFor)
}

func (v *inv) reserveRandom() {
	l := v.live()
	if len(l) == 0 {
		return
	}
	r := l[v.pick(len(l))]
	i := v.pick(len(r.slots))
	a := v.provs[v.pick(len(v.provs))]
	rc := v.do("reserve", a, v.MP.PackReserveSlot(r.id, big.NewInt(int64(i))))
	if rc != nil && v.pick(10) < 7 {
		v.fillOne(r, i, a, rc.BlockNumber.Uint64())
	}
}

func (v *inv) fillOne(r *req, i int, a *contracttest.Account, rb uint64) {
	if v.Head() < rb+v.Config.FillDelayBlocks {
		v.NextTxAt(rb + v.Config.FillDelayBlocks + 1)
	}
	pr := r.prove(v.t, i, v.fillIndices(r, i, a, rb))
	if v.pick(10) == 0 {
		pr[v.pick(len(pr))] ^= 1
	}
	v.do("fill", a, v.MP.PackFillSlot(r.id, big.NewInt(int64(i)), pr))
}

func (v *inv) fillRandom() {
	l := v.live()
	if len(l) == 0 {
		return
	}
	r := l[v.pick(len(l))]
	i := v.pick(len(r.slots))
	res := v.Reservations(r.slots[i])
	if len(res) == 0 {
		return
	}
	rv := res[v.pick(len(res))]
	var a *contracttest.Account
	for _, p := range v.provs {
		if p.Addr == rv.Reserver {
			a = p
		}
	}
	v.fillOne(r, i, a, rv.BlockNumber)
}

// proveRound: every reliable holder proves its slots for the current epoch
// (and sometimes the previous one, in its grace window), singly or batched.
func (v *inv) proveRound() {
	e := v.CurrentEpoch()
	batches := map[*contracttest.Account][]contracts.IMarketplaceSlotProof{}
	for _, r := range v.live() {
		for i, s := range r.slots {
			si := v.SlotInfo(s)
			if si.State != 1 || (!v.reliable[si.Provider] && v.pick(3) != 0) {
				continue
			}
			var a *contracttest.Account
			for _, p := range v.provs {
				if p.Addr == si.Provider {
					a = p
				}
			}
			ep := e
			if e > 0 && v.pick(4) == 0 {
				ep = e - 1
			}
			pr := r.prove(v.t, i, v.epochIndices(r, i, ep))
			if v.pick(20) == 0 {
				pr = pr[:len(pr)-1]
			}
			batches[a] = append(batches[a], contracts.IMarketplaceSlotProof{SlotId: s, Epoch: ep, Proof: pr})
		}
	}
	for a, b := range batches {
		if len(b) > 1 && v.pick(2) == 0 {
			v.do("proveBatch", a, v.MP.PackSubmitProofs(b))
			continue
		}
		for _, sp := range b {
			v.do("prove", a, v.MP.PackSubmitProof(sp.SlotId, sp.Epoch, sp.Proof))
		}
	}
	v.Mine(uint64(v.pick(int(v.Config.EpochBlocks))))
}

func (v *inv) filledSlots() [][32]byte {
	var out [][32]byte
	for _, r := range v.live() {
		for _, s := range r.slots {
			if v.SlotInfo(s).State == 1 {
				out = append(out, s)
			}
		}
	}
	return out
}

func (v *inv) settleRandom() {
	s := v.filledSlots()
	if len(s) == 0 {
		return
	}
	v.do("settle", v.Accounts[v.pick(len(v.Accounts))], v.MP.PackSettle(s[v.pick(len(s))]))
}

func (v *inv) exitRandom() {
	s := v.filledSlots()
	if len(s) == 0 {
		return
	}
	id := s[v.pick(len(s))]
	holder := v.SlotInfo(id).Provider
	for _, p := range v.provs {
		if p.Addr == holder {
			v.do("exit", p, v.MP.PackExitSlot(id))
		}
	}
}

func (v *inv) finishOrCancel() {
	l := v.live()
	if len(l) == 0 {
		return
	}
	r := l[v.pick(len(l))]
	info := v.RequestInfo(r.id)
	if info.EndEpoch <= v.closedEpochs() {
		v.do("finish", v.Accounts[v.pick(len(v.Accounts))], v.MP.PackFinish(r.id))
		return
	}
	if v.pick(4) != 0 {
		return
	}
	who := v.Accounts[v.pick(len(v.Accounts))]
	if v.pick(3) == 0 {
		for _, c := range v.clients {
			if c.Addr == info.Client {
				who = c
			}
		}
	}
	v.do("cancel", who, v.MP.PackCancelRequest(r.id))
}
