package devchain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// mineFront stands in front of a geth --dev for tests: it answers
// anvil_mine and evm_mine itself — one block at a time, each asked for
// with a zero dev_addWithdrawal (geth --dev with period 0 seals a block
// when a withdrawal or transaction arrives; with a period the withdrawal
// rides in the next block, so each mined block takes a period) and
// awaited — and passes every other request to
// geth unchanged but for eth_estimateGas (see estimateAtPending). anvil_mine's interval argument is ignored (geth sets
// each block's timestamp to max(now, parent + 1 s)).
type mineFront struct {
	url    string
	port   int
	geth   string
	rpc    *rpc.Client
	srv    *http.Server
	client *http.Client
	mu     sync.Mutex // one mining at a time
	wg     sync.WaitGroup
	once   sync.Once
}

func startMineFront(gethURL string) (*mineFront, error) {
	rc, err := rpc.Dial(gethURL)
	if err != nil {
		return nil, err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		rc.Close()
		return nil, fmt.Errorf("mine front: %w", err)
	}
	f := &mineFront{url: "http://" + l.Addr().String(), port: l.Addr().(*net.TCPAddr).Port, geth: gethURL, rpc: rc,
		client: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 16}}}
	f.srv = &http.Server{Handler: f, ReadHeaderTimeout: 10 * time.Second}
	f.wg.Add(1)
	go func() {
		defer f.wg.Done()
		_ = f.srv.Serve(l)
	}()
	return f, nil
}

func (f *mineFront) close() {
	f.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_ = f.srv.Shutdown(ctx)
		cancel()
		f.wg.Wait()
		f.client.CloseIdleConnections()
		f.rpc.Close()
	})
}

// mine seals n blocks, one after another.
func (f *mineFront) mine(ctx context.Context, n uint64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for range n {
		var head hexutil.Uint64
		if err := f.rpc.CallContext(ctx, &head, "eth_blockNumber"); err != nil {
			return err
		}
		w := &types.Withdrawal{Address: common.Address{}, Amount: 0}
		if err := f.rpc.CallContext(ctx, nil, "dev_addWithdrawal", w); err != nil {
			return fmt.Errorf("dev_addWithdrawal: %w", err)
		}
		for {
			var now hexutil.Uint64
			if err := f.rpc.CallContext(ctx, &now, "eth_blockNumber"); err != nil {
				return err
			}
			if now > head {
				break
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Millisecond):
			}
		}
	}
	return nil
}

type rpcRequest struct {
	Version string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

func (f *mineFront) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 128<<20))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req rpcRequest
	if bytes.HasPrefix(bytes.TrimSpace(body), []byte("{")) && json.Unmarshal(body, &req) == nil &&
		(req.Method == "anvil_mine" || req.Method == "evm_mine") {
		f.answerMine(w, r.Context(), req)
		return
	}
	if req.Method == "eth_estimateGas" {
		body = estimateAtPending(req, body)
	}
	out, err := http.NewRequestWithContext(r.Context(), http.MethodPost, f.geth, bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	out.Header.Set("Content-Type", "application/json")
	resp, err := f.client.Do(out)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}

func (f *mineFront) answerMine(w http.ResponseWriter, ctx context.Context, req rpcRequest) {
	n := uint64(1)
	if req.Method == "anvil_mine" && len(req.Params) > 0 {
		v, err := parseQuantity(req.Params[0])
		if err != nil {
			writeRPC(w, req.ID, nil, err)
			return
		}
		n = v
	}
	writeRPC(w, req.ID, nil, f.mine(ctx, n))
}

// estimateAtPending makes an eth_estimateGas at the latest block (or with
// no block) run on the pending block, as anvil's does: geth estimates in
// the latest block's context (block.number = head), anvil in the next
// one's, where the transaction will land — and the contract tests rely on
// that for rules like fillSlot's block.number > r + fillDelay.
func estimateAtPending(req rpcRequest, body []byte) []byte {
	if len(req.Params) == 0 || len(req.Params) > 2 {
		return body
	}
	if len(req.Params) == 2 && string(bytes.TrimSpace(req.Params[1])) != `"latest"` {
		return body
	}
	req.Params = append(req.Params[:1], json.RawMessage(`"pending"`))
	out, err := json.Marshal(req)
	if err != nil {
		return body
	}
	return out
}

// parseQuantity reads a JSON number or a hex quantity string.
func parseQuantity(raw json.RawMessage) (uint64, error) {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		v, err := hexutil.DecodeUint64(s)
		if err != nil {
			if d, derr := strconv.ParseUint(s, 10, 64); derr == nil {
				return d, nil
			}
		}
		return v, err
	}
	var v uint64
	if err := json.Unmarshal(raw, &v); err != nil {
		return 0, errors.New("anvil_mine: block count is neither a number nor a hex quantity")
	}
	return v, nil
}

func writeRPC(w http.ResponseWriter, id json.RawMessage, result any, err error) {
	resp := map[string]any{"jsonrpc": "2.0", "id": id}
	if err != nil {
		resp["error"] = map[string]any{"code": -32000, "message": err.Error()}
	} else {
		resp["result"] = result
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}
