package testnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/netns"
)

// Defaults of `cairn devnet up`.
const (
	// DefaultDevnetProviders is k+m+1 for the default 4+2 request: every
	// slot filled and one provider left to repair a freed slot (a provider
	// may hold only one slot of a request).
	DefaultDevnetProviders = 7
	DefaultDevnetEpoch     = 10
	DefaultDevnetBlockTime = time.Second
	// DevnetMinPrice is the price floor (tokens per slot-epoch) of devnet
	// providers: at most the price `cairn put` offers by default (1).
	DevnetMinPrice        = "0.01"
	DefaultDevnetCapacity = "1GiB"
)

// Files of a devnet directory.
const (
	devnetLockFile  = "devnet.lock"
	devnetPassword  = "password"
	devnetStateFile = "anvil-state.json"
	devnetAnvilLog  = "anvil.log"
	devnetGethDir   = "geth"
	devnetGethLog   = "geth.log"
	devnetClientDir = "client"
)

// Funding of each devnet account.
var (
	devnetEth            = Ether(100)
	devnetClientTokens   = Tokens(1_000_000)
	devnetProviderTokens = Tokens(10_000)
)

// ErrDevnetRunning means the directory's devnet is up already.
var ErrDevnetRunning = errors.New("a devnet is already running")

// ErrDevnetRefused marks an Up that started nothing because of what Dir
// holds (a devnet that cannot be resumed, other parameters); the message
// says what to do.
var ErrDevnetRefused = errors.New("devnet refused")

type refusedError struct{ error }

func (e refusedError) Is(target error) bool { return target == ErrDevnetRefused }
func (e refusedError) Unwrap() error        { return e.error }

func refuse(format string, args ...any) error { return refusedError{fmt.Errorf(format, args...)} }

// DevnetOptions shape `Up`.
type DevnetOptions struct {
	// Dir holds devnet.json, the wallets, datadirs, logs and anvil's state.
	Dir string
	// Providers to run; 0 means DefaultDevnetProviders, or the recorded
	// number when resuming.
	Providers int
	// EpochBlocks of the Marketplace (0: DefaultDevnetEpoch, or recorded).
	EpochBlocks uint64
	// BlockTime of anvil's interval mining (0: DefaultDevnetBlockTime, or recorded).
	BlockTime time.Duration
	// Binary is the cairn binary run as `cairn provider run` (required).
	Binary string
	// Capacity each provider sells (default DefaultDevnetCapacity).
	Capacity string
	// Reset removes a stopped or failed devnet in Dir and starts a new one.
	Reset bool
	// Detached leaves no supervisor: devnet.json gets no supervisor_pid and
	// the caller is expected to call Detach and exit.
	Detached bool
	// ProviderLogLevel of the provider processes (default "info").
	ProviderLogLevel string
	// Env is added to the providers' environment (KEY=VALUE).
	Env []string
	// StartTimeout bounds the wait for each provider to register (default 2 min).
	StartTimeout time.Duration
	// Netns runs the client and every provider in its own network
	// namespace, each in its own /24 of 198.18.0.0/15 on one bridge (Linux,
	// root); a resumed devnet keeps the mode it was created with.
	Netns bool
	// Link shapes every namespace's link (netns mode only).
	Link netns.Link
	// NAT names the nodes ("client", "provider-N") put behind a NAT of
	// their own when the network is made (netns mode only; see
	// docs/netns.md for what works behind one).
	NAT []string
	// NATForward names the providers behind a NAT (each also in NAT) whose
	// NAT forwards DevnetP2PPort to them; they announce that public address.
	NATForward []string
	// NATRelay names the providers behind a NAT (each also in NAT, not in
	// NATForward) that use provider-1 as their circuit relay; provider-1
	// then runs one. A resumed devnet keeps its own.
	NATRelay []string
	// Chain is ChainAnvil (default) or ChainGeth; a resumed devnet keeps
	// its own.
	Chain string
	Log   *slog.Logger
}

func (o *DevnetOptions) defaults(prev *Devnet) error {
	if o.Dir == "" {
		return errors.New("devnet: no directory given")
	}
	if o.Binary == "" {
		return errors.New("devnet: no cairn binary given to run providers")
	}
	if _, err := os.Stat(o.Binary); err != nil {
		return fmt.Errorf("devnet: cairn binary: %w", err)
	}
	if prev != nil {
		switch {
		case o.Providers != 0 && o.Providers != len(prev.Providers):
			return refuse("the devnet in %s has %d providers, not %d: pass --reset to start a new one", o.Dir, len(prev.Providers), o.Providers)
		case o.EpochBlocks != 0 && o.EpochBlocks != prev.EpochBlocks:
			return refuse("the devnet in %s has %d-block epochs, not %d: pass --reset to start a new one", o.Dir, prev.EpochBlocks, o.EpochBlocks)
		}
		if o.Netns && prev.Netns == nil {
			return refuse("the devnet in %s runs on loopback, not in namespaces: pass --reset to start a new one with --netns", o.Dir)
		}
		o.Netns = prev.Netns != nil
		if o.Chain != "" && o.Chain != prev.chainName() {
			return refuse("the devnet in %s runs on %s, not %s: pass --reset to start a new one", o.Dir, prev.chainName(), o.Chain)
		}
		o.Chain = prev.chainName()
		o.Providers, o.EpochBlocks = len(prev.Providers), prev.EpochBlocks
		if o.BlockTime == 0 {
			o.BlockTime = time.Duration(prev.BlockTimeMS) * time.Millisecond
		}
	}
	if o.Providers == 0 {
		o.Providers = DefaultDevnetProviders
	}
	if o.Chain == "" {
		o.Chain = ChainAnvil
	}
	if o.EpochBlocks == 0 {
		o.EpochBlocks = DefaultDevnetEpoch
	}
	if o.BlockTime == 0 {
		o.BlockTime = DefaultDevnetBlockTime
	}
	if o.Capacity == "" {
		o.Capacity = DefaultDevnetCapacity
	}
	if o.ProviderLogLevel == "" {
		o.ProviderLogLevel = "info"
	}
	if o.StartTimeout == 0 {
		o.StartTimeout = 2 * time.Minute
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	switch {
	case o.Providers < 1 || o.Providers > 100:
		return fmt.Errorf("devnet: %d providers: want 1 to 100", o.Providers)
	case o.EpochBlocks < 4:
		return fmt.Errorf("devnet: %d-block epochs: want at least 4", o.EpochBlocks)
	case o.BlockTime < 50*time.Millisecond:
		return fmt.Errorf("devnet: block time %s: want at least 50ms", o.BlockTime)
	case o.Chain != ChainAnvil && o.Chain != ChainGeth:
		return fmt.Errorf("devnet: chain %q: want %s or %s", o.Chain, ChainAnvil, ChainGeth)
	case o.Link.Shaped() && !o.Netns:
		return fmt.Errorf("devnet: --link shapes namespace links: it needs --netns")
	case (len(o.NAT) > 0 || len(o.NATForward) > 0 || len(o.NATRelay) > 0) && !o.Netns:
		return fmt.Errorf("devnet: --nat, --nat-forward and --nat-relay are about namespaces behind NATs: they need --netns")
	case o.Netns && o.Providers+1 > netns.MaxNodes:
		return fmt.Errorf("devnet: %d providers: a namespace devnet holds at most %d", o.Providers, netns.MaxNodes-1)
	}
	return nil
}

// DevnetMarketConfig is the protocol v2 Marketplace of `cairn devnet up`:
// short epochs and quick set failure so a killed provider's slots are
// repaired within minutes — 2 missed epochs within 8 fail a set (one
// settleSet then frees every slot of it), each miss slashes 10% of a
// member's collateral. Extensions need W = 8 epochs of notice.
func DevnetMarketConfig(epochBlocks uint64) contracts.IMarketplaceV2Config {
	c := contracts.DevnetConfig()
	c.EpochBlocks = epochBlocks
	c.GraceBlocks = max(1, epochBlocks*3/10)
	c.FillDelayBlocks = 2
	c.ReservationTTL = min(256, max(100, 5*epochBlocks))
	c.MissWindow = 8
	c.MissThreshold = 2
	c.SlashBps = 1000
	return c
}

// DevnetHandle is a devnet started by this process. Down stops it; until
// then the process supervises it (Exits reports a process that ended).
type DevnetHandle struct {
	Dir     string
	Info    *Devnet // as last written to devnet.json
	Resumed bool    // the chain and wallets came from an earlier run

	log       *slog.Logger
	lock      *os.File
	client    *chain.Client
	anvil     *proc
	providers []*proc
	exits     chan ProcessExit
	written   bool // devnet.json was written by this handle

	downOnce sync.Once
	downErr  error
}

// Up starts a devnet in opts.Dir, or resumes the one stopped there: the
// pinned anvil (--hardfork prague, its state in Dir so a later Up resumes
// the chain), the token and Marketplace, a client wallet and one wallet
// per provider (fresh mnemonics, light scrypt, one password file), funded
// with ETH and tokens, and one `cairn provider run` process per provider.
// It returns once every provider has registered and devnet.json is
// written. On error everything it started is stopped again.
func Up(ctx context.Context, opts DevnetOptions) (h *DevnetHandle, err error) {
	if opts.Dir == "" {
		return nil, errors.New("devnet: no directory given")
	}
	dir, err := filepath.Abs(opts.Dir)
	if err != nil {
		return nil, err
	}
	opts.Dir = dir
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("devnet dir: %w", err)
	}
	lock, err := lockDir(dir)
	if err != nil {
		return nil, err
	}
	h = &DevnetHandle{Dir: dir, lock: lock, exits: make(chan ProcessExit, 128), log: slog.New(slog.DiscardHandler)}
	defer func() {
		if err != nil {
			if h.Info != nil && h.written && !h.Resumed { // a failed resume stays resumable
				h.Info.State = DevnetFailed
			}
			_ = h.Down()
		}
	}()
	prev, err := previousDevnet(dir, opts.Reset)
	if err != nil {
		return h, err
	}
	if err := opts.defaults(prev); err != nil {
		return h, err
	}
	h.log = opts.Log.With("component", "devnet")
	if prev != nil {
		h.Resumed = true
		err = h.resume(ctx, opts, prev)
	} else {
		err = h.create(ctx, opts)
	}
	if err != nil {
		return h, err
	}
	h.Info.State = DevnetRunning
	if err := h.write(); err != nil {
		return h, err
	}
	h.log.Info("devnet up", "dir", dir, "rpc_url", h.Info.RPCURL, "providers", len(h.providers), "resumed", h.Resumed)
	return h, nil
}

// previousDevnet returns the devnet to resume in dir, nil for a new one,
// or an error saying why neither works.
func previousDevnet(dir string, reset bool) (*Devnet, error) {
	prev, err := ReadDevnet(dir)
	switch {
	case errors.Is(err, ErrNoDevnet):
		if reset {
			return nil, removeDevnetFiles(dir)
		}
		if _, err := os.Stat(filepath.Join(dir, devnetClientDir)); err == nil {
			return nil, refuse("%s holds a devnet without %s: pass --reset to start over, or use another --dir", dir, DevnetFileName)
		}
		return nil, nil
	case err != nil:
		if reset {
			return nil, removeDevnetFiles(dir)
		}
		return nil, refuse("%w: pass --reset to start over", err)
	}
	if name, pid := prev.liveProcess(); pid != 0 {
		return nil, fmt.Errorf("%w in %s (%s, pid %d): run `cairn devnet down --dir %s`", ErrDevnetRunning, dir, name, pid, dir)
	}
	if reset {
		return nil, removeDevnetFiles(dir)
	}
	switch prev.State {
	case DevnetStopped, DevnetRunning: // running: every process died; resume what anvil saved
		return prev, nil
	default:
		return nil, refuse("the devnet in %s is %q (it never finished starting): pass --reset to start a new one", dir, prev.State)
	}
}

// removeDevnetFiles deletes what Up creates in dir, and nothing else.
func removeDevnetFiles(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		n := e.Name()
		ours := n == DevnetFileName || n == devnetPassword || n == devnetStateFile || n == devnetAnvilLog || n == devnetClientDir ||
			n == devnetGethDir || n == devnetGethLog ||
			isProviderName(n)
		if !ours {
			continue
		}
		if err := os.RemoveAll(filepath.Join(dir, n)); err != nil {
			return fmt.Errorf("reset devnet: %w", err)
		}
	}
	return nil
}

func isProviderName(n string) bool {
	var i int
	var rest string
	if k, _ := fmt.Sscanf(n, "provider-%d%s", &i, &rest); k >= 1 {
		return rest == "" || rest == ".log"
	}
	return false
}

// liveProcess returns one process of d still running (checked against PID
// reuse), or a zero pid.
func (d *Devnet) liveProcess() (string, int) {
	if d.SupervisorPID != 0 && ProcessAlive(d.SupervisorPID) && processMatches(d.SupervisorPID, "devnet") {
		return "supervisor", d.SupervisorPID
	}
	for _, p := range d.Providers {
		if p.PID != 0 && ProcessAlive(p.PID) && processMatches(p.PID, p.DataDir) {
			return fmt.Sprintf("provider-%d", p.Index), p.PID
		}
	}
	if d.AnvilPID != 0 && ProcessAlive(d.AnvilPID) && processMatches(d.AnvilPID, d.chainArg()) {
		return d.chainName(), d.AnvilPID
	}
	return "", 0
}

// lockDir takes an exclusive lock on dir's devnet.lock, held while this
// process owns the devnet, so two `up`s cannot race in one directory.
func lockDir(dir string) (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(dir, devnetLockFile), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("devnet lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		detail := ""
		if d, rerr := ReadDevnet(dir); rerr == nil {
			if name, pid := d.liveProcess(); pid != 0 {
				detail = fmt.Sprintf(" (%s, pid %d)", name, pid)
			}
		}
		return nil, fmt.Errorf("%w in %s%s: run `cairn devnet down --dir %s`", ErrDevnetRunning, dir, detail, dir)
	}
	return f, nil
}

func (h *DevnetHandle) write() error {
	if err := h.Info.Write(h.Dir); err != nil {
		return fmt.Errorf("write %s: %w", DevnetFileName, err)
	}
	h.written = true
	return nil
}

// Exits reports processes of the devnet that exited, for supervision. It
// is buffered and never blocks a sender; after Down it also carries the
// stopped processes.
func (h *DevnetHandle) Exits() <-chan ProcessExit { return h.exits }

// AnvilExited is closed when anvil exits.
func (h *DevnetHandle) AnvilExited() <-chan struct{} { return h.anvil.done }

// Detach leaves the devnet running when this process exits: it releases
// the directory lock and the chain client. Call it just before exiting;
// `cairn devnet down` (Down(dir)) stops the devnet later.
func (h *DevnetHandle) Detach() {
	if h.client != nil {
		h.client.Close()
		h.client = nil
	}
	if h.lock != nil {
		h.lock.Close()
		h.lock = nil
	}
}

// Down stops the providers (SIGTERM, SIGKILL after 15 s), then anvil
// (which saves its state on SIGTERM), checks that every process is gone
// and anvil's port closed, marks devnet.json stopped and releases the
// directory. It is idempotent.
func (h *DevnetHandle) Down() error {
	h.downOnce.Do(func() {
		var wg sync.WaitGroup
		for _, p := range h.providers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				p.stop(15 * time.Second)
			}()
		}
		wg.Wait()
		if h.client != nil {
			h.client.Close()
		}
		if h.anvil != nil {
			h.anvil.stop(30 * time.Second)
		}
		var errs []error
		for _, p := range append(h.providers, h.anvil) {
			if p != nil && ProcessAlive(p.pid) {
				errs = append(errs, fmt.Errorf("%s (pid %d) is still running after SIGKILL", p.name, p.pid))
			}
		}
		if h.Info != nil {
			if h.Info.AnvilPort != 0 && !waitPortClosed(net.JoinHostPort(h.Info.chainHost(), strconv.Itoa(h.Info.AnvilPort)), 5*time.Second) {
				errs = append(errs, fmt.Errorf("port %d is still listening after anvil stopped", h.Info.AnvilPort))
			}
			if err := removeNetwork(h.Info); err != nil {
				errs = append(errs, err)
			}
			if h.written {
				markStopped(h.Info)
				if err := h.Info.Write(h.Dir); err != nil {
					errs = append(errs, err)
				}
			}
		}
		if h.lock != nil {
			h.lock.Close()
			h.lock = nil
		}
		h.downErr = errors.Join(errs...)
	})
	return h.downErr
}

// markStopped clears the PIDs of a stopped devnet (so a reused PID is never
// taken for one of ours) and records its state.
func markStopped(d *Devnet) {
	if d.State != DevnetFailed {
		d.State = DevnetStopped
	}
	d.AnvilPID, d.SupervisorPID = 0, 0
	for i := range d.Providers {
		d.Providers[i].PID = 0
		d.Providers[i].MetricsAddr = ""
	}
}
