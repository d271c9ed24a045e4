package market

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/market/ledger"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
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

// LedgerProofs is the prover's reorg memory (marketv2.ProofJournal) kept
// in the ledger's pebble as node-local records of owner
// ledger.LocalProofs, which the prover alone writes: key set id and epoch
// (8+8 B BE), value the receipt's block (8 B BE) and hash (32 B).
type LedgerProofs struct{ Ledger *ledger.Ledger }

func proofKey(setID, epoch uint64) []byte {
	return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, setID), epoch)
}

// Landings implements marketv2.ProofJournal.
func (a LedgerProofs) Landings() ([]marketv2.ProofLanding, error) {
	var out []marketv2.ProofLanding
	err := a.Ledger.Local(ledger.LocalProofs).Scan(func(k, v []byte) error {
		if len(k) != 16 || len(v) != 40 {
			return fmt.Errorf("proof landing %x: %d-byte value: %w", k, len(v), errCorruptLanding)
		}
		out = append(out, marketv2.ProofLanding{
			SetID: binary.BigEndian.Uint64(k), Epoch: binary.BigEndian.Uint64(k[8:]),
			Block: binary.BigEndian.Uint64(v), Hash: common.BytesToHash(v[8:]),
		})
		return nil
	})
	return out, err
}

// PutLanding implements marketv2.ProofJournal (fsynced).
func (a LedgerProofs) PutLanding(l marketv2.ProofLanding) error {
	v := append(binary.BigEndian.AppendUint64(nil, l.Block), l.Hash[:]...)
	return a.Ledger.Local(ledger.LocalProofs).Put(proofKey(l.SetID, l.Epoch), v)
}

// DeleteLanding implements marketv2.ProofJournal.
func (a LedgerProofs) DeleteLanding(setID, epoch uint64) error {
	return a.Ledger.Local(ledger.LocalProofs).Delete(proofKey(setID, epoch))
}

// errCorruptLanding is a proof landing record that cannot be decoded.
var errCorruptLanding = errors.New("corrupt record")

var _ marketv2.ProofJournal = LedgerProofs{}
