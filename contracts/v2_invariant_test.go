package contracts_test

import (
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

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
	f := newV2(t, contracttest.TestConfig())
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
		{"audit", 6, c.audit},
		{"resolve", 2, c.resolve},
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
		if step%10 == 0 {
			c.checkViews(step)
		}
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

// checkInvariants: §14 items 7–10 that the lens can show. Heads never
// decrease; a failed set stopped after a window with ≥ M misses; each
// tenure has join ≤ settled ≤ b ≤ end, Final tenures hold nothing and
// bonus < collateral of its request, [join, b) inside [fill+1, out); each slot has ≤ maxRes live
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
		// [join, b) ⊂ [fill+1, out): a member removed before its join has an empty range.
		if ti.Out != 0 && ti.B > ti.Join && ti.B > ti.Out {
			c.t.Fatalf("step %d: tenure %s b %d after out %d", step, id, ti.B, ti.Out)
		}
		if ti.Bonus.Sign() != 0 && ti.Bonus.Cmp(c.reqCollateral(ti.RequestId)) >= 0 {
			c.t.Fatalf("step %d: tenure %s bonus %s ≥ collateral", step, id, ti.Bonus)
		}
	}
	for _, r := range c.reqs {
		for i := range r.slots {
			rs := contracttest.LensCall(c.Env, c.lens().PackReservations(r.id, big.NewInt(int64(i))), c.lens().UnpackReservations)
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

// checkViews: §14.3 for t = x−1, x (the view in effect) and x+1 (the newest):
// positions [0, count_c(t)) hold exactly the members filled before t and not
// out by t, each once and in its own class; mask ⇔ count > 0; Σ newest
// counts = live; a member in the newest view sits at its posIdx.
func (c *v2chaos) checkViews(step int) {
	c.t.Helper()
	x := c.CurrentEpoch()
	for _, s := range c.sets {
		si := c.setInfo(s)
		if si.State != 0 {
			continue
		}
		ts := []uint64{x, x + 1}
		if x > 0 {
			ts = append(ts, x-1) // §3.1: at(·, t) stays right for t ≥ x−1
		}
		for _, t := range ts {
			sv := contracttest.LensCall(c.Env, c.lens().PackSetView(s, new(big.Int).SetUint64(t)), c.lens().UnpackSetView)
			got := map[uint32]bool{}
			var total uint64
			for cl := 0; cl < 32; cl++ {
				n := sv.Counts[cl]
				if (sv.Mask>>cl)&1 == 1 != (n > 0) {
					c.t.Fatalf("step %d: set %d t %d class %d: mask bit vs count %d", step, s, t, cl, n)
				}
				total += n
				for p := uint64(0); p < n; p++ {
					m, err := contracttest.TryLensCall(c.Env, c.lens().PackMemberAt(s, new(big.Int).SetUint64(t), big.NewInt(int64(cl)), new(big.Int).SetUint64(p)), c.lens().UnpackMemberAt)
					if err != nil {
						c.t.Fatal(err)
					}
					if got[m.Mid] {
						c.t.Fatalf("step %d: set %d t %d: member %d twice", step, s, t, m.Mid)
					}
					got[m.Mid] = true
					ti := c.tenure(tid(s, m.Mid))
					if int(ti.Cls) != cl {
						c.t.Fatalf("step %d: set %d: member %d of class %d at class %d", step, s, m.Mid, ti.Cls, cl)
					}
					if t == x+1 && uint64(ti.PosIdx) != p {
						c.t.Fatalf("step %d: set %d: member %d at %d, posIdx %d", step, s, m.Mid, p, ti.PosIdx)
					}
				}
			}
			if t == x+1 && total != uint64(si.Live) {
				c.t.Fatalf("step %d: set %d: newest counts %d, live %d", step, s, total, si.Live)
			}
			for _, id := range c.tenures {
				if id.Uint64()>>32 != s {
					continue
				}
				ti := c.tenure(id)
				want := c.fillEpoch[id.String()] < t && (ti.Out == 0 || uint64(ti.Out) > t)
				if got[uint32(id.Uint64())] != want {
					c.t.Fatalf("step %d: set %d t %d: member %d in view %v, want %v (fill %d, out %d)",
						step, s, t, uint32(id.Uint64()), got[uint32(id.Uint64())], want, c.fillEpoch[id.String()], ti.Out)
				}
			}
		}
	}
}

func tid(set uint64, mid uint32) *big.Int {
	return new(big.Int).Or(new(big.Int).Lsh(new(big.Int).SetUint64(set), 32), big.NewInt(int64(mid)))
}
