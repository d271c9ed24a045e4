package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	s3gw "github.com/cairn-storage/cairn/gateway/s3"
)

func TestGatewayCredentialsAndStatus(t *testing.T) {
	dir := t.TempDir()
	var first struct{ AccessKey, SecretKey, File string }
	r := runCLI(t, nil, "--datadir", dir, "--json", "gateway", "credentials")
	if r.code != 0 {
		t.Fatalf("credentials: %d %s", r.code, r.stderr)
	}
	var out map[string]string
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("credentials --json: %v\n%s", err, r.stdout)
	}
	first.AccessKey, first.SecretKey, first.File = out["access_key"], out["secret_key"], out["file"]
	if first.File != filepath.Join(dir, "gateway", "credentials.toml") {
		t.Fatalf("credentials file %s", first.File)
	}
	st, err := os.Stat(first.File)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("credentials file mode %v %v", st.Mode(), err)
	}
	cr, err := s3gw.LoadCredentials(first.File)
	if err != nil || cr.AccessKey != first.AccessKey || cr.SecretKey != first.SecretKey {
		t.Fatalf("file holds %+v (%v), printed %+v", cr, err, first)
	}
	if r := runCLI(t, nil, "--datadir", dir, "gateway", "credentials"); r.code == 0 || !strings.Contains(r.stderr, "--force") {
		t.Fatalf("second credentials without --force: %d %s", r.code, r.stderr)
	}
	if r := runCLI(t, nil, "--datadir", dir, "gateway", "credentials", "--force"); r.code != 0 || strings.Contains(r.stdout, first.SecretKey) {
		t.Fatalf("credentials --force: %d %s", r.code, r.stderr)
	}

	r = runCLI(t, nil, "--datadir", dir, "--json", "gateway", "status")
	var status struct {
		Running bool        `json:"running"`
		Status  s3gw.Status `json:"status"`
	}
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &status) != nil || status.Running || status.Status.Buckets != 0 {
		t.Fatalf("status: %d %s %s", r.code, r.stdout, r.stderr)
	}
	if r := runCLI(t, nil, "--datadir", t.TempDir(), "gateway", "s3"); r.code == 0 || !strings.Contains(r.stderr, "cairn gateway credentials") {
		t.Fatalf("gateway s3 without credentials: %d %s", r.code, r.stderr)
	}
}
