package ledger

import (
	"errors"
	"fmt"
	"time"

	"github.com/cairn-storage/cairn/chain"
)

// Config tunes the ledger's watcher.
type Config struct {
	// Confirmations: logs are applied once this many blocks sit on top of
	// theirs. DefaultConfig uses the public-chain depth; devnets use
	// chain.ConfirmationsFor(chainID) (2 on anvil).
	Confirmations uint64
	// StartBlock is the first block scanned (the Marketplace's deployment
	// block).
	StartBlock uint64
	// PageSize is the largest eth_getLogs range in blocks; pages shrink
	// when the RPC refuses them.
	PageSize uint64
	// Poll is Run's step interval.
	Poll time.Duration
	// ReorgWindow is how many blocks below the confirmed head are
	// journaled for an exact rewind (0: 64).
	ReorgWindow uint64
	// SafeTag bounds the view by the node's "safe" block (then minus
	// Confirmations).
	SafeTag bool
	// Protocol is the Marketplace the ledger follows: ProtocolV2 (also the
	// zero value), the only protocol left since v1 was removed. The
	// directory records it (its m/version key); a v1 directory fails to
	// open with ErrV1Ledger.
	Protocol Protocol
}

// Protocol names a Marketplace protocol version.
type Protocol uint8

// ProtocolV2 is the protocol v2 Marketplace (v1 was removed).
const ProtocolV2 Protocol = 2

// DefaultConfig returns the public-chain defaults: 12 confirmations,
// 2000-block pages, a 2 s poll and a 64-block reorg window.
func DefaultConfig() Config {
	return Config{Confirmations: chain.PublicConfirmations, PageSize: 2000, Poll: 2 * time.Second, ReorgWindow: 64}
}

// ErrBadConfig is wrapped by Validate's errors.
var ErrBadConfig = errors.New("invalid ledger config")

// Validate checks the config.
func (c Config) Validate() error {
	if c.PageSize == 0 {
		return fmt.Errorf("%w: page size must be positive", ErrBadConfig)
	}
	if c.Poll <= 0 {
		return fmt.Errorf("%w: poll interval must be positive", ErrBadConfig)
	}
	if c.Protocol != 0 && c.Protocol != ProtocolV2 {
		return fmt.Errorf("%w: unknown protocol %d (only v2 is supported)", ErrBadConfig, c.Protocol)
	}
	return nil
}

func (c Config) window() uint64 {
	if c.ReorgWindow == 0 {
		return 64
	}
	return c.ReorgWindow
}
