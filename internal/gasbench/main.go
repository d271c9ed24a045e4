// Command gasbench measures the gas of the protocol v2 contract functions
// from real anvil receipts and writes bench/gas.json (a flat object: name →
// gas) and the "Gas" section of BENCHMARKS.md. Run it with `make bench-gas`.
//
// It starts a fresh anvil (--hardfork prague), deploys a CairnToken and the
// v2 contracts with the devnet parameters (20-block epochs, K = 10, KF = 16),
// and proves real shards: 64 MiB and 64 KiB random shards whose trees are
// built in memory, and 4 GiB shards that repeat one random 64 KiB block,
// whose roots and proofs are computed from that block (see periodicShard).
// Large sets (10^4 and 10^6 members) are synthetic views (see synthSet).
// Every proof is checked with proofs.Verify before it is sent.
//
// The protocol v1 contract is gone; its figures, measured by this command
// before v1 was deleted, are kept as history in bench/gas_v1.json (never
// rewritten) and shown beside v2's in BENCHMARKS.md and the cost model.
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
	v1 := flag.String("v1", "bench/gas_v1.json", "protocol v1 figures recorded before v1 was deleted (read, never written)")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	if err := run(ctx, log, *out, *md, *v1, *epochs); err != nil {
		log.Error("gasbench failed", "err", err)
		os.Exit(1)
	}
}

type bench struct {
	ctx   context.Context
	log   *slog.Logger
	ec    *ethclient.Client
	rc    *rpc.Client
	token common.Address
	accs  []*bind.TransactOpts
	gas   map[string][]uint64
	notes map[string]string
}

func run(ctx context.Context, log *slog.Logger, outPath, mdPath, v1Path string, epochs int) error {
	if epochs < 20 {
		return errors.New("-epochs must be at least 20")
	}
	v1, err := readGas(v1Path)
	if err != nil {
		return fmt.Errorf("v1 history: %w", err)
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
	if err := b.measureV2(epochs); err != nil {
		return fmt.Errorf("v2: %w", err)
	}
	return b.write(outPath, mdPath, v1, epochs)
}

// setup connects, derives 16 accounts, deploys a CairnToken and mints
// 1,000,000 tokens to each account.
func setup(ctx context.Context, log *slog.Logger, node *anvil.Node) (*bench, error) {
	rc, err := rpc.DialContext(ctx, node.URL)
	if err != nil {
		return nil, err
	}
	b := &bench{ctx: ctx, log: log, rc: rc, ec: ethclient.NewClient(rc), gas: map[string][]uint64{}, notes: map[string]string{}}
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
	if b.token, _, err = contracts.DeployToken(ctx, b.ec, b.accs[0]); err != nil {
		return nil, err
	}
	tok := contracts.NewCairnToken()
	token := tok.Instance(b.ec, b.token)
	for _, a := range b.accs {
		if _, err := b.sendTo(token, a, tok.PackMint(a.From, contracts.Tokens(1_000_000))); err != nil {
			return nil, err
		}
	}
	return b, nil
}

func (b *bench) sendTo(c *bind.BoundContract, a *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	opts := *a
	opts.Context = b.ctx
	tx, err := bind.Transact(c, &opts, data)
	if err != nil {
		if d, ok := ethclient.RevertErrorData(err); ok {
			name, _ := contracts.ErrorNameV2(d)
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

func manifest() []byte {
	m := make([]byte, 512)
	for i := 0; i < len(m); i += 32 {
		h := sha256.Sum256(binary.BigEndian.AppendUint64(nil, uint64(i)))
		copy(m[i:], h[:])
	}
	return m
}

func mean[T int | uint64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}
