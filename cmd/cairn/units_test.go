package main

import (
	"io"
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	cases := []struct {
		in   string
		want uint64
		ok   bool
	}{
		{"4096", 4096, true}, {"64MiB", 64 << 20, true}, {"1.5GiB", 3 << 29, true}, {"10gb", 10e9, true},
		{" 2 KiB ", 2048, true}, {"1k", 1024, true}, {"", 0, false}, {"-1", 0, false}, {"ten", 0, false}, {"5 parsecs", 0, false},
	}
	for _, c := range cases {
		got, err := parseSize(c.in)
		if (err == nil) != c.ok || (c.ok && got != c.want) {
			t.Errorf("parseSize(%q) = %d, %v; want %d ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}

func TestParseRate(t *testing.T) {
	cases := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"50mbit", 6_250_000, true}, {"1gbit/s", 125_000_000, true}, {"800kbps", 100_000, true}, {" 2.5 Mbit ", 312_500, true},
		{"1000000000bit", 125_000_000, true}, {"10MB/s", 10_000_000, true}, {"4MiB/s", 4 << 20, true}, {"125000", 125_000, true}, {"1MB", 1_000_000, true},
		{"", 0, false}, {"0", 0, false}, {"0mbit", 0, false}, {"-5mbit", 0, false}, {"fast", 0, false}, {"3bit", 0, false},
		{"10 furlongs/s", 0, false}, {"1e30gbit", 0, false},
	}
	for _, c := range cases {
		got, err := parseRate(c.in)
		if (err == nil) != c.ok || (c.ok && got != c.want) {
			t.Errorf("parseRate(%q) = %d, %v; want %d ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}

func TestParseTokens(t *testing.T) {
	cases := []struct {
		in   string
		want string
		ok   bool
	}{
		{"1", "1000000000000000000", true}, {"0.5", "500000000000000000", true}, {"12.5 CAIRN", "12500000000000000000", true},
		{"0.000000000000000001", "1", true}, {"0.0000000000000000001", "", false}, {"-1", "", false}, {"x", "", false},
	}
	for _, c := range cases {
		got, err := parseTokens(c.in)
		if (err == nil) != c.ok || (c.ok && got.String() != c.want) {
			t.Errorf("parseTokens(%q) = %v, %v; want %s ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}

// FuzzParseTokens: no panic on any input, and what parses prints back to
// the same amount.
func FuzzParseTokens(f *testing.F) {
	for _, s := range []string{"1", "0.5", "12.5 CAIRN", "1e3", "-0", "0x10", "1/3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseTokens(s)
		if err != nil {
			return
		}
		again, err := parseTokens(FormatUnits(v, TokenDecimals))
		if err != nil || again.Cmp(v) != 0 {
			t.Fatalf("%q → %s → %q → %v, %v", s, v, FormatUnits(v, TokenDecimals), again, err)
		}
	})
}

// FuzzInterspersed: reordering never panics, never drops or invents an
// argument, and is idempotent.
func FuzzInterspersed(f *testing.F) {
	app := newApp(strings.NewReader(""), io.Discard, io.Discard)
	for _, s := range []string{"get x -o y", "--json put f --k 3", "provider run --listen a --listen b", "get -- -x", "wallet"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		args := append([]string{"cairn"}, strings.Fields(s)...)
		out := interspersed(app, args)
		if len(out) != len(args) {
			t.Fatalf("%q: %d args became %d", s, len(args), len(out))
		}
		count := map[string]int{}
		for _, a := range args {
			count[a]++
		}
		for _, a := range out {
			count[a]--
		}
		for a, n := range count {
			if n != 0 {
				t.Fatalf("%q: argument %q changed count by %d", s, a, n)
			}
		}
		if again := interspersed(app, out); strings.Join(again, "\x00") != strings.Join(out, "\x00") {
			t.Fatalf("%q: not idempotent: %q then %q", s, out, again)
		}
	})
}

func TestParseGwei(t *testing.T) {
	cases := []struct {
		in   string
		want string
		ok   bool
	}{
		{"50", "50000000000", true}, {"1.5", "1500000000", true}, {" 2 gwei", "2000000000", true},
		{"0.000000001", "1", true}, {"0.0000000001", "", false}, {"0", "", false}, {"-1", "", false}, {"lots", "", false},
	}
	for _, c := range cases {
		got, err := parseGwei(c.in)
		if (err == nil) != c.ok || (c.ok && got.String() != c.want) {
			t.Errorf("parseGwei(%q) = %v, %v; want %s ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}
