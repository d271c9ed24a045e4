package s3_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	s3gw "github.com/cairn-storage/cairn/gateway/s3"
)

// selfSigned writes a certificate and key for 127.0.0.1 into dir.
func selfSigned(t *testing.T, dir string) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "cairn test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}, KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb}), 0o600); err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}

// testServeSync runs a gateway as `cairn gateway s3 --sync --tls-cert …`
// does: Serve with its own uploader loop and keeper, HTTPS, and PUTs
// acknowledged only once their upload has every slot filled.
func testServeSync(t *testing.T, w *world) {
	mn := newMnemonic(t)
	w.fund(mn)
	dir := filepath.Join(t.TempDir(), "sync")
	certFile, keyFile, pool := selfSigned(t, t.TempDir())
	n := w.openNode(mn, dir, func(c *s3gw.Config) {
		c.Sync, c.TLSCert, c.TLSKey = true, certFile, keyFile
		c.PackDelay, c.Poll = 0, 200*time.Millisecond
	})
	// As `cairn gateway s3` does: the keeper runs beside the uploader and
	// stops with Serve (goleak checks it).
	k, err := s3gw.NewKeeper(n.cfg, w.log, n.market)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.gw.KeepWith(t.Context(), k); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- n.gw.Serve(ctx, ln) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
	c, err := minio.New(ln.Addr().String(), &minio.Options{Creds: credentials.NewStaticV4(n.creds.AccessKey, n.creds.SecretKey, ""), Secure: true,
		Region: "us-east-1", Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.MakeBucket(ctx, "synced", minio.MakeBucketOptions{}); err != nil {
		t.Fatalf("make bucket over TLS: %v", err)
	}
	data := randomBytes(t, 300_000)
	start := time.Now()
	if _, err := c.PutObject(ctx, "synced", "obj", bytes.NewReader(data), int64(len(data)), minio.PutObjectOptions{}); err != nil {
		t.Fatalf("sync put: %v", err)
	}
	t.Logf("--sync PUT acknowledged after %s", time.Since(start).Round(time.Millisecond))
	st, err := n.gw.Status()
	if err != nil {
		t.Fatal(err)
	}
	if st.PendingObjects != 0 || st.Packs != 1 {
		t.Fatalf("after a --sync PUT: %d objects pending, %d packs", st.PendingObjects, st.Packs)
	}
	mustGet(t, c, "synced", "obj", data)
	// The loop writes the status file `cairn gateway status` reads.
	deadline := time.Now().Add(10 * time.Second)
	for {
		fst, running, err := s3gw.ReadStatus(filepath.Join(dir, "gateway"))
		if err == nil && running && fst.Objects == 1 && fst.PendingObjects == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("status file: %+v running %v %v", fst, running, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
