package main

import (
	"errors"
	"fmt"
	"strings"
	"syscall"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/hdwallet"
	"github.com/cairn-storage/cairn/internal/wallet"
)

// hintError carries the next step to show the user with an error.
type hintError struct {
	err  error
	next string
}

func (h *hintError) Error() string { return h.err.Error() }
func (h *hintError) Unwrap() error { return h.err }

// hint attaches the next step for the user to err. An attached hint wins
// over the sentinel table below (the outermost one if several), so a command
// can be more specific than the package it called.
func hint(err error, next string) error {
	if err == nil {
		return nil
	}
	return &hintError{err: err, next: next}
}

// hints maps the sentinel errors of the packages the CLI calls to the next
// step a user should take. Add a row when a package gains a sentinel that
// users can act on.
var hints = []struct {
	err  error
	next string
}{
	{chain.ErrWrongPassword, "check the password file given by --password-file (or CAIRN_PASSWORD_FILE)"},
	{chain.ErrRPCUnreachable, "start the node or pass a reachable --rpc-url (or ETH_RPC_URL)"},
	{chain.ErrWrongChain, "point --rpc-url at the right chain or fix --chain-id (CAIRN_CHAIN_ID)"},
	{wallet.ErrNoWallet, "create one with `cairn wallet new` or `cairn wallet import`, or pass --datadir"},
	{wallet.ErrExists, "pass --force to replace it (the old files are kept in the data directory)"},
	{wallet.ErrUnreadable, "restore the wallet with `cairn wallet import --mnemonic-file F --force`"},
	{wallet.ErrNoMnemonic, "import the wallet's mnemonic with `cairn wallet import --mnemonic-file F --force`"},
	{wallet.ErrEmptyPassword, "put a non-empty password in the --password-file"},
	{hdwallet.ErrBadMnemonic, "check the words (BIP-39, 12 or 24 English words) in the mnemonic file"},
	{errNoPassword, "pass --password-file FILE (or set CAIRN_PASSWORD_FILE)"},
	{syscall.ENOSPC, "free some space on that disk, or write elsewhere (-o, --datadir), and run the command again"},
}

// formatError renders err as the single line "cairn: <what> : <next step>".
func formatError(err error) string {
	msg := oneLine(err.Error())
	if next := nextStep(err); next != "" {
		return fmt.Sprintf("cairn: %s : %s", msg, next)
	}
	return "cairn: " + msg
}

func nextStep(err error) string {
	var h *hintError
	if errors.As(err, &h) {
		return h.next
	}
	for _, row := range hints {
		if errors.Is(err, row.err) {
			return row.next
		}
	}
	return ""
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
