package s3

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/johannesboyne/gofakes3"
)

// etagHeader carries a multipart ETag ("hex-N") past gofakes3, which can
// only print a hex hash; the response wrapper moves it into ETag.
const etagHeader = "X-Cairn-Etag"

// backend implements gofakes3.Backend and gofakes3.MultipartBackend over the
// index, the buffer and the network.
type backend struct {
	g *Gateway
}

var (
	_ gofakes3.Backend          = backend{}
	_ gofakes3.MultipartBackend = backend{}
)

// s3Error maps the index's sentinels onto S3 errors.
func s3Error(err error, bucket, key string) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrNoBucket):
		return gofakes3.BucketNotFound(bucket)
	case errors.Is(err, ErrNoKey):
		return gofakes3.KeyNotFound(key)
	case errors.Is(err, ErrBucketExists):
		return gofakes3.ResourceError(gofakes3.ErrBucketAlreadyExists, bucket)
	case errors.Is(err, ErrBucketNotEmpty):
		return gofakes3.ResourceError(gofakes3.ErrBucketNotEmpty, bucket)
	case errors.Is(err, ErrNoUpload):
		return gofakes3.ErrNoSuchUpload
	}
	return err
}

func (b backend) ListBuckets() ([]gofakes3.BucketInfo, error) {
	bs, err := b.g.idx.buckets()
	if err != nil {
		return nil, err
	}
	out := make([]gofakes3.BucketInfo, 0, len(bs))
	for _, x := range bs {
		out = append(out, gofakes3.BucketInfo{Name: x.Name, CreationDate: gofakes3.NewContentTime(x.Created)})
	}
	return out, nil
}

func (b backend) CreateBucket(name string) error {
	if err := gofakes3.ValidateBucketName(name); err != nil {
		return err
	}
	return s3Error(b.g.idx.createBucket(name, time.Now().UTC()), name, "")
}

func (b backend) BucketExists(name string) (bool, error) { return b.g.idx.bucketExists(name) }

func (b backend) DeleteBucket(name string) error {
	return s3Error(b.g.idx.deleteBucket(name), name, "")
}

// ForceDeleteBucket is not offered: a bucket must be emptied first.
func (b backend) ForceDeleteBucket(name string) error {
	return gofakes3.ErrNotImplemented
}

// keptMeta is the metadata an object keeps: content headers and user
// metadata, not the request's signing headers.
func keptMeta(in map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range in {
		switch {
		case strings.HasPrefix(k, "X-Amz-Meta-"), k == "Content-Type", k == "Content-Disposition", k == "Cache-Control", k == "Content-Language", k == "Expires":
			out[k] = v
		case k == "Content-Encoding":
			// aws-chunked describes the transfer, not the object.
			var kept []string
			for _, e := range strings.Split(v, ",") {
				if e = strings.TrimSpace(e); e != "" && e != "aws-chunked" {
					kept = append(kept, e)
				}
			}
			if len(kept) > 0 {
				out[k] = strings.Join(kept, ",")
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// object turns a record into what gofakes3 serves.
func (b backend) objectOf(key string, rec objectRec, contents io.ReadCloser, rng *gofakes3.ObjectRange) *gofakes3.Object {
	meta := map[string]string{"Last-Modified": rec.MTime.UTC().Format(http.TimeFormat)}
	for k, v := range rec.Meta {
		meta[k] = v
	}
	if meta["Content-Type"] == "" {
		meta["Content-Type"] = "binary/octet-stream"
	}
	hash, err := hex.DecodeString(rec.ETag)
	if err != nil || len(hash) != 16 {
		// multipart: gofakes3 prints hex(Hash); the wrapper sets the real one.
		meta[etagHeader] = `"` + rec.ETag + `"`
		hash, _ = hex.DecodeString(strings.SplitN(rec.ETag, "-", 2)[0])
	}
	return &gofakes3.Object{Name: key, Metadata: meta, Size: rec.Size, Contents: contents, Hash: hash, Range: rng}
}

type nopCloser struct{ io.Reader }

func (nopCloser) Close() error { return nil }

func (b backend) HeadObject(bucket, key string) (*gofakes3.Object, error) {
	rec, err := b.g.idx.object(bucket, key)
	if err != nil {
		return nil, s3Error(err, bucket, key)
	}
	return b.objectOf(key, rec, nopCloser{strings.NewReader("")}, nil), nil
}

func (b backend) GetObject(bucket, key string, rr *gofakes3.ObjectRangeRequest) (*gofakes3.Object, error) {
	// A buffered blob may move into a pack between reading the index and
	// opening it: read the index again then.
	for attempt := 0; ; attempt++ {
		rec, err := b.g.idx.object(bucket, key)
		if err != nil {
			return nil, s3Error(err, bucket, key)
		}
		rng, err := rr.Range(rec.Size)
		if err != nil {
			return nil, err
		}
		off, n := int64(0), rec.Size
		if rng != nil {
			off, n = rng.Start, rng.Length
		}
		r, err := b.g.open(b.g.ctx, rec.Loc, off, n)
		if errors.Is(err, os.ErrNotExist) && attempt == 0 {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read %s/%s: %w", bucket, key, err)
		}
		// The first bytes are read before the response starts, so a read
		// that fails at once is an S3 error, never a 200 with a cut body.
		// The network already fell back from a range to the whole upload
		// (rangeThenWhole); the client retries the error.
		pr, err := prime(r, n)
		if err != nil {
			return nil, fmt.Errorf("read %s/%s: %w", bucket, key, err)
		}
		return b.objectOf(key, rec, pr, rng), nil
	}
}

func (b backend) PutObject(bucket, key string, meta map[string]string, input io.Reader, size int64, cond *gofakes3.PutConditions) (gofakes3.PutObjectResult, error) {
	if cond != nil && (cond.IfMatch != nil || cond.IfNoneMatch != nil) {
		info := &gofakes3.ConditionalObjectInfo{}
		rec, err := b.g.idx.object(bucket, key)
		switch {
		case err == nil:
			info.Exists = true
			info.Hash, _ = hex.DecodeString(rec.ETag)
		case !errors.Is(err, ErrNoKey):
			return gofakes3.PutObjectResult{}, s3Error(err, bucket, key)
		}
		if err := gofakes3.CheckPutConditions(cond, info); err != nil {
			return gofakes3.PutObjectResult{}, err
		}
	}
	if ok, err := b.g.idx.bucketExists(bucket); err != nil || !ok {
		return gofakes3.PutObjectResult{}, s3Error(errors.Join(err, ErrNoBucket), bucket, key)
	}
	// A large body is uploaded while it arrives (growing.go).
	var gp *growingPut
	w, err := b.g.blobs.writeWith(input, size, func(id, tmp string) func(int64) {
		if size < 0 {
			return nil
		}
		if gp = b.g.startGrowing(id, tmp, size); gp == nil {
			return nil
		}
		return gp.src.Written
	})
	if err != nil {
		gp.finish(err)
		return gofakes3.PutObjectResult{}, err
	}
	rec := objectRec{Size: w.Size, ETag: hex.EncodeToString(w.MD5), Meta: keptMeta(meta), MTime: time.Now().UTC(), Loc: loc{Blob: w.ID}}
	if err := b.g.publishStreamed(bucket, key, rec, gp); err != nil {
		_ = b.g.blobs.remove(w.ID)
		return gofakes3.PutObjectResult{}, s3Error(err, bucket, key)
	}
	return gofakes3.PutObjectResult{}, nil
}

func (b backend) DeleteObject(bucket, key string) (gofakes3.ObjectDeleteResult, error) {
	freed, err := b.g.idx.deleteObject(bucket, key)
	if err != nil {
		return gofakes3.ObjectDeleteResult{}, s3Error(err, bucket, key)
	}
	b.g.removeBlob(freed)
	return gofakes3.ObjectDeleteResult{}, nil
}

func (b backend) DeleteMulti(bucket string, keys ...string) (gofakes3.MultiDeleteResult, error) {
	var res gofakes3.MultiDeleteResult
	for _, k := range keys {
		if _, err := b.DeleteObject(bucket, k); err != nil {
			res.Error = append(res.Error, gofakes3.ErrorResult{Key: k, Code: gofakes3.ErrInternal, Message: err.Error()})
			continue
		}
		res.Deleted = append(res.Deleted, gofakes3.ObjectID{Key: k})
	}
	return res, nil
}

// CopyObject shares the source's bytes: a packed source is referenced by
// pack and offset, a buffered one by its blob, so a copy costs no upload.
func (b backend) CopyObject(srcBucket, srcKey, dstBucket, dstKey string, meta map[string]string) (gofakes3.CopyObjectResult, error) {
	for {
		src, err := b.g.idx.object(srcBucket, srcKey)
		if err != nil {
			return gofakes3.CopyObjectResult{}, s3Error(err, srcBucket, srcKey)
		}
		rec := src
		rec.MTime = time.Now().UTC()
		rec.Meta = keptMeta(meta)
		err = b.g.publishCopy(dstBucket, dstKey, rec)
		if errors.Is(err, errMoved) {
			continue // the source was packed meanwhile: copy its new location
		}
		if err != nil {
			return gofakes3.CopyObjectResult{}, s3Error(err, dstBucket, dstKey)
		}
		return gofakes3.CopyObjectResult{ETag: `"` + rec.ETag + `"`, LastModified: gofakes3.NewContentTime(rec.MTime)}, nil
	}
}
