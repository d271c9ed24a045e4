package main

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/cairn-storage/cairn/proofs"
)

// measureV2 records the named v2 figures of issue 10 from real receipts.
func (b *bench) measureV2(epochs int) error {
	v, err := b.setupV2()
	if err != nil {
		return err
	}
	a := b.accs
	client := a[11]
	prov64, prov4G, provMany, provFail, provSynth := a[12], a[13], a[14], a[15], a[3]
	for i, p := range []*bind.TransactOpts{prov64, prov4G, provMany, provFail, provSynth} {
		info := fmt.Sprintf("/ip4/203.0.113.%d/tcp/4001/p2p/12D3KooWCairnGasBenchV2Peer%023d", 50+i, i)
		if _, err := v.record("registerProvider_v2", p, v.mp.PackRegisterProvider([]byte(info))); err != nil {
			return err
		}
	}
	t0 := time.Now()
	// One real 64 MiB shard is filled and proven; the other roots of the
	// requests only need to be distinct.
	p64, err := realShard("v2-64MiB-0", 64*mib)
	if err != nil {
		return err
	}
	v.shards[p64.root] = p64
	shards := []*prover{p64}
	for i := 1; i < 6; i++ {
		shards = append(shards, &prover{size: 64 * mib, root: seedOf(fmt.Sprintf("v2-root-%d", i))})
	}
	big4, err := periodic("v2-4GiB-0", 4<<30)
	if err != nil {
		return err
	}
	other4, err := periodic("v2-4GiB-1", 4<<30)
	if err != nil {
		return err
	}
	v.shards[big4.root] = big4
	small, err := realShard("v2-64KiB-0", 64<<10)
	if err != nil {
		return err
	}
	smallB, err := realShard("v2-64KiB-1", 64<<10)
	if err != nil {
		return err
	}
	v.shards[small.root] = small
	b.log.Info("v2 shards ready", "took", time.Since(t0).Round(time.Millisecond))
	roots := func(ps ...*prover) [][32]byte {
		var r [][32]byte
		for _, p := range ps {
			r = append(r, p.root)
		}
		return r
	}

	cur, err := v.currentEpoch()
	if err != nil {
		return err
	}
	start, end := cur+3, cur+3+uint64(epochs)+40
	if _, err := v.request("requestStorage_6slots_v2", client, v.params(4, 2, 64*mib, roots(shards...), start, end)); err != nil {
		return err
	}
	r64, err := v.request("requestStorage_2slots_v2", client, v.params(1, 1, 64*mib, roots(shards[0], shards[1]), start, end))
	if err != nil {
		return err
	}
	r4, err := v.request("requestStorage_2slots_v2", client, v.params(1, 1, 4<<30, roots(big4, other4), start, end))
	if err != nil {
		return err
	}
	set64, err := v.createSet(prov64)
	if err != nil {
		return err
	}
	set4, err := v.createSet(prov4G)
	if err != nil {
		return err
	}
	if _, err := v.fill("fillSlot_64MiB_firstInSet", prov64, shards[0], set64, [][32]byte{r64}, nil); err != nil {
		return err
	}
	if _, err := v.fill("fillSlot_4GiB_firstInSet", prov4G, big4, set4, [][32]byte{r4}, nil); err != nil {
		return err
	}
	sets := []uint64{set64, set4}
	owners := []*bind.TransactOpts{prov64, prov4G}
	v.tick = func() error { return v.keep(sets, owners) }
	// fillSlot_*: a fill into a set that already holds a member of the class
	// (a provider's set takes its first member once); the first-in-set rows
	// above also create the class's count and the set's mask words.
	setFill, err := v.createSet(prov4G)
	if err != nil {
		return err
	}
	sets, owners = append(sets, setFill), append(owners, prov4G)
	for _, c := range []struct {
		name string
		p    *prover
		rest *prover
	}{{"fillSlot_64MiB_v2", p64, shards[1]}, {"fillSlot_4GiB_v2", big4, other4}} {
		now, err := v.currentEpoch()
		if err != nil {
			return err
		}
		var reqs [][32]byte
		for i := 0; i < 2; i++ {
			r, err := v.request("requestStorage_2slots_v2", client, v.params(1, 1, c.p.size, roots(c.p, c.rest), now+2, end))
			if err != nil {
				return err
			}
			reqs = append(reqs, r)
		}
		if _, err := v.fill(c.name+"_first", prov4G, c.p, setFill, reqs[:1], nil); err != nil {
			return err
		}
		if _, err := v.fill(c.name, prov4G, c.p, setFill, reqs[1:], nil); err != nil {
			return err
		}
	}

	// settle_100_tenures: 100 requests, slot 0 of each filled into one set.
	setMany, err := v.createSet(provMany)
	if err != nil {
		return err
	}
	sets, owners = append(sets, setMany), append(owners, provMany)
	v.tick = func() error { return v.keep(sets, owners) }
	var manyTids []*big.Int
	for batch := 0; batch < 5; batch++ {
		var reqs [][32]byte
		for i := 0; i < 20; i++ {
			now, err := v.currentEpoch()
			if err != nil {
				return err
			}
			r, err := v.request("requestStorage_2slots_v2", client, v.params(1, 1, 64<<10, roots(small, smallB), now+2, end))
			if err != nil {
				return err
			}
			reqs = append(reqs, r)
		}
		tids, err := v.fill("fillSlot_64KiB_v2", provMany, small, setMany, reqs, nil)
		if err != nil {
			return err
		}
		manyTids = append(manyTids, tids...)
		if err := v.keep(sets, owners); err != nil {
			return err
		}
	}
	b.log.Info("v2 sets filled", "tenures", len(manyTids))
	v.tick = nil

	// Steady state: poke at the epoch start, then each set proves.
	first := true
	cur, _ = v.currentEpoch()
	for e := cur + 1; e < cur+1+uint64(epochs); e++ {
		if err := v.nextTxAt(v.epochStart(e)); err != nil {
			return err
		}
		if first {
			// The first proof of this epoch stores its seed.
			if err := v.nextTxAt(v.epochStart(e) + 1); err != nil {
				return err
			}
			if err := v.proveSet("proveSet_1x64MiB_first", prov64, set64, e); err != nil {
				return err
			}
			first = false
		} else {
			if _, err := v.record("poke_v2", a[9], v.mp.PackPoke(e)); err != nil {
				return err
			}
			if err := v.proveSet("proveSet_1x64MiB", prov64, set64, e); err != nil {
				return err
			}
		}
		if err := v.proveSet("proveSet_1x4GiB", prov4G, set4, e); err != nil {
			return err
		}
		if err := v.proveSet("proveSet_100x64KiB", provMany, setMany, e); err != nil {
			return err
		}
		if err := v.keep(sets, owners); err != nil {
			return err
		}
	}
	if err := v.nextTxAt(v.epochStart(cur+uint64(epochs)+1) + 1); err != nil {
		return err
	}
	if err := v.keep(sets, owners); err != nil {
		return err
	}
	if _, err := v.record("settle_100_tenures", a[10], v.mp.PackSettle(manyTids)); err != nil {
		return err
	}

	// extendRequest / terminateRequest on 1+1 requests; from here on the
	// sets above are left alone.
	cur, _ = v.currentEpoch()
	re, err := v.request("requestStorage_2slots_v2", client, v.params(1, 1, 64*mib, roots(shards[0], shards[1]), cur+1, cur+40))
	if err != nil {
		return err
	}
	if _, err := v.record("extendRequest", client, v.mp.PackExtendRequest(re, uint32(cur+50), new(big.Int))); err != nil {
		return err
	}
	if _, err := v.record("terminateRequest", client, v.mp.PackTerminateRequest(re)); err != nil {
		return err
	}

	// Synthetic large sets: 10^4 × 64 MiB, 10^4 × 4 GiB, 10^6 × 4 GiB.
	for _, c := range []struct {
		name string
		n    uint64
		p    *prover
	}{
		{"proveSet_10k_x64MiB", 10_000, shards[0]},
		{"proveSet_10k_x4GiB", 10_000, big4},
		{"proveSet_1M_x4GiB", 1_000_000, big4},
	} {
		set, err := v.createSet(provSynth)
		if err != nil {
			return err
		}
		cur, _ := v.currentEpoch()
		for e := cur + 1; e < cur+4; e++ {
			if err := v.nextTxAt(v.epochStart(e)); err != nil {
				return err
			}
			if _, err := v.send(a[9], v.mp.PackPoke(e)); err != nil {
				return err
			}
			if err := v.synthSet(set, c.n, proofs.Depth(c.p.size), c.p.root, e); err != nil {
				return err
			}
			if err := v.proveSet(c.name, provSynth, set, e); err != nil {
				return err
			}
		}
		// Leave it silent: it would fail. Retire it instead.
		if _, err := v.send(provSynth, v.mp.PackRetireSet(set)); err != nil {
			return err
		}
	}

	// settleSet_fail: a set with one member stops proving; settleSet records M misses.
	cur, _ = v.currentEpoch()
	rf, err := v.request("requestStorage_2slots_v2", client, v.params(1, 1, 64<<10, roots(small, smallB), cur+1, cur+60))
	if err != nil {
		return err
	}
	setF, err := v.createSet(provFail)
	if err != nil {
		return err
	}
	if _, err := v.fill("fillSlot_64KiB_v2", provFail, small, setF, [][32]byte{rf}, nil); err != nil {
		return err
	}
	cur, _ = v.currentEpoch()
	for e := cur + 1; e < cur+4; e++ {
		if err := v.nextTxAt(v.epochStart(e) + 1); err != nil {
			return err
		}
		if err := v.proveSet("", provFail, setF, e); err != nil {
			return err
		}
	}
	// The set goes silent; the network still touches every epoch (nodes poke
	// at each epoch start), so the seeds are stored when settleSet records.
	silentFrom := cur + 4
	for e := silentFrom; e <= silentFrom+uint64(v.cfg.MissThreshold); e++ {
		if err := v.nextTxAt(v.epochStart(e)); err != nil {
			return err
		}
		if _, err := v.send(a[9], v.mp.PackPoke(e)); err != nil {
			return err
		}
	}
	if err := v.nextTxAt(v.epochStart(silentFrom+uint64(v.cfg.MissThreshold)) + v.cfg.GraceBlocks + 1); err != nil {
		return err
	}
	if _, err := v.record("settleSet_fail", a[10], v.mp.PackSettleSet(setF)); err != nil {
		return err
	}
	si, err := lensCall(v, v.lensA.PackSetInfo(setF), v.lensA.UnpackSetInfo)
	if err != nil {
		return err
	}
	if si.State != 1 {
		return fmt.Errorf("settleSet_fail: set state %d, want Failed", si.State)
	}
	return nil
}
