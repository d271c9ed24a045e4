package marketv2

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

// ContractError is a MarketplaceV2 (or lens, or token) custom error by its
// Solidity name. Every revert that carries one is wrapped so that
// errors.Is(err, ContractError("Name")) holds; the constants below name the
// ones nodes branch on. The chain.RevertError stays in the chain too.
type ContractError string

func (e ContractError) Error() string { return "marketplace v2: " + string(e) }

// Custom errors nodes branch on (contracts/src/v2/IMarketplaceV2.sol).
const (
	ErrAlreadyProven     ContractError = "AlreadyProven"
	ErrNothingToProve    ContractError = "NothingToProve"
	ErrSeedUnavailable   ContractError = "SeedUnavailable"
	ErrSetNotActive      ContractError = "SetNotActive"
	ErrSetWouldFail      ContractError = "SetWouldFail"
	ErrAdvanceSetFirst   ContractError = "AdvanceSetFirst"
	ErrProofWindowClosed ContractError = "ProofWindowClosed"
	ErrEpochNotStarted   ContractError = "EpochNotStarted"
	ErrEpochTooOld       ContractError = "EpochTooOld"
	ErrInvalidProof      ContractError = "InvalidProof"
	ErrProofLength       ContractError = "ProofLengthMismatch"
	ErrNothingToSettle   ContractError = "NothingToSettle"
	ErrNotInView         ContractError = "NotInView"
	ErrNotRemovable      ContractError = "NotRemovable"
	ErrNotCurrentTenure  ContractError = "NotCurrentTenure"
	ErrTenureFinal       ContractError = "TenureFinal"
	ErrTenureForfeit     ContractError = "TenureForfeit"
	ErrRequestNotLive    ContractError = "RequestNotLive"
	ErrNotExtendable     ContractError = "NotExtendable"
	ErrTooLateToExtend   ContractError = "TooLateToExtend"
	ErrNoAudit           ContractError = "NoAudit"
	ErrNotAuditable      ContractError = "NotAuditable"
	ErrAuditOpen         ContractError = "AuditOpen"
	ErrNothingToWithdraw ContractError = "NothingToWithdraw"
	ErrNotSetOwner       ContractError = "NotSetOwner"
	ErrUnknownSet        ContractError = "UnknownSet"
	ErrUnknownTenure     ContractError = "UnknownTenure"
	ErrSlotNotOpen       ContractError = "SlotNotOpen"
	ErrFillTooEarly      ContractError = "FillTooEarly"
	ErrFillSeed          ContractError = "FillSeedUnavailable"
	ErrNoReservation     ContractError = "NoReservation"
	ErrNotAllowed        ContractError = "NotAllowedProvider"
)

var (
	// ErrNoMarketplace means no MarketplaceV2 (or lens) answers at the address.
	ErrNoMarketplace = errors.New("no marketplace v2 contract at this address")
	// ErrReadOnly means a write was attempted on a Market opened without a sender.
	ErrReadOnly = errors.New("market opened read-only (no wallet)")
	// ErrNoEvent means a mined transaction lacks the event its result is read from.
	ErrNoEvent = errors.New("expected event missing from receipt")
)

// decoded wraps err with its ContractError when it carries revert data of a
// known custom error.
func decoded(err error) error {
	if err == nil {
		return nil
	}
	var data []byte
	if re, ok := chain.AsRevert(err); ok {
		data = re.Data
	} else if d, ok := ethclient.RevertErrorData(err); ok {
		data = d
	}
	if name, ok := contracts.ErrorNameV2(data); ok {
		return fmt.Errorf("%w: %w", ContractError(name), err)
	}
	return err
}

// ErrorDecoders are the decoders that turn MarketplaceV2 and token reverts
// into typed values (*contracts.MarketplaceV2AlreadyProven, …) for
// chain.NewSender. They ignore data shorter than a selector.
func ErrorDecoders() []chain.ErrorDecoder {
	guard := func(d chain.ErrorDecoder) chain.ErrorDecoder {
		return func(data []byte) (any, error) {
			if len(data) < 4 {
				return nil, errors.New("no selector")
			}
			return d(data)
		}
	}
	return []chain.ErrorDecoder{
		guard(contracts.NewMarketplaceV2().UnpackError),
		guard(contracts.NewMarketplaceV2Lens().UnpackError),
		guard(contracts.NewCairnToken().UnpackError),
	}
}

// NewSender is chain.NewSender with the v2 error decoders.
func NewSender(client *chain.Client, signer *chain.Signer, cfg chain.SenderConfig) (*chain.Sender, error) {
	return chain.NewSender(client, signer, cfg, nil, ErrorDecoders()...)
}
