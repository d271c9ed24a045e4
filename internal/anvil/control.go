package anvil

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"strings"
)

// Control methods of a running node (anvil_*/evm_* JSON-RPC), for tests that
// make reorgs, fee spikes and stalled mining. They speak plain JSON-RPC, so
// this package stays free of go-ethereum.

// Call invokes one JSON-RPC method on the node and decodes its result into
// out (nil discards it).
func (n *Node) Call(ctx context.Context, out any, method string, params ...any) error {
	if params == nil {
		params = []any{}
	}
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		return fmt.Errorf("%s: encode: %w", method, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.URL, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Close = true // no idle connection outlives the call (goleak)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	defer resp.Body.Close()
	var r struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return fmt.Errorf("%s: decode: %w", method, err)
	}
	if r.Error != nil {
		return fmt.Errorf("%s: %d %s", method, r.Error.Code, r.Error.Message)
	}
	if out != nil {
		if err := json.Unmarshal(r.Result, out); err != nil {
			return fmt.Errorf("%s: result: %w", method, err)
		}
	}
	return nil
}

func hexQ(v uint64) string { return "0x" + strconv.FormatUint(v, 16) }

// BlockNumber is the node's head.
func (n *Node) BlockNumber(ctx context.Context) (uint64, error) {
	var s string
	if err := n.Call(ctx, &s, "eth_blockNumber"); err != nil {
		return 0, err
	}
	return strconv.ParseUint(strings.TrimPrefix(s, "0x"), 16, 64)
}

// Mine mines blocks empty-or-with-the-pool blocks at once.
func (n *Node) Mine(ctx context.Context, blocks uint64) error {
	return n.Call(ctx, nil, "anvil_mine", hexQ(blocks))
}

// SetAutomine switches mining a block per transaction on or off. Off, the
// pool holds transactions until Mine.
func (n *Node) SetAutomine(ctx context.Context, on bool) error {
	return n.Call(ctx, nil, "evm_setAutomine", on)
}

// Snapshot saves the chain state; Revert(id) returns to it.
func (n *Node) Snapshot(ctx context.Context) (string, error) {
	var id string
	if err := n.Call(ctx, &id, "evm_snapshot"); err != nil {
		return "", err
	}
	return id, nil
}

// Revert rolls the chain back to snapshot id (blocks after it vanish, as in
// a reorg, and their transactions return to no pool). A snapshot can be
// reverted to once.
func (n *Node) Revert(ctx context.Context, id string) error {
	var ok bool
	if err := n.Call(ctx, &ok, "evm_revert", id); err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("evm_revert %s: no such snapshot", id)
	}
	return nil
}

// Reorg replaces the blocks mined since snapshot id (taken depth blocks
// ago) by depth+1 other blocks: it reverts, shifts the clock so the new
// blocks hash differently even when empty, runs between (e.g. to send
// other transactions; may be nil) and mines. The new chain is one block
// longer, as a winning fork is.
func (n *Node) Reorg(ctx context.Context, id string, depth uint64, between func(context.Context) error) error {
	if err := n.Revert(ctx, id); err != nil {
		return err
	}
	if err := n.Call(ctx, nil, "evm_increaseTime", depth+7); err != nil {
		return err
	}
	if between != nil {
		if err := between(ctx); err != nil {
			return fmt.Errorf("reorg: %w", err)
		}
	}
	return n.Mine(ctx, depth+1)
}

// BaseFee is the base fee of the latest block.
func (n *Node) BaseFee(ctx context.Context) (*big.Int, error) {
	var b struct {
		BaseFee string `json:"baseFeePerGas"`
	}
	if err := n.Call(ctx, &b, "eth_getBlockByNumber", "latest", false); err != nil {
		return nil, err
	}
	v, ok := new(big.Int).SetString(strings.TrimPrefix(b.BaseFee, "0x"), 16)
	if !ok {
		return nil, fmt.Errorf("base fee %q", b.BaseFee)
	}
	return v, nil
}

// SetNextBaseFee sets the base fee of the next mined block.
func (n *Node) SetNextBaseFee(ctx context.Context, fee *big.Int) error {
	return n.Call(ctx, nil, "anvil_setNextBlockBaseFeePerGas", "0x"+fee.Text(16))
}

// MineSpiked mines one block whose base fee is base × factor (transactions
// in the pool whose fee cap is below it stay there).
func (n *Node) MineSpiked(ctx context.Context, base *big.Int, factor int64) error {
	if err := n.SetNextBaseFee(ctx, new(big.Int).Mul(base, big.NewInt(factor))); err != nil {
		return err
	}
	return n.Mine(ctx, 1)
}

// BaseFeeSpike mines blocks blocks at factor × the current base fee, calling
// each (may be nil) after every block, e.g. to let a sender react.
func (n *Node) BaseFeeSpike(ctx context.Context, factor int64, blocks int, each func(ctx context.Context, i int) error) error {
	base, err := n.BaseFee(ctx)
	if err != nil {
		return err
	}
	for i := 0; i < blocks; i++ {
		if err := n.MineSpiked(ctx, base, factor); err != nil {
			return fmt.Errorf("spike block %d: %w", i, err)
		}
		if each != nil {
			if err := each(ctx, i); err != nil {
				return err
			}
		}
	}
	return nil
}
