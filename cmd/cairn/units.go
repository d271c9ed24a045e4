package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// parseSize reads "64MiB", "1.5GB", "4096" (bytes) and the like.
func parseSize(s string) (uint64, error) {
	t := strings.TrimSpace(s)
	units := []struct {
		suffix string
		mult   float64
	}{{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"tib", 1 << 40},
		{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12}, {"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"t", 1 << 40}, {"b", 1}}
	lower := strings.ToLower(t)
	mult := 1.0
	for _, u := range units {
		if strings.HasSuffix(lower, u.suffix) {
			mult, lower = u.mult, strings.TrimSpace(strings.TrimSuffix(lower, u.suffix))
			break
		}
	}
	v, err := strconv.ParseFloat(lower, 64)
	if err != nil || v < 0 {
		return 0, fmt.Errorf("size %q: want a number with an optional unit like 64MiB or 10GiB", s)
	}
	return uint64(v * mult), nil
}

// parseTokens reads a decimal token amount ("1.5") into base units.
func parseTokens(s string) (*big.Int, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "CAIRN"))
	r, ok := new(big.Rat).SetString(strings.TrimSpace(t))
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("token amount %q: want a decimal number like 1.5", s)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(TokenDecimals), nil)))
	if !r.IsInt() {
		return nil, fmt.Errorf("token amount %q has more than %d decimals", s, TokenDecimals)
	}
	return r.Num(), nil
}

// parseGwei reads a positive decimal gwei amount ("1.5") into wei.
func parseGwei(s string) (*big.Int, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "gwei"))
	r, ok := new(big.Rat).SetString(t)
	if !ok || r.Sign() <= 0 {
		return nil, fmt.Errorf("gwei amount %q: want a decimal number > 0 like 1.5", s)
	}
	r.Mul(r, new(big.Rat).SetInt64(1e9))
	if !r.IsInt() {
		return nil, fmt.Errorf("gwei amount %q has more than 9 decimals", s)
	}
	return r.Num(), nil
}

func hex32(b [32]byte) string { return fmt.Sprintf("0x%x", b) }

func newTabWriter(w io.Writer) *tabwriter.Writer { return tabwriter.NewWriter(w, 0, 4, 2, ' ', 0) }

// addressArg is the --address value, or the session wallet's address.
func addressArg(flag string, s *session) (common.Address, error) {
	if flag == "" {
		if s.wallet == nil {
			return common.Address{}, fmt.Errorf("no --address and no wallet")
		}
		return s.wallet.Address, nil
	}
	if !common.IsHexAddress(flag) {
		return common.Address{}, fmt.Errorf("%q is not an address", flag)
	}
	return common.HexToAddress(flag), nil
}

// parseRate reads a data rate into bytes per second: bits per second as
// "50mbit", "1gbit/s", "800kbps" (decimal units: 1 mbit = 10^6 bits), or
// bytes per second as a size with an optional "/s", "10MB/s", "4MiB/s",
// "125000" (parseSize's units). A rate must be positive.
func parseRate(s string) (int64, error) {
	lower := strings.ToLower(strings.TrimSpace(s))
	bits := []struct {
		suffix string
		mult   float64
	}{{"kbit", 1e3}, {"mbit", 1e6}, {"gbit", 1e9}, {"kbps", 1e3}, {"mbps", 1e6}, {"gbps", 1e9}, {"bit", 1}, {"bps", 1}}
	v := strings.TrimSpace(strings.TrimSuffix(lower, "/s"))
	for _, u := range bits {
		if num, ok := strings.CutSuffix(v, u.suffix); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
			if err != nil || f <= 0 || f*u.mult/8 > math.MaxInt64 {
				break
			}
			if r := int64(f * u.mult / 8); r > 0 {
				return r, nil
			}
			break
		}
	}
	if !strings.Contains(v, "bit") && !strings.HasSuffix(v, "ps") {
		if b, err := parseSize(v); err == nil && b > 0 && b <= math.MaxInt64 {
			return int64(b), nil
		}
	}
	return 0, fmt.Errorf("rate %q: want a positive rate like 50mbit, 1gbit/s or 10MB/s", s)
}
