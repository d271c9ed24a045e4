package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/hdwallet"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
)

const (
	mib       = 1 << 20
	shardSize = 64 * mib
	// smallSize is the shard size of the row whose every member has its
	// own shard on disk.
	smallSize = 64 << 10
	blockTime = 12 * time.Second
)

// setSizes are the member counts measured (gas must be flat across them).
var setSizes = []uint64{1, 100, 10_000, 1_000_000}

// sizeResult is what one set size measured, per epoch.
type sizeResult struct {
	Members    uint64    `json:"members"`
	ShardSize  uint64    `json:"shard_size"`
	Distinct   int       `json:"distinct_shards_on_disk"`
	CPUSeconds []float64 `json:"cpu_seconds"`       // process CPU (user+sys) of Prover.Step
	WallSecond []float64 `json:"wall_seconds"`      // wall time of Prover.Step (includes anvil mining)
	PrimSecond []float64 `json:"primitive_seconds"` // CPU of proofs.ProveSet+VerifySetProof for the same groups
	Gas        []uint64  `json:"gas"`               // proveSet receipt gas
	Groups     []int     `json:"groups"`            // challenged members
	ProofBytes []int     `json:"proof_bytes"`
}

type results struct {
	Anvil  string        `json:"anvil"`
	Shards int           `json:"distinct_shards"`
	Sizes  []*sizeResult `json:"sizes"`
	Start  time.Time     `json:"start"`
}

// meteredChain is the provider's Market with each proveSet receipt's gas
// and proof size kept for the epoch being measured.
type meteredChain struct {
	*marketv2.Market
	gas   []uint64
	bytes []int
}

func (m *meteredChain) ProveSet(ctx context.Context, setID, epoch uint64, proof []byte) (*types.Receipt, error) {
	rc, err := m.Market.ProveSet(ctx, setID, epoch, proof)
	if err == nil {
		m.gas = append(m.gas, rc.GasUsed)
		m.bytes = append(m.bytes, len(proof))
	}
	return rc, err
}

// noTenures lists no tenures: the synthetic members have no request,
// payment or audit behind them (synth.go), so the prover's tenure duties
// have nothing to act on and only proving is measured.
type noTenures struct{}

func (noTenures) Tenures(context.Context, uint64) ([]marketv2.Tenure, error) { return nil, nil }

func cpuNow() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

type env struct {
	node *anvil.Node
	cl   *chain.Client
	m    *marketv2.Market
	cfg  contracts.IMarketplaceV2Config
	dep  contracts.Deployment
	// big holds the few 64 MiB shards behind the sets of every size;
	// small holds one 64 KiB shard per member of the distinct row.
	big, small *backing
}

// backing is a store and the real shards in it that members map onto.
type backing struct {
	store  *storage.Store
	shards []shard
	size   uint64
}

type shard struct {
	req  [32]byte
	root [32]byte
	slot storage.SlotID
}

func setupEnv(ctx context.Context, log *slog.Logger, dir string, nShards, nDistinct int) (*env, error) {
	node, err := anvil.Start(ctx, anvil.Options{Accounts: 2, DieWithParent: true})
	if err != nil {
		return nil, err
	}
	e := &env{node: node}
	e.cfg = contracts.DevnetConfig()
	ok := false
	defer func() {
		if !ok {
			e.close()
		}
	}()
	key, err := hdwallet.MnemonicKey(anvil.DefaultMnemonic, 0)
	if err != nil {
		return nil, err
	}
	if e.cl, err = chain.Dial(ctx, node.URL, node.ChainID); err != nil {
		return nil, err
	}
	signer := chain.NewSigner(key)
	auth := bind.NewKeyedTransactor(key, new(big.Int).SetUint64(node.ChainID))
	if e.dep, err = contracts.DeployDevnet(ctx, e.cl, auth, e.cfg); err != nil {
		return nil, fmt.Errorf("deploy v2: %w", err)
	}
	scfg := chain.DefaultSenderConfig()
	scfg.PollInterval = 5 * time.Millisecond
	snd, err := marketv2.NewSender(e.cl, signer, scfg)
	if err != nil {
		return nil, err
	}
	if e.m, err = marketv2.Open(ctx, e.cl, snd, e.dep); err != nil {
		return nil, err
	}
	if err := e.m.Mint(ctx, e.m.Self(), contracts.Tokens(1_000_000)); err != nil {
		return nil, err
	}
	if err := e.m.EnsureAllowance(ctx, contracts.Tokens(1_000_000)); err != nil {
		return nil, err
	}
	if err := e.m.RegisterProvider(ctx, []byte("/ip4/198.18.0.1/tcp/4001")); err != nil {
		return nil, err
	}
	if e.big, err = newBacking(filepath.Join(dir, "store"), log, nShards, shardSize, "big"); err != nil {
		return nil, err
	}
	if e.small, err = newBacking(filepath.Join(dir, "store-small"), log, nDistinct, smallSize, "small"); err != nil {
		return nil, err
	}
	ok = true
	return e, nil
}

func newBacking(dir string, log *slog.Logger, n int, size uint64, label string) (*backing, error) {
	st, err := storage.OpenStore(storage.StoreConfig{Dir: dir, Capacity: uint64(n) * size}, log)
	if err != nil {
		return nil, err
	}
	b := &backing{store: st, size: size}
	for i := range n {
		sh, err := putShard(st, label, i, size)
		if err != nil {
			_ = st.Close()
			return nil, err
		}
		b.shards = append(b.shards, sh)
	}
	return b, nil
}

func (e *env) close() {
	for _, b := range []*backing{e.big, e.small} {
		if b != nil {
			_ = b.store.Close()
		}
	}
	if e.cl != nil {
		e.cl.Close()
	}
	_ = e.node.Stop()
}

// putShard writes real shard i of a label: size bytes of deterministic
// random data (ChaCha8 keyed by label and i), its tree built and its root
// checked by the store.
func putShard(st *storage.Store, label string, i int, size uint64) (shard, error) {
	req := sha256.Sum256(fmt.Appendf(nil, "cairn provebench request %s %d", label, i))
	key := sha256.Sum256(fmt.Appendf(nil, "cairn provebench shard %s %d", label, i))
	rng := rand.NewChaCha8(key)
	data := make([]byte, size)
	_, _ = rng.Read(data)
	root, err := proofs.Root(bytesReader(data), size)
	if err != nil {
		return shard{}, err
	}
	slot := storage.SlotID(proofs.SlotID(req, 0))
	w, err := st.Begin(slot, storage.ShardMeta{RequestID: req, Root: root, Size: size})
	if err != nil {
		return shard{}, err
	}
	if _, err := w.Write(data); err != nil {
		return shard{}, err
	}
	if err := w.Commit(); err != nil {
		return shard{}, err
	}
	return shard{req: req, root: root, slot: slot}, nil
}

func (e *env) head(ctx context.Context) (uint64, error) { return e.node.BlockNumber(ctx) }

func (e *env) epochStart(ep uint64) uint64 { return e.dep.Block + ep*e.cfg.EpochBlocks }

// mineTo mines until the next transaction lands in block `block`.
func (e *env) mineTo(ctx context.Context, block uint64) error {
	h, err := e.head(ctx)
	if err != nil {
		return err
	}
	if h+1 >= block {
		return nil
	}
	return e.node.Call(ctx, nil, "anvil_mine", hexutil.Uint64(block-1-h))
}

func (e *env) currentEpoch(ctx context.Context) (uint64, error) {
	h, err := e.head(ctx)
	return (h + 1 - e.dep.Block) / e.cfg.EpochBlocks, err
}

func measure(ctx context.Context, log *slog.Logger, dir string, epochs, nShards, nDistinct int) (*results, error) {
	res := &results{Start: time.Now().UTC(), Shards: nShards}
	e, err := setupEnv(ctx, log, dir, nShards, nDistinct)
	if err != nil {
		return nil, err
	}
	defer e.close()
	res.Anvil = anvilVersion(ctx)
	type run struct {
		n uint64
		b *backing
	}
	var runs []run
	for _, n := range setSizes {
		runs = append(runs, run{n, e.big})
	}
	runs = append(runs, run{uint64(nDistinct), e.small}) // every member its own shard
	for _, r := range runs {
		sr, err := e.measureSize(ctx, log, r.n, epochs, r.b)
		if err != nil {
			return nil, fmt.Errorf("%d members: %w", r.n, err)
		}
		res.Sizes = append(res.Sizes, sr)
		log.Warn("set measured", "members", r.n, "shard_size", r.b.size, "cpu_s", sr.CPUSeconds, "gas", sr.Gas)
	}
	return res, nil
}

func (e *env) measureSize(ctx context.Context, log *slog.Logger, n uint64, epochs int, b *backing) (*sizeResult, error) {
	set, err := e.m.CreateSet(ctx)
	if err != nil {
		return nil, err
	}
	mc := &meteredChain{Market: e.m}
	p, err := marketv2.NewProver(marketv2.DefaultProverConfig(), log, marketv2.ProverDeps{
		Chain: mc, Tenures: noTenures{}, Sets: []marketv2.ProvedSet{{SetID: set, Store: b.store}},
	})
	if err != nil {
		return nil, err
	}
	defer p.Close()
	syn, err := newSynth(ctx, e, b, set, n)
	if err != nil {
		return nil, err
	}
	ep, err := e.currentEpoch(ctx)
	if err != nil {
		return nil, err
	}
	ep++ // a fresh epoch: the set holds its members from the start
	r := &sizeResult{Members: n, ShardSize: b.size, Distinct: int(min(n, uint64(len(b.shards))))}
	for i := -1; i < epochs; i++ {
		if err := e.mineTo(ctx, e.epochStart(ep)+1); err != nil {
			return nil, err
		}
		// The draws of ep (and, before the first step, of ep−1, which
		// the prover's first step tries too) are written before Step.
		if i < 0 {
			if err := syn.drawn(ctx, ep-1); err != nil {
				return nil, err
			}
		}
		if err := syn.drawn(ctx, ep); err != nil {
			return nil, err
		}
		mc.gas, mc.bytes = mc.gas[:0], mc.bytes[:0]
		if err := b.dropCache(); err != nil {
			return nil, err
		}
		c0, w0 := cpuNow(), time.Now()
		if err := p.Step(ctx, ep); err != nil {
			return nil, err
		}
		cpu, wall := cpuNow()-c0, time.Since(w0)
		st := p.Stats(set)
		if st.Missed != 0 || st.Declared != 0 {
			return nil, fmt.Errorf("epoch %d: prover missed %d, declared %d", ep, st.Missed, st.Declared)
		}
		if i >= 0 {
			if len(mc.gas) != 1 {
				return nil, fmt.Errorf("epoch %d: %d proveSet transactions, want 1", ep, len(mc.gas))
			}
			prim, groups, err := e.primitive(ctx, b, set, ep)
			if err != nil {
				return nil, err
			}
			r.CPUSeconds = append(r.CPUSeconds, cpu.Seconds())
			r.WallSecond = append(r.WallSecond, wall.Seconds())
			r.PrimSecond = append(r.PrimSecond, prim.Seconds())
			r.Gas = append(r.Gas, mc.gas[0])
			r.ProofBytes = append(r.ProofBytes, mc.bytes[0])
			r.Groups = append(r.Groups, groups)
		}
		ep++
	}
	if st := p.Stats(set); st.Proven < uint64(epochs) {
		return nil, fmt.Errorf("proven %d epochs, want ≥ %d", st.Proven, epochs)
	}
	return r, nil
}

// primitive times the proof itself for epoch ep's groups, outside the
// prover: proofs.ProveSet from the store's trees and files, then
// proofs.VerifySetProof (the prover does both), on the same core.
func (e *env) primitive(ctx context.Context, b *backing, set, ep uint64) (time.Duration, int, error) {
	gs, err := e.m.ChallengesFor(ctx, set, ep)
	if err != nil {
		return 0, 0, err
	}
	groups := make([]proofs.Group, len(gs))
	op := opener{st: b.store, slots: map[uint32]storage.SlotID{}}
	for i, g := range gs {
		groups[i] = proofs.Group{Mid: g.Mid, Class: int(g.Cls), Root: g.Root, Leaves: g.Leaves}
		op.slots[g.Mid] = storage.SlotID(g.SlotId)
	}
	if err := b.dropCache(); err != nil {
		return 0, 0, err
	}
	c0 := cpuNow()
	pr, err := proofs.ProveSet(groups, op)
	if err != nil {
		return 0, 0, err
	}
	if err := proofs.VerifySetProof(groups, pr); err != nil {
		return 0, 0, err
	}
	return cpuNow() - c0, len(groups), nil
}

type opener struct {
	st    *storage.Store
	slots map[uint32]storage.SlotID
}

func (o opener) OpenShard(mid uint32) (*proofs.Tree, proofs.ShardReader, error) {
	slot, ok := o.slots[mid]
	if !ok {
		return nil, nil, fmt.Errorf("member %d not in the groups", mid)
	}
	t, err := o.st.Tree(slot)
	if err != nil {
		return nil, nil, err
	}
	f, err := o.st.Open(slot)
	if err != nil {
		return nil, nil, err
	}
	return t, f, nil
}
