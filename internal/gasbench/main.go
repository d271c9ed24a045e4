// Command gasbench measures the gas of every Marketplace function from real
// anvil receipts and writes bench/gas.json (a flat object: name → gas) and
// the "Gas" section of BENCHMARKS.md. Run it with `make bench-gas`.
//
// It starts a fresh anvil (--hardfork prague), deploys with the devnet
// parameters (20-block epochs, K = 10), and proves real shards: a 64 MiB
// random shard whose tree is built in memory, and a 4 GiB shard that repeats
// one random 64 KiB block, whose root and proofs are computed from that block
// (see periodicShard). Every proof is checked with proofs.Verify before it is
// sent. Proof figures are means over -epochs epochs in steady state: the
// epoch's seed was stored by an earlier transaction (a poke) and the slot was
// proven in an earlier epoch.
package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/hdwallet"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/proofs/prooftest"
)

const mib = 1 << 20

func main() {
	out := flag.String("out", "bench/gas.json", "gas figures (JSON)")
	md := flag.String("md", "BENCHMARKS.md", "markdown file whose Gas section is rewritten")
	epochs := flag.Int("epochs", 20, "steady-state epochs per proof figure")
	withV1 := flag.Bool("v1", true, "measure protocol v1 too (v2 is always measured)")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	if err := run(ctx, log, *out, *md, *epochs, *withV1); err != nil {
		log.Error("gasbench failed", "err", err)
		os.Exit(1)
	}
}

type bench struct {
	ctx    context.Context
	log    *slog.Logger
	ec     *ethclient.Client
	rc     *rpc.Client
	dep    contracts.Deployment
	cfg    contracts.IMarketplaceConfig
	mp     *contracts.Marketplace
	market *bind.BoundContract
	accs   []*bind.TransactOpts
	gas    map[string][]uint64
	notes  map[string]string
}

func run(ctx context.Context, log *slog.Logger, outPath, mdPath string, epochs int, withV1 bool) error {
	if epochs < 20 {
		return errors.New("-epochs must be at least 20")
	}
	node, err := anvil.Start(ctx, anvil.Options{Accounts: 16, DieWithParent: true})
	if err != nil {
		return err
	}
	defer node.Stop()
	b, err := setup(ctx, log, node)
	if err != nil {
		return err
	}
	defer b.rc.Close()
	if withV1 {
		if err := b.measure(epochs); err != nil {
			return err
		}
	}
	if err := b.measureV2(epochs); err != nil {
		return fmt.Errorf("v2: %w", err)
	}
	return b.write(outPath, mdPath, epochs)
}

func setup(ctx context.Context, log *slog.Logger, node *anvil.Node) (*bench, error) {
	rc, err := rpc.DialContext(ctx, node.URL)
	if err != nil {
		return nil, err
	}
	b := &bench{ctx: ctx, log: log, rc: rc, ec: ethclient.NewClient(rc), mp: contracts.NewMarketplace(),
		gas: map[string][]uint64{}, notes: map[string]string{}}
	chainID, err := b.ec.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	for i := 0; i < 16; i++ {
		key, err := hdwallet.MnemonicKey(anvil.DefaultMnemonic, uint32(i))
		if err != nil {
			return nil, err
		}
		b.accs = append(b.accs, bind.NewKeyedTransactor(key, chainID))
	}
	b.cfg = contracts.DevnetConfig()
	if b.dep, err = contracts.DeployDevnet(ctx, b.ec, b.accs[0], b.cfg); err != nil {
		return nil, err
	}
	b.cfg.Token = b.dep.Token
	b.market = b.mp.Instance(b.ec, b.dep.Marketplace)
	tok := contracts.NewCairnToken()
	token := tok.Instance(b.ec, b.dep.Token)
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, a := range b.accs {
		if _, err := b.sendTo(token, a, tok.PackMint(a.From, contracts.Tokens(1_000_000))); err != nil {
			return nil, err
		}
		if _, err := b.sendTo(token, a, tok.PackApprove(b.dep.Marketplace, maxUint)); err != nil {
			return nil, err
		}
	}
	return b, nil
}

func (b *bench) send(a *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	return b.sendTo(b.market, a, data)
}

func (b *bench) sendTo(c *bind.BoundContract, a *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	opts := *a
	opts.Context = b.ctx
	tx, err := bind.Transact(c, &opts, data)
	if err != nil {
		if d, ok := ethclient.RevertErrorData(err); ok {
			name, _ := contracts.ErrorName(d)
			return nil, fmt.Errorf("reverted %s: %w", name, err)
		}
		return nil, err
	}
	for {
		rcpt, err := b.ec.TransactionReceipt(b.ctx, tx.Hash())
		if err == nil {
			if rcpt.Status != types.ReceiptStatusSuccessful {
				return nil, fmt.Errorf("transaction %s failed", tx.Hash())
			}
			return rcpt, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		select {
		case <-b.ctx.Done():
			return nil, b.ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// record sends and records the receipt's gas under name.
func (b *bench) record(name string, a *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	rc, err := b.send(a, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	b.gas[name] = append(b.gas[name], rc.GasUsed)
	if strings.HasPrefix(name, "submitProof") && !strings.HasSuffix(name, "_first") {
		tx, _, err := b.ec.TransactionByHash(b.ctx, rc.TxHash)
		if err != nil {
			return nil, err
		}
		b.gas[name+"_floor"] = append(b.gas[name+"_floor"], floorGas(tx.Data()))
	}
	return rc, nil
}

// floorGas is the EIP-7623 calldata floor of a transaction: 21000 + 10 per
// token, a zero byte 1 token and a non-zero byte 4.
func floorGas(data []byte) uint64 {
	var tokens uint64
	for _, c := range data {
		if c == 0 {
			tokens++
		} else {
			tokens += 4
		}
	}
	return 21000 + 10*tokens
}

func (b *bench) head() (uint64, error) { return b.ec.BlockNumber(b.ctx) }

func (b *bench) nextTxAt(block uint64) error {
	h, err := b.head()
	if err != nil {
		return err
	}
	if h+1 >= block {
		return nil
	}
	return b.rc.CallContext(b.ctx, nil, "anvil_mine", hexutil.Uint64(block-1-h))
}

func (b *bench) epochStart(e uint64) uint64 { return b.dep.Block + e*b.cfg.EpochBlocks }

func (b *bench) currentEpoch() (uint64, error) {
	h, err := b.head()
	return (h + 1 - b.dep.Block) / b.cfg.EpochBlocks, err
}

func (b *bench) blockHash(n uint64) ([32]byte, error) {
	h, err := b.ec.HeaderByNumber(b.ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return [32]byte{}, err
	}
	return h.Hash(), nil
}

// prover proves a shard for raw challenge indices.
type prover struct {
	size  uint64
	root  [32]byte
	prove func(idx []uint64) ([]byte, error)
}

func seedOf(label string) [32]byte { return sha256.Sum256([]byte("cairn gasbench " + label)) }

func realShard(label string, size uint64) (*prover, error) {
	data := prooftest.TestShard(seedOf(label), size)
	tr, err := proofs.BuildTree(bytes.NewReader(data), size)
	if err != nil {
		return nil, err
	}
	return &prover{size: size, root: tr.Root(), prove: func(idx []uint64) ([]byte, error) {
		return tr.Prove(bytes.NewReader(data), idx)
	}}, nil
}

func periodic(label string, size uint64) (*prover, error) {
	s, err := newPeriodicShard(size, prooftest.TestShard(seedOf(label), proofs.BlockSize))
	if err != nil {
		return nil, err
	}
	return &prover{size: size, root: s.root(), prove: func(idx []uint64) ([]byte, error) {
		return s.prove(idx), nil
	}}, nil
}

// slot is one filled slot the bench proves.
type slot struct {
	req   [32]byte
	id    [32]byte
	p     *prover
	owner *bind.TransactOpts
}

func (b *bench) checkedProof(p *prover, idx []uint64) ([]byte, error) {
	pr, err := p.prove(idx)
	if err != nil {
		return nil, err
	}
	if err := proofs.Verify(p.root, p.size, idx, pr); err != nil {
		return nil, fmt.Errorf("prover self-check: %w", err)
	}
	return pr, nil
}

func (b *bench) epochProof(s *slot, e uint64) ([]byte, error) {
	h, err := b.blockHash(b.epochStart(e) - 1)
	if err != nil {
		return nil, err
	}
	idx := proofs.EpochChallenges(proofs.EpochSeed(h, e), s.id, s.p.size/proofs.LeafSize, int(b.cfg.Challenges))
	return b.checkedProof(s.p, idx)
}

func (b *bench) params(k, m uint8, size uint64, roots [][32]byte, start, end uint64) contracts.IMarketplaceRequestParams {
	return contracts.IMarketplaceRequestParams{
		K: k, M: m, ShardSize: size, StartEpoch: start, EndEpoch: end,
		PricePerSlotEpoch: new(big.Int).Div(contracts.Tokens(1), big.NewInt(1000)),
		CollateralPerSlot: contracts.Tokens(10),
		Expiry:            b.epochStart(start),
		AuthKey:           common.HexToAddress("0x5eed00000000000000000000000000000000a07e"),
		RepairBonus:       new(big.Int).Div(contracts.Tokens(1), big.NewInt(4)),
		RepairReserve:     contracts.Tokens(1),
		ShardRoots:        roots,
		Manifest:          manifest(),
	}
}

func manifest() []byte {
	m := make([]byte, 512)
	for i := 0; i < len(m); i += 32 {
		h := sha256.Sum256(binary.BigEndian.AppendUint64(nil, uint64(i)))
		copy(m[i:], h[:])
	}
	return m
}

func (b *bench) request(name string, client *bind.TransactOpts, p contracts.IMarketplaceRequestParams) ([32]byte, error) {
	rc, err := b.record(name, client, b.mp.PackRequestStorage(p))
	if err != nil {
		return [32]byte{}, err
	}
	for _, l := range rc.Logs {
		if ev, err := b.mp.UnpackStorageRequestedEvent(l); err == nil {
			return ev.RequestId, nil
		}
	}
	return [32]byte{}, errors.New("no StorageRequested event")
}

// reserveAndFill reserves slot 0 of each request for owner, then fills them.
func (b *bench) reserveAndFill(fillName string, owner *bind.TransactOpts, p *prover, reqs [][32]byte) ([]*slot, error) {
	var out []*slot
	var rbs []uint64
	for _, r := range reqs {
		rc, err := b.record("reserveSlot", owner, b.mp.PackReserveSlot(r, new(big.Int)))
		if err != nil {
			return nil, err
		}
		rbs = append(rbs, rc.BlockNumber.Uint64())
		out = append(out, &slot{req: r, id: proofs.SlotID(r, 0), p: p, owner: owner})
	}
	for i, s := range out {
		if err := b.nextTxAt(rbs[i] + b.cfg.FillDelayBlocks + 1); err != nil {
			return nil, err
		}
		h, err := b.blockHash(rbs[i] + b.cfg.FillDelayBlocks)
		if err != nil {
			return nil, err
		}
		idx := proofs.FillChallenges(h, s.id, owner.From, p.size/proofs.LeafSize, int(b.cfg.Challenges))
		pr, err := b.checkedProof(p, idx)
		if err != nil {
			return nil, err
		}
		if _, err := b.record(fillName, owner, b.mp.PackFillSlot(s.req, new(big.Int), pr)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (b *bench) measure(epochs int) error {
	a := b.accs
	client, client2 := a[1], a[2]
	provP, provQ, prov4G, provS := a[3], a[4], a[5], a[6]
	for i, p := range []*bind.TransactOpts{provP, provQ, prov4G, provS} {
		info := fmt.Sprintf("/ip4/203.0.113.%d/tcp/4001/p2p/12D3KooWCairnGasBenchPeer%025d", 10+i, i)
		if _, err := b.record("registerProvider", p, b.mp.PackRegisterProvider([]byte(info))); err != nil {
			return err
		}
	}

	t0 := time.Now()
	var shards []*prover
	for i := 0; i < 6; i++ {
		p, err := realShard(fmt.Sprintf("64MiB-%d", i), 64*mib)
		if err != nil {
			return err
		}
		shards = append(shards, p)
	}
	big4, err := periodic("4GiB-0", 4<<30)
	if err != nil {
		return err
	}
	other4, err := periodic("4GiB-1", 4<<30)
	if err != nil {
		return err
	}
	b.log.Info("shards ready", "took", time.Since(t0).Round(time.Millisecond))

	cur, err := b.currentEpoch()
	if err != nil {
		return err
	}
	start := cur + 6
	end := start + uint64(epochs) + 2
	roots := func(ps ...*prover) [][32]byte {
		var r [][32]byte
		for _, p := range ps {
			r = append(r, p.root)
		}
		return r
	}
	// requestStorage_6slots: the client's first request (its nonce slot is new).
	if _, err := b.request("requestStorage_6slots", client, b.params(4, 2, 64*mib, roots(shards...), start, end)); err != nil {
		return err
	}
	r1, err := b.request("requestStorage_2slots", client, b.params(1, 1, 64*mib, roots(shards[0], shards[1]), start, end))
	if err != nil {
		return err
	}
	r4, err := b.request("requestStorage_2slots", client, b.params(1, 1, 4<<30, roots(big4, other4), start, end))
	if err != nil {
		return err
	}
	rs, err := b.request("requestStorage_2slots", client, b.params(1, 1, 64*mib, roots(shards[0], shards[1]), start, end))
	if err != nil {
		return err
	}
	var batchReqs [][32]byte
	for i := 0; i < 10; i++ {
		r, err := b.request("requestStorage_2slots", client2, b.params(1, 1, 64*mib, roots(shards[0], shards[1]), start, end))
		if err != nil {
			return err
		}
		batchReqs = append(batchReqs, r)
	}

	sP, err := b.reserveAndFill("fillSlot_64MiB", provP, shards[0], [][32]byte{r1})
	if err != nil {
		return err
	}
	sQ, err := b.reserveAndFill("fillSlot_64MiB", provQ, shards[0], batchReqs)
	if err != nil {
		return err
	}
	s4, err := b.reserveAndFill("fillSlot_4GiB", prov4G, big4, [][32]byte{r4})
	if err != nil {
		return err
	}
	sS, err := b.reserveAndFill("fillSlot_64MiB", provS, shards[0], [][32]byte{rs})
	if err != nil {
		return err
	}
	if cur, _ := b.currentEpoch(); cur >= start {
		return fmt.Errorf("set-up ran into the start epoch %d", start)
	}

	missAt := start + uint64(epochs)/2
	var proofBytes64, proofBytes4 []int
	for e := start; e < start+uint64(epochs)+1; e++ {
		if err := b.nextTxAt(b.epochStart(e)); err != nil {
			return err
		}
		if _, err := b.record("poke", a[9], b.mp.PackPoke(e)); err != nil {
			return err
		}
		steady := e > start // the slot was proven in an earlier epoch
		name := func(n string) string {
			if steady {
				return n
			}
			return n + "_first"
		}
		pr, err := b.epochProof(sP[0], e)
		if err != nil {
			return err
		}
		proofBytes64 = append(proofBytes64, len(pr))
		if _, err := b.record(name("submitProof_k10_64MiB"), provP, b.mp.PackSubmitProof(sP[0].id, e, pr)); err != nil {
			return err
		}
		pr, err = b.epochProof(s4[0], e)
		if err != nil {
			return err
		}
		proofBytes4 = append(proofBytes4, len(pr))
		if _, err := b.record(name("submitProof_k10_4GiB"), prov4G, b.mp.PackSubmitProof(s4[0].id, e, pr)); err != nil {
			return err
		}
		var batch []contracts.IMarketplaceSlotProof
		for _, s := range sQ {
			pr, err := b.epochProof(s, e)
			if err != nil {
				return err
			}
			batch = append(batch, contracts.IMarketplaceSlotProof{SlotId: s.id, Epoch: e, Proof: pr})
		}
		if _, err := b.record(name("submitProofs_10slots_64MiB"), provQ, b.mp.PackSubmitProofs(batch)); err != nil {
			return err
		}
		if e != missAt {
			pr, err := b.epochProof(sS[0], e)
			if err != nil {
				return err
			}
			if _, err := b.send(provS, b.mp.PackSubmitProof(sS[0].id, e, pr)); err != nil {
				return err
			}
		}
		// Settle the slot's previous epoch once its window has closed.
		if e > start {
			if err := b.nextTxAt(b.epochStart(e) + b.cfg.GraceBlocks); err != nil {
				return err
			}
			n := "settle_0miss"
			if e-1 == missAt {
				n = "settle_1miss"
			}
			if _, err := b.record(n, a[10], b.mp.PackSettle(sS[0].id)); err != nil {
				return err
			}
		}
	}
	if _, err := b.record("withdraw", provP, b.mp.PackWithdraw()); err != nil {
		return err
	}
	if _, err := b.record("exitSlot", provS, b.mp.PackExitSlot(sS[0].id)); err != nil {
		return err
	}
	if err := b.nextTxAt(b.epochStart(end) + b.cfg.GraceBlocks + 1); err != nil {
		return err
	}
	if _, err := b.record("finish_2slots", a[9], b.mp.PackFinish(r1)); err != nil {
		return err
	}
	b.notes["submitProof_k10_64MiB"] = fmt.Sprintf("proof %d B mean", mean(proofBytes64))
	b.notes["submitProof_k10_4GiB"] = fmt.Sprintf("proof %d B mean", mean(proofBytes4))
	return nil
}

func mean[T int | uint64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}
