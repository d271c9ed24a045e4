package p2p

import (
	"errors"
	"fmt"
)

// Sentinel errors. A refusal by the remote peer is a *RemoteError, which matches ErrRemote
// and the sentinel of its status (errors.Is). The provider's Authorizer, ShardSource and
// ShardSink return these sentinels (wrapped) so the server maps them to a status; any
// other error is reported to the peer as StatusInternal without its text.
var (
	ErrRemote       = errors.New("p2p: remote peer refused the request")
	ErrUnauthorized = errors.New("p2p: unauthorized")
	ErrExpired      = fmt.Errorf("request expired or too far ahead: %w", ErrUnauthorized)
	ErrReplay       = fmt.Errorf("request nonce already used: %w", ErrUnauthorized)
	ErrWrongPeer    = fmt.Errorf("request signed for another peer: %w", ErrUnauthorized)
	ErrNotFound     = errors.New("p2p: shard not found")
	ErrInvalidShard = errors.New("p2p: shard does not match its root")
	ErrBadRequest   = errors.New("p2p: bad request")
	ErrBusy         = errors.New("p2p: busy, try again later")
	ErrUnsupported  = errors.New("p2p: operation not served by this peer")
	ErrProtocol     = errors.New("p2p: protocol violation")
	ErrTransport    = errors.New("p2p: stream failed") // reset, closed, timed out
	ErrClosed       = errors.New("p2p: host closed")
)

// Status is the wire code of a response frame.
type Status uint8

// Wire status codes. Values are part of the protocol: never renumber.
const (
	StatusOK           Status = 0
	StatusBadRequest   Status = 1
	StatusUnauthorized Status = 2
	StatusExpired      Status = 3
	StatusReplay       Status = 4
	StatusWrongPeer    Status = 5
	StatusNotFound     Status = 6
	StatusInvalidShard Status = 7
	StatusBusy         Status = 8
	StatusInternal     Status = 9
	StatusUnsupported  Status = 10
)

// statusSentinels maps each non-OK status to the sentinel a RemoteError matches.
var statusSentinels = map[Status]error{
	StatusBadRequest:   ErrBadRequest,
	StatusUnauthorized: ErrUnauthorized,
	StatusExpired:      ErrExpired,
	StatusReplay:       ErrReplay,
	StatusWrongPeer:    ErrWrongPeer,
	StatusNotFound:     ErrNotFound,
	StatusInvalidShard: ErrInvalidShard,
	StatusBusy:         ErrBusy,
	StatusUnsupported:  ErrUnsupported,
}

var statusNames = [...]string{"ok", "bad_request", "unauthorized", "expired", "replay",
	"wrong_peer", "not_found", "invalid_shard", "busy", "internal", "unsupported"}

// String names the status.
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("status_%d", uint8(s))
}

// RemoteError is a refusal sent by the remote peer.
type RemoteError struct {
	Status  Status
	Message string // the peer's text, untrusted; for logs only
}

func (e *RemoteError) Error() string {
	if e.Message == "" {
		return fmt.Sprintf("remote: %s", e.Status)
	}
	return fmt.Sprintf("remote: %s: %q", e.Status, e.Message)
}

// Is matches ErrRemote and the sentinel of the status (and what that sentinel wraps,
// e.g. ErrReplay → ErrUnauthorized).
func (e *RemoteError) Is(target error) bool {
	if target == ErrRemote {
		return true
	}
	s, ok := statusSentinels[e.Status]
	return ok && errors.Is(s, target)
}

// statusOf maps a server-side error to the status and text sent to the peer. Unknown
// errors become StatusInternal with a generic text: internal details stay in the log.
func statusOf(err error) (Status, string) {
	if errors.Is(err, ErrProtocol) {
		return StatusBadRequest, truncate(err.Error(), maxMessage)
	}
	order := []Status{StatusExpired, StatusReplay, StatusWrongPeer, StatusUnauthorized,
		StatusNotFound, StatusInvalidShard, StatusBadRequest, StatusBusy, StatusUnsupported}
	for _, s := range order {
		if errors.Is(err, statusSentinels[s]) {
			return s, truncate(err.Error(), maxMessage)
		}
	}
	return StatusInternal, "internal error"
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
