package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	// ErrRPCUnreachable means nothing answered JSON-RPC at the URL.
	ErrRPCUnreachable = errors.New("RPC endpoint unreachable")
	// ErrWrongChain means the endpoint serves another chain than expected.
	ErrWrongChain = errors.New("wrong chain id")
)

// Client is an ethclient bound to one chain whose id was checked at dial.
// It satisfies bind.ContractBackend, so generated bindings run on it.
type Client struct {
	*ethclient.Client
	rpc         *rpc.Client
	url         string
	chainID     *big.Int
	readRetries *atomic.Int64
}

// Dial connects to url and reads its chain id. When wantChainID is non-zero
// and differs, it fails with ErrWrongChain. A dead endpoint fails quickly
// with ErrRPCUnreachable instead of hanging. Over HTTP, reads the endpoint
// refuses with 429 (or 503 with a Retry-After) are retried with backoff
// (ReadRetries counts them); sends are left to the Sender.
func Dial(ctx context.Context, url string, wantChainID uint64) (*Client, error) {
	if url == "" {
		return nil, fmt.Errorf("%w: no RPC URL given (pass --rpc-url or set ETH_RPC_URL)", ErrRPCUnreachable)
	}
	retries := new(atomic.Int64)
	var opts []rpc.ClientOption
	if strings.HasPrefix(url, "http://") || strings.HasPrefix(url, "https://") {
		base := http.DefaultTransport.(*http.Transport).Clone()
		opts = append(opts, rpc.WithHTTPClient(&http.Client{Transport: &retryTransport{base: base, policy: readRetry, retries: retries}}))
	}
	rc, err := rpc.DialOptions(ctx, url, opts...)
	if err != nil {
		return nil, fmt.Errorf("%w: dial %s: %v", ErrRPCUnreachable, url, err)
	}
	ec := ethclient.NewClient(rc)
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	id, err := ec.ChainID(cctx)
	if err != nil {
		rc.Close()
		return nil, fmt.Errorf("%w: %s did not answer eth_chainId: %v", ErrRPCUnreachable, url, err)
	}
	if wantChainID != 0 && id.Uint64() != wantChainID {
		rc.Close()
		return nil, fmt.Errorf("%w: %s serves chain %s, expected %d", ErrWrongChain, url, id, wantChainID)
	}
	return &Client{Client: ec, rpc: rc, url: url, chainID: id, readRetries: retries}, nil
}

// ReadRetries is how many reads the transport retried after a rate limit.
func (c *Client) ReadRetries() int64 { return c.readRetries.Load() }

// ChainIDValue is the chain id read at dial.
func (c *Client) ChainIDValue() *big.Int { return new(big.Int).Set(c.chainID) }

// URL is the endpoint this client talks to.
func (c *Client) URL() string { return c.url }

// RPC exposes the raw JSON-RPC client (for anvil_* and evm_* test methods).
func (c *Client) RPC() *rpc.Client { return c.rpc }

// Close releases the connection. It is safe to call more than once.
func (c *Client) Close() { c.Client.Close() }

// MineBlocks asks a development node (anvil) to mine n blocks at once.
func (c *Client) MineBlocks(ctx context.Context, n uint64) error {
	if err := c.rpc.CallContext(ctx, nil, "anvil_mine", fmt.Sprintf("0x%x", n)); err != nil {
		return fmt.Errorf("anvil_mine %d: %w", n, err)
	}
	return nil
}
