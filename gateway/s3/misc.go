package s3

import (
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"os"

	"github.com/johannesboyne/gofakes3"
)

// etagFixer moves a multipart ETag that gofakes3 cannot print (see
// etagHeader) into the ETag header before the response starts.
func etagFixer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ew := &etagWriter{ResponseWriter: w}
		next.ServeHTTP(ew, r)
		ew.fix() // a HEAD answer is written by net/http after the handler returns
	})
}

type etagWriter struct {
	http.ResponseWriter
	wrote bool
}

func (e *etagWriter) fix() {
	if e.wrote {
		return
	}
	e.wrote = true
	h := e.Header()
	if v := h.Get(etagHeader); v != "" {
		h.Set("ETag", v)
		h.Del(etagHeader)
	}
}

func (e *etagWriter) WriteHeader(code int) {
	e.fix()
	e.ResponseWriter.WriteHeader(code)
}

func (e *etagWriter) Write(p []byte) (int, error) {
	e.fix()
	return e.ResponseWriter.Write(p)
}

// fakeLogger sends gofakes3's errors to slog (its info lines are
// per-request noise).
type fakeLogger struct{ log *slog.Logger }

func (l fakeLogger) Print(level gofakes3.LogLevel, v ...any) {
	switch level {
	case gofakes3.LogErr:
		l.log.Warn("s3 request failed", "err", fmt.Sprint(v...))
	case gofakes3.LogWarn:
		l.log.Debug("s3 warning", "msg", fmt.Sprint(v...))
	}
}

// slogStd routes net/http's server log lines (TLS handshakes, header
// overflows) to slog at debug level.
func slogStd(l *slog.Logger) *log.Logger {
	return log.New(slogWriter{l}, "", 0)
}

type slogWriter struct{ l *slog.Logger }

func (w slogWriter) Write(p []byte) (int, error) {
	w.l.Debug("http server", "msg", string(p))
	return len(p), nil
}

var _ io.Writer = slogWriter{}

func readFile(path string) ([]byte, error) { return os.ReadFile(path) }

// fileRange is n bytes of an open file from its current offset. It writes
// itself with io.Copy over an *io.LimitedReader of the *os.File, so a
// plain-HTTP response sends it with sendfile instead of a copy loop.
type fileRange struct {
	lr *io.LimitedReader
	f  *os.File
}

// openFileRange opens n bytes at off of path.
func openFileRange(path string, off, n int64) (*fileRange, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return fileRangeOf(f, off, n)
}

func fileRangeOf(f *os.File, off, n int64) (*fileRange, error) {
	if _, err := f.Seek(off, io.SeekStart); err != nil {
		f.Close()
		return nil, err
	}
	return &fileRange{lr: &io.LimitedReader{R: f, N: n}, f: f}, nil
}

func (r *fileRange) Read(p []byte) (int, error)         { return r.lr.Read(p) }
func (r *fileRange) WriteTo(w io.Writer) (int64, error) { return io.Copy(w, r.lr) }
func (r *fileRange) Close() error                       { return r.f.Close() }

// readFrom lets a wrapping ResponseWriter keep net/http's sendfile path.
func readFrom(w http.ResponseWriter, r io.Reader) (int64, error) {
	if rf, ok := w.(io.ReaderFrom); ok {
		return rf.ReadFrom(r)
	}
	return io.Copy(struct{ io.Writer }{w}, r)
}

func (e *etagWriter) ReadFrom(r io.Reader) (int64, error) {
	e.fix()
	return readFrom(e.ResponseWriter, r)
}

func (f *flagWriter) ReadFrom(r io.Reader) (int64, error) { return readFrom(f.ResponseWriter, r) }

// unsupported are sub-resources gofakes3 would otherwise answer as a plain
// listing or object read; they get NotImplemented instead.
var unsupported = []string{"acl", "policy", "policyStatus", "tagging", "lifecycle", "cors", "website", "logging", "notification",
	"replication", "encryption", "object-lock", "legal-hold", "retention", "torrent", "restore", "select", "analytics",
	"inventory", "metrics", "intelligent-tiering", "ownershipControls", "publicAccessBlock", "accelerate", "requestPayment",
	"attributes"}

// refuseUnsupported answers S3 calls the gateway does not offer with S3's
// NotImplemented error document.
func refuseUnsupported(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		for _, k := range unsupported {
			if _, ok := q[k]; ok {
				writeAuthError(w, r, &authError{Status: http.StatusNotImplemented, Code: "NotImplemented",
					Message: "the cairn gateway does not implement ?" + k})
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}
