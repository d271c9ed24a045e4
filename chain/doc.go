// Package chain is cairn's only door to an EVM chain. It owns the RPC client
// (dialled with a chain-id check), signers (encrypted keystore or BIP-39
// mnemonic), a transaction sender that is safe for concurrent callers (local
// nonce tracking, gas estimation with headroom, EIP-1559 fees, retries on
// transient RPC errors, receipts with N confirmations, decoded reverts,
// idempotent sends and replace-by-fee), the epoch clock of protocol v1 and a
// reorg-aware event watcher that resumes from a stored cursor.
//
// Sender guarantees (docs/chains.md has the reasoning):
//   - Idempotence: a logical call is bound to one nonce from the moment it
//     is signed. Every version signed for it (rebroadcasts, fee
//     replacements) reuses that nonce, so at most one can ever mine, and all
//     their hashes are remembered so whichever mined is found. A lost send
//     answer, a "nonce too low" after our own tx mined, a timeout or an
//     outage never signs the call under a new nonce: the sender first looks
//     the tx up by hash. Only when another transaction provably took the
//     nonce (not one of ours, seen on two polls) does Send sign the call
//     again (ErrNonceConsumed).
//   - Nonces are local and never lowered below what was signed: the node's
//     pending nonce is read before each send and taken only when it is
//     ahead (another sender used the account); a lagging node's lower answer
//     is ignored, and in-flight calls nobody waits on are sent again so they
//     leave no gap. The one exception: when a reorg dropped transactions
//     whose receipts were returned and no node has them any more (gone at a
//     head past their block), their nonces are taken again by the next
//     calls, which would otherwise wait forever behind the gap; the dropped
//     calls are not re-sent (their callers re-send from a reorg-aware view).
//   - Reads over HTTP answered 429 are retried by the client's transport;
//     headers are read in JSON-RPC batches (Client.HeadersByNumber).
//   - Replace-by-fee: a tx not mined StuckBlocks blocks after it was signed,
//     or dropped by the node for its fee, is re-signed on the same nonce with
//     tip and fee cap raised ≥ 25% and to at least 2×base fee + tip, never
//     above SenderConfig.MaxFeePerGas. At the cap, Wait/Send return a
//     *FeeCapError (errors.Is ErrFeeCapReached) carrying the tx, which is not
//     cancelled: Wait on it again resumes, and it may still mine.
//   - Retries: HTTP 429/5xx, refused or reset connections and timeouts are
//     retried with capped exponential backoff and counted (Sender.Stats). A
//     send refused before processing (429, 503, connection refused) is
//     resent at once; any other failure is looked up by hash first, so one
//     logical send reaches the node once.
//   - A timeout (ErrTxTimeout) or cancelled context does not cancel the tx.
//
// Watcher invariant: it delivers a log only once its block has
// Confirmations blocks on top, and advances its cursor only after the
// handler returned nil, so a crash redelivers rather than loses events
// (handlers are idempotent).
//
// Tests run against a real anvil (internal/anvil/anviltest), the fault
// tests through internal/rpcproxy.
package chain
