package chain_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/cairn-storage/cairn/chain"
	"github.com/cairn-storage/cairn/internal/anvil"
	"github.com/cairn-storage/cairn/internal/anvil/anviltest"
)

func TestDial(t *testing.T) {
	n := anviltest.New(t)
	port, err := anvil.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		url     string
		chainID uint64
		want    error
	}{
		{"ok", n.URL, anvil.DefaultChainID, nil},
		{"any chain", n.URL, 0, nil},
		{"wrong chain", n.URL, 1, chain.ErrWrongChain},
		{"nothing listening", fmt.Sprintf("http://127.0.0.1:%d", port), 0, chain.ErrRPCUnreachable},
		{"empty url", "", 0, chain.ErrRPCUnreachable},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			cl, err := chain.Dial(t.Context(), c.url, c.chainID)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if err == nil {
				defer cl.Close()
				if cl.ChainIDValue().Uint64() != anvil.DefaultChainID {
					t.Fatalf("chain id %s", cl.ChainIDValue())
				}
			}
			if time.Since(start) > 5*time.Second {
				t.Fatalf("dial took %s", time.Since(start))
			}
		})
	}
}
