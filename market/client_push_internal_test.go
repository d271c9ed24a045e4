package market

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// A slot's early push holds off the push of its chain reservation; once
// the early push failed (released), the chain's reservation is pushed.
// (A chain key skipped while the early push ran must not stay taken:
// CI's TestKill9Matrix/after_reserve lost a slot that way.)
func TestPushSetEarlyThenChain(t *testing.T) {
	s := pushSet{m: map[string]bool{}}
	prov := common.Address{7}
	early, chainKey := earlyKey(1, prov), "1/"+prov.String()+"/43"
	if !s.claim(early, early) {
		t.Fatal("the early push was refused")
	}
	if s.claim(chainKey, early) {
		t.Fatal("the chain reservation was pushed beside the early push")
	}
	s.release(early)
	if !s.claim(chainKey, early) {
		t.Fatal("after the early push failed the chain reservation is not pushed")
	}
	if s.claim(chainKey, early) {
		t.Fatal("the chain reservation was pushed twice")
	}
}
