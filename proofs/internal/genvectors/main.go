// Command genvectors writes proofs/testdata/vectors.json (protocol v1) and
// proofs/testdata/set_vectors.json (protocol v2 set proofs).
//
//	go run ./proofs/internal/genvectors [-o proofs/testdata/vectors.json] [-set-o proofs/testdata/set_vectors.json]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/cairn-storage/cairn/proofs/internal/vectors"
)

func main() {
	out := flag.String("o", "proofs/testdata/vectors.json", "output file of the v1 vectors")
	setOut := flag.String("set-o", "proofs/testdata/set_vectors.json", "output file of the set vectors")
	flag.Parse()
	if err := run(*out, *setOut); err != nil {
		fmt.Fprintln(os.Stderr, "genvectors:", err)
		os.Exit(1)
	}
}

func run(out, setOut string) error {
	f, err := vectors.Generate()
	if err != nil {
		return err
	}
	b, err := f.Marshal()
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	sf, err := vectors.GenerateSet()
	if err != nil {
		return err
	}
	if b, err = sf.Marshal(); err != nil {
		return err
	}
	return os.WriteFile(setOut, b, 0o644)
}
