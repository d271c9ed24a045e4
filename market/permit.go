package market

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/contracts"
)

// permitTypeHash is EIP-2612's Permit type hash.
var permitTypeHash = crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))

// signPermit signs an EIP-2612 permit letting the Marketplace pull value
// tokens from the sender until deadline.
func (m *Market) signPermit(ctx context.Context, value *big.Int, deadline uint64) (v uint8, r, s [32]byte, err error) {
	opts := &bind.CallOpts{Context: ctx}
	sep, err := bind.Call(m.tinst, opts, m.tok.PackDOMAINSEPARATOR(), m.tok.UnpackDOMAINSEPARATOR)
	if err != nil {
		return 0, r, s, fmt.Errorf("permit: domain separator: %w", err)
	}
	owner := m.sender.Address()
	nonce, err := bind.Call(m.tinst, opts, m.tok.PackNonces(owner), m.tok.UnpackNonces)
	if err != nil {
		return 0, r, s, fmt.Errorf("permit: nonce: %w", err)
	}
	word := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	structHash := crypto.Keccak256(permitTypeHash[:], word(owner[:]), word(m.dep.Marketplace[:]),
		word(value.Bytes()), word(nonce.Bytes()), word(new(big.Int).SetUint64(deadline).Bytes()))
	digest := crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash)
	sig, err := m.sender.Signer().SignDigest(digest)
	if err != nil {
		return 0, r, s, fmt.Errorf("permit: sign: %w", err)
	}
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64] + 27, r, s, nil
}

// RequestStorageWithPermit creates a request paying with an EIP-2612 permit
// for exactly its cost: one transaction instead of approve + request.
func (m *Market) RequestStorageWithPermit(ctx context.Context, p contracts.IMarketplaceRequestParams) ([32]byte, *types.Receipt, error) {
	if m.sender == nil {
		return [32]byte{}, nil, fmt.Errorf("request storage: %w", ErrNoWallet)
	}
	cost, err := m.RequestCost(ctx, p)
	if err != nil {
		return [32]byte{}, nil, err
	}
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	v, r, s, err := m.signPermit(ctx, cost, deadline)
	if err != nil {
		return [32]byte{}, nil, err
	}
	rcpt, err := m.send(ctx, "request storage (permit)", m.abi.PackRequestStorageWithPermit(p, new(big.Int).SetUint64(deadline), v, r, s))
	if err != nil {
		return [32]byte{}, rcpt, err
	}
	return m.requestIDFrom(rcpt)
}
