// Package storage owns cairn's client- and provider-side data path, with no
// chain: key derivation from a mnemonic (keys.go), the streaming AEAD
// (aead.go), Reed-Solomon striping (erasure.go), the streaming encode/decode
// pipeline (pipeline.go), deterministic streams and shards served on demand
// from the plaintext (stream.go, shardsource.go), ranged decoding of a few
// segments (ranged.go), the sealed manifest (manifest.go) and the provider's
// crash-safe shard store (store.go, index.go).
//
// Invariants:
//   - Providers never see plaintext, keys or names: everything leaving the
//     client is ciphertext from the AEAD stream or the sealed manifest.
//   - The shard size depends only on (plaintext size, k): ShardSize.
//   - Memory is bounded by a few stripes (StripeChunk per shard), never by the
//     file size.
//   - A shard in the store is visible as stored only after its bytes were
//     fsynced, its root verified and it was renamed into place.
//
// Tests are external (package storage_test): round trips under every
// combination of up to m lost or corrupt shards, tamper tests for the stream
// and the manifest, fuzzers for every decoder, and a kill -9 test of the
// store run in a child process. Formats are documented in docs/storage.md.
package storage
