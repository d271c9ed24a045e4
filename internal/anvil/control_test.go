package anvil_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/cairn-storage/cairn/internal/anvil"
)

func startNode(t *testing.T) *anvil.Node {
	t.Helper()
	n, err := anvil.Start(t.Context(), anvil.Options{DieWithParent: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = n.Stop() })
	return n
}

func blockHash(t *testing.T, ctx context.Context, n *anvil.Node, num uint64) string {
	t.Helper()
	var b struct {
		Hash string `json:"hash"`
	}
	if err := n.Call(ctx, &b, "eth_getBlockByNumber", fmt.Sprintf("0x%x", num), false); err != nil {
		t.Fatal(err)
	}
	return b.Hash
}

func TestReorg(t *testing.T) {
	n := startNode(t)
	for _, depth := range []uint64{1, 3, 10} {
		t.Run(fmt.Sprintf("depth %d", depth), func(t *testing.T) {
			ctx := t.Context()
			base, err := n.BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			snap, err := n.Snapshot(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if err := n.Mine(ctx, depth); err != nil {
				t.Fatal(err)
			}
			old := make([]string, depth)
			for i := range depth {
				old[i] = blockHash(t, ctx, n, base+1+i)
			}
			if err := n.Reorg(ctx, snap, depth, nil); err != nil {
				t.Fatal(err)
			}
			head, err := n.BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if head != base+depth+1 {
				t.Fatalf("head %d after reorg, want %d", head, base+depth+1)
			}
			for i := range depth {
				if h := blockHash(t, ctx, n, base+1+i); h == old[i] {
					t.Fatalf("block %d kept hash %s across the reorg", base+1+i, h)
				}
			}
		})
	}
}

func TestBaseFeeSpike(t *testing.T) {
	n := startNode(t)
	ctx := t.Context()
	base, err := n.BaseFee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	err = n.BaseFeeSpike(ctx, 50, 20, func(ctx context.Context, i int) error {
		got, err := n.BaseFee(ctx)
		if err != nil {
			return err
		}
		if want := new(big.Int).Mul(base, big.NewInt(50)); got.Cmp(want) != 0 {
			return fmt.Errorf("block %d base fee %s, want %s", i, got, want)
		}
		seen++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen != 20 {
		t.Fatalf("%d spiked blocks, want 20", seen)
	}
}
