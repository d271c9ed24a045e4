// Package devchain starts the development chains tests and devnets run on
// besides anvil: geth --dev, built from the go-ethereum module this project
// pins (GethBinary; no download but the Go module proxy), funded like anvil
// from account 0 of anvil's mnemonic (StartGeth, FundAccounts), behind a
// small JSON-RPC front that answers anvil_mine and evm_mine so tests that
// mine blocks run unchanged. StartTestChain picks anvil or geth by
// $CAIRN_TEST_CHAIN; both come back as an anvil.Node.
//
// It owns the geth process, its temporary datadir and the front. What
// differs on geth, and how it is handled, is in docs/devchains.md. Tests run
// geth when it is built already or CAIRN_TEST_CHAIN=geth asks for it (the
// first build takes minutes).
package devchain
