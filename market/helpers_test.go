package market_test

import (
	"sync"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/internal/hdwallet"
	"github.com/cairn-storage/cairn/market"
)

// progressLog records a client's progress events.
type progressLog struct {
	mu  sync.Mutex
	evs []market.Progress
}

func (p *progressLog) record(ev market.Progress) {
	p.mu.Lock()
	p.evs = append(p.evs, ev)
	p.mu.Unlock()
}

// fetches reports the slots whose fetch started and those that completed.
func (p *progressLog) fetches() (started, done map[int]bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	started, done = map[int]bool{}, map[int]bool{}
	for _, ev := range p.evs {
		if ev.Stage != "fetch" {
			continue
		}
		started[ev.Slot] = true
		if ev.Total > 0 && ev.Done == ev.Total {
			done[ev.Slot] = true
		}
	}
	return started, done
}

// newMnemonic draws a fresh wallet mnemonic.
func newMnemonic(t testing.TB) string {
	t.Helper()
	mn, err := hdwallet.NewMnemonic()
	if err != nil {
		t.Fatal(err)
	}
	return mn
}

// smallClientConfig is a 2+1 client polling every 100 ms, for tests with
// three providers.
func smallClientConfig() market.ClientConfig {
	cfg := market.DefaultClientConfig()
	cfg.K, cfg.M, cfg.Poll = 2, 1, 100*time.Millisecond
	return cfg
}
