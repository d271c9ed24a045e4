package testnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/cairn-storage/cairn/chain"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// Down stops the devnet recorded in dir/devnet.json, whoever started it:
// the supervising `cairn devnet up` (SIGTERM; it stops its children and
// returns), then any provider or anvil still running (SIGTERM to its
// process group, SIGKILL after a grace period). Every PID is checked
// against its command line first, so a reused PID is never signalled. It
// verifies that every process is gone and anvil's port is closed, then
// marks devnet.json stopped. stopped is false when nothing was running.
func Down(dir string, log *slog.Logger) (stopped bool, err error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "devnet")
	d, err := ReadDevnet(dir)
	if err != nil {
		return false, err
	}
	if sup := d.SupervisorPID; sup != 0 && sup != os.Getpid() && ProcessAlive(sup) && processMatches(sup, "devnet") {
		stopped = true
		log.Info("stopping the supervising cairn devnet up", "pid", sup)
		if !killAndWait(sup, false, 90*time.Second) {
			return true, fmt.Errorf("the devnet supervisor (pid %d) is still running after SIGKILL", sup)
		}
		if d, err = ReadDevnet(dir); err != nil { // it has rewritten the file
			return true, err
		}
	}
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	for _, p := range d.Providers {
		if p.PID == 0 || !ProcessAlive(p.PID) || !processMatches(p.PID, p.DataDir) {
			continue
		}
		stopped = true
		wg.Add(1)
		go func() {
			defer wg.Done()
			log.Info("stopping provider", "index", p.Index, "pid", p.PID)
			if !killAndWait(p.PID, true, 15*time.Second) {
				mu.Lock()
				errs = append(errs, fmt.Errorf("provider-%d (pid %d) is still running after SIGKILL", p.Index, p.PID))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if pid := d.AnvilPID; pid != 0 && ProcessAlive(pid) && processMatches(pid, d.chainArg()) {
		stopped = true
		log.Info("stopping the chain", "chain", d.chainName(), "pid", pid)
		if !killAndWait(pid, true, 30*time.Second) {
			errs = append(errs, fmt.Errorf("anvil (pid %d) is still running after SIGKILL", pid))
		}
	}
	if stopped && d.AnvilPort != 0 && !waitPortClosed(net.JoinHostPort(d.chainHost(), strconv.Itoa(d.AnvilPort)), 5*time.Second) {
		errs = append(errs, fmt.Errorf("port %d is still listening after anvil stopped: see `ss -ltnp`", d.AnvilPort))
	}
	if len(errs) > 0 {
		return stopped, errors.Join(errs...)
	}
	if d.Netns != nil {
		left, err := d.Netns.Leftovers()
		if err != nil {
			return stopped, err
		}
		if len(left) > 0 {
			stopped = true
			log.Info("removing the devnet's namespaces, veths and bridge", "prefix", d.Netns.Prefix, "objects", len(left))
		}
		if err := removeNetwork(d); err != nil {
			return stopped, err
		}
	}
	if d.State == DevnetStarting || d.State == DevnetRunning {
		markStopped(d)
		if err := d.Write(dir); err != nil {
			return stopped, err
		}
	}
	return stopped, nil
}

// DevnetReport is what `cairn devnet status` shows.
type DevnetReport struct {
	Dir             string
	Devnet          *Devnet
	SupervisorAlive bool
	AnvilAlive      bool
	Head, Epoch     uint64
	ChainErr        error // the chain could not be read
	Providers       []ProviderHealth
}

// ProviderHealth is one provider's process and on-chain state.
type ProviderHealth struct {
	DevnetProvider
	Alive  bool
	Report *ProviderReport // nil when the chain could not be read
	Err    error
}

// Inspect reports which of dir's devnet processes are alive and, when the
// chain answers, each provider's on-chain standing.
func Inspect(ctx context.Context, dir string) (*DevnetReport, error) {
	d, err := ReadDevnet(dir)
	if err != nil {
		return nil, err
	}
	r := &DevnetReport{Dir: dir, Devnet: d}
	r.SupervisorAlive = d.SupervisorPID != 0 && ProcessAlive(d.SupervisorPID) && processMatches(d.SupervisorPID, "devnet")
	r.AnvilAlive = d.AnvilPID != 0 && ProcessAlive(d.AnvilPID) && processMatches(d.AnvilPID, d.chainArg())
	for _, p := range d.Providers {
		r.Providers = append(r.Providers, ProviderHealth{DevnetProvider: p,
			Alive: p.PID != 0 && ProcessAlive(p.PID) && processMatches(p.PID, p.DataDir)})
	}
	if !r.AnvilAlive {
		r.ChainErr = fmt.Errorf("anvil is not running")
		return r, nil
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cl, err := chain.Dial(ctx, d.RPCURL, d.ChainID)
	if err != nil {
		r.ChainErr = err
		return r, nil
	}
	defer cl.Close()
	m, err := marketv2.Open(ctx, cl, nil, d.Deployment)
	if err != nil {
		r.ChainErr = err
		return r, nil
	}
	if r.Epoch, r.Head, err = m.Clock.Current(ctx); err != nil {
		r.ChainErr = err
		return r, nil
	}
	for i := range r.Providers {
		p := &r.Providers[i]
		rep, err := ReadProviderReport(ctx, m, p.Address)
		if err != nil {
			p.Err = err
			continue
		}
		p.Report = &rep
	}
	return r, nil
}
