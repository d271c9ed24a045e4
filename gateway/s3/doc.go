// Package s3 is cairn's S3 gateway: an S3-compatible HTTP endpoint that runs
// on the owner's machine and stores objects through the owner's cairn client,
// so backup and sync tools (aws-cli, rclone, minio-go, restic …) back up to
// cairn without knowing it.
//
// It owns:
//   - the S3 surface: github.com/johannesboyne/gofakes3 parses requests and
//     writes the XML; this package implements its Backend and
//     MultipartBackend over the gateway's own index and buffer;
//   - authentication: AWS Signature V4 (header, presigned query and the
//     aws-chunked streaming payloads), verified before gofakes3 sees a
//     request (auth.go, chunked.go);
//   - the index (index.go): buckets, keys, metadata, ETags and where each
//     object's bytes are (a local buffer blob, or a cairn upload + offset +
//     length), in pebble; a snapshot of it is sealed under the wallet's master
//     key and uploaded as a cairn file, so a gateway on a fresh machine
//     restores every bucket from the mnemonic (seal.go, restore.go);
//   - durability (buffer.go, uploader.go): a PUT is fsynced into a local blob
//     and acknowledged; the uploader packs buffered blobs into cairn uploads
//     in the background and survives restarts;
//   - releases (release.go, release_index.go): an upload no object refers
//     to any more (deleted, overwritten, repacked when mostly dead, or a
//     superseded sealed index) is marked in the index and terminated once
//     the sealed index on the network no longer needs it;
//   - renewals (keep.go): its uploads are handed to a marketv2.Keeper that
//     extends them within the gateway's budget.
//
// Invariants: an object is visible only once its bytes are complete and
// fsynced; nothing buffers a whole object in memory (bodies stream to disk,
// reads stream from disk); the index is the one owner of object state.
//
// It reaches the network only through the Network interface (network.go);
// ClientNetwork adapts market.Client on protocol v2. Test with `go test
// ./gateway/...` (a real devnet: anvil, providers, libp2p; minio-go, aws-cli
// and rclone as clients).
package s3
