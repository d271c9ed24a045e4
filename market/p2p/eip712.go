package p2p

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Op is the operation a ShardRequest asks for.
type Op uint8

// Operations. Values are signed and sent on the wire: never renumber.
const (
	OpFetch Op = 1
	OpPush  Op = 2
	// OpReserving asks which slot of the request (the request's slotId
	// field carries the request id) the provider is reserving.
	OpReserving Op = 3
)

func (o Op) String() string {
	switch o {
	case OpFetch:
		return "fetch"
	case OpPush:
		return "push"
	case OpReserving:
		return "reserving"
	}
	return fmt.Sprintf("op(%d)", uint8(o))
}

// EIP-712 type strings. The digest of a request is
//
//	keccak256(0x19 ‖ 0x01 ‖ domainSeparator ‖ structHash)
//	domainSeparator = keccak256(DomainTypeHash ‖ keccak256("cairn") ‖ keccak256("1") ‖
//	                            uint256(chainId) ‖ uint256(uint160(verifyingContract)))
//	structHash = keccak256(RequestTypeHash ‖ slotId ‖ peer ‖ uint256(op) ‖ uint256(offset) ‖
//	                       uint256(length) ‖ uint256(expiry) ‖ nonce)
//
// as eth_signTypedData_v4 computes it, so a wallet can sign it too.
const (
	DomainType  = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	RequestType = "ShardRequest(bytes32 slotId,bytes32 peer,uint8 op,uint64 offset,uint64 length,uint64 expiry,bytes32 nonce)"
	DomainName  = "cairn"
	// DomainVersion is the version field of the domain.
	DomainVersion = "1"
)

var (
	domainTypeHash  = crypto.Keccak256Hash([]byte(DomainType))
	requestTypeHash = crypto.Keccak256Hash([]byte(RequestType))
)

// Domain is the EIP-712 domain of cairn's shard requests: one per chain and marketplace.
type Domain struct {
	ChainID     uint64
	Marketplace common.Address
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() [32]byte {
	buf := make([]byte, 0, 5*32)
	buf = append(buf, domainTypeHash[:]...)
	buf = append(buf, crypto.Keccak256([]byte(DomainName))...)
	buf = append(buf, crypto.Keccak256([]byte(DomainVersion))...)
	buf = appendUint(buf, d.ChainID)
	buf = append(buf, common.LeftPadBytes(d.Marketplace[:], 32)...)
	return crypto.Keccak256Hash(buf)
}

// ShardRequest is the signed part of a request. For OpFetch, Offset and Length select a
// byte range (Length 0: to the end of the shard). For OpPush, Offset is 0 and Length is
// the whole shard's size; the receiver reports where to resume.
type ShardRequest struct {
	Slot   [32]byte // on-chain slotId
	Peer   [32]byte // PeerHash of the serving peer
	Op     Op
	Offset uint64
	Length uint64
	Expiry uint64 // unix seconds
	Nonce  [32]byte
}

// StructHash is the EIP-712 hashStruct of the request.
func (r ShardRequest) StructHash() [32]byte {
	buf := make([]byte, 0, 8*32)
	buf = append(buf, requestTypeHash[:]...)
	buf = append(buf, r.Slot[:]...)
	buf = append(buf, r.Peer[:]...)
	buf = appendUint(buf, uint64(r.Op))
	buf = appendUint(buf, r.Offset)
	buf = appendUint(buf, r.Length)
	buf = appendUint(buf, r.Expiry)
	buf = append(buf, r.Nonce[:]...)
	return crypto.Keccak256Hash(buf)
}

// Digest is the EIP-712 digest that is signed.
func (d Domain) Digest(r ShardRequest) [32]byte {
	sep, sh := d.Separator(), r.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}

// appendUint appends v as a 32-byte big-endian word.
func appendUint(buf []byte, v uint64) []byte {
	var w [32]byte
	binary.BigEndian.PutUint64(w[24:], v)
	return append(buf, w[:]...)
}

// PeerHash is keccak256 of the peer id's bytes: the peer field of a ShardRequest.
func PeerHash(id peer.ID) [32]byte {
	return crypto.Keccak256Hash([]byte(id))
}

// Signer signs request digests. It is the client's authKey, or a repairer's wallet key.
type Signer interface {
	Address() common.Address
	// SignDigest returns a 65-byte secp256k1 signature R ‖ S ‖ V over digest, V being
	// 0/1 or 27/28.
	SignDigest(digest [32]byte) ([]byte, error)
}

// KeySigner is a Signer over an in-memory secp256k1 key.
type KeySigner struct{ key *ecdsa.PrivateKey }

// NewKeySigner wraps key.
func NewKeySigner(key *ecdsa.PrivateKey) *KeySigner { return &KeySigner{key: key} }

// Address is the key's Ethereum address.
func (s *KeySigner) Address() common.Address { return crypto.PubkeyToAddress(s.key.PublicKey) }

// SignDigest signs digest with the key.
func (s *KeySigner) SignDigest(digest [32]byte) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], s.key)
	if err != nil {
		return nil, fmt.Errorf("sign request digest: %w", err)
	}
	return sig, nil
}

// SignedRequest is a ShardRequest with its signature (R ‖ S ‖ V, V 0/1 or 27/28).
type SignedRequest struct {
	ShardRequest
	Sig [65]byte
}

// Sign signs r for this domain.
func (d Domain) Sign(r ShardRequest, s Signer) (SignedRequest, error) {
	sig, err := s.SignDigest(d.Digest(r))
	if err != nil {
		return SignedRequest{}, err
	}
	if len(sig) != 65 {
		return SignedRequest{}, fmt.Errorf("sign request: signature of %d bytes, want 65", len(sig))
	}
	sr := SignedRequest{ShardRequest: r}
	copy(sr.Sig[:], sig)
	return sr, nil
}

var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Recover returns the address that signed sr for this domain. It rejects malformed
// and malleable (high-S) signatures with an error wrapping ErrUnauthorized.
func (d Domain) Recover(sr SignedRequest) (common.Address, error) {
	sig := sr.Sig
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if sig[64] > 1 || !crypto.ValidateSignatureValues(sig[64], r, s, true) || s.Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("recover signer: invalid signature: %w", ErrUnauthorized)
	}
	digest := d.Digest(sr.ShardRequest)
	pub, err := crypto.SigToPub(digest[:], sig[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("recover signer: %v: %w", err, ErrUnauthorized)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
