package market

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"

	"github.com/cairn-storage/cairn/market/p2p"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// ClientConfig are the terms a client asks for and its pace.
type ClientConfig struct {
	K, M int
	// Epochs is the storage duration; storage starts at the next epoch.
	Epochs uint64
	// PricePerSlotEpoch is the pay per slot per proven epoch (token base units).
	PricePerSlotEpoch *big.Int
	// CollateralPerSlot is what each provider must lock.
	CollateralPerSlot *big.Int
	// ExpiryBlocks: unfilled slots stop taking initial fills this many blocks after the request.
	ExpiryBlocks uint64
	// CancelOnExpiry: if slots are still unfilled at expiry, cancel and refund
	// (else they stay open to repairers).
	CancelOnExpiry bool
	// RepairBonus is paid per repair (vested at finish) from RepairReserve.
	RepairBonus, RepairReserve *big.Int
	// Place names providers per slot (diverse peer ids and address ranges)
	// when enough are registered; else slots are open to anyone.
	Place bool
	// TempDir holds shards being fetched by get (default os.TempDir()); put
	// stages nothing.
	TempDir string
	// JournalDir holds the put journal, which lets a rerun of an
	// interrupted put resume its request instead of paying again ("": no
	// journal, and an interrupted put cancels its request).
	JournalDir string
	// SourceCache bounds the memory of recently coded stripes a put keeps
	// while streaming shards (0: storage.DefaultSourceCache).
	SourceCache int64
	// Poll is how often the chain is polled while waiting.
	Poll time.Duration
	// RPCPatience is how long a put keeps retrying failing chain reads
	// while its slots fill before it gives up (the request stays journalled).
	RPCPatience time.Duration
	// StallWindow and StallMinRate: a shard fetch that receives less than
	// StallMinRate bytes per second over a whole StallWindow is dropped for
	// another shard.
	StallWindow  time.Duration
	StallMinRate int64
	// MaxShardSize caps the shard size of one request (0: the
	// Marketplace's maxShardSize). A larger file is split into segments,
	// each its own request, put SegmentParallel at a time.
	MaxShardSize    uint64
	SegmentParallel int
	// PipelineAbove: a file larger than this, put over an uplink of
	// PipelineMinUplink or more, is put as SegmentParallel balanced
	// segments at least, even if one request would hold it, so that the
	// first pushes start after a part's roots pass and request, not the
	// whole file's, and the other parts' run beside them. Each extra
	// segment is one more request (its requestStorage, and a reserve and
	// a fill per slot: ~4.2M gas for 4+2); 0 puts a file in as few
	// requests as hold it.
	PipelineAbove int64
	// Uplink is the client's upload bandwidth in bytes per second, which
	// sizes shards so pushes end well inside the reservation TTL
	// (client_sizing.go; 0: the last put's measured push rate, else
	// DefaultUplink).
	Uplink int64
	// Hedge starts one extra (k+1th) fetch when a running one is on course
	// to take more than twice as long as the first that finished.
	Hedge bool
	// EndingHorizon: ls and status flag a live file ending within it
	// (FileEnd.Warn). BlockTime, when set, is the chain's block time for
	// the wall-clock estimate of each end; zero measures it from recent
	// headers (v2; v1 gives end epochs only).
	EndingHorizon time.Duration
	BlockTime     time.Duration
	// Progress, if set, receives progress events (stage, done, total).
	Progress func(ev Progress)
}

// Progress is one progress event of a put or get. For "push" and "fetch",
// Done == Total means the shard was committed by the provider (push) or
// verified against its root (fetch); transfer progress stays below Total.
type Progress struct {
	Stage       string // "encode", "request", "push", "fill", "fetch", "decode"
	Slot        int    // -1 when not about one slot
	Part        int    // 1-based segment of a split file; 0 for a file in one request
	Done, Total int64
	Note        string
}

// DefaultPipelineAbove is PipelineAbove by default: on this machine a
// 1 GiB put over a 1 Gbit/s link ran at 0.72 of the link as one request
// and 0.75–0.76 as two (BENCHMARKS.md, netns), for two requests' setup
// gas instead of one; below 512 MiB the roots pass saved is under half
// a second.
const DefaultPipelineAbove = 512 << 20

// DefaultClientConfig: 4+2, 10 epochs, 1 token per slot-epoch, 10 tokens of
// collateral, 100 blocks to fill, cancel if unfilled, a 1-token repair bonus
// with a 2-token reserve.
func DefaultClientConfig() ClientConfig {
	tok := big.NewInt(1e18)
	return ClientConfig{
		K: storage.DefaultK, M: storage.DefaultM,
		Epochs:            10,
		PricePerSlotEpoch: new(big.Int).Set(tok),
		CollateralPerSlot: new(big.Int).Mul(big.NewInt(10), tok),
		ExpiryBlocks:      100,
		CancelOnExpiry:    true,
		RepairBonus:       new(big.Int).Set(tok),
		RepairReserve:     new(big.Int).Mul(big.NewInt(2), tok),
		Place:             true,
		Poll:              300 * time.Millisecond,
		StallWindow:       10 * time.Second,
		RPCPatience:       2 * time.Minute,
		StallMinRate:      64 << 10,
		Hedge:             true,
		SegmentParallel:   2,
		PipelineAbove:     DefaultPipelineAbove,
		EndingHorizon:     7 * 24 * time.Hour,
	}
}

// Validate reports terms the contract would refuse.
func (c ClientConfig) Validate() error {
	if err := storage.CheckParams(c.K, c.M); err != nil {
		return err
	}
	if c.K < 2 {
		// With one data shard every parity shard is a copy of it, and the
		// contract requires distinct shard roots.
		return errors.New("client: k must be ≥ 2 (with k = 1 the shards are identical copies, which the contract refuses)")
	}
	switch {
	case c.Epochs == 0:
		return errors.New("client: epochs must be ≥ 1")
	case c.PricePerSlotEpoch == nil || c.CollateralPerSlot == nil || c.RepairBonus == nil || c.RepairReserve == nil:
		return errors.New("client: price, collateral, repair bonus and reserve must be set")
	case c.ExpiryBlocks == 0 || c.Poll <= 0:
		return errors.New("client: expiry blocks and poll must be > 0")
	case c.PipelineAbove < 0:
		return errors.New("client: pipeline-above must be ≥ 0 (0: off)")
	case c.SegmentParallel < 1:
		return errors.New("client: segment parallelism must be ≥ 1")
	case c.MaxShardSize != 0 && (c.MaxShardSize < 2*storage.StripeChunk || c.MaxShardSize%64 != 0):
		return fmt.Errorf("client: max shard size %d must be 0 or a multiple of 64 of at least %d", c.MaxShardSize, 2*storage.StripeChunk)
	case c.RPCPatience < 0:
		return errors.New("client: rpc patience must be ≥ 0")
	case c.StallWindow <= 0 || c.StallMinRate < 0:
		return errors.New("client: stall window must be > 0 and stall min rate ≥ 0")
	case c.Uplink < 0:
		return errors.New("client: uplink must be ≥ 0")
	case c.EndingHorizon < 0 || c.BlockTime < 0:
		return errors.New("client: ending horizon and block time must be ≥ 0")
	}
	return nil
}

var (
	// ErrFileChanged means the file changed while it was being put.
	ErrFileChanged = errors.New("file changed during put")
	// ErrInterrupted means a put stopped (cancelled) after its request was
	// paid for; rerunning it resumes the same request.
	ErrInterrupted = errors.New("put interrupted")
	// ErrSegmentLayout means a rerun of a split file's put found segments
	// stored by an earlier run that this run cannot continue (another
	// split of the file).
	ErrSegmentLayout = errors.New("stored segments do not match this split")
)

// Client stores and fetches a wallet's files.
type Client struct {
	cfg     ClientConfig
	journal journal
	reqMu   *sync.Mutex // one requestStorage in flight (nonces are recorded before sending); shared by segment views
	log     *slog.Logger
	m       clientChain
	terms   ChainTerms
	v2      *marketv2.Market // set on a v2 deployment (extend, terminate)
	keys    *storage.Keys
	host    *p2p.Host
	auth    p2p.Signer
	pushes  *pushMeter    // shared by segment views
	ahead   *approveAhead // shared by segment views
	// earlyPushes counts pushes started on a provider's word, before its
	// reservation was seen on chain (client_push_early.go).
	earlyPushes *atomic.Int64
}

// EarlyPushes is how many pushes this client started on a placed
// provider's word that it was reserving the slot, before the reservation
// was mined.
func (c *Client) EarlyPushes() int64 { return c.earlyPushes.Load() }

// newClient builds a client over either protocol's chain.
func newClient(cfg ClientConfig, log *slog.Logger, m clientChain, keys *storage.Keys, identity crypto.PrivKey) (*Client, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if keys == nil {
		return nil, ErrNoWallet
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if identity == nil {
		var err error
		if identity, _, err = crypto.GenerateEd25519Key(nil); err != nil {
			return nil, fmt.Errorf("client identity: %w", err)
		}
	}
	terms := m.Terms()
	pc := p2p.DefaultConfig(terms.ChainID, terms.Marketplace)
	host, err := p2p.New(pc, log, identity, p2p.Deps{})
	if err != nil {
		return nil, fmt.Errorf("client: %w", err)
	}
	return &Client{cfg: cfg, journal: journal{dir: cfg.JournalDir, marketplace: terms.Marketplace.Hex()}, reqMu: new(sync.Mutex), log: log.With("component", "client"), m: m, terms: terms, keys: keys, host: host, auth: p2p.NewKeySigner(keys.Auth), pushes: new(pushMeter), ahead: new(approveAhead), earlyPushes: new(atomic.Int64)}, nil
}

// Close stops the client's host.
func (c *Client) Close() error { return c.host.Close() }

func (c *Client) progress(ev Progress) {
	if c.cfg.Progress != nil {
		c.cfg.Progress(ev)
	}
}

func (c *Client) tempDir(pattern string) (string, error) {
	dir := c.cfg.TempDir
	if dir == "" {
		dir = os.TempDir()
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	return os.MkdirTemp(dir, pattern)
}

// binding is the manifest's AAD context for a request of this client.
func (c *Client) binding(roots [][32]byte) storage.ManifestBinding {
	return storage.ManifestBinding{ChainID: new(big.Int).SetUint64(c.terms.ChainID), Marketplace: c.terms.Marketplace, Client: c.keys.WalletAddress(), Roots: roots}
}

// FileEntry is one stored file as the chain and the manifest tell it.
type FileEntry struct {
	ID       [32]byte
	Name     string
	Size     int64
	K, M     int
	State    string
	Created  time.Time
	Start    uint64
	End      uint64
	Manifest storage.Manifest
	Request  StorageRequest
	// Ends is when the storage ends (for a split file, the earliest end
	// of its parts): epoch, block, wall-clock estimate, warning.
	Ends FileEnd
	// Parts are the segments of a file split across requests, by offset
	// (nil for a file in one request). ID, Manifest and Request are then
	// those of the first part; State is "active" only if every part is.
	Parts []FileEntry
}

// List returns the wallet's files from chain events alone (this is also
// what restore uses on a fresh machine), the segments of a split file
// listed as one file. Requests whose manifest does not open with this
// wallet's key are skipped.
func (c *Client) List(ctx context.Context) ([]FileEntry, error) {
	reqs, err := c.listRequests(ctx)
	if err != nil {
		return nil, err
	}
	return groupSegments(reqs), nil
}

// listRequests is one FileEntry per request, oldest first.
func (c *Client) listRequests(ctx context.Context) ([]FileEntry, error) {
	reqs, err := c.m.RequestsOf(ctx, c.keys.WalletAddress())
	if err != nil {
		return nil, err
	}
	var out []FileEntry
	var ids [][32]byte
	for _, r := range reqs {
		man, err := storage.OpenManifest(c.keys.Master, r.Params.Manifest, c.binding(r.Params.ShardRoots))
		if err != nil {
			c.log.Warn("skip request with unreadable manifest", "request_id", short(r.ID), "err", err)
			continue
		}
		ri, err := c.m.RequestState(ctx, r.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, FileEntry{ID: r.ID, Name: man.Name, Size: man.Size, K: man.K, M: man.M, State: ri.State,
			Created: man.Created, Start: r.Params.StartEpoch, End: r.Params.EndEpoch, Manifest: man, Request: r})
		ids = append(ids, r.ID)
	}
	ends, err := c.m.Endings(ctx, ids, time.Now())
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Ends = ends[out[i].ID]
	}
	return out, nil
}

// Resolve finds a file by request id (0x…) or by name: the newest active
// upload of that name, else the newest pending one, else the newest of any
// state (whose get will say why it fails).
func (c *Client) Resolve(ctx context.Context, idOrName string) (FileEntry, error) {
	files, err := c.List(ctx)
	if err != nil {
		return FileEntry{}, err
	}
	rank := func(state string) int {
		switch state {
		case "active":
			return 2
		case "pending":
			return 1
		}
		return 0
	}
	var found *FileEntry
	for i := range files { // oldest first, so a later one of equal rank is newer
		f := &files[i]
		if fmt.Sprintf("0x%x", f.ID) == idOrName {
			return *f, nil
		}
		for _, p := range f.Parts {
			if fmt.Sprintf("0x%x", p.ID) == idOrName {
				return *f, nil
			}
		}
		if f.Name != idOrName && filepath.Base(f.Name) != idOrName {
			continue
		}
		if found == nil || rank(f.State) >= rank(found.State) {
			found = f
		}
	}
	if found == nil {
		return FileEntry{}, fmt.Errorf("%q: %w", idOrName, ErrUnknownRequest)
	}
	return *found, nil
}
