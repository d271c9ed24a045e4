package market_test

import (
	"math/big"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/market"
)

// TestPutSurvivesDeadRPC: the client's RPC endpoint dies right after its
// request was mined and comes back 3 s later; the put keeps polling and
// completes the same request, paid once.
func TestPutSurvivesDeadRPC(t *testing.T) {
	w := newWorld(t, 3)
	ctx := t.Context()
	proxy := newTCPProxy(t, w.chain.Anvil.URL[len("http://"):])
	mn := newMnemonic(t)
	_, keys := w.newClient(mn, smallClientConfig()) // funds the wallet
	cl, err := chain.Dial(ctx, "http://"+proxy.addr, w.chain.Anvil.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	snd, err := market.NewSender(cl, signerOf(keys), chain.DefaultSenderConfig())
	if err != nil {
		t.Fatal(err)
	}
	m, err := market.Open(ctx, cl, snd, w.chain.Dep)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	defer wg.Wait()
	var once sync.Once
	cfg := smallClientConfig()
	cfg.TempDir = t.TempDir()
	cfg.Progress = func(ev market.Progress) {
		if ev.Stage == "request" && ev.Done == 1 {
			once.Do(func() {
				proxy.down()
				wg.Add(1)
				go func() {
					defer wg.Done()
					time.Sleep(3 * time.Second)
					l, err := net.Listen("tcp", proxy.addr)
					if err != nil {
						t.Errorf("re-listen: %v", err)
						return
					}
					proxy.serve(l)
				}()
			})
		}
	}
	client, err := market.NewClient(cfg, w.log, m, keys, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	reader := w.marketFor(keys)
	before, err := reader.TokenBalance(ctx, keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	path, data := randomFile(t, 2<<20)
	res, err := client.Put(ctx, path)
	if err != nil {
		t.Fatalf("put across an RPC outage: %v", err)
	}
	after, err := reader.TokenBalance(ctx, keys.WalletAddress())
	if err != nil {
		t.Fatal(err)
	}
	if paid := new(big.Int).Sub(before, after); paid.Cmp(res.Quote.Total) != 0 {
		t.Fatalf("paid %s, one request costs %s", paid, res.Quote.Total)
	}
	getExact(t, client, &storedFile{name: "across outage", data: data, res: res})
}
