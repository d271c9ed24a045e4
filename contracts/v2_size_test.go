package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts/contracttest"
)

// TestV2CodeSize: the runtime code of every deployed v2 contract, read back
// from the chain, is under EIP-170's 24,576 bytes.
func TestV2CodeSize(t *testing.T) {
	f := newV2(t, contracttest.TestConfig())
	for _, c := range []struct {
		name string
		addr common.Address
	}{
		{"MarketplaceV2", f.Dep.Marketplace},
		{"MarketplaceV2Facet", f.Dep.Facet},
		{"MarketplaceV2Lens", f.Dep.Lens},
	} {
		code := f.Code(c.addr)
		if len(code) == 0 || len(code) >= 24576 {
			t.Errorf("%s: runtime %d bytes, want 0 < size < 24576", c.name, len(code))
		}
		t.Logf("%s: %d bytes", c.name, len(code))
	}
}
