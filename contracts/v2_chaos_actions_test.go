package contracts_test

import (
	"math/big"
	"slices"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
)

// The actions of TestV2RandomActions: each picks its target at random and
// returns the transaction's error (errSkip when there is nothing to do).

func (c *v2chaos) liveReqs() []*v2req {
	var out []*v2req
	for _, r := range c.reqs {
		if st := c.reqInfo(r).State; st == 1 || st == 2 {
			out = append(out, r)
		}
	}
	return out
}

func pickOne[T any](c *v2chaos, xs []T) (T, bool) {
	var z T
	if len(xs) == 0 {
		return z, false
	}
	return xs[c.rng.IntN(len(xs))], true
}

func (c *v2chaos) newRequest() error {
	sizes := []uint64{64, 192, 1024, 3072, 4096}
	size := sizes[c.rng.IntN(len(sizes))]
	cl, _ := pickOne(c, c.clients)
	dur := uint64(6 + c.rng.IntN(10))
	bonus := c.rng.IntN(2) == 0
	_, err := c.tryRequest(cl, func(p *contracts.IMarketplaceV2RequestParams) {
		p.ShardSize = size
		p.K = uint8(1 + c.rng.IntN(2))
		p.EndEpoch = p.StartEpoch + dur
		p.AuthKey = c.Accounts[9].Addr
		p.CancelOnExpiry = c.rng.IntN(2) == 0
		p.CollateralPerSlot = tokens(int64(5 + c.rng.IntN(10)))
		if bonus {
			p.RepairBonus, p.RepairReserve = tokens(1), tokens(int64(c.rng.IntN(4)))
		}
	})
	return err
}

func (c *v2chaos) reserve() error {
	r, ok := pickOne(c, c.liveReqs())
	if !ok {
		return errSkip
	}
	i := c.rng.IntN(len(r.slots))
	a, _ := pickOne(c, c.provs)
	rb, err := c.v2fx.reserve(r, i, a)
	if err == nil {
		c.res = append(c.res, pendingRes{r, i, a, rb})
	}
	return err
}

func (c *v2chaos) reserveTicket() error {
	r, ok := pickOne(c, c.liveReqs())
	if !ok {
		return errSkip
	}
	i := c.rng.IntN(len(r.slots))
	a, _ := pickOne(c, c.provs)
	dl := uint64(1 << 40)
	rc, err := c.Send(a, c.MP.PackReserveSlotWithTicket(r.id, big.NewInt(int64(i)), dl, c.ticket(r, i, a.Addr, dl)))
	if err == nil {
		c.res = append(c.res, pendingRes{r, i, a, rc.BlockNumber.Uint64()})
	}
	return err
}

func (c *v2chaos) fill() error {
	if len(c.res) == 0 {
		return errSkip
	}
	j := c.rng.IntN(len(c.res))
	p := c.res[j]
	c.res = slices.Delete(c.res, j, j+1)
	var mine []uint64
	for k, s := range c.sets {
		if c.owners[k] == p.a {
			mine = append(mine, s)
		}
	}
	set, _ := pickOne(c, mine)
	if c.Head() > p.block+c.Config.ReservationTTL {
		return errSkip
	}
	_, err := c.fillReserved(p.r, p.i, p.a, set, p.block)
	return err
}

func (c *v2chaos) mine() error {
	c.Mine(uint64(1 + c.rng.IntN(5)))
	return nil
}

// proveAll is the honest nodes' loop: once per epoch every set with a
// non-empty view proves (flaky sets skip a third of the epochs), and owners
// answer audits of the epoch.
func (c *v2chaos) proveAll() {
	c.t.Helper()
	x := c.CurrentEpoch()
	if x == c.proved {
		return
	}
	c.proved = x
	c.ToEpoch(x, 1)
	for k, s := range c.sets {
		si := c.setInfo(s)
		if si.State != 0 || (c.flaky[s] && c.rng.IntN(3) == 0) {
			continue
		}
		v := contracttest.LensCall(c.Env, c.lens().PackSetView(s, new(big.Int).SetUint64(x)), c.lens().UnpackSetView)
		if v.Mask == 0 || c.proven(s, x) {
			continue
		}
		_, err := c.proveSet(c.owners[k], s, x)
		c.note("prove", err)
	}
	for _, id := range c.tenures {
		ti := c.tenure(id)
		if ti.Audit == 0 || uint64(ti.Audit) > x || ti.Flags&4 != 0 || (c.flaky[ti.SetId] && c.rng.IntN(2) == 0) {
			continue // flaky owners let half their audits lapse
		}
		idx, err := contracttest.TryLensCall(c.Env, c.lens().PackAuditChallenges(id), c.lens().UnpackAuditChallenges)
		if err != nil {
			continue
		}
		u := make([]uint64, len(idx))
		for i := range idx {
			u[i] = idx[i].Uint64()
		}
		owner := c.ownerOf(ti.SetId)
		_, err = c.Send(owner, c.MP.PackAnswerAudit(id, c.prove(ti.Root, u)))
		c.note("answerAudit", err)
	}
}

func (c *v2chaos) ownerOf(set uint64) *contracttest.Account {
	for k, s := range c.sets {
		if s == set {
			return c.owners[k]
		}
	}
	c.t.Fatalf("unknown set %d", set)
	return nil
}

func (c *v2chaos) settle() error {
	if len(c.tenures) == 0 {
		return errSkip
	}
	var batch []*big.Int
	for range 1 + c.rng.IntN(6) {
		id, _ := pickOne(c, c.tenures)
		batch = append(batch, id)
	}
	slices.SortFunc(batch, func(a, b *big.Int) int { return a.Cmp(b) })
	batch = slices.CompactFunc(batch, func(a, b *big.Int) bool { return a.Cmp(b) == 0 })
	_, err := c.Send(c.Accounts[8], c.MP.PackSettle(batch))
	return err
}

func (c *v2chaos) settleSet() error {
	s, _ := pickOne(c, c.sets)
	_, err := c.Send(c.Accounts[8], c.MP.PackSettleSet(s))
	return err
}

func (c *v2chaos) declare() error {
	id, ok := pickOne(c, c.tenures)
	if !ok {
		return errSkip
	}
	set := id.Uint64() >> 32
	_, err := c.Send(c.ownerOf(set), c.MP.PackDeclareFaults(set, []uint32{uint32(id.Uint64())}))
	return err
}

// remove is the owners' rule: members whose e* ≤ x+1 leave the view.
func (c *v2chaos) remove() error {
	x := c.CurrentEpoch()
	did := false
	for _, id := range c.tenures {
		ti := c.tenure(id)
		if ti.Out != 0 || uint64(ti.EStar) > x+1 {
			continue
		}
		_, err := c.Send(c.ownerOf(ti.SetId), c.MP.PackRemoveMembers(ti.SetId, []uint32{uint32(id.Uint64())}))
		c.note("remove1", err)
		did = true
	}
	if !did {
		return errSkip
	}
	return nil
}

func (c *v2chaos) extend() error {
	r, ok := pickOne(c, c.liveReqs())
	if !ok {
		return errSkip
	}
	ri := c.reqInfo(r)
	top := new(big.Int)
	if c.rng.IntN(2) == 0 {
		top = tokens(1)
	}
	_, err := c.Send(c.clientOf(ri.Client), c.MP.PackExtendRequest(r.id, ri.EndEpoch+uint32(2+c.rng.IntN(6)), top))
	return err
}

func (c *v2chaos) clientOf(addr [20]byte) *contracttest.Account {
	for _, a := range c.clients {
		if a.Addr == addr {
			return a
		}
	}
	return c.clients[0]
}

func (c *v2chaos) accept() error  { return c.decide(true) }
func (c *v2chaos) decline() error { return c.decide(false) }

func (c *v2chaos) decide(accept bool) error {
	// Prefer tenures an extension left behind (end < the request's end).
	var behind []*big.Int
	for _, id := range c.tenures {
		ti := c.tenure(id)
		if ti.Out == 0 && ti.Flags&(2|4|8) == 0 && ti.End < c.reqEnd(ti.RequestId) {
			behind = append(behind, id)
		}
	}
	if len(behind) == 0 {
		behind = c.tenures
	}
	id, ok := pickOne(c, behind)
	if !ok {
		return errSkip
	}
	owner := c.ownerOf(id.Uint64() >> 32)
	var err error
	if accept {
		_, err = c.Send(owner, c.MP.PackAcceptExtension([]*big.Int{id}))
	} else {
		_, err = c.Send(owner, c.MP.PackDeclineExtension([]*big.Int{id}))
	}
	return err
}

func (c *v2chaos) onReq(pack func([32]byte) []byte, byClient bool) error {
	r, ok := pickOne(c, c.reqs)
	if !ok {
		return errSkip
	}
	from := c.Accounts[8]
	if byClient {
		from = c.clientOf(c.reqInfo(r).Client)
	}
	_, err := c.Send(from, pack(r.id))
	return err
}

func (c *v2chaos) terminate() error { return c.onReq(c.MP.PackTerminateRequest, true) }
func (c *v2chaos) cancel() error    { return c.onReq(c.MP.PackCancelRequest, false) }
func (c *v2chaos) fail() error      { return c.onReq(c.MP.PackFailRequest, false) }
func (c *v2chaos) finish() error    { return c.onReq(c.MP.PackFinish, false) }

func (c *v2chaos) audit() error {
	r, ok := pickOne(c, c.liveReqs())
	if !ok {
		return errSkip
	}
	_, err := c.Send(c.clientOf(c.reqInfo(r).Client), c.MP.PackAuditSlot(r.id, big.NewInt(int64(c.rng.IntN(len(r.slots))))))
	return err
}

func (c *v2chaos) resolve() error {
	id, ok := pickOne(c, c.tenures)
	if !ok {
		return errSkip
	}
	_, err := c.Send(c.Accounts[8], c.MP.PackResolveAudit(id))
	return err
}

func (c *v2chaos) sweep() error {
	r, ok := pickOne(c, c.reqs)
	if !ok {
		return errSkip
	}
	_, err := c.Send(c.Accounts[8], c.MP.PackSweepReservations(r.id, big.NewInt(int64(c.rng.IntN(len(r.slots))))))
	return err
}

func (c *v2chaos) withdraw() error {
	a, _ := pickOne(c, c.Accounts[1:9])
	_, err := c.Send(a, c.MP.PackWithdraw())
	return err
}
