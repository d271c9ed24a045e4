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
		Usage: "deploy the token and the protocol v2 Marketplace",
		Subcommands: []*cli.Command{{
			Name:  "deploy",
			Usage: "deploy a MarketplaceV2 with its facet and lens (and a devnet token unless --token) from the wallet",
			Description: `Deploys protocol v2 (proof sets): the MarketplaceV2Facet with the
configuration, the MarketplaceV2 that delegates to it and the
MarketplaceV2Lens over it. Writes the addresses (marketplace, facet, lens,
token, genesis block) into <datadir>/deployments.json under the chain id,
where every other command finds them; a protocol v1 entry there is replaced.

Examples:
  cairn contracts deploy --rpc-url http://127.0.0.1:8545 --password-file pw.txt
  cairn contracts deploy --epoch-blocks 300 --token 0x… --json`,
			Flags: []cli.Flag{
				passwordFileFlag(),
				&cli.StringFlag{Name: "token", Usage: "existing ERC-20 to use (default: deploy a devnet CairnToken)"},
				&cli.Uint64Flag{Name: "epoch-blocks", Value: contracts.DevnetConfig().EpochBlocks, Usage: "blocks per epoch"},
				&cli.Uint64Flag{Name: "grace-blocks", Value: contracts.DevnetConfig().GraceBlocks, Usage: "blocks after an epoch in which its proofs still count (< --epoch-blocks)"},
				&cli.UintFlag{Name: "miss-window", Value: uint(contracts.DevnetConfig().MissWindow), Usage: "W: epochs in which --miss-threshold misses fail a proof set (also the notice an extension needs)"},
				&cli.UintFlag{Name: "miss-threshold", Value: uint(contracts.DevnetConfig().MissThreshold), Usage: "M: missed epochs within W that fail a set"},
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
				w16, m16 := c.Uint("miss-window"), c.Uint("miss-threshold")
				switch {
				case cfg.GraceBlocks >= cfg.EpochBlocks:
					return fmt.Errorf("--grace-blocks %d: want fewer than --epoch-blocks %d", cfg.GraceBlocks, cfg.EpochBlocks)
				case m16 < 1 || m16 > w16 || w16 > 256:
					return fmt.Errorf("--miss-threshold %d, --miss-window %d: want 1 ≤ M ≤ W ≤ 256", m16, w16)
				}
				cfg.MissWindow, cfg.MissThreshold = uint16(w16), uint16(m16)
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
				return e.Out.Result(map[string]any{"chain_id": dep.ChainID, "token": dep.Token.Hex(), "marketplace": dep.Marketplace.Hex(),
					"facet": dep.Facet.Hex(), "lens": dep.Lens.Hex(), "block": dep.Block, "protocol": 2},
					func(w io.Writer) error {
						_, err := fmt.Fprintf(w, "marketplace %s\nfacet       %s\nlens        %s\ntoken       %s\nchain %d, genesis block %d (protocol v2)\n",
							dep.Marketplace, dep.Facet, dep.Lens, dep.Token, dep.ChainID, dep.Block)
						return err
					})
			}),
		}},
	}
}
