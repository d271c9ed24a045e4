package rpcproxy

import (
	"errors"
	"fmt"
	"net"
	"time"
)

// SetDown switches the endpoint off (listener closed: connection refused;
// open connections cut) or back on, on the same port.
func (p *Proxy) SetDown(down bool) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return errors.New("rpcproxy: closed")
	}
	if p.downTimer != nil {
		p.downTimer.Stop()
		p.downTimer = nil
	}
	return p.setDownLocked(down)
}

func (p *Proxy) setDownLocked(down bool) error {
	if down == p.down {
		return nil
	}
	if down {
		p.down = true
		p.injected[FaultDown]++
		_ = p.l.Close()
		for c := range p.conns {
			_ = c.Close()
		}
		return nil
	}
	l, err := net.Listen("tcp", p.addr)
	if err != nil {
		return fmt.Errorf("rpcproxy: re-listen on %s: %w", p.addr, err)
	}
	p.down = false
	p.l = l
	p.serving.Add(1)
	go func() {
		defer p.serving.Done()
		_ = p.srv.Serve(l)
	}()
	return nil
}

// Down takes the endpoint down for d, then brings it back by itself.
func (p *Proxy) Down(d time.Duration) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return errors.New("rpcproxy: closed")
	}
	if p.downTimer != nil {
		p.downTimer.Stop()
	}
	if err := p.setDownLocked(true); err != nil {
		return err
	}
	p.downTimer = time.AfterFunc(d, func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		if !p.closed {
			_ = p.setDownLocked(false)
		}
		p.downTimer = nil
	})
	return nil
}

// IsDown reports whether the endpoint is switched off.
func (p *Proxy) IsDown() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.down
}

// Requests is how many HTTP requests reached the proxy (a JSON-RPC batch
// is one, however many calls it carries; FailEvery counts these).
func (p *Proxy) Requests() int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.requests
}

// Received is how many requests for method reached the proxy (each call
// of a batch counts).
func (p *Proxy) Received(method string) int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.received[method]
}

// Forwarded is how many requests for method the proxy sent upstream.
func (p *Proxy) Forwarded(method string) int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.forwarded[method]
}

// Injected is how often fault fired.
func (p *Proxy) Injected(fault Fault) int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.injected[fault]
}

func (p *Proxy) count(m map[string]int64, method string) {
	p.mu.Lock()
	m[method]++
	p.mu.Unlock()
}

func (p *Proxy) inject(f Fault) {
	p.mu.Lock()
	p.injected[f]++
	p.mu.Unlock()
}
