// Package p2p is cairn's libp2p shard exchange: a host (TCP, noise, yamux; bound to
// 127.0.0.1 by default) that speaks the protocol /cairn/shard/1 to PUSH a shard to the
// provider that reserved its slot and to FETCH a shard, whole or a byte range, from its
// holder.
//
// # Authorization
//
// Every request carries an EIP-712 signature (domain "cairn", version "1", the chain id
// and the marketplace address from Config) over
//
//	ShardRequest(bytes32 slotId,bytes32 peer,uint8 op,uint64 offset,uint64 length,uint64 expiry,bytes32 nonce)
//
// where peer is keccak256 of the serving peer id's bytes. The serving host refuses a
// request addressed to another peer id, one whose expiry has passed or lies more than
// Config.MaxExpiryAhead ahead, and one whose nonce it has already seen (nonces are kept
// until their expiry, so a replay is refused while the signature is still valid and
// expired afterwards). It then recovers the signer and asks its Authorizer whether that
// address may do the operation on that slot. Who may is the provider's business: the
// request's client (its authKey) or a repairer holding a reservation on a freed slot of
// the same request may fetch — never the request's other active holders (DESIGN.md,
// "Provider").
//
// # Wire format
//
// A stream carries frames: type (1 byte) ‖ payload length (4 bytes, big-endian) ‖
// payload, each type with its own maximum payload size (see wire.go). A PUSH is:
// request → response(offset the receiver already holds) → data frames from that offset
// to the end → response(committed or refused). A FETCH is: request → response(shard size,
// length) → data frames; a holder that fails midway sends a response frame with an
// error in place of the next data frame; a receiver of a push that fails midway answers
// at once, and the sender, which reads that answer beside its writes, stops. A
// RESERVING question (op 3, the request id in the slotId field, offset and length 0)
// is: request → response(the slot index the provider is reserving in that request),
// answered once the provider has sent its reservation (a ReservationSource; see
// reserving.go), so the request's client can push before the reservation is mined.
// Backpressure
// is yamux's per-stream flow-control window: a sender blocks once the receiver stops
// reading, and each side holds at most one frame (≤ MaxDataFrame) of its own. Every
// frame read or write has a deadline of Config.IdleTimeout (the first frame at most
// 10s; a push's final answer that plus 100ms per MiB for the root check).
//
// # Resumable pushes
//
// A ShardSink may keep the bytes of an interrupted push; BeginShard reports how many it
// holds, and the sender continues from there. The root is checked once, at Commit, over
// the whole shard; a mismatch stores nothing.
//
// # Behind a NAT
//
// A host announces (identify, the on-chain peer info) its listen addresses, or
// Config.AnnounceAddrs instead (a NAT's public address with a port forwarded to ours),
// then one <relay>/p2p/<relay id>/p2p-circuit address per Config.Relays address: with
// relays, it reserves a slot on each (libp2p autorelay, reachability forced private) and
// tries DCUtR hole punching. Direct addresses always come first. Every host can dial
// /p2p-circuit addresses. Config.RelayService makes a host a circuit v2 relay with no
// per-connection data or time limit, so shards cross it (see reach.go and docs/netns.md).
// NewRelay is the same relay service alone, without the shard protocol. Either needs a
// RelayACL (acl.go): reservations only for admitted peers (the registered providers a
// RelayPeers lists, an allow list, or anyone with AllowAny), circuits only to them.
//
// # Lifetime
//
// New binds the listen addresses (so Addrs is valid at once, for the on-chain peer
// info) but serves nothing; Run serves the protocol until its context is cancelled or
// Close is called. Push and Fetch (the client side) work with or without Run. No
// goroutine started by this package outlives Close.
//
// # Testing
//
// The tests run real libp2p hosts over loopback with in-memory sources and sinks, fuzz
// the frame decoder, the request decoder and the peer-info decoder, and check for leaked
// goroutines with goleak. BenchmarkPush reports push throughput over loopback,
// BenchmarkRelayedPush the same through a relay.
package p2p
