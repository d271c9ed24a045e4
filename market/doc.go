// Package market is the product: strangers trading storage through the
// Marketplace contract. It composes chain (transactions, epochs, events),
// storage (encryption, erasure coding, shard store), proofs (Merkle proofs)
// and market/p2p (shard exchange) into:
//
//   - Market: a typed facade over the deployed contract (reads, writes,
//     events) used by everything else;
//   - Provider: the daemon behind `cairn provider run` — registers, sells
//     space under a policy, receives and verifies shards, fills slots, proves
//     every epoch in batches, withdraws, and runs the settler and repairer;
//   - Client: put (streamed, journalled and resumable, segmented when large),
//     put -r of folders, get (ranged, resumable, hedged), ls, status and
//     restore for a wallet; see docs/client.md.
//
// Everything long-running exposes Run(ctx) error and stops on cancel; the
// loop bodies (Provider.Tick) take an explicit epoch so tests can drive
// them. Tests run real anvil, real libp2p hosts over loopback and real
// pebble stores.
package market
