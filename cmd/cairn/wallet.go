package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/internal/hdwallet"
	"github.com/cairn-storage/cairn/internal/wallet"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

func walletCommand() *cli.Command {
	return &cli.Command{
		Name:  "wallet",
		Usage: "create, import and inspect the wallet in the data directory",
		Description: `One BIP-39 mnemonic is the root of all your cairn keys: the wallet key
(m/44'/60'/0'/0/0) that pays and signs, and the keys that encrypt your files.
The data directory keeps a standard keystore v3 file of the wallet key
(usable with cast --keystore) and the mnemonic, encrypted under the same
password, in wallet.json.`,
		Subcommands: []*cli.Command{
			{
				Name:  "new",
				Usage: "create a wallet from a fresh 24-word mnemonic",
				Description: `Shows the mnemonic once, on stdout. Write it down: it is the only way to
restore your wallet and your files on another machine.

Examples:
  cairn wallet new
  cairn wallet new --password-file pw.txt --json > new-wallet.json`,
				Flags: []cli.Flag{
					passwordFileFlag(),
					&cli.BoolFlag{Name: "force", Usage: "replace an existing wallet (its files are kept aside)"},
				},
				Action: withEnv(walletNew),
			},
			{
				Name:  "import",
				Usage: "import a wallet from a mnemonic file or a keystore file",
				Description: `With --mnemonic-file the wallet can do everything. With --keystore only the
wallet key is imported: commands that need the file keys (put, get, restore)
will ask for the mnemonic.

Examples:
  cairn wallet import --mnemonic-file words.txt --password-file pw.txt
  cairn wallet import --keystore ~/.foundry/keystores/alice --password-file pw.txt`,
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "mnemonic-file", Usage: "file holding the BIP-39 mnemonic"},
					&cli.StringFlag{Name: "keystore", Usage: "keystore v3 file to import (keeps its password)"},
					passwordFileFlag(),
					&cli.BoolFlag{Name: "force", Usage: "replace an existing wallet (its files are kept aside)"},
				},
				Action: withEnv(walletImport),
			},
			{
				Name:  "address",
				Usage: "print the wallet's address (no password needed)",
				Description: `Examples:
  cairn wallet address
  cast balance $(cairn wallet address)`,
				Action: withEnv(walletAddress),
			},
			{
				Name:  "balance",
				Usage: "print the wallet's ETH balance and, when a token is known, its token balance",
				Description: `The token is --token, or the cairn token of a deployment known for the
chain (a devnet started with cairn devnet up).

Examples:
  cairn wallet balance --rpc-url http://127.0.0.1:8545
  ETH_RPC_URL=http://127.0.0.1:8545 cairn wallet balance --token 0x5FbDB2315678afecb367f032d93F642f64180aa3 --json`,
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "token", Usage: "ERC-20 token address to show the balance of"},
				},
				Action: withEnv(walletBalance),
			},
		},
	}
}

type walletInfo struct {
	Address     string `json:"address"` // EIP-55 checksummed
	Mnemonic    string `json:"mnemonic,omitempty"`
	HasMnemonic bool   `json:"has_mnemonic"`
	DataDir     string `json:"datadir"`
	Keystore    string `json:"keystore"`
}

func walletNew(c *cli.Context, e *Env) error {
	if err := refuseExisting(e.Cfg.DataDir, c.Bool("force")); err != nil {
		return err
	}
	pw, err := e.Password(c, "New wallet password", true)
	if err != nil {
		return err
	}
	m, err := hdwallet.NewMnemonic()
	if err != nil {
		return fmt.Errorf("new mnemonic: %w", err)
	}
	addr, err := wallet.Create(e.Cfg.DataDir, m, pw, e.WalletOptions(c.Bool("force")))
	if err != nil {
		return err
	}
	fmt.Fprintln(e.Stderr(), "WARNING: write down the 24 words below and keep them offline. They are shown only this once;")
	fmt.Fprintln(e.Stderr(), "they restore your wallet and your files. Anyone who has them has both.")
	info, err := newWalletInfo(e, addr, m)
	if err != nil {
		return err
	}
	return e.Out.Result(info, func(w io.Writer) error {
		_, err := fmt.Fprintf(w, "address:  %s\nmnemonic: %s\n", addr, m)
		return err
	})
}

func walletImport(c *cli.Context, e *Env) error {
	mf, ks := c.String("mnemonic-file"), c.String("keystore")
	if (mf == "") == (ks == "") {
		return hint(errors.New("wallet import needs exactly one of --mnemonic-file and --keystore"),
			"see `cairn wallet import --help`")
	}
	if err := refuseExisting(e.Cfg.DataDir, c.Bool("force")); err != nil {
		return err
	}
	var addr common.Address
	if mf != "" {
		b, err := os.ReadFile(expandHome(mf))
		if err != nil {
			return hint(fmt.Errorf("read mnemonic: %w", err), "check --mnemonic-file")
		}
		m := hdwallet.Normalize(string(b))
		if _, err := hdwallet.Seed(m); err != nil {
			return fmt.Errorf("mnemonic in %s: %w", mf, err) // before asking for a password
		}
		pw, err := e.Password(c, "New wallet password", true)
		if err != nil {
			return err
		}
		if addr, err = wallet.Create(e.Cfg.DataDir, m, pw, e.WalletOptions(c.Bool("force"))); err != nil {
			return err
		}
	} else {
		pw, err := e.Password(c, "Keystore password", false)
		if err != nil {
			return err
		}
		// The keystore is copied as is: no re-encryption, so no KDF choice.
		addr, err = wallet.ImportKeystore(e.Cfg.DataDir, expandHome(ks), pw, wallet.Options{Force: c.Bool("force")})
		if errors.Is(err, wallet.ErrUnreadable) {
			return hint(err, "check that --keystore is a keystore v3 JSON file")
		}
		if err != nil {
			return err
		}
		e.Log.Warn("imported a keystore without a mnemonic: put, get and restore will need the mnemonic")
	}
	info, err := newWalletInfo(e, addr, "")
	if err != nil {
		return err
	}
	info.HasMnemonic = mf != ""
	return e.Out.Result(info, func(w io.Writer) error {
		_, err := fmt.Fprintf(w, "imported %s into %s\n", addr, e.Cfg.DataDir)
		return err
	})
}

func walletAddress(_ *cli.Context, e *Env) error {
	addr, err := wallet.ReadAddress(e.Cfg.DataDir)
	if err != nil {
		return err
	}
	ks, err := wallet.KeystorePath(e.Cfg.DataDir)
	if err != nil {
		return err
	}
	v := struct {
		Address  string `json:"address"`
		Keystore string `json:"keystore"`
	}{addr.Hex(), ks}
	return e.Out.Result(v, func(w io.Writer) error {
		_, err := fmt.Fprintln(w, addr)
		return err
	})
}

type balanceInfo struct {
	Address  string `json:"address"`
	ChainID  uint64 `json:"chain_id"`
	ETHWei   string `json:"eth_wei"`
	ETH      string `json:"eth"`
	Token    string `json:"token,omitempty"`
	CairnWei string `json:"cairn_wei,omitempty"`
	Cairn    string `json:"cairn,omitempty"`
	// Withdrawable is the wallet's pull balance in the Marketplace
	// (refunds, pay, returned collateral), when a Marketplace is known.
	WithdrawableWei string `json:"withdrawable_wei,omitempty"`
}

func walletBalance(c *cli.Context, e *Env) error {
	addr, err := wallet.ReadAddress(e.Cfg.DataDir)
	if err != nil {
		return err
	}
	flagToken, err := parseAddressFlag(c, "token")
	if err != nil {
		return err
	}
	cl, err := e.Dial(c.Context)
	if err != nil {
		return err
	}
	defer cl.Close()
	wei, err := cl.BalanceAt(c.Context, addr, nil)
	if err != nil {
		return fmt.Errorf("read ETH balance of %s: %w", addr, err)
	}
	chainID := cl.ChainIDValue().Uint64()
	out := balanceInfo{Address: addr.Hex(), ChainID: chainID, ETHWei: wei.String(), ETH: FormatUnits(wei, TokenDecimals)}

	token, mp, err := e.tokenFor(c.Context, cl, flagToken, chainID)
	if err != nil {
		return err
	}
	if mp != nil {
		bal, err := mp.Balance(c.Context, addr)
		if err != nil {
			return err
		}
		out.WithdrawableWei = bal.String()
	}
	if token != (common.Address{}) {
		// contracts.CairnToken binding; any ERC-20's balanceOf has the same ABI.
		tok := contracts.NewCairnToken()
		units, err := bind.Call(tok.Instance(cl, token), &bind.CallOpts{Context: c.Context},
			tok.PackBalanceOf(addr), tok.UnpackBalanceOf)
		if err != nil {
			return hint(fmt.Errorf("read token balance of %s at %s: %w", addr, token, err),
				"check that --token is an ERC-20 on this chain")
		}
		out.Token, out.CairnWei, out.Cairn = token.Hex(), units.String(), FormatUnits(units, TokenDecimals)
	}
	return e.Out.Result(out, func(w io.Writer) error {
		fmt.Fprintf(w, "address  %s\nchain    %d\nETH      %s\n", addr, chainID, FormatEther(wei))
		if out.Token != "" {
			fmt.Fprintf(w, "CAIRN    %s CAIRN (token %s)\n", out.Cairn, token)
		}
		if mp != nil {
			bal, _ := new(big.Int).SetString(out.WithdrawableWei, 10)
			fmt.Fprintf(w, "withdrawable from the marketplace  %s (`cairn withdraw`)\n", FormatToken(bal))
		}
		return nil
	})
}

// tokenFor is the --token address, else the token of the Marketplace known
// for chainID (read from its config), else the zero address (no token
// balance shown). The Marketplace, when known, is returned too.
func (e *Env) tokenFor(ctx context.Context, cl *chain.Client, flagToken common.Address, chainID uint64) (common.Address, *marketv2.Market, error) {
	dep, ok, err := e.knownDeployment(chainID)
	if err != nil {
		return common.Address{}, nil, err
	}
	var mp *marketv2.Market
	if ok {
		if mp, err = marketv2.Open(ctx, cl, nil, dep); err != nil {
			return common.Address{}, nil, hint(err, "run `cairn devnet up`, or pass --marketplace with the right address")
		}
	}
	switch {
	case flagToken != (common.Address{}):
		return flagToken, mp, nil
	case mp != nil:
		return mp.Deployment().Token, mp, nil
	}
	return common.Address{}, nil, nil
}

// parseAddressFlag reads an optional address flag; unset is the zero address.
func parseAddressFlag(c *cli.Context, name string) (common.Address, error) {
	s := c.String(name)
	if s == "" {
		return common.Address{}, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, hint(fmt.Errorf("--%s %q is not an address", name, s), "pass a 0x-prefixed 20-byte hex address")
	}
	return common.HexToAddress(s), nil
}

func refuseExisting(dir string, force bool) error {
	ok, err := wallet.Exists(dir)
	if err != nil {
		return err
	}
	if ok && !force {
		return fmt.Errorf("%w in %s", wallet.ErrExists, dir)
	}
	return nil
}

func newWalletInfo(e *Env, addr common.Address, mnemonic string) (walletInfo, error) {
	ks, err := wallet.KeystorePath(e.Cfg.DataDir)
	if err != nil {
		return walletInfo{}, err
	}
	dir, err := filepath.Abs(e.Cfg.DataDir)
	if err != nil {
		return walletInfo{}, fmt.Errorf("data directory: %w", err)
	}
	return walletInfo{Address: addr.Hex(), Mnemonic: mnemonic, HasMnemonic: true, DataDir: dir, Keystore: ks}, nil
}
