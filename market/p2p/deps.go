package p2p

import (
	"context"
	"io"

	"github.com/ethereum/go-ethereum/common"
)

// Authorizer decides who may fetch or push a slot's shard; the provider implements it
// over the chain. It returns nil to allow, an error wrapping ErrUnauthorized to refuse
// (ErrNotFound for an unknown slot); any other error is reported to the peer as an
// internal error. It is called concurrently, once per request, after the signature,
// peer id, expiry and signature have been checked (the nonce is recorded after it
// allows). The text of a refusal is sent to the peer: put no secrets in it.
type Authorizer interface {
	// AuthorizeFetch allows signer to read the shard of slot: the request's client
	// (its authKey) or a repairer holding a reservation on a freed slot of the same
	// request — never the request's other active holders.
	AuthorizeFetch(ctx context.Context, slot [32]byte, signer common.Address) error
	// AuthorizePush allows signer to push the shard of slot to this provider: the
	// request's client, for a slot this provider reserved.
	AuthorizePush(ctx context.Context, slot [32]byte, signer common.Address) error
}

// ShardSource serves fetches. OpenShard returns the stored shard of slot and its size,
// or an error wrapping ErrNotFound. The host reads the shard with ReadAt (from one
// goroutine) and closes it when the fetch ends. Called concurrently.
type ShardSource interface {
	OpenShard(ctx context.Context, slot [32]byte) (r ShardReader, size int64, err error)
}

// ShardReader is an open shard; *os.File is one.
type ShardReader interface {
	io.ReaderAt
	io.Closer
}

// ShardSink receives pushes. Called concurrently for different slots; the host never
// runs two pushes of one slot at once.
type ShardSink interface {
	// BeginShard starts or resumes receiving the shard of slot, which is size bytes
	// with Merkle root root (the sink must check both against the slot's on-chain
	// terms and refuse with ErrBadRequest/ErrInvalidShard otherwise). offset is the
	// number of bytes already held from an interrupted push (0 ≤ offset ≤ size; 0 if
	// the sink does not resume); the host writes bytes offset..size-1 to w, in order.
	BeginShard(ctx context.Context, slot [32]byte, size int64, root [32]byte) (offset int64, w ShardWriter, err error)
}

// ShardWriter receives one push. The host calls Write for the bytes in order, then
// Commit once all size bytes are written, then always Close.
type ShardWriter interface {
	io.Writer
	// Commit checks the whole shard against its root and stores it atomically. On a
	// mismatch it stores nothing, discards the partial bytes and returns an error
	// wrapping ErrInvalidShard.
	Commit() error
	// Close releases the writer. Without a successful Commit, the sink may keep the
	// bytes written so far (made durable or not) so that the next BeginShard resumes
	// after them; it must never report more than it really holds.
	Close() error
}
