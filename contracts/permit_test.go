package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cairn-storage/cairn/contracts/contracttest"
)

func word(b []byte) []byte { return common.LeftPadBytes(b, 32) }

// permitSig signs an EIP-2612 permit of the CairnToken.
func (f *fx) permitSig(t *testing.T, owner *contracttest.Account, spender common.Address, value, deadline *big.Int) (uint8, [32]byte, [32]byte) {
	t.Helper()
	nonce, err := bind.Call(f.Token, nil, f.Tok.PackNonces(owner.Addr), f.Tok.UnpackNonces)
	if err != nil {
		t.Fatal(err)
	}
	domainType := crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	domain := crypto.Keccak256(domainType, crypto.Keccak256([]byte("Cairn Devnet Token")), crypto.Keccak256([]byte("1")),
		word(f.ChainID.Bytes()), word(f.Dep.Token.Bytes()))
	permitType := crypto.Keccak256([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))
	st := crypto.Keccak256(permitType, word(owner.Addr.Bytes()), word(spender.Bytes()), word(value.Bytes()), word(nonce.Bytes()), word(deadline.Bytes()))
	digest := crypto.Keccak256(append(append([]byte{0x19, 0x01}, domain...), st...))
	sig, err := crypto.Sign(digest, owner.Key)
	if err != nil {
		t.Fatal(err)
	}
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64] + 27, r, s
}

// permitRequest: requestStorageWithPermit works without an allowance, and
// still works when someone front-runs the permit itself.
func (f *fx) permitRequest(t *testing.T) {
	owner := f.Accounts[8]
	f.MustSendTo(f.Token, owner, f.Tok.PackApprove(f.Dep.Marketplace, new(big.Int)))
	p := f.defaultParams()
	f.shardsFor(&p)
	cost := contracttest.Call(f.Env, f.MP.PackRequestCost(p), f.MP.UnpackRequestCost)
	deadline := big.NewInt(1 << 40)
	f.ExpectRevert(owner, f.MP.PackRequestStorage(p), "ERC20InsufficientAllowance")

	v, r, s := f.permitSig(t, owner, f.Dep.Marketplace, cost, deadline)
	f.MustSend(owner, f.MP.PackRequestStorageWithPermit(p, deadline, v, r, s))

	v, r, s = f.permitSig(t, owner, f.Dep.Marketplace, cost, deadline)
	// A front-runner submits the permit first; the request must not revert.
	f.MustSendTo(f.Token, f.Accounts[9], f.Tok.PackPermit(owner.Addr, f.Dep.Marketplace, cost, deadline, v, r, s))
	f.shardsFor(&p)
	f.MustSend(owner, f.MP.PackRequestStorageWithPermit(p, deadline, v, r, s))
	f.MustSendTo(f.Token, owner, f.Tok.PackApprove(f.Dep.Marketplace, new(big.Int).Lsh(big.NewInt(1), 255)))
}
