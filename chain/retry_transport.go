package chain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// readRetry is how the client's HTTP transport retries a read the endpoint
// refused before processing it for a rate limit (HTTP 429 Too Many
// Requests, or 503 Service Unavailable with a Retry-After): a public RPC's
// rate limit then costs a short wait, not a failed step of every service.
// Six tries over about 0.8 s (25 ms doubling), or the endpoint's
// Retry-After (capped at 2 s). A plain 503 (an outage) is returned at once:
// the callers' next poll is the retry, and a burst of them does not stall
// every read.
var readRetry = RetryPolicy{Tries: 6, Backoff: 25 * time.Millisecond, MaxBackoff: 2 * time.Second}

// retryTransport retries JSON-RPC reads answered 429 (or 503 with a
// Retry-After). Sends
// (eth_send*) and non-eth methods (anvil_*, evm_*: not idempotent) pass
// through once: the Sender has its own rules for those (a send refused
// with 429/503 is resent, one answered otherwise is looked up first).
// Other failures (connection refused, 5xx after processing) are returned
// at once, so an endpoint that is down costs no wait here.
type retryTransport struct {
	base    http.RoundTripper
	policy  RetryPolicy
	retries *atomic.Int64
}

func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body == nil || req.Method != http.MethodPost {
		return t.base.RoundTrip(req)
	}
	body, err := io.ReadAll(req.Body)
	_ = req.Body.Close()
	if err != nil {
		return nil, fmt.Errorf("read request body: %w", err)
	}
	retry := readsOnly(body)
	delay := t.policy.Backoff
	for attempt := 1; ; attempt++ {
		r := req.Clone(req.Context())
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
		resp, err := t.base.RoundTrip(r)
		if err != nil || !retry || attempt >= t.policy.Tries || !rateLimited(resp) {
			return resp, err
		}
		wait := retryAfter(resp.Header.Get("Retry-After"), delay, t.policy.MaxBackoff)
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
		_ = resp.Body.Close()
		t.retries.Add(1)
		timer := time.NewTimer(wait)
		select {
		case <-req.Context().Done():
			timer.Stop()
			return nil, req.Context().Err()
		case <-timer.C:
		}
		if delay *= 2; delay > t.policy.MaxBackoff {
			delay = t.policy.MaxBackoff
		}
	}
}

// rateLimited reports a refusal that asks to come back later: 429, or 503
// with a Retry-After.
func rateLimited(resp *http.Response) bool {
	return resp.StatusCode == http.StatusTooManyRequests ||
		resp.StatusCode == http.StatusServiceUnavailable && resp.Header.Get("Retry-After") != ""
}

// readsOnly reports whether a JSON-RPC body (one call or a batch) carries
// only eth_/net_/web3_ reads, never a send.
func readsOnly(body []byte) bool {
	var calls []struct {
		Method string `json:"method"`
	}
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '[' {
		if json.Unmarshal(trimmed, &calls) != nil {
			return false
		}
	} else {
		var one struct {
			Method string `json:"method"`
		}
		if json.Unmarshal(trimmed, &one) != nil {
			return false
		}
		calls = append(calls, one)
	}
	for _, c := range calls {
		m := c.Method
		if strings.HasPrefix(m, "eth_send") || !(strings.HasPrefix(m, "eth_") || strings.HasPrefix(m, "net_") || strings.HasPrefix(m, "web3_")) {
			return false
		}
	}
	return len(calls) > 0
}

// retryAfter is the endpoint's Retry-After in seconds when it gives one
// (capped at max), else def.
func retryAfter(h string, def, max time.Duration) time.Duration {
	if s, err := strconv.Atoi(strings.TrimSpace(h)); err == nil && s >= 0 {
		return min(time.Duration(s)*time.Second, max)
	}
	return def
}
