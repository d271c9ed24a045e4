package s3

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/gofrs/flock"
	"github.com/johannesboyne/gofakes3"

	"github.com/cairn-storage/cairn/storage"
)

// Gateway is one S3 endpoint over one wallet's cairn client.
type Gateway struct {
	cfg      Config
	log      *slog.Logger
	net      Network
	keys     *storage.Keys
	idx      *index
	lock     *flock.Flock
	blobs    blobs
	partsDir string
	stageDir string
	keeper   Keeper // nil: uploads end at their term (KeepWith)

	ctx    context.Context // base context of backend calls; cancelled by Close
	cancel context.CancelFunc
	wake   chan struct{}

	stepMu    sync.Mutex
	statusMu  sync.Mutex // one status file write at a time
	lastIndex time.Time
	closeOnce sync.Once

	growMu     sync.Mutex
	growing    map[string]*growingPut // streamed uploads by blob id
	growClosed bool                   // Close started: no new streamed uploads
	growWG     sync.WaitGroup
	mpStreams  map[string]*mpStream // multipart uploads being encoded, by upload id (under growMu)
}

// now is the gateway's clock (Config.Now, or the wall clock).
func (g *Gateway) now() time.Time {
	if g.cfg.Now != nil {
		return g.cfg.Now()
	}
	return time.Now()
}

// New opens the gateway's datadir (index, buffer, parts); it starts
// nothing. keys seal the index; net stores and fetches uploads. Close it.
func New(cfg Config, log *slog.Logger, net Network, keys *storage.Keys) (*Gateway, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if net == nil || keys == nil {
		return nil, errors.New("gateway: a network and the wallet's keys are needed")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	g := &Gateway{cfg: cfg, log: log.With("component", "gateway"), net: net, keys: keys,
		blobs: blobs{filepath.Join(cfg.DataDir, "buffer")}, partsDir: filepath.Join(cfg.DataDir, "parts"),
		stageDir: filepath.Join(cfg.DataDir, "staging"), wake: make(chan struct{}, 1), growing: map[string]*growingPut{},
		mpStreams: map[string]*mpStream{}}
	for _, d := range []string{g.blobs.dir, g.partsDir, g.stageDir} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("gateway datadir: %w", err)
		}
	}
	lock, err := lockDataDir(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	idx, err := openIndex(filepath.Join(cfg.DataDir, "index"))
	if err != nil {
		_ = lock.Unlock()
		return nil, err
	}
	g.idx, g.lock = idx, lock
	if err := g.sweep(); err != nil {
		idx.Close()
		_ = lock.Unlock()
		return nil, err
	}
	g.ctx, g.cancel = context.WithCancel(context.Background())
	return g, nil
}

// ErrLocked: another gateway runs on this datadir.
var ErrLocked = errors.New("gateway: another gateway runs on this datadir")

// lockDataDir holds <dataDir>/LOCK while a gateway runs, so two never share
// a datadir and `cairn gateway status` knows whether one runs.
func lockDataDir(dir string) (*flock.Flock, error) {
	l := flock.New(filepath.Join(dir, "LOCK"))
	ok, err := l.TryLock()
	if err != nil {
		return nil, fmt.Errorf("lock gateway datadir %s: %w", dir, err)
	}
	if !ok {
		return nil, fmt.Errorf("%s: %w", dir, ErrLocked)
	}
	return l, nil
}

// Close cancels running reads and closes the index. It is idempotent.
func (g *Gateway) Close() error {
	var err error
	g.closeOnce.Do(func() {
		g.cancel()
		g.growMu.Lock()
		g.growClosed = true
		g.growMu.Unlock()
		g.growWG.Wait() // streamed uploads end with the context
		g.stepMu.Lock() // let a running Step finish its commit
		defer g.stepMu.Unlock()
		err = errors.Join(g.idx.Close(), g.lock.Unlock())
	})
	return err
}

// sweep removes what a crash can leave: temp files, and blobs or staged
// packs that the index does not name (their PUT was never acknowledged).
func (g *Gateway) sweep() error {
	pend, err := g.idx.pending()
	if err != nil {
		return err
	}
	live := map[string]bool{}
	for _, p := range pend {
		live[p.ID] = true
	}
	ents, err := os.ReadDir(g.blobs.dir)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if !live[e.Name()] {
			_ = os.Remove(filepath.Join(g.blobs.dir, e.Name()))
		}
	}
	for _, d := range []string{g.stageDir} {
		ents, _ := os.ReadDir(d)
		for _, e := range ents {
			_ = os.Remove(filepath.Join(d, e.Name()))
		}
	}
	parts, _ := os.ReadDir(g.partsDir)
	for _, p := range parts {
		files, _ := os.ReadDir(filepath.Join(g.partsDir, p.Name()))
		for _, f := range files {
			if strings.HasPrefix(f.Name(), ".") {
				_ = os.Remove(filepath.Join(g.partsDir, p.Name(), f.Name()))
			}
		}
	}
	return nil
}

// publishStreamed makes rec visible at (bucket, key) and removes the blob
// it replaced; with Sync it returns only once rec's bytes are on the
// network. gp (nil: none) is the blob's streamed upload, which may send
// its request once the object is published.
func (g *Gateway) publishStreamed(bucket, key string, rec objectRec, gp *growingPut) error {
	freed, err := g.idx.putObject(bucket, key, rec, true)
	gp.finish(err)
	if err != nil {
		return err
	}
	g.removeBlob(freed)
	g.kick()
	if g.cfg.Sync && rec.Loc.Blob != "" {
		return g.waitPacked(bucket, key, rec.Loc.Blob)
	}
	return nil
}

// publishCopy is publish for a record that shares an existing blob.
func (g *Gateway) publishCopy(bucket, key string, rec objectRec) error {
	freed, err := g.idx.putObject(bucket, key, rec, false)
	if err != nil {
		return err
	}
	g.removeBlob(freed)
	return nil
}

func (g *Gateway) waitPacked(bucket, key, blob string) error {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		rec, err := g.idx.object(bucket, key)
		if err != nil || rec.Loc.Blob != blob {
			return nil // packed, replaced or deleted meanwhile
		}
		select {
		case <-g.ctx.Done():
			return g.ctx.Err()
		case <-t.C:
		}
	}
}

func (g *Gateway) kick() {
	select {
	case g.wake <- struct{}{}:
	default:
	}
}

func (g *Gateway) removeBlob(id string) {
	if id == "" {
		return
	}
	if err := g.blobs.remove(id); err != nil {
		g.log.Warn("remove buffered blob", "blob", id, "err", err)
	}
}

// open reads n bytes at off of the object at l.
func (g *Gateway) open(ctx context.Context, l loc, off, n int64) (io.ReadCloser, error) {
	if n == 0 {
		return nopCloser{strings.NewReader("")}, nil
	}
	if l.Blob != "" {
		return openFileRange(g.blobs.path(l.Blob), off, n)
	}
	id, err := ParseUploadID(l.Pack)
	if err != nil {
		return nil, err
	}
	return g.net.ReadRange(ctx, id, l.Off+off, n)
}

// Handler is the S3 endpoint: SigV4 verification, then gofakes3 over the
// gateway's backend.
func (g *Gateway) Handler() http.Handler {
	fake := gofakes3.New(backend{g}, gofakes3.WithTimeSkewLimit(0), gofakes3.WithIntegrityCheck(true),
		gofakes3.WithLogger(fakeLogger{g.log}), gofakes3.WithoutVersioning())
	return g.authenticate(refuseUnsupported(etagFixer(fake.Server())))
}

// Run restores the index from the network when the datadir is fresh,
// then serves S3 on cfg.Listen and uploads the buffer in the background
// until ctx is cancelled.
func (g *Gateway) Run(ctx context.Context) error {
	if _, err := g.Restore(ctx); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", g.cfg.Listen)
	if err != nil {
		return fmt.Errorf("gateway listen %s: %w", g.cfg.Listen, err)
	}
	return g.Serve(ctx, ln)
}

// Serve is Run on a listener the caller opened (closed on return).
func (g *Gateway) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: g.Handler(), MaxHeaderBytes: g.cfg.MaxHeaderBytes, ReadHeaderTimeout: 30 * time.Second, IdleTimeout: 2 * time.Minute,
		ErrorLog: slogStd(g.log), BaseContext: func(net.Listener) context.Context { return g.ctx }}
	if g.cfg.TLSCert != "" {
		cert, err := tls.LoadX509KeyPair(g.cfg.TLSCert, g.cfg.TLSKey)
		if err != nil {
			ln.Close()
			return fmt.Errorf("gateway TLS: %w", err)
		}
		ln = tls.NewListener(ln, &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12})
	}
	g.log.Info("serving S3", "addr", ln.Addr().String(), "tls", g.cfg.TLSCert != "")
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	keepc := make(chan error, 1)
	kctx, stopKeeper := context.WithCancel(ctx)
	if g.keeper != nil {
		go func() { keepc <- g.keeper.Run(kctx) }()
	} else {
		keepc <- nil
	}
	sctx, stopStatus := context.WithCancel(ctx)
	statusDone := make(chan struct{})
	go func() { g.statusLoop(sctx); close(statusDone) }()
	upErr := g.uploadLoop(ctx)
	stopStatus()
	<-statusDone
	stopKeeper()
	if err := <-keepc; err != nil {
		g.log.Warn("keeper stopped", "err", err)
	}
	shctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	shutErr := srv.Shutdown(shctx)
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("gateway serve: %w", err)
	}
	if upErr != nil && !errors.Is(upErr, context.Canceled) {
		return upErr
	}
	return shutErr
}

func (g *Gateway) uploadLoop(ctx context.Context) error {
	t := time.NewTicker(g.cfg.Poll)
	defer t.Stop()
	if err := g.writeStatus(); err != nil {
		g.log.Warn("write status file", "err", err)
	}
	for {
		if err := g.Step(ctx); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			g.log.Warn("upload step failed; retrying", "err", err)
		}
		if err := g.writeStatus(); err != nil {
			g.log.Warn("write status file", "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		case <-g.wake:
		}
	}
}
