package market

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
)

func TestSalesPolicy(t *testing.T) {
	tok := func(n int64) *big.Int { return contracts.Tokens(n) }
	me, other := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	cfg := DefaultProviderConfig()
	cfg.MinPricePerSlotEpoch = tok(1)
	cfg.MaxShardSize = 1 << 20
	cfg.MaxCollateralPerSlot = tok(10)
	cfg.CollateralBudget = tok(25)
	base := contracts.IMarketplaceRequestParams{K: 2, M: 1, ShardSize: 4096, EndEpoch: 10, PricePerSlotEpoch: tok(1), CollateralPerSlot: tok(10)}
	state := sellerState{free: 1 << 30, disk: 1 << 30, atRisk: tok(10), me: me, epoch: 3}
	cases := []struct {
		name string
		mod  func(*contracts.IMarketplaceRequestParams, *sellerState)
		want string
	}{
		{"takes a fair request", nil, ""},
		{"price below floor", func(p *contracts.IMarketplaceRequestParams, _ *sellerState) { p.PricePerSlotEpoch = big.NewInt(1) }, "price below floor"},
		{"shard too large", func(p *contracts.IMarketplaceRequestParams, _ *sellerState) { p.ShardSize = 2 << 20 }, "shard too large"},
		{"store full", func(_ *contracts.IMarketplaceRequestParams, s *sellerState) { s.free = 1000 }, "not enough free space"},
		{"disk full", func(_ *contracts.IMarketplaceRequestParams, s *sellerState) { s.disk = 1000 }, "disk nearly full"},
		{"collateral too high", func(p *contracts.IMarketplaceRequestParams, _ *sellerState) { p.CollateralPerSlot = tok(11) }, "collateral above limit"},
		{"budget spent", func(_ *contracts.IMarketplaceRequestParams, s *sellerState) { s.atRisk = tok(20) }, "collateral budget spent"},
		{"placed elsewhere", func(p *contracts.IMarketplaceRequestParams, _ *sellerState) {
			p.AllowedProviders = []common.Address{other, other, other}
		}, "client placed its slots elsewhere"},
		{"placed on me", func(p *contracts.IMarketplaceRequestParams, _ *sellerState) {
			p.AllowedProviders = []common.Address{other, me, other}
		}, ""},
		{"one slot open to anyone", func(p *contracts.IMarketplaceRequestParams, _ *sellerState) {
			p.AllowedProviders = []common.Address{other, {}, other}
		}, ""},
		{"already over", func(_ *contracts.IMarketplaceRequestParams, s *sellerState) { s.epoch = 10 }, "request already over"},
		{"epoch unknown", func(_ *contracts.IMarketplaceRequestParams, s *sellerState) { s.epoch = ^uint64(0) }, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, s := base, state
			if c.mod != nil {
				c.mod(&p, &s)
			}
			if got := cfg.rejects(p, s); got != c.want {
				t.Fatalf("got %q, want %q", got, c.want)
			}
		})
	}
}
