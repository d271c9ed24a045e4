package p2p_test

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/cairn-storage/cairn/market/p2p"
)

func testRequest() p2p.ShardRequest {
	r := p2p.ShardRequest{Op: p2p.OpFetch, Offset: 64, Length: 1 << 40, Expiry: 1_900_000_000}
	for i := range r.Slot {
		r.Slot[i], r.Peer[i], r.Nonce[i] = byte(i), byte(2*i+1), byte(255-i)
	}
	return r
}

// TestDigestMatchesGethTypedData checks the hand-built digest against go-ethereum's
// eth_signTypedData_v4 implementation.
func TestDigestMatchesGethTypedData(t *testing.T) {
	dom := p2p.Domain{ChainID: testChainID, Marketplace: testMarketplace}
	for _, op := range []p2p.Op{p2p.OpFetch, p2p.OpPush} {
		r := testRequest()
		r.Op = op
		td := apitypes.TypedData{
			Types: apitypes.Types{
				"EIP712Domain": {
					{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
					{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
				},
				"ShardRequest": {
					{Name: "slotId", Type: "bytes32"}, {Name: "peer", Type: "bytes32"},
					{Name: "op", Type: "uint8"}, {Name: "offset", Type: "uint64"},
					{Name: "length", Type: "uint64"}, {Name: "expiry", Type: "uint64"},
					{Name: "nonce", Type: "bytes32"},
				},
			},
			PrimaryType: "ShardRequest",
			Domain: apitypes.TypedDataDomain{
				Name: p2p.DomainName, Version: p2p.DomainVersion,
				ChainId:           math.NewHexOrDecimal256(testChainID),
				VerifyingContract: testMarketplace.Hex(),
			},
			Message: apitypes.TypedDataMessage{
				"slotId": hexutil.Encode(r.Slot[:]), "peer": hexutil.Encode(r.Peer[:]),
				"op": fmt.Sprint(uint8(r.Op)), "offset": fmt.Sprint(r.Offset),
				"length": fmt.Sprint(r.Length), "expiry": fmt.Sprint(r.Expiry),
				"nonce": hexutil.Encode(r.Nonce[:]),
			},
		}
		if got := td.TypeHash("ShardRequest"); !bytes.Equal(got, ethcrypto.Keccak256([]byte(p2p.RequestType))) {
			t.Fatalf("type string differs from geth's encodeType")
		}
		want, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatal(err)
		}
		if got := dom.Digest(r); !bytes.Equal(got[:], want) {
			t.Fatalf("op %s: digest %x, geth %x", op, got, want)
		}
	}
}

func TestSignRecover(t *testing.T) {
	dom := p2p.Domain{ChainID: testChainID, Marketplace: testMarketplace}
	s := newSigner(t)
	sr, err := dom.Sign(testRequest(), s)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := dom.Recover(sr); err != nil || got != s.Address() {
		t.Fatalf("recover: %s, %v; want %s", got, err, s.Address())
	}

	wallet := sr // wallets send V as 27/28
	wallet.Sig[64] += 27
	if got, err := dom.Recover(wallet); err != nil || got != s.Address() {
		t.Fatalf("recover with V+27: %s, %v", got, err)
	}

	other := p2p.Domain{ChainID: testChainID + 1, Marketplace: testMarketplace}
	if got, err := other.Recover(sr); err == nil && got == s.Address() {
		t.Fatal("a signature verified under another chain id")
	}

	tampered := sr
	tampered.Offset++
	if got, err := dom.Recover(tampered); err == nil && got == s.Address() {
		t.Fatal("a tampered request kept its signer")
	}

	// The malleable twin (N − s, flipped V) recovers the same key: refuse it.
	high := sr
	n := ethcrypto.S256().Params().N
	sv := new(big.Int).Sub(n, new(big.Int).SetBytes(sr.Sig[32:64]))
	sv.FillBytes(high.Sig[32:64])
	high.Sig[64] ^= 1
	if _, err := dom.Recover(high); err == nil {
		t.Fatal("a high-S signature was accepted")
	}

	var zero p2p.SignedRequest
	if _, err := dom.Recover(zero); err == nil {
		t.Fatal("a zero signature was accepted")
	}
}

func TestDomainSeparatorDependsOnEveryField(t *testing.T) {
	base := p2p.Domain{ChainID: 1, Marketplace: common.HexToAddress("0x01")}
	for _, d := range []p2p.Domain{
		{ChainID: 2, Marketplace: base.Marketplace},
		{ChainID: 1, Marketplace: common.HexToAddress("0x02")},
	} {
		if d.Separator() == base.Separator() {
			t.Fatalf("domain %+v has the separator of %+v", d, base)
		}
	}
}
