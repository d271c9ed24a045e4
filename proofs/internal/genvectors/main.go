// Command genvectors writes proofs/testdata/vectors.json.
//
//	go run ./proofs/internal/genvectors [-o proofs/testdata/vectors.json]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/cairn-storage/cairn/proofs/internal/vectors"
)

func main() {
	out := flag.String("o", "proofs/testdata/vectors.json", "output file")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "genvectors:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	f, err := vectors.Generate()
	if err != nil {
		return err
	}
	b, err := f.Marshal()
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}
