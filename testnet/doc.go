// Package testnet runs a whole cairn market on one machine: a pinned anvil
// (--hardfork prague), the token and Marketplace deployed with devnet
// parameters, funded accounts from anvil's mnemonic, and providers — in
// process (for tests, like storj's testplanet) or as `cairn provider run`
// subprocesses (for `cairn devnet up` and the demo). It writes devnet.json so
// other commands find the chain, the contracts and the accounts.
package testnet
