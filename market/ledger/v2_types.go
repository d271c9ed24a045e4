package ledger

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/contracts"
)

// NoEpoch is the contract's NONE (2^32 − 1): a live request's stop, an
// Active set's bound in e*.
const NoEpoch = 1<<32 - 1

// RequestStateV2 is a v2 request's lifecycle, numbered as
// IMarketplaceV2.RequestState.
type RequestStateV2 uint8

// v2 request states.
const (
	V2None RequestStateV2 = iota
	V2Pending
	V2Active
	V2Finished
	V2Terminated
	V2Cancelled
	V2Failed
)

// Live reports a pending or active request.
func (s RequestStateV2) Live() bool { return s == V2Pending || s == V2Active }

// RequestV2 is a v2 request as its events describe it: the
// StorageRequested fields plus the counters every later event moves.
type RequestV2 struct {
	ID     [32]byte
	Client common.Address
	Nonce  uint64
	Block  uint64 // block of StorageRequested
	Params contracts.IMarketplaceV2RequestParams
	State  RequestStateV2
	// InitialFills counts first fills (the request turns Active at k+m).
	InitialFills uint8
	// EndEpoch is the current end (Params.EndEpoch until an extension).
	EndEpoch uint64
	// ReserveLeft is the repair reserve: Params.RepairReserve, minus
	// bonuses taken, plus top-ups and unvested bonus while live; 0 once
	// closed.
	ReserveLeft *big.Int
	// Covered, Settled and Paid are the contract's slot-epoch counters (§9.1).
	Covered, Settled, Paid uint64
	// Stop is NoEpoch while live, then the close's stop.
	Stop    uint64
	Closed  bool
	AtBlock uint64 // block of the last event that changed the request
}

// Slots is k + m.
func (r RequestV2) Slots() int { return int(r.Params.K) + int(r.Params.M) }

// Info is the request as the lens's requestInfo reports it. slashBps is
// the deployment's Config.SlashBps (slashPerMiss is derived from it).
func (r RequestV2) Info(slashBps uint16) contracts.IMarketplaceV2RequestInfo {
	p := r.Params
	coll := bigOr0(p.CollateralPerSlot)
	slash := new(big.Int).Mul(coll, big.NewInt(int64(slashBps)))
	slash.Add(slash, big.NewInt(9_999)).Div(slash, big.NewInt(10_000))
	return contracts.IMarketplaceV2RequestInfo{
		Client: r.Client, K: p.K, M: p.M, State: uint8(r.State), InitialFills: r.InitialFills,
		CancelOnExpiry: p.CancelOnExpiry, Price: bigOr0(p.PricePerSlotEpoch),
		StartEpoch: uint32(p.StartEpoch), EndEpoch: uint32(r.EndEpoch), ShardSize: p.ShardSize,
		Depth: depthOf(p.ShardSize / 64), Collateral: coll, SlashPerMiss: slash, Expiry: p.Expiry,
		AuthKey: p.AuthKey, RepairBonus: bigOr0(p.RepairBonus), ReserveLeft: bigOr0(r.ReserveLeft),
		Covered: r.Covered, Settled: r.Settled, Paid: r.Paid, Stop: uint32(r.Stop), Closed: r.Closed,
	}
}

// depthOf is MerkleVerifier.depthOf: ceil(log2(n)).
func depthOf(n uint64) uint8 {
	var d uint8
	for x := max(n, 1) - 1; x != 0; x >>= 1 {
		d++
	}
	return d
}

func bigOr0(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(x)
}

// SlotV2 is one slot of a v2 request. Slots nobody touched are not
// stored; SlotV2 answers them from the request.
type SlotV2 struct {
	ID      [32]byte
	Request [32]byte
	Index   uint64
	// TenureSet, TenureMid name the current tenure (0, 0: none).
	TenureSet uint64
	TenureMid uint32
	Lapses    uint8
	EverHeld  bool
	Faulted   bool
	Root      [32]byte
	// Holder is the provider of the last fill (kept after it ended).
	Holder  common.Address
	AtBlock uint64
}

// Tenure is the current tenure id (zero for none).
func (s SlotV2) Tenure() *big.Int { return tenureID(s.TenureSet, s.TenureMid) }

// Info is the slot as the lens's slotInfo reports it, without Kind (it
// depends on the epoch and block of the call: read slotInfo).
func (s SlotV2) Info() contracts.IMarketplaceV2SlotInfo {
	return contracts.IMarketplaceV2SlotInfo{
		SlotId: s.ID, Tenure: s.Tenure(), Lapses: s.Lapses, EverHeld: s.EverHeld, Faulted: s.Faulted, Root: s.Root,
	}
}

func tenureID(set uint64, mid uint32) *big.Int {
	id := new(big.Int).SetUint64(set)
	return id.Lsh(id, 32).Or(id, new(big.Int).SetUint64(uint64(mid)))
}

// SetState is a proof set's state, numbered as IMarketplaceV2.SetState.
type SetState uint8

// Set states.
const (
	SetActive SetState = iota
	SetFailed
	SetRetired
)

// Set is a proof set as its events describe it. The record fields that
// _advance moves without an event (head, pend, cumProven, cumMissed,
// missBits) are not here: read setInfo.
type Set struct {
	ID      uint64
	Owner   common.Address
	State   SetState
	Stop    uint64 // 0 while Active
	NextMid uint32
	Live    uint32
	// Counts is the newest view's member count per class (the mask's bits).
	Counts [32]uint32
	// Proofs counts SetProven events; LastProven is the newest one's epoch.
	Proofs     uint64
	LastProven uint64
	AtBlock    uint64
}

// Mask is the newest class mask (setInfo.mask).
func (s Set) Mask() uint64 {
	var m uint64
	for c, n := range s.Counts {
		if n > 0 {
			m |= 1 << c
		}
	}
	return m
}

// Tenure flags, as the contract's (market/v2 has the same).
const (
	FlagDeclined uint8 = 2
	FlagForfeit  uint8 = 4
	FlagFinal    uint8 = 8
	FlagBonus    uint8 = 16
)

// Tenure is one member of a set: the contract's tenure record as its
// events describe it, plus how it came (fill kind, epoch, filler).
type Tenure struct {
	Set     uint64
	Mid     uint32
	Request [32]byte
	Index   uint8
	Root    [32]byte
	Cls     uint8
	PosIdx  uint32
	Join    uint32
	End     uint32
	Settled uint32
	Proven  uint32
	Out     uint32
	Audit   uint32
	Flags   uint8
	// Collateral is what is left of it (slashes taken; 0 once Final).
	Collateral *big.Int
	Bonus      *big.Int
	BonusTerm  uint32
	Kind       uint8 // SlotFilled's kind (IMarketplaceV2.SlotKind)
	FillEpoch  uint64
	AtBlock    uint64
}

// ID is the tenure id, set << 32 | mid.
func (t Tenure) ID() *big.Int { return tenureID(t.Set, t.Mid) }

// eStar is e*(T) of §3.3.
func eStar(t Tenure, s Set, r RequestV2) uint64 {
	e := min(uint64(t.End), r.Stop)
	if s.State != SetActive {
		e = min(e, s.Stop)
	}
	return e
}

// bEnd is b(T) = max(join, e*).
func bEnd(t Tenure, s Set, r RequestV2) uint64 { return max(uint64(t.Join), eStar(t, s, r)) }

// faulted is fault(T) of §3.3.
func faulted(t Tenure, s Set, r RequestV2) bool {
	return t.Flags&FlagForfeit != 0 || s.State != SetActive && s.Stop < min(uint64(t.End), r.Stop)
}

// TenureView is a tenure with the lens's tenureInfo for it.
type TenureView struct {
	ID   *big.Int
	Mid  uint32
	Info contracts.IMarketplaceV2TenureInfo
}

// info is tenureInfo from the ledger: every field but PendingPay and
// PendingSlash, which need the set's per-epoch record (nil here; read
// tenureInfo).
func info(t Tenure, s Set, r RequestV2) contracts.IMarketplaceV2TenureInfo {
	e := eStar(t, s, r)
	bonus := bigOr0(t.Bonus)
	vested := new(big.Int)
	if bonus.Sign() > 0 && t.BonusTerm > 0 {
		vested.Mul(bonus, big.NewInt(int64(min(t.Proven, t.BonusTerm))))
		vested.Div(vested, big.NewInt(int64(t.BonusTerm)))
	}
	return contracts.IMarketplaceV2TenureInfo{
		Root: t.Root, Cls: t.Cls, PosIdx: t.PosIdx, Join: t.Join, End: t.End, Settled: t.Settled,
		Proven: t.Proven, Out: t.Out, Audit: t.Audit, Flags: t.Flags, Index: t.Index, RequestId: t.Request,
		Collateral: bigOr0(t.Collateral), Bonus: bonus, BonusTerm: t.BonusTerm, Owner: s.Owner, SetId: t.Set,
		EStar: uint32(e), B: uint32(max(uint64(t.Join), e)), Vested: vested,
	}
}
