package rpcproxy_test

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/rpcproxy"
)

// ExampleProxy puts a proxy with public-provider limits in front of anvil.
// (Compiled, not run: it needs the anvil binary.)
func ExampleProxy() {
	ctx := context.Background()
	node, err := anvil.Start(ctx, anvil.Options{DieWithParent: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer func() { _ = node.Stop() }()
	p, err := rpcproxy.New(node.URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer p.Close()
	p.LogLimits(1000, 10000)                        // refuse wide eth_getLogs like Alchemy/Infura
	p.Lag(2)                                        // serve the chain 2 blocks behind
	p.FailEvery(429, 10)                            // rate-limit every 10th request
	if err := p.Down(2 * time.Second); err != nil { // refuse connections for 2 s
		fmt.Println(err)
		return
	}
	c, err := ethclient.DialContext(ctx, p.URL())
	if err != nil {
		fmt.Println(err)
		return
	}
	defer c.Close()
	_, err = c.BlockNumber(ctx) // fails: the endpoint is down
	fmt.Println(err != nil, p.Received("eth_blockNumber"))
}
