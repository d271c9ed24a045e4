package testnet

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	"golang.org/x/sync/errgroup"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/hdwallet"
	"github.com/cairn-storage/cairn/internal/wallet"
	"github.com/cairn-storage/cairn/market/p2p"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// create starts a new devnet.
func (h *DevnetHandle) create(ctx context.Context, opts DevnetOptions) error {
	pw, err := randomPassword()
	if err != nil {
		return err
	}
	pwFile := filepath.Join(h.Dir, devnetPassword)
	if err := os.WriteFile(pwFile, []byte(pw+"\n"), 0o600); err != nil {
		return fmt.Errorf("write devnet password file: %w", err)
	}
	port, err := anvil.FreePort()
	if err != nil {
		return err
	}
	h.Info = &Devnet{State: DevnetStarting, EpochBlocks: opts.EpochBlocks, BlockTimeMS: opts.BlockTime.Milliseconds(),
		StateFile: filepath.Join(h.Dir, devnetStateFile), AnvilLog: filepath.Join(h.Dir, devnetAnvilLog)}
	if opts.Chain == ChainGeth {
		h.Info.Chain, h.Info.StateFile, h.Info.AnvilLog = ChainGeth, filepath.Join(h.Dir, devnetGethDir), filepath.Join(h.Dir, devnetGethLog)
	}
	if !opts.Detached {
		h.Info.SupervisorPID = os.Getpid()
	}
	h.Info.Relayed = opts.NATRelay
	if opts.Netns {
		if err := h.setUpNetwork(ctx, opts.Binary, opts.Providers, opts.Link, opts.NAT, opts.NATForward); err != nil {
			return err
		}
	}
	if err := h.startAnvil(ctx, port, opts.BlockTime); err != nil {
		return err
	}
	h.log.Info("anvil up", "rpc_url", h.Info.RPCURL, "pid", h.anvil.pid)
	deployer, err := Account(0)
	if err != nil {
		return err
	}
	dep, err := contracts.DeployDevnet(ctx, h.client, deployer.TransactOpts(h.client.ChainIDValue()), DevnetMarketConfig(opts.EpochBlocks))
	if err != nil {
		return fmt.Errorf("deploy contracts: %w", err)
	}
	h.Info.Deployment = dep
	h.log.Info("contracts deployed", "marketplace", dep.Marketplace, "lens", dep.Lens, "facet", dep.Facet, "token", dep.Token)

	newWallet := func(datadir string) (DevnetAccount, error) {
		mn, err := hdwallet.NewMnemonic()
		if err != nil {
			return DevnetAccount{}, err
		}
		addr, err := wallet.Create(datadir, mn, pw, wallet.Options{LightKDF: true})
		if err != nil {
			return DevnetAccount{}, fmt.Errorf("wallet in %s: %w", datadir, err)
		}
		return DevnetAccount{Address: addr, DataDir: datadir, PasswordFile: pwFile}, nil
	}
	if h.Info.Client, err = newWallet(filepath.Join(h.Dir, devnetClientDir)); err != nil {
		return err
	}
	for i := 1; i <= opts.Providers; i++ {
		name := fmt.Sprintf("provider-%d", i)
		acct, err := newWallet(filepath.Join(h.Dir, name))
		if err != nil {
			return err
		}
		h.Info.Providers = append(h.Info.Providers, DevnetProvider{DevnetAccount: acct, Index: i, LogFile: filepath.Join(h.Dir, name+".log")})
	}
	if err := h.write(); err != nil {
		return err
	}
	if err := h.fund(ctx); err != nil {
		return err
	}
	return h.startProviders(ctx, opts)
}

// resume restarts a stopped devnet from anvil's saved state and the
// existing wallets and provider datadirs.
func (h *DevnetHandle) resume(ctx context.Context, opts DevnetOptions, prev *Devnet) error {
	h.Info = prev
	h.Info.State = DevnetStarting
	h.Info.SupervisorPID = 0
	if !opts.Detached {
		h.Info.SupervisorPID = os.Getpid()
	}
	h.Info.BlockTimeMS = opts.BlockTime.Milliseconds()
	if _, err := os.Stat(prev.StateFile); err != nil && prev.Chain == ChainGeth {
		return refuse("cannot resume the devnet in %s: geth's datadir %s is missing: pass --reset to start a new one", h.Dir, prev.StateFile)
	} else if err != nil {
		return refuse("cannot resume the devnet in %s: anvil's state file %s is missing (anvil was killed before it could save it): pass --reset to start a new one",
			h.Dir, prev.StateFile)
	}
	for _, a := range append([]DevnetAccount{prev.Client}, accounts(prev.Providers)...) {
		if ok, err := wallet.Exists(a.DataDir); err != nil || !ok {
			return refuse("cannot resume the devnet in %s: no wallet in %s: pass --reset to start a new one", h.Dir, a.DataDir)
		}
	}
	if prev.Netns != nil {
		if err := h.setUpNetwork(ctx, opts.Binary, len(prev.Providers), opts.Link, nil, nil); err != nil {
			return err
		}
	}
	port := prev.AnvilPort
	if port == 0 || PortOpen(net.JoinHostPort(h.Info.chainHost(), strconv.Itoa(port))) {
		var err error
		if port, err = anvil.FreePort(); err != nil {
			return err
		}
	}
	if err := h.startAnvil(ctx, port, opts.BlockTime); err != nil {
		return err
	}
	if h.client.ChainIDValue().Uint64() != prev.ChainID {
		return fmt.Errorf("cannot resume the devnet in %s: chain id %d, recorded %d: pass --reset", h.Dir, h.client.ChainIDValue(), prev.ChainID)
	}
	code, err := h.client.CodeAt(ctx, prev.Deployment.Marketplace, nil)
	if err != nil {
		return fmt.Errorf("read marketplace code: %w", err)
	}
	if len(code) == 0 {
		return fmt.Errorf("cannot resume the devnet in %s: its saved chain has no marketplace at %s: pass --reset to start a new one", h.Dir, prev.Deployment.Marketplace)
	}
	h.log.Info("anvil resumed", "rpc_url", h.Info.RPCURL, "pid", h.anvil.pid)
	return h.startProviders(ctx, opts)
}

func accounts(ps []DevnetProvider) []DevnetAccount {
	out := make([]DevnetAccount, len(ps))
	for i, p := range ps {
		out[i] = p.DevnetAccount
	}
	return out
}

func randomPassword() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// startAnvil runs the pinned anvil on port with its state file and log in
// the devnet directory (written by anvil itself, so a detached devnet
// keeps running when this process exits), waits until it answers and
// records it in devnet.json.
func (h *DevnetHandle) startAnvil(ctx context.Context, port int, blockTime time.Duration) error {
	if h.Info.Chain == ChainGeth {
		return h.startGeth(ctx, port, blockTime)
	}
	bin, err := anvil.Binary()
	if err != nil {
		return err
	}
	args := []string{
		"--hardfork", "prague",
		"--host", h.Info.chainHost(),
		"--port", strconv.Itoa(port),
		"--chain-id", strconv.Itoa(anvil.DefaultChainID),
		"--mnemonic", anvil.DefaultMnemonic,
		"--block-time", strconv.FormatFloat(blockTime.Seconds(), 'f', -1, 64),
		"--state", h.Info.StateFile,
	}
	args = append(args, anvil.HistoryArgs...)
	if h.anvil, err = startProc("anvil", bin, args, os.Environ(), h.Info.AnvilLog, h.exits); err != nil {
		return err
	}
	return h.awaitChain(ctx, port, anvil.DefaultChainID)
}

// awaitChain records the chain process started on port, waits until it
// answers and connects the devnet's client to it.
func (h *DevnetHandle) awaitChain(ctx context.Context, port int, chainID uint64) error {
	var err error
	name := h.Info.chainName()
	addr := net.JoinHostPort(h.Info.chainHost(), strconv.Itoa(port))
	h.Info.AnvilPID, h.Info.AnvilPort, h.Info.RPCURL = h.anvil.pid, port, "http://"+addr
	if err := h.write(); err != nil {
		return err
	}
	deadline := time.Now().Add(30 * time.Second)
	for !PortOpen(addr) {
		if h.anvil.exited() {
			return fmt.Errorf("%s exited at start-up (port %d); %s ends:\n%s", name, port, h.Info.AnvilLog, h.anvil.tail())
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s did not listen on port %d within 30s: see %s", name, port, h.Info.AnvilLog)
		}
		if err := sleepCtx(ctx, 50*time.Millisecond); err != nil {
			return err
		}
	}
	if h.client, err = dialChain(ctx, h.Info.RPCURL, chainID, h.anvil); err != nil {
		return fmt.Errorf("connect to %s: %w", name, err)
	}
	h.Info.ChainID = h.client.ChainIDValue().Uint64()
	return nil
}

// fund sends ETH and mints tokens from anvil's account 0 to the client and
// every provider, all at once (the sender orders the nonces).
func (h *DevnetHandle) fund(ctx context.Context) error {
	src, err := Account(0)
	if err != nil {
		return err
	}
	m, err := openMarketV2(ctx, h.client, h.Info.Deployment, src)
	if err != nil {
		return err
	}
	g, gctx := errgroup.WithContext(ctx)
	fund := func(acct DevnetAccount, tokens *big.Int) {
		to := acct.Address
		g.Go(func() error {
			if _, err := m.Sender().Send(gctx, chain.Call{To: &to, Value: devnetEth, Label: "fund eth"}); err != nil {
				return fmt.Errorf("fund %s with ETH: %w", to, err)
			}
			return nil
		})
		g.Go(func() error {
			if err := m.Mint(gctx, to, tokens); err != nil {
				return fmt.Errorf("mint tokens to %s: %w", to, err)
			}
			return nil
		})
	}
	fund(h.Info.Client, devnetClientTokens)
	for _, p := range h.Info.Providers {
		fund(p.DevnetAccount, devnetProviderTokens)
	}
	if err := g.Wait(); err != nil {
		return err
	}
	h.log.Info("accounts funded", "accounts", 1+len(h.Info.Providers))
	return nil
}

// startProviders starts one `cairn provider run` per provider and waits
// until each has registered a reachable peer info on chain.
func (h *DevnetHandle) startProviders(ctx context.Context, opts DevnetOptions) error {
	m, err := marketv2.Open(ctx, h.client, nil, h.Info.Deployment)
	if err != nil {
		return err
	}
	for i := range h.Info.Providers {
		p := &h.Info.Providers[i]
		rt := filepath.Join(p.DataDir, "provider")
		_ = os.Remove(filepath.Join(rt, "peer.id")) // stale from an earlier run
		_ = os.Remove(filepath.Join(rt, "metrics.addr"))
		args := []string{"provider", "run",
			"--datadir", p.DataDir,
			"--password-file", p.PasswordFile,
			"--rpc-url", h.Info.RPCURL,
			"--chain-id", strconv.FormatUint(h.Info.ChainID, 10),
			"--marketplace", h.Info.Deployment.Marketplace.Hex(),
			"--lens", h.Info.Deployment.Lens.Hex(),
			"--capacity", opts.Capacity,
			"--min-price", DevnetMinPrice,
			"--confirmations", "2", // anvil does not reorg; a small depth keeps cleanup prompt
			"--poll", devnetPoll(time.Duration(h.Info.BlockTimeMS) * time.Millisecond).String(),
			"--metrics-addr", "127.0.0.1:0",
			"--log-level", opts.ProviderLogLevel,
		}
		bin, args, err := h.Info.providerCommand(opts.Binary, p, args)
		if err != nil {
			return err
		}
		pr, err := startProc(fmt.Sprintf("provider-%d", p.Index), bin, args, childEnv(opts.Env), p.LogFile, h.exits)
		if err != nil {
			return err
		}
		h.providers = append(h.providers, pr)
		p.PID = pr.pid
	}
	if err := h.write(); err != nil {
		return err
	}
	probe, closeProbe := h.Info.probeHost()
	defer closeProbe()
	g, gctx := errgroup.WithContext(ctx)
	for i := range h.Info.Providers {
		check := h.Info.reachCheck(gctx, &h.Info.Providers[i], probe)
		g.Go(func() error {
			return waitProvider(gctx, m, &h.Info.Providers[i], h.providers[i], check, opts.StartTimeout)
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	h.log.Info("providers registered", "providers", len(h.providers))
	return nil
}

// waitProvider waits until provider p wrote its peer id and metrics
// address and its on-chain peer info names that peer id where reached
// says it can be reached (see reachCheck).
func waitProvider(ctx context.Context, m *marketv2.Market, p *DevnetProvider, pr *proc, reached func(peer.AddrInfo) bool, timeout time.Duration) error {
	rt := filepath.Join(p.DataDir, "provider")
	deadline := time.Now().Add(timeout)
	for {
		if pr.exited() {
			return fmt.Errorf("%s exited while starting (%v); %s ends:\n%s", pr.name, pr.err, p.LogFile, pr.tail())
		}
		id, maddr := readRuntimeFile(filepath.Join(rt, "peer.id")), readRuntimeFile(filepath.Join(rt, "metrics.addr"))
		if id != "" && maddr != "" {
			info, err := PeerInfo(ctx, m, p.Address)
			if err == nil && len(info) > 0 {
				if ai, err := p2p.DecodePeerInfo(info); err == nil && ai.ID.String() == id && reached(ai) {
					p.PeerID, p.MetricsAddr = id, maddr
					return nil
				}
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s (pid %d) did not register within %s: see %s", pr.name, pr.pid, timeout, p.LogFile)
		}
		if err := sleepCtx(ctx, 200*time.Millisecond); err != nil {
			return err
		}
	}
}

func readRuntimeFile(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// reachable reports whether one of ai's TCP addresses accepts connections.
func reachable(ai peer.AddrInfo) bool {
	for _, a := range ai.Addrs {
		port, err := a.ValueForProtocol(ma.P_TCP)
		if err != nil {
			continue
		}
		host, err := a.ValueForProtocol(ma.P_IP4)
		if err != nil {
			if host, err = a.ValueForProtocol(ma.P_IP6); err != nil {
				continue
			}
		}
		if PortOpen(net.JoinHostPort(host, port)) {
			return true
		}
	}
	return false
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// devnetPoll is the providers' head poll on a devnet of blockTime blocks:
// a quarter block (100 ms–1 s), so a provider sees a new request, and
// answers its client's question which slot it reserves, within a quarter
// block instead of up to the default second (a whole 1-s block).
func devnetPoll(blockTime time.Duration) time.Duration {
	return min(max(blockTime/4, 100*time.Millisecond), time.Second)
}
