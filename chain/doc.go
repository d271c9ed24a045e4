// Package chain is cairn's only door to an EVM chain. It owns the RPC client
// (dialled with a chain-id check), signers (encrypted keystore or BIP-39
// mnemonic), a transaction sender that is safe for concurrent callers (local
// nonce tracking, gas estimation with headroom, EIP-1559 fees, retries on
// transient RPC errors, receipts with N confirmations, decoded reverts), the
// epoch clock of protocol v1 and a reorg-aware event watcher that resumes
// from a stored cursor.
//
// Invariants:
//   - A Sender never hands out the same nonce twice; after a failed send it
//     resynchronises from the node's pending nonce before the next one.
//   - A Watcher delivers a log only once its block has Confirmations blocks
//     on top, and advances its cursor only after the handler returned nil, so
//     a crash redelivers rather than loses events (handlers are idempotent).
//
// Tests run against a real anvil (internal/anvil/anviltest).
package chain
