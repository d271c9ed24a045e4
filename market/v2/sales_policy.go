package marketv2

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/cairn-storage/cairn/contracts"
)

// Offer is one open slot as the sales policy sees it: the request, the
// slot's kind at the current epoch, and the deposit a reservation would
// pay now (base << min(lapses, 6), §8.2, so escalation is in it).
type Offer struct {
	Req     [32]byte
	Index   uint64
	Kind    uint8
	Epoch   uint64
	Info    contracts.IMarketplaceV2RequestInfo
	Root    [32]byte // the slot's shard root
	Deposit *big.Int
	Bonus   *big.Int // the repair bonus a fill now would reserve (§8.3)
}

// SalesPolicy decides which slots a provider takes. The zero value takes
// nothing useful (a zero price floor is refused by Validate).
type SalesPolicy struct {
	// MinPrice is the least price per slot-epoch accepted (> 0).
	MinPrice *big.Int
	// MaxShardSize is the largest shard taken (0: any).
	MaxShardSize uint64
	// MaxCollateral caps the collateral locked by reservations in flight
	// plus this slot's (0: no cap).
	MaxCollateral *big.Int
	// MaxDeposit caps the reservation deposit, escalation included (nil:
	// no cap). A slot whose deposit escalated past it is left alone.
	MaxDeposit *big.Int
	// MinEpochsLeft is the least number of paid epochs a taken slot must
	// still have (the fill's join is max(x+1, start)).
	MinEpochsLeft uint64
	// Kinds are the slot kinds taken; empty means Initial, Late, Renewal
	// (Repair slots are the repairer's).
	Kinds []uint8
}

// DefaultSalesPolicy takes Initial, Late and Renewal slots at any price
// above zero, with at most a 16× escalated minimum deposit of 0.1 token.
func DefaultSalesPolicy() SalesPolicy {
	return SalesPolicy{MinPrice: big.NewInt(1), MaxDeposit: contracts.Tokens(2), MinEpochsLeft: 2}
}

// Validate rejects a policy that would sell for nothing.
func (p SalesPolicy) Validate() error {
	if p.MinPrice == nil || p.MinPrice.Sign() <= 0 {
		return errors.New("sales policy: price floor must be > 0")
	}
	return nil
}

// Decline is why the policy left a slot alone.
type Decline string

func (d Decline) Error() string { return "declined: " + string(d) }

// Decide is the pure sales policy: nil to take the offer, else a Decline.
// committed is the collateral already locked by reservations in flight.
func (p SalesPolicy) Decide(o Offer, committed *big.Int) error {
	kinds := p.Kinds
	if len(kinds) == 0 {
		kinds = []uint8{KindInitial, KindLate, KindRenewal}
	}
	ok := false
	for _, k := range kinds {
		ok = ok || k == o.Kind
	}
	switch {
	case !ok:
		return Decline(fmt.Sprintf("kind %d not sold", o.Kind))
	case o.Info.Price == nil || p.MinPrice == nil || o.Info.Price.Cmp(p.MinPrice) < 0:
		return Decline(fmt.Sprintf("price %v below floor %v", o.Info.Price, p.MinPrice))
	case p.MaxShardSize != 0 && o.Info.ShardSize > p.MaxShardSize:
		return Decline(fmt.Sprintf("shard size %d above %d", o.Info.ShardSize, p.MaxShardSize))
	case p.MaxDeposit != nil && o.Deposit != nil && o.Deposit.Cmp(p.MaxDeposit) > 0:
		return Decline(fmt.Sprintf("deposit %v above %v (escalated)", o.Deposit, p.MaxDeposit))
	}
	if p.MaxCollateral != nil && p.MaxCollateral.Sign() > 0 && o.Info.Collateral != nil {
		need := new(big.Int).Add(committed, o.Info.Collateral)
		if need.Cmp(p.MaxCollateral) > 0 {
			return Decline(fmt.Sprintf("collateral budget: %v locked + %v > %v", committed, o.Info.Collateral, p.MaxCollateral))
		}
	}
	join := max(o.Epoch+1, uint64(o.Info.StartEpoch))
	if uint64(o.Info.EndEpoch) < join+max(p.MinEpochsLeft, 1) {
		return Decline(fmt.Sprintf("only %d epochs left", int64(o.Info.EndEpoch)-int64(join)))
	}
	return nil
}
