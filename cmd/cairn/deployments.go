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

// deploymentsFile maps chain id → deployment; `cairn contracts deploy`
// writes it, every command reads it. Deployments are data, not code.
const deploymentsFile = "deployments.json"

// errNoDeployment: no Marketplace is known for the chain.
var errNoDeployment = errors.New("no marketplace known for this chain")

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

// knownDeployment returns the cairn contracts on chainID: --marketplace,
// then <datadir>/deployments.json, then the devnet's (same chain id).
func (e *Env) knownDeployment(chainID uint64) (contracts.Deployment, bool, error) {
	if e.Cfg.Marketplace != "" {
		if !common.IsHexAddress(e.Cfg.Marketplace) {
			return contracts.Deployment{}, false, fmt.Errorf("--marketplace %q is not an address", e.Cfg.Marketplace)
		}
		return contracts.Deployment{ChainID: chainID, Marketplace: common.HexToAddress(e.Cfg.Marketplace)}, true, nil
	}
	all, err := readDeployments(e.Cfg.DataDir)
	if err != nil {
		return contracts.Deployment{}, false, err
	}
	if d, ok := all[strconv.FormatUint(chainID, 10)]; ok {
		return d, true, nil
	}
	if d := e.devnet(); d != nil && d.ChainID == chainID {
		return d.Deployment, true, nil
	}
	return contracts.Deployment{}, false, nil
}

// deployment is knownDeployment or a clear error saying what to do.
func (e *Env) deployment(ctx context.Context, chainID uint64) (contracts.Deployment, error) {
	d, ok, err := e.knownDeployment(chainID)
	if err != nil {
		return d, err
	}
	if !ok {
		return d, hint(fmt.Errorf("%w (chain %d)", errNoDeployment, chainID),
			"run `cairn devnet up`, or pass --marketplace, or `cairn contracts deploy`")
	}
	return d, nil
}

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
	return out, nil
}

func writeDeployment(datadir string, d contracts.Deployment) error {
	all, err := readDeployments(datadir)
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
