package contracts

import (
	"bytes"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

var (
	errorsOnce sync.Once
	errorsByID map[[4]byte]string
)

// ErrorName returns the name of the Marketplace or CairnToken custom error
// (including OpenZeppelin's, e.g. ERC20InsufficientAllowance) whose selector
// starts revert data, and false if data is shorter than 4 bytes or unknown.
// Use it with ethclient.RevertErrorData; branch on names, never on strings
// of error messages.
func ErrorName(data []byte) (string, bool) {
	errorsOnce.Do(func() {
		errorsByID = map[[4]byte]string{}
		for _, md := range []string{MarketplaceMetaData.ABI, CairnTokenMetaData.ABI} {
			a, err := abi.JSON(bytes.NewReader([]byte(md)))
			if err != nil {
				panic("contracts: generated ABI does not parse: " + err.Error())
			}
			for name, e := range a.Errors {
				var id [4]byte
				copy(id[:], e.ID[:4])
				errorsByID[id] = name
			}
		}
	})
	if len(data) < 4 {
		return "", false
	}
	var id [4]byte
	copy(id[:], data[:4])
	name, ok := errorsByID[id]
	return name, ok
}
