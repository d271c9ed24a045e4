package contracts

import (
	"bytes"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

var (
	errorsV2Once sync.Once
	errorsV2ByID map[[4]byte]string
)

// ErrorNameV2 returns the name of the custom error whose selector starts
// revert data — MarketplaceV2's (its facet's included), MarketplaceV2Lens's
// or CairnToken's (OpenZeppelin's too, e.g. ERC20InsufficientAllowance) —
// and false if data is shorter than 4 bytes or unknown. Use it with
// ethclient.RevertErrorData; branch on names, never on error strings.
func ErrorNameV2(data []byte) (string, bool) {
	errorsV2Once.Do(func() {
		errorsV2ByID = map[[4]byte]string{}
		for _, md := range []string{MarketplaceV2MetaData.ABI, MarketplaceV2LensMetaData.ABI, CairnTokenMetaData.ABI} {
			a, err := abi.JSON(bytes.NewReader([]byte(md)))
			if err != nil {
				panic("contracts: generated ABI does not parse: " + err.Error())
			}
			for name, e := range a.Errors {
				var id [4]byte
				copy(id[:], e.ID[:4])
				errorsV2ByID[id] = name
			}
		}
	})
	if len(data) < 4 {
		return "", false
	}
	var id [4]byte
	copy(id[:], data[:4])
	name, ok := errorsV2ByID[id]
	return name, ok
}
