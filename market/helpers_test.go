package market_test

import (
	"math/big"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/storage"
)

type big_ = big.Int

var big2 = big.NewInt(2)

func signerOf(k *storage.Keys) *chain.Signer { return chain.NewSigner(k.Wallet) }
