package s3

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble"
)

// Sentinel errors of the index; the backend maps them onto S3 error codes.
var (
	ErrNoBucket       = errors.New("no such bucket")
	ErrBucketExists   = errors.New("bucket already exists")
	ErrBucketNotEmpty = errors.New("bucket not empty")
	ErrNoKey          = errors.New("no such key")
	ErrNoUpload       = errors.New("no such multipart upload")
)

// Key spaces of the index (one byte, then 0x00, then the rest).
const (
	spBucket  = "b\x00" // bucket → bucketRec
	spObject  = "o\x00" // bucket \x00 key → objectRec
	spPending = "p\x00" // blob id → pendingRec: buffered, not yet on the network
	spPack    = "k\x00" // upload id → packRec
	spUpload  = "u\x00" // multipart upload id → uploadRec
	spPart    = "q\x00" // upload id \x00 part number (4 bytes) → partRec
	spMeta    = "g\x00" // gateway counters
	spJournal = "j\x00" // staged pack name → journalRec: a Put whose outcome is not recorded yet
)

var (
	keyGen      = []byte(spMeta + "gen")      // bumped by every change the sealed index holds
	keyUploaded = []byte(spMeta + "uploaded") // gen of the newest uploaded index
)

type bucketRec struct {
	Created time.Time `json:"created"`
}

// loc is where an object's bytes are: a buffered blob, or a range of a
// cairn upload.
type loc struct {
	Blob string `json:"blob,omitempty"`
	Pack string `json:"pack,omitempty"`
	Off  int64  `json:"off"`
}

type objectRec struct {
	Size  int64             `json:"size"`
	ETag  string            `json:"etag"` // unquoted: hex MD5, or hex-N for multipart
	Meta  map[string]string `json:"meta,omitempty"`
	MTime time.Time         `json:"mtime"`
	Loc   loc               `json:"loc"`
}

type ref struct {
	Bucket string `json:"bucket"`
	Key    string `json:"key"`
}

type pendingRec struct {
	Size    int64     `json:"size"`
	Created time.Time `json:"created"`
	Refs    []ref     `json:"refs"`
}

type packRec struct {
	Size    int64     `json:"size"`
	Created time.Time `json:"created"`
	Objects int       `json:"objects"`
}

// journalRec is a pack handed to the network and not yet committed: after a
// crash or a failed Put the uploader looks for an upload of that name
// before packing its members again (so a pack is not paid for twice).
type journalRec struct {
	Size    int64        `json:"size"`
	Members []packMember `json:"members"`
	Created time.Time    `json:"created"`
}

type uploadRec struct {
	Bucket  string            `json:"bucket"`
	Key     string            `json:"key"`
	Meta    map[string]string `json:"meta,omitempty"`
	Created time.Time         `json:"created"`
}

type partRec struct {
	Size  int64     `json:"size"`
	ETag  string    `json:"etag"`
	MTime time.Time `json:"mtime"`
}

// index is the gateway's state in pebble. Writers serialize on mu; every
// change is one synced batch.
type index struct {
	db *pebble.DB
	mu sync.Mutex
	// changed is set by every change to objects or packs (bump), so the
	// release pass looks for unused packs only after one.
	changed atomic.Bool
}

func openIndex(dir string) (*index, error) {
	db, err := pebble.Open(dir, &pebble.Options{Logger: quietLogger{}})
	if err != nil {
		return nil, fmt.Errorf("open gateway index %s: %w", dir, err)
	}
	x := &index{db: db}
	x.changed.Store(true)
	return x, nil
}

func (x *index) Close() error { return x.db.Close() }

func objectKey(bucket, key string) []byte { return []byte(spObject + bucket + "\x00" + key) }

func partKey(id string, n int) []byte {
	k := []byte(spPart + id + "\x00")
	return binary.BigEndian.AppendUint32(k, uint32(n))
}

// prefixEnd is the least key greater than every key starting with p.
func prefixEnd(p []byte) []byte {
	end := append([]byte(nil), p...)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}

func (x *index) get(key []byte, v any) (bool, error) {
	b, closer, err := x.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("index get: %w", err)
	}
	defer closer.Close()
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("index record %q: %w", key, err)
	}
	return true, nil
}

func setJSON(b *pebble.Batch, key []byte, v any) error {
	enc, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Set(key, enc, nil)
}

// scan calls fn for each key with prefix p, in order, from start (≥ p) on;
// fn returns false to stop.
func (x *index) scan(p, start []byte, fn func(k, v []byte) (bool, error)) error {
	lower := p
	if len(start) > 0 {
		lower = start
	}
	it, err := x.db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: prefixEnd(p)})
	if err != nil {
		return err
	}
	defer it.Close()
	for ok := it.First(); ok; ok = it.Next() {
		more, err := fn(it.Key(), it.Value())
		if err != nil {
			return err
		}
		if !more {
			break
		}
	}
	return it.Error()
}

func (x *index) counter(key []byte) (uint64, error) {
	var v uint64
	_, err := x.get(key, &v)
	return v, err
}

// bump marks the sealed index stale in batch b (caller holds mu).
func (x *index) bump(b *pebble.Batch) error {
	g, err := x.counter(keyGen)
	if err != nil {
		return err
	}
	x.changed.Store(true)
	return setJSON(b, keyGen, g+1)
}

func (x *index) commit(b *pebble.Batch) error {
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("index commit: %w", err)
	}
	return nil
}

// bucketInfo is one bucket as ListBuckets shows it.
type bucketInfo struct {
	Name    string
	Created time.Time
}

func (x *index) buckets() ([]bucketInfo, error) {
	var out []bucketInfo
	err := x.scan([]byte(spBucket), nil, func(k, v []byte) (bool, error) {
		var r bucketRec
		if err := json.Unmarshal(v, &r); err != nil {
			return false, err
		}
		out = append(out, bucketInfo{Name: string(k[len(spBucket):]), Created: r.Created})
		return true, nil
	})
	return out, err
}

func (x *index) bucketExists(name string) (bool, error) {
	var r bucketRec
	return x.get([]byte(spBucket+name), &r)
}

func (x *index) createBucket(name string, now time.Time) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	ok, err := x.bucketExists(name)
	if err != nil {
		return err
	}
	if ok {
		return ErrBucketExists
	}
	b := x.db.NewBatch()
	defer b.Close()
	if err := setJSON(b, []byte(spBucket+name), bucketRec{Created: now}); err != nil {
		return err
	}
	if err := x.bump(b); err != nil {
		return err
	}
	return x.commit(b)
}

func (x *index) deleteBucket(name string) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	ok, err := x.bucketExists(name)
	if err != nil {
		return err
	}
	if !ok {
		return ErrNoBucket
	}
	empty := true
	if err := x.scan([]byte(spObject+name+"\x00"), nil, func(_, _ []byte) (bool, error) {
		empty = false
		return false, nil
	}); err != nil {
		return err
	}
	if !empty {
		return ErrBucketNotEmpty
	}
	b := x.db.NewBatch()
	defer b.Close()
	if err := b.Delete([]byte(spBucket+name), nil); err != nil {
		return err
	}
	if err := x.bump(b); err != nil {
		return err
	}
	return x.commit(b)
}

func (x *index) object(bucket, key string) (objectRec, error) {
	var r objectRec
	ok, err := x.get(objectKey(bucket, key), &r)
	if err != nil {
		return r, err
	}
	if !ok {
		return r, ErrNoKey
	}
	return r, nil
}

// unref drops (bucket, key)'s reference to the buffered blob of old in b
// and reports the blob when nothing refers to it any more.
func (x *index) unref(b *pebble.Batch, old objectRec, bucket, key string) (freed string, err error) {
	if old.Loc.Blob == "" {
		return "", nil
	}
	var p pendingRec
	ok, err := x.get([]byte(spPending+old.Loc.Blob), &p)
	if err != nil || !ok {
		return "", err
	}
	refs := p.Refs[:0]
	for _, r := range p.Refs {
		if r != (ref{bucket, key}) {
			refs = append(refs, r)
		}
	}
	p.Refs = refs
	if len(refs) == 0 {
		return old.Loc.Blob, b.Delete([]byte(spPending+old.Loc.Blob), nil)
	}
	return "", setJSON(b, []byte(spPending+old.Loc.Blob), p)
}

// errMoved: a copy's source blob left the buffer meanwhile (it was
// packed); read the source again.
var errMoved = errors.New("source blob moved into a pack")

// putObject publishes rec at (bucket, key). A fresh buffered blob becomes
// pending with this one reference; an existing one (a copy) gains a
// reference. It returns the blob the replaced object held alone, for the
// caller to remove.
func (x *index) putObject(bucket, key string, rec objectRec, fresh bool) (freed string, err error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	ok, err := x.bucketExists(bucket)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", ErrNoBucket
	}
	b := x.db.NewBatch()
	defer b.Close()
	old, err := x.object(bucket, key)
	switch {
	case err == nil:
		if freed, err = x.unref(b, old, bucket, key); err != nil {
			return "", err
		}
	case !errors.Is(err, ErrNoKey):
		return "", err
	}
	if rec.Loc.Pack != "" && rec.Loc.Pack != zeroPack {
		// A copy of a packed object whose pack is being released (it
		// was repacked or deleted meanwhile): read the source again.
		if rel, err := x.releasing(rec.Loc.Pack); err != nil || rel {
			return "", errors.Join(err, errMoved)
		}
	}
	if rec.Loc.Blob != "" {
		var p pendingRec
		pk := []byte(spPending + rec.Loc.Blob)
		found, err := x.get(pk, &p)
		if err != nil {
			return "", err
		}
		switch {
		case fresh:
			p = pendingRec{Size: rec.Size, Created: rec.MTime}
		case !found:
			return "", errMoved
		}
		if freed == rec.Loc.Blob { // overwritten with a copy of itself: the Set below wins
			freed = ""
		}
		p.Refs = append(p.Refs, ref{bucket, key})
		if err := setJSON(b, pk, p); err != nil {
			return "", err
		}
	}
	if err := setJSON(b, objectKey(bucket, key), rec); err != nil {
		return "", err
	}
	if err := x.bump(b); err != nil {
		return "", err
	}
	return freed, x.commit(b)
}

// deleteObject removes (bucket, key); a missing key is no error (S3
// semantics). It returns a blob nothing refers to any more.
func (x *index) deleteObject(bucket, key string) (freed string, err error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	old, err := x.object(bucket, key)
	if errors.Is(err, ErrNoKey) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	b := x.db.NewBatch()
	defer b.Close()
	if freed, err = x.unref(b, old, bucket, key); err != nil {
		return "", err
	}
	if err := b.Delete(objectKey(bucket, key), nil); err != nil {
		return "", err
	}
	if err := x.bump(b); err != nil {
		return "", err
	}
	return freed, x.commit(b)
}

// pendingBlob is a buffered blob waiting for the uploader.
type pendingBlob struct {
	ID string
	pendingRec
}

func (x *index) pending() ([]pendingBlob, error) {
	var out []pendingBlob
	err := x.scan([]byte(spPending), nil, func(k, v []byte) (bool, error) {
		var p pendingRec
		if err := json.Unmarshal(v, &p); err != nil {
			return false, err
		}
		out = append(out, pendingBlob{ID: string(k[len(spPending):]), pendingRec: p})
		return true, nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Created.Before(out[j].Created) })
	return out, err
}

// packMember is a blob placed at Off in a pack.
type packMember struct {
	Blob string `json:"blob"`
	Off  int64  `json:"off"`
}

// commitPack records that the members now live in upload pack: every object
// still referring to a member's blob points into the pack, the blobs leave
// the pending set. Members deleted meanwhile are skipped (their bytes stay
// in the pack until it expires). It returns the blobs to remove.
func (x *index) commitPack(pack string, size int64, members []packMember, journal string, now time.Time) ([]string, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	b := x.db.NewBatch()
	defer b.Close()
	if journal != "" {
		if err := b.Delete([]byte(spJournal+journal), nil); err != nil {
			return nil, err
		}
	}
	var done []string
	objects := 0
	for _, m := range members {
		var p pendingRec
		ok, err := x.get([]byte(spPending+m.Blob), &p)
		if err != nil {
			return nil, err
		}
		done = append(done, m.Blob)
		if !ok {
			continue
		}
		for _, r := range p.Refs {
			rec, err := x.object(r.Bucket, r.Key)
			if errors.Is(err, ErrNoKey) {
				continue
			}
			if err != nil {
				return nil, err
			}
			if rec.Loc.Blob != m.Blob {
				continue
			}
			rec.Loc = loc{Pack: pack, Off: m.Off}
			if err := setJSON(b, objectKey(r.Bucket, r.Key), rec); err != nil {
				return nil, err
			}
			objects++
		}
		if err := b.Delete([]byte(spPending+m.Blob), nil); err != nil {
			return nil, err
		}
	}
	if err := setJSON(b, []byte(spPack+pack), packRec{Size: size, Created: now, Objects: objects}); err != nil {
		return nil, err
	}
	// An upload marked for release (an unfilled request of a failed put)
	// that the client resumed for these very bytes is in use again.
	if err := b.Delete([]byte(spRelease+pack), nil); err != nil {
		return nil, err
	}
	if err := x.bump(b); err != nil {
		return nil, err
	}
	return done, x.commit(b)
}

func (x *index) setJournal(name string, j journalRec) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	b := x.db.NewBatch()
	defer b.Close()
	if err := setJSON(b, []byte(spJournal+name), j); err != nil {
		return err
	}
	return x.commit(b)
}

func (x *index) dropJournal(name string) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	b := x.db.NewBatch()
	defer b.Close()
	if err := b.Delete([]byte(spJournal+name), nil); err != nil {
		return err
	}
	return x.commit(b)
}

func (x *index) journals() (map[string]journalRec, error) {
	out := map[string]journalRec{}
	err := x.scan([]byte(spJournal), nil, func(k, v []byte) (bool, error) {
		var j journalRec
		if err := json.Unmarshal(v, &j); err != nil {
			return false, err
		}
		out[string(k[len(spJournal):])] = j
		return true, nil
	})
	return out, err
}

func (x *index) packs() (map[string]packRec, error) {
	out := map[string]packRec{}
	err := x.scan([]byte(spPack), nil, func(k, v []byte) (bool, error) {
		var p packRec
		if err := json.Unmarshal(v, &p); err != nil {
			return false, err
		}
		out[string(k[len(spPack):])] = p
		return true, nil
	})
	return out, err
}

// staleness returns the index generation and the generation uploaded last.
func (x *index) staleness() (gen, uploaded uint64, err error) {
	if gen, err = x.counter(keyGen); err != nil {
		return 0, 0, err
	}
	uploaded, err = x.counter(keyUploaded)
	return gen, uploaded, err
}

// quietLogger keeps pebble's info lines out of the gateway's log.
type quietLogger struct{}

func (quietLogger) Infof(string, ...any)  {}
func (quietLogger) Errorf(string, ...any) {}
func (quietLogger) Fatalf(format string, args ...any) {
	panic(fmt.Sprintf("pebble: "+format, args...))
}
