package rpcproxy

// faults is the set of faults switched on; a copy is taken per request.
type faults struct {
	lag        uint64
	dropSends  int
	logsEmpty  bool
	maxRange   uint64
	maxResults int
	failCode   int
	failLeft   int
	everyCode  int
	every      int
	requests   int // counted for FailEvery
}

func (p *Proxy) snapshot() faults {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.f
}

// Lag serves the chain n blocks behind the upstream head; 0 switches it off.
func (p *Proxy) Lag(n uint64) {
	p.mu.Lock()
	p.f.lag = n
	p.mu.Unlock()
}

// DropSendResponse forwards the next n eth_sendRawTransaction requests but
// closes the connection instead of answering them.
func (p *Proxy) DropSendResponse(n int) {
	p.mu.Lock()
	p.f.dropSends = n
	p.mu.Unlock()
}

func (p *Proxy) takeDrop() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.f.dropSends > 0 {
		p.f.dropSends--
		return true
	}
	return false
}

// LogsEmpty makes eth_getLogs answer [] (on) or forward again (off).
func (p *Proxy) LogsEmpty(on bool) {
	p.mu.Lock()
	p.f.logsEmpty = on
	p.mu.Unlock()
}

// LogLimits refuses eth_getLogs over more than maxRange blocks or returning
// more than maxResults logs, as public providers do; 0 lifts a limit.
// Typical public values: LogLimits(1000, 10000).
func (p *Proxy) LogLimits(maxRange uint64, maxResults int) {
	p.mu.Lock()
	p.f.maxRange, p.f.maxResults = maxRange, maxResults
	p.mu.Unlock()
}

// FailStatus answers the next n requests with HTTP status code (e.g. 429
// Too Many Requests, 503) without forwarding them; n = 0 switches it off.
func (p *Proxy) FailStatus(code, n int) {
	p.mu.Lock()
	p.f.failCode, p.f.failLeft = code, n
	p.mu.Unlock()
}

// Status429 answers the next n requests with 429 Too Many Requests.
func (p *Proxy) Status429(n int) { p.FailStatus(429, n) }

// FailMethod answers the next n requests for method with HTTP status code
// without forwarding them (other methods pass); n = 0 switches it off.
func (p *Proxy) FailMethod(method string, code, n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n == 0 {
		delete(p.methodFail, method)
		return
	}
	p.methodFail[method] = methodFault{code: code, left: n}
}

type methodFault struct{ code, left int }

// FailEvery answers every k-th request with HTTP status code, like a rate
// limit; k = 0 switches it off.
func (p *Proxy) FailEvery(code, k int) {
	p.mu.Lock()
	p.f.everyCode, p.f.every, p.f.requests = code, k, 0
	p.mu.Unlock()
}

// Reset switches every fault off (the endpoint stays up or down as it is).
func (p *Proxy) Reset() {
	p.mu.Lock()
	p.f = faults{}
	p.methodFail = map[string]methodFault{}
	p.mu.Unlock()
}

// statusFault reports whether this HTTP request (carrying methods) is to be
// failed, and how.
func (p *Proxy) statusFault(methods []string) (int, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, m := range methods {
		if mf, ok := p.methodFail[m]; ok && mf.left > 0 {
			mf.left--
			p.methodFail[m] = mf
			return mf.code, true
		}
	}
	if p.f.failLeft > 0 {
		p.f.failLeft--
		return p.f.failCode, true
	}
	if p.f.every > 0 {
		p.f.requests++
		if p.f.requests%p.f.every == 0 {
			return p.f.everyCode, true
		}
	}
	return 0, false
}
