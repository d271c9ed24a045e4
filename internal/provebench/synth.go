package main

import (
	"bytes"
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/proofs"
)

// Storage layout of MarketplaceV2State (the slots gasbench's synthSet uses,
// from the contract's storage layout): sets at 12 (mask at word 3 of a
// set), class counts at 13, positions at 14, tenures at 16, each a mapping
// keyed by set id.
const (
	slotSets      = 12
	slotCounts    = 13
	slotPositions = 14
	slotTenures   = 16
)

// synth makes a created, empty set hold n members of one shard size's class
// without n fills, as the spec's prototype and gasbench's synthSet do, by
// anvil_setStorageAt on the marketplace:
//   - the set's class mask and the class's member count (versioned words,
//     newest value visible at every epoch), written once;
//   - for each epoch's draws (proofs.SetChallenges over the lens's seed,
//     the contract's own algorithm): position p → mid p+1, and that
//     member's tenure words 0 (root) and 2 (requestId; word 1, cls/index,
//     stays 0 so the slot index is 0).
//
// Member mid is backed by real shard (mid−1) mod len(shards): its
// requestId makes challengesFor name that shard's slot, so the prover reads
// a real tree and real bytes from the store. Only the drawn members'
// storage exists; nothing else of a set is read by a proof (the gas is that
// of a set whose n members were filled, the storage reads being the same
// words). Fills, payments and tenures' lifecycle are not simulated.
type synth struct {
	e     *env
	b     *backing
	set   uint64
	n     uint64
	cls   int
	done  map[uint32]bool
	addrs common.Address
}

func newSynth(ctx context.Context, e *env, b *backing, set, n uint64) (*synth, error) {
	s := &synth{e: e, b: b, set: set, n: n, cls: proofs.Depth(b.size), done: map[uint32]bool{}, addrs: e.dep.Marketplace}
	setBase := mapSlot(word(set), slotHash(slotSets))
	mask := common.BigToHash(new(big.Int).Add(setBase.Big(), big.NewInt(3)))
	if err := s.store(ctx, mask, versioned(1<<s.cls)); err != nil {
		return nil, err
	}
	count := mapSlot(word(uint64(s.cls)), mapSlot(word(set), slotHash(slotCounts)))
	if err := s.store(ctx, count, versioned(n)); err != nil {
		return nil, err
	}
	return s, nil
}

// drawn writes the positions and tenures epoch ep's challenges draw.
func (s *synth) drawn(ctx context.Context, ep uint64) error {
	seed, err := s.e.m.EpochSeed(ctx, ep)
	if err != nil {
		return err
	}
	view := &proofs.SetView{}
	members := make([]proofs.Member, s.n)
	for p := range members {
		members[p] = proofs.Member{Mid: uint32(p + 1), Root: s.b.shards[p%len(s.b.shards)].root}
	}
	view.Classes[s.cls] = members
	k := int(s.e.cfg.Challenges)
	acc, err := proofs.SetChallenges(seed, s.set, view, k, proofs.MaxDraws(k))
	if err != nil {
		return err
	}
	posBase := mapSlot(word(s.set), slotHash(slotPositions))
	tenBase := mapSlot(word(s.set), slotHash(slotTenures))
	for _, ch := range acc {
		if s.done[ch.Mid] {
			continue
		}
		p := uint64(ch.Mid - 1)
		sh := s.b.shards[p%uint64(len(s.b.shards))]
		if err := s.store(ctx, mapSlot(word(uint64(s.cls)<<32|p), posBase), versioned(uint64(ch.Mid))); err != nil {
			return err
		}
		ten := mapSlot(word(uint64(ch.Mid)), tenBase)
		if err := s.store(ctx, ten, sh.root); err != nil {
			return err
		}
		if err := s.store(ctx, common.BigToHash(new(big.Int).Add(ten.Big(), big.NewInt(2))), sh.req); err != nil {
			return err
		}
		s.done[ch.Mid] = true
	}
	return nil
}

func (s *synth) store(ctx context.Context, slot, val common.Hash) error {
	return s.e.node.Call(ctx, nil, "anvil_setStorageAt", s.addrs, slot, val)
}

func slotHash(n int64) common.Hash { return common.BigToHash(big.NewInt(n)) }

func word(x uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(x).Bytes(), 32) }

func mapSlot(key []byte, base common.Hash) common.Hash {
	return crypto.Keccak256Hash(common.LeftPadBytes(key, 32), base[:])
}

// versioned is a versioned word whose newest value val is visible at every epoch.
func versioned(val uint64) common.Hash {
	return common.BigToHash(new(big.Int).Lsh(new(big.Int).SetUint64(val), 128))
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }
