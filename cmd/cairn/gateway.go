package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	s3gw "github.com/cairn-storage/cairn/gateway/s3"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

func gatewayCommand() *cli.Command {
	return &cli.Command{
		Name:  "gateway",
		Usage: "serve your cairn files to S3 tools (aws-cli, rclone, restic …)",
		Description: `The gateway runs on your machine: objects are encrypted here before anything
leaves it, buffered durably in <datadir>/gateway and packed into cairn uploads
in the background. Buckets and keys live in a sealed index that is uploaded
too, so a gateway on a fresh machine (after wallet import) serves the same
buckets.

Examples:
  cairn gateway credentials                 # once: creates the S3 access key and secret
  cairn gateway s3 --listen 127.0.0.1:9000  # serve
  cairn gateway status                      # what is not yet on the network`,
		Subcommands: []*cli.Command{gatewayS3Command(), gatewayCredentialsCommand(), gatewayStatusCommand()},
		Action:      groupAction,
	}
}

func credentialsFileFlag() cli.Flag {
	return &cli.StringFlag{Name: "credentials-file", Usage: "TOML file with access_key and secret_key (default <datadir>/gateway/credentials.toml)"}
}

func gatewayDir(e *Env) string { return filepath.Join(e.Cfg.DataDir, "gateway") }

func credentialsPath(c *cli.Context, e *Env) string {
	if p := c.String("credentials-file"); p != "" {
		return expandHome(p)
	}
	return filepath.Join(gatewayDir(e), "credentials.toml")
}

func gatewayS3Command() *cli.Command {
	return &cli.Command{
		Name:  "s3",
		Usage: "serve an S3-compatible endpoint (AWS Signature V4)",
		Description: `PUTs are acknowledged once fsynced into the local buffer and uploaded in the
background (--sync: only once the upload holding the object has every slot
filled). Small objects are packed together into one upload; large ones go
alone. The storage terms of those uploads are put's flags. A deleted or
overwritten object's upload is terminated (the refund returns to the wallet)
once nothing else lives in it; a pack mostly deleted is re-put (--repack-below).
Uploads are kept alive by the gateway's own keeper (journal in
<datadir>/gateway), within --budget / --budget-monthly; --no-keep lets them end.

Examples:
  cairn gateway s3
  cairn gateway s3 --listen 127.0.0.1:9000 --epochs 1000 --price 0.01
  cairn gateway s3 --listen 0.0.0.0:9443 --tls-cert cert.pem --tls-key key.pem
  aws --endpoint-url http://127.0.0.1:9000 s3 ls`,
		Flags: []cli.Flag{
			passwordFileFlag(), credentialsFileFlag(),
			&cli.StringFlag{Name: "listen", Value: "127.0.0.1:9000", Usage: "address to serve S3 on"},
			&cli.StringFlag{Name: "tls-cert", Usage: "PEM certificate: serve HTTPS"},
			&cli.StringFlag{Name: "tls-key", Usage: "PEM key of --tls-cert"},
			&cli.StringFlag{Name: "region", Usage: "accept signatures for this region only (default: any)"},
			&cli.BoolFlag{Name: "sync", Usage: "acknowledge a PUT only once its upload has every slot filled"},
			&cli.StringFlag{Name: "pack-size", Value: "16MiB", Usage: "objects smaller than this are packed together into uploads of up to this size"},
			&cli.DurationFlag{Name: "pack-delay", Value: 2 * time.Second, Usage: "wait this long for more small objects before uploading a pack that is not full"},
			&cli.DurationFlag{Name: "index-interval", Value: 30 * time.Second, Usage: "least time between uploads of the sealed index"},
			&cli.StringFlag{Name: "multipart-segment", Value: "256MiB", Usage: "segment length of a multipart upload: full segments are encoded while the parts arrive (0: the client's; each segment is a request)"},
			&cli.IntFlag{Name: "multipart-encoders", Value: s3gw.DefaultMultipartEncoders, Usage: "at most this many multipart uploads are encoded while their parts arrive (the others at their next part once one frees, or at complete)"},
			&cli.StringFlag{Name: "cache", Value: "4GiB", Usage: "bound of the local cache of downloaded uploads"},
			&cli.IntFlag{Name: "k", Value: 4, Usage: "data shards (any k rebuild an upload)"},
			&cli.IntFlag{Name: "m", Value: 2, Usage: "parity shards (losses tolerated)"},
			&cli.Uint64Flag{Name: "epochs", Value: 100, Usage: "storage duration of each upload in epochs"},
			&cli.StringFlag{Name: "price", Value: "1", Usage: "pay per slot per proven epoch, tokens"},
			&cli.StringFlag{Name: "collateral", Value: "10", Usage: "collateral each provider locks, tokens"},
			&cli.Uint64Flag{Name: "expiry-blocks", Value: 100, Usage: "blocks to fill every slot before cancelling"},
			&cli.StringFlag{Name: "repair-bonus", Value: "1", Usage: "bonus per repair, tokens"},
			&cli.StringFlag{Name: "repair-reserve", Value: "2", Usage: "escrowed for repair bonuses, tokens"},
			&cli.BoolFlag{Name: "no-place", Usage: "leave slots open to any provider"},
			&cli.Float64Flag{Name: "repack-below", Value: s3gw.DefaultConfig().RepackBelow, Usage: "re-put a pack's live objects and end the pack once less than this fraction of it is live (0: never)"},
			&cli.BoolFlag{Name: "no-keep", Usage: "let uploads end at their term instead of extending them"},
			&cli.StringFlag{Name: "budget", Usage: "most tokens the gateway's keeper spends in total (default: no cap)"},
			&cli.StringFlag{Name: "budget-monthly", Usage: "most tokens the gateway's keeper spends per 30 days of chain time (default: no cap)"},
			&cli.Uint64Flag{Name: "period", Value: marketv2.DefaultKeepConfig().Period, Usage: "epochs one extension adds"},
			&cli.Uint64Flag{Name: "margin", Value: marketv2.DefaultKeepConfig().Margin, Usage: "epochs before the last possible moment at which to extend"},
			&cli.DurationFlag{Name: "poll", Value: marketv2.DefaultKeepConfig().Poll, Usage: "how often the keeper checks the chain"},
		},
		Action: withEnv(gatewayS3Action),
	}
}

func gatewayConfig(c *cli.Context, e *Env) (s3gw.Config, error) {
	cfg := s3gw.DefaultConfig()
	cfg.DataDir = gatewayDir(e)
	cfg.Listen, cfg.TLSCert, cfg.TLSKey, cfg.Region = c.String("listen"), c.String("tls-cert"), c.String("tls-key"), c.String("region")
	cfg.Sync, cfg.PackDelay, cfg.IndexInterval = c.Bool("sync"), c.Duration("pack-delay"), c.Duration("index-interval")
	pack, err := parseSize(c.String("pack-size"))
	if err != nil {
		return cfg, fmt.Errorf("--pack-size: %w", err)
	}
	cache, err := parseSize(c.String("cache"))
	if err != nil {
		return cfg, fmt.Errorf("--cache: %w", err)
	}
	seg, err := parseSize(c.String("multipart-segment"))
	if err != nil {
		return cfg, fmt.Errorf("--multipart-segment: %w", err)
	}
	cfg.PackSize, cfg.CacheBytes, cfg.MultipartSegment = int64(pack), int64(cache), int64(seg)
	if cfg.MultipartEncoders = c.Int("multipart-encoders"); cfg.MultipartEncoders < 1 {
		return cfg, fmt.Errorf("--multipart-encoders %d: at least 1", cfg.MultipartEncoders)
	}
	cfg.RepackBelow, cfg.Keep = c.Float64("repack-below"), !c.Bool("no-keep")
	path := credentialsPath(c, e)
	if cfg.Credentials, err = s3gw.LoadCredentials(path); err != nil {
		return cfg, hint(err, "create them with `cairn gateway credentials`")
	}
	return cfg, cfg.Validate()
}

func gatewayS3Action(c *cli.Context, e *Env) error {
	gcfg, err := gatewayConfig(c, e)
	if err != nil {
		return err
	}
	s, err := e.openSession(c.Context, c, true, true)
	if err != nil {
		return err
	}
	defer s.Close()
	ccfg, err := clientConfig(c, e, s)
	if err != nil {
		return err
	}
	ccfg.Progress = nil // a daemon logs, it draws no bars
	cl, err := e.newClient(c.Context, s, ccfg)
	if err != nil {
		return err
	}
	defer cl.Close()
	net, err := s3gw.NewClientNetwork(cl, filepath.Join(gcfg.DataDir, "cache"), gcfg.CacheBytes)
	if err != nil {
		return err
	}
	defer net.Close() // after gw.Close has cancelled its downloads
	if gcfg.Keep {
		if gcfg.KeepConfig, err = e.keepConfig(c, s); err != nil {
			return err
		}
		gcfg.KeepConfig.Journal = "" // the gateway's own, in its datadir
	}
	gw, err := s3gw.New(gcfg, e.Log, net, s.keys)
	if err != nil {
		return err
	}
	defer gw.Close()
	if gcfg.Keep {
		k, err := s3gw.NewKeeper(gcfg, e.Log, s.market)
		if err != nil {
			return err
		}
		if err := gw.KeepWith(c.Context, k); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.Stderr(), "S3 gateway on %s (access key %s); Ctrl-C stops it\n", gcfg.Listen, gcfg.Credentials.AccessKey)
	if err := gw.Run(c.Context); err != nil && !errors.Is(err, c.Context.Err()) {
		return err
	}
	return nil
}

func gatewayCredentialsCommand() *cli.Command {
	return &cli.Command{
		Name:  "credentials",
		Usage: "create the gateway's S3 access key and secret",
		Description: `Writes a fresh access key and secret (mode 0600) to the credentials file and
prints them once: give them to your S3 tools. An existing file is kept unless
--force.

Examples:
  cairn gateway credentials
  cairn gateway credentials --credentials-file ~/s3.toml --json`,
		Flags: []cli.Flag{credentialsFileFlag(), &cli.BoolFlag{Name: "force", Usage: "replace an existing credentials file"}},
		Action: withEnv(func(c *cli.Context, e *Env) error {
			path := credentialsPath(c, e)
			if s3gw.CredentialsExist(path) && !c.Bool("force") {
				return hint(fmt.Errorf("%s exists", path), "pass --force to replace it (tools using the old key stop working)")
			}
			cr, err := s3gw.NewCredentials()
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				return err
			}
			if err := s3gw.WriteCredentials(path, cr); err != nil {
				return err
			}
			return e.Out.Result(map[string]any{"access_key": cr.AccessKey, "secret_key": cr.SecretKey, "file": path}, func(w io.Writer) error {
				fmt.Fprintf(w, "access key  %s\nsecret key  %s\nsaved in    %s\n", cr.AccessKey, cr.SecretKey, path)
				return nil
			})
		}),
	}
}

func gatewayStatusCommand() *cli.Command {
	return &cli.Command{
		Name:  "status",
		Usage: "show what the gateway holds and what is not yet on the network",
		Description: `Reads <datadir>/gateway: from its index when no gateway runs, else from the
status the running gateway writes every second.

Examples:
  cairn gateway status
  cairn gateway status --json`,
		Action: withEnv(func(c *cli.Context, e *Env) error {
			st, running, err := s3gw.ReadStatus(gatewayDir(e))
			if err != nil {
				return err
			}
			return e.Out.Result(map[string]any{"running": running, "status": st}, func(w io.Writer) error {
				fmt.Fprintf(w, "%d buckets, %d objects; %d packs (%s) on the network\n", st.Buckets, st.Objects, st.Packs, FormatSize(uint64(st.PackedBytes)))
				if st.PendingObjects > 0 {
					fmt.Fprintf(w, "not yet on the network: %d objects (%s), oldest from %s\n", st.PendingObjects, FormatSize(uint64(st.PendingBytes)), st.OldestPending.Local().Format(time.DateTime))
				} else {
					fmt.Fprintln(w, "everything acknowledged is on the network")
				}
				idx := "current"
				if !st.IndexCurrent() {
					idx = fmt.Sprintf("%d changes not yet uploaded", st.IndexGen-st.IndexUploaded)
				}
				fmt.Fprintf(w, "sealed index: %s; %d multipart uploads in progress\n", idx, st.Multipart)
				return nil
			})
		}),
	}
}
