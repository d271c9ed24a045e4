package market

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/market/p2p"
	"github.com/cairn-storage/cairn/storage"
)

// Quote is what a put will cost.
type Quote struct {
	Size        int64
	ShardSize   uint64
	K, M        int
	StartEpoch  uint64
	EndEpoch    uint64
	Escrow      *big.Int // price · (k+m) · epochs
	Reserve     *big.Int // repair reserve, unused part refunded at finish
	Total       *big.Int // tokens pulled by requestStorage
	GasEstimate uint64   // approve + requestStorage, roughly
}

// Quote prices storing size bytes under the client's terms.
func (c *Client) Quote(ctx context.Context, size int64) (Quote, error) {
	shard, err := storage.ShardSize(size, c.cfg.K)
	if err != nil {
		return Quote{}, err
	}
	epoch, _, err := c.m.Clock.Current(ctx)
	if err != nil {
		return Quote{}, err
	}
	q := Quote{Size: size, ShardSize: shard, K: c.cfg.K, M: c.cfg.M, StartEpoch: epoch + 1, EndEpoch: epoch + 1 + c.cfg.Epochs}
	slots := big.NewInt(int64(c.cfg.K + c.cfg.M))
	q.Escrow = new(big.Int).Mul(new(big.Int).Mul(c.cfg.PricePerSlotEpoch, slots), new(big.Int).SetUint64(c.cfg.Epochs))
	q.Reserve = new(big.Int).Set(c.cfg.RepairReserve)
	q.Total = new(big.Int).Add(q.Escrow, q.Reserve)
	// From receipts (BENCHMARKS.md, Gas): requestStorage costs ~172k plus
	// ~33k per slot (238k for 2 slots, 371k for 6); a permit adds ~35k.
	q.GasEstimate = 172_000 + 33_000*uint64(c.cfg.K+c.cfg.M) + 35_000
	return q, nil
}

// PutResult is a stored file.
type PutResult struct {
	ID        [32]byte
	Name      string
	Size      int64
	ShardSize uint64
	Roots     [][32]byte
	Quote     Quote
	Providers []common.Address // slot holders, by index
}

// Put encrypts, erasure-codes and stores the file at path, and returns
// once every slot is filled. If the slots are not filled by the request's
// expiry, the request is cancelled (refunded) and ErrNotFilled returned.
func (c *Client) Put(ctx context.Context, path string) (PutResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return PutResult{}, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return PutResult{}, fmt.Errorf("stat %s: %w", path, err)
	}
	if !st.Mode().IsRegular() {
		return PutResult{}, fmt.Errorf("%s is not a regular file", path)
	}
	q, err := c.Quote(ctx, st.Size())
	if err != nil {
		return PutResult{}, err
	}
	tmp, err := c.tempDir("put-")
	if err != nil {
		return PutResult{}, fmt.Errorf("staging dir: %w", err)
	}
	defer os.RemoveAll(tmp)

	key, err := storage.NewFileKey()
	if err != nil {
		return PutResult{}, err
	}
	c.progress(Progress{Stage: "encode", Slot: -1, Total: st.Size()})
	res, paths, err := storage.EncodeFiles(ctx, f, st.Size(), key, c.cfg.K, c.cfg.M, tmp)
	if err != nil {
		return PutResult{}, fmt.Errorf("encode %s: %w", path, err)
	}
	c.progress(Progress{Stage: "encode", Slot: -1, Done: st.Size(), Total: st.Size()})

	name := filepath.Base(path)
	sealed, err := storage.SealManifest(c.keys.Master, storage.Manifest{
		Name: name, Size: st.Size(), FileKey: key, K: c.cfg.K, M: c.cfg.M, ShardSize: res.ShardSize, Cipher: res.Cipher, Created: time.Now().UTC(),
	}, c.binding(res.Roots))
	if err != nil {
		return PutResult{}, err
	}
	head, err := c.m.Client().BlockNumber(ctx)
	if err != nil {
		return PutResult{}, err
	}
	params := contracts.IMarketplaceRequestParams{
		K: uint8(c.cfg.K), M: uint8(c.cfg.M), ShardSize: res.ShardSize,
		StartEpoch: q.StartEpoch, EndEpoch: q.EndEpoch,
		PricePerSlotEpoch: c.cfg.PricePerSlotEpoch, CollateralPerSlot: c.cfg.CollateralPerSlot,
		Expiry: min(head+c.cfg.ExpiryBlocks, c.m.Clock.Start(q.EndEpoch)), AuthKey: c.keys.AuthAddress(), CancelOnExpiry: c.cfg.CancelOnExpiry,
		RepairBonus: c.cfg.RepairBonus, RepairReserve: c.cfg.RepairReserve,
		ShardRoots: res.Roots, Manifest: sealed,
	}
	if c.cfg.Place {
		if placed, err := c.place(ctx, c.cfg.K+c.cfg.M); err != nil {
			c.log.Warn("placement skipped", "err", err)
		} else if placed != nil {
			params.AllowedProviders = placed
		}
	}
	c.progress(Progress{Stage: "request", Slot: -1, Total: 1})
	id, err := c.request(ctx, params, q.Total)
	if err != nil {
		return PutResult{}, err
	}
	c.progress(Progress{Stage: "request", Slot: -1, Done: 1, Total: 1})
	c.log.Info("storage requested", "request_id", fmt.Sprintf("0x%x", id), "shard_size", res.ShardSize, "slots", c.cfg.K+c.cfg.M)
	holders, err := c.pushUntilFilled(ctx, id, params, paths)
	if err != nil {
		if ctx.Err() != nil {
			// Interrupted (Ctrl-C) before every slot was filled: the staged
			// shards are about to go, so cancel the request and take the
			// refund back rather than leave escrow behind.
			err = fmt.Errorf("%w; %s", err, c.abandon(id))
		}
		return PutResult{ID: id}, err
	}
	return PutResult{ID: id, Name: name, Size: st.Size(), ShardSize: res.ShardSize, Roots: res.Roots, Quote: q, Providers: holders}, nil
}

// abandon cancels an unfilled request of ours and withdraws the refund, on
// a context of its own (the caller's is done). It says what happened.
func (c *Client) abandon(id [32]byte) string {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.m.CancelRequest(ctx, id); err != nil {
		return fmt.Sprintf("request 0x%x left pending (cancel failed: %v); it can be cancelled after its expiry", id, err)
	}
	amt, err := c.m.Withdraw(ctx)
	if err != nil {
		return fmt.Sprintf("request 0x%x cancelled; the refund waits in the marketplace (`cairn withdraw`): %v", id, err)
	}
	return fmt.Sprintf("request 0x%x cancelled and %s token units refunded", id, amt)
}

// request pays with the standing allowance when it covers cost, else with
// an EIP-2612 permit (one transaction), else (UsePermit off) approves first.
func (c *Client) request(ctx context.Context, params contracts.IMarketplaceRequestParams, cost *big.Int) ([32]byte, error) {
	allow, err := c.m.Allowance(ctx)
	if err != nil {
		return [32]byte{}, err
	}
	if allow.Cmp(cost) < 0 {
		if c.cfg.UsePermit {
			id, _, err := c.m.RequestStorageWithPermit(ctx, params)
			return id, err
		}
		if err := c.m.EnsureAllowance(ctx, cost); err != nil {
			return [32]byte{}, err
		}
	}
	id, _, err := c.m.RequestStorage(ctx, params)
	return id, err
}

// pushUntilFilled pushes each shard to whoever reserved its slot, until
// every slot is filled or the request expires (then it is cancelled).
func (c *Client) pushUntilFilled(ctx context.Context, id [32]byte, params contracts.IMarketplaceRequestParams, paths []string) ([]common.Address, error) {
	n := len(paths)
	var mu sync.Mutex
	pushed := map[string]bool{} // slot/provider pairs done or in flight
	var wg sync.WaitGroup
	defer wg.Wait()
	pctx, cancel := context.WithCancel(ctx)
	defer cancel()
	t := time.NewTicker(c.cfg.Poll)
	defer t.Stop()
	for {
		holders := make([]common.Address, n)
		filled := 0
		for i := 0; i < n; i++ {
			si, err := c.m.SlotInfo(ctx, SlotID(id, uint64(i)))
			if err != nil {
				return nil, err
			}
			if si.State == SlotFilled {
				holders[i] = si.Provider
				filled++
			}
		}
		c.progress(Progress{Stage: "fill", Slot: -1, Done: int64(filled), Total: int64(n)})
		if filled == n {
			return holders, nil
		}
		head, err := c.m.Client().BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		if head > params.Expiry {
			cancel()
			wg.Wait()
			if params.CancelOnExpiry {
				if err := c.m.CancelRequest(ctx, id); err != nil {
					return nil, fmt.Errorf("%w (%d of %d) by expiry, and cancel failed: %v", ErrNotFilled, filled, n, err)
				}
				return nil, fmt.Errorf("%w: %d of %d slots by block %d; request cancelled and refunded", ErrNotFilled, filled, n, params.Expiry)
			}
			return nil, fmt.Errorf("%w: %d of %d slots by block %d; the rest stay open to repairers", ErrNotFilled, filled, n, params.Expiry)
		}
		rs, err := c.m.ReservationsOf(ctx, id)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			if holders[r.Index] != (common.Address{}) {
				continue
			}
			k := fmt.Sprintf("%d/%s/%d", r.Index, r.Provider, r.Block)
			mu.Lock()
			busy := pushed[k]
			pushed[k] = true
			mu.Unlock()
			if busy {
				continue
			}
			wg.Add(1)
			go func(r SlotReservation) {
				defer wg.Done()
				err := c.pushShard(pctx, r, params, paths[r.Index])
				if err != nil && pctx.Err() == nil {
					c.log.Warn("push failed, will retry", "slot", r.Index, "provider", r.Provider, "err", err)
					time.Sleep(time.Second)
					mu.Lock()
					delete(pushed, k)
					mu.Unlock()
				}
			}(r)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

func (c *Client) pushShard(ctx context.Context, r SlotReservation, params contracts.IMarketplaceRequestParams, path string) error {
	ai, err := PeerOf(ctx, c.m, r.Provider)
	if err != nil {
		return err
	}
	if err := c.host.Connect(ctx, ai); err != nil {
		return fmt.Errorf("connect to %s: %w", r.Provider, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	c.progress(Progress{Stage: "push", Slot: int(r.Index), Total: int64(params.ShardSize), Note: r.Provider.Hex()})
	src := &countingReaderAt{r: f, report: func(done int64) {
		if done < int64(params.ShardSize) { // Done == Total only once the provider committed
			c.progress(Progress{Stage: "push", Slot: int(r.Index), Done: done, Total: int64(params.ShardSize), Note: r.Provider.Hex()})
		}
	}}
	if err := c.host.Push(ctx, ai.ID, r.Slot, int64(params.ShardSize), params.ShardRoots[r.Index], src, c.auth); err != nil {
		return err
	}
	c.progress(Progress{Stage: "push", Slot: int(r.Index), Done: int64(params.ShardSize), Total: int64(params.ShardSize), Note: r.Provider.Hex()})
	return nil
}

// place picks n registered providers with distinct peer ids and distinct
// address ranges (IPv4 /24, IPv6 /48), or returns nil when too few exist.
// On a single-host devnet every provider shares 127.0.0.1, so address
// diversity is waived for loopback addresses (and the docs say so).
func (c *Client) place(ctx context.Context, n int) ([]common.Address, error) {
	regs, err := c.m.Providers(ctx)
	if err != nil {
		return nil, err
	}
	addrs := make([]common.Address, 0, len(regs))
	for a := range regs {
		addrs = append(addrs, a)
	}
	rand.Shuffle(len(addrs), func(i, j int) { addrs[i], addrs[j] = addrs[j], addrs[i] })
	seenPeer, seenNet := map[string]bool{}, map[string]bool{}
	var out []common.Address
	for _, a := range addrs {
		ai, err := p2p.DecodePeerInfo(regs[a])
		if err != nil || seenPeer[ai.ID.String()] {
			continue
		}
		netKey := addressRange(ai.Addrs)
		if netKey != "" && netKey != "loopback" && seenNet[netKey] {
			continue
		}
		// Place only on providers that answer now: a slot named for a dead
		// provider can never fill, and the request would fail at expiry.
		cctx, cancel := context.WithTimeout(ctx, 3*time.Second)
		err = c.host.Connect(cctx, ai)
		cancel()
		if err != nil {
			c.log.Info("not placing on an unreachable provider", "provider", a, "err", err)
			continue
		}
		seenPeer[ai.ID.String()], seenNet[netKey] = true, true
		out = append(out, a)
		if len(out) == n {
			return out, nil
		}
	}
	return nil, nil
}

func addressRange(addrs []ma.Multiaddr) string {
	for _, a := range addrs {
		if v, err := a.ValueForProtocol(ma.P_IP4); err == nil {
			ip := net.ParseIP(v)
			if ip.IsLoopback() {
				return "loopback"
			}
			return ip.Mask(net.CIDRMask(24, 32)).String()
		}
		if v, err := a.ValueForProtocol(ma.P_IP6); err == nil {
			ip := net.ParseIP(v)
			if ip.IsLoopback() {
				return "loopback"
			}
			return ip.Mask(net.CIDRMask(48, 128)).String()
		}
	}
	return ""
}
