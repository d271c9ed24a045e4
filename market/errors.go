package market

import (
	"errors"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
)

var (
	// ErrUnknownRequest means no StorageRequested event names the id.
	ErrUnknownRequest = errors.New("unknown request")
	// ErrNotFilled means a put ended before every slot was filled.
	ErrNotFilled = errors.New("not every slot was filled")
	// ErrNoWallet means an operation needs the wallet's mnemonic.
	ErrNoWallet = errors.New("this needs a wallet with a mnemonic")
)

var (
	abiOnce sync.Once
	abiVal  *abi.ABI
)

func contractABI() *abi.ABI {
	abiOnce.Do(func() {
		a, err := contracts.MarketplaceMetaData.ParseABI()
		if err != nil {
			panic("market: generated Marketplace ABI does not parse: " + err.Error())
		}
		abiVal = a
	})
	return abiVal
}

var zeroAddr common.Address

// fillVerdict is what a failed reserve or fill tells a provider about a slot.
type fillVerdict int

const (
	// verdictRetry: nothing proves we lost the slot (an RPC error, a
	// timeout, a lost response, a revert we do not know): keep the shard
	// and the reservation, look again next step.
	verdictRetry fillVerdict = iota
	// verdictCheck: the slot is no longer open (SlotNotOpen), or the fill
	// reverted on chain without a cause the replay could recover (another
	// fill in the same block); it may be ours (an earlier fill whose
	// receipt we never saw) or another's, so only the slot's holder decides.
	verdictCheck
	// verdictLost: the contract says we cannot hold the slot with this
	// reservation and shard (no reservation, lapsed, request over, bad
	// proof, placed elsewhere). The shard is no longer sales' business;
	// the janitor deletes it once a confirmed view agrees.
	verdictLost
)

// classifyFill decodes a reserve/fill error by the contract's custom error
// types (errors.As on chain.RevertError), never by message.
func classifyFill(err error) fillVerdict {
	re, ok := chain.AsRevert(err)
	if !ok {
		return verdictRetry
	}
	switch re.Decoded.(type) {
	case nil:
		if len(re.Data) == 0 && re.Reason == "" {
			return verdictCheck
		}
	case *contracts.MarketplaceSlotNotOpen:
		return verdictCheck
	case *contracts.MarketplaceNoReservation, *contracts.MarketplaceReservationExpired,
		*contracts.MarketplaceRequestEnded, *contracts.MarketplaceRequestNotLive, *contracts.MarketplaceRequestExpired,
		*contracts.MarketplaceInvalidProof, *contracts.MarketplaceProofLengthMismatch, *contracts.MarketplaceBadSlotIndex,
		*contracts.MarketplaceNotAllowedProvider, *contracts.MarketplaceUnknownRequest:
		return verdictLost
	}
	return verdictRetry
}

// revertAs returns err's decoded custom error if it is of type T.
func revertAs[T any](err error) (T, bool) {
	var zero T
	re, ok := chain.AsRevert(err)
	if !ok {
		return zero, false
	}
	v, is := re.Decoded.(T)
	return v, is
}

// isRevert reports whether err is the contract's custom error of type T.
func isRevert[T any](err error) bool {
	_, ok := revertAs[T](err)
	return ok
}
