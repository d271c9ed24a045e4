package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/atomicfile"
	"github.com/cairn-storage/cairn/testnet"
)

// deploymentsFile maps chain id → protocol v2 deployment (marketplace,
// facet, lens, token, block); `cairn contracts deploy` writes it, every
// command reads it. Deployments are data, not code.
const deploymentsFile = "deployments.json"

// errNoDeployment: no Marketplace is known for the chain.
var errNoDeployment = errors.New("no marketplace known for this chain")

// errV1Deployment: a deployment recorded by a protocol v1 cairn (no lens).
var errV1Deployment = errors.New("the recorded marketplace is a protocol v1 deployment (no MarketplaceV2 lens)")

// devnet returns the devnet described in --devnet, or nil.
func (e *Env) devnet() *testnet.Devnet {
	d, err := testnet.ReadDevnet(e.Cfg.DevnetDir)
	if err != nil {
		if !errors.Is(err, testnet.ErrNoDevnet) {
			e.Log.Warn("ignoring devnet file", "err", err)
		}
		return nil
	}
	return d
}

// rpcURL is --rpc-url when given, else the devnet's, else the default.
func (e *Env) rpcURL() string {
	if !e.Cfg.RPCURLSet {
		if d := e.devnet(); d != nil {
			return d.RPCURL
		}
	}
	return e.Cfg.RPCURL
}

// knownDeployment returns the cairn contracts on chainID: --marketplace
// (with --lens, or the lens recorded for that marketplace), then
// <datadir>/deployments.json, then the devnet's (same chain id).
func (e *Env) knownDeployment(chainID uint64) (contracts.Deployment, bool, error) {
	all, err := readDeployments(e.Cfg.DataDir)
	if err != nil {
		return contracts.Deployment{}, false, err
	}
	recorded := func() (contracts.Deployment, bool) {
		if d, ok := all[strconv.FormatUint(chainID, 10)]; ok {
			return d, true
		}
		if d := e.devnet(); d != nil && d.ChainID == chainID {
			return d.Deployment, true
		}
		return contracts.Deployment{}, false
	}
	if e.Cfg.Marketplace != "" {
		if !common.IsHexAddress(e.Cfg.Marketplace) {
			return contracts.Deployment{}, false, fmt.Errorf("--marketplace %q is not an address", e.Cfg.Marketplace)
		}
		d := contracts.Deployment{ChainID: chainID, Marketplace: common.HexToAddress(e.Cfg.Marketplace)}
		switch rec, ok := recorded(); {
		case e.Cfg.Lens != "":
			if !common.IsHexAddress(e.Cfg.Lens) {
				return contracts.Deployment{}, false, fmt.Errorf("--lens %q is not an address", e.Cfg.Lens)
			}
			d.Lens = common.HexToAddress(e.Cfg.Lens)
		case ok && rec.Marketplace == d.Marketplace:
			d = rec
		default:
			return d, false, hint(fmt.Errorf("--marketplace %s: no lens known for it", d.Marketplace),
				"pass --lens with the MarketplaceV2Lens address of that deployment")
		}
		return d, true, nil
	}
	d, ok := recorded()
	return d, ok, nil
}

// deployment is knownDeployment or a clear error saying what to do.
func (e *Env) deployment(ctx context.Context, chainID uint64) (contracts.Deployment, error) {
	d, ok, err := e.knownDeployment(chainID)
	if err != nil {
		return d, err
	}
	if !ok {
		return d, hint(fmt.Errorf("%w (chain %d)", errNoDeployment, chainID),
			"run `cairn devnet up`, or pass --marketplace and --lens, or `cairn contracts deploy`")
	}
	return d, nil
}

// readDeployments reads <datadir>/deployments.json; an entry without a
// lens was written for protocol v1 and is refused with a clear error.
func readDeployments(datadir string) (map[string]contracts.Deployment, error) {
	p := filepath.Join(datadir, deploymentsFile)
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]contracts.Deployment{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	out := map[string]contracts.Deployment{}
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, hint(fmt.Errorf("%s is corrupt: %w", p, err), "fix or delete the file")
	}
	for id, d := range out {
		if d.Lens == (common.Address{}) {
			return nil, hint(fmt.Errorf("%s, chain %s: %w", p, id, errV1Deployment),
				"redeploy with `cairn contracts deploy` (or delete that entry); protocol v1 contracts are not supported")
		}
	}
	return out, nil
}

func writeDeployment(datadir string, d contracts.Deployment) error {
	all, err := readDeployments(datadir)
	if errors.Is(err, errV1Deployment) {
		all, err = map[string]contracts.Deployment{}, nil // a redeploy replaces a v1 file
	}
	if err != nil {
		return err
	}
	all[strconv.FormatUint(d.ChainID, 10)] = d
	b, err := json.MarshalIndent(all, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(datadir, 0o700); err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(datadir, deploymentsFile), append(b, '\n'), 0o600)
}
