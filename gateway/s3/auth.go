package s3

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// AWS Signature V4 verification. gofakes3 checks no signature, and the
// SDK signers cannot be reused to verify: they choose for themselves which
// headers to sign, while a verifier must follow the client's SignedHeaders
// list. So the canonical request is rebuilt here exactly as the SigV4
// specification says (for S3: the path encoded once, '/' kept), from the
// headers the client named.

const (
	algorithm        = "AWS4-HMAC-SHA256"
	amzDateFormat    = "20060102T150405Z"
	unsignedPayload  = "UNSIGNED-PAYLOAD"
	streamingSigned  = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"
	streamingSignedT = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER"
	streamingUnsignT = "STREAMING-UNSIGNED-PAYLOAD-TRAILER"
	emptySHA256      = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
	maxVerifiedBody  = 1 << 20 // bodies hashed before they are handed on
)

// authError is an S3 error answered before gofakes3 sees the request.
type authError struct {
	Status  int    `xml:"-"`
	Code    string `xml:"Code"`
	Message string `xml:"Message"`
}

func (e *authError) Error() string { return e.Code + ": " + e.Message }

func denied(code, format string, args ...any) *authError {
	return &authError{Status: http.StatusForbidden, Code: code, Message: fmt.Sprintf(format, args...)}
}

func writeAuthError(w http.ResponseWriter, r *http.Request, e *authError) {
	w.Header().Set("Content-Type", "application/xml")
	w.WriteHeader(e.Status)
	if r.Method == http.MethodHead {
		return
	}
	_ = xml.NewEncoder(w).Encode(struct {
		XMLName  xml.Name `xml:"Error"`
		Code     string   `xml:"Code"`
		Message  string   `xml:"Message"`
		Resource string   `xml:"Resource"`
	}{Code: e.Code, Message: e.Message, Resource: r.URL.Path})
}

// sigRequest is what a request's signature is over.
type sigRequest struct {
	accessKey, date, region, service string
	amzDate                          time.Time
	signedHeaders                    []string
	signature                        string
	payload                          string // the payload hash the client signed
	presigned                        bool
}

func (s sigRequest) scope() string {
	return s.date + "/" + s.region + "/" + s.service + "/aws4_request"
}

func parseCredential(c string) (ak, date, region, service string, err error) {
	p := strings.Split(c, "/")
	if len(p) != 5 || p[4] != "aws4_request" {
		return "", "", "", "", denied("AuthorizationHeaderMalformed", "credential %q is not AKID/date/region/service/aws4_request", c)
	}
	return p[0], p[1], p[2], p[3], nil
}

// parseAuth reads the Authorization header or the presigned query.
func parseAuth(r *http.Request) (sigRequest, *authError) {
	var s sigRequest
	q := r.URL.Query()
	var cred, signed, date string
	if h := r.Header.Get("Authorization"); h != "" {
		rest, ok := strings.CutPrefix(h, algorithm+" ")
		if !ok {
			return s, denied("AccessDenied", "only AWS Signature Version 4 (%s) is accepted", algorithm)
		}
		for _, f := range strings.Split(rest, ",") {
			k, v, _ := strings.Cut(strings.TrimSpace(f), "=")
			switch k {
			case "Credential":
				cred = v
			case "SignedHeaders":
				signed = v
			case "Signature":
				s.signature = v
			}
		}
		date = r.Header.Get("X-Amz-Date")
		if date == "" {
			date = r.Header.Get("Date")
		}
		s.payload = r.Header.Get("X-Amz-Content-Sha256")
		if s.payload == "" {
			s.payload = emptySHA256
		}
	} else if q.Get("X-Amz-Algorithm") != "" {
		if q.Get("X-Amz-Algorithm") != algorithm {
			return s, denied("AccessDenied", "only AWS Signature Version 4 (%s) is accepted", algorithm)
		}
		s.presigned = true
		cred, signed, date, s.signature = q.Get("X-Amz-Credential"), q.Get("X-Amz-SignedHeaders"), q.Get("X-Amz-Date"), q.Get("X-Amz-Signature")
		s.payload = unsignedPayload
		if v := q.Get("X-Amz-Content-Sha256"); v != "" {
			s.payload = v
		}
	} else {
		return s, denied("AccessDenied", "the request is not signed")
	}
	if cred == "" || signed == "" || s.signature == "" || date == "" {
		return s, denied("AuthorizationHeaderMalformed", "credential, signed headers, signature and date are needed")
	}
	var err error
	if s.accessKey, s.date, s.region, s.service, err = parseCredential(cred); err != nil {
		return s, err.(*authError)
	}
	if s.amzDate, err = time.Parse(amzDateFormat, date); err != nil {
		if s.amzDate, err = http.ParseTime(date); err != nil {
			return s, denied("AccessDenied", "unreadable request date %q", date)
		}
	}
	if s.amzDate.UTC().Format("20060102") != s.date {
		return s, denied("SignatureDoesNotMatch", "the credential's date is not the request's")
	}
	s.signedHeaders = strings.Split(signed, ";")
	if !sort.StringsAreSorted(s.signedHeaders) {
		return s, denied("SignatureDoesNotMatch", "signed headers are not sorted")
	}
	return s, nil
}

// awsEscape is SigV4's URI encoding: everything but A-Z a-z 0-9 - _ . ~
// is %XX; '/' too unless keepSlash.
func awsEscape(s string, keepSlash bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-', c == '_', c == '.', c == '~':
			b.WriteByte(c)
		case c == '/' && keepSlash:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func canonicalQuery(q url.Values, presigned bool) string {
	type kv struct{ k, v string }
	var all []kv
	for k, vs := range q {
		if presigned && k == "X-Amz-Signature" {
			continue
		}
		for _, v := range vs {
			all = append(all, kv{awsEscape(k, false), awsEscape(v, false)})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].k != all[j].k {
			return all[i].k < all[j].k
		}
		return all[i].v < all[j].v
	})
	parts := make([]string, len(all))
	for i, p := range all {
		parts[i] = p.k + "=" + p.v
	}
	return strings.Join(parts, "&")
}

func headerValue(r *http.Request, name string) string {
	switch name {
	case "host":
		return r.Host
	case "content-length":
		if v := r.Header.Get("Content-Length"); v != "" {
			return v
		}
		return strconv.FormatInt(r.ContentLength, 10)
	}
	vs := r.Header.Values(name)
	for i, v := range vs {
		vs[i] = strings.Join(strings.Fields(v), " ")
	}
	return strings.Join(vs, ",")
}

func canonicalRequest(r *http.Request, s sigRequest) string {
	var h strings.Builder
	for _, name := range s.signedHeaders {
		h.WriteString(name + ":" + headerValue(r, name) + "\n")
	}
	path := r.URL.Path
	if path == "" {
		path = "/"
	}
	return strings.Join([]string{r.Method, awsEscape(path, true), canonicalQuery(r.URL.Query(), s.presigned),
		h.String(), strings.Join(s.signedHeaders, ";"), s.payload}, "\n")
}

func hmacSHA256(key []byte, data string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(data))
	return m.Sum(nil)
}

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func signingKey(secret, date, region, service string) []byte {
	k := hmacSHA256([]byte("AWS4"+secret), date)
	k = hmacSHA256(k, region)
	k = hmacSHA256(k, service)
	return hmacSHA256(k, "aws4_request")
}

// verify checks r's signature and time; it returns the signing key and
// the parsed signature for a streaming payload's chunks.
func (g *Gateway) verify(r *http.Request, now time.Time) (sigRequest, []byte, *authError) {
	s, aerr := parseAuth(r)
	if aerr != nil {
		return s, nil, aerr
	}
	creds := g.cfg.Credentials
	if subtle.ConstantTimeCompare([]byte(s.accessKey), []byte(creds.AccessKey)) != 1 {
		return s, nil, denied("InvalidAccessKeyId", "the access key is not known to this gateway")
	}
	if s.service != "s3" || g.cfg.Region != "" && s.region != g.cfg.Region {
		return s, nil, denied("SignatureDoesNotMatch", "signed for %s in %s; this gateway is s3 in %s", s.service, s.region, g.cfg.Region)
	}
	skew := g.cfg.MaxSkew
	if s.presigned {
		exp, err := strconv.ParseInt(r.URL.Query().Get("X-Amz-Expires"), 10, 64)
		if err != nil || exp < 0 || exp > 7*24*3600 {
			return s, nil, denied("AuthorizationQueryParametersError", "X-Amz-Expires must be 0…604800 seconds")
		}
		if now.After(s.amzDate.Add(time.Duration(exp) * time.Second)) {
			return s, nil, denied("AccessDenied", "Request has expired")
		}
		if s.amzDate.Sub(now) > skew {
			return s, nil, denied("RequestTimeTooSkewed", "the request is signed in the future")
		}
	} else if d := now.Sub(s.amzDate); d > skew || d < -skew {
		return s, nil, denied("RequestTimeTooSkewed", "the difference between the request time and the server's time is too large")
	}
	key := signingKey(creds.SecretKey, s.date, s.region, s.service)
	sts := strings.Join([]string{algorithm, s.amzDate.UTC().Format(amzDateFormat), s.scope(), sha256Hex([]byte(canonicalRequest(r, s)))}, "\n")
	want := hex.EncodeToString(hmacSHA256(key, sts))
	if subtle.ConstantTimeCompare([]byte(want), []byte(s.signature)) != 1 {
		return s, nil, denied("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.")
	}
	return s, key, nil
}

// authenticate verifies every request, then hands gofakes3 a plain body:
// a hashed payload is checked against its signed hash, an aws-chunked one
// is decoded with each chunk's signature checked.
func (g *Gateway) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s, key, aerr := g.verify(r, g.now())
		if aerr != nil {
			g.log.Debug("request refused", "method", r.Method, "path", r.URL.Path, "code", aerr.Code)
			writeAuthError(w, r, aerr)
			return
		}
		fw := &flagWriter{ResponseWriter: w}
		switch p := s.payload; {
		case p == streamingSigned || p == streamingSignedT || p == streamingUnsignT:
			n, err := strconv.ParseInt(r.Header.Get("X-Amz-Decoded-Content-Length"), 10, 64)
			if err != nil || n < 0 {
				writeAuthError(w, r, &authError{Status: http.StatusLengthRequired, Code: "MissingContentLength", Message: "x-amz-decoded-content-length is needed"})
				return
			}
			r.Body = newChunkReader(r.Body, p != streamingUnsignT, p != streamingSigned, key, s, fw)
			r.ContentLength = n
			r.Header.Set("Content-Length", strconv.FormatInt(n, 10))
			r.Header.Del("X-Amz-Decoded-Content-Length")
			r.Header.Set("X-Amz-Content-Sha256", unsignedPayload)
		case p == unsignedPayload:
		case r.ContentLength >= 0 && r.ContentLength <= maxVerifiedBody:
			body, err := io.ReadAll(io.LimitReader(r.Body, maxVerifiedBody+1))
			if err != nil {
				writeAuthError(w, r, &authError{Status: http.StatusBadRequest, Code: "IncompleteBody", Message: "the body ended early"})
				return
			}
			if !strings.EqualFold(sha256Hex(body), p) {
				writeAuthError(w, r, denied("XAmzContentSHA256Mismatch", "the body's SHA-256 is not the signed x-amz-content-sha256"))
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		default:
			r.Body = &hashCheckReader{r: r.Body, want: strings.ToLower(p), h: sha256.New(), fw: fw}
		}
		next.ServeHTTP(fw, r)
	})
}

// flagWriter turns the answer into 403 when the body failed its
// signature mid-stream (gofakes3 would call that a 500).
type flagWriter struct {
	http.ResponseWriter
	forbid bool
}

func (f *flagWriter) WriteHeader(code int) {
	if f.forbid && code >= 400 {
		code = http.StatusForbidden
	}
	f.ResponseWriter.WriteHeader(code)
}

func (f *flagWriter) Flush() {
	if fl, ok := f.ResponseWriter.(http.Flusher); ok {
		fl.Flush()
	}
}
