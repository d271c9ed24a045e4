package s3

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/cairn-storage/cairn/internal/atomicfile"
	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// Config shapes a gateway.
type Config struct {
	// Listen is the HTTP(S) address; loopback by default.
	Listen string
	// DataDir holds the index, the buffer of objects not yet on the
	// network, multipart parts and the pack cache.
	DataDir string
	// Region, when set, is the only SigV4 region accepted (default: any;
	// clients sign for the region they are configured with).
	Region string
	// Credentials are the access key and secret clients sign with.
	Credentials Credentials
	// TLSCert and TLSKey, both set, serve HTTPS.
	TLSCert, TLSKey string
	// MaxSkew is how far a request's signing time may be from now.
	MaxSkew time.Duration
	// MaxHeaderBytes bounds a request's header block.
	MaxHeaderBytes int
	// PackSize: buffered objects smaller than this are packed together into
	// one cairn upload of up to this size; larger ones are uploaded alone.
	PackSize int64
	// PackDelay is how long the uploader waits for more small objects
	// before it uploads a pack that is not full.
	PackDelay time.Duration
	// IndexInterval is the least time between two uploads of the sealed
	// index (each is a storage request on chain).
	IndexInterval time.Duration
	// Sync acknowledges a PUT only once the upload that holds it has every
	// slot filled (default false: once it is fsynced into the buffer).
	Sync bool
	// Stream uploads a PUT of at least PackSize bytes with a known length
	// while its body still arrives (the shard roots are encoded as the
	// bytes land; the request is sent once the object is published),
	// when the network can put from a growing file.
	Stream bool
	// MultipartSegment is the segment length of a streamed multipart
	// upload (a multiple of 64 KiB; 0: the client's, which for most
	// objects means one segment): each full segment's shard roots are
	// encoded as soon as its parts are in, so only the last is left at
	// complete. Smaller segments leave less for complete and cost a
	// request (and k+m fills) each. See docs/gateway.md.
	MultipartSegment int64
	// MultipartEncoders bounds the multipart uploads encoded while their
	// parts arrive (each encoder holds a segment's first pass: CPU and
	// buffers). An upload past the bound is not streamed until an encoder
	// frees (its next part starts one over the parts already in), or is
	// encoded whole at complete. 0: DefaultMultipartEncoders.
	MultipartEncoders int
	// CacheBytes bounds the local cache of downloaded packs.
	CacheBytes int64
	// Poll is how often the uploader looks at the buffer.
	Poll time.Duration
	// RepackBelow: a pack whose live bytes (objects not deleted or
	// overwritten) fall below this fraction of its size has its live
	// objects re-put together and is then terminated (0: never repack;
	// a pack is still terminated once nothing in it is live).
	RepackBelow float64
	// Keep extends the gateway's uploads (packs and the sealed index)
	// before they end, within KeepConfig's budget (KeepWith).
	Keep bool
	// KeepConfig is the keeper's period, margin and budget; its journal
	// defaults to <DataDir>/keep-journal.json.
	KeepConfig marketv2.KeepConfig
	// Now is the clock signing times and presigned expiries are checked
	// against (nil: time.Now); tests move it instead of sleeping.
	Now func() time.Time
}

// DefaultConfig: 127.0.0.1:9000, any region, 15 minutes of skew, 64 KiB of
// headers, 16 MiB packs after 2 s, the index at most every 30 s, buffered
// acknowledgement, a 4 GiB cache, repacking below half live, and uploads
// kept alive (marketv2.DefaultKeepConfig: no budget cap until one is set).
func DefaultConfig() Config {
	return Config{
		Listen:         "127.0.0.1:9000",
		MaxSkew:        15 * time.Minute,
		MaxHeaderBytes: 64 << 10,
		PackSize:       16 << 20,
		PackDelay:      2 * time.Second,
		IndexInterval:  30 * time.Second,
		CacheBytes:     4 << 30,
		Stream:         true,
		// 256 MiB: a 1 GiB object is four requests, three of them
		// encoded while the parts arrive.
		MultipartSegment:  256 << 20,
		MultipartEncoders: DefaultMultipartEncoders,
		Poll:              time.Second,
		RepackBelow:       0.5,
		Keep:              true,
		KeepConfig:        marketv2.DefaultKeepConfig(),
	}
}

// DefaultMultipartEncoders is Config.MultipartEncoders's default: one
// encoder per core of a small machine; a first pass is CPU-bound.
const DefaultMultipartEncoders = 2

// Validate reports a config the gateway cannot run with.
func (c Config) Validate() error {
	switch {
	case c.DataDir == "":
		return errors.New("gateway: a datadir is needed")
	case c.Listen == "":
		return errors.New("gateway: a listen address is needed")
	case (c.TLSCert == "") != (c.TLSKey == ""):
		return errors.New("gateway: TLS needs both a certificate and a key")
	case c.MaxSkew <= 0 || c.MaxHeaderBytes <= 0 || c.PackSize <= 0 || c.Poll <= 0 || c.CacheBytes <= 0:
		return errors.New("gateway: max skew, max header bytes, pack size, cache bytes and poll must be > 0")
	case c.PackDelay < 0 || c.IndexInterval < 0:
		return errors.New("gateway: pack delay and index interval must be ≥ 0")
	case c.MultipartEncoders < 0:
		return errors.New("gateway: multipart encoders must be ≥ 0")
	case c.MultipartSegment < 0 || c.MultipartSegment%(64<<10) != 0:
		return errors.New("gateway: the multipart segment must be a multiple of 64 KiB, ≥ 0")
	case c.RepackBelow < 0 || c.RepackBelow > 1:
		return errors.New("gateway: repack-below must be within [0, 1]")
	}
	if c.Keep {
		kc := c.KeepConfig
		if kc.Journal == "" {
			kc.Journal = "keep-journal.json" // NewKeeper places it in the datadir
		}
		if err := kc.Validate(); err != nil {
			return fmt.Errorf("gateway: %w", err)
		}
	}
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		return fmt.Errorf("gateway: listen address %q: %w", c.Listen, err)
	}
	return c.Credentials.Validate()
}

// Credentials are one S3 access key and its secret.
type Credentials struct {
	AccessKey string `toml:"access_key"`
	SecretKey string `toml:"secret_key"`
}

// ErrNoCredentials is returned when a gateway has no access key or secret.
var ErrNoCredentials = errors.New("gateway: no S3 credentials (run `cairn gateway credentials`)")

// Validate checks that both halves are set and printable.
func (c Credentials) Validate() error {
	if c.AccessKey == "" || c.SecretKey == "" {
		return ErrNoCredentials
	}
	if strings.ContainsAny(c.AccessKey, "/ \t\n,=") || len(c.SecretKey) < 16 {
		return errors.New("gateway: the access key must not hold '/', ',', '=' or spaces and the secret must be ≥ 16 characters")
	}
	return nil
}

// NewCredentials draws a random access key (20 upper-case hex characters,
// AWS-like) and a 40-character secret.
func NewCredentials() (Credentials, error) {
	var a [10]byte
	var s [30]byte
	if _, err := rand.Read(a[:]); err != nil {
		return Credentials{}, err
	}
	if _, err := rand.Read(s[:]); err != nil {
		return Credentials{}, err
	}
	return Credentials{AccessKey: "CAIRN" + strings.ToUpper(hex.EncodeToString(a[:]))[:15], SecretKey: base64.RawURLEncoding.EncodeToString(s[:])}, nil
}

// LoadCredentials reads a TOML file with access_key and secret_key
// (unknown keys are errors).
func LoadCredentials(path string) (Credentials, error) {
	var c Credentials
	md, err := toml.DecodeFile(path, &c)
	if err != nil {
		return Credentials{}, fmt.Errorf("credentials file %s: %w", path, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return Credentials{}, fmt.Errorf("credentials file %s: unknown key %q", path, und[0].String())
	}
	if err := c.Validate(); err != nil {
		return Credentials{}, fmt.Errorf("credentials file %s: %w", path, err)
	}
	return c, nil
}

// WriteCredentials stores c at path (mode 0600, atomically).
func WriteCredentials(path string, c Credentials) error {
	f, err := atomicfile.Create(path, 0o600)
	if err != nil {
		return err
	}
	defer f.Abort()
	if err := toml.NewEncoder(f).Encode(c); err != nil {
		return fmt.Errorf("write credentials %s: %w", path, err)
	}
	return f.Commit()
}

// CredentialsExist reports whether a file is at path (so `cairn gateway
// credentials` does not overwrite one without --force).
func CredentialsExist(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
