package chain

import (
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/rpc"
)

// isTransient reports whether err is worth retrying: the network or the
// node hiccupped, not the request itself being wrong.
func isTransient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	var he rpc.HTTPError
	if errors.As(err, &he) {
		return he.StatusCode >= 500 || he.StatusCode == 429
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) {
		return true
	}
	msg := err.Error()
	for _, s := range []string{"connection reset", "connection refused", "broken pipe", "timeout", "too many requests", "503", "502", "504"} {
		if strings.Contains(strings.ToLower(msg), s) {
			return true
		}
	}
	return false
}

// isUnsent reports a failure that proves the request never reached the
// node: the connection was refused, or the endpoint answered 429 Too Many
// Requests or 503 Service Unavailable instead of processing it. A send that
// failed so need not be looked up before it is retried; any other failure
// (reset, EOF, timeout, 502/504 from a gateway) may hide a delivered one.
func isUnsent(err error) bool {
	var he rpc.HTTPError
	if errors.As(err, &he) {
		return he.StatusCode == 429 || he.StatusCode == 503
	}
	return errors.Is(err, syscall.ECONNREFUSED)
}

// Nodes report transaction-pool verdicts only as message text (geth, anvil,
// reth, erigon and the public providers in front of them each word them a
// little differently), so these classifiers match the known wordings. They
// classify the node's errors, never cairn's own.

func hasAny(err error, subs ...string) bool {
	if err == nil {
		return false
	}
	m := strings.ToLower(err.Error())
	for _, s := range subs {
		if strings.Contains(m, s) {
			return true
		}
	}
	return false
}

// isKnownTx: the node already has this very transaction (geth "already
// known", anvil "transaction already imported", parity "known transaction").
func isKnownTx(err error) bool {
	return hasAny(err, "already known", "already imported", "known transaction", "alreadyknown")
}

// isNonceTooLow: the nonce is consumed on the node's chain.
func isNonceTooLow(err error) bool {
	return hasAny(err, "nonce too low", "nonce has already been used", "oldnonce", "invalid nonce")
}

// isFeeTooLow: the node refused the fee: a replacement that does not bump
// enough, or a fee cap below the current base fee.
func isFeeTooLow(err error) bool {
	return hasAny(err, "underpriced", "fee too low", "less than block base fee", "below block base fee", "max fee per gas less than")
}
