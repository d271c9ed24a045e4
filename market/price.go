package market

import "math/big"

// DefaultMinPrice is the default price floor: 0.01 token (10^16 base
// units) per slot-epoch. A zero floor would let anyone make every
// provider reserve (and risk deposits) for requests that pay nothing.
var DefaultMinPrice = big.NewInt(1e16)
