package main

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/urfave/cli/v2"

	"github.com/cairn-storage/cairn/chain"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// Global flag names.
const (
	flagDataDir  = "datadir"
	flagConfig   = "config"
	flagRPCURL   = "rpc-url"
	flagChainID  = "chain-id"
	flagJSON     = "json"
	flagLogLevel = "log-level"
	flagLogFmt   = "log-format"
	flagLightKDF = "insecure-light-kdf"
	flagMarket   = "marketplace"
	flagLens     = "lens"
	flagDevnet   = "devnet"
	flagMaxFee   = "max-fee-per-gas"
	flagStuck    = "stuck-blocks"

	defaultDataDir = "~/.cairn"
	defaultRPCURL  = "http://127.0.0.1:8545"
	defaultDevnet  = "~/.cairn/devnet"
	envPrefix      = "CAIRN_"
	configFileName = "config.toml"
)

// globalFlags returns fresh instances each call: the app and every leaf
// command carry their own copies (urfave/cli v2 has no persistent flags).
// Do not set EnvVars here or on command flags: the config layer below gives
// every flag CAIRN_<NAME> itself, so precedence stays flags > env > TOML.
func globalFlags() []cli.Flag {
	const cat = "GLOBAL"
	return []cli.Flag{
		&cli.StringFlag{Name: flagDataDir, Value: defaultDataDir, Category: cat,
			Usage: "data directory (wallet, keystore, config.toml)"},
		&cli.StringFlag{Name: flagConfig, Category: cat,
			Usage: "TOML config file (default <datadir>/config.toml)"},
		&cli.StringFlag{Name: flagRPCURL, Value: defaultRPCURL, Category: cat,
			Usage: "JSON-RPC endpoint of the chain"},
		&cli.Uint64Flag{Name: flagChainID, Category: cat,
			Usage: "expected chain id, checked when connecting (0: any)"},
		&cli.BoolFlag{Name: flagJSON, Category: cat,
			Usage: "print results as JSON on stdout"},
		&cli.StringFlag{Name: flagMarket, Category: cat,
			Usage: "MarketplaceV2 contract address (default: <datadir>/deployments.json, then the devnet's)"},
		&cli.StringFlag{Name: flagLens, Category: cat,
			Usage: "MarketplaceV2Lens address of --marketplace (default: the one recorded for it)"},
		&cli.StringFlag{Name: flagDevnet, Value: defaultDevnet, Category: cat,
			Usage: "devnet directory whose devnet.json supplies the RPC URL and contracts when not given"},
		&cli.StringFlag{Name: flagLogLevel, Value: "info", Category: cat,
			Usage: "log level on stderr: debug, info, warn or error"},
		&cli.StringFlag{Name: flagLogFmt, Value: "text", Category: cat,
			Usage: "log format on stderr: text, or json (one object per line, for log collectors)"},
		&cli.StringFlag{Name: flagMaxFee, Category: "TRANSACTIONS",
			Usage: "cap, in gwei (decimal, e.g. 50 or 1.5), on the fee cap of any transaction sent or replaced; at the cap a stuck transaction stays pending and the command fails (default: no cap)"},
		&cli.Uint64Flag{Name: flagStuck, Value: chain.DefaultSenderConfig().StuckBlocks, Category: "TRANSACTIONS",
			Usage: "replace a transaction not mined after this many blocks with one paying at least 25% more fees on the same nonce (0: never)"},
		// Light scrypt makes wallets crackable; it exists so devnets and
		// tests do not spend a second and 256 MiB per unlock.
		&cli.BoolFlag{Name: flagLightKDF, Hidden: true, Category: cat,
			Usage: "INSECURE: light scrypt for new keystores (devnets and tests only)"},
	}
}

// Config is the resolved global configuration.
type Config struct {
	DataDir    string
	ConfigFile string // the TOML file read, "" if none
	RPCURL     string
	ChainID    uint64
	JSON       bool
	LogLevel   slog.Level
	LogJSON    bool
	LightKDF   bool
	// RPCURLSet says --rpc-url came from a flag, env or config, not the default.
	RPCURLSet   bool
	Marketplace string
	Lens        string
	DevnetDir   string
	// MaxFeePerGas is --max-fee-per-gas in wei (nil: no cap).
	MaxFeePerGas *big.Int
	// StuckBlocks is --stuck-blocks.
	StuckBlocks uint64
	// Volumes are the config file's [[provider.volume]] entries (nil: none).
	Volumes []marketv2.Volume
}

// extraEnv lists environment names accepted besides CAIRN_<NAME>, after it.
var extraEnv = map[string][]string{flagRPCURL: {"ETH_RPC_URL"}}

// Flags that no environment variable or config file may set: a stray
// CAIRN_FORCE must never overwrite a wallet.
var notConfigurable = map[string]bool{"help": true, "version": true, "force": true, "reset": true}

// Flags the environment may set but a config file may not (they choose the
// config file itself).
var notInTOML = map[string]bool{flagDataDir: true, flagConfig: true}

// envNames returns the environment variables a flag reads, in order.
func envNames(name string) []string {
	if notConfigurable[name] {
		return nil
	}
	env := envPrefix + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
	return append([]string{env}, extraEnv[name]...)
}

// tomlKey is the config-file key of a flag.
func tomlKey(name string) string { return strings.ReplaceAll(name, "-", "_") }

func flagName(f cli.Flag) string { return f.Names()[0] }

// annotateEnv appends the environment names to a flag's usage for --help.
func annotateEnv(f cli.Flag) {
	env := envNames(flagName(f))
	if len(env) == 0 {
		return
	}
	v := reflect.ValueOf(f)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if u := v.FieldByName("Usage"); u.IsValid() && u.CanSet() && u.Kind() == reflect.String {
		u.SetString(u.String() + " [$" + strings.Join(env, ", $") + "]")
	}
}

// resolve applies, to the leaf context c, for every flag not given on the
// command line: the app-level global flags given before the command name,
// then the environment, then the TOML file; defaults remain otherwise.
// After each step c.IsSet(name) means "set by a stronger source".
func resolve(c *cli.Context) (Config, error) {
	lineage := lineageOf(c)
	root := lineage[len(lineage)-1]
	for _, f := range root.App.Flags {
		name := flagName(f)
		if !c.IsSet(name) && root.IsSet(name) {
			if err := c.Set(name, fmt.Sprint(root.Value(name))); err != nil {
				return Config{}, fmt.Errorf("flag --%s: %w", name, err)
			}
		}
	}
	var flags []cli.Flag // the leaf's and its groups' flags
	for _, cc := range lineage[:len(lineage)-1] {
		if cc.Command != nil {
			flags = append(flags, cc.Command.Flags...)
		}
	}
	for _, f := range flags {
		name := flagName(f)
		if c.IsSet(name) {
			continue
		}
		for _, env := range envNames(name) {
			if v, ok := os.LookupEnv(env); ok && v != "" {
				if err := c.Set(name, v); err != nil {
					return Config{}, fmt.Errorf("environment %s=%q: %w", env, v, err)
				}
				break
			}
		}
	}

	cfg := Config{DataDir: expandHome(c.String(flagDataDir))}
	path, explicit := c.String(flagConfig), c.IsSet(flagConfig)
	if path == "" {
		path = filepath.Join(cfg.DataDir, configFileName)
	}
	path = expandHome(path)
	values, err := loadTOML(path, explicit, c.App)
	if err != nil {
		return Config{}, err
	}
	if values != nil {
		cfg.ConfigFile = path
		if prov, ok := values["provider"].(map[string]any); ok && prov[volumeKey] != nil {
			if cfg.Volumes, err = parseVolumes(prov[volumeKey], cfg.DataDir); err != nil {
				return Config{}, hint(fmt.Errorf("config %s: %w", path, err), "fix the [[provider.volume]] entry in the config file")
			}
		}
		section, _ := values[topCommand(c)].(map[string]any)
		for _, f := range flags {
			name := flagName(f)
			if c.IsSet(name) || notConfigurable[name] || notInTOML[name] {
				continue
			}
			v, ok := section[tomlKey(name)]
			if !ok && isGlobal(name) {
				v, ok = values[tomlKey(name)]
			}
			if !ok {
				continue
			}
			if err := setFromTOML(c, name, v); err != nil {
				return Config{}, hint(fmt.Errorf("config %s: key %s: %w", path, tomlKey(name), err), "fix the value in the config file")
			}
		}
	}

	cfg.RPCURL = c.String(flagRPCURL)
	cfg.RPCURLSet = c.IsSet(flagRPCURL)
	cfg.Marketplace = c.String(flagMarket)
	cfg.Lens = c.String(flagLens)
	cfg.DevnetDir = expandHome(c.String(flagDevnet))
	cfg.ChainID = c.Uint64(flagChainID)
	cfg.JSON = c.Bool(flagJSON)
	cfg.LightKDF = c.Bool(flagLightKDF)
	cfg.StuckBlocks = c.Uint64(flagStuck)
	if v := c.String(flagMaxFee); v != "" {
		if cfg.MaxFeePerGas, err = parseGwei(v); err != nil {
			return Config{}, hint(fmt.Errorf("--%s: %w", flagMaxFee, err), "give the cap in gwei, e.g. --max-fee-per-gas 50")
		}
	}
	lvl, err := parseLevel(c.String(flagLogLevel))
	if err != nil {
		return Config{}, err
	}
	cfg.LogLevel = lvl
	switch f := c.String(flagLogFmt); f {
	case "text", "":
	case "json":
		cfg.LogJSON = true
	default:
		return Config{}, fmt.Errorf("--log-format %q: want text or json", f)
	}
	return cfg, nil
}

func isGlobal(name string) bool {
	for _, f := range globalFlags() {
		if flagName(f) == name {
			return true
		}
	}
	return false
}

// lineageOf is c's lineage from the leaf to the app's root context,
// without urfave's empty context above the root.
func lineageOf(c *cli.Context) []*cli.Context {
	var out []*cli.Context
	for _, cc := range c.Lineage() {
		if cc.App != nil {
			out = append(out, cc)
		}
	}
	return out
}

// topCommand is the name of the top-level command c runs under: its flags
// live in the config section of that name ([wallet], [provider], …).
func topCommand(c *cli.Context) string {
	lineage := lineageOf(c)
	if len(lineage) < 2 || lineage[len(lineage)-2].Command == nil {
		return ""
	}
	return lineage[len(lineage)-2].Command.Name
}

// loadTOML reads the config file strictly: every key must name a global
// flag or, inside a [section] named after a top-level command, a flag of
// that command or its subcommands. A missing file is an error only when it
// was asked for explicitly. It returns nil when there is no file.
func loadTOML(path string, explicit bool, app *cli.App) (map[string]any, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) && !explicit {
		return nil, nil
	}
	if err != nil {
		return nil, hint(fmt.Errorf("read config: %w", err), "check --config / CAIRN_CONFIG")
	}
	values := map[string]any{}
	if _, err := toml.Decode(string(b), &values); err != nil {
		return nil, hint(fmt.Errorf("config %s: %w", path, err), "fix the TOML syntax")
	}
	known := map[string]bool{}
	for _, f := range app.Flags {
		if n := flagName(f); !notConfigurable[n] && !notInTOML[n] {
			known[tomlKey(n)] = true
		}
	}
	sections := map[string]map[string]bool{}
	for _, c := range app.Commands {
		sections[c.Name] = map[string]bool{}
		collectKeys(c, sections[c.Name])
	}
	for _, k := range sortedKeys(values) {
		if sec, ok := values[k].(map[string]any); ok && sections[k] != nil {
			for _, sk := range sortedKeys(sec) {
				if !sections[k][sk] && !tableKeys[k][sk] {
					return nil, unknownKey(path, k+"."+sk, sections[k])
				}
			}
			continue
		}
		if !known[k] {
			return nil, unknownKey(path, k, known)
		}
	}
	return values, nil
}

// collectKeys adds the config keys of c's own flags and its subcommands'.
// Global flags copied onto leaves belong at the top level, not in sections.
func collectKeys(c *cli.Command, keys map[string]bool) {
	for _, f := range c.Flags {
		n := flagName(f)
		if !notConfigurable[n] && !notInTOML[n] && !isGlobal(n) {
			keys[tomlKey(n)] = true
		}
	}
	for _, s := range c.Subcommands {
		collectKeys(s, keys)
	}
}

func unknownKey(path, key string, known map[string]bool) error {
	return hint(fmt.Errorf("config %s: unknown key %q", path, key),
		"valid keys here: "+strings.Join(sortedKeys(known), ", "))
}

func setFromTOML(c *cli.Context, name string, v any) error {
	vals, ok := v.([]any)
	if !ok {
		vals = []any{v}
	}
	for _, x := range vals {
		var s string
		switch x := x.(type) {
		case string:
			s = x
		case int64:
			s = strconv.FormatInt(x, 10)
		case float64:
			s = strconv.FormatFloat(x, 'g', -1, 64)
		case bool:
			s = strconv.FormatBool(x)
		default:
			return fmt.Errorf("unsupported value of type %T", x)
		}
		if err := c.Set(name, s); err != nil {
			return err
		}
	}
	return nil
}

func parseLevel(s string) (slog.Level, error) {
	switch strings.ToLower(s) {
	case "debug":
		return slog.LevelDebug, nil
	case "info":
		return slog.LevelInfo, nil
	case "warn", "warning":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	}
	return 0, hint(fmt.Errorf("unknown log level %q", s), "use debug, info, warn or error")
}

// expandHome turns a leading ~ into the home directory.
func expandHome(p string) string {
	if p != "~" && !strings.HasPrefix(p, "~/") {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return p
	}
	return filepath.Join(home, strings.TrimPrefix(p, "~"))
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
