package market_test

import (
	"math/big"
	"testing"

	"github.com/cairn-storage/cairn/market"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// The default v2 provider config validates and has v1's price floor;
// configs that cannot work do not.
func TestProviderConfigValidate(t *testing.T) {
	def := market.DefaultProviderConfig()
	if def.Sales.Policy.MinPrice.Cmp(market.DefaultMinPrice) != 0 || def.Repairer.Policy.MinPrice.Cmp(market.DefaultMinPrice) != 0 {
		t.Fatalf("default floors %s, %s; want %s", def.Sales.Policy.MinPrice, def.Repairer.Policy.MinPrice, market.DefaultMinPrice)
	}
	for _, tc := range []struct {
		name string
		mod  func(*market.ProviderConfig)
		ok   bool
	}{
		{"default", func(*market.ProviderConfig) {}, true},
		{"zero poll", func(c *market.ProviderConfig) { c.Poll = 0 }, false},
		{"zero push wait", func(c *market.ProviderConfig) { c.PushWait = 0 }, false},
		{"free sales", func(c *market.ProviderConfig) { c.Sales.Policy.MinPrice = new(big.Int) }, false},
		{"free repairs", func(c *market.ProviderConfig) { c.Repairer.Policy.MinPrice = new(big.Int) }, false},
		{"free repairs, repairer off", func(c *market.ProviderConfig) { c.Repair = false; c.Repairer.Policy.MinPrice = new(big.Int) }, true},
		{"confirmations 64", func(c *market.ProviderConfig) { c.Confirmations = 64 }, true},
		{"confirmations 65", func(c *market.ProviderConfig) { c.Confirmations = 65 }, false},
		{"bad prover", func(c *market.ProviderConfig) { c.Market.Prover.SettleBatch = 0 }, false},
		{"volume twice", func(c *market.ProviderConfig) {
			c.Market.Volumes = []marketv2.Volume{{Path: "/a", Capacity: 1}, {Path: "/a", Capacity: 1}}
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := market.DefaultProviderConfig()
			tc.mod(&c)
			if err := c.Validate(); (err == nil) != tc.ok {
				t.Fatalf("validate: %v, want ok=%v", err, tc.ok)
			}
		})
	}
}
