package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
)

// TestIsLogRangeErrorThroughProxy: both provider refusals the proxy imitates are
// recognised; an ordinary query and an unrelated error are not.
func TestIsLogRangeErrorThroughProxy(t *testing.T) {
	p := newProxied(t, fastConfig())
	ctx := t.Context()
	logger := p.deploy(t, ctx, loggerInit)
	for i := 0; i < 3; i++ {
		if _, err := p.env.sender.Send(ctx, chain.Call{To: &logger, Data: []byte{byte(i)}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.node.Mine(ctx, 1100); err != nil {
		t.Fatal(err)
	}
	p.proxy.LogLimits(1000, 2)
	all := []common.Address{logger}
	cases := []struct {
		name  string
		query ethereum.FilterQuery
		limit bool
	}{
		{"range too wide", ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: all}, true},
		{"too many results", ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: big.NewInt(999), Addresses: all}, true},
		{"within limits", ethereum.FilterQuery{FromBlock: big.NewInt(1000), ToBlock: big.NewInt(1100), Addresses: all}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := p.pc.FilterLogs(ctx, c.query)
			if got := chain.IsLogRangeError(err); got != c.limit {
				t.Fatalf("IsLogRangeError(%v) = %v, want %v", err, got, c.limit)
			}
			if !c.limit && err != nil {
				t.Fatal(err)
			}
		})
	}
	// Not a size refusal: a malformed query.
	_, err := p.pc.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(5), ToBlock: big.NewInt(1)})
	if err != nil && chain.IsLogRangeError(err) {
		t.Fatalf("a reversed range counted as a size limit: %v", err)
	}
}
