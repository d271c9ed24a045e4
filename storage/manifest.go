package storage

import (
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/chacha20poly1305"
)

// Sealed manifest v1, exactly ManifestSize bytes:
//
//	[0]       version = 1
//	[1:25]    XChaCha20-Poly1305 nonce, random
//	[25:512]  seal(MasterKey, body(471 bytes)) with its 16-byte tag
//	AAD:      version ‖ uint256 chainid ‖ marketplace(20) ‖ client(20) ‖
//	          keccak256(root_0 ‖ … ‖ root_{k+m−1})
//
// body (big-endian): [0] body version = 1, [1] cipher, [2] k, [3] m,
// [4:12] size, [12:20] shard size, [20:28] created (unix seconds),
// [28:60] file key, [60:62] name length L, [62:62+L] name (UTF-8), zeros.
// Body version 2 (one segment of a file split across requests) inserts
// after the file key: [60:76] file id, [76:80] segment index, [80:84]
// segment count, [84:92] file size, [92:100] segment offset in the file;
// then [100:102] name length L, [102:102+L] name, zeros.
// The AAD binds a manifest to its request: copied into another request, or
// opened against other roots, it fails like a wrong key does.
const (
	ManifestSize    = 512
	manifestVersion = 1
	manifestNonce   = chacha20poly1305.NonceSizeX
	manifestBody    = ManifestSize - 1 - manifestNonce - chacha20poly1305.Overhead
	manifestFixed   = 62
	// MaxNameLen is the longest file name (in bytes of UTF-8) a manifest holds.
	MaxNameLen = manifestBody - manifestFixed
	// MaxSegmentNameLen is MaxNameLen for a segment of a split file.
	MaxSegmentNameLen = MaxNameLen - segmentFields
	segmentFields     = 16 + 4 + 4 + 8 + 8
)

var (
	// ErrManifestAuth: the manifest cannot be opened — wrong master key
	// (another mnemonic), a different request binding, tampering, or not a
	// cairn manifest at all.
	ErrManifestAuth = errors.New("storage: manifest authentication failed")
	// ErrManifestFormat: the manifest opened but its content is invalid.
	ErrManifestFormat = errors.New("storage: malformed manifest")
	// ErrNameTooLong: the file name exceeds MaxNameLen bytes.
	ErrNameTooLong = errors.New("storage: file name too long for manifest")
)

// Manifest is what a client needs to find, fetch and decrypt one upload.
type Manifest struct {
	Name      string
	Size      int64
	FileKey   FileKey
	K, M      int
	ShardSize uint64
	Cipher    Cipher
	Created   time.Time
	// Segment places this upload in a file split across several requests
	// (Count 0: the upload is the whole file).
	Segment Segment
}

// Segment is one piece of a file larger than one request holds: bytes
// [Offset, Offset+Manifest.Size) of a FileSize-byte file, piece Index of
// Count, all pieces sharing FileID.
type Segment struct {
	FileID       [16]byte
	Index, Count uint32
	FileSize     int64
	Offset       int64
}

// ManifestBinding ties a manifest to one storage request.
type ManifestBinding struct {
	ChainID     *big.Int
	Marketplace common.Address
	Client      common.Address
	Roots       [][32]byte // the request's shard roots, in slot order
}

// DecodeParams returns the parameters to decode this manifest's file.
func (m Manifest) DecodeParams(roots [][32]byte) DecodeParams {
	return DecodeParams{Size: m.Size, K: m.K, M: m.M, FileKey: m.FileKey, ShardSize: m.ShardSize, Roots: roots}
}

func (b ManifestBinding) aad() ([]byte, error) {
	if b.ChainID == nil || b.ChainID.Sign() < 0 || b.ChainID.BitLen() > 256 {
		return nil, fmt.Errorf("chain id %v out of range: %w", b.ChainID, ErrBadParams)
	}
	aad := make([]byte, 1+32+20+20+32)
	aad[0] = manifestVersion
	b.ChainID.FillBytes(aad[1:33])
	copy(aad[33:53], b.Marketplace[:])
	copy(aad[53:73], b.Client[:])
	h := crypto.NewKeccakState()
	for _, r := range b.Roots {
		h.Write(r[:])
	}
	h.Read(aad[73:])
	return aad, nil
}

// SealManifest encrypts m under the master key, bound to b, into exactly
// ManifestSize bytes.
func SealManifest(master [KeySize]byte, m Manifest, b ManifestBinding) ([]byte, error) {
	maxName, fixed := MaxNameLen, manifestFixed
	if m.Segment.Count > 0 {
		maxName, fixed = MaxSegmentNameLen, manifestFixed+segmentFields
	}
	if len(m.Name) > maxName {
		return nil, fmt.Errorf("name of %d bytes (max %d): %w", len(m.Name), maxName, ErrNameTooLong)
	}
	if !utf8.ValidString(m.Name) {
		return nil, fmt.Errorf("name is not valid UTF-8: %w", ErrBadParams)
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	aad, err := b.aad()
	if err != nil {
		return nil, err
	}
	body := make([]byte, manifestBody)
	body[0] = manifestVersion
	body[1] = byte(m.Cipher)
	body[2], body[3] = byte(m.K), byte(m.M)
	binary.BigEndian.PutUint64(body[4:], uint64(m.Size))
	binary.BigEndian.PutUint64(body[12:], m.ShardSize)
	binary.BigEndian.PutUint64(body[20:], uint64(m.Created.Unix()))
	copy(body[28:60], m.FileKey[:])
	if m.Segment.Count > 0 {
		body[0] = 2
		sg := m.Segment
		copy(body[60:76], sg.FileID[:])
		binary.BigEndian.PutUint32(body[76:], sg.Index)
		binary.BigEndian.PutUint32(body[80:], sg.Count)
		binary.BigEndian.PutUint64(body[84:], uint64(sg.FileSize))
		binary.BigEndian.PutUint64(body[92:], uint64(sg.Offset))
	}
	binary.BigEndian.PutUint16(body[fixed-2:], uint16(len(m.Name)))
	copy(body[fixed:], m.Name)

	aead, err := chacha20poly1305.NewX(master[:])
	if err != nil {
		return nil, fmt.Errorf("manifest cipher: %w", err)
	}
	out := make([]byte, 1+manifestNonce, ManifestSize)
	out[0] = manifestVersion
	if _, err := rand.Read(out[1:]); err != nil {
		return nil, fmt.Errorf("draw manifest nonce: %w", err)
	}
	return aead.Seal(out, out[1:], body, aad), nil
}

// OpenManifest decrypts a sealed manifest with the master key and binding.
// Any failure to authenticate returns ErrManifestAuth.
func OpenManifest(master [KeySize]byte, sealed []byte, b ManifestBinding) (Manifest, error) {
	if len(sealed) != ManifestSize {
		return Manifest{}, fmt.Errorf("manifest of %d bytes, want %d: %w", len(sealed), ManifestSize, ErrManifestAuth)
	}
	if sealed[0] != manifestVersion {
		return Manifest{}, fmt.Errorf("manifest version %d: %w", sealed[0], ErrManifestAuth)
	}
	aad, err := b.aad()
	if err != nil {
		return Manifest{}, err
	}
	aead, err := chacha20poly1305.NewX(master[:])
	if err != nil {
		return Manifest{}, fmt.Errorf("manifest cipher: %w", err)
	}
	body, err := aead.Open(nil, sealed[1:1+manifestNonce], sealed[1+manifestNonce:], aad)
	if err != nil {
		return Manifest{}, ErrManifestAuth
	}
	return parseManifestBody(body)
}

func parseManifestBody(body []byte) (Manifest, error) {
	if len(body) != manifestBody || (body[0] != manifestVersion && body[0] != 2) {
		return Manifest{}, fmt.Errorf("body version %d: %w", body[0], ErrManifestFormat)
	}
	size := binary.BigEndian.Uint64(body[4:])
	if size > MaxFileSize {
		return Manifest{}, fmt.Errorf("size %d: %w", size, ErrManifestFormat)
	}
	m := Manifest{
		Cipher:    Cipher(body[1]),
		K:         int(body[2]),
		M:         int(body[3]),
		Size:      int64(size),
		ShardSize: binary.BigEndian.Uint64(body[12:]),
		Created:   time.Unix(int64(binary.BigEndian.Uint64(body[20:])), 0).UTC(),
	}
	copy(m.FileKey[:], body[28:60])
	maxName, fixed := MaxNameLen, manifestFixed
	if body[0] == 2 {
		maxName, fixed = MaxSegmentNameLen, manifestFixed+segmentFields
		sg := &m.Segment
		copy(sg.FileID[:], body[60:76])
		sg.Index = binary.BigEndian.Uint32(body[76:])
		sg.Count = binary.BigEndian.Uint32(body[80:])
		fs, off := binary.BigEndian.Uint64(body[84:]), binary.BigEndian.Uint64(body[92:])
		if sg.Count == 0 || sg.Index >= sg.Count || fs > math.MaxInt64 || off > fs || uint64(m.Size) > fs-off {
			return Manifest{}, fmt.Errorf("segment %d of %d at %d of %d: %w", sg.Index, sg.Count, off, fs, ErrManifestFormat)
		}
		sg.FileSize, sg.Offset = int64(fs), int64(off)
	}
	n := int(binary.BigEndian.Uint16(body[fixed-2:]))
	if n > maxName {
		return Manifest{}, fmt.Errorf("name length %d: %w", n, ErrManifestFormat)
	}
	m.Name = string(body[fixed : fixed+n])
	for _, c := range body[fixed+n:] {
		if c != 0 {
			return Manifest{}, fmt.Errorf("nonzero padding: %w", ErrManifestFormat)
		}
	}
	if !utf8.ValidString(m.Name) {
		return Manifest{}, fmt.Errorf("name is not UTF-8: %w", ErrManifestFormat)
	}
	if err := m.check(); err != nil {
		return Manifest{}, fmt.Errorf("%w: %w", ErrManifestFormat, err)
	}
	return m, nil
}

// check validates the fields against each other.
func (m Manifest) check() error {
	if m.Cipher != AES256GCM && m.Cipher != ChaCha20Poly1305 {
		return fmt.Errorf("cipher %d: %w", m.Cipher, ErrBadParams)
	}
	if sg := m.Segment; sg.Count > 0 && (sg.Index >= sg.Count || sg.Offset < 0 || sg.FileSize < sg.Offset || m.Size > sg.FileSize-sg.Offset) {
		return fmt.Errorf("segment %d of %d at %d of %d: %w", sg.Index, sg.Count, sg.Offset, sg.FileSize, ErrBadParams)
	}
	want, err := ShardSize(m.Size, m.K)
	if err != nil {
		return err
	}
	if err := CheckParams(m.K, m.M); err != nil {
		return err
	}
	if m.ShardSize != want {
		return fmt.Errorf("shard size %d, want %d: %w", m.ShardSize, want, ErrBadParams)
	}
	return nil
}
