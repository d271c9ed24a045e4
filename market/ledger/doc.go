// Package ledger is a node's one persisted view of the chain's facts about
// the protocol v2 Marketplace: requests, slots and their holders,
// reservations, providers' peer info, proof sets, their tenures, audits and
// the requests' slot-epoch counters (the v1 mode was removed with protocol
// v1; a v1 directory fails to open with ErrV1Ledger). It is fed by one chain.Watcher and keeps
// everything in pebble, one directory per contract.
//
// Invariants:
//   - Every page of logs is decoded and committed in one pebble batch
//     together with the watcher cursor and the page's recent block hashes,
//     so a crash never leaves derived state without its cursor (or a cursor
//     ahead of its state).
//   - History is scanned once; a restart resumes from the persisted cursor.
//   - Within the reorg window every write is journaled per block (the prior
//     value of each key), so a rewind to the common ancestor restores
//     exactly the state the ledger had at that block. A reorg deeper than
//     the window (or one whose ancestor is unknown) wipes the ledger and
//     rescans from StartBlock.
//   - The view reflects only confirmed blocks: Synced() is the block it is
//     complete up to.
//
// Beside that view it keeps node-local records (Local, prefix 0xff and
// one owner byte: LocalProofs is the prover's reorg memory): facts about
// this node, written by their one owner, never journaled, rewound or
// wiped by a reset.
//
// The key layout, the event → state rules and what v2's events cannot give
// (read from the lens) are in docs/ledger.md. Tests run real anvil with the
// v2 contracts deployed (contracts/contracttest) and real pebble.
package ledger
