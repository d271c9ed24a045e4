package main

import (
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/cairn-storage/cairn/contracts"
)

func contractsCommand() *cli.Command {
	return &cli.Command{
		Name:  "contracts",
		Usage: "deploy the token and the Marketplace",
		Subcommands: []*cli.Command{{
			Name:  "deploy",
			Usage: "deploy a Marketplace (and a devnet token unless --token) from the wallet",
			Description: `Writes the addresses into <datadir>/deployments.json under the chain id, where
every other command finds them.

Examples:
  cairn contracts deploy --rpc-url http://127.0.0.1:8545 --password-file pw.txt
  cairn contracts deploy --epoch-blocks 300 --token 0x… --json`,
			Flags: []cli.Flag{
				passwordFileFlag(),
				&cli.StringFlag{Name: "token", Usage: "existing ERC-20 to use (default: deploy a devnet CairnToken)"},
				&cli.Uint64Flag{Name: "epoch-blocks", Value: contracts.DevnetConfig().EpochBlocks, Usage: "blocks per epoch"},
				&cli.Uint64Flag{Name: "grace-blocks", Value: contracts.DevnetConfig().GraceBlocks, Usage: "blocks after an epoch in which its proofs still count"},
			},
			Action: withEnv(func(c *cli.Context, e *Env) error {
				cl, err := e.Dial(c.Context)
				if err != nil {
					return err
				}
				defer cl.Close()
				w, err := e.Wallet(c)
				if err != nil {
					return err
				}
				cfg := contracts.DevnetConfig()
				cfg.EpochBlocks, cfg.GraceBlocks = c.Uint64("epoch-blocks"), c.Uint64("grace-blocks")
				if t := c.String("token"); t != "" {
					if !common.IsHexAddress(t) {
						return fmt.Errorf("--token %q is not an address", t)
					}
					cfg.Token = common.HexToAddress(t)
				}
				dep, err := contracts.DeployDevnet(c.Context, cl, w.Signer.TransactOpts(cl.ChainIDValue()), cfg)
				if err != nil {
					return err
				}
				if err := writeDeployment(e.Cfg.DataDir, dep); err != nil {
					return err
				}
				return e.Out.Result(map[string]any{"chain_id": dep.ChainID, "token": dep.Token.Hex(), "marketplace": dep.Marketplace.Hex(), "block": dep.Block},
					func(w io.Writer) error {
						_, err := fmt.Fprintf(w, "marketplace %s\ntoken       %s\nchain %d, genesis block %d\n", dep.Marketplace, dep.Token, dep.ChainID, dep.Block)
						return err
					})
			}),
		}},
	}
}
