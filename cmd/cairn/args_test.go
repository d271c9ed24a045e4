package main

import (
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestInterspersed(t *testing.T) {
	app := newApp(strings.NewReader(""), io.Discard, io.Discard)
	cases := []struct{ in, want string }{
		{"cairn get photo.jpg -o out.jpg", "cairn get -o out.jpg photo.jpg"},
		{"cairn --json get photo.jpg --output=x", "cairn --json get --output=x photo.jpg"},
		{"cairn put f --epochs 50 --dry-run", "cairn put --epochs 50 --dry-run f"},
		{"cairn --datadir d put f --json", "cairn --datadir d put --json f"},
		{"cairn provider run --capacity 1GiB", "cairn provider run --capacity 1GiB"},
		{"cairn get -- -odd-name", "cairn get -- -odd-name"},
		{"cairn nosuch x -y", "cairn nosuch x -y"},
	}
	for _, c := range cases {
		got := strings.Join(interspersed(app, strings.Fields(c.in)), " ")
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}
