package marketv2

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/proofs"
)

// TenureID is uint96(setId) << 32 | mid (§3.3).
func TenureID(setID uint64, mid uint32) *big.Int {
	return new(big.Int).Or(new(big.Int).Lsh(new(big.Int).SetUint64(setID), 32), big.NewInt(int64(mid)))
}

// SplitTenure is the inverse of TenureID.
func SplitTenure(id *big.Int) (setID uint64, mid uint32) {
	return new(big.Int).Rsh(id, 32).Uint64(), uint32(id.Uint64())
}

// SlotID computes a slot id locally.
func SlotID(req [32]byte, index uint64) [32]byte { return proofs.SlotID(req, index) }

func u256(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// ChallengesFor returns the set's grouped challenges for epoch t (§5.4):
// nil for an empty view, ErrSeedUnavailable before the seed is known,
// ErrEpochTooOld for t < currentEpoch − 1.
func (m *Market) ChallengesFor(ctx context.Context, setID, t uint64) ([]contracts.IMarketplaceV2Group, error) {
	g, err := lensCall(ctx, m, m.lens.PackChallengesFor(setID, u256(t)), m.lens.UnpackChallengesFor)
	if err != nil {
		return nil, fmt.Errorf("challenges of set %d in epoch %d: %w", setID, t, err)
	}
	return g, nil
}

// SetInfo reads a proof set's record.
func (m *Market) SetInfo(ctx context.Context, setID uint64) (contracts.IMarketplaceV2SetInfo, error) {
	s, err := lensCall(ctx, m, m.lens.PackSetInfo(setID), m.lens.UnpackSetInfo)
	if err != nil {
		return s, fmt.Errorf("set info %d: %w", setID, err)
	}
	return s, nil
}

// SetView reads the set's class mask and counts at epoch t.
func (m *Market) SetView(ctx context.Context, setID, t uint64) (contracts.IMarketplaceV2SetView, error) {
	v, err := lensCall(ctx, m, m.lens.PackSetView(setID, u256(t)), m.lens.UnpackSetView)
	if err != nil {
		return v, fmt.Errorf("set view %d at %d: %w", setID, t, err)
	}
	return v, nil
}

// MemberAt reads position p of class c of the set's view at epoch t.
func (m *Market) MemberAt(ctx context.Context, setID, t uint64, c int, p uint64) (contracts.MemberAtOutput, error) {
	v, err := lensCall(ctx, m, m.lens.PackMemberAt(setID, u256(t), big.NewInt(int64(c)), u256(p)), m.lens.UnpackMemberAt)
	if err != nil {
		return v, fmt.Errorf("member of set %d at %d, class %d position %d: %w", setID, t, c, p, err)
	}
	return v, nil
}

// Record reads the set's cumulative (proven, missed) after epoch e.
func (m *Market) Record(ctx context.Context, setID, e uint64) (contracts.RecordOutput, error) {
	v, err := lensCall(ctx, m, m.lens.PackRecord(setID, u256(e)), m.lens.UnpackRecord)
	if err != nil {
		return v, fmt.Errorf("record of set %d at %d: %w", setID, e, err)
	}
	return v, nil
}

// TenureInfo reads a tenure with its e*, b, pending pay, slash and vested bonus.
func (m *Market) TenureInfo(ctx context.Context, tenureID *big.Int) (contracts.IMarketplaceV2TenureInfo, error) {
	v, err := lensCall(ctx, m, m.lens.PackTenureInfo(tenureID), m.lens.UnpackTenureInfo)
	if err != nil {
		return v, fmt.Errorf("tenure info %s: %w", tenureID, err)
	}
	return v, nil
}

// SlotInfo reads a slot with its kind (§8.1).
func (m *Market) SlotInfo(ctx context.Context, req [32]byte, index uint64) (contracts.IMarketplaceV2SlotInfo, error) {
	v, err := lensCall(ctx, m, m.lens.PackSlotInfo(req, u256(index)), m.lens.UnpackSlotInfo)
	if err != nil {
		return v, fmt.Errorf("slot info %d of %s: %w", index, short(req), err)
	}
	return v, nil
}

// RequestInfo reads a request's state and accounting.
func (m *Market) RequestInfo(ctx context.Context, req [32]byte) (contracts.IMarketplaceV2RequestInfo, error) {
	v, err := lensCall(ctx, m, m.lens.PackRequestInfo(req), m.lens.UnpackRequestInfo)
	if err != nil {
		return v, fmt.Errorf("request info %s: %w", short(req), err)
	}
	return v, nil
}

// DepositFor is the deposit a reservation of the slot costs now (the base
// deposit escalated by the slot's burned lapses, §8.2).
func (m *Market) DepositFor(ctx context.Context, req [32]byte, index uint64) (*big.Int, error) {
	v, err := lensCall(ctx, m, m.lens.PackDepositFor(req, u256(index)), m.lens.UnpackDepositFor)
	if err != nil {
		return nil, fmt.Errorf("deposit for slot %d of %s: %w", index, short(req), err)
	}
	return v, nil
}

// Reservations reads a slot's reservations.
func (m *Market) Reservations(ctx context.Context, req [32]byte, index uint64) ([]contracts.IMarketplaceV2Reservation, error) {
	v, err := lensCall(ctx, m, m.lens.PackReservations(req, u256(index)), m.lens.UnpackReservations)
	if err != nil {
		return nil, fmt.Errorf("reservations of slot %d of %s: %w", index, short(req), err)
	}
	return v, nil
}

// RoleOf reads an address's role in a request.
func (m *Market) RoleOf(ctx context.Context, req [32]byte, who common.Address) (uint8, error) {
	v, err := lensCall(ctx, m, m.lens.PackRoleOf(req, who), m.lens.UnpackRoleOf)
	if err != nil {
		return 0, fmt.Errorf("role of %s in %s: %w", who, short(req), err)
	}
	return v, nil
}

// AuditChallenges are the sorted, deduplicated leaf indices an open audit of
// the tenure asks for (§10.2); ErrNoAudit when none is open.
func (m *Market) AuditChallenges(ctx context.Context, tenureID *big.Int) ([]uint64, error) {
	v, err := lensCall(ctx, m, m.lens.PackAuditChallenges(tenureID), m.lens.UnpackAuditChallenges)
	if err != nil {
		return nil, fmt.Errorf("audit challenges of tenure %s: %w", tenureID, err)
	}
	return toUint64s(v), nil
}

// FillChallenges are filler's sorted fill challenges for its reservation.
func (m *Market) FillChallenges(ctx context.Context, req [32]byte, index uint64, filler common.Address) ([]uint64, error) {
	v, err := lensCall(ctx, m, m.lens.PackFillChallenges(req, u256(index), filler), m.lens.UnpackFillChallenges)
	if err != nil {
		return nil, fmt.Errorf("fill challenges of slot %d of %s: %w", index, short(req), err)
	}
	return toUint64s(v), nil
}

// EpochSeed is seed(e), stored or readable; zero when unknown.
func (m *Market) EpochSeed(ctx context.Context, e uint64) ([32]byte, error) {
	v, err := lensCall(ctx, m, m.lens.PackEpochSeed(u256(e)), m.lens.UnpackEpochSeed)
	if err != nil {
		return v, fmt.Errorf("seed of epoch %d: %w", e, err)
	}
	return v, nil
}

// CurrentEpoch is the epoch of the latest block.
func (m *Market) CurrentEpoch(ctx context.Context) (uint64, error) {
	v, err := lensCall(ctx, m, m.lens.PackCurrentEpoch(), m.lens.UnpackCurrentEpoch)
	if err != nil {
		return 0, fmt.Errorf("current epoch: %w", err)
	}
	return v.Uint64(), nil
}

// ClosedEpochs is the number of epochs whose proof window has closed.
func (m *Market) ClosedEpochs(ctx context.Context) (uint64, error) {
	v, err := lensCall(ctx, m, m.lens.PackClosedEpochs(), m.lens.UnpackClosedEpochs)
	if err != nil {
		return 0, fmt.Errorf("closed epochs: %w", err)
	}
	return v.Uint64(), nil
}

// LastSetID is the highest set id created so far.
func (m *Market) LastSetID(ctx context.Context) (uint64, error) {
	v, err := mpCall(ctx, m, m.mp.PackLastSetId(), m.mp.UnpackLastSetId)
	if err != nil {
		return 0, fmt.Errorf("last set id: %w", err)
	}
	return v, nil
}

// Balance is an account's pull balance in the marketplace.
func (m *Market) Balance(ctx context.Context, who common.Address) (*big.Int, error) {
	v, err := mpCall(ctx, m, m.mp.PackBalanceOf(who), m.mp.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("marketplace balance of %s: %w", who, err)
	}
	return v, nil
}

// Burned is the total of burned tokens.
func (m *Market) Burned(ctx context.Context) (*big.Int, error) {
	v, err := mpCall(ctx, m, m.mp.PackBurned(), m.mp.UnpackBurned)
	if err != nil {
		return nil, fmt.Errorf("burned: %w", err)
	}
	return v, nil
}

// TokenBalance is an account's ERC-20 balance.
func (m *Market) TokenBalance(ctx context.Context, who common.Address) (*big.Int, error) {
	v, err := bind.Call(m.tinst, &bind.CallOpts{Context: ctx}, m.tok.PackBalanceOf(who), m.tok.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("token balance of %s: %w", who, decoded(err))
	}
	return v, nil
}

func toUint64s(v []*big.Int) []uint64 {
	out := make([]uint64, len(v))
	for i, x := range v {
		out[i] = x.Uint64()
	}
	return out
}

// PeerInfo reads the peer info who registered (empty if none).
func (m *Market) PeerInfo(ctx context.Context, who common.Address) ([]byte, error) {
	b, err := lensCall(ctx, m, m.lens.PackPeerInfo(who), m.lens.UnpackPeerInfo)
	if err != nil {
		return nil, fmt.Errorf("peer info of %s: %w", who, err)
	}
	return b, nil
}
