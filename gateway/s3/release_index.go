package s3

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

// Release records: an upload (a pack, a lone large object, an old sealed
// index) the gateway no longer needs and will terminate. The record is
// written before the terminate is sent and removed after it, so a crash in
// between is finished by the next step.
const spRelease = "r\x00" // upload id → releaseRec

// keyIndexUpload is the upload id of the sealed index uploaded last.
var keyIndexUpload = []byte(spMeta + "index_upload")

type releaseRec struct {
	Reason string    `json:"reason"` // "deleted", "repacked", "old index"
	Marked time.Time `json:"marked"`
}

// packUse is what the index still refers to in one pack: distinct byte
// ranges (copies share one) and their total.
type packUse struct {
	Live    int64
	Objects []objectAt
}

// objectAt is one object whose bytes are a range of a pack.
type objectAt struct {
	Bucket, Key string
	Off, Size   int64
	ETag        string
}

// packUses scans every object and groups the packed ones by pack.
func (x *index) packUses() (map[string]*packUse, error) {
	out := map[string]*packUse{}
	seen := map[string]map[int64]bool{}
	err := x.scan([]byte(spObject), nil, func(k, v []byte) (bool, error) {
		var rec objectRec
		if err := json.Unmarshal(v, &rec); err != nil {
			return false, err
		}
		if rec.Loc.Pack == "" || rec.Loc.Pack == zeroPack || rec.Size == 0 {
			return true, nil
		}
		u := out[rec.Loc.Pack]
		if u == nil {
			u = &packUse{}
			out[rec.Loc.Pack], seen[rec.Loc.Pack] = u, map[int64]bool{}
		}
		bk := strings.SplitN(string(k[len(spObject):]), "\x00", 2)
		u.Objects = append(u.Objects, objectAt{Bucket: bk[0], Key: bk[1], Off: rec.Loc.Off, Size: rec.Size, ETag: rec.ETag})
		if !seen[rec.Loc.Pack][rec.Loc.Off] {
			seen[rec.Loc.Pack][rec.Loc.Off] = true
			u.Live += rec.Size
		}
		return true, nil
	})
	return out, err
}

// referenced reports whether any object points into pack (caller holds mu).
func (x *index) referenced(pack string) (bool, error) {
	found := false
	err := x.scan([]byte(spObject), nil, func(_, v []byte) (bool, error) {
		var rec objectRec
		if err := json.Unmarshal(v, &rec); err != nil {
			return false, err
		}
		found = rec.Loc.Pack == pack
		return !found, nil
	})
	return found, err
}

// errStillNeeded: an object refers to the upload, so it is not released.
var errStillNeeded = errors.New("upload still holds objects of the index")

// markRelease records that upload id is to be terminated, once no object
// refers to it (checked under the index lock, so a copy cannot slip in:
// putObject refuses a pack that is marked). A pack record is kept until
// the release is done.
func (x *index) markRelease(id, reason string, now time.Time) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	used, err := x.referenced(id)
	if err != nil {
		return err
	}
	if used {
		return fmt.Errorf("release %s: %w", id, errStillNeeded)
	}
	b := x.db.NewBatch()
	defer b.Close()
	if err := setJSON(b, []byte(spRelease+id), releaseRec{Reason: reason, Marked: now}); err != nil {
		return err
	}
	return x.commit(b)
}

// releasing reports whether id is marked for release (caller holds mu or
// accepts a racy answer).
func (x *index) releasing(id string) (bool, error) {
	var r releaseRec
	return x.get([]byte(spRelease+id), &r)
}

// releases lists the marked uploads, oldest mark first.
func (x *index) releases() ([]string, error) {
	type item struct {
		id string
		at time.Time
	}
	var items []item
	err := x.scan([]byte(spRelease), nil, func(k, v []byte) (bool, error) {
		var r releaseRec
		if err := json.Unmarshal(v, &r); err != nil {
			return false, err
		}
		items = append(items, item{string(k[len(spRelease):]), r.Marked})
		return true, nil
	})
	sort.SliceStable(items, func(i, j int) bool { return items[i].at.Before(items[j].at) })
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.id
	}
	return out, err
}

// released removes the release record and the pack record of id: its
// request is terminated.
func (x *index) released(id string) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	b := x.db.NewBatch()
	defer b.Close()
	if err := b.Delete([]byte(spRelease+id), nil); err != nil {
		return err
	}
	if err := b.Delete([]byte(spPack+id), nil); err != nil {
		return err
	}
	return x.commit(b)
}

// moveToBlobs points the objects of a pack that is being repacked at
// fresh buffer blobs (blob per distinct range, by offset): each object
// still at (pack, off) moves to blobs[off] and the blob becomes pending
// with those references. It returns the blobs no object took (the caller
// removes them).
func (x *index) moveToBlobs(pack string, objs []objectAt, blobs map[int64]string, now time.Time) ([]string, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	b := x.db.NewBatch()
	defer b.Close()
	taken := map[int64]*pendingRec{}
	for _, o := range objs {
		blob, ok := blobs[o.Off]
		if !ok {
			continue
		}
		rec, err := x.object(o.Bucket, o.Key)
		if errors.Is(err, ErrNoKey) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if rec.Loc.Pack != pack || rec.Loc.Off != o.Off {
			continue // overwritten or deleted meanwhile
		}
		rec.Loc = loc{Blob: blob}
		if err := setJSON(b, objectKey(o.Bucket, o.Key), rec); err != nil {
			return nil, err
		}
		p := taken[o.Off]
		if p == nil {
			p = &pendingRec{Size: rec.Size, Created: now}
			taken[o.Off] = p
		}
		p.Refs = append(p.Refs, ref{o.Bucket, o.Key})
	}
	var unused []string
	for off, blob := range blobs {
		p := taken[off]
		if p == nil {
			unused = append(unused, blob)
			continue
		}
		if err := setJSON(b, []byte(spPending+blob), *p); err != nil {
			return nil, err
		}
	}
	if len(taken) == 0 {
		return unused, nil
	}
	if err := x.bump(b); err != nil {
		return nil, err
	}
	return unused, x.commit(b)
}

// indexUpload is the sealed index uploaded last ("" before the first).
func (x *index) indexUpload() (string, error) {
	var id string
	_, err := x.get(keyIndexUpload, &id)
	return id, err
}

// setIndexUpload records the sealed index just uploaded (of generation
// gen) and marks the previous one for release in the same batch, which
// also drops the upload's journal record.
func (x *index) setIndexUpload(id string, gen uint64, journal string, now time.Time) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	var prev string
	if _, err := x.get(keyIndexUpload, &prev); err != nil {
		return err
	}
	b := x.db.NewBatch()
	defer b.Close()
	if err := b.Delete([]byte(spIndexJournal+journal), nil); err != nil {
		return err
	}
	if err := setJSON(b, keyIndexUpload, id); err != nil {
		return err
	}
	if err := setJSON(b, keyUploaded, gen); err != nil {
		return err
	}
	if prev != "" && prev != id {
		if err := setJSON(b, []byte(spRelease+prev), releaseRec{Reason: "old index", Marked: now}); err != nil {
			return err
		}
	}
	return x.commit(b)
}
