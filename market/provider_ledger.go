package market

import (
	"errors"
	"fmt"

	"github.com/cairn-storage/cairn/market/ledger"
)

// ErrConfirmationsTooDeep is returned (wrapped) by OpenProvider when the
// ledger's confirmations are not well under one epoch: the prover learns
// of a new member from the ledger, and a member filled at startEpoch − 1
// must be seen before its first epoch's proof is due.
var ErrConfirmationsTooDeep = errors.New("confirmations must stay under half an epoch")

// maxConfirmationsV2 bounds ProviderConfig.Confirmations before the
// epoch length is known (the ledger journals 64 blocks for a rewind).
const maxConfirmationsV2 = 64

// checkConfirmations refuses confirmations that are not well under one
// epoch of epochBlocks blocks (at most a half, strictly less).
func checkConfirmations(conf, epochBlocks uint64) error {
	if conf > maxConfirmationsV2 || 2*conf >= epochBlocks {
		return fmt.Errorf("%w: %d confirmations, %d-block epochs", ErrConfirmationsTooDeep, conf, epochBlocks)
	}
	return nil
}

// openLedger opens the provider's v2 ledger in dir: from the deployment
// block, at cfg.Confirmations, polled at cfg.Poll.
func (p *Provider) openLedger(dir string) error {
	if err := checkConfirmations(p.cfg.Confirmations, uint64(p.m.Config.EpochBlocks)); err != nil {
		return fmt.Errorf("provider v2 config: %w", err)
	}
	lc := ledger.DefaultConfig()
	lc.Protocol = ledger.ProtocolV2
	lc.StartBlock = p.m.Deployment().Block
	lc.Confirmations = p.cfg.Confirmations
	lc.Poll = p.cfg.Poll
	l, err := ledger.Open(dir, lc, p.log, p.m.Client(), p.m.Address())
	if err != nil {
		return fmt.Errorf("provider v2 ledger: %w", err)
	}
	p.ledger = l
	return nil
}
