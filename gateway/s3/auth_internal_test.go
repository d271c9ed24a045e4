package s3

import (
	"bytes"
	"crypto/sha256"
	"hash"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/minio/minio-go/v7/pkg/signer"
)

func authGateway(ak, sk string) *Gateway {
	cfg := DefaultConfig()
	cfg.Credentials = Credentials{AccessKey: ak, SecretKey: sk}
	return &Gateway{cfg: cfg}
}

// The GET example of AWS's "Signature Calculations for the Authorization
// Header" (S3 API reference), an independent vector for the canonical
// request and the key derivation.
func TestVerifyAWSExample(t *testing.T) {
	g := authGateway("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
	req := httptest.NewRequest("GET", "http://examplebucket.s3.amazonaws.com/test.txt", nil)
	req.Header.Set("Range", "bytes=0-9")
	req.Header.Set("X-Amz-Content-Sha256", emptySHA256)
	req.Header.Set("X-Amz-Date", "20130524T000000Z")
	req.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
	at := time.Date(2013, 5, 24, 0, 0, 0, 0, time.UTC)
	if _, _, err := g.verify(req, at); err != nil {
		t.Fatalf("AWS example refused: %v", err)
	}
	req.Header.Set("Range", "bytes=0-10")
	if _, _, err := g.verify(req, at); err == nil || err.Code != "SignatureDoesNotMatch" {
		t.Fatalf("changed signed header: %v", err)
	}
}

// TestVerify checks header and presigned signatures against chosen clocks.
func TestVerify(t *testing.T) {
	const ak, sk = "CAIRNKEY", "secret-secret-secret"
	g := authGateway(ak, sk)
	now := time.Now().UTC()
	newReq := func() *http.Request {
		r := httptest.NewRequest("PUT", "http://127.0.0.1:9000/bucket/some%20key+%C3%BC?uploads", nil)
		r.Header.Set("X-Amz-Content-Sha256", unsignedPayload)
		return r
	}
	signed := signer.SignV4(*newReq(), ak, sk, "", "us-east-1")
	presigned := signer.PreSignV4(*httptest.NewRequest("GET", "http://127.0.0.1:9000/bucket/k", nil), ak, sk, "", "us-east-1", 60)
	wrong := signer.SignV4(*newReq(), ak, "another-secret-123456", "", "us-east-1")
	cases := []struct {
		name string
		req  *http.Request
		at   time.Time
		code string // "" = accepted
	}{
		{"header_now", signed, now, ""},
		{"header_skewed_late", signed, now.Add(16 * time.Minute), "RequestTimeTooSkewed"},
		{"header_skewed_early", signed, now.Add(-16 * time.Minute), "RequestTimeTooSkewed"},
		{"header_within_skew", signed, now.Add(14 * time.Minute), ""},
		{"wrong_secret", wrong, now, "SignatureDoesNotMatch"},
		{"presigned_fresh", presigned, now.Add(30 * time.Second), ""},
		{"presigned_expired", presigned, now.Add(61 * time.Second), "AccessDenied"},
		{"unsigned", newReq(), now, "AccessDenied"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := g.verify(tc.req, tc.at)
			switch {
			case tc.code == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tc.code != "" && (err == nil || err.Code != tc.code):
				t.Fatalf("got %v, want %s", err, tc.code)
			case err != nil && err.Status != http.StatusForbidden:
				t.Fatalf("status %d, want 403", err.Status)
			}
		})
	}
}

// TestChunkReader decodes minio's streaming signature and refuses a
// body whose chunk was changed in flight.
func TestChunkReader(t *testing.T) {
	const ak, sk = "CAIRNKEY", "secret-secret-secret"
	g := authGateway(ak, sk)
	data := bytes.Repeat([]byte("cairn-"), 40000) // 240 000 bytes: 4 chunks of 64 KiB
	for _, tamper := range []bool{false, true} {
		req := httptest.NewRequest("PUT", "http://127.0.0.1:9000/b/k", bytes.NewReader(data))
		req = signer.StreamingSignV4(req, ak, sk, "", "us-east-1", int64(len(data)), time.Now().UTC(), hasher{sha256.New()})
		wire, err := io.ReadAll(req.Body)
		if err != nil {
			t.Fatal(err)
		}
		if tamper {
			i := bytes.Index(wire, []byte("cairn-")) + 70000
			wire[i] ^= 1
		}
		req.Body = io.NopCloser(bytes.NewReader(wire))
		s, key, aerr := g.verify(req, time.Now())
		if aerr != nil {
			t.Fatal(aerr)
		}
		fw := &flagWriter{ResponseWriter: httptest.NewRecorder()}
		got, err := io.ReadAll(newChunkReader(req.Body, true, false, key, s, fw))
		switch {
		case !tamper && (err != nil || !bytes.Equal(got, data)):
			t.Fatalf("decoded %d bytes, %v", len(got), err)
		case tamper && (err == nil || !strings.Contains(err.Error(), "SignatureDoesNotMatch") || !fw.forbid):
			t.Fatalf("tampered chunk: %v (forbid %v)", err, fw.forbid)
		case tamper && len(got) > 65536:
			t.Fatalf("%d bytes released past the tampered chunk", len(got))
		}
	}
}

// FuzzChunkReader: any body decodes or fails, never panics or over-reads.
func FuzzChunkReader(f *testing.F) {
	f.Add([]byte("5\r\nhello\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n"), false)
	f.Add([]byte("5;chunk-signature=00\r\nhello\r\n0;chunk-signature=00\r\n\r\n"), true)
	f.Add([]byte("ffffffffffffffff\r\n"), false)
	f.Fuzz(func(t *testing.T, body []byte, signed bool) {
		s := sigRequest{date: "20260101", region: "us-east-1", service: "s3", amzDate: time.Now()}
		fw := &flagWriter{ResponseWriter: httptest.NewRecorder()}
		got, _ := io.ReadAll(newChunkReader(io.NopCloser(bytes.NewReader(body)), signed, !signed, []byte("k"), s, fw))
		if len(got) > len(body) {
			t.Fatalf("decoded %d bytes from a %d-byte body", len(got), len(body))
		}
	})
}

// FuzzParseAuth: any Authorization header parses or is refused.
func FuzzParseAuth(f *testing.F) {
	f.Add("AWS4-HMAC-SHA256 Credential=A/20260101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=00", "20260101T000000Z")
	f.Add("AWS4-HMAC-SHA256 Credential=//////", "x")
	f.Fuzz(func(t *testing.T, auth, date string) {
		r := httptest.NewRequest("GET", "http://h/b", nil)
		r.Header.Set("Authorization", auth)
		r.Header.Set("X-Amz-Date", date)
		_, _, _ = authGateway("A", "secret-secret-secret").verify(r, time.Now())
	})
}

type hasher struct{ hash.Hash }

func (hasher) Close() {}
