package s3

import (
	"crypto/md5"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/johannesboyne/gofakes3"

	"github.com/cairn-storage/cairn/internal/atomicfile"
)

// Multipart uploads: each part is fsynced into parts/<upload id>/<n> and
// recorded in the index, and the full segments its arrival completes are
// encoded (multipart_stream.go); Complete streams the listed parts into
// one new buffer blob (never into memory), starts its streamed upload
// with the segments already encoded, and publishes it with the usual
// hex(MD5(part MD5s))-N ETag. Until then nothing of it is visible.

func (b backend) partPath(id gofakes3.UploadID, n int) string {
	return filepath.Join(b.g.partsDir, string(id), fmt.Sprintf("%05d", n))
}

func (b backend) upload(bucket, key string, id gofakes3.UploadID) (uploadRec, error) {
	var u uploadRec
	ok, err := b.g.idx.get([]byte(spUpload+string(id)), &u)
	if err != nil {
		return u, err
	}
	if !ok || u.Bucket != bucket || u.Key != key {
		return u, gofakes3.ErrNoSuchUpload
	}
	return u, nil
}

func (b backend) CreateMultipartUpload(bucket, key string, meta map[string]string) (gofakes3.UploadID, error) {
	id, err := newBlobID()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Join(b.g.partsDir, id), 0o700); err != nil {
		return "", err
	}
	x := b.g.idx
	x.mu.Lock()
	defer x.mu.Unlock()
	batch := x.db.NewBatch()
	defer batch.Close()
	if err := setJSON(batch, []byte(spUpload+id), uploadRec{Bucket: bucket, Key: key, Meta: keptMeta(meta), Created: time.Now().UTC()}); err != nil {
		return "", err
	}
	return gofakes3.UploadID(id), x.commit(batch)
}

func (b backend) UploadPart(bucket, key string, id gofakes3.UploadID, n int, size int64, input io.Reader) (string, error) {
	if _, err := b.upload(bucket, key, id); err != nil {
		return "", err
	}
	f, err := atomicfile.Create(b.partPath(id, n), 0o600)
	if err != nil {
		return "", err
	}
	defer f.Abort()
	h := md5.New()
	got, err := copyBody(io.MultiWriter(f, h), input, size)
	if err != nil {
		return "", err
	}
	if err := f.Commit(); err != nil {
		return "", err
	}
	etag := hex.EncodeToString(h.Sum(nil))
	rec := partRec{Size: got, ETag: etag, MTime: time.Now().UTC()}
	if err := b.recordPart(bucket, key, id, n, rec); err != nil {
		return "", err
	}
	// Encode the segments this part completes (multipart_stream.go).
	b.g.mpPart(string(id), n, rec, func() (map[int]partRec, error) {
		parts, _, err := b.parts(id)
		return parts, err
	})
	return `"` + etag + `"`, nil
}

// recordPart records part n of upload id in the index.
func (b backend) recordPart(bucket, key string, id gofakes3.UploadID, n int, rec partRec) error {
	x := b.g.idx
	x.mu.Lock()
	defer x.mu.Unlock()
	if _, err := b.upload(bucket, key, id); err != nil { // aborted meanwhile
		return err
	}
	batch := x.db.NewBatch()
	defer batch.Close()
	if err := setJSON(batch, partKey(string(id), n), rec); err != nil {
		return err
	}
	return x.commit(batch)
}

func (b backend) parts(id gofakes3.UploadID) (map[int]partRec, []int, error) {
	out := map[int]partRec{}
	var order []int
	p := []byte(spPart + string(id) + "\x00")
	err := b.g.idx.scan(p, nil, func(k, v []byte) (bool, error) {
		var r partRec
		if err := json.Unmarshal(v, &r); err != nil {
			return false, err
		}
		n := int(binary.BigEndian.Uint32(k[len(p):]))
		out[n] = r
		order = append(order, n)
		return true, nil
	})
	return out, order, err
}

func (b backend) ListParts(bucket, key string, id gofakes3.UploadID, marker int, limit int64) (*gofakes3.ListMultipartUploadPartsResult, error) {
	if _, err := b.upload(bucket, key, id); err != nil {
		return nil, err
	}
	parts, order, err := b.parts(id)
	if err != nil {
		return nil, err
	}
	res := &gofakes3.ListMultipartUploadPartsResult{Bucket: bucket, Key: key, UploadID: id, PartNumberMarker: marker, MaxParts: limit}
	for _, n := range order {
		if n <= marker {
			continue
		}
		if limit > 0 && int64(len(res.Parts)) >= limit {
			res.IsTruncated = true
			break
		}
		p := parts[n]
		res.Parts = append(res.Parts, gofakes3.ListMultipartUploadPartItem{PartNumber: n, LastModified: gofakes3.NewContentTime(p.MTime), ETag: `"` + p.ETag + `"`, Size: p.Size})
		res.NextPartNumberMarker = n
	}
	return res, nil
}

func (b backend) ListMultipartUploads(bucket string, marker *gofakes3.UploadListMarker, prefix gofakes3.Prefix, limit int64) (*gofakes3.ListMultipartUploadsResult, error) {
	res := &gofakes3.ListMultipartUploadsResult{Bucket: bucket, MaxUploads: limit, Prefix: prefix.Prefix}
	err := b.g.idx.scan([]byte(spUpload), nil, func(k, v []byte) (bool, error) {
		var u uploadRec
		if err := json.Unmarshal(v, &u); err != nil {
			return false, err
		}
		if u.Bucket != bucket || !strings.HasPrefix(u.Key, prefix.Prefix) {
			return true, nil
		}
		if limit > 0 && int64(len(res.Uploads)) >= limit {
			res.IsTruncated = true
			return false, nil
		}
		res.Uploads = append(res.Uploads, gofakes3.ListMultipartUploadItem{Key: u.Key, UploadID: gofakes3.UploadID(k[len(spUpload):]), StorageClass: gofakes3.StorageStandard, Initiated: gofakes3.NewContentTime(u.Created)})
		return true, nil
	})
	return res, err
}

// dropUpload stops the upload's encoder and deletes its records and
// parts.
func (b backend) dropUpload(id gofakes3.UploadID) error {
	b.g.mpStop(string(id))
	x := b.g.idx
	x.mu.Lock()
	batch := x.db.NewBatch()
	defer batch.Close()
	p := []byte(spPart + string(id) + "\x00")
	err := errors.Join(batch.Delete([]byte(spUpload+string(id)), nil), batch.DeleteRange(p, prefixEnd(p), nil))
	if err == nil {
		err = x.commit(batch)
	}
	x.mu.Unlock()
	if err != nil {
		return err
	}
	return os.RemoveAll(filepath.Join(b.g.partsDir, string(id)))
}

func (b backend) AbortMultipartUpload(bucket, key string, id gofakes3.UploadID) error {
	if _, err := b.upload(bucket, key, id); err != nil {
		return err
	}
	return b.dropUpload(id)
}

func (b backend) CompleteMultipartUpload(bucket, key string, id gofakes3.UploadID, in *gofakes3.CompleteMultipartUploadRequest) (gofakes3.VersionID, string, error) {
	u, err := b.upload(bucket, key, id)
	if err != nil {
		return "", "", err
	}
	parts, _, err := b.parts(id)
	if err != nil {
		return "", "", err
	}
	if len(in.Parts) == 0 {
		return "", "", gofakes3.ErrorMessage(gofakes3.ErrMalformedXML, "no parts listed")
	}
	sum := md5.New()
	var paths []string
	var listed []partUse
	var total int64
	prev := 0
	for _, p := range in.Parts {
		if p.PartNumber <= prev {
			return "", "", gofakes3.ErrInvalidPartOrder
		}
		prev = p.PartNumber
		rec, ok := parts[p.PartNumber]
		if !ok || strings.Trim(p.ETag, `"`) != rec.ETag {
			return "", "", gofakes3.ErrInvalidPart
		}
		raw, _ := hex.DecodeString(rec.ETag)
		sum.Write(raw)
		paths = append(paths, b.partPath(id, p.PartNumber))
		listed = append(listed, partUse{n: p.PartNumber, etag: rec.ETag, size: rec.Size})
		total += rec.Size
	}
	// The segments encoded while the parts arrived; the streamed put of
	// the assembled blob encodes the rest (multipart_stream.go).
	segLen, segs := b.g.mpTake(string(id), listed)
	w, err := b.g.blobs.concat(paths)
	if err != nil {
		return "", "", err
	}
	if w.Size != total {
		_ = b.g.blobs.remove(w.ID)
		return "", "", fmt.Errorf("assembled %d bytes of parts recorded as %d", w.Size, total)
	}
	etag := fmt.Sprintf("%s-%d", hex.EncodeToString(sum.Sum(nil)), len(in.Parts))
	rec := objectRec{Size: w.Size, ETag: etag, Meta: u.Meta, MTime: time.Now().UTC(), Loc: loc{Blob: w.ID}}
	gp := b.g.startAssembled(w.ID, w.Size, segLen, segs)
	if err := b.g.publishStreamed(bucket, key, rec, gp); err != nil {
		_ = b.g.blobs.remove(w.ID)
		return "", "", s3Error(err, bucket, key)
	}
	if err := b.dropUpload(id); err != nil {
		b.g.log.Warn("drop completed multipart upload", "upload_id", string(id), "err", err)
	}
	return "", `"` + etag + `"`, nil
}
