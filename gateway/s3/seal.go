package s3

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/hkdf"

	"github.com/cairn-storage/cairn/internal/atomicfile"
)

// The sealed index: a JSON snapshot of buckets and packed objects,
// encrypted with XChaCha20-Poly1305 under HKDF-SHA256(master key,
// "cairn/gateway-index/v1") with a random nonce, bound by its AAD to the
// wallet address, and stored as an ordinary cairn upload named
// indexPrefix + its time (the name is inside the sealed manifest, so
// providers see neither). The newest one wins on restore.
const (
	indexPrefix  = "cairn-gateway-index-"
	indexInfo    = "cairn/gateway-index/v1"
	indexVersion = 1
)

// ErrIndexSeal is returned when a sealed index does not open with this
// wallet's key (another wallet's, or corrupt).
var ErrIndexSeal = errors.New("gateway index does not open with this wallet's key")

type snapshot struct {
	Version int                  `json:"version"`
	Created time.Time            `json:"created"`
	Buckets map[string]bucketRec `json:"buckets"`
	Objects []snapObject         `json:"objects"`
	Packs   map[string]packRec   `json:"packs"`
}

type snapObject struct {
	Bucket string    `json:"bucket"`
	Key    string    `json:"key"`
	Object objectRec `json:"object"`
}

func (g *Gateway) indexKey() ([]byte, []byte, error) {
	key := make([]byte, chacha20poly1305.KeySize)
	if _, err := io.ReadFull(hkdf.New(sha256.New, g.keys.Master[:], nil, []byte(indexInfo)), key); err != nil {
		return nil, nil, err
	}
	aad := append([]byte(indexInfo), g.keys.WalletAddress().Bytes()...)
	return key, aad, nil
}

func (g *Gateway) seal(plain []byte) ([]byte, error) {
	key, aad, err := g.indexKey()
	if err != nil {
		return nil, err
	}
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize(), aead.NonceSize()+len(plain)+aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, plain, aad), nil
}

func (g *Gateway) unseal(sealed []byte) ([]byte, error) {
	key, aad, err := g.indexKey()
	if err != nil {
		return nil, err
	}
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, err
	}
	if len(sealed) < aead.NonceSize()+aead.Overhead() {
		return nil, ErrIndexSeal
	}
	plain, err := aead.Open(nil, sealed[:aead.NonceSize()], sealed[aead.NonceSize():], aad)
	if err != nil {
		return nil, ErrIndexSeal
	}
	return plain, nil
}

// snapshot collects buckets and the objects already on the network.
func (g *Gateway) snapshot() (snapshot, error) {
	s := snapshot{Version: indexVersion, Created: time.Now().UTC(), Buckets: map[string]bucketRec{}}
	bs, err := g.idx.buckets()
	if err != nil {
		return s, err
	}
	for _, b := range bs {
		s.Buckets[b.Name] = bucketRec{Created: b.Created}
	}
	err = g.idx.scan([]byte(spObject), nil, func(k, v []byte) (bool, error) {
		var rec objectRec
		if err := json.Unmarshal(v, &rec); err != nil {
			return false, err
		}
		if rec.Loc.Blob != "" {
			return true, nil // not on the network yet: the next snapshot has it
		}
		bk := strings.SplitN(string(k[len(spObject):]), "\x00", 2)
		s.Objects = append(s.Objects, snapObject{Bucket: bk[0], Key: bk[1], Object: rec})
		return true, nil
	})
	if err != nil {
		return s, err
	}
	s.Packs, err = g.idx.packs()
	return s, err
}

// uploadIndex uploads a sealed snapshot when the index changed since the
// last one, nothing is buffered (unless force) and IndexInterval passed.
func (g *Gateway) uploadIndex(ctx context.Context, force bool) error {
	gen, uploaded, err := g.idx.staleness()
	if err != nil || gen == uploaded {
		return err
	}
	if !force {
		pend, err := g.idx.pending()
		if err != nil || len(pend) > 0 || time.Since(g.lastIndex) < g.cfg.IndexInterval {
			return err
		}
	}
	// An earlier upload whose answer was lost may be this very
	// generation (adopted: nothing to upload) or must be released.
	if err := g.resolveIndexJournals(ctx); err != nil {
		return err
	}
	if gen, uploaded, err = g.idx.staleness(); err != nil || gen == uploaded {
		return err
	}
	snap, err := g.snapshot()
	if err != nil {
		return err
	}
	plain, err := json.Marshal(snap)
	if err != nil {
		return err
	}
	sealed, err := g.seal(plain)
	if err != nil {
		return err
	}
	name := fmt.Sprintf("%s%020d", indexPrefix, time.Now().UnixNano())
	path := filepath.Join(g.stageDir, name)
	if err := atomicfile.WriteFile(path, sealed, 0o600); err != nil {
		return err
	}
	defer os.Remove(path)
	// Journalled before the Put: a lost answer is found by this name.
	if err := g.idx.setIndexJournal(name, indexJournalRec{Gen: gen, Created: time.Now().UTC()}); err != nil {
		return err
	}
	id, err := g.net.Put(ctx, path)
	if err != nil {
		return fmt.Errorf("upload sealed index: %w", err)
	}
	g.lastIndex = time.Now()
	g.log.Info("index uploaded", "upload_id", id.String(), "objects", len(snap.Objects), "buckets", len(snap.Buckets), "generation", gen)
	// The previous index is marked for release with this one recorded.
	if err := g.idx.setIndexUpload(id.String(), gen, name, time.Now().UTC()); err != nil {
		return err
	}
	g.keepUpload(ctx, id)
	return nil
}

// Restore fills a fresh datadir (no bucket, no history) from the newest
// sealed index on the network; objects are then fetched on demand. It
// reports whether it restored anything. A datadir in use is left alone.
func (g *Gateway) Restore(ctx context.Context) (bool, error) {
	gen, _, err := g.idx.staleness()
	if err != nil {
		return false, err
	}
	bs, err := g.idx.buckets()
	if err != nil || gen > 0 || len(bs) > 0 {
		return false, err
	}
	ups, err := g.net.Uploads(ctx)
	if err != nil {
		return false, fmt.Errorf("restore: list uploads: %w", err)
	}
	var idx []Upload
	for _, u := range ups {
		// Only an active index: a newer one whose put failed is no
		// candidate, and superseded ones are terminated.
		if strings.HasPrefix(u.Name, indexPrefix) && u.Active {
			idx = append(idx, u)
		}
	}
	if len(idx) == 0 {
		return false, nil
	}
	sort.Slice(idx, func(i, j int) bool { return idx[i].Name > idx[j].Name })
	newest := idx[0]
	r, err := g.net.ReadRange(ctx, newest.ID, 0, newest.Size)
	if err != nil {
		return false, fmt.Errorf("restore: fetch index %s: %w", newest.ID, err)
	}
	defer r.Close()
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, r); err != nil {
		return false, fmt.Errorf("restore: read index %s: %w", newest.ID, err)
	}
	plain, err := g.unseal(buf.Bytes())
	if err != nil {
		return false, fmt.Errorf("restore: index %s: %w", newest.ID, err)
	}
	var snap snapshot
	if err := json.Unmarshal(plain, &snap); err != nil {
		return false, fmt.Errorf("restore: index %s: %w", newest.ID, err)
	}
	if snap.Version != indexVersion {
		return false, fmt.Errorf("restore: index %s has version %d, this gateway reads %d", newest.ID, snap.Version, indexVersion)
	}
	if err := g.load(snap, newest.ID.String()); err != nil {
		return false, err
	}
	g.log.Info("index restored", "upload_id", newest.ID.String(), "buckets", len(snap.Buckets), "objects", len(snap.Objects))
	return true, g.keepAll(ctx)
}

// load writes a snapshot into the empty index in one batch.
func (g *Gateway) load(s snapshot, indexUpload string) error {
	x := g.idx
	x.mu.Lock()
	defer x.mu.Unlock()
	b := x.db.NewBatch()
	defer b.Close()
	for name, r := range s.Buckets {
		if err := setJSON(b, []byte(spBucket+name), r); err != nil {
			return err
		}
	}
	for _, o := range s.Objects {
		if err := setJSON(b, objectKey(o.Bucket, o.Key), o.Object); err != nil {
			return err
		}
	}
	for id, p := range s.Packs {
		if err := setJSON(b, []byte(spPack+id), p); err != nil {
			return err
		}
	}
	if err := errors.Join(setJSON(b, keyGen, uint64(1)), setJSON(b, keyUploaded, uint64(1)), setJSON(b, keyIndexUpload, indexUpload)); err != nil {
		return err
	}
	return x.commit(b)
}
