package s3_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// tool finds an S3 client binary; the Makefile installs Debian's awscli
// and rclone. A missing client fails the test: it is part of the contract.
func tool(t *testing.T, name string) string {
	t.Helper()
	if p := "/usr/bin/" + name; fileExists(p) {
		return p
	}
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is not installed: run `make s3-clients` (apt-get install awscli rclone)", name)
	}
	return p
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func run(t *testing.T, env []string, bin string, args ...string) string {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), bin, args...)
	// The endpoint is plain HTTP on loopback: a CA bundle from the
	// environment only makes rclone's SDK refuse its transport.
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "AWS_CA_BUNDLE=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\nstdout:\n%s\nstderr:\n%s", filepath.Base(bin), strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.String()
}

// writeTree writes n small files (some in subfolders) under dir.
func writeTree(t *testing.T, dir string, n int) {
	t.Helper()
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("d%d/f%03d.txt", i%7, i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, randomBytes(t, 100+i*7), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// sameTree fails unless a and b hold the same files with the same bytes.
func sameTree(t *testing.T, a, b string) int {
	t.Helper()
	files := 0
	err := filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Fatalf("%s differs between %s and %s (%v)", rel, a, b, err)
		}
		files++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// testAWSCLI: Debian's aws CLI: mb, cp up and down of a multipart-sized
// file, sync of a folder of small files there and back, ls, rm.
func testAWSCLI(t *testing.T, n *node) {
	aws := tool(t, "aws")
	home := t.TempDir()
	env := []string{"HOME=" + home, "AWS_ACCESS_KEY_ID=" + n.creds.AccessKey, "AWS_SECRET_ACCESS_KEY=" + n.creds.SecretKey,
		"AWS_DEFAULT_REGION=us-east-1", "AWS_EC2_METADATA_DISABLED=true", "AWS_PAGER=", "AWS_CONFIG_FILE=" + filepath.Join(home, "none"),
		"AWS_SHARED_CREDENTIALS_FILE=" + filepath.Join(home, "none")}
	s3 := func(args ...string) string {
		return run(t, env, aws, append([]string{"--endpoint-url", n.endpoint(), "s3"}, args...)...)
	}
	s3("mb", "s3://awsbucket")
	dir := t.TempDir()
	big := randomBytes(t, envInt("CAIRN_S3_BIG_MIB", 200)<<20)
	if err := os.WriteFile(filepath.Join(dir, "big.bin"), big, 0o600); err != nil {
		t.Fatal(err)
	}
	s3("cp", filepath.Join(dir, "big.bin"), "s3://awsbucket/big.bin")
	s3("cp", "s3://awsbucket/big.bin", filepath.Join(dir, "big.back"))
	back, err := os.ReadFile(filepath.Join(dir, "big.back"))
	if err != nil || !bytes.Equal(back, big) {
		t.Fatalf("aws s3 cp round trip: %d bytes back of %d (%v)", len(back), len(big), err)
	}
	files := envInt("CAIRN_S3_SMALL_FILES", 500)
	src, dst := filepath.Join(dir, "tree"), filepath.Join(dir, "tree.back")
	writeTree(t, src, files)
	s3("sync", src, "s3://awsbucket/tree")
	s3("sync", "s3://awsbucket/tree", dst)
	if got := sameTree(t, src, dst); got != files {
		t.Fatalf("synced %d files back, want %d", got, files)
	}
	ls := strings.Split(strings.TrimSpace(s3("ls", "--recursive", "s3://awsbucket")), "\n")
	if len(ls) != files+1 {
		t.Fatalf("ls --recursive: %d lines, want %d", len(ls), files+1)
	}
	s3("rm", "s3://awsbucket/big.bin")
	if out := s3("ls", "s3://awsbucket/"); strings.Contains(out, "big.bin") || !strings.Contains(out, "PRE tree/") {
		t.Fatalf("ls after rm:\n%s", out)
	}
}

// testRclone: Debian's rclone with an S3 remote: copy, check (hashes),
// sync after changes, and a copy back.
func testRclone(t *testing.T, n *node) {
	rclone := tool(t, "rclone")
	home := t.TempDir()
	env := []string{"HOME=" + home, "RCLONE_CONFIG=" + filepath.Join(home, "rclone.conf"),
		"RCLONE_CONFIG_CAIRN_TYPE=s3", "RCLONE_CONFIG_CAIRN_PROVIDER=Other", "RCLONE_CONFIG_CAIRN_ENV_AUTH=false",
		"RCLONE_CONFIG_CAIRN_ACCESS_KEY_ID=" + n.creds.AccessKey, "RCLONE_CONFIG_CAIRN_SECRET_ACCESS_KEY=" + n.creds.SecretKey,
		"RCLONE_CONFIG_CAIRN_ENDPOINT=" + n.endpoint(), "RCLONE_CONFIG_CAIRN_REGION=us-east-1", "RCLONE_CONFIG_CAIRN_FORCE_PATH_STYLE=true"}
	rc := func(args ...string) string { return run(t, env, rclone, args...) }
	src := filepath.Join(t.TempDir(), "src")
	writeTree(t, src, 60)
	if err := os.WriteFile(filepath.Join(src, "mid.bin"), randomBytes(t, 3<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	rc("mkdir", "cairn:rcbucket")
	rc("copy", src, "cairn:rcbucket/src")
	rc("check", src, "cairn:rcbucket/src")
	// Change one file, delete one, add one; sync; check again.
	if err := os.WriteFile(filepath.Join(src, "d0", "f000.txt"), []byte("changed"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(src, "d1", "f001.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "new.txt"), []byte("new"), 0o600); err != nil {
		t.Fatal(err)
	}
	rc("sync", src, "cairn:rcbucket/src")
	rc("check", src, "cairn:rcbucket/src")
	back := filepath.Join(t.TempDir(), "back")
	rc("copy", "cairn:rcbucket/src", back)
	if a, b := sameTree(t, src, back), sameTree(t, back, src); a != b || a != 61 {
		t.Fatalf("rclone copy back: %d / %d files, want 61", a, b)
	}
}
