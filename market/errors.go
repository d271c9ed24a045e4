package market

import "errors"

var (
	// ErrUnknownRequest means no StorageRequested event names the id.
	ErrUnknownRequest = errors.New("unknown request")
	// ErrNotFilled means a put ended before every slot was filled.
	ErrNotFilled = errors.New("not every slot was filled")
	// ErrNoWallet means an operation needs the wallet's mnemonic.
	ErrNoWallet = errors.New("this needs a wallet with a mnemonic")
)
