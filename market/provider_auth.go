package market

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market/p2p"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// maxCached bounds each cache below; when full it is forgotten whole.
const maxCached = 4096

// v2Terms caches the immutable terms of requests (auth key, shard size,
// slot count) and the roots of their slots.
type v2Terms struct {
	m *marketv2.Market

	mu    sync.Mutex
	reqs  map[[32]byte]reqTerms
	roots map[[32]byte][32]byte
}

type reqTerms struct {
	authKey common.Address
	size    uint64 // shard size
	n       uint64 // k + m
}

type slotTerms struct {
	size uint64
	root [32]byte
}

func newV2Terms(m *marketv2.Market) *v2Terms {
	return &v2Terms{m: m, reqs: map[[32]byte]reqTerms{}, roots: map[[32]byte][32]byte{}}
}

// request returns req's terms; ErrNotFound for a request the chain does
// not know.
func (t *v2Terms) request(ctx context.Context, req [32]byte) (reqTerms, error) {
	t.mu.Lock()
	rt, ok := t.reqs[req]
	t.mu.Unlock()
	if ok {
		return rt, nil
	}
	ri, err := t.m.RequestInfo(ctx, req)
	if err != nil {
		return rt, err
	}
	if ri.State == marketv2.RequestNone {
		return rt, fmt.Errorf("request %s: %w", short(req), p2p.ErrNotFound)
	}
	rt = reqTerms{authKey: ri.AuthKey, size: ri.ShardSize, n: uint64(ri.K) + uint64(ri.M)}
	t.mu.Lock()
	if len(t.reqs) >= maxCached {
		t.reqs = map[[32]byte]reqTerms{}
	}
	t.reqs[req] = rt
	t.mu.Unlock()
	return rt, nil
}

// slot returns the shard size and root of slot index of req.
func (t *v2Terms) slot(ctx context.Context, req [32]byte, index uint64) (slotTerms, error) {
	rt, err := t.request(ctx, req)
	if err != nil {
		return slotTerms{}, err
	}
	id := marketv2.SlotID(req, index)
	t.mu.Lock()
	root, ok := t.roots[id]
	t.mu.Unlock()
	if !ok {
		si, err := t.m.SlotInfo(ctx, req, index)
		if err != nil {
			return slotTerms{}, err
		}
		root = si.Root
		t.mu.Lock()
		if len(t.roots) >= maxCached {
			t.roots = map[[32]byte][32]byte{}
		}
		t.roots[id] = root
		t.mu.Unlock()
	}
	return slotTerms{size: rt.size, root: root}, nil
}

// fetchRefresh is how long a request's set of allowed fetchers is reused.
const fetchRefresh = 2 * time.Second

// v2Auth is the v2 provider's p2p.Authorizer. A push is allowed to the
// request's client for a slot our sales reserved (no RPC: the reservation
// is local; one we sent and have no receipt for yet is waited for); a fetch to the request's client or a live reserver of one
// of its Repair, Late or Renewal slots (a repairer rebuilding it), read
// at most once per fetchRefresh per request whoever asks, so a stranger
// costs a map lookup.
type v2Auth struct {
	m        *marketv2.Market
	terms    *v2Terms
	reserved *reservedSlots
	find     func(slot [32]byte) ([32]byte, bool) // slot → request, from our stores

	mu       sync.Mutex
	fetchers map[[32]byte]fetcherSet
}

type fetcherSet struct {
	at   time.Time
	who  map[common.Address]bool
	busy *sync.Mutex // held while one caller refreshes
}

var (
	_ p2p.Authorizer        = (*v2Auth)(nil)
	_ p2p.ReservationSource = (*v2Auth)(nil)
)

func newV2Auth(m *marketv2.Market, terms *v2Terms, reserved *reservedSlots, find func([32]byte) ([32]byte, bool)) *v2Auth {
	return &v2Auth{m: m, terms: terms, reserved: reserved, find: find, fetchers: map[[32]byte]fetcherSet{}}
}

// AuthorizePush allows the request's client to push a slot we reserved
// or are reserving (the inbox holds such a push until the outcome).
func (a *v2Auth) AuthorizePush(ctx context.Context, slot [32]byte, signer common.Address) error {
	req, ok := a.reserved.requestOf(slot)
	if !ok {
		return fmt.Errorf("no reservation of ours for slot %s: %w", short(slot), p2p.ErrUnauthorized)
	}
	return a.isClient(ctx, req, signer)
}

// isClient refuses a signer that is not req's client.
func (a *v2Auth) isClient(ctx context.Context, req [32]byte, signer common.Address) error {
	rt, err := a.terms.request(ctx, req)
	if err != nil {
		return err
	}
	if signer != rt.authKey {
		return fmt.Errorf("signer %s is not the request's client: %w", signer, p2p.ErrUnauthorized)
	}
	return nil
}

// Reserving tells req's client which slot of req our sales is reserving
// (or reserved and has not received), so it can push before the
// reservation is mined; ErrNotFound if sales sends none within
// reservingWait.
func (a *v2Auth) Reserving(ctx context.Context, req [32]byte, signer common.Address) (uint64, error) {
	if err := a.isClient(ctx, req, signer); err != nil {
		return 0, err
	}
	index, ok := a.reserved.reserving(ctx, req)
	if !ok {
		return 0, fmt.Errorf("no reservation of ours in request %s within %s: %w", short(req), reservingWait, p2p.ErrNotFound)
	}
	return index, nil
}

// AuthorizeFetch allows the request's client and the live reservers of
// its Repair, Late and Renewal slots; never its other holders (a lazy
// holder could rebuild its challenged leaves from k peers each epoch).
func (a *v2Auth) AuthorizeFetch(ctx context.Context, slot [32]byte, signer common.Address) error {
	req, ok := a.find(slot)
	if !ok {
		return fmt.Errorf("slot %s: %w", short(slot), p2p.ErrNotFound)
	}
	rt, err := a.terms.request(ctx, req)
	if err != nil {
		return err
	}
	if signer == rt.authKey {
		return nil
	}
	who, err := a.fetchersOf(ctx, req, rt.n)
	if err != nil {
		return err
	}
	if who[signer] {
		return nil
	}
	return fmt.Errorf("%s is neither the client nor a repairer of %s: %w", signer, short(req), p2p.ErrUnauthorized)
}

// fetchersOf returns the live reservers of req's Repair, Late and Renewal
// slots, refreshed at most once per fetchRefresh.
func (a *v2Auth) fetchersOf(ctx context.Context, req [32]byte, n uint64) (map[common.Address]bool, error) {
	a.mu.Lock()
	set, ok := a.fetchers[req]
	if !ok {
		set = fetcherSet{busy: &sync.Mutex{}}
		a.fetchers[req] = set
	}
	a.mu.Unlock()
	set.busy.Lock()
	defer set.busy.Unlock()
	a.mu.Lock()
	set = a.fetchers[req]
	a.mu.Unlock()
	if set.who != nil && time.Since(set.at) < fetchRefresh {
		return set.who, nil
	}
	head, err := a.m.Client().BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	who := map[common.Address]bool{}
	for i := range n {
		si, err := a.m.SlotInfo(ctx, req, i)
		if err != nil {
			return nil, err
		}
		if si.Kind != marketv2.KindRepair && si.Kind != marketv2.KindLate && si.Kind != marketv2.KindRenewal {
			continue
		}
		rs, err := a.m.Reservations(ctx, req, i)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			if r.Reserver != (common.Address{}) && head <= r.BlockNumber+a.m.Config.ReservationTTL {
				who[r.Reserver] = true
			}
		}
	}
	a.mu.Lock()
	if len(a.fetchers) >= maxCached {
		a.fetchers = map[[32]byte]fetcherSet{}
	}
	a.fetchers[req] = fetcherSet{at: time.Now(), who: who, busy: set.busy}
	a.mu.Unlock()
	return who, nil
}
