package rpcproxy

import (
	"encoding/json"
	"fmt"
)

// The eth_getLogs limits imitate two public providers:
//
//   - a range wider than maxRange blocks is refused the way Alchemy does:
//     code -32600, "You can make eth_getLogs requests with up to a N block
//     range. Based on your parameters, this block range should work:
//     [0xFROM, 0xTO]";
//   - more than maxResults logs are refused the way Infura documents it:
//     code -32005, "query returned more than N results".
//
// A client must treat both as "split the range and retry", never as fatal.
// Tags are resolved against the upstream head (or the lagged head).

// Error codes and texts the limits answer with.
const (
	CodeRangeTooWide  = -32600
	CodeTooManyResult = -32005
)

func checkLogRange(m message, f faults, head func() (uint64, error)) *rpcError {
	if f.maxRange == 0 || len(m.Params) == 0 {
		return nil
	}
	var filter map[string]json.RawMessage
	if json.Unmarshal(m.Params[0], &filter) != nil {
		return nil
	}
	if _, ok := filter["blockHash"]; ok {
		return nil
	}
	h, err := head()
	if err != nil {
		return &rpcError{Code: -32000, Message: err.Error()}
	}
	from, okf := resolveTag(filter["fromBlock"], h)
	to, okt := resolveTag(filter["toBlock"], h)
	if !okf || !okt || to < from || to-from+1 <= f.maxRange {
		return nil
	}
	return &rpcError{
		Code: CodeRangeTooWide,
		Message: fmt.Sprintf("You can make eth_getLogs requests with up to a %d block range. Based on your parameters, this block range should work: [0x%x, 0x%x]",
			f.maxRange, from, from+f.maxRange-1),
	}
}

func tooManyResults(max int) rpcError {
	return rpcError{Code: CodeTooManyResult, Message: fmt.Sprintf("query returned more than %d results", max)}
}
