package testnet

import (
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
	"github.com/cairn-storage/cairn/internal/netns"
)

// DevnetFileName is the file `cairn devnet up` writes into its directory.
const DevnetFileName = "devnet.json"

// ErrNoDevnet means the directory holds no devnet.json.
var ErrNoDevnet = errors.New("no devnet here")

// ErrDevnetV1 means devnet.json describes a protocol v1 devnet (no lens):
// it cannot be resumed by this version, only replaced (`up --reset`).
var ErrDevnetV1 = errors.New("devnet.json describes a protocol v1 devnet (no MarketplaceV2 lens)")

// Devnet states in devnet.json.
const (
	DevnetStarting = "starting" // `up` is starting it
	DevnetRunning  = "running"  // every process is up (as of the last write)
	DevnetStopped  = "stopped"  // stopped cleanly; `up` in the same dir resumes it
	DevnetFailed   = "failed"   // `up` failed; `up --reset` starts over
)

// Devnet describes a devnet; other commands read it to find the chain, the
// contracts and the accounts. Field names are stable. PIDs are zero once
// the devnet is stopped.
type Devnet struct {
	State       string               `json:"state"`
	RPCURL      string               `json:"rpc_url"`
	ChainID     uint64               `json:"chain_id"`
	Deployment  contracts.Deployment `json:"deployment"`
	EpochBlocks uint64               `json:"epoch_blocks"`
	BlockTimeMS int64                `json:"block_time_ms"`
	AnvilPID    int                  `json:"anvil_pid"`
	AnvilPort   int                  `json:"anvil_port"`
	AnvilLog    string               `json:"anvil_log"`
	StateFile   string               `json:"state_file"` // anvil's --state (geth: its datadir): the chain across restarts
	// Chain is the chain's implementation: "" or "anvil", or "geth" (geth
	// --dev; the anvil_* fields then describe the geth process).
	Chain         string           `json:"chain,omitempty"`
	SupervisorPID int              `json:"supervisor_pid,omitempty"` // the foreground `cairn devnet up`, 0 when detached
	Client        DevnetAccount    `json:"client"`
	Providers     []DevnetProvider `json:"providers"`
	// Netns, when set, is the namespace network the client and each
	// provider run in (names of every namespace, veth and the bridge).
	Netns *netns.Record `json:"netns,omitempty"`
	// Relayed are the providers behind NATs that are reached through
	// provider-1's circuit relay (it runs one when this is not empty).
	Relayed []string `json:"relayed,omitempty"`
}

// DevnetAccount is a funded account with its own datadir and wallet.
type DevnetAccount struct {
	Address      common.Address `json:"address"`
	DataDir      string         `json:"datadir"`
	PasswordFile string         `json:"password_file"`
}

// DevnetProvider is one provider process of the devnet.
type DevnetProvider struct {
	DevnetAccount
	Index       int    `json:"index"`
	PeerID      string `json:"peer_id,omitempty"`
	PID         int    `json:"pid"`
	MetricsAddr string `json:"metrics_addr,omitempty"`
	LogFile     string `json:"log_file"`
}

// ReadDevnet reads dir/devnet.json (ErrNoDevnet if absent).
func ReadDevnet(dir string) (*Devnet, error) {
	b, err := os.ReadFile(filepath.Join(dir, DevnetFileName))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", dir, ErrNoDevnet)
	}
	if err != nil {
		return nil, fmt.Errorf("read devnet file: %w", err)
	}
	var d Devnet
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("devnet file %s is corrupt: %w", filepath.Join(dir, DevnetFileName), err)
	}
	if d.Deployment.Marketplace != (common.Address{}) && d.Deployment.Lens == (common.Address{}) {
		return nil, fmt.Errorf("%w: %s", ErrDevnetV1, filepath.Join(dir, DevnetFileName))
	}
	return &d, nil
}

// Write stores d as dir/devnet.json atomically.
func (d *Devnet) Write(dir string) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(dir, DevnetFileName), append(b, '\n'), 0o600)
}

// chainHost is where the devnet's chain listens: the bridge's address in
// netns mode, loopback otherwise.
func (d *Devnet) chainHost() string {
	if d.Netns != nil {
		return d.Netns.HostAddr.String()
	}
	return "127.0.0.1"
}

// chainArg is a piece of the chain process's command line that names this
// devnet's port, to check a recorded PID against reuse.
func (d *Devnet) chainArg() string {
	if d.Chain == ChainGeth {
		return "--http.port " + strconv.Itoa(d.AnvilPort)
	}
	return "--port " + strconv.Itoa(d.AnvilPort)
}

// chainName is what the chain process is called in messages.
func (d *Devnet) chainName() string {
	if d.Chain == ChainGeth {
		return ChainGeth
	}
	return ChainAnvil
}
