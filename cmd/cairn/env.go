package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/wallet"
)

// Env is what a command body gets: the resolved configuration, a logger
// and printer bound to the process's streams, and helpers for the things
// most commands need (an RPC client, a password, the unlocked wallet).
type Env struct {
	Cfg Config
	Log *slog.Logger // text to stderr at Cfg.LogLevel
	Out *Printer     // stdout: JSON when Cfg.JSON, else human text

	stdin  io.Reader
	stderr io.Writer
}

type envKey struct{}

// setupEnv is every leaf command's Before hook (see prepare).
func setupEnv(c *cli.Context) error {
	cfg, err := resolve(c)
	if err != nil {
		return err
	}
	opts := &slog.HandlerOptions{Level: cfg.LogLevel}
	var h slog.Handler = slog.NewTextHandler(c.App.ErrWriter, opts)
	if cfg.LogJSON {
		h = slog.NewJSONHandler(c.App.ErrWriter, opts)
	}
	log := slog.New(h)
	if cfg.ConfigFile != "" {
		log.Debug("read config", "path", cfg.ConfigFile)
	}
	log.Debug("transaction options", "max_fee_per_gas_wei", cfg.MaxFeePerGas, "stuck_blocks", cfg.StuckBlocks)
	e := &Env{
		Cfg:    cfg,
		Log:    log,
		Out:    &Printer{w: c.App.Writer, json: cfg.JSON},
		stdin:  c.App.Reader,
		stderr: c.App.ErrWriter,
	}
	c.Context = context.WithValue(c.Context, envKey{}, e)
	return nil
}

// Stderr is where prompts, warnings and progress go.
func (e *Env) Stderr() io.Writer { return e.stderr }

// Dial connects to --rpc-url and checks --chain-id when it is set. Close
// the client when done.
func (e *Env) Dial(ctx context.Context) (*chain.Client, error) {
	url := e.rpcURL()
	e.Log.Debug("dial", "rpc_url", url, "chain_id", e.Cfg.ChainID)
	cl, err := chain.Dial(ctx, url, e.Cfg.ChainID)
	if err != nil {
		if !e.Cfg.RPCURLSet && errors.Is(err, chain.ErrRPCUnreachable) && e.devnet() != nil {
			return nil, hint(fmt.Errorf("connect to the devnet in %s: %w", e.Cfg.DevnetDir, err),
				"is it running? start it with `cairn devnet up`, or pass --rpc-url")
		}
		return nil, fmt.Errorf("connect to chain: %w", err)
	}
	return cl, nil
}

// SenderConfig is the chain sender configuration chosen by
// --max-fee-per-gas and --stuck-blocks.
func (e *Env) SenderConfig() chain.SenderConfig {
	cfg := chain.DefaultSenderConfig()
	cfg.StuckBlocks = e.Cfg.StuckBlocks
	cfg.MaxFeePerGas = e.Cfg.MaxFeePerGas
	return cfg
}

// WalletOptions are the wallet write options chosen by global flags.
func (e *Env) WalletOptions(force bool) wallet.Options {
	if e.Cfg.LightKDF {
		e.Log.Warn("light scrypt selected: this keystore is cheap to brute-force; devnets and tests only")
	}
	return wallet.Options{LightKDF: e.Cfg.LightKDF, Force: force}
}

// Wallet unlocks the wallet in the data directory, reading the password
// from --password-file or a prompt. Commands that need the file keys call
// (*wallet.Wallet).Seed, which fails with wallet.ErrNoMnemonic for a wallet
// imported from a keystore.
func (e *Env) Wallet(c *cli.Context) (*wallet.Wallet, error) {
	if _, err := wallet.ReadAddress(e.Cfg.DataDir); err != nil {
		return nil, err // no prompt for a wallet that is not there
	}
	pw, err := e.Password(c, "Wallet password", false)
	if err != nil {
		return nil, err
	}
	w, err := wallet.Load(e.Cfg.DataDir, pw)
	if err != nil {
		return nil, fmt.Errorf("unlock wallet: %w", err)
	}
	return w, nil
}

// errNoPassword: no --password-file and no terminal to prompt on.
var errNoPassword = errors.New("no password: --password-file not given and stdin is not a terminal")

// passwordFileFlag is the flag every command that unlocks or writes a
// wallet carries (env CAIRN_PASSWORD_FILE).
func passwordFileFlag() cli.Flag {
	return &cli.StringFlag{Name: "password-file", Usage: "file holding the wallet password (one line)"}
}

// Password reads a password from the command's --password-file or, when
// stdin is a terminal, from a no-echo prompt on stderr (asked twice when
// confirm is set). Passwords never come from flag values.
func (e *Env) Password(c *cli.Context, prompt string, confirm bool) (string, error) {
	if path := c.String("password-file"); path != "" {
		pw, err := chain.ReadPasswordFile(expandHome(path))
		if err != nil {
			return "", hint(err, "check --password-file / CAIRN_PASSWORD_FILE")
		}
		return pw, nil
	}
	f, ok := e.stdin.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return "", errNoPassword
	}
	pw, err := e.readSecret(f, prompt+": ")
	if err != nil {
		return "", err
	}
	if confirm {
		again, err := e.readSecret(f, "Repeat "+strings.ToLower(prompt[:1])+prompt[1:]+": ")
		if err != nil {
			return "", err
		}
		if again != pw {
			return "", errors.New("the passwords differ")
		}
	}
	return pw, nil
}

func (e *Env) readSecret(f *os.File, prompt string) (string, error) {
	fmt.Fprint(e.stderr, prompt)
	b, err := term.ReadPassword(int(f.Fd()))
	fmt.Fprintln(e.stderr)
	if err != nil {
		return "", fmt.Errorf("read password: %w", err)
	}
	return string(b), nil
}
