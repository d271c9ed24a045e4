package chain_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cairn-storage/cairn/chain"
)

// pages records the block ranges asked for and answers one log per block
// range, failing the range that starts at failAt.
type pages struct {
	ranges [][2]uint64
	failAt uint64
}

var errRPC = errors.New("rpc down")

func (p *pages) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	lo, hi := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	p.ranges = append(p.ranges, [2]uint64{lo, hi})
	if p.failAt != 0 && lo == p.failAt {
		return nil, errRPC
	}
	return []types.Log{{BlockNumber: lo, Address: q.Addresses[0]}}, nil
}

func TestFilterLogsPaged(t *testing.T) {
	const maxU = ^uint64(0)
	cases := []struct {
		name           string
		from, to, span uint64
		want           [][2]uint64
	}{
		{"one page", 10, 20, 100, [][2]uint64{{10, 20}}},
		{"exact pages", 0, 9, 5, [][2]uint64{{0, 4}, {5, 9}}},
		{"last page short", 3, 13, 5, [][2]uint64{{3, 7}, {8, 12}, {13, 13}}},
		{"empty range", 9, 8, 5, nil},
		{"default span", 1, 12_000, 0, [][2]uint64{{1, 5000}, {5001, 10_000}, {10_001, 12_000}}},
		{"up to the last block", maxU - 3, maxU, 2, [][2]uint64{{maxU - 3, maxU - 2}, {maxU - 1, maxU}}},
		{"a span past the last block", maxU - 3, maxU, 5000, [][2]uint64{{maxU - 3, maxU}}},
	}
	addr := common.HexToAddress("0x01")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := &pages{}
			ls, err := chain.FilterLogsPaged(t.Context(), p, ethereum.FilterQuery{Addresses: []common.Address{addr}}, tc.from, tc.to, tc.span)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(p.ranges, tc.want) {
				t.Fatalf("ranges %v, want %v", p.ranges, tc.want)
			}
			if len(ls) != len(tc.want) {
				t.Fatalf("%d logs, want one per page (%d)", len(ls), len(tc.want))
			}
			for i, l := range ls {
				if l.BlockNumber != tc.want[i][0] {
					t.Fatalf("log %d from block %d, want the pages in order", i, l.BlockNumber)
				}
			}
		})
	}
	t.Run("a failing page fails the read", func(t *testing.T) {
		p := &pages{failAt: 5}
		_, err := chain.FilterLogsPaged(t.Context(), p, ethereum.FilterQuery{Addresses: []common.Address{addr}}, 0, 20, 5)
		if !errors.Is(err, errRPC) || len(p.ranges) != 2 {
			t.Fatalf("err %v after %d pages, want errRPC after 2", err, len(p.ranges))
		}
	})
}
