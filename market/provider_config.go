package market

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/cairn-storage/cairn/market/p2p"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// ProviderConfig is a protocol v2 provider's policy and pace: the
// market/v2 services' configs and the node's own knobs.
type ProviderConfig struct {
	// Market holds the prover and scrubber configs; its Volumes are filled
	// from ProviderDir by OpenProvider (any set here are replaced).
	Market marketv2.Config
	// Sales is the sales service (price floor, sizes, kinds, queue).
	Sales marketv2.SalesConfig
	// Repairer is the repairer's config, used when Repair is set.
	Repairer marketv2.RepairerConfig
	// Settler is the settleSet settler's config, used when Settle is set.
	Settler marketv2.SettlerConfig
	// Repair runs the repairer (takes Repair slots, rebuilds over p2p).
	Repair bool
	// Settle runs the settler (settleSet on sets that stopped proving).
	Settle bool
	// WithdrawEvery withdraws earnings every this many epochs (0: never).
	WithdrawEvery uint64
	// Poll is the pace of every chain-driven service (sales, prover,
	// repairer, settler, withdrawals); it replaces their own Poll.
	Poll time.Duration
	// Confirmations is the v2 ledger's depth (Dir/ledger-v2), which feeds
	// the prover's tenures and the takers' and settler's requests. It must
	// stay under half an epoch (Validate refuses more than 64; Open more
	// than half the deployment's epoch).
	Confirmations uint64
	// PushWait is how long a client's push waits for sales to ask for the
	// shard (the push may arrive right after the reservation is mined,
	// before the sales step that receives it). Keep it under the clients'
	// p2p idle timeout (default 30 s): they wait that long for the answer.
	PushWait time.Duration
	// MaxHeadAge: Health is degraded when the newest block is older (0: off).
	MaxHeadAge time.Duration
	// MinFreeDisk: Health is degraded when a volume's filesystem has less free.
	MinFreeDisk uint64
}

// DefaultProviderConfig has the market/v2 defaults with v1's price
// floor (DefaultMinPrice per slot-epoch, for sales and repairs), repairs
// and settles, withdraws every epoch and lets a push wait 20 s for sales.
func DefaultProviderConfig() ProviderConfig {
	sales, repair := marketv2.DefaultSalesConfig(), marketv2.DefaultRepairerConfig()
	sales.Policy.MinPrice = new(big.Int).Set(DefaultMinPrice)
	repair.Policy.MinPrice = new(big.Int).Set(DefaultMinPrice)
	return ProviderConfig{
		Market:        marketv2.DefaultConfig(),
		Sales:         sales,
		Repairer:      repair,
		Settler:       marketv2.DefaultSettlerConfig(),
		Repair:        true,
		Settle:        true,
		WithdrawEvery: 1,
		Poll:          time.Second,
		Confirmations: 12,
		PushWait:      20 * time.Second,
		MaxHeadAge:    5 * time.Minute,
		MinFreeDisk:   1 << 30,
	}
}

// Validate reports a config that cannot work. Volumes are checked only if
// set (OpenProvider fills them).
func (c ProviderConfig) Validate() error {
	var errs []error
	if len(c.Market.Volumes) > 0 {
		errs = append(errs, marketv2.ValidateVolumes(c.Market.Volumes))
	}
	errs = append(errs, c.Market.Prover.Validate(), c.Market.Scrubber.Validate(), c.Sales.Validate())
	if c.Repair {
		errs = append(errs, c.Repairer.Validate())
	}
	if c.Settle {
		errs = append(errs, c.Settler.Validate())
	}
	if c.Confirmations > maxConfirmationsV2 {
		errs = append(errs, fmt.Errorf("%w: %d confirmations (at most %d)", ErrConfirmationsTooDeep, c.Confirmations, maxConfirmationsV2))
	}
	if c.Poll <= 0 || c.PushWait <= 0 {
		errs = append(errs, errors.New("poll and push wait must be > 0"))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("provider v2 config: %w", err)
	}
	return nil
}

// ProviderDir places a v2 provider in one data directory: its libp2p
// identity (identity.key), its volumes (one at Dir/store unless Volumes
// names others; each holds a store and its proofset.json) and repair
// scratch space (Dir/tmp).
type ProviderDir struct {
	Dir string
	// Volumes are the failure domains (one proof set each); empty means
	// one volume at Dir/store of Capacity bytes.
	Volumes []marketv2.Volume
	// Capacity is the default volume's capacity (bytes).
	Capacity uint64
	// P2P are the host's listen addresses etc.; the domain is filled in.
	P2P p2p.Config
	// RelayACL admits the peers the relay service serves (needed with
	// P2P.RelayService; the caller runs it): p2p.NewRelayACL over
	// NewProviderPeers, as `cairn relay run` uses.
	RelayACL *p2p.RelayACL
}
