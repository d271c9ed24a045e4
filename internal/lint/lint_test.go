// Package lint holds repository-wide checks that run as ordinary tests.
package lint

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/cairn-storage/cairn"

// allowed lists, per top-level package, the cairn packages it may import
// directly (each package's own rule then bounds what it pulls in)
// (DESIGN.md "Packages and dependency direction"). internal/* helpers are
// allowed everywhere except where listed as forbidden below.
var allowed = map[string][]string{
	"proofs":    {},
	"storage":   {"proofs"},
	"contracts": {},
	"chain":     {"contracts"},
	"market":    {"chain", "proofs", "storage", "contracts", "market"},
	"testnet":   {"chain", "contracts", "market", "testnet"},
	"gateway":   {"market", "storage", "gateway"},
}

func TestImportDirection(t *testing.T) {
	out, err := exec.Command("go", "list", "-json=ImportPath,Imports", module+"/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		top := topLevel(p.ImportPath)
		allow, ruled := allowed[top]
		if !ruled {
			continue
		}
		for _, d := range p.Imports {
			if !strings.HasPrefix(d, module+"/") {
				continue
			}
			dt := topLevel(d)
			if dt == top || dt == "internal" && top != "proofs" {
				continue
			}
			if strings.HasSuffix(p.ImportPath, "test") && dt == "internal" {
				continue
			}
			if !contains(allow, dt) {
				t.Errorf("%s imports %s: %s may import only %v of cairn", p.ImportPath, d, top, allow)
			}
		}
	}
}

func topLevel(path string) string {
	rest := strings.TrimPrefix(path, module+"/")
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		return rest[:i]
	}
	return rest
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
