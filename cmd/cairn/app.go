package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"
)

// commands is the one list of top-level commands. To add a command group,
// write <group>.go with a func returning its *cli.Command (one file per
// group, see wallet.go) and list it here. newApp then wires in, for every
// leaf command: the global flags, CAIRN_<FLAG> env for each of its flags, its
// keys in the [<group>] section of the TOML config, and one-line errors.
//
// Rules for command authors:
//   - Action: withEnv(func(c *cli.Context, e *Env) error). e.Cfg is the
//     resolved global config, e.Dial(ctx) the chain client, e.Wallet(c) the
//     unlocked wallet (add passwordFileFlag() to the command), e.Out prints
//     data (Result/Table; FormatToken, FormatSize in output.go), e.Log logs.
//   - Set Args: true to accept positional arguments (rejected otherwise).
//   - No EnvVars and no Required on flags: the config layer owns env, and a
//     required flag may come from the config file; check it in the Action.
//   - Return errors wrapped with context; attach a next step with hint(err,
//     "…") or add the package's sentinel to the table in errors.go.
//   - Examples in Description ("Examples:\n  cairn …").
func commands() []*cli.Command {
	return []*cli.Command{
		walletCommand(),
		putCommand(),
		getCommand(),
		lsCommand(),
		statusCommand(),
		restoreCommand(),
		extendCommand(),
		rmCommand(),
		cancelCommand(),
		keepCommand(),
		auditCommand(),
		providerCommand(),
		relayCommand(),
		settleCommand(),
		withdrawCommand(),
		contractsCommand(),
		devnetCommand(),
		gatewayCommand(),
	}
}

const appDescription = `cairn encrypts files on your machine, erasure-codes them into shards and
stores each shard with a different provider, paid in ERC-20 tokens for every
epoch in which the provider proves on-chain that it still holds its shard
(protocol v2: each provider proves all it holds on a disk with one proof per
epoch).

Configuration: flags > CAIRN_* environment > <datadir>/config.toml (or --config)
> defaults. Secrets are read from files (--password-file, --mnemonic-file) or a
no-echo prompt, never from flag values. Data goes to stdout, logs and prompts
to stderr; --json prints stable snake_case JSON.

Examples:
  cairn devnet up                                  # a whole market on this machine (another terminal)
  cairn put photo.jpg                              # store a file; prints its id
  cairn ls                                         # your files, from the chain and your mnemonic
  cairn get photo.jpg -o copy.jpg                  # fetch, verify, decrypt
  cairn extend photo.jpg --epochs 100              # store it longer
  cairn keep photo.jpg --budget 50                 # then "cairn keep run" extends it before it ends
  cairn rm photo.jpg                               # end it early, unspent escrow refunded
  cairn wallet new                                 # create a wallet, prompt for a password
  cairn wallet import --mnemonic-file words.txt --password-file pw.txt
  cairn provider run --capacity 100GiB             # rent out disk space
  cairn provider run --max-fee-per-gas 50 --stuck-blocks 4   # cap fees at 50 gwei, replace after 4 blocks`

// newApp builds the CLI. It writes to the given streams only, so tests can
// run it in-process as well as as a binary.
func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:        "cairn",
		Usage:       "zero-knowledge storage marketplace on an EVM chain",
		Version:     version,
		Description: appDescription,
		Flags:       globalFlags(),
		Commands:    commands(),
		Reader:      stdin,
		Writer:      stdout,
		ErrWriter:   stderr,
		// We print errors ourselves, once (run), and choose the exit code.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError:   onUsageError,
		Action:         groupAction,
	}
	for _, f := range app.Flags {
		annotateEnv(f)
	}
	prepare(app.Commands)
	return app
}

// prepare walks the command tree once: every leaf gets its own copy of the
// global flags (so `cairn wallet balance --rpc-url …` works as well as
// `cairn --rpc-url … wallet balance`) and a Before hook that resolves
// flags > env > TOML > defaults; every group answers unknown subcommands
// with an error instead of urfave's help text.
func prepare(cmds []*cli.Command) {
	for _, c := range cmds {
		if c.OnUsageError == nil {
			c.OnUsageError = onUsageError
		}
		if len(c.Subcommands) > 0 {
			if c.Action == nil {
				c.Action = groupAction
			}
			prepare(c.Subcommands)
		} else {
			c.Flags = append(c.Flags, globalFlags()...)
			before := c.Before
			c.Before = func(cc *cli.Context) error {
				if err := setupEnv(cc); err != nil {
					return err
				}
				if before != nil {
					return before(cc)
				}
				return nil
			}
		}
		for _, f := range c.Flags {
			annotateEnv(f)
		}
	}
}

// run is main without the process: it returns the exit code.
func run(ctx context.Context, args []string, stdin *os.File, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	if err := app.RunContext(ctx, interspersed(app, args)); err != nil {
		fmt.Fprintln(stderr, formatError(err))
		return 1
	}
	return 0
}

// groupAction runs for the app and for command groups when no subcommand
// matched: help when there is none, an error for an unknown one.
func groupAction(c *cli.Context) error {
	if c.NArg() == 0 {
		if c.Command != nil && c.Command.Name != "" && c.Command.Name != c.App.Name {
			return cli.ShowSubcommandHelp(c)
		}
		return cli.ShowAppHelp(c)
	}
	return hint(fmt.Errorf("unknown command %q", c.Args().First()),
		fmt.Sprintf("see `%s --help`", c.Command.HelpName))
}

func onUsageError(c *cli.Context, err error, _ bool) error {
	name := c.App.Name
	if c.Command != nil && c.Command.HelpName != "" {
		name = c.Command.HelpName
	}
	return hint(err, fmt.Sprintf("see `%s --help`", name))
}

// withEnv adapts a command body to urfave: the Env was built by the leaf's
// Before hook (prepare) from the resolved configuration.
func withEnv(fn func(c *cli.Context, e *Env) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		e, ok := c.Context.Value(envKey{}).(*Env)
		if !ok {
			return fmt.Errorf("internal: command %s has no environment", c.Command.FullName())
		}
		if c.NArg() > 0 && !c.Command.Args {
			return hint(fmt.Errorf("unexpected argument %q", c.Args().First()),
				fmt.Sprintf("see `%s --help`", c.Command.HelpName))
		}
		return fn(c, e)
	}
}
