package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"text/tabwriter"
)

// Printer writes a command's data to stdout: indented JSON with --json,
// human text otherwise. Logs, prompts and progress never go through it.
// JSON field names are snake_case and stable: scripts depend on them.
// Amounts go to JSON as decimal strings of base units (wei) plus a
// human decimal string, never as floats.
type Printer struct {
	w    io.Writer
	json bool
}

// JSON reports whether --json is in effect.
func (p *Printer) JSON() bool { return p.json }

// Result prints v as JSON with --json; otherwise it calls human.
func (p *Printer) Result(v any, human func(w io.Writer) error) error {
	if p.json {
		return p.writeJSON(v)
	}
	return human(p.w)
}

// Table prints rows under headers in aligned columns, or v as JSON with
// --json (v is usually the slice of structs the rows were made from).
func (p *Printer) Table(v any, headers []string, rows [][]string) error {
	if p.json {
		return p.writeJSON(v)
	}
	tw := tabwriter.NewWriter(p.w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(headers, "\t"))
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

func (p *Printer) writeJSON(v any) error {
	enc := json.NewEncoder(p.w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}

// TokenDecimals is the decimals of ETH and of the cairn token.
const TokenDecimals = 18

// FormatUnits renders amount (in base units) as an exact decimal with
// the given number of decimals, trailing zeros dropped: 12500000000000000000
// with 18 decimals is "12.5". A nil amount is "0".
func FormatUnits(amount *big.Int, decimals int) string {
	if amount == nil {
		return "0"
	}
	neg := amount.Sign() < 0
	digits := new(big.Int).Abs(amount).String()
	if len(digits) <= decimals {
		digits = strings.Repeat("0", decimals-len(digits)+1) + digits
	}
	whole, frac := digits[:len(digits)-decimals], strings.TrimRight(digits[len(digits)-decimals:], "0")
	s := whole
	if frac != "" {
		s += "." + frac
	}
	if neg {
		s = "-" + s
	}
	return s
}

// FormatEther is a wei amount for people: "10000 ETH".
func FormatEther(wei *big.Int) string { return FormatUnits(wei, TokenDecimals) + " ETH" }

// FormatToken is a token amount (18 decimals) for people: "12.5 CAIRN".
func FormatToken(units *big.Int) string { return FormatUnits(units, TokenDecimals) + " CAIRN" }

// FormatSize is a byte count for people in IEC units with at most one
// decimal: "512 B", "1.5 KiB", "64 MiB".
func FormatSize(n uint64) string {
	const unit = 1024
	if n < unit {
		return strconv.FormatUint(n, 10) + " B"
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit && exp < 5; m /= unit {
		div *= unit
		exp++
	}
	v := float64(n) / float64(div)
	s := strconv.FormatFloat(v, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	return s + " " + string("KMGTPE"[exp]) + "iB"
}

// orDash is s, or "-" when it is empty (a table cell).
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
