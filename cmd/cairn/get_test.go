package main

import "testing"

func TestParseRange(t *testing.T) {
	cases := []struct {
		in      string
		size    int64
		off, n  int64
		wantErr bool
	}{
		{"", 100, 0, 100, false},
		{"0-99", 100, 0, 100, false},
		{"10-19", 100, 10, 10, false},
		{"90-", 100, 90, 10, false},
		{"90-500", 100, 90, 10, false},
		{"99-99", 100, 99, 1, false},
		{"", 0, 0, 0, false},
		{"100-", 100, 0, 0, true},
		{"20-10", 100, 0, 0, true},
		{"-10", 100, 0, 0, true},
		{"abc", 100, 0, 0, true},
		{"1-x", 100, 0, 0, true},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			off, n, err := parseRange(c.in, c.size)
			if (err != nil) != c.wantErr || (!c.wantErr && (off != c.off || n != c.n)) {
				t.Fatalf("parseRange(%q, %d) = %d, %d, %v; want %d, %d, error %v", c.in, c.size, off, n, err, c.off, c.n, c.wantErr)
			}
		})
	}
}
