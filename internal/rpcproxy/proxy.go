package rpcproxy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"
)

// maxBody bounds a request or upstream response body.
const maxBody = 64 << 20

// Fault names a kind of injected failure, for Injected.
type Fault string

// The faults a Proxy counts.
const (
	FaultDroppedSend Fault = "dropped_send"
	FaultLogsEmpty   Fault = "logs_empty"
	FaultLogRange    Fault = "log_range"
	FaultLogResults  Fault = "log_results"
	FaultStatus      Fault = "http_status"
	FaultDown        Fault = "down"
	FaultLagHidden   Fault = "lag_hidden"
)

// Proxy forwards JSON-RPC over HTTP to one upstream URL, injecting the
// faults currently switched on. All methods are safe for concurrent use.
type Proxy struct {
	upstream string
	client   *http.Client
	srv      *http.Server
	addr     string

	mu         sync.Mutex
	l          net.Listener
	conns      map[net.Conn]struct{}
	down       bool
	downTimer  *time.Timer
	closed     bool
	f          faults
	methodFail map[string]methodFault
	received   map[string]int64
	forwarded  map[string]int64
	injected   map[Fault]int64
	requests   int64 // HTTP requests (a batch is one)
	serving    sync.WaitGroup
}

// New starts a proxy for upstreamURL on a free loopback port.
func New(upstreamURL string) (*Proxy, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("rpcproxy: listen: %w", err)
	}
	p := &Proxy{
		upstream:   upstreamURL,
		client:     &http.Client{Timeout: time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: 16, IdleConnTimeout: 30 * time.Second}},
		addr:       l.Addr().String(),
		conns:      map[net.Conn]struct{}{},
		received:   map[string]int64{},
		forwarded:  map[string]int64{},
		injected:   map[Fault]int64{},
		methodFail: map[string]methodFault{},
	}
	p.srv = &http.Server{
		Handler:           http.HandlerFunc(p.serveHTTP),
		ReadHeaderTimeout: 10 * time.Second,
		ConnState:         p.trackConn,
	}
	p.serve(l)
	return p, nil
}

// URL is the proxy's endpoint, e.g. http://127.0.0.1:41234.
func (p *Proxy) URL() string { return "http://" + p.addr }

// Close stops the proxy and cuts every connection. It is idempotent.
func (p *Proxy) Close() {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	p.closed = true
	if p.downTimer != nil {
		p.downTimer.Stop()
	}
	p.mu.Unlock()
	_ = p.srv.Close()
	p.serving.Wait()
	p.client.CloseIdleConnections()
}

func (p *Proxy) serve(l net.Listener) {
	p.mu.Lock()
	p.l = l
	p.mu.Unlock()
	p.serving.Add(1)
	go func() {
		defer p.serving.Done()
		_ = p.srv.Serve(l) // returns when l is closed by SetDown or Close
	}()
}

func (p *Proxy) trackConn(c net.Conn, s http.ConnState) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch s {
	case http.StateNew:
		p.conns[c] = struct{}{}
	case http.StateClosed, http.StateHijacked:
		delete(p.conns, c)
	}
}

// message is one JSON-RPC request or response.
type message struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id,omitempty"`
	Method  string            `json:"method,omitempty"`
	Params  []json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage   `json:"result,omitempty"`
	Error   *rpcError         `json:"error,omitempty"`
}

type rpcError struct {
	Code    int             `json:"code"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data,omitempty"`
}

// dropError asks the handler to answer HTTP status code (0: close the
// connection) instead of the upstream's answer.
type dropError struct{ code int }

func (e dropError) Error() string { return fmt.Sprintf("drop answer (status %d)", e.code) }

func (p *Proxy) serveHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if err != nil {
		http.Error(w, "read body", http.StatusBadRequest)
		return
	}
	batch := len(bytes.TrimLeft(body, " \t\r\n")) > 0 && bytes.TrimLeft(body, " \t\r\n")[0] == '['
	var reqs []message
	if batch {
		err = json.Unmarshal(body, &reqs)
	} else {
		var m message
		err = json.Unmarshal(body, &m)
		reqs = []message{m}
	}
	if err != nil {
		writeJSON(w, message{JSONRPC: "2.0", ID: json.RawMessage("null"), Error: &rpcError{Code: -32700, Message: "parse error"}})
		return
	}
	methods := make([]string, 0, len(reqs))
	p.mu.Lock()
	p.requests++
	p.mu.Unlock()
	for _, m := range reqs {
		p.count(p.received, m.Method)
		methods = append(methods, m.Method)
	}
	if code, ok := p.statusFault(methods); ok {
		p.inject(FaultStatus)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_, _ = fmt.Fprintf(w, `{"jsonrpc":"2.0","id":null,"error":{"code":%d,"message":%q}}`, code, http.StatusText(code))
		return
	}
	resps := make([]message, 0, len(reqs))
	var drop *dropError
	for _, m := range reqs {
		resp, err := p.handle(r.Context(), m)
		if de := (dropError{}); errors.As(err, &de) {
			drop = &de
			continue
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		resps = append(resps, resp)
	}
	if drop != nil {
		p.inject(FaultDroppedSend)
		if drop.code != 0 {
			http.Error(w, "upstream answer lost", drop.code)
			return
		}
		dropConn(w)
		return
	}
	if batch {
		writeJSON(w, resps)
		return
	}
	writeJSON(w, resps[0])
}

// dropConn closes the client's connection without a response.
func dropConn(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if c, _, err := hj.Hijack(); err == nil {
			_ = c.Close()
			return
		}
	}
	http.Error(w, "response dropped", http.StatusBadGateway)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// handle answers one request: locally when a fault or the lag decides,
// otherwise by forwarding it.
func (p *Proxy) handle(ctx context.Context, m message) (message, error) {
	f := p.snapshot()
	if m.Method == "eth_getLogs" && f.logsEmpty {
		p.inject(FaultLogsEmpty)
		return result(m, json.RawMessage("[]")), nil
	}
	var head uint64
	if f.lag > 0 {
		h, err := p.upstreamHead(ctx)
		if err != nil {
			return message{}, err
		}
		head = lagged(h, f.lag)
		var local *message
		if m, local = p.rewriteForLag(m, head); local != nil {
			return *local, nil
		}
	}
	if m.Method == "eth_getLogs" {
		headFn := func() (uint64, error) {
			if f.lag > 0 {
				return head, nil
			}
			return p.upstreamHead(ctx)
		}
		if e := checkLogRange(m, f, headFn); e != nil {
			p.inject(FaultLogRange)
			return errorResp(m, *e), nil
		}
	}
	if m.Method == "eth_sendRawTransaction" {
		if code, ok := p.takeDrop(); ok {
			if _, err := p.forward(ctx, m); err != nil {
				return message{}, err
			}
			return message{}, dropError{code}
		}
	}
	resp, err := p.forward(ctx, m)
	if err != nil {
		return message{}, err
	}
	if f.lag > 0 {
		resp = p.hideAboveHead(m.Method, resp, head)
	}
	if m.Method == "eth_getLogs" && f.maxResults > 0 && resp.Error == nil {
		var logs []json.RawMessage
		if json.Unmarshal(resp.Result, &logs) == nil && len(logs) > f.maxResults {
			p.inject(FaultLogResults)
			return errorResp(m, tooManyResults(f.maxResults)), nil
		}
	}
	return resp, nil
}

// forward sends one request upstream and returns its answer. A request
// once forwarded reaches upstream whatever its client does meanwhile (a
// node keeps a transaction whose sender hung up or was killed), and it
// is counted in Forwarded once upstream has answered it: a test that
// kills its client on that count knows the node has the request.
func (p *Proxy) forward(ctx context.Context, m message) (message, error) {
	resp, err := p.call(context.WithoutCancel(ctx), m)
	if err == nil {
		p.count(p.forwarded, m.Method)
	}
	return resp, err
}

func (p *Proxy) call(ctx context.Context, m message) (message, error) {
	body, err := json.Marshal(m)
	if err != nil {
		return message{}, fmt.Errorf("encode %s: %w", m.Method, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.upstream, bytes.NewReader(body))
	if err != nil {
		return message{}, fmt.Errorf("upstream request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return message{}, fmt.Errorf("upstream %s: %w", m.Method, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		return message{}, fmt.Errorf("upstream %s: read: %w", m.Method, err)
	}
	var out message
	if err := json.Unmarshal(raw, &out); err != nil {
		return message{}, fmt.Errorf("upstream %s: status %d: decode: %w", m.Method, resp.StatusCode, err)
	}
	return out, nil
}

func result(req message, v json.RawMessage) message {
	return message{JSONRPC: "2.0", ID: req.ID, Result: v}
}

func errorResp(req message, e rpcError) message {
	return message{JSONRPC: "2.0", ID: req.ID, Error: &e}
}
