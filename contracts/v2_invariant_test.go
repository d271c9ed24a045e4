package contracts_test

import (
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/contracts/contracttest"
)

// v2chaos drives random actions against a v2 deployment and checks the
// spec's invariants after each.
type v2chaos struct {
	*v2fx
	rng     *rand.Rand
	provs   []*contracttest.Account
	clients []*contracttest.Account
	sets    []uint64
	owners  []*contracttest.Account
	flaky   map[uint64]bool
	heads   map[uint64]uint32
	proved  uint64 // last epoch proveAll ran for
	res     []pendingRes
	ok      map[string]int
	reverts map[string]int
}

type pendingRes struct {
	r     *v2req
	i     int
	a     *contracttest.Account
	block uint64
}

// TestV2RandomActions runs a seeded random mix of every action (requests,
// reservations with and without tickets, fills into several sets, proofs and
// skipped proofs, declared faults, set failures, repairs, extensions,
// declines and renewals, terminations, cancels, fails, finishes, audits,
// settles in random batches, withdrawals) and checks the funds invariant
// exactly after every action, plus the record, tenure, bonus and reservation
// invariants. CAIRN_V2_ACTIONS sets the number of actions (default 300;
// `make chaos` runs 2,000).
func TestV2RandomActions(t *testing.T) {
	n := 300
	if s := os.Getenv("CAIRN_V2_ACTIONS"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("CAIRN_V2_ACTIONS: %v", err)
		}
		n = v
	}
	seed := uint64(20261201)
	if s := os.Getenv("CAIRN_V2_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("CAIRN_V2_SEED: %v", err)
		}
		seed = v
	}
	f := newV2(t, contracttest.TestConfigV2())
	c := &v2chaos{
		v2fx: f, rng: rand.New(rand.NewPCG(seed, 7)),
		provs: f.Accounts[2:7], clients: []*contracttest.Account{f.Accounts[1], f.Accounts[7]},
		flaky: map[uint64]bool{}, heads: map[uint64]uint32{}, ok: map[string]int{}, reverts: map[string]int{},
	}
	for i, a := range c.provs {
		for range 1 + i%2 {
			s := f.createSet(a)
			c.sets = append(c.sets, s)
			c.owners = append(c.owners, a)
			c.flaky[s] = len(c.sets)%3 == 0
		}
	}
	actions := []struct {
		name   string
		weight int
		do     func() error
	}{
		{"request", 6, c.newRequest},
		{"reserve", 14, c.reserve},
		{"reserveTicket", 3, c.reserveTicket},
		{"fill", 14, c.fill},
		{"mine", 14, c.mine},
		{"settle", 8, c.settle},
		{"settleSet", 3, c.settleSet},
		{"declare", 2, c.declare},
		{"remove", 5, c.remove},
		{"extend", 3, c.extend},
		{"accept", 3, c.accept},
		{"decline", 2, c.decline},
		{"terminate", 1, c.terminate},
		{"cancel", 1, c.cancel},
		{"fail", 1, c.fail},
		{"finish", 3, c.finish},
		{"audit", 3, c.audit},
		{"resolve", 1, c.resolve},
		{"sweep", 2, c.sweep},
		{"withdraw", 2, c.withdraw},
	}
	total := 0
	for _, a := range actions {
		total += a.weight
	}
	for step := 0; step < n; step++ {
		pick := c.rng.IntN(total)
		for _, a := range actions {
			if pick >= a.weight {
				pick -= a.weight
				continue
			}
			err := a.do()
			c.note(a.name, err)
			break
		}
		c.proveAll()
		f.checkFunds("step " + strconv.Itoa(step))
		c.checkInvariants(step)
	}
	t.Logf("ok: %v", c.ok)
	t.Logf("expected reverts: %v", c.reverts)
	for _, must := range []string{"request", "reserve", "fill", "settle", "prove"} {
		if c.ok[must] == 0 {
			t.Errorf("no successful %s in %d actions", must, n)
		}
	}
}

// note counts an action's outcome; a revert without a custom error (a panic)
// or a transport error fails the test.
func (c *v2chaos) note(name string, err error) {
	c.t.Helper()
	if err == nil {
		c.ok[name]++
		return
	}
	if errSkip == err {
		return
	}
	n := contracttest.ErrorName(err)
	if n == "" {
		c.t.Fatalf("%s: %v", name, err)
	}
	c.reverts[name+":"+n]++
}

type skipErr struct{}

func (skipErr) Error() string { return "nothing to do" }

var errSkip error = skipErr{}

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
		v := contracttest.LensCall(c.EnvV2, c.lens().PackSetView(s, new(big.Int).SetUint64(x)), c.lens().UnpackSetView)
		if v.Mask == 0 || c.proven(s, x) {
			continue
		}
		_, err := c.proveSet(c.owners[k], s, x)
		c.note("prove", err)
	}
	for _, id := range c.tenures {
		ti := c.tenure(id)
		if ti.Audit == 0 || uint64(ti.Audit) > x || ti.Flags&4 != 0 {
			continue
		}
		idx, err := contracttest.TryLensCall(c.EnvV2, c.lens().PackAuditChallenges(id), c.lens().UnpackAuditChallenges)
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

// checkInvariants: §14 items 7–10 that the lens can show. Heads never
// decrease; a failed set stopped after a window with ≥ M misses; each
// tenure has join ≤ settled ≤ b ≤ end, Final tenures hold nothing and
// vested ≤ bonus < collateral of its request; each slot has ≤ maxRes live
// reservations of which ≤ 1 ticketed.
func (c *v2chaos) checkInvariants(step int) {
	c.t.Helper()
	for _, s := range c.sets {
		si := c.setInfo(s)
		if si.Head < c.heads[s] {
			c.t.Fatalf("step %d: set %d head went back %d → %d", step, s, c.heads[s], si.Head)
		}
		c.heads[s] = si.Head
		if si.State == 1 && si.Stop != si.Head {
			c.t.Fatalf("step %d: failed set %d stop %d head %d", step, s, si.Stop, si.Head)
		}
	}
	for _, id := range c.tenures {
		ti := c.tenure(id)
		if !(ti.Join <= ti.Settled && ti.Settled <= ti.B && ti.B <= max(ti.End, ti.Join)) {
			c.t.Fatalf("step %d: tenure %s join %d settled %d b %d end %d", step, id, ti.Join, ti.Settled, ti.B, ti.End)
		}
		if ti.Out != 0 && ti.B > ti.Out {
			c.t.Fatalf("step %d: tenure %s b %d after out %d", step, id, ti.B, ti.Out)
		}
		if ti.Bonus.Sign() != 0 && ti.Bonus.Cmp(c.reqCollateral(ti.RequestId)) >= 0 {
			c.t.Fatalf("step %d: tenure %s bonus %s ≥ collateral", step, id, ti.Bonus)
		}
	}
	for _, r := range c.reqs {
		for i := range r.slots {
			rs := contracttest.LensCall(c.EnvV2, c.lens().PackReservations(r.id, big.NewInt(int64(i))), c.lens().UnpackReservations)
			live, ticketed := 0, 0
			for _, v := range rs {
				if v.Reserver != ([20]byte{}) {
					live++
					if v.Ticketed {
						ticketed++
					}
				}
			}
			if live > int(c.Config.MaxReservations) || ticketed > 1 {
				c.t.Fatalf("step %d: slot %d: %d reservations, %d ticketed", step, i, live, ticketed)
			}
		}
	}
}

func (c *v2chaos) reqEnd(id [32]byte) uint32 {
	for _, r := range c.reqs {
		if r.id == id {
			return c.reqInfo(r).EndEpoch
		}
	}
	return 0
}

func (c *v2chaos) reqCollateral(id [32]byte) *big.Int {
	for _, r := range c.reqs {
		if r.id == id {
			return c.reqInfo(r).Collateral
		}
	}
	return new(big.Int)
}
