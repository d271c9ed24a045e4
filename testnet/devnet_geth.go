package testnet

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/devchain"
)

// Chains of `cairn devnet up --chain`.
const (
	ChainAnvil = anvil.KindAnvil
	ChainGeth  = anvil.KindGeth
)

// startGeth runs geth --dev (built from the pinned go-ethereum on first
// use) on port with its datadir (the chain across restarts) and log in the
// devnet directory. geth seals a block every whole second of blockTime
// (rounded up), and account 0 of anvil's mnemonic is its funded developer
// account, so deployment and funding are as on anvil.
func (h *DevnetHandle) startGeth(ctx context.Context, port int, blockTime time.Duration) error {
	bin, err := devchain.GethBinary(ctx)
	if err != nil {
		return err
	}
	period := max(time.Second, (blockTime+time.Second-1)/time.Second*time.Second)
	h.Info.BlockTimeMS = period.Milliseconds()
	args, err := devchain.GethArgs(devchain.GethConfig{DataDir: h.Info.StateFile, Host: h.Info.chainHost(), Port: port, Period: period})
	if err != nil {
		return err
	}
	if h.anvil, err = startProc(ChainGeth, bin, args, os.Environ(), h.Info.AnvilLog, h.exits); err != nil {
		return err
	}
	return h.awaitChain(ctx, port, devchain.GethChainID)
}

// dialChain connects to the chain, retrying while it starts (geth opens
// its HTTP port before it answers) and p runs.
func dialChain(ctx context.Context, url string, chainID uint64, p *proc) (*chain.Client, error) {
	deadline := time.Now().Add(30 * time.Second)
	for {
		dctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		c, err := chain.Dial(dctx, url, chainID)
		cancel()
		if err == nil {
			return c, nil
		}
		if p.exited() || time.Now().After(deadline) || ctx.Err() != nil {
			return nil, fmt.Errorf("%w (see %s)", err, p.logPath)
		}
		if err := sleepCtx(ctx, 200*time.Millisecond); err != nil {
			return nil, err
		}
	}
}
