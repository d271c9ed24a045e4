package rpcproxy

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// blockParam is the index of the block parameter of the methods that take
// one (absent means "latest").
var blockParam = map[string]int{
	"eth_getBalance":                       1,
	"eth_getCode":                          1,
	"eth_getStorageAt":                     2,
	"eth_getTransactionCount":              1,
	"eth_call":                             1,
	"eth_estimateGas":                      1,
	"eth_createAccessList":                 1,
	"eth_getProof":                         2,
	"eth_feeHistory":                       1,
	"eth_getBlockByNumber":                 0,
	"eth_getBlockTransactionCountByNumber": 0,
	"eth_getBlockReceipts":                 0,
}

// upstreamHead reads the upstream block number (not counted as forwarded).
func (p *Proxy) upstreamHead(ctx context.Context) (uint64, error) {
	resp, err := p.call(ctx, message{JSONRPC: "2.0", ID: json.RawMessage("1"), Method: "eth_blockNumber"})
	if err != nil {
		return 0, err
	}
	if resp.Error != nil {
		return 0, fmt.Errorf("upstream eth_blockNumber: %s", resp.Error.Message)
	}
	var s string
	if err := json.Unmarshal(resp.Result, &s); err != nil {
		return 0, fmt.Errorf("upstream eth_blockNumber: %w", err)
	}
	return parseQuantity(s)
}

func lagged(head, lag uint64) uint64 {
	if lag >= head {
		return 0
	}
	return head - lag
}

func parseQuantity(s string) (uint64, error) {
	v, err := strconv.ParseUint(strings.TrimPrefix(s, "0x"), 16, 64)
	if err != nil {
		return 0, fmt.Errorf("quantity %q: %w", s, err)
	}
	return v, nil
}

func quantity(v uint64) json.RawMessage {
	return json.RawMessage(strconv.Quote("0x" + strconv.FormatUint(v, 16)))
}

// resolveTag turns a block parameter into a number against head; ok is
// false for what it does not rewrite (earliest, safe, finalized, objects).
func resolveTag(raw json.RawMessage, head uint64) (n uint64, ok bool) {
	var s string
	if len(raw) == 0 {
		return head, true
	}
	if json.Unmarshal(raw, &s) != nil {
		return 0, false
	}
	switch s {
	case "latest", "pending":
		return head, true
	case "earliest", "safe", "finalized":
		return 0, false
	}
	v, err := parseQuantity(s)
	if err != nil {
		return 0, false
	}
	return v, true
}

// rewriteForLag pins m's block parameters to head, or answers it locally
// when a node at head would (eth_blockNumber, a block above head).
func (p *Proxy) rewriteForLag(m message, head uint64) (message, *message) {
	if m.Method == "eth_blockNumber" {
		r := result(m, quantity(head))
		return m, &r
	}
	if m.Method == "eth_getLogs" {
		return m, p.lagLogs(&m, head)
	}
	i, ok := blockParam[m.Method]
	if !ok {
		return m, nil
	}
	params := append([]json.RawMessage(nil), m.Params...)
	var raw json.RawMessage
	if i < len(params) {
		raw = params[i]
	}
	n, ok := resolveTag(raw, head)
	if !ok {
		return m, nil
	}
	if n > head {
		p.inject(FaultLagHidden)
		if m.Method == "eth_getBlockByNumber" {
			r := result(m, json.RawMessage("null"))
			return m, &r
		}
		r := errorResp(m, rpcError{Code: -32000, Message: "header not found"})
		return m, &r
	}
	for len(params) <= i {
		params = append(params, nil)
	}
	params[i] = quantity(n)
	m.Params = params
	return m, nil
}

// lagLogs clamps an eth_getLogs range to head; a range wholly above head
// is answered with [].
func (p *Proxy) lagLogs(m *message, head uint64) *message {
	if len(m.Params) == 0 {
		return nil
	}
	var filter map[string]json.RawMessage
	if json.Unmarshal(m.Params[0], &filter) != nil {
		return nil
	}
	if _, ok := filter["blockHash"]; ok {
		return nil
	}
	from, okf := resolveTag(filter["fromBlock"], head)
	to, okt := resolveTag(filter["toBlock"], head)
	if !okf || !okt {
		return nil
	}
	if to > head {
		to = head
	}
	if from > to {
		p.inject(FaultLagHidden)
		r := result(*m, json.RawMessage("[]"))
		return &r
	}
	filter["fromBlock"], filter["toBlock"] = quantity(from), quantity(to)
	enc, err := json.Marshal(filter)
	if err != nil {
		return nil
	}
	m.Params = append([]json.RawMessage{enc}, m.Params[1:]...)
	return nil
}

// hideAboveHead removes from an upstream answer what a node at head cannot
// know: receipts and blocks above it; a transaction mined above it is
// shown as pending, as a node that has it in its pool would.
func (p *Proxy) hideAboveHead(method string, resp message, head uint64) message {
	if resp.Error != nil || len(resp.Result) == 0 || string(resp.Result) == "null" {
		return resp
	}
	switch method {
	case "eth_getTransactionReceipt", "eth_getBlockByHash", "eth_getTransactionByHash":
	default:
		return resp
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(resp.Result, &obj) != nil {
		return resp
	}
	var s string
	if json.Unmarshal(obj["blockNumber"], &s) != nil {
		if json.Unmarshal(obj["number"], &s) != nil {
			return resp
		}
	}
	n, err := parseQuantity(s)
	if err != nil || n <= head {
		return resp
	}
	p.inject(FaultLagHidden)
	if method != "eth_getTransactionByHash" {
		resp.Result = json.RawMessage("null")
		return resp
	}
	for _, k := range []string{"blockHash", "blockNumber", "transactionIndex"} {
		obj[k] = json.RawMessage("null")
	}
	if enc, err := json.Marshal(obj); err == nil {
		resp.Result = enc
	}
	return resp
}
