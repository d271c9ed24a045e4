package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/wallet"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
	"github.com/cairn-storage/cairn/storage"
)

// session is what market commands work with: a chain client, the market
// and, when asked for, the unlocked wallet and its file keys.
type session struct {
	client *chain.Client
	market *marketv2.Market
	wallet *wallet.Wallet
	keys   *storage.Keys
	// datadir is the wallet's data directory (the devnet client's when the
	// default datadir has no wallet and a devnet is up).
	datadir string
}

func (s *session) Close() {
	if s.client != nil {
		s.client.Close()
	}
}

// openSession dials the chain, finds the Marketplace and, with withWallet,
// unlocks the wallet (needKeys: its mnemonic's file keys too).
func (e *Env) openSession(ctx context.Context, c *cli.Context, withWallet, needKeys bool) (*session, error) {
	cl, err := e.Dial(ctx)
	if err != nil {
		return nil, err
	}
	s := &session{client: cl, datadir: e.Cfg.DataDir}
	dep, err := e.deployment(ctx, cl.ChainIDValue().Uint64())
	if err != nil {
		s.Close()
		return nil, err
	}
	var snd *chain.Sender
	if withWallet {
		if s.wallet, err = e.unlock(c, s); err != nil {
			s.Close()
			return nil, err
		}
		if snd, err = marketv2.NewSender(cl, s.wallet.Signer, e.SenderConfig()); err != nil {
			s.Close()
			return nil, err
		}
		if needKeys {
			seed, err := s.wallet.Seed()
			if err != nil {
				s.Close()
				return nil, err
			}
			if s.keys, err = storage.KeysFromSeed(seed); err != nil {
				s.Close()
				return nil, err
			}
		}
	}
	if s.market, err = marketv2.Open(ctx, cl, snd, dep); err != nil {
		s.Close()
		if errors.Is(err, marketv2.ErrNoMarketplace) {
			return nil, hint(err, "run `cairn devnet up`, or pass --marketplace and --lens of a protocol v2 deployment")
		}
		return nil, err
	}
	return s, nil
}

// unlock opens the wallet of --datadir; when it has none and a devnet is
// up, the devnet's client wallet (with its password file) is used, so
// `cairn put file` just works after `cairn devnet up`.
func (e *Env) unlock(c *cli.Context, s *session) (*wallet.Wallet, error) {
	if _, err := wallet.ReadAddress(e.Cfg.DataDir); errors.Is(err, wallet.ErrNoWallet) {
		if d := e.devnet(); d != nil && d.Client.DataDir != "" && !c.IsSet("password-file") {
			pw, err := chain.ReadPasswordFile(d.Client.PasswordFile)
			if err != nil {
				return nil, err
			}
			e.Log.Info("no wallet in the data directory: using the devnet's client wallet", "datadir", d.Client.DataDir)
			s.datadir = d.Client.DataDir
			w, err := wallet.Load(d.Client.DataDir, pw)
			if err != nil {
				return nil, fmt.Errorf("unlock devnet client wallet: %w", err)
			}
			return w, nil
		}
	}
	return e.Wallet(c)
}
