// Package testnet runs a whole cairn market on one machine: a pinned anvil
// (--hardfork prague), the token and the v2 Marketplace deployed with devnet
// parameters, funded accounts from anvil's mnemonic, and providers — in
// process (for tests, like storj's testplanet: StartChain, Chain.StartProvider)
// or as `cairn provider run` subprocesses (for `cairn devnet up` and the
// demo: Up, Down, Inspect). It writes devnet.json so other commands find
// the chain, the contracts and the accounts.
//
// A devnet directory is owned by one supervisor at a time (an flock on
// devnet.lock, plus the PIDs in devnet.json checked against their command
// lines). Every child runs in its own process group and is stopped by PID
// — SIGTERM, then SIGKILL after a grace period — providers first, then
// anvil, which saves the chain to its --state file so a later Up resumes
// it. Test with the real binary built once per package (devnet_test.go).
package testnet
