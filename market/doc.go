// Package market is the product: strangers trading storage through the
// Marketplace contract. It composes chain (transactions, epochs, events),
// storage (encryption, erasure coding, shard store), proofs (Merkle proofs)
// and market/p2p (shard exchange) into:
//
//   - Provider: the daemon behind `cairn provider run` on protocol v2
//     (files provider*.go), composed from market/v2's services — one proof set
//     per volume, the set prover, scrubber, sales, repairer and settleSet
//     settler — with a p2p push inbox between the clients' pushes and
//     sales, fetch authorization from the chain and repair fetches over
//     p2p; see docs/market-v2.md, "The node". market/v2 is the typed facade
//     over the v2 contract. (Protocol v1's Market facade and Provider were
//     removed; see docs/market.md.)
//   - Client: put (streamed, journalled and resumable, segmented when large),
//     put -r of folders, get (ranged, resumable, hedged), ls, status and
//     restore for a wallet; see docs/client.md.
//
// Everything long-running exposes Run(ctx) error and stops on cancel; the
// services' Step takes an explicit epoch so tests can drive them. Tests
// run real anvil, real libp2p hosts over loopback and real pebble stores.
package market
