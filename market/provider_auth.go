package market

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market/p2p"
)

// authRefresh is how long a request's set of repairers is reused.
const authRefresh = 2 * time.Second

// authCache answers fetch authorization from cached chain facts: the
// request's authKey (immutable terms) and the reservers of its lost slots,
// read at most once per authRefresh per request whoever asks. A stranger's
// request costs a map lookup, not an RPC round.
type authCache struct {
	m     *Market
	terms *termsCache

	mu        sync.Mutex
	repairers map[[32]byte]repairerSet
}

type repairerSet struct {
	at   time.Time
	who  map[common.Address]bool
	busy *sync.Mutex // held while one caller refreshes
}

func newAuthCache(m *Market, terms *termsCache) *authCache {
	return &authCache{m: m, terms: terms, repairers: map[[32]byte]repairerSet{}}
}

func (a *authCache) authorizeFetch(ctx context.Context, req [32]byte, signer common.Address) error {
	ri, err := a.terms.get(ctx, req)
	if err != nil {
		return err
	}
	if signer == ri.AuthKey {
		return nil
	}
	who, err := a.repairersOf(ctx, req, uint64(ri.K)+uint64(ri.M))
	if err != nil {
		return err
	}
	if who[signer] {
		return nil
	}
	return fmt.Errorf("%s is neither the client nor a repairer of %s: %w", signer, short(req), p2p.ErrUnauthorized)
}

// repairersOf returns the live reservers of req's freed or unfilled slots.
func (a *authCache) repairersOf(ctx context.Context, req [32]byte, n uint64) (map[common.Address]bool, error) {
	a.mu.Lock()
	set, ok := a.repairers[req]
	if !ok {
		set = repairerSet{busy: &sync.Mutex{}}
		a.repairers[req] = set
	}
	a.mu.Unlock()
	set.busy.Lock()
	defer set.busy.Unlock()
	a.mu.Lock()
	set = a.repairers[req]
	a.mu.Unlock()
	if set.who != nil && time.Since(set.at) < authRefresh {
		return set.who, nil
	}
	who := map[common.Address]bool{}
	for i := uint64(0); i < n; i++ {
		sid := SlotID(req, i)
		si, err := a.m.SlotInfo(ctx, sid)
		if err != nil {
			return nil, err
		}
		if si.State != SlotFreed && si.State != SlotOpen {
			continue
		}
		rs, err := a.m.Reservations(ctx, sid)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			if r.Reserver != (common.Address{}) {
				who[r.Reserver] = true
			}
		}
	}
	a.mu.Lock()
	if len(a.repairers) > 4096 { // bounded: forget everything rather than grow
		a.repairers = map[[32]byte]repairerSet{}
	}
	a.repairers[req] = repairerSet{at: time.Now(), who: who, busy: set.busy}
	a.mu.Unlock()
	return who, nil
}
