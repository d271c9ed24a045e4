package market_test

import (
	"context"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/market"
	"github.com/cairn-storage/cairn/testnet"
)

// tcpProxy forwards a loopback port to target and can go dead (connection
// refused) and come back on the same port, like an RPC node restarting.
type tcpProxy struct {
	addr, target string
	mu           sync.Mutex
	l            net.Listener
	conns        map[net.Conn]bool
	wg           sync.WaitGroup
}

func newTCPProxy(t *testing.T, target string) *tcpProxy {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &tcpProxy{addr: l.Addr().String(), target: target, conns: map[net.Conn]bool{}}
	p.serve(l)
	t.Cleanup(p.down)
	return p
}

func (p *tcpProxy) serve(l net.Listener) {
	p.mu.Lock()
	p.l = l
	p.mu.Unlock()
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns[c], p.conns[up] = true, true
			p.mu.Unlock()
			p.wg.Add(2)
			go func() { defer p.wg.Done(); _, _ = io.Copy(up, c); up.Close() }()
			go func() { defer p.wg.Done(); _, _ = io.Copy(c, up); c.Close() }()
		}
	}()
}

// down refuses connections and cuts the open ones.
func (p *tcpProxy) down() {
	p.mu.Lock()
	if p.l != nil {
		p.l.Close()
		p.l = nil
	}
	for c := range p.conns {
		c.Close()
	}
	p.conns = map[net.Conn]bool{}
	p.mu.Unlock()
	p.wg.Wait()
}

func (p *tcpProxy) up(t *testing.T) {
	l, err := net.Listen("tcp", p.addr)
	if err != nil {
		t.Fatalf("re-listen on %s: %v", p.addr, err)
	}
	p.serve(l)
}

// TestProviderSurvivesDeadRPC: a provider whose RPC endpoint dies for a few
// epochs keeps running and proves again once the endpoint is back.
func TestProviderSurvivesDeadRPC(t *testing.T) {
	w := newWorld(t, 2)
	ctx := t.Context()
	proxy := newTCPProxy(t, w.chain.Anvil.URL[len("http://"):])

	signer, err := testnet.Account(7)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.chain.Fund(ctx, signer.Address(), nil, testnet.Tokens(10_000)); err != nil {
		t.Fatal(err)
	}
	cl, err := chain.Dial(ctx, "http://"+proxy.addr, w.chain.Anvil.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	snd, err := market.NewSender(cl, signer, chain.DefaultSenderConfig())
	if err != nil {
		t.Fatal(err)
	}
	m, err := market.Open(ctx, cl, snd, w.chain.Dep)
	if err != nil {
		t.Fatal(err)
	}
	prov, err := market.OpenProvider(providerConfig(), w.log.With("proxied", true), m, market.ProviderDir{Dir: t.TempDir(), Capacity: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	defer prov.Close()
	pctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- prov.Run(pctx) }()
	defer func() {
		stop()
		<-done
	}()

	client, keys := w.newClient(newMnemonic(t), smallClientConfig())
	path, _ := randomFile(t, 20_000)
	res, err := client.Put(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var slot [32]byte
	for i, h := range res.Providers {
		if h == signer.Address() {
			slot = market.SlotID(res.ID, uint64(i))
		}
	}
	if slot == ([32]byte{}) {
		t.Fatalf("the proxied provider holds no slot: %v", res.Providers)
	}
	reader := w.marketFor(keys)
	proofs := func() uint64 {
		c, err := reader.ProofCounts(ctx, [][32]byte{slot})
		if err != nil {
			t.Fatal(err)
		}
		return c[slot]
	}
	waitFor(t, ctx, "a first proof", 30*time.Second, func() (bool, error) { return proofs() > 0, nil })

	errsBefore := counterSum(t, prov.Metrics().Registry(), "cairn_errors_total")
	proxy.down()
	time.Sleep(4 * time.Second) // two epochs without a node
	select {
	case err := <-done:
		t.Fatalf("provider stopped while its RPC was down: %v", err)
	default:
	}
	hctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	rep := prov.Health(hctx)
	cancel()
	if rep.Status != "degraded" || len(rep.Reasons) == 0 || !strings.HasPrefix(rep.Reasons[0], "rpc unreachable") {
		t.Errorf("health with the RPC down = %+v, want degraded: rpc unreachable", rep)
	}
	if got := counterSum(t, prov.Metrics().Registry(), "cairn_errors_total"); got <= errsBefore {
		t.Errorf("cairn_errors_total %v → %v while the RPC was down, want it counted", errsBefore, got)
	}
	before := proofs()
	proxy.up(t)
	waitFor(t, ctx, "a proof after the RPC came back", 30*time.Second, func() (bool, error) { return proofs() > before, nil })
	waitFor(t, ctx, "health ok again", 30*time.Second, func() (bool, error) { return prov.Health(ctx).Status == "ok", nil })
}

// counterSum sums a counter vector's values over its labels.
func counterSum(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() == name {
			for _, m := range mf.GetMetric() {
				sum += m.GetCounter().GetValue()
			}
		}
	}
	return sum
}
