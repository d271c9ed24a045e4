// Package rpcproxy is a fault-injecting JSON-RPC HTTP proxy for tests: it
// sits in front of a real node (anvil) on a loopback port and makes it
// behave like a hostile public endpoint.
//
// It owns only the proxy: the listener, the switchable faults and the
// per-method counters. Every fault is set at runtime, from any goroutine:
//
//   - Lag(n): the proxy serves the chain n blocks behind the upstream head
//     (eth_blockNumber, "latest"/"pending" block parameters, eth_getLogs
//     ranges, receipts and blocks above the lagged head are hidden), like a
//     load-balanced endpoint whose backend is behind.
//   - DropSendResponse(n): the next n eth_sendRawTransaction calls are
//     forwarded, but the connection is closed before the answer, so the
//     transaction may mine while the caller never hears of it;
//     DropSendResponseStatus(n, code) answers an HTTP status instead (a
//     gateway's 502/504 after its backend took the request).
//   - LogsEmpty(on): eth_getLogs answers [].
//   - LogLimits(maxRange, maxResults): eth_getLogs refuses wider ranges and
//     larger results with the errors public providers use (see logs.go).
//   - FailStatus(code, n) / FailEvery(code, k): answer HTTP code (429, 503,
//     ...) to the next n requests or to every k-th request;
//     FailMethod(method, code, n) to the next n requests for one method.
//   - SetDown(bool) / Down(d): the listener is closed (connection refused)
//     and open connections are cut, for d or until SetDown(false);
//     Unavailable(d): every request is answered 503 for d.
//
// Counters: Received(method) counts requests that reached the proxy (each
// call of a JSON-RPC batch), Requests() the HTTP requests (a batch is one;
// FailEvery and FailStatus count these), Forwarded(method) those that
// reached the upstream node (so a test can assert exactly one
// eth_sendRawTransaction per logical send), and Injected(fault) how often
// each fault fired.
//
// Use in a test (see ExampleProxy):
//
//	p, err := rpcproxy.New(node.URL)
//	...
//	t.Cleanup(p.Close)
//	client, err := chain.Dial(ctx, p.URL(), node.ChainID)
//	p.LogLimits(1000, 10000)
//	p.DropSendResponse(1)
//	... p.Forwarded("eth_sendRawTransaction") ...
//
// Tests run the proxy against a real anvil (internal/anvil/anviltest).
package rpcproxy
