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
	// Protocol is the Marketplace the ledger follows: ProtocolV1 (also
	// the zero value) or ProtocolV2. A directory holds one protocol's
	// ledger (its m/version key); opening it as the other fails.
	Protocol Protocol
}

// Protocol names a Marketplace protocol version.
type Protocol uint8

// Protocol versions.
const (
	ProtocolV1 Protocol = 1
	ProtocolV2 Protocol = 2
)

// protocol is the configured protocol, ProtocolV1 for the zero value.
func (c Config) protocol() Protocol {
	if c.Protocol == 0 {
		return ProtocolV1
	}
	return c.Protocol
}

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
	if p := c.protocol(); p != ProtocolV1 && p != ProtocolV2 {
		return fmt.Errorf("%w: unknown protocol %d", ErrBadConfig, p)
	}
	return nil
}

func (c Config) window() uint64 {
	if c.ReorgWindow == 0 {
		return 64
	}
	return c.ReorgWindow
}
