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

// revertName is the custom error name of a revert, or "".
func revertName(err error) string {
	re, ok := chain.AsRevert(err)
	if !ok {
		return ""
	}
	if name, ok := contracts.ErrorName(re.Data); ok {
		return name
	}
	return re.Name
}

var zeroAddr common.Address
