// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IMarketplaceV2Config is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceV2Config struct {
	Token               common.Address
	EpochBlocks         uint64
	GraceBlocks         uint64
	FillDelayBlocks     uint64
	ReservationTTL      uint64
	MaxReservations     uint8
	Challenges          uint8
	FillChallenges      uint8
	MissWindow          uint16
	MissThreshold       uint16
	SlashBps            uint16
	DepositBps          uint16
	MaxShardSize        uint64
	MinCollateralPerGiB *big.Int
	MinDeposit          *big.Int
	AuditFee            *big.Int
}

// IMarketplaceV2Group is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceV2Group struct {
	Mid      uint32
	Cls      uint8
	Leaves   []uint64
	Root     [32]byte
	SlotId   [32]byte
	TenureId *big.Int
}

// IMarketplaceV2RequestInfo is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceV2RequestInfo struct {
	Client         common.Address
	K              uint8
	M              uint8
	State          uint8
	InitialFills   uint8
	CancelOnExpiry bool
	Price          *big.Int
	StartEpoch     uint32
	EndEpoch       uint32
	ShardSize      uint64
	Depth          uint8
	Collateral     *big.Int
	SlashPerMiss   *big.Int
	Expiry         uint64
	AuthKey        common.Address
	RepairBonus    *big.Int
	ReserveLeft    *big.Int
	Covered        uint64
	Settled        uint64
	Paid           uint64
	Stop           uint32
	Closed         bool
}

// IMarketplaceV2RequestParams is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceV2RequestParams struct {
	K                 uint8
	M                 uint8
	ShardSize         uint64
	StartEpoch        uint64
	EndEpoch          uint64
	PricePerSlotEpoch *big.Int
	CollateralPerSlot *big.Int
	Expiry            uint64
	AuthKey           common.Address
	CancelOnExpiry    bool
	RepairBonus       *big.Int
	RepairReserve     *big.Int
	ShardRoots        [][32]byte
	AllowedProviders  []common.Address
	Manifest          []byte
}

// IMarketplaceV2Reservation is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceV2Reservation struct {
	Reserver    common.Address
	BlockNumber uint64
	Level       uint8
	Ticketed    bool
}

// IMarketplaceV2SetInfo is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceV2SetInfo struct {
	Owner     common.Address
	Head      uint32
	Pend      uint8
	State     uint8
	Stop      uint32
	CumProven uint32
	CumMissed uint32
	NextMid   uint32
	Live      uint32
	MissBits  *big.Int
	Mask      uint64
}

// IMarketplaceV2SetView is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceV2SetView struct {
	Mask         uint64
	Counts       [32]uint64
	PaddedLeaves *big.Int
}

// IMarketplaceV2SlotInfo is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceV2SlotInfo struct {
	SlotId   [32]byte
	Tenure   *big.Int
	Lapses   uint8
	EverHeld bool
	Faulted  bool
	Kind     uint8
	Root     [32]byte
}

// IMarketplaceV2TenureInfo is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceV2TenureInfo struct {
	Root         [32]byte
	Cls          uint8
	PosIdx       uint32
	Join         uint32
	End          uint32
	Settled      uint32
	Proven       uint32
	Out          uint32
	Audit        uint32
	Flags        uint8
	Index        uint8
	RequestId    [32]byte
	Collateral   *big.Int
	Bonus        *big.Int
	BonusTerm    uint32
	Owner        common.Address
	SetId        uint64
	EStar        uint32
	B            uint32
	PendingPay   *big.Int
	PendingSlash *big.Int
	Vested       *big.Int
}

// MarketplaceV2MetaData contains all meta data concerning the MarketplaceV2 contract.
var MarketplaceV2MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"f\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AdvanceSetFirst\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AllowedProvidersMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyInRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyProven\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AuditNotResolvable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AuditOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadAuthKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadExpiry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPeerInfo\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRedundancy\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShardSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSlotIndex\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTicket\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTimeline\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CannotCancel\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EpochNotStarted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EpochOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EpochTooOld\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FillSeedUnavailable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FillTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ManifestTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoAudit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoHistoryContract\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoReservation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAllowedProvider\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAuditable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotClient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotCurrentTenure\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotExtendable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInView\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRemovable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSetOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToProve\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToSettle\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyDelegated\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofLengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestEnding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestNotLive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReservationExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootsCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SeedUnavailable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SetFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SetNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SetWouldFail\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SlotNotOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TenureFinal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TenureForfeit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TicketExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TicketInUse\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooLateToExtend\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyReservations\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownTenure\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"AuditAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"AuditRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"lapsed\",\"type\":\"bool\"}],\"name\":\"AuditResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"}],\"name\":\"ExtensionAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"}],\"name\":\"ExtensionDeclined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"FaultDeclared\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cls\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pos\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"MemberAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cls\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pos\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"MemberMoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"MemberRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerInfo\",\"type\":\"bytes\"}],\"name\":\"ProviderRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumIMarketplaceV2.RequestState\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stop\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"RequestClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newEndEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserveTopUp\",\"type\":\"uint256\"}],\"name\":\"RequestExtended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stop\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"RequestTerminated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"}],\"name\":\"ReservationEvicted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"ReservationLapsed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"SetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"SetFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"SetProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stop\",\"type\":\"uint256\"}],\"name\":\"SetRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromHead\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toHead\",\"type\":\"uint256\"}],\"name\":\"SetSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"enumIMarketplaceV2.SlotKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonus\",\"type\":\"uint256\"}],\"name\":\"SlotFilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ticketed\",\"type\":\"bool\"}],\"name\":\"SlotReserved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"m\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"shardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSlotEpoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateralPerSlot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"authKey\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"cancelOnExpiry\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"repairBonus\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repairReserve\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"shardRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"address[]\",\"name\":\"allowedProviders\",\"type\":\"address[]\"},{\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"}],\"indexed\":false,\"internalType\":\"structIMarketplaceV2.RequestParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"StorageRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"returned\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonusReturned\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"late\",\"type\":\"bool\"}],\"name\":\"TenureClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"}],\"name\":\"TenureCut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proven\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"missed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"TenureSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"AUDIT_EPOCHS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BURN_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPOSIT_STEPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ADVANCE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MANIFEST\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_INFO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SET_MEMBERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SLOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96[]\",\"name\":\"tenureIds\",\"type\":\"uint96[]\"}],\"name\":\"acceptExtension\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"answerAudit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"auditSlot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"cancelRequest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"clientNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"closedEpochs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epochBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"graceBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"fillDelayBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reservationTTL\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"maxReservations\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"fillChallenges\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"missWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"missThreshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"depositBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"maxShardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"minCollateralPerGiB\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"auditFee\",\"type\":\"uint256\"}],\"internalType\":\"structIMarketplaceV2.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"createSet\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"internalType\":\"uint32[]\",\"name\":\"mids\",\"type\":\"uint32[]\"}],\"name\":\"declareFaults\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96[]\",\"name\":\"tenureIds\",\"type\":\"uint96[]\"}],\"name\":\"declineExtension\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"}],\"name\":\"exitSlot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"newEndEpoch\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"reserveTopUp\",\"type\":\"uint256\"}],\"name\":\"extendRequest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"slots\",\"type\":\"bytes32[]\"}],\"name\":\"extsload\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"vals\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"facet\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"failRequest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"fillSlot\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"tid\",\"type\":\"uint96\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"finish\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastSetId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"poke\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveSet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"registerProvider\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"internalType\":\"uint32[]\",\"name\":\"mids\",\"type\":\"uint32[]\"}],\"name\":\"removeMembers\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"m\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"shardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSlotEpoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateralPerSlot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"authKey\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"cancelOnExpiry\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"repairBonus\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repairReserve\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"shardRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"address[]\",\"name\":\"allowedProviders\",\"type\":\"address[]\"},{\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"}],\"internalType\":\"structIMarketplaceV2.RequestParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"requestStorage\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"rid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"reserveSlot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"reserveSlotWithTicket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"}],\"name\":\"resolveAudit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"}],\"name\":\"retireSet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"seeds\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96[]\",\"name\":\"tenureIds\",\"type\":\"uint96[]\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"}],\"name\":\"settleSet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"sweepReservations\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"terminateRequest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ae0a2419012c46386aac1f5ecad5d08527",
	Bin: "0x6102c08060405234610705576020816164b98038038091610020828561088a565b83398101031261070557610033906108ad565b6040516379502c5560e01b81526001600160a01b03821661020082600481845afa918215610711575f9261071c575b5090602060049260405193848092634cdc9c6360e01b82525afa918215610711575f926106d9575b5080516001600160a01b03161580156106c4575b80156106a5575b8015610690575b8015610671575b8015610657575b8015610648575b8015610637575b8015610626575b8015610615575b80156105fd575b80156105ec575b80156105db575b80156105c0575b80156105ae575b801561059d575b8015610589575b8015610575575b801561055b575b801561054a575b801561052c575b801561051f575b801561050a575b80156104f5575b80156104e0575b80156104d7575b6104c8576080810180516101006001600160401b0390911611801561049e575b610409575b6101e09260018060a01b0383511660805260a05260018060401b0360208301511660c05260018060401b0360408301511660e05260018060401b036060830151166101005260018060401b039051166101205260ff60a0820151166101405260ff60c0820151166101605260ff60e0820151166101805261ffff610100820151166101a05261ffff610120820151166101c05261ffff61014082015116825261ffff610160820151166102005260018060401b0361018082015116610220526101a0810151610240526101c0810151610260520151610280526102a052604051615bc690816108f3823960805181818161050701528181612715015281816129cf01528181612dfb015281816149b60152614a52015260a05181818161102201528181612b1b01528181612c8b015281816141f501526144e1015260c051818181610ffb015281816112e10152818161274101528181612b4201528181612c2f0152614e7f015260e05181818161132b01528181612770015261421c01526101005181818161279f0152612ffe0152610120518181816127ce01528181612fd101526139850152610140518181816127f701528181612f9e015261370201526101605181818161145001528181611493015281816114c401528181611dbb0152612820015261018051818181612849015261309801526101a05181818161287301528181613b0301528181614b0f01526153af01526101c05181818161289e0152614d1401526101e051818181610a3201526128c90152610200518181816128f401526149340152610220518181816110d901526129240152610240518181816106c9015261294c015261026051818181612973015261496d01526102805181818161299a015261593b01526102a05181818160210152611f660152f35b5f19430143811161048a57805f5260205f818171f90827f1c53a10cb7a02335b1753200029355afa60203d1416905f519071f90827f1c53a10cb7a02335b1753200029353b15928315610481575b508215610475575b50501561016b5763a56a6b3f60e01b5f5260045ffd5b40141590505f8061045f565b1592505f610457565b634e487b7160e01b5f52601160045260245ffd5b50602082015160408301516001600160401b039182169116810190811061048a5761010010610166565b6301f30c8760e21b5f5260045ffd5b50438211610146565b506101a08101516001600160601b031061013f565b506101e08101516001600160601b0310610138565b506101c08101516001600160601b0310610131565b506101c08101511561012a565b506101808101516420000000006001600160401b0390911611610123565b50603f61018082015116151561011c565b5061018081015160406001600160401b0390911610610115565b5061271061ffff610160830151161161010e565b5061271061ffff6101408301511611610107565b5061ffff6101408201511615610100565b5061010061ffff8183015116116100f9565b5061ffff6101208201511661ffff61010083015116106100f2565b5061ffff61012082015116156100eb565b50604060ff60e083015116116100e4565b5060ff60e08201511660ff60c08301511610156100dd565b50602060ff60c083015116116100d6565b50600860ff60c083015116106100cf565b50600860ff60a083015116116100c8565b5060ff60a082015116156100c1565b506080810151611fff6001600160401b03909116116100ba565b50608081015160608201516001600160401b03918216911610156100b3565b5060608101516001600160401b0316156100ac565b50604081015160208201516001600160401b03918216911611156100a5565b5060208101516001600160401b03161561009e565b9091506020813d602011610709575b816106f56020938361088a565b810103126107055751905f61008a565b5f80fd5b3d91506106e8565b6040513d5f823e3d90fd5b9150610200823d8211610882575b81610738610200938361088a565b8101031261070557604051610200810192906001600160401b0384118185101761086e576101e0602092600495604052610771816108ad565b835261077e8482016108c1565b8484015261078e604082016108c1565b604084015261079f606082016108c1565b60608401526107b0608082016108c1565b60808401526107c160a082016108d5565b60a08401526107d260c082016108d5565b60c08401526107e360e082016108d5565b60e08401526107f561010082016108e3565b61010084015261080861012082016108e3565b61012084015261081b61014082016108e3565b61014084015261082e61016082016108e3565b61016084015261084161018082016108c1565b6101808401526101a08101516101a08401526101c08101516101c084015201516101e08201529250610062565b634e487b7160e01b5f52604160045260245ffd5b3d915061072a565b601f909101601f19168101906001600160401b0382119082101761086e57604052565b51906001600160a01b038216820361070557565b51906001600160401b038216820361070557565b519060ff8216820361070557565b519061ffff821682036107055756fe6103606040526004361015610057575b3461005357604051365f82375f8036837f00000000000000000000000000000000000000000000000000000000000000005af43d5f833e1561004f573d90f35b3d90fd5b5f80fd5b5f3560e01c806314a12f00146140fa57806327168194146140dd5780632db22b6e14612ebc5780633ccfd60b14612d8b5780633f82c57a14612cae5780634cdc9c6314612c745780634dd3ab2314612bfc578063635c1ad514612be05780636f6f38d214612bc457806370a0823114612b8c57806373f4256114612b6f5780637667180814612b01578063766f451f14612adb57806379502c55146126da5780639178274a146126a257806395fd7e33146122c65780639aaf9375146121b15780639b0398ec14612196578063a16a7d7a14611fb1578063b2a7f8ed14611f95578063b6010cab14611f51578063c0f3f2e914611f37578063ce1344fb14611243578063dbd035ff146111a2578063e8a28bea14611187578063ec286e4b14610560578063f0503e8014610536578063fc0c546a146104f2578063fccc2813146104d6578063fd7ddd591461036b5763fde630560361000f5734610053576020366003190112610053576004356101cc6144a4565b6101d46144d9565b50805f52600260205260405f206101ea81614539565b6101f26141f0565b600182019063ffffffff825460801c1680911061035c57825460ff60b01b1916600360b01b17835560058301805463ffffffff60c01b191660c083901b63ffffffff60c01b161781557fefefc1c8b92601201d3d1710fed5b6342e38e3529ead6253cedce11b28d4a4409360609390915f906103159060049061030a906001600160601b036103036102ab835498600160e01b60ff60e01b198b161780955554936001600160401b03808260801c169160401c166141c5565b6102fd8a54996001600160401b036102f56102d28d60ff808260a81c169160a01c1661425a565b606063ffffffff8a6102ef921c1663ffffffff8b60801c166141c5565b9061440d565b9116906141c5565b9061425a565b911661440d565b94019384549061425a565b925560018060a01b03165f52600960205260405f2061033582825461425a565b9055604051916003835260208301526040820152a25f5f516020615ba65f395f51905f525d005b63085de62560e01b5f5260045ffd5b34610053576020366003190112610053576004356001600160401b0381116100535761039b903690600401614195565b6103a36144a4565b6103ab6144d9565b506103b46142c6565b915f915f905f5b818110610400578585156103f1576040816103d86103df93615b6e565b015161499f565b5f5f516020615ba65f395f51905f525d005b630c30209d60e31b5f5260045ffd5b61040b8183866142f4565b356001600160601b038116810361005357806001600160401b03889260201c166001600160401b038616810361045d575b509061044791614fa1565b610454575b6001016103bb565b6001945061044c565b91509350805f52600c60205260405f2080549160ff8360c81c169160038310156104c257610447938a931590816104af575b5061049e575b5094909161043c565b6104a89082614aca565b5089610495565b6001600160a01b0316151590508b61048f565b634e487b7160e01b5f52602160045260245ffd5b34610053575f36600319011261005357602060405161dead8152f35b34610053575f366003190112610053576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610053576020366003190112610053576004355f526008602052602060405f2054604051908152f35b34610053576020366003190112610053576001600160401b03600435116100535760043536036101e06003198201126100535761059b6144a4565b6105a36144d9565b6105ce60ff6105b66004356004016143b6565b1660ff6105c76024600435016143b6565b169061425a565b9060ff6105df6004356004016143b6565b1615801561116f575b8015611165575b6111575781610609610184600435016004356004016143c4565b905003611148576106256101a4600435016004356004016143c4565b9050151580611128575b611119576001600160401b036106496044600435016143f9565b16158015611100575b80156110c0575b6110b1576001600160401b036106736064600435016143f9565b16108015611081575b801561105d575b61104e5761069560e4600435016143f9565b6001600160401b0343911611801590610fcc575b610fbd576106ee6001600160401b036106c66044600435016143f9565b167f00000000000000000000000000000000000000000000000000000000000000009061440d565b6340000000810190818111610e6b57633fffffff01908111610e6b5760a4600435013515908115610fa6575b8115610f93575b508015610f85575b8015610f6f575b8015610f58575b8015610f41575b8015610f2a575b610f1b576107a161079361075f8360a4600435013561440d565b6001600160401b0361078c6107786084600435016143f9565b6107866064600435016143f9565b90614420565b169061440d565b61016460043501359061425a565b916001600160801b038311610f1b576001600160a01b036107c760043561010401614440565b1615610f0c57602219016004356101c401351215610053576101c46004350135600435016004810135906001600160401b0382116100535760248236039101136100535761100010610efd575f5b818110610e935750335f52600160205260405f2080549061083582614454565b905560405160208101904682523060408201523360608201528260808201526080815261086360a0826142a5565b5190205f81815260026020526040902080546001600160a01b03191633178155909261089260048035016143b6565b825460ff60a81b6108a76004356024016143b6565b60ff60b01b1961ffff60a01b1990931660a09490941b60ff60a01b169390931760a89390931b169190911716600160b01b178255600435610124013591821515830361005357805460ff60c01b191683151560c01b60ff60c01b161781556001810180546bffffffffffffffffffffffff191660043560a48101356001600160601b0316919091179091556109709063ffffffff90610948906064016143f9565b60018401805463ffffffff60601b19169290911660601b63ffffffff60601b16919091179055565b61097e6084600435016143f9565b600182015467ffffffffffffffff60a01b61099d6004356044016143f9565b60a01b16906703ffffffffffffff6109b96044600435016143f9565b60061c165f908015155f14610e8c575f19015b805b610e7f575060ff60e01b9060e01b169263ffffffff60801b9060801b16906cffffffffffffffffffffffffff60801b1916171717600182015560028101906001600160601b038060c4600435013516166001600160601b0319835416178255610a5d7f000000000000000000000000000000000000000000000000000000000000000060c4600435013561440d565b9161270f8301809311610e6b5780546bffffffffffffffffffffffff60601b191661271090930460601b6bffffffffffffffffffffffff60601b16929092178255600591610aaf60e4600435016143f9565b81546001600160c01b031660c09190911b6001600160c01b031916179055610adc60043561010401614440565b60043561014481013560a01b6001600160a01b0319166001600160a01b03929092169190911760038301556101640135610e50575b01805463ffffffff60c01b191663ffffffff60c01b179055610b3c600480356101a4810191016143c4565b90505f5b828110610d80575050506040519182526040602083015260ff610b67600435600401614462565b16604083015260ff610b7d602460043501614462565b1660608301526001600160401b03610b9960446004350161412a565b1660808301526001600160401b03610bb560646004350161412a565b1660a08301526001600160401b03610bd160846004350161412a565b1660c083015260a4600435013560e083015260c460043501356101008301526001600160401b03610c0660e46004350161412a565b166101208301526001600160a01b03610c2460043561010401614181565b166101408301521515610160820152600480356101448101356101808401526101648101356101a0840152610c5f9161018482019101614470565b6101e06101c084015261022083018190526001600160fb1b0381116100535760051b8091610240840137810192610240840193610260610caa6101a460043501600435600401614470565b610200868503016101e0870152968790529101945f5b818110610d5a575050506004356101c460043501350193602460048601359501906001600160401b038611610053578536038213610053577fda2894790ac9ebd45e17c02c1d2df7a254ee6865cf326fa4511b80017d2fee5484610d4295610d3a889460209a603f1984830301610200850152339761434d565b0390a3614a48565b5f5f516020615ba65f395f51905f525d604051908152f35b909195602080600192838060a01b03610d728b614181565b168152019701929101610cc0565b600190865f528060205260405f20610dad82610da7610184600435016004356004016143c4565b906142f4565b35815f52600460205260405f205583151584610e1c575b610dd0575b5001610b40565b610df1610dec83610da76101a4600435016004356004016143c4565b614440565b905f52600560205260405f2090838060a01b03166001600160601b0360a01b82541617905588610dc9565b5081610e48610dec610e396101a4600435016004356004016143c4565b878060a09693961b03946142f4565b161515610dc4565b6001600160801b036101646004350135166004820155610b11565b634e487b7160e01b5f52601160045260245ffd5b6001918201911c806109ce565b505f6109cc565b610eac81610da7610184600435016004356004016143c4565b358015610eee575f5b828110610ec6575050600101610815565b81610ee082610da7610184600435016004356004016143c4565b3514610eee57600101610eb5565b632d69855760e01b5f5260045ffd5b63a1e0145760e01b5f5260045ffd5b6335d2fd8360e01b5f5260045ffd5b63749b593960e01b5f5260045ffd5b5060c4600435013561014460043501351015610745565b50610164600435013561014460043501351161073e565b506001600160601b03610164600435013511610737565b506001600160601b0360c4600435013511610730565b5060c4600435013515610729565b9050601e1c60c460043501351083610721565b6001600160601b0360043560a4013511915061071a565b63f4ad9a1f60e01b5f5260045ffd5b50610fdb60e4600435016143f9565b6001600160401b0361104661102082610ff86084600435016143f9565b167f00000000000000000000000000000000000000000000000000000000000000009061440d565b7f000000000000000000000000000000000000000000000000000000000000000061425a565b9116116106a9565b632110543960e11b5f5260045ffd5b5063ffffffff6001600160401b036110796084600435016143f9565b161015610683565b506110906084600435016143f9565b6001600160401b03806110a76064600435016143f9565b169116111561067c565b633bff22c160e01b5f5260045ffd5b506110cf6044600435016143f9565b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000911611610659565b50603f6111116044600435016143f9565b161515610652565b6307ff1db360e21b5f5260045ffd5b508161113f6101a4600435016004356004016143c4565b9050141561062f565b633b396da360e01b5f5260045ffd5b62edcf4160e21b5f5260045ffd5b50602082116105ef565b5060ff6111806024600435016143b6565b16156105e8565b34610053575f36600319011261005357602060405160068152f35b34610053576020366003190112610053576004356001600160401b038111610053576111d2903690600401614195565b6111db81614384565b915f5b82811061122a57836040518091602082016020835281518091526020604084019201905f5b818110611211575050500390f35b8251845285945060209384019390920191600101611203565b8060019160051b602081850135549187010152016111de565b346100535760603660031901126100535761125c614114565b60243560c05263ffffffff60c0511660c05103610053576044356001600160401b0381116100535761129290369060040161413e565b919061129c6144a4565b6112a46144d9565b506001600160401b0382165f52600c60205260405f209081543360018060a01b03821603611f285760c81c60ff1660038110156104c257611f19577f00000000000000000000000000000000000000000000000000000000000000006113156110208263ffffffff60c0511661440d565b804310611f0a57611350916113299161425a565b7f00000000000000000000000000000000000000000000000000000000000000009061425a565b431015611efb576113618284614aca565b60028114611eec57611edd57815460805263ffffffff60805160a01c165f908063ffffffff60c05116145f14611eb85750506001915b82158015611ea5575b611e96576113ba63ffffffff60c051166003830154614f58565b938415611e87576113d263ffffffff60c05116614e5f565b908115611e785790949386905f95945f61042096604051976113f4818a6142a5565b602089526104003660208b01376040516102c052611415816102c0516142a5565b60206102c05152506104003660206102c05101375f6001600160401b0387165f52600d60205260405f20825f935b611de157505050506114747f0000000000000000000000000000000000000000000000000000000000000000614384565b6101e0526001600160401b0385165f52600e60205260405f20985f955b7f00000000000000000000000000000000000000000000000000000000000000006001600160fe1b0381169003610e6b577f000000000000000000000000000000000000000000000000000000000000000060021b871080611db8575b156115f1578260606040518481528360208201528960408201522006945f955b61151b876102c051614f8d565b519081811061153d5761153791611531916141c5565b96614454565b9561150e565b9195999498929661155291508b989498614f8d565b5181811c8160201b175f528c60205261157763ffffffff60c0511660405f2054614f58565b6001821b5f19810190808211610e6b57611595908360201c906141c5565b818516106115b8575b505050506115ab90614454565b9591969293949094611491565b929c926115c484614454565b9d1660081b9060481b63ffffffff60481b161717906101e051906115e791614f8d565b528b80808061159e565b84888b888760015b838110611d5857508260018111611cff575b506001600160401b0386165f52601060205260405f206102a0525f905f935f905b8082106116e357505050036116d4576116c55761166f60ff611675931660ff60805160c01c1617829081549060ff60c01b9060c01b169060ff60c01b1916179055565b82614aca565b507f90f67dda972d90a4aded25a2c99a7f46703366176a529fc1ba3ee5dba4e87d6b60206001600160401b036040519363ffffffff60c0511685521692a25f5f516020615ba65f395f51905f525d005b6309bde33960e01b5f5260045ffd5b637b2a958160e11b5f5260045ffd5b93969197929590946116f8866101e051614f8d565b5160481c9760018701808811610e6b57610260525b85610260511080611ce3575b156117335761172a61026051614454565b6102605261170d565b93979195969094929661175161174c82610260516141c5565b614384565b92815b610260518110611cac575060ff9163ffffffff806117899316165f526102a05160205260405f2054610220526101e051614f8d565b51166101a0525f610280819052825160e0819052918a0161018052600161020052604051610240528115611c975750600114611be65760e05160600261024051016101c0525f5b60e0518110611ae557505060e05160061b6101805101610180525f610100525b6101a051610160525f5b60e0518110611ab957506101005161016051036119c9575b6101a05161010051146119be575f5f610140525b60e05161014051106118aa5760e05260016101005101610100526101a05161010051036117f0579091929394955b60206102405101515b610200511561189e576102205103611893575b6102805161188a575b80610180510391610260519061162c565b60019350611879565b600261028052611870565b50600361028052611870565b6001906101405160600261024051018051610120526040810151908361012051165f146119415760209081610180516101c05137015160206101c05101526020610180510161018052826101405101610140525b6020808360600261024051010160406101c05160025afa61020051166102005261012051831c826060026102405101526040826060026102405101015201611826565b83610140510160a05283610120510160608201511460e05160a0511016841461199157602001516101c05152602061018051816101c0510137602061018051016101805260a051610140526118fe565b60a0915060208101516101c05152608081015160206101c0510152015160026101405101610140526118fe565b909192939495611854565b5f5b60e05181106119fb575061010051610160510360e05160051b026101805101610180526101605161010052611812565b61024051606082020180516020909101516101c05152610180515f90600584901b015b6101005161016051038210611a5f575050906001916101c05151602083606002610240510101526101005161016051031c81606002610240510152016119cb565b60019083831c821615611aaa576101c0515160206101c05101526020816101c051375b60206101c05160406101c05160025afa61020051166102005260e05160051b01910190611a1e565b602081816101c0510137611a82565b80604060019260600261024051010151610160518110611adb575b50016117fa565b6101605289611ad4565b80604060019260061b61018051016101c051376020808260600261024051010160406101c05160025afa6102005116610200528060051b8301602081015180836060026102405101526101a0519160e05185850110611b54575b505060408260600261024051010152016117d0565b604001515f92501863ffffffff8111611bdb575b61ffff8111611bcf575b60ff8111611bc3575b600f8111611bb7575b60038111611bab575b838111611ba0575b015f19018b80611b3f565b90830190831c611b95565b6002918201911c611b8d565b6004918201911c611b84565b6008918201911c611b7b565b6010918201911c611b72565b60209150811c611b68565b60209097919293949596970151604061018051610240513760206102405160406102405160025afa6102005260406101805101610180525f5b6101a0518110611c35575050610240515161185d565b60019082811c821615611c85576102405151602061024051015260206101805161024051375b60206102405160406102405160025afa610200511661020052602061018051016101805201611c1f565b60206101805181610240510137611c5b565b9150505f61020098929394959697985261185d565b806001600160401b03611cc46001936101e051614f8d565b5160081c16611cdc611cd686846141c5565b88614f8d565b5201611754565b5088611cf5610260516101e051614f8d565b5160481c14611719565b60019350835b818110611d12575061160b565b60208160051b6101e05101015160205f19870160051b6101e0510101518103611d3f575b50600101611d05565b6101e051600587901b0160200152600194850194611d36565b60208160051b6101e05101015181805b611d84575b9060206001939260051b6101e051010152016115f9565b6101e0515f19820160051b016020015182811115611db25760208260051b6101e0510101525f190180611d68565b50611d6d565b507f00000000000000000000000000000000000000000000000000000000000000008a106114ee565b8a6001829e999e9b969a98979b16611e18575b5060011c9283929190611e0690614454565b939091929c979c999596989499611443565b611e688486959b611e6e93611e06985f9796975285602052611e628389611e58611e4e63ffffffff60c0511660405f2054614f58565b821b968795614f8d565b526102c051614f8d565b5261425a565b99614454565b929350908a611df4565b634961d2c560e11b5f5260045ffd5b6350ad628b60e01b5f5260045ffd5b630b01a8d960e21b5f5260045ffd5b5060ff8360805160c01c161615156113a0565b60018194929401809111610e6b5763ffffffff60c05116036113975760029250611397565b6331a8ea4760e01b5f5260045ffd5b630780cf0960e21b5f5260045ffd5b63ee19d85560e01b5f5260045ffd5b6333e7d47160e11b5f5260045ffd5b63ad6cc2e160e01b5f5260045ffd5b63236eb3d160e01b5f5260045ffd5b34610053575f366003190112610053576020604051818152f35b34610053575f366003190112610053576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610053575f3660031901126100535760206040516101008152f35b34610053576020366003190112610053576004356001600160401b03811161005357611fe190369060040161413e565b611fe96144d9565b508015801561218b575b61217c57335f525f60205260405f20916001600160401b0382116121685761201b8354614315565b601f8111612123575b505f92601f831160011461209b579061208b91837f3a9efe5261ee36968816287a9ff9fa8f343fadc8c9b995c3bdc1e24d1b885e2c94955f91612090575b508560011b905f198760031b1c19161790555b604051918291602083523395602084019161434d565b0390a2005b905082013586612062565b601f198316815f5260205f20905f5b81811061210b57509084957f3a9efe5261ee36968816287a9ff9fa8f343fadc8c9b995c3bdc1e24d1b885e2c9561208b959493106120f2575b5050600185811b019055612075565b8301355f19600388901b60f8161c1916905585806120e3565b848701358355602096870196600190930192016120aa565b835f5260205f20601f840160051c8101916020851061215e575b601f0160051c01905b8181106121535750612024565b5f8155600101612146565b909150819061213d565b634e487b7160e01b5f52604160045260245ffd5b6369e4784d60e01b5f5260045ffd5b506104008111611ff3565b34610053575f36600319011261005357602060405160028152f35b34610053575f366003190112610053576121c96144d9565b335f525f6020526121dd60405f2054614315565b156122b757600b546001600160401b0381166001600160401b038114610e6b5767ffffffffffffffff1990911660019182016001600160401b0316908117600b555f818152600c6020526040902080546001600160a01b031916331781559290918101908110610e6b57825463ffffffff60a01b191660a09190911b63ffffffff60a01b1617825560209160010180546bffffffff00000000000000001916680100000000000000001790556040519033817f96e0de19a23bb62963839dcb67677ead1e374cf4fd4270d20b8e234ec529333a5f80a38152f35b63aba4733960e01b5f5260045ffd5b34610053576040366003190112610053576122df614114565b6024356001600160401b038111610053576122fe903690600401614195565b906123076144a4565b61230f6144d9565b926123198161479c565b925f6001860186115b82821061233b575f5f516020615ba65f395f51905f525d005b6001600160401b0384165f52601060205260405f2063ffffffff61236861236385878a6142f4565b614304565b165f5260205260405f2091600183019182549363ffffffff8560281c161561269357889063ffffffff8660a81c166126865782918160026123b69301545f52600260205260405f2090614eec565b90610e6b5760018a0110612677576123d261236383878a6142f4565b9363ffffffff8160081c166001600160401b0388165f52600d60205260405f2060ff83165f5260205260405f20546001600160401b038160801c1691825f19810111610e6b57600183820301612543575b50612433908c5f19840191615853565b6001600160401b0389165f52600d60205260405f2060ff84165f5260205260405f20555f190115612513575b505f1963ffffffff60018a015460601c160163ffffffff8111610e6b5760018901805463ffffffff60601b191660609290921b63ffffffff60601b16919091179055610e6b5760019163ffffffff60a81b838a0160a81b1663ffffffff60a81b198254161790555f9263ffffffff6040519116815282890160208201527f8e527db6850da0ff2a0d9ac11598cf0761cac9590eb12d5bb1d6996937005a6b60406001600160401b03881692a25b0190612322565b61253b60038a01918b6001600160401b03845492600160ff8560801c92161b19161691615853565b90558961245f565b9350612433906001600160401b038a165f52600e6020528c7fc23b6fc5c3bf91e23cc29c3f18efb81e1f4fc5a32ca93588800fa0b4da2804ac6001600160401b038c61266e60405f2064ff000000008a60201b16905f198a0182175f5260205260405f205460801c906125d58c8684169217918686165f52600e60205260405f20835f526020528860405f2054615853565b908585165f52600e60205260405f20905f5260205260405f20558383165f52601060205263ffffffff60405f2091169063ffffffff82165f526020526126388b600160405f20019064ffffffff0082549160081b169064ffffffff001916179055565b5f9a60016040519586951697019160ff8c1690859094939260609263ffffffff6080840197168352602083015260408201520152565b0390a290612423565b635057a33f60e01b5f5260045ffd5b505092506001915061250c565b63063dbced60e21b5f5260045ffd5b34610053576020366003190112610053576001600160a01b036126c361416b565b165f526001602052602060405f2054604051908152f35b34610053575f366003190112610053576040516102008101908082106001600160401b03831117612168576102009160405260018060a01b037f00000000000000000000000000000000000000000000000000000000000000001681526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660208201526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660408201526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660608201526001600160401b037f000000000000000000000000000000000000000000000000000000000000000016608082015260ff7f00000000000000000000000000000000000000000000000000000000000000001660a082015260ff7f00000000000000000000000000000000000000000000000000000000000000001660c082015260ff7f00000000000000000000000000000000000000000000000000000000000000001660e082015261ffff7f00000000000000000000000000000000000000000000000000000000000000001661010082015261ffff7f00000000000000000000000000000000000000000000000000000000000000001661012082015261ffff7f00000000000000000000000000000000000000000000000000000000000000001661014082015261ffff7f0000000000000000000000000000000000000000000000000000000000000000166101608201526001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166101808201527f00000000000000000000000000000000000000000000000000000000000000006101a08201527f00000000000000000000000000000000000000000000000000000000000000006101c08201527f00000000000000000000000000000000000000000000000000000000000000006101e08201526101e06040519160018060a01b037f00000000000000000000000000000000000000000000000000000000000000001683526001600160401b0360208201511660208401526001600160401b0360408201511660408401526001600160401b0360608201511660608401526001600160401b03608082015116608084015260ff60a08201511660a084015260ff60c08201511660c084015260ff60e08201511660e084015261ffff6101008201511661010084015261ffff6101208201511661012084015261ffff6101408201511661014084015261ffff610160820151166101608401526001600160401b03610180820151166101808401526101a08101516101a08401526101c08101516101c084015201516101e0820152f35b34610053575f3660031901126100535760206001600160401b03600b5416604051908152f35b34610053575f366003190112610053576020612b67612b407f0000000000000000000000000000000000000000000000000000000000000000436141c5565b7f0000000000000000000000000000000000000000000000000000000000000000906141d2565b604051908152f35b34610053575f366003190112610053576020600a54604051908152f35b34610053576020366003190112610053576001600160a01b03612bad61416b565b165f526009602052602060405f2054604051908152f35b34610053575f3660031901126100535760206040516104008152f35b34610053575f3660031901126100535760206040516110008152f35b34610053576020366003190112610053576001600160401b03612c1d614114565b612c256144d9565b5016612c546110207f00000000000000000000000000000000000000000000000000000000000000008361440d565b4310611f0a57612c6390614e5f565b8015611e7857602090604051908152f35b34610053575f3660031901126100535760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461005357602036600319011261005357612cc7614114565b612ccf6144a4565b612cd76144d9565b506001600160401b0381165f818152600c602052604090208054919291906001600160a01b03821615612d7c5760ff8260c81c1660038110156104c257611f1957612d2d8163ffffffff809460a01c1694614aca565b505460a01c168181146103f1577fb6caee032d3701cd6c168cceba5d410866bcb682069d540e3df935252cd237b19160409182519182526020820152a25f5f516020615ba65f395f51905f525d005b632b3ddb2960e01b5f5260045ffd5b34610053575f36600319011261005357612da36144a4565b612dab6144d9565b50335f52600960205260405f20548015612ead57335f5260096020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a27f00000000000000000000000000000000000000000000000000000000000000009060405163a9059cbb60e01b5f52336004528160245260205f60448180875af19060015f5114821615612e8c575b60405215612e6b576020905f5f516020615ba65f395f51905f525d604051908152f35b50635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b906001811516612ea457833b15153d15161690612e48565b503d5f823e3d90fd5b630686827b60e51b5f5260045ffd5b34610053576080366003190112610053576044356001600160401b0381168103610053576064356001600160401b03811161005357612eff90369060040161413e565b610320526102e052612f0f6144a4565b612f176144d9565b906004355f52600260205260405f2091612f3083614539565b612f47835460ff808260a81c169160a01c1661425a565b60243510156140ce576004355f5260243560205260405f2090815f52600360205260405f2091612f7882848761458c565b91600583101591826104c25783156140bf575f92815f52600660205260405f205f905f5b7f00000000000000000000000000000000000000000000000000000000000000008110614079575b5050801561406a57612ff67f00000000000000000000000000000000000000000000000000000000000000008261425a565b431161405b577f000000000000000000000000000000000000000000000000000000000000000090613028828261425a565b43111561404d576130419161303c9161425a565b61473c565b801561403e576001600160401b0388165f52600c6020523360018060a01b0360405f20541603611f28576130748861479c565b50825f52600460205260405f205460018a0154906703ffffffffffffff8260a61c167f0000000000000000000000000000000000000000000000000000000000000000906130c182614384565b946040519081528760208201523360408201525f60608201905b848110614022575050505050825160015b818110613fd1575060018111613f7e575b505f918351610340526102e0516001915f91604051926103405190815f14613f715750600114613eef57610340516060028301965f5b610340518110613e075750506103405160061b01955f5b60ff8360e01c165f5b610340518110613ddd575081810380613d50575b505060ff8360e01c168114613d45575f5f5b610340518110613c775750610340526001019060e083901c60ff1682146131a0579061314a565b5050506020905b0151905b15613c6d5703613c65575b9061032051906102e051900303613c5d575b600181146116d4576116c5576131dc6142c6565b945f9187546001600160601b0381169081613b29575b505063ffffffff60018b015460801c16906104c257600382149081613ae7575b50613a99575b6001600160401b0388165f52600c60205260405f2063ffffffff600182015460401c169760018901808a11610e6b5763ffffffff60401b8060018501549260401b16169063ffffffff60401b1916176001830155600186018611610e6b578960018701928c8b60018201549563ffffffff8760601c168060018d0110613a91575b506001600160401b0385165f90815260106020908152604080832063ffffffff8616845282528083206004803585526024358452828520855290925290912054815560018101805460388a901c63ffffffff60481b16602885901b68ffffffff00000000001660e08c901c60ff1670ffffffffffffffffffffffff00000000ff1990931683171717606885901b63ffffffff60681b16179091559590918c91908b15613a8b5760105b60018501805460ff60e81b191660e89290921b60ff60e81b1691909117905560018401805460ff60f01b191660243560f01b60ff60f01b161790556004356002808601919091558601546003850180546001600160c01b0319166001600160601b039092169190911760608e901b6bffffffffffffffffffffffff60601b161781556133d88263ffffffff60808e901c166141c5565b815463ffffffff60c01b191660c09190911b63ffffffff60c01b161790558960801c63ffffffff169061340a916141c5565b6001600160401b0316600586019081546001600160401b03169061342d9161490e565b6001600160401b03166001600160401b03198254161790556001871b946001015460a61c6703ffffffffffffff1661346590866141c5565b936001600160401b0382165f52600d60205260405f20885f5260205260405f2054948560801c936001600160401b038516809c60c01c64ff000000001617926001600160401b0385165f52600e60205260405f20845f5260205260405f20549260201b17906134d392615853565b916001600160401b03165f52600e60205260405f20905f5260205260405f205563ffffffff16906001019061351e919064ffffffff0082549160081b169064ffffffff001916179055565b60018601808711610e6b5761353e8f92918c6001600160401b0393615853565b91165f52600d60205260405f20845f5260205260405f20558415613a63575b5063ffffffff600182015460601c169060018201809211610e6b57621000008211613a54576001908101805463ffffffff60601b606094851b1663ffffffff60601b199091161790556040805163ffffffff8e1681526020808201959095529081019590955288019084015260ff92908b901b6bffffffffffffffff00000000168a17906001600160401b038c16907fe914bbde0ffbf9a66bede7d6c89d776e11880143ef8d93ff61664c7c6859337f90608090a35460681c16156139d1575b6040516136298161428a565b602089811b6bffffffffffffffff0000000016891782525f8282018181526001604080860191825260608087018581528a865260038752828620975188549551945191516effffffffffffffffffffffffffffff199096166001600160601b03918216179490921b60ff60601b169390931792151560681b60ff60681b169290921792151560701b60ff60701b1692909217909455600435808352600784528183203384528452818320805460ff191660029081179091558884526006855282842091845293849052908220909201549098921690885b7f0000000000000000000000000000000000000000000000000000000000000000811061382d57505050986137ba946137ab946001600160601b0394600294604060209e019a8b526040519360243585528e8501526bffffffffffffffff000000008d8f1b168c1760408501526060840152608083015233917f90d33906665cb16255fc2f4a6eb522a54c023cdffbce59c47c1604f90db2425760a060043592a4015416928361492e565b92828411613806575b5161499f565b8181116137ed575b50505f5f516020615ba65f395f51905f525d6bffffffffffffffff0000000060405192841b16178152f35b6137ff916137fa916141c5565b614a48565b83806137c2565b61381083856141c5565b335f526009885261382660405f2091825461425a565b90556137b4565b60ff9961383a8284614267565b506040519b8c9161384a8361428a565b546001600160a01b0381169283905260a081901c6001600160401b031660208f015260e081901c821660408f015260e81c16151560608d0152156139b4576138928284614267565b6139be575f90558a516001600160a01b031633146139b4576004355f9081526007602090815260408083208e516001600160a01b0316845290915290819020805460ff191690558b01516138e99060ff168561492e565b9060608c01511580613974575b156139465790887ffc0fe40ca2cc602e16b3c2ac947d8db6f65e0f1387019a40c158e0cfad7a5c11602061392d846001979661425a565b9e868060a01b0390511693604051908152a35b01613700565b9a516001600160a01b03165f90815260096020526040902080546001939261396d9161425a565b9055613940565b506139ad8c6001600160401b0360207f00000000000000000000000000000000000000000000000000000000000000009201511661425a565b43116138f6565b9950600190613940565b634e487b7160e01b5f525f60045260245ffd5b885460ff8160b81c169060018201809211610e6b5760ff60b81b191660b882901b60ff60b81b1617808b5590613a1660a883901c60ff9081169060a085901c1661425a565b149081613a3a575b501561361d57885460ff60b01b1916600160b11b17895561361d565b60ff915060b01c1660078110156104c2576001148a613a1e565b6368d56d9360e01b5f5260045ffd5b613a8360038301918a8354916001600160401b038360801c161791615853565b90558d61355d565b5f613342565b90505f613299565b60048901805460038b015490935060a01c83811015613ae0575b809381613ac3575b505050613218565b6001600160801b0391613ad5916141c5565b169055898080613abb565b5082613ab3565b9050600185018511610e6b57613b019060018601906141c5565b7f0000000000000000000000000000000000000000000000000000000000000000108a613212565b909150613b5d826001600160401b038160201c165f52601060205263ffffffff8060405f209216165f5260205260405f2090565b5f9260038503613c1e5760018201805460ff60e81b19811660e891821c60ff1660041790911b60ff60e81b161781558d906008905460e81c1615613bea575b5050505b6004355f90815260076020908152604080832093821c6001600160401b03168352600c8252808320546001600160a01b0316835292905220805460ff191660031790558a806131f2565b613c16926001600160401b038560201c165f52600c60205263ffffffff60405f205460d01c16926147ee565b8b808c613b9c565b9063ffffffff600182015460481c166001890191828a11610e6b57828f9211613c4b575b50505050613ba0565b613c54936147ee565b8b808c81613c42565b5060016131c8565b5060026131b6565b50505060036131b6565b989591929089606002860180519760408201519160018a165f14613cd55760016020838160409481859998978b37015182890152019d01955b836060028a01906020808301848960025afa169a851c81520152019192919092613179565b90919b600181016103005260018a0160608301511461034051610300511016600114613d1c5750600192916020809201518552818181870137019a60406103005195613cb0565b90600193929c50600260a082602060409401518852608081015160208901520151920195613cb0565b5050506020906131a7565b909891506103405160051b5f5b610340518110613d7257500201965f80613167565b806060028701805160208201805188528360051b87015f5b878110613da357505087519052841c9052600101613d5d565b909b8660019160208f8d8589881c165f14613dd5578281519101528d375b60208c60408160025afa169d019101613d8a565b820137613dc1565b60408160609594950287010151828110613dfe575b50600101929192613153565b91506001613df2565b8060019160600286019660408260061b86018c37602080890160408d60025afa16968160051b840190602082015180825260ff8860e01c16926103405186860110613e59575b50506040015201613133565b6040929350820151185f9063ffffffff8111613ee4575b61ffff8111613ed8575b60ff8111613ecc575b600f8111613ec0575b60038111613eb4575b858111613ea9575b015f190191905f613e4d565b90850190851c613e9d565b6002918201911c613e95565b6004918201911c613e8c565b6008918201911c613e83565b6010918201911c613e7a565b60209150811c613e70565b5094602091925001519060406102e051823760208160408160025afa9160406102e05101955f915b60ff8260e01c168310613f2e5750505051906131ab565b909196936001602060ff9282858c1c165f14613f6657865182880152818888375b818760408160025afa169601980192919050613f17565b818881890137613f4f565b945050955050505f6131ab565b600190815b818110613f9457505083528b6130fd565b60208160051b8701015160205f19850160051b880101518103613fbb575b50600101613f83565b600584901b870160200152600192830192613fb2565b60208160051b8601015181805b613ff4575b60051b8601602001526001016130ec565b5f19810160051b8701602001518281111561401c5760208260051b890101525f190180613fde565b50613fe3565b80600191835284608085200660208260051b8b010152016130db565b637f99344960e01b5f5260045ffd5b629ad89f60e71b5f5260045ffd5b63443df96f60e01b5f5260045ffd5b63017820ff60e51b5f5260045ffd5b6140838183614267565b50546001600160a01b038116331461409e5750600101612f9c565b965050505060ff6001600160401b038560a01c169460e01c16938980612fc4565b632911c67360e21b5f5260045ffd5b6377bd40d160e01b5f5260045ffd5b34610053575f366003190112610053576020604051621000008152f35b34610053575f366003190112610053576020612b676141f0565b600435906001600160401b038216820361005357565b35906001600160401b038216820361005357565b9181601f84011215610053578235916001600160401b038311610053576020838186019501011161005357565b600435906001600160a01b038216820361005357565b35906001600160a01b038216820361005357565b9181601f84011215610053578235916001600160401b038311610053576020808501948460051b01011161005357565b91908203918211610e6b57565b81156141dc570490565b634e487b7160e01b5f52601260045260245ffd5b61421a7f0000000000000000000000000000000000000000000000000000000000000000436141c5565b7f0000000000000000000000000000000000000000000000000000000000000000908181101561424a5750505f90565b61425791612b40916141c5565b90565b91908201809211610e6b57565b60088210156142765701905f90565b634e487b7160e01b5f52603260045260245ffd5b608081019081106001600160401b0382111761216857604052565b90601f801991011681019081106001600160401b0382111761216857604052565b60405190606082018281106001600160401b03821117612168576040525f6040838281528260208201520152565b91908110156142765760051b0190565b3563ffffffff811681036100535790565b90600182811c92168015614343575b602083101461432f57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691614324565b908060209392818452848401375f828201840152601f01601f1916010190565b6001600160401b0381116121685760051b60200190565b9061438e8261436d565b61439b60405191826142a5565b82815280926143ac601f199161436d565b0190602036910137565b3560ff811681036100535790565b903590601e198136030182121561005357018035906001600160401b03821161005357602001918160051b3603831361005357565b356001600160401b03811681036100535790565b81810292918115918404141715610e6b57565b906001600160401b03809116911603906001600160401b038211610e6b57565b356001600160a01b03811681036100535790565b5f198114610e6b5760010190565b359060ff8216820361005357565b9035601e19823603018112156100535701602081359101916001600160401b038211610053578160051b3603831361005357565b5f516020615ba65f395f51905f525c6144ca5760015f516020615ba65f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b614506612b407f0000000000000000000000000000000000000000000000000000000000000000436141c5565b9060028201808311610e6b57640100000000111561452a5761452782614e5f565b50565b6373cde75160e01b5f5260045ffd5b5460b01c60ff1660078110156104c257801561457d5760018114159081614571575b5061456257565b630b2b581760e21b5f5260045ffd5b6002915014155f61455b565b636d08029760e01b5f5260045ffd5b919082549060ff8260b01c1660078110156104c25760018114908115614731575b50158015614711575b6147095754906001600160601b0382169081156146b657506146076001600160401b03916001600160401b038160201c165f52601060205263ffffffff8060405f209216165f5260205260405f2090565b9160201c165f52600c602052600160405f209101549263ffffffff8460481c1691549060ff8260c81c1660038110156104c257614674575b505060018201809211610e6b571190811591614664575b5061465f575f90565b600490565b6002915060e81c1615155f614656565b6005015460c01c63ffffffff16808310156146aa575063ffffffff82915b60d01c16106146a2575f8061463f565b505050600390565b63ffffffff9091614692565b939180935060ff915060681c16156146df575060701c60ff161590506146db57600390565b5f90565b60029150015460c01c4311156147035760c01c60ff16156146fe575f90565b600290565b50600190565b505050505f90565b5060028301808411610e6b5763ffffffff600186015460801c16106145b6565b60029150145f6145ad565b905f91438110156147905761475181436141c5565b61010081111561479657611fff10614790575f5260205f818171f90827f1c53a10cb7a02335b1753200029355afa60203d141661478a57565b5f519150565b505f9150565b50409150565b906001600160401b0382165f52600c60205260405f2091825460018060a01b03811615612d7c5760c81c60ff1660038110156104c257611f1957826147e091614aca565b60028114611eec57611edd57565b919060010190815463ffffffff8160281c16808610614902575b5060481c63ffffffff1692838510156148fb576148b36020936001600160601b0393614855887f1fb488cf4a99a3ba0753f420a9292f26ea0613370912ad15dc0b43f1886b086b986141c5565b60ff600583016001600160401b0361487281851682845416614420565b166001600160401b03198254161781555460e01c166148be575b505080546cffffffff0000000000000000001916604888901b63ffffffff60481b16179055565b6040519485521692a2565b6148ce908660018401541661440d565b90546001600160a01b03165f9081526009875260409020805490916148f29161425a565b90555f8061488c565b5050505050565b945063ffffffff614808565b906001600160401b03809116911601906001600160401b038211610e6b57565b614959907f00000000000000000000000000000000000000000000000000000000000000009061440d565b61270f8101809111610e6b576127109004907f000000000000000000000000000000000000000000000000000000000000000080831061499857501b90565b901b919050565b8015614527576149b181600a5461425a565b600a557f0000000000000000000000000000000000000000000000000000000000000000906040519063a9059cbb60e01b5f5261dead60045260245260205f60448180865af19060015f5114821615614a30575b60405215614a105750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b906001811516612ea457823b15153d15161690614a05565b80614a505750565b7f000000000000000000000000000000000000000000000000000000000000000090604051906323b872dd60e01b5f52336004523060245260445260205f60648180865af19060015f5114821615614ab2575b6040525f60605215614a105750565b906001811516612ea457823b15153d15161690614aa3565b9190614ad46141f0565b9080549063ffffffff8260a01c169160ff839160c01c16908160018401549263ffffffff8085169460201c169260028601549760038701549a7f000000000000000000000000000000000000000000000000000000000000000061010081145f14614e3b57505f195b60019c5f5b6101008110614c27575b5050505060018b149081614c1b575b81614c10575b50614c08575b861490811591614bfd575b50614b80575b505050505050565b835463ffffffff60a01b191660a09590951b63ffffffff60a01b16949094178355600293614bc49060ff90855460ff60c01b1916911660c01b60ff60c01b16178455565b63ffffffff67ffffffff0000000060018501549260201b169216906001600160401b0319161717600182015501555f8080808080614b78565b90508114155f614b72565b5f9950614b67565b90508710155f614b61565b60018516159150614b5b565b600188169c979b5f999098898f15614d4d575b509a8a809c60019c9b9c1b179e614c509161425a565b9a614c5a9161425a565b98614c678a8c83886157fc565b600181018111610e6b578d84600183019e60011c9a15159182614d07575b5050614c9657506001905b01614b42565b8b5464ffffffffff60c81b19166001820160d01b63ffffffff60d01b1617600160c81b178c55604051908152949e5050506001600160401b0391909116917f6f805b66ea7c4812e1949150a1583f2d03988aa92db6a506979c7d78d20b72899150602090a26002995f808080614b4c565b5f925016805b614d3c57507f00000000000000000000000000000000000000000000000000000000000000001115848f614c85565b6001909101905f1981011680614d0d565b87811015614e2357614d5f8186614f58565b15614d825750614d6e8a614e5f565b614d79575b5f614c3a565b60019a50614d73565b99509099506101009d5063ffffffff8360c09e939e1c168360e01c818b105f14614e0a5750985b868a11614e00575b614dbb908a6141c5565b9d8e10614df957505f5b9c60088110614df35750505f5b965f19810190808211610e6b57614ded8a8c600194886157fc565b9b614c90565b1c614dd2565b8d1b614dc5565b9598508895614db1565b9050808a1015614e1b575b98614da9565b505f19614e15565b9d99509d5098505050505099505f995f808080614b4c565b6001901b5f19810190811115614b3d57634e487b7160e01b5f52601160045260245ffd5b90815f52600860205260405f2054918215614e775750565b614ea46110207f00000000000000000000000000000000000000000000000000000000000000008361440d565b804310614ee5575f198101908111610e6b57614ebf9061473c565b80614ec8575050565b9092505f528160205260405f20915f5260086020528160405f2055565b505f925050565b600563ffffffff6001819396959496015460481c1694015460c01c16838110614f50575b505460ff8160c81c1660038110156104c257151580614f3e575b614f315750565b60d01c63ffffffff169150565b508263ffffffff8260d01c1610614f2a565b92505f614f10565b6001600160401b039163ffffffff8260c01c168110614f88578160e01c11614f815760801c1690565b60401c1690565b501690565b80518210156142765760209160051b010190565b91905f926001600160401b038160201c165f52601060205260405f2063ffffffff808316165f5260205260405f20600181015460088160e81c16158015906157eb575b6157e25760028201545f52600260205260405f20936001600160401b038460201c165f52600c60205260405f209263ffffffff8360c81c161515806157d0575b6157c7575b615034848783615a65565b91829385549363ffffffff8560a01c168181106157bf575b5060018401549163ffffffff8360c81c16801515806157b6575b6157ae575b5063ffffffff8360681c1692838311615432575b50505084148061541d575b615098575b50505050505050565b6150a3858884615b07565b96879588159889615407575b80156153ee575b6150c2575b505061508f565b88999a5063ffffffff6001859a999a015460a81c169081156153dc575b50876153a7575b5060038301916001600160601b038354165f9a5f9089906153a0575b1561535e57509260809895926151638c6001600160601b039a97947fe86fc224b2f8f31ac0d75e0faef7b42a6a4ac3571fb0352b20008c1b17fa52799d9a97965b6040820161515289825161425a565b90526001600160a01b031690615abc565b600581019460ff865460e01c169661530a575b5f95600185015460108160e81c16615284575b506151da95969763ffffffff600187015460481c1691828410615205575b505083548b1916909355505050600101805460ff60e81b19811660e891821c60ff1660081790911b60ff60e81b16179055565b60405197885260208801526040870152151560608601521692a26001905f80808080808080806150bb565b6001600160401b036152258161521b87876141c5565b1682845416614420565b166001600160401b0319825416179055615241575b80806151a7565b6102ef615255928c600186015416926141c5565b90546001600160a01b03165f9081526009602052604090208054909161527a9161425a565b90555f808061523a565b6151da9697506152b6906152b0865463ffffffff8f81908360601c169460881c169160c01c1683615a8e565b906141c5565b97886152c5575b979695615189565b80156152f25760018060a01b038454165f52600960205260405f206152eb8a825461425a565b90556152bd565b600484016152eb6001600160801b038b16825461425a565b600284015460ff600186015460f01c16905f5260205260405f205f52600360205260405f208a8a168b82541614615342575b50615176565b8054600160701b8c1990911660ff60701b19161790555f61533c565b926001600160601b039895929b5061516360809a977fe86fc224b2f8f31ac0d75e0faef7b42a6a4ac3571fb0352b20008c1b17fa52799c9996939d8e91615143565b5089615102565b9096506153d47f00000000000000000000000000000000000000000000000000000000000000008661425a565b10955f6150e6565b63ffffffff91505460d01c165f6150df565b5060ff815460c81c1660038110156104c25715156150b6565b5063ffffffff600185015460a81c1615156150af565b5063ffffffff600183015460c81c161561508a565b919b50905f198c018c8111610e6b5761548d906001600160401b038b60201c166001600160401b03165f52600f60205260405f208160021c5f5260205260c060405f20549160061b161c9063ffffffff8083169260201c1690565b90845f19810111610e6b576154f5906154ef6154ef8d6001600160401b035f198a019160201c166001600160401b03165f52600f60205260405f208160021c5f5260205260c060405f20549160061b161c9063ffffffff8083169260201c1690565b926141c5565b908d8c866001600160601b0360018301541691601063ffffffff615519878661440d565b9860881c169860e81c16615766575b8a60038101986001600160601b038a541699615554896001600160601b03600287015460601c1661440d565b9a808c1161575e575b61557b8980969460ff96948f9485600196615731575b50505061425a565b9101805463ffffffff60881b191660889290921b63ffffffff60881b1691909117905560018d01805463ffffffff60681b1916606888901b63ffffffff60681b1617905560056001600160401b036155d386896141c5565b169101906fffffffffffffffff00000000000000006156008354926001600160401b038460401c1661490e565b60401b1667ffffffffffffffff60801b61563e6001600160401b03878116906fffffffffffffffff0000000000000000198616851760801c1661490e565b60801b169177ffffffffffffffffffffffffffffffff00000000000000001916171780915560e01c166156f1575b506156869250859150506001600160a01b038a1688615abc565b6040860161569585825161425a565b90526040519485528d602086015260408501526060840152608083015260a08201527f0fd5ea264025e78d6efd7dbe8a8720733f2e10b99482ccf178355014cda1376e60c06001600160601b03891692a2600198845f8061507f565b6157016102ef92615706956141c5565b6141c5565b60018060a01b038d54165f52600960205261572660405f2091825461425a565b90558d5f868361566c565b6157456001600160601b03929183926141c5565b16166001600160601b03198254161790555f8f80615573565b9a508a61555d565b956157a8906102fd60038d01546152b08b63ffffffff6001600160601b038460601c169360c01c166157a261579b8c8461425a565b8286615a8e565b93615a8e565b95615528565b91505f61506b565b50828110615066565b90505f61504c565b60019750615029565b506157dd848783886158a0565b615024565b505f9450505050565b5063ffffffff8160281c1615614fe4565b92916001600160401b0391928260c08560061b16951693845f52600f60205260405f209060021c90815f5260205260405f2054945f52600f60205260405f20905f5260205260201b17831b921b19161760405f2055565b9190600101808360e01c1461588a5760e01b916001600160801b0363ffffffff60c01b8260201c169260801b9160401c1617171790565b5060801b906001600160401b0360801b19161790565b919290600181019263ffffffff845460c81c16948515615a5b576158c5848285615a65565b8610908180615a40575b615a35577f7ddf8673822bacd11746fa2f9200d5df76c7d633106ee3015b7e05881f9af5a8956040956001600160601b039584615a22575b84615976575b5050805463ffffffff60c81b19169055546001600160a01b03165f90815260096020528490208054615960907f00000000000000000000000000000000000000000000000000000000000000009061425a565b90558351958652151560208601521692a2600190565b825460ff60e81b19811660e891821c60ff1660041790911b60ff60e81b161783556002906159a68b86838a6147ee565b01805460ff845460f01c16905f52602052875f205f526003602052875f208781541688881614615a06575b50545f9081526007602090815288822092546001600160a01b0316825291909152868120805460ff191660031790558061590d565b8054600160701b891990911660ff60701b19161790555f6159d1565b9350615a2d89614e5f565b151593615907565b505050505050505f90565b50615a496141f0565b6002880190818911610e6b57106158cf565b5050505050505f90565b9291615a7960019163ffffffff9386614eec565b93015460281c16808310615a8a5750565b9150565b8015615ab55782615aa891836142579511615aad5761440d565b6141d2565b83915061440d565b5050505f90565b908215615b02578151615aed9260209290916001600160a01b039182169116819003615af1575b500191825161425a565b9052565b615afa82615b6e565b81525f615ae3565b505050565b60010154909160e882901c600416615b6657549060ff8260c81c1660038110156104c25715615ab557600563ffffffff809260481c1693015460c01c16828110615b5a575b5060d01c63ffffffff161090565b915063ffffffff615b4c565b505050600190565b60208101805180615b7e57505050565b5f9260018060a01b0390511683526009602052615ba06040842091825461425a565b90555256fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
}

// MarketplaceV2 is an auto generated Go binding around an Ethereum contract.
type MarketplaceV2 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MarketplaceV2) GetABI() abi.ABI {
	return c.abi
}

// NewMarketplaceV2 creates a new instance of MarketplaceV2.
func NewMarketplaceV2() *MarketplaceV2 {
	parsed, err := MarketplaceV2MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MarketplaceV2{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MarketplaceV2) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address f) returns()
func (marketplaceV2 *MarketplaceV2) PackConstructor(f common.Address) []byte {
	enc, err := marketplaceV2.abi.Pack("", f)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAUDITEPOCHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b0398ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AUDIT_EPOCHS() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) PackAUDITEPOCHS() []byte {
	enc, err := marketplaceV2.abi.Pack("AUDIT_EPOCHS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAUDITEPOCHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b0398ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AUDIT_EPOCHS() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) TryPackAUDITEPOCHS() ([]byte, error) {
	return marketplaceV2.abi.Pack("AUDIT_EPOCHS")
}

// UnpackAUDITEPOCHS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b0398ec.
//
// Solidity: function AUDIT_EPOCHS() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) UnpackAUDITEPOCHS(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("AUDIT_EPOCHS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (marketplaceV2 *MarketplaceV2) PackBURNADDRESS() []byte {
	enc, err := marketplaceV2.abi.Pack("BURN_ADDRESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (marketplaceV2 *MarketplaceV2) TryPackBURNADDRESS() ([]byte, error) {
	return marketplaceV2.abi.Pack("BURN_ADDRESS")
}

// UnpackBURNADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfccc2813.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (marketplaceV2 *MarketplaceV2) UnpackBURNADDRESS(data []byte) (common.Address, error) {
	out, err := marketplaceV2.abi.Unpack("BURN_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDEPOSITSTEPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8a28bea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEPOSIT_STEPS() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) PackDEPOSITSTEPS() []byte {
	enc, err := marketplaceV2.abi.Pack("DEPOSIT_STEPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEPOSITSTEPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8a28bea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEPOSIT_STEPS() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) TryPackDEPOSITSTEPS() ([]byte, error) {
	return marketplaceV2.abi.Pack("DEPOSIT_STEPS")
}

// UnpackDEPOSITSTEPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8a28bea.
//
// Solidity: function DEPOSIT_STEPS() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) UnpackDEPOSITSTEPS(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("DEPOSIT_STEPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXADVANCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2a7f8ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ADVANCE() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) PackMAXADVANCE() []byte {
	enc, err := marketplaceV2.abi.Pack("MAX_ADVANCE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXADVANCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2a7f8ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ADVANCE() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) TryPackMAXADVANCE() ([]byte, error) {
	return marketplaceV2.abi.Pack("MAX_ADVANCE")
}

// UnpackMAXADVANCE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2a7f8ed.
//
// Solidity: function MAX_ADVANCE() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) UnpackMAXADVANCE(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("MAX_ADVANCE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXMANIFEST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x635c1ad5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MANIFEST() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) PackMAXMANIFEST() []byte {
	enc, err := marketplaceV2.abi.Pack("MAX_MANIFEST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMANIFEST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x635c1ad5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MANIFEST() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) TryPackMAXMANIFEST() ([]byte, error) {
	return marketplaceV2.abi.Pack("MAX_MANIFEST")
}

// UnpackMAXMANIFEST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x635c1ad5.
//
// Solidity: function MAX_MANIFEST() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) UnpackMAXMANIFEST(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("MAX_MANIFEST", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPEERINFO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f6f38d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PEER_INFO() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) PackMAXPEERINFO() []byte {
	enc, err := marketplaceV2.abi.Pack("MAX_PEER_INFO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPEERINFO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f6f38d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PEER_INFO() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) TryPackMAXPEERINFO() ([]byte, error) {
	return marketplaceV2.abi.Pack("MAX_PEER_INFO")
}

// UnpackMAXPEERINFO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f6f38d2.
//
// Solidity: function MAX_PEER_INFO() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) UnpackMAXPEERINFO(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("MAX_PEER_INFO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSETMEMBERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27168194.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SET_MEMBERS() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) PackMAXSETMEMBERS() []byte {
	enc, err := marketplaceV2.abi.Pack("MAX_SET_MEMBERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSETMEMBERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27168194.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SET_MEMBERS() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) TryPackMAXSETMEMBERS() ([]byte, error) {
	return marketplaceV2.abi.Pack("MAX_SET_MEMBERS")
}

// UnpackMAXSETMEMBERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27168194.
//
// Solidity: function MAX_SET_MEMBERS() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) UnpackMAXSETMEMBERS(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("MAX_SET_MEMBERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSLOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0f3f2e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SLOTS() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) PackMAXSLOTS() []byte {
	enc, err := marketplaceV2.abi.Pack("MAX_SLOTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSLOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0f3f2e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SLOTS() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) TryPackMAXSLOTS() ([]byte, error) {
	return marketplaceV2.abi.Pack("MAX_SLOTS")
}

// UnpackMAXSLOTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0f3f2e9.
//
// Solidity: function MAX_SLOTS() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) UnpackMAXSLOTS(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("MAX_SLOTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c69fd8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptExtension(uint96[] tenureIds) returns()
func (marketplaceV2 *MarketplaceV2) PackAcceptExtension(tenureIds []*big.Int) []byte {
	enc, err := marketplaceV2.abi.Pack("acceptExtension", tenureIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c69fd8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptExtension(uint96[] tenureIds) returns()
func (marketplaceV2 *MarketplaceV2) TryPackAcceptExtension(tenureIds []*big.Int) ([]byte, error) {
	return marketplaceV2.abi.Pack("acceptExtension", tenureIds)
}

// PackAnswerAudit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf130be60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answerAudit(uint96 tenureId, bytes proof) returns()
func (marketplaceV2 *MarketplaceV2) PackAnswerAudit(tenureId *big.Int, proof []byte) []byte {
	enc, err := marketplaceV2.abi.Pack("answerAudit", tenureId, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswerAudit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf130be60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answerAudit(uint96 tenureId, bytes proof) returns()
func (marketplaceV2 *MarketplaceV2) TryPackAnswerAudit(tenureId *big.Int, proof []byte) ([]byte, error) {
	return marketplaceV2.abi.Pack("answerAudit", tenureId, proof)
}

// PackAuditSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5e7014b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function auditSlot(bytes32 requestId, uint256 index) returns()
func (marketplaceV2 *MarketplaceV2) PackAuditSlot(requestId [32]byte, index *big.Int) []byte {
	enc, err := marketplaceV2.abi.Pack("auditSlot", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuditSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5e7014b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function auditSlot(bytes32 requestId, uint256 index) returns()
func (marketplaceV2 *MarketplaceV2) TryPackAuditSlot(requestId [32]byte, index *big.Int) ([]byte, error) {
	return marketplaceV2.abi.Pack("auditSlot", requestId, index)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (marketplaceV2 *MarketplaceV2) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := marketplaceV2.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (marketplaceV2 *MarketplaceV2) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return marketplaceV2.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (marketplaceV2 *MarketplaceV2) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burned() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) PackBurned() []byte {
	enc, err := marketplaceV2.abi.Pack("burned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burned() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) TryPackBurned() ([]byte, error) {
	return marketplaceV2.abi.Pack("burned")
}

// UnpackBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73f42561.
//
// Solidity: function burned() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) UnpackBurned(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("burned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50125546.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelRequest(bytes32 requestId) returns()
func (marketplaceV2 *MarketplaceV2) PackCancelRequest(requestId [32]byte) []byte {
	enc, err := marketplaceV2.abi.Pack("cancelRequest", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50125546.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelRequest(bytes32 requestId) returns()
func (marketplaceV2 *MarketplaceV2) TryPackCancelRequest(requestId [32]byte) ([]byte, error) {
	return marketplaceV2.abi.Pack("cancelRequest", requestId)
}

// PackClientNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9178274a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clientNonce(address ) view returns(uint256)
func (marketplaceV2 *MarketplaceV2) PackClientNonce(arg0 common.Address) []byte {
	enc, err := marketplaceV2.abi.Pack("clientNonce", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClientNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9178274a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clientNonce(address ) view returns(uint256)
func (marketplaceV2 *MarketplaceV2) TryPackClientNonce(arg0 common.Address) ([]byte, error) {
	return marketplaceV2.abi.Pack("clientNonce", arg0)
}

// UnpackClientNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9178274a.
//
// Solidity: function clientNonce(address ) view returns(uint256)
func (marketplaceV2 *MarketplaceV2) UnpackClientNonce(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("clientNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClosedEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14a12f00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closedEpochs() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) PackClosedEpochs() []byte {
	enc, err := marketplaceV2.abi.Pack("closedEpochs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClosedEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14a12f00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closedEpochs() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) TryPackClosedEpochs() ([]byte, error) {
	return marketplaceV2.abi.Pack("closedEpochs")
}

// UnpackClosedEpochs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14a12f00.
//
// Solidity: function closedEpochs() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) UnpackClosedEpochs(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("closedEpochs", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function config() view returns((address,uint64,uint64,uint64,uint64,uint8,uint8,uint8,uint16,uint16,uint16,uint16,uint64,uint256,uint256,uint256) c)
func (marketplaceV2 *MarketplaceV2) PackConfig() []byte {
	enc, err := marketplaceV2.abi.Pack("config")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function config() view returns((address,uint64,uint64,uint64,uint64,uint8,uint8,uint8,uint16,uint16,uint16,uint16,uint64,uint256,uint256,uint256) c)
func (marketplaceV2 *MarketplaceV2) TryPackConfig() ([]byte, error) {
	return marketplaceV2.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((address,uint64,uint64,uint64,uint64,uint8,uint8,uint8,uint16,uint16,uint16,uint16,uint64,uint256,uint256,uint256) c)
func (marketplaceV2 *MarketplaceV2) UnpackConfig(data []byte) (IMarketplaceV2Config, error) {
	out, err := marketplaceV2.abi.Unpack("config", data)
	if err != nil {
		return *new(IMarketplaceV2Config), err
	}
	out0 := *abi.ConvertType(out[0], new(IMarketplaceV2Config)).(*IMarketplaceV2Config)
	return out0, nil
}

// PackCreateSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9aaf9375.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createSet() returns(uint64 setId)
func (marketplaceV2 *MarketplaceV2) PackCreateSet() []byte {
	enc, err := marketplaceV2.abi.Pack("createSet")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9aaf9375.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createSet() returns(uint64 setId)
func (marketplaceV2 *MarketplaceV2) TryPackCreateSet() ([]byte, error) {
	return marketplaceV2.abi.Pack("createSet")
}

// UnpackCreateSet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9aaf9375.
//
// Solidity: function createSet() returns(uint64 setId)
func (marketplaceV2 *MarketplaceV2) UnpackCreateSet(data []byte) (uint64, error) {
	out, err := marketplaceV2.abi.Unpack("createSet", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) PackCurrentEpoch() []byte {
	enc, err := marketplaceV2.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) TryPackCurrentEpoch() ([]byte, error) {
	return marketplaceV2.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) UnpackCurrentEpoch(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("currentEpoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeclareFaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cda8f91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function declareFaults(uint64 setId, uint32[] mids) returns()
func (marketplaceV2 *MarketplaceV2) PackDeclareFaults(setId uint64, mids []uint32) []byte {
	enc, err := marketplaceV2.abi.Pack("declareFaults", setId, mids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeclareFaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cda8f91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function declareFaults(uint64 setId, uint32[] mids) returns()
func (marketplaceV2 *MarketplaceV2) TryPackDeclareFaults(setId uint64, mids []uint32) ([]byte, error) {
	return marketplaceV2.abi.Pack("declareFaults", setId, mids)
}

// PackDeclineExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab590a1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function declineExtension(uint96[] tenureIds) returns()
func (marketplaceV2 *MarketplaceV2) PackDeclineExtension(tenureIds []*big.Int) []byte {
	enc, err := marketplaceV2.abi.Pack("declineExtension", tenureIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeclineExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab590a1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function declineExtension(uint96[] tenureIds) returns()
func (marketplaceV2 *MarketplaceV2) TryPackDeclineExtension(tenureIds []*big.Int) ([]byte, error) {
	return marketplaceV2.abi.Pack("declineExtension", tenureIds)
}

// PackExitSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3753b57d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitSlot(bytes32 slotId) returns()
func (marketplaceV2 *MarketplaceV2) PackExitSlot(slotId [32]byte) []byte {
	enc, err := marketplaceV2.abi.Pack("exitSlot", slotId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3753b57d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitSlot(bytes32 slotId) returns()
func (marketplaceV2 *MarketplaceV2) TryPackExitSlot(slotId [32]byte) ([]byte, error) {
	return marketplaceV2.abi.Pack("exitSlot", slotId)
}

// PackExtendRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0408455a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function extendRequest(bytes32 requestId, uint32 newEndEpoch, uint256 reserveTopUp) returns()
func (marketplaceV2 *MarketplaceV2) PackExtendRequest(requestId [32]byte, newEndEpoch uint32, reserveTopUp *big.Int) []byte {
	enc, err := marketplaceV2.abi.Pack("extendRequest", requestId, newEndEpoch, reserveTopUp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExtendRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0408455a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function extendRequest(bytes32 requestId, uint32 newEndEpoch, uint256 reserveTopUp) returns()
func (marketplaceV2 *MarketplaceV2) TryPackExtendRequest(requestId [32]byte, newEndEpoch uint32, reserveTopUp *big.Int) ([]byte, error) {
	return marketplaceV2.abi.Pack("extendRequest", requestId, newEndEpoch, reserveTopUp)
}

// PackExtsload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbd035ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function extsload(bytes32[] slots) view returns(uint256[] vals)
func (marketplaceV2 *MarketplaceV2) PackExtsload(slots [][32]byte) []byte {
	enc, err := marketplaceV2.abi.Pack("extsload", slots)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExtsload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbd035ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function extsload(bytes32[] slots) view returns(uint256[] vals)
func (marketplaceV2 *MarketplaceV2) TryPackExtsload(slots [][32]byte) ([]byte, error) {
	return marketplaceV2.abi.Pack("extsload", slots)
}

// UnpackExtsload is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbd035ff.
//
// Solidity: function extsload(bytes32[] slots) view returns(uint256[] vals)
func (marketplaceV2 *MarketplaceV2) UnpackExtsload(data []byte) ([]*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("extsload", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackFacet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6010cab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function facet() view returns(address)
func (marketplaceV2 *MarketplaceV2) PackFacet() []byte {
	enc, err := marketplaceV2.abi.Pack("facet")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFacet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6010cab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function facet() view returns(address)
func (marketplaceV2 *MarketplaceV2) TryPackFacet() ([]byte, error) {
	return marketplaceV2.abi.Pack("facet")
}

// UnpackFacet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6010cab.
//
// Solidity: function facet() view returns(address)
func (marketplaceV2 *MarketplaceV2) UnpackFacet(data []byte) (common.Address, error) {
	out, err := marketplaceV2.abi.Unpack("facet", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFailRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbfbde10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function failRequest(bytes32 requestId) returns()
func (marketplaceV2 *MarketplaceV2) PackFailRequest(requestId [32]byte) []byte {
	enc, err := marketplaceV2.abi.Pack("failRequest", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFailRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbfbde10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function failRequest(bytes32 requestId) returns()
func (marketplaceV2 *MarketplaceV2) TryPackFailRequest(requestId [32]byte) ([]byte, error) {
	return marketplaceV2.abi.Pack("failRequest", requestId)
}

// PackFillSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2db22b6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fillSlot(bytes32 requestId, uint256 index, uint64 setId, bytes proof) returns(uint96 tid)
func (marketplaceV2 *MarketplaceV2) PackFillSlot(requestId [32]byte, index *big.Int, setId uint64, proof []byte) []byte {
	enc, err := marketplaceV2.abi.Pack("fillSlot", requestId, index, setId, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFillSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2db22b6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fillSlot(bytes32 requestId, uint256 index, uint64 setId, bytes proof) returns(uint96 tid)
func (marketplaceV2 *MarketplaceV2) TryPackFillSlot(requestId [32]byte, index *big.Int, setId uint64, proof []byte) ([]byte, error) {
	return marketplaceV2.abi.Pack("fillSlot", requestId, index, setId, proof)
}

// UnpackFillSlot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2db22b6e.
//
// Solidity: function fillSlot(bytes32 requestId, uint256 index, uint64 setId, bytes proof) returns(uint96 tid)
func (marketplaceV2 *MarketplaceV2) UnpackFillSlot(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("fillSlot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfde63056.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finish(bytes32 requestId) returns()
func (marketplaceV2 *MarketplaceV2) PackFinish(requestId [32]byte) []byte {
	enc, err := marketplaceV2.abi.Pack("finish", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfde63056.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finish(bytes32 requestId) returns()
func (marketplaceV2 *MarketplaceV2) TryPackFinish(requestId [32]byte) ([]byte, error) {
	return marketplaceV2.abi.Pack("finish", requestId)
}

// PackGenesisBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdc9c63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesisBlock() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) PackGenesisBlock() []byte {
	enc, err := marketplaceV2.abi.Pack("genesisBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenesisBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdc9c63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function genesisBlock() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) TryPackGenesisBlock() ([]byte, error) {
	return marketplaceV2.abi.Pack("genesisBlock")
}

// UnpackGenesisBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdc9c63.
//
// Solidity: function genesisBlock() view returns(uint256)
func (marketplaceV2 *MarketplaceV2) UnpackGenesisBlock(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("genesisBlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastSetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766f451f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastSetId() view returns(uint64)
func (marketplaceV2 *MarketplaceV2) PackLastSetId() []byte {
	enc, err := marketplaceV2.abi.Pack("lastSetId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastSetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766f451f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastSetId() view returns(uint64)
func (marketplaceV2 *MarketplaceV2) TryPackLastSetId() ([]byte, error) {
	return marketplaceV2.abi.Pack("lastSetId")
}

// UnpackLastSetId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x766f451f.
//
// Solidity: function lastSetId() view returns(uint64)
func (marketplaceV2 *MarketplaceV2) UnpackLastSetId(data []byte) (uint64, error) {
	out, err := marketplaceV2.abi.Unpack("lastSetId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4dd3ab23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poke(uint64 epoch) returns(bytes32 seed)
func (marketplaceV2 *MarketplaceV2) PackPoke(epoch uint64) []byte {
	enc, err := marketplaceV2.abi.Pack("poke", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4dd3ab23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poke(uint64 epoch) returns(bytes32 seed)
func (marketplaceV2 *MarketplaceV2) TryPackPoke(epoch uint64) ([]byte, error) {
	return marketplaceV2.abi.Pack("poke", epoch)
}

// UnpackPoke is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4dd3ab23.
//
// Solidity: function poke(uint64 epoch) returns(bytes32 seed)
func (marketplaceV2 *MarketplaceV2) UnpackPoke(data []byte) ([32]byte, error) {
	out, err := marketplaceV2.abi.Unpack("poke", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProveSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce1344fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveSet(uint64 setId, uint32 epoch, bytes proof) returns()
func (marketplaceV2 *MarketplaceV2) PackProveSet(setId uint64, epoch uint32, proof []byte) []byte {
	enc, err := marketplaceV2.abi.Pack("proveSet", setId, epoch, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce1344fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveSet(uint64 setId, uint32 epoch, bytes proof) returns()
func (marketplaceV2 *MarketplaceV2) TryPackProveSet(setId uint64, epoch uint32, proof []byte) ([]byte, error) {
	return marketplaceV2.abi.Pack("proveSet", setId, epoch, proof)
}

// PackRegisterProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa16a7d7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerProvider(bytes info) returns()
func (marketplaceV2 *MarketplaceV2) PackRegisterProvider(info []byte) []byte {
	enc, err := marketplaceV2.abi.Pack("registerProvider", info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa16a7d7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerProvider(bytes info) returns()
func (marketplaceV2 *MarketplaceV2) TryPackRegisterProvider(info []byte) ([]byte, error) {
	return marketplaceV2.abi.Pack("registerProvider", info)
}

// PackRemoveMembers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95fd7e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeMembers(uint64 setId, uint32[] mids) returns()
func (marketplaceV2 *MarketplaceV2) PackRemoveMembers(setId uint64, mids []uint32) []byte {
	enc, err := marketplaceV2.abi.Pack("removeMembers", setId, mids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveMembers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95fd7e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeMembers(uint64 setId, uint32[] mids) returns()
func (marketplaceV2 *MarketplaceV2) TryPackRemoveMembers(setId uint64, mids []uint32) ([]byte, error) {
	return marketplaceV2.abi.Pack("removeMembers", setId, mids)
}

// PackRequestStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec286e4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestStorage((uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) p) returns(bytes32 rid)
func (marketplaceV2 *MarketplaceV2) PackRequestStorage(p IMarketplaceV2RequestParams) []byte {
	enc, err := marketplaceV2.abi.Pack("requestStorage", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec286e4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestStorage((uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) p) returns(bytes32 rid)
func (marketplaceV2 *MarketplaceV2) TryPackRequestStorage(p IMarketplaceV2RequestParams) ([]byte, error) {
	return marketplaceV2.abi.Pack("requestStorage", p)
}

// UnpackRequestStorage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec286e4b.
//
// Solidity: function requestStorage((uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) p) returns(bytes32 rid)
func (marketplaceV2 *MarketplaceV2) UnpackRequestStorage(data []byte) ([32]byte, error) {
	out, err := marketplaceV2.abi.Unpack("requestStorage", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReserveSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62d48e13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserveSlot(bytes32 requestId, uint256 index) returns()
func (marketplaceV2 *MarketplaceV2) PackReserveSlot(requestId [32]byte, index *big.Int) []byte {
	enc, err := marketplaceV2.abi.Pack("reserveSlot", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserveSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62d48e13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserveSlot(bytes32 requestId, uint256 index) returns()
func (marketplaceV2 *MarketplaceV2) TryPackReserveSlot(requestId [32]byte, index *big.Int) ([]byte, error) {
	return marketplaceV2.abi.Pack("reserveSlot", requestId, index)
}

// PackReserveSlotWithTicket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd0a6e91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserveSlotWithTicket(bytes32 requestId, uint256 index, uint64 deadline, bytes sig) returns()
func (marketplaceV2 *MarketplaceV2) PackReserveSlotWithTicket(requestId [32]byte, index *big.Int, deadline uint64, sig []byte) []byte {
	enc, err := marketplaceV2.abi.Pack("reserveSlotWithTicket", requestId, index, deadline, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserveSlotWithTicket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd0a6e91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserveSlotWithTicket(bytes32 requestId, uint256 index, uint64 deadline, bytes sig) returns()
func (marketplaceV2 *MarketplaceV2) TryPackReserveSlotWithTicket(requestId [32]byte, index *big.Int, deadline uint64, sig []byte) ([]byte, error) {
	return marketplaceV2.abi.Pack("reserveSlotWithTicket", requestId, index, deadline, sig)
}

// PackResolveAudit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f0fc9a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveAudit(uint96 tenureId) returns()
func (marketplaceV2 *MarketplaceV2) PackResolveAudit(tenureId *big.Int) []byte {
	enc, err := marketplaceV2.abi.Pack("resolveAudit", tenureId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveAudit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f0fc9a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveAudit(uint96 tenureId) returns()
func (marketplaceV2 *MarketplaceV2) TryPackResolveAudit(tenureId *big.Int) ([]byte, error) {
	return marketplaceV2.abi.Pack("resolveAudit", tenureId)
}

// PackRetireSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4a68ff9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retireSet(uint64 setId) returns()
func (marketplaceV2 *MarketplaceV2) PackRetireSet(setId uint64) []byte {
	enc, err := marketplaceV2.abi.Pack("retireSet", setId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetireSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4a68ff9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retireSet(uint64 setId) returns()
func (marketplaceV2 *MarketplaceV2) TryPackRetireSet(setId uint64) ([]byte, error) {
	return marketplaceV2.abi.Pack("retireSet", setId)
}

// PackSeeds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0503e80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seeds(uint256 ) view returns(bytes32)
func (marketplaceV2 *MarketplaceV2) PackSeeds(arg0 *big.Int) []byte {
	enc, err := marketplaceV2.abi.Pack("seeds", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeeds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0503e80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seeds(uint256 ) view returns(bytes32)
func (marketplaceV2 *MarketplaceV2) TryPackSeeds(arg0 *big.Int) ([]byte, error) {
	return marketplaceV2.abi.Pack("seeds", arg0)
}

// UnpackSeeds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0503e80.
//
// Solidity: function seeds(uint256 ) view returns(bytes32)
func (marketplaceV2 *MarketplaceV2) UnpackSeeds(data []byte) ([32]byte, error) {
	out, err := marketplaceV2.abi.Unpack("seeds", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd7ddd59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint96[] tenureIds) returns()
func (marketplaceV2 *MarketplaceV2) PackSettle(tenureIds []*big.Int) []byte {
	enc, err := marketplaceV2.abi.Pack("settle", tenureIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd7ddd59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint96[] tenureIds) returns()
func (marketplaceV2 *MarketplaceV2) TryPackSettle(tenureIds []*big.Int) ([]byte, error) {
	return marketplaceV2.abi.Pack("settle", tenureIds)
}

// PackSettleSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f82c57a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleSet(uint64 setId) returns()
func (marketplaceV2 *MarketplaceV2) PackSettleSet(setId uint64) []byte {
	enc, err := marketplaceV2.abi.Pack("settleSet", setId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f82c57a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleSet(uint64 setId) returns()
func (marketplaceV2 *MarketplaceV2) TryPackSettleSet(setId uint64) ([]byte, error) {
	return marketplaceV2.abi.Pack("settleSet", setId)
}

// PackSweepReservations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdee86327.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweepReservations(bytes32 requestId, uint256 index) returns()
func (marketplaceV2 *MarketplaceV2) PackSweepReservations(requestId [32]byte, index *big.Int) []byte {
	enc, err := marketplaceV2.abi.Pack("sweepReservations", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweepReservations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdee86327.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweepReservations(bytes32 requestId, uint256 index) returns()
func (marketplaceV2 *MarketplaceV2) TryPackSweepReservations(requestId [32]byte, index *big.Int) ([]byte, error) {
	return marketplaceV2.abi.Pack("sweepReservations", requestId, index)
}

// PackTerminateRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x802d6561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function terminateRequest(bytes32 requestId) returns()
func (marketplaceV2 *MarketplaceV2) PackTerminateRequest(requestId [32]byte) []byte {
	enc, err := marketplaceV2.abi.Pack("terminateRequest", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTerminateRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x802d6561.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function terminateRequest(bytes32 requestId) returns()
func (marketplaceV2 *MarketplaceV2) TryPackTerminateRequest(requestId [32]byte) ([]byte, error) {
	return marketplaceV2.abi.Pack("terminateRequest", requestId)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (marketplaceV2 *MarketplaceV2) PackToken() []byte {
	enc, err := marketplaceV2.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (marketplaceV2 *MarketplaceV2) TryPackToken() ([]byte, error) {
	return marketplaceV2.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (marketplaceV2 *MarketplaceV2) UnpackToken(data []byte) (common.Address, error) {
	out, err := marketplaceV2.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns(uint256 amount)
func (marketplaceV2 *MarketplaceV2) PackWithdraw() []byte {
	enc, err := marketplaceV2.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns(uint256 amount)
func (marketplaceV2 *MarketplaceV2) TryPackWithdraw() ([]byte, error) {
	return marketplaceV2.abi.Pack("withdraw")
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ccfd60b.
//
// Solidity: function withdraw() returns(uint256 amount)
func (marketplaceV2 *MarketplaceV2) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := marketplaceV2.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// MarketplaceV2AuditAnswered represents a AuditAnswered event raised by the MarketplaceV2 contract.
type MarketplaceV2AuditAnswered struct {
	TenureId *big.Int
	Epoch    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2AuditAnsweredEventName = "AuditAnswered"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2AuditAnswered) ContractEventName() string {
	return MarketplaceV2AuditAnsweredEventName
}

// UnpackAuditAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuditAnswered(uint96 indexed tenureId, uint256 epoch)
func (marketplaceV2 *MarketplaceV2) UnpackAuditAnsweredEvent(log *types.Log) (*MarketplaceV2AuditAnswered, error) {
	event := "AuditAnswered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2AuditAnswered)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2AuditRequested represents a AuditRequested event raised by the MarketplaceV2 contract.
type MarketplaceV2AuditRequested struct {
	TenureId  *big.Int
	Owner     common.Address
	RequestId [32]byte
	Index     *big.Int
	Epoch     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2AuditRequestedEventName = "AuditRequested"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2AuditRequested) ContractEventName() string {
	return MarketplaceV2AuditRequestedEventName
}

// UnpackAuditRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuditRequested(uint96 indexed tenureId, address indexed owner, bytes32 indexed requestId, uint256 index, uint256 epoch)
func (marketplaceV2 *MarketplaceV2) UnpackAuditRequestedEvent(log *types.Log) (*MarketplaceV2AuditRequested, error) {
	event := "AuditRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2AuditRequested)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2AuditResolved represents a AuditResolved event raised by the MarketplaceV2 contract.
type MarketplaceV2AuditResolved struct {
	TenureId *big.Int
	Epoch    *big.Int
	Lapsed   bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2AuditResolvedEventName = "AuditResolved"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2AuditResolved) ContractEventName() string {
	return MarketplaceV2AuditResolvedEventName
}

// UnpackAuditResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuditResolved(uint96 indexed tenureId, uint256 epoch, bool lapsed)
func (marketplaceV2 *MarketplaceV2) UnpackAuditResolvedEvent(log *types.Log) (*MarketplaceV2AuditResolved, error) {
	event := "AuditResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2AuditResolved)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2ExtensionAccepted represents a ExtensionAccepted event raised by the MarketplaceV2 contract.
type MarketplaceV2ExtensionAccepted struct {
	TenureId *big.Int
	End      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2ExtensionAcceptedEventName = "ExtensionAccepted"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2ExtensionAccepted) ContractEventName() string {
	return MarketplaceV2ExtensionAcceptedEventName
}

// UnpackExtensionAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExtensionAccepted(uint96 indexed tenureId, uint256 end)
func (marketplaceV2 *MarketplaceV2) UnpackExtensionAcceptedEvent(log *types.Log) (*MarketplaceV2ExtensionAccepted, error) {
	event := "ExtensionAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2ExtensionAccepted)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2ExtensionDeclined represents a ExtensionDeclined event raised by the MarketplaceV2 contract.
type MarketplaceV2ExtensionDeclined struct {
	TenureId *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2ExtensionDeclinedEventName = "ExtensionDeclined"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2ExtensionDeclined) ContractEventName() string {
	return MarketplaceV2ExtensionDeclinedEventName
}

// UnpackExtensionDeclinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExtensionDeclined(uint96 indexed tenureId)
func (marketplaceV2 *MarketplaceV2) UnpackExtensionDeclinedEvent(log *types.Log) (*MarketplaceV2ExtensionDeclined, error) {
	event := "ExtensionDeclined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2ExtensionDeclined)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FaultDeclared represents a FaultDeclared event raised by the MarketplaceV2 contract.
type MarketplaceV2FaultDeclared struct {
	SetId  uint64
	Mid    uint32
	SlotId [32]byte
	Epoch  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FaultDeclaredEventName = "FaultDeclared"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FaultDeclared) ContractEventName() string {
	return MarketplaceV2FaultDeclaredEventName
}

// UnpackFaultDeclaredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FaultDeclared(uint64 indexed setId, uint32 mid, bytes32 indexed slotId, uint256 epoch)
func (marketplaceV2 *MarketplaceV2) UnpackFaultDeclaredEvent(log *types.Log) (*MarketplaceV2FaultDeclared, error) {
	event := "FaultDeclared"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FaultDeclared)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2MemberAdded represents a MemberAdded event raised by the MarketplaceV2 contract.
type MarketplaceV2MemberAdded struct {
	SetId    uint64
	Mid      uint32
	TenureId *big.Int
	Cls      *big.Int
	Pos      *big.Int
	Epoch    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2MemberAddedEventName = "MemberAdded"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2MemberAdded) ContractEventName() string {
	return MarketplaceV2MemberAddedEventName
}

// UnpackMemberAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberAdded(uint64 indexed setId, uint32 mid, uint96 indexed tenureId, uint256 cls, uint256 pos, uint256 epoch)
func (marketplaceV2 *MarketplaceV2) UnpackMemberAddedEvent(log *types.Log) (*MarketplaceV2MemberAdded, error) {
	event := "MemberAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2MemberAdded)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2MemberMoved represents a MemberMoved event raised by the MarketplaceV2 contract.
type MarketplaceV2MemberMoved struct {
	SetId uint64
	Mid   uint32
	Cls   *big.Int
	Pos   *big.Int
	Epoch *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2MemberMovedEventName = "MemberMoved"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2MemberMoved) ContractEventName() string {
	return MarketplaceV2MemberMovedEventName
}

// UnpackMemberMovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberMoved(uint64 indexed setId, uint32 mid, uint256 cls, uint256 pos, uint256 epoch)
func (marketplaceV2 *MarketplaceV2) UnpackMemberMovedEvent(log *types.Log) (*MarketplaceV2MemberMoved, error) {
	event := "MemberMoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2MemberMoved)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2MemberRemoved represents a MemberRemoved event raised by the MarketplaceV2 contract.
type MarketplaceV2MemberRemoved struct {
	SetId uint64
	Mid   uint32
	Epoch *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2MemberRemovedEventName = "MemberRemoved"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2MemberRemoved) ContractEventName() string {
	return MarketplaceV2MemberRemovedEventName
}

// UnpackMemberRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberRemoved(uint64 indexed setId, uint32 mid, uint256 epoch)
func (marketplaceV2 *MarketplaceV2) UnpackMemberRemovedEvent(log *types.Log) (*MarketplaceV2MemberRemoved, error) {
	event := "MemberRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2MemberRemoved)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2ProviderRegistered represents a ProviderRegistered event raised by the MarketplaceV2 contract.
type MarketplaceV2ProviderRegistered struct {
	Provider common.Address
	PeerInfo []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2ProviderRegisteredEventName = "ProviderRegistered"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2ProviderRegistered) ContractEventName() string {
	return MarketplaceV2ProviderRegisteredEventName
}

// UnpackProviderRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderRegistered(address indexed provider, bytes peerInfo)
func (marketplaceV2 *MarketplaceV2) UnpackProviderRegisteredEvent(log *types.Log) (*MarketplaceV2ProviderRegistered, error) {
	event := "ProviderRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2ProviderRegistered)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2RequestClosed represents a RequestClosed event raised by the MarketplaceV2 contract.
type MarketplaceV2RequestClosed struct {
	RequestId [32]byte
	State     uint8
	Stop      *big.Int
	Refund    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2RequestClosedEventName = "RequestClosed"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2RequestClosed) ContractEventName() string {
	return MarketplaceV2RequestClosedEventName
}

// UnpackRequestClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestClosed(bytes32 indexed requestId, uint8 state, uint256 stop, uint256 refund)
func (marketplaceV2 *MarketplaceV2) UnpackRequestClosedEvent(log *types.Log) (*MarketplaceV2RequestClosed, error) {
	event := "RequestClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2RequestClosed)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2RequestExtended represents a RequestExtended event raised by the MarketplaceV2 contract.
type MarketplaceV2RequestExtended struct {
	RequestId    [32]byte
	NewEndEpoch  *big.Int
	ReserveTopUp *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2RequestExtendedEventName = "RequestExtended"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2RequestExtended) ContractEventName() string {
	return MarketplaceV2RequestExtendedEventName
}

// UnpackRequestExtendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestExtended(bytes32 indexed requestId, uint256 newEndEpoch, uint256 reserveTopUp)
func (marketplaceV2 *MarketplaceV2) UnpackRequestExtendedEvent(log *types.Log) (*MarketplaceV2RequestExtended, error) {
	event := "RequestExtended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2RequestExtended)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2RequestTerminated represents a RequestTerminated event raised by the MarketplaceV2 contract.
type MarketplaceV2RequestTerminated struct {
	RequestId [32]byte
	Stop      *big.Int
	Refund    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2RequestTerminatedEventName = "RequestTerminated"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2RequestTerminated) ContractEventName() string {
	return MarketplaceV2RequestTerminatedEventName
}

// UnpackRequestTerminatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestTerminated(bytes32 indexed requestId, uint256 stop, uint256 refund)
func (marketplaceV2 *MarketplaceV2) UnpackRequestTerminatedEvent(log *types.Log) (*MarketplaceV2RequestTerminated, error) {
	event := "RequestTerminated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2RequestTerminated)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2ReservationEvicted represents a ReservationEvicted event raised by the MarketplaceV2 contract.
type MarketplaceV2ReservationEvicted struct {
	SlotId   [32]byte
	Reserver common.Address
	Refunded *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2ReservationEvictedEventName = "ReservationEvicted"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2ReservationEvicted) ContractEventName() string {
	return MarketplaceV2ReservationEvictedEventName
}

// UnpackReservationEvictedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReservationEvicted(bytes32 indexed slotId, address indexed reserver, uint256 refunded)
func (marketplaceV2 *MarketplaceV2) UnpackReservationEvictedEvent(log *types.Log) (*MarketplaceV2ReservationEvicted, error) {
	event := "ReservationEvicted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2ReservationEvicted)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2ReservationLapsed represents a ReservationLapsed event raised by the MarketplaceV2 contract.
type MarketplaceV2ReservationLapsed struct {
	SlotId   [32]byte
	Reserver common.Address
	Burned   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2ReservationLapsedEventName = "ReservationLapsed"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2ReservationLapsed) ContractEventName() string {
	return MarketplaceV2ReservationLapsedEventName
}

// UnpackReservationLapsedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReservationLapsed(bytes32 indexed slotId, address indexed reserver, uint256 burned)
func (marketplaceV2 *MarketplaceV2) UnpackReservationLapsedEvent(log *types.Log) (*MarketplaceV2ReservationLapsed, error) {
	event := "ReservationLapsed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2ReservationLapsed)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2SetCreated represents a SetCreated event raised by the MarketplaceV2 contract.
type MarketplaceV2SetCreated struct {
	SetId uint64
	Owner common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2SetCreatedEventName = "SetCreated"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2SetCreated) ContractEventName() string {
	return MarketplaceV2SetCreatedEventName
}

// UnpackSetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetCreated(uint64 indexed setId, address indexed owner)
func (marketplaceV2 *MarketplaceV2) UnpackSetCreatedEvent(log *types.Log) (*MarketplaceV2SetCreated, error) {
	event := "SetCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2SetCreated)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2SetFailed represents a SetFailed event raised by the MarketplaceV2 contract.
type MarketplaceV2SetFailed struct {
	SetId uint64
	Epoch *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2SetFailedEventName = "SetFailed"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2SetFailed) ContractEventName() string {
	return MarketplaceV2SetFailedEventName
}

// UnpackSetFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetFailed(uint64 indexed setId, uint256 epoch)
func (marketplaceV2 *MarketplaceV2) UnpackSetFailedEvent(log *types.Log) (*MarketplaceV2SetFailed, error) {
	event := "SetFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2SetFailed)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2SetProven represents a SetProven event raised by the MarketplaceV2 contract.
type MarketplaceV2SetProven struct {
	SetId uint64
	Epoch *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2SetProvenEventName = "SetProven"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2SetProven) ContractEventName() string {
	return MarketplaceV2SetProvenEventName
}

// UnpackSetProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetProven(uint64 indexed setId, uint256 epoch)
func (marketplaceV2 *MarketplaceV2) UnpackSetProvenEvent(log *types.Log) (*MarketplaceV2SetProven, error) {
	event := "SetProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2SetProven)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2SetRetired represents a SetRetired event raised by the MarketplaceV2 contract.
type MarketplaceV2SetRetired struct {
	SetId uint64
	Stop  *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2SetRetiredEventName = "SetRetired"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2SetRetired) ContractEventName() string {
	return MarketplaceV2SetRetiredEventName
}

// UnpackSetRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetRetired(uint64 indexed setId, uint256 stop)
func (marketplaceV2 *MarketplaceV2) UnpackSetRetiredEvent(log *types.Log) (*MarketplaceV2SetRetired, error) {
	event := "SetRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2SetRetired)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2SetSettled represents a SetSettled event raised by the MarketplaceV2 contract.
type MarketplaceV2SetSettled struct {
	SetId    uint64
	FromHead *big.Int
	ToHead   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2SetSettledEventName = "SetSettled"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2SetSettled) ContractEventName() string {
	return MarketplaceV2SetSettledEventName
}

// UnpackSetSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetSettled(uint64 indexed setId, uint256 fromHead, uint256 toHead)
func (marketplaceV2 *MarketplaceV2) UnpackSetSettledEvent(log *types.Log) (*MarketplaceV2SetSettled, error) {
	event := "SetSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2SetSettled)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2SlotFilled represents a SlotFilled event raised by the MarketplaceV2 contract.
type MarketplaceV2SlotFilled struct {
	RequestId [32]byte
	SlotId    [32]byte
	Provider  common.Address
	Index     *big.Int
	Epoch     *big.Int
	TenureId  *big.Int
	Kind      uint8
	Bonus     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2SlotFilledEventName = "SlotFilled"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2SlotFilled) ContractEventName() string {
	return MarketplaceV2SlotFilledEventName
}

// UnpackSlotFilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotFilled(bytes32 indexed requestId, bytes32 indexed slotId, address indexed provider, uint256 index, uint256 epoch, uint96 tenureId, uint8 kind, uint256 bonus)
func (marketplaceV2 *MarketplaceV2) UnpackSlotFilledEvent(log *types.Log) (*MarketplaceV2SlotFilled, error) {
	event := "SlotFilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2SlotFilled)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2SlotReserved represents a SlotReserved event raised by the MarketplaceV2 contract.
type MarketplaceV2SlotReserved struct {
	RequestId   [32]byte
	SlotId      [32]byte
	Provider    common.Address
	Index       *big.Int
	BlockNumber *big.Int
	Deposit     *big.Int
	Ticketed    bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2SlotReservedEventName = "SlotReserved"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2SlotReserved) ContractEventName() string {
	return MarketplaceV2SlotReservedEventName
}

// UnpackSlotReservedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotReserved(bytes32 indexed requestId, bytes32 indexed slotId, address indexed provider, uint256 index, uint256 blockNumber, uint256 deposit, bool ticketed)
func (marketplaceV2 *MarketplaceV2) UnpackSlotReservedEvent(log *types.Log) (*MarketplaceV2SlotReserved, error) {
	event := "SlotReserved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2SlotReserved)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2StorageRequested represents a StorageRequested event raised by the MarketplaceV2 contract.
type MarketplaceV2StorageRequested struct {
	RequestId [32]byte
	Client    common.Address
	Nonce     *big.Int
	Params    IMarketplaceV2RequestParams
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2StorageRequestedEventName = "StorageRequested"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2StorageRequested) ContractEventName() string {
	return MarketplaceV2StorageRequestedEventName
}

// UnpackStorageRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StorageRequested(bytes32 indexed requestId, address indexed client, uint256 nonce, (uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) params)
func (marketplaceV2 *MarketplaceV2) UnpackStorageRequestedEvent(log *types.Log) (*MarketplaceV2StorageRequested, error) {
	event := "StorageRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2StorageRequested)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2TenureClosed represents a TenureClosed event raised by the MarketplaceV2 contract.
type MarketplaceV2TenureClosed struct {
	TenureId      *big.Int
	Returned      *big.Int
	Burned        *big.Int
	BonusReturned *big.Int
	Late          bool
	Raw           *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2TenureClosedEventName = "TenureClosed"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2TenureClosed) ContractEventName() string {
	return MarketplaceV2TenureClosedEventName
}

// UnpackTenureClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TenureClosed(uint96 indexed tenureId, uint256 returned, uint256 burned, uint256 bonusReturned, bool late)
func (marketplaceV2 *MarketplaceV2) UnpackTenureClosedEvent(log *types.Log) (*MarketplaceV2TenureClosed, error) {
	event := "TenureClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2TenureClosed)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2TenureCut represents a TenureCut event raised by the MarketplaceV2 contract.
type MarketplaceV2TenureCut struct {
	TenureId *big.Int
	End      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2TenureCutEventName = "TenureCut"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2TenureCut) ContractEventName() string {
	return MarketplaceV2TenureCutEventName
}

// UnpackTenureCutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TenureCut(uint96 indexed tenureId, uint256 end)
func (marketplaceV2 *MarketplaceV2) UnpackTenureCutEvent(log *types.Log) (*MarketplaceV2TenureCut, error) {
	event := "TenureCut"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2TenureCut)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2TenureSettled represents a TenureSettled event raised by the MarketplaceV2 contract.
type MarketplaceV2TenureSettled struct {
	TenureId  *big.Int
	FromEpoch *big.Int
	ToEpoch   *big.Int
	Proven    *big.Int
	Missed    *big.Int
	Pay       *big.Int
	Slashed   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2TenureSettledEventName = "TenureSettled"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2TenureSettled) ContractEventName() string {
	return MarketplaceV2TenureSettledEventName
}

// UnpackTenureSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TenureSettled(uint96 indexed tenureId, uint256 fromEpoch, uint256 toEpoch, uint256 proven, uint256 missed, uint256 pay, uint256 slashed)
func (marketplaceV2 *MarketplaceV2) UnpackTenureSettledEvent(log *types.Log) (*MarketplaceV2TenureSettled, error) {
	event := "TenureSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2TenureSettled)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2Withdrawn represents a Withdrawn event raised by the MarketplaceV2 contract.
type MarketplaceV2Withdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2WithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2Withdrawn) ContractEventName() string {
	return MarketplaceV2WithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (marketplaceV2 *MarketplaceV2) UnpackWithdrawnEvent(log *types.Log) (*MarketplaceV2Withdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2Withdrawn)
	if len(log.Data) > 0 {
		if err := marketplaceV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (marketplaceV2 *MarketplaceV2) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["AdvanceSetFirst"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackAdvanceSetFirstError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["AllowedProvidersMismatch"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackAllowedProvidersMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["AlreadyInRequest"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackAlreadyInRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["AlreadyProven"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackAlreadyProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["AuditNotResolvable"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackAuditNotResolvableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["AuditOpen"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackAuditOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["BadAmount"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackBadAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["BadAuthKey"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackBadAuthKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["BadExpiry"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackBadExpiryError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["BadPeerInfo"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackBadPeerInfoError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["BadRedundancy"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackBadRedundancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["BadRoot"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackBadRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["BadShardSize"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackBadShardSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["BadSlotIndex"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackBadSlotIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["BadTicket"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackBadTicketError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["BadTimeline"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackBadTimelineError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["CannotCancel"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackCannotCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["EpochNotStarted"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackEpochNotStartedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["EpochOverflow"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackEpochOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["EpochTooOld"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackEpochTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["FillSeedUnavailable"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackFillSeedUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["FillTooEarly"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackFillTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["ManifestTooLarge"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackManifestTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NoAudit"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNoAuditError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NoHistoryContract"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNoHistoryContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NoReservation"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNoReservationError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NotAllowedProvider"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNotAllowedProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NotAuditable"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNotAuditableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NotClient"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNotClientError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NotCurrentTenure"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNotCurrentTenureError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NotExtendable"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNotExtendableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NotFailed"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNotFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NotInView"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNotInViewError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NotRemovable"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNotRemovableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NotSetOwner"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNotSetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NothingToProve"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNothingToProveError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NothingToSettle"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNothingToSettleError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["OnlyDelegated"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackOnlyDelegatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["ProofLengthMismatch"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackProofLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["ProofWindowClosed"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackProofWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["RequestEnding"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackRequestEndingError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["RequestNotLive"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackRequestNotLiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["ReservationExpired"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackReservationExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["RootsCountMismatch"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackRootsCountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["SeedUnavailable"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackSeedUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["SetFull"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackSetFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["SetNotActive"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackSetNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["SetWouldFail"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackSetWouldFailError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["SlotNotOpen"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackSlotNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["TenureFinal"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackTenureFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["TenureForfeit"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackTenureForfeitError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["TicketExpired"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackTicketExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["TicketInUse"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackTicketInUseError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["TooLateToExtend"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackTooLateToExtendError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["TooManyReservations"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackTooManyReservationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["UnknownSet"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackUnknownSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2.abi.Errors["UnknownTenure"].ID.Bytes()[:4]) {
		return marketplaceV2.UnpackUnknownTenureError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MarketplaceV2AdvanceSetFirst represents a AdvanceSetFirst error raised by the MarketplaceV2 contract.
type MarketplaceV2AdvanceSetFirst struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AdvanceSetFirst()
func MarketplaceV2AdvanceSetFirstErrorID() common.Hash {
	return common.HexToHash("0x31a8ea47728e8f4e2d8d04cf05e3254ab1ba04a6053b281eaac7d9f1d7003572")
}

// UnpackAdvanceSetFirstError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AdvanceSetFirst()
func (marketplaceV2 *MarketplaceV2) UnpackAdvanceSetFirstError(raw []byte) (*MarketplaceV2AdvanceSetFirst, error) {
	out := new(MarketplaceV2AdvanceSetFirst)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "AdvanceSetFirst", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2AllowedProvidersMismatch represents a AllowedProvidersMismatch error raised by the MarketplaceV2 contract.
type MarketplaceV2AllowedProvidersMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AllowedProvidersMismatch()
func MarketplaceV2AllowedProvidersMismatchErrorID() common.Hash {
	return common.HexToHash("0x1ffc76cc005cb7ead2bdd69e0297eeacf541c29dd1959ddd59c0c66745649a5a")
}

// UnpackAllowedProvidersMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AllowedProvidersMismatch()
func (marketplaceV2 *MarketplaceV2) UnpackAllowedProvidersMismatchError(raw []byte) (*MarketplaceV2AllowedProvidersMismatch, error) {
	out := new(MarketplaceV2AllowedProvidersMismatch)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "AllowedProvidersMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2AlreadyInRequest represents a AlreadyInRequest error raised by the MarketplaceV2 contract.
type MarketplaceV2AlreadyInRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInRequest()
func MarketplaceV2AlreadyInRequestErrorID() common.Hash {
	return common.HexToHash("0x870be1eb2131144e551cfb5482449752e06db67bdca5174d985d8323642e26ae")
}

// UnpackAlreadyInRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInRequest()
func (marketplaceV2 *MarketplaceV2) UnpackAlreadyInRequestError(raw []byte) (*MarketplaceV2AlreadyInRequest, error) {
	out := new(MarketplaceV2AlreadyInRequest)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "AlreadyInRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2AlreadyProven represents a AlreadyProven error raised by the MarketplaceV2 contract.
type MarketplaceV2AlreadyProven struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyProven()
func MarketplaceV2AlreadyProvenErrorID() common.Hash {
	return common.HexToHash("0x2c06a3642c0f0a1ce142b0bf4a187303b12b52143b8868d7e15ffc31f42e909e")
}

// UnpackAlreadyProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyProven()
func (marketplaceV2 *MarketplaceV2) UnpackAlreadyProvenError(raw []byte) (*MarketplaceV2AlreadyProven, error) {
	out := new(MarketplaceV2AlreadyProven)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "AlreadyProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2AuditNotResolvable represents a AuditNotResolvable error raised by the MarketplaceV2 contract.
type MarketplaceV2AuditNotResolvable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuditNotResolvable()
func MarketplaceV2AuditNotResolvableErrorID() common.Hash {
	return common.HexToHash("0x940af1155e884e7572655ba0167195cb0992bfd777aa145742144d5e6e908819")
}

// UnpackAuditNotResolvableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuditNotResolvable()
func (marketplaceV2 *MarketplaceV2) UnpackAuditNotResolvableError(raw []byte) (*MarketplaceV2AuditNotResolvable, error) {
	out := new(MarketplaceV2AuditNotResolvable)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "AuditNotResolvable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2AuditOpen represents a AuditOpen error raised by the MarketplaceV2 contract.
type MarketplaceV2AuditOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuditOpen()
func MarketplaceV2AuditOpenErrorID() common.Hash {
	return common.HexToHash("0x5288d4c2e754e170f36f129bd4c4c39f939cd1ecca208ad067aead043b488b2b")
}

// UnpackAuditOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuditOpen()
func (marketplaceV2 *MarketplaceV2) UnpackAuditOpenError(raw []byte) (*MarketplaceV2AuditOpen, error) {
	out := new(MarketplaceV2AuditOpen)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "AuditOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2BadAmount represents a BadAmount error raised by the MarketplaceV2 contract.
type MarketplaceV2BadAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAmount()
func MarketplaceV2BadAmountErrorID() common.Hash {
	return common.HexToHash("0x749b593924416ea8f46d8a8f5b89dfc2a554f6cc168b31407d6be5e73a078ac0")
}

// UnpackBadAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAmount()
func (marketplaceV2 *MarketplaceV2) UnpackBadAmountError(raw []byte) (*MarketplaceV2BadAmount, error) {
	out := new(MarketplaceV2BadAmount)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "BadAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2BadAuthKey represents a BadAuthKey error raised by the MarketplaceV2 contract.
type MarketplaceV2BadAuthKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAuthKey()
func MarketplaceV2BadAuthKeyErrorID() common.Hash {
	return common.HexToHash("0x35d2fd83d085b6e24411148f55cd776591a0acb55f2190a9c3e07d1abc94df4b")
}

// UnpackBadAuthKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAuthKey()
func (marketplaceV2 *MarketplaceV2) UnpackBadAuthKeyError(raw []byte) (*MarketplaceV2BadAuthKey, error) {
	out := new(MarketplaceV2BadAuthKey)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "BadAuthKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2BadConfig represents a BadConfig error raised by the MarketplaceV2 contract.
type MarketplaceV2BadConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig()
func MarketplaceV2BadConfigErrorID() common.Hash {
	return common.HexToHash("0x07cc321ce71a3eebb30014b3b8f136f5e867b17e2b76292bf086143aa7c7b50c")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig()
func (marketplaceV2 *MarketplaceV2) UnpackBadConfigError(raw []byte) (*MarketplaceV2BadConfig, error) {
	out := new(MarketplaceV2BadConfig)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2BadExpiry represents a BadExpiry error raised by the MarketplaceV2 contract.
type MarketplaceV2BadExpiry struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadExpiry()
func MarketplaceV2BadExpiryErrorID() common.Hash {
	return common.HexToHash("0xf4ad9a1f15ee00575232a4dc8cbac58b397e217d19b70d4a4ad6646fee941714")
}

// UnpackBadExpiryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadExpiry()
func (marketplaceV2 *MarketplaceV2) UnpackBadExpiryError(raw []byte) (*MarketplaceV2BadExpiry, error) {
	out := new(MarketplaceV2BadExpiry)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "BadExpiry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2BadPeerInfo represents a BadPeerInfo error raised by the MarketplaceV2 contract.
type MarketplaceV2BadPeerInfo struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPeerInfo()
func MarketplaceV2BadPeerInfoErrorID() common.Hash {
	return common.HexToHash("0x69e4784d063975e88c451f288b1f2034d99ca0f45c5d594912451f8de567946e")
}

// UnpackBadPeerInfoError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPeerInfo()
func (marketplaceV2 *MarketplaceV2) UnpackBadPeerInfoError(raw []byte) (*MarketplaceV2BadPeerInfo, error) {
	out := new(MarketplaceV2BadPeerInfo)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "BadPeerInfo", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2BadRedundancy represents a BadRedundancy error raised by the MarketplaceV2 contract.
type MarketplaceV2BadRedundancy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRedundancy()
func MarketplaceV2BadRedundancyErrorID() common.Hash {
	return common.HexToHash("0x03b73d04fa529325ad9305fd15c94e6567e3a51e0b33749db5a4557afac887de")
}

// UnpackBadRedundancyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRedundancy()
func (marketplaceV2 *MarketplaceV2) UnpackBadRedundancyError(raw []byte) (*MarketplaceV2BadRedundancy, error) {
	out := new(MarketplaceV2BadRedundancy)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "BadRedundancy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2BadRoot represents a BadRoot error raised by the MarketplaceV2 contract.
type MarketplaceV2BadRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRoot()
func MarketplaceV2BadRootErrorID() common.Hash {
	return common.HexToHash("0x2d698557a5b54efe3b125aa26d3ed8248f293159816c45c279fadd52e2eada30")
}

// UnpackBadRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRoot()
func (marketplaceV2 *MarketplaceV2) UnpackBadRootError(raw []byte) (*MarketplaceV2BadRoot, error) {
	out := new(MarketplaceV2BadRoot)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "BadRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2BadShardSize represents a BadShardSize error raised by the MarketplaceV2 contract.
type MarketplaceV2BadShardSize struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadShardSize()
func MarketplaceV2BadShardSizeErrorID() common.Hash {
	return common.HexToHash("0x3bff22c138a86b6208aef33f0fedb4653063c625eb5ed1b2eb0484395a7d54e7")
}

// UnpackBadShardSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadShardSize()
func (marketplaceV2 *MarketplaceV2) UnpackBadShardSizeError(raw []byte) (*MarketplaceV2BadShardSize, error) {
	out := new(MarketplaceV2BadShardSize)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "BadShardSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2BadSlotIndex represents a BadSlotIndex error raised by the MarketplaceV2 contract.
type MarketplaceV2BadSlotIndex struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlotIndex()
func MarketplaceV2BadSlotIndexErrorID() common.Hash {
	return common.HexToHash("0x77bd40d1775b2437a8c5e3f3395cfeab2cd5b634f5054ec5ccb8f5efde33129f")
}

// UnpackBadSlotIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlotIndex()
func (marketplaceV2 *MarketplaceV2) UnpackBadSlotIndexError(raw []byte) (*MarketplaceV2BadSlotIndex, error) {
	out := new(MarketplaceV2BadSlotIndex)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "BadSlotIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2BadTicket represents a BadTicket error raised by the MarketplaceV2 contract.
type MarketplaceV2BadTicket struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTicket()
func MarketplaceV2BadTicketErrorID() common.Hash {
	return common.HexToHash("0x58b1509da62cffe0d4f240602cabd4100f7f821d3f939f130882ab4d1fb49636")
}

// UnpackBadTicketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTicket()
func (marketplaceV2 *MarketplaceV2) UnpackBadTicketError(raw []byte) (*MarketplaceV2BadTicket, error) {
	out := new(MarketplaceV2BadTicket)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "BadTicket", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2BadTimeline represents a BadTimeline error raised by the MarketplaceV2 contract.
type MarketplaceV2BadTimeline struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTimeline()
func MarketplaceV2BadTimelineErrorID() common.Hash {
	return common.HexToHash("0x4220a872eb6039f0136fbf42c02b20073aec027b2b462dcf650ab51caef0e3fe")
}

// UnpackBadTimelineError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTimeline()
func (marketplaceV2 *MarketplaceV2) UnpackBadTimelineError(raw []byte) (*MarketplaceV2BadTimeline, error) {
	out := new(MarketplaceV2BadTimeline)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "BadTimeline", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2CannotCancel represents a CannotCancel error raised by the MarketplaceV2 contract.
type MarketplaceV2CannotCancel struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotCancel()
func MarketplaceV2CannotCancelErrorID() common.Hash {
	return common.HexToHash("0xfbc03578693f346f654ab7e4b30f351bfea8a91dfa05fab2c272a61b8d762fbd")
}

// UnpackCannotCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotCancel()
func (marketplaceV2 *MarketplaceV2) UnpackCannotCancelError(raw []byte) (*MarketplaceV2CannotCancel, error) {
	out := new(MarketplaceV2CannotCancel)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "CannotCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2EpochNotStarted represents a EpochNotStarted error raised by the MarketplaceV2 contract.
type MarketplaceV2EpochNotStarted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotStarted()
func MarketplaceV2EpochNotStartedErrorID() common.Hash {
	return common.HexToHash("0x67cfa8e28d309af06112f37c89da5b046919e851040f9d1ab84a679aa3ed9e97")
}

// UnpackEpochNotStartedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotStarted()
func (marketplaceV2 *MarketplaceV2) UnpackEpochNotStartedError(raw []byte) (*MarketplaceV2EpochNotStarted, error) {
	out := new(MarketplaceV2EpochNotStarted)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "EpochNotStarted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2EpochOverflow represents a EpochOverflow error raised by the MarketplaceV2 contract.
type MarketplaceV2EpochOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochOverflow()
func MarketplaceV2EpochOverflowErrorID() common.Hash {
	return common.HexToHash("0x73cde7516e73ee2127a248b6caf15d81f910f2c718efc7203d9a936cc9c7d2f3")
}

// UnpackEpochOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochOverflow()
func (marketplaceV2 *MarketplaceV2) UnpackEpochOverflowError(raw []byte) (*MarketplaceV2EpochOverflow, error) {
	out := new(MarketplaceV2EpochOverflow)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "EpochOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2EpochTooOld represents a EpochTooOld error raised by the MarketplaceV2 contract.
type MarketplaceV2EpochTooOld struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochTooOld()
func MarketplaceV2EpochTooOldErrorID() common.Hash {
	return common.HexToHash("0xa32edb0e1d4e20ebb1be11b2c9cf818e4d45a5ee063d7541d1b2c783c688db29")
}

// UnpackEpochTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochTooOld()
func (marketplaceV2 *MarketplaceV2) UnpackEpochTooOldError(raw []byte) (*MarketplaceV2EpochTooOld, error) {
	out := new(MarketplaceV2EpochTooOld)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "EpochTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FillSeedUnavailable represents a FillSeedUnavailable error raised by the MarketplaceV2 contract.
type MarketplaceV2FillSeedUnavailable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FillSeedUnavailable()
func MarketplaceV2FillSeedUnavailableErrorID() common.Hash {
	return common.HexToHash("0x7f993449a8a931b39dc3eed489837a3abbb51774d38ad3282a7d0b5649776963")
}

// UnpackFillSeedUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FillSeedUnavailable()
func (marketplaceV2 *MarketplaceV2) UnpackFillSeedUnavailableError(raw []byte) (*MarketplaceV2FillSeedUnavailable, error) {
	out := new(MarketplaceV2FillSeedUnavailable)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "FillSeedUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FillTooEarly represents a FillTooEarly error raised by the MarketplaceV2 contract.
type MarketplaceV2FillTooEarly struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FillTooEarly()
func MarketplaceV2FillTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x4d6c4f80619443ef021d80c12001fe0756cf6f5962bed7fdbc36b9be62060408")
}

// UnpackFillTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FillTooEarly()
func (marketplaceV2 *MarketplaceV2) UnpackFillTooEarlyError(raw []byte) (*MarketplaceV2FillTooEarly, error) {
	out := new(MarketplaceV2FillTooEarly)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "FillTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2InvalidProof represents a InvalidProof error raised by the MarketplaceV2 contract.
type MarketplaceV2InvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func MarketplaceV2InvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (marketplaceV2 *MarketplaceV2) UnpackInvalidProofError(raw []byte) (*MarketplaceV2InvalidProof, error) {
	out := new(MarketplaceV2InvalidProof)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2ManifestTooLarge represents a ManifestTooLarge error raised by the MarketplaceV2 contract.
type MarketplaceV2ManifestTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ManifestTooLarge()
func MarketplaceV2ManifestTooLargeErrorID() common.Hash {
	return common.HexToHash("0xa1e014578550391d4a55f35d0f06221dd4bbf7ceab9f22f25d8face4e9d81eab")
}

// UnpackManifestTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ManifestTooLarge()
func (marketplaceV2 *MarketplaceV2) UnpackManifestTooLargeError(raw []byte) (*MarketplaceV2ManifestTooLarge, error) {
	out := new(MarketplaceV2ManifestTooLarge)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "ManifestTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NoAudit represents a NoAudit error raised by the MarketplaceV2 contract.
type MarketplaceV2NoAudit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoAudit()
func MarketplaceV2NoAuditErrorID() common.Hash {
	return common.HexToHash("0xb528ce78fc7c9b91d1fc4e6fc6c9cc1ef0587632c2f2a08afa27fd24f45ec88f")
}

// UnpackNoAuditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoAudit()
func (marketplaceV2 *MarketplaceV2) UnpackNoAuditError(raw []byte) (*MarketplaceV2NoAudit, error) {
	out := new(MarketplaceV2NoAudit)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NoAudit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NoHistoryContract represents a NoHistoryContract error raised by the MarketplaceV2 contract.
type MarketplaceV2NoHistoryContract struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoHistoryContract()
func MarketplaceV2NoHistoryContractErrorID() common.Hash {
	return common.HexToHash("0xa56a6b3f875a7f8e4d6d2f74f80e786d8c5537b624cc3bdab34c5441acebe205")
}

// UnpackNoHistoryContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoHistoryContract()
func (marketplaceV2 *MarketplaceV2) UnpackNoHistoryContractError(raw []byte) (*MarketplaceV2NoHistoryContract, error) {
	out := new(MarketplaceV2NoHistoryContract)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NoHistoryContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NoReservation represents a NoReservation error raised by the MarketplaceV2 contract.
type MarketplaceV2NoReservation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReservation()
func MarketplaceV2NoReservationErrorID() common.Hash {
	return common.HexToHash("0x2f041fe0df18ede940462dc9f05a8e17fe2ca892fc2c739f8f211946c4cb8ffc")
}

// UnpackNoReservationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReservation()
func (marketplaceV2 *MarketplaceV2) UnpackNoReservationError(raw []byte) (*MarketplaceV2NoReservation, error) {
	out := new(MarketplaceV2NoReservation)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NoReservation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NotAllowedProvider represents a NotAllowedProvider error raised by the MarketplaceV2 contract.
type MarketplaceV2NotAllowedProvider struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAllowedProvider()
func MarketplaceV2NotAllowedProviderErrorID() common.Hash {
	return common.HexToHash("0x96309fb9311faf51a4e14854f6482ddcf29b88f02994735ce73fc0ca5e730785")
}

// UnpackNotAllowedProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAllowedProvider()
func (marketplaceV2 *MarketplaceV2) UnpackNotAllowedProviderError(raw []byte) (*MarketplaceV2NotAllowedProvider, error) {
	out := new(MarketplaceV2NotAllowedProvider)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NotAllowedProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NotAuditable represents a NotAuditable error raised by the MarketplaceV2 contract.
type MarketplaceV2NotAuditable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAuditable()
func MarketplaceV2NotAuditableErrorID() common.Hash {
	return common.HexToHash("0x74df27f4b53c4a875e0a486a0d4ac8caa936d37cca47da95514248192d47796c")
}

// UnpackNotAuditableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAuditable()
func (marketplaceV2 *MarketplaceV2) UnpackNotAuditableError(raw []byte) (*MarketplaceV2NotAuditable, error) {
	out := new(MarketplaceV2NotAuditable)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NotAuditable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NotClient represents a NotClient error raised by the MarketplaceV2 contract.
type MarketplaceV2NotClient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotClient()
func MarketplaceV2NotClientErrorID() common.Hash {
	return common.HexToHash("0x20dbc8744d453df555874a9fb4bfc2e2a9c4bad22c5742928ec789edbc038b43")
}

// UnpackNotClientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotClient()
func (marketplaceV2 *MarketplaceV2) UnpackNotClientError(raw []byte) (*MarketplaceV2NotClient, error) {
	out := new(MarketplaceV2NotClient)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NotClient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NotCurrentTenure represents a NotCurrentTenure error raised by the MarketplaceV2 contract.
type MarketplaceV2NotCurrentTenure struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCurrentTenure()
func MarketplaceV2NotCurrentTenureErrorID() common.Hash {
	return common.HexToHash("0xe8057931e6562370b3fcfab1a3e81d77acc3c863a1d0b9cb5b46b4f724963ba3")
}

// UnpackNotCurrentTenureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCurrentTenure()
func (marketplaceV2 *MarketplaceV2) UnpackNotCurrentTenureError(raw []byte) (*MarketplaceV2NotCurrentTenure, error) {
	out := new(MarketplaceV2NotCurrentTenure)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NotCurrentTenure", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NotExtendable represents a NotExtendable error raised by the MarketplaceV2 contract.
type MarketplaceV2NotExtendable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExtendable()
func MarketplaceV2NotExtendableErrorID() common.Hash {
	return common.HexToHash("0x9232876e3fd3744c8bc6a5924e8e0c13001f33ed91c0d691eca447b7dc019de4")
}

// UnpackNotExtendableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExtendable()
func (marketplaceV2 *MarketplaceV2) UnpackNotExtendableError(raw []byte) (*MarketplaceV2NotExtendable, error) {
	out := new(MarketplaceV2NotExtendable)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NotExtendable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NotFailed represents a NotFailed error raised by the MarketplaceV2 contract.
type MarketplaceV2NotFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFailed()
func MarketplaceV2NotFailedErrorID() common.Hash {
	return common.HexToHash("0x7d7c29375dd3855e094e09ebaf482d93055ddb9b01f63518326801206f9043f4")
}

// UnpackNotFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFailed()
func (marketplaceV2 *MarketplaceV2) UnpackNotFailedError(raw []byte) (*MarketplaceV2NotFailed, error) {
	out := new(MarketplaceV2NotFailed)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NotFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NotInView represents a NotInView error raised by the MarketplaceV2 contract.
type MarketplaceV2NotInView struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInView()
func MarketplaceV2NotInViewErrorID() common.Hash {
	return common.HexToHash("0xff7b7f8886ebd15912e0435a0c640de088d15ab54db6c7f7bc829af9af2492a4")
}

// UnpackNotInViewError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInView()
func (marketplaceV2 *MarketplaceV2) UnpackNotInViewError(raw []byte) (*MarketplaceV2NotInView, error) {
	out := new(MarketplaceV2NotInView)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NotInView", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NotRegistered represents a NotRegistered error raised by the MarketplaceV2 contract.
type MarketplaceV2NotRegistered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered()
func MarketplaceV2NotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xaba47339dbaad712368e6665e6e6eade636ab60e9b7dba037407409b19d7a053")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered()
func (marketplaceV2 *MarketplaceV2) UnpackNotRegisteredError(raw []byte) (*MarketplaceV2NotRegistered, error) {
	out := new(MarketplaceV2NotRegistered)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NotRemovable represents a NotRemovable error raised by the MarketplaceV2 contract.
type MarketplaceV2NotRemovable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRemovable()
func MarketplaceV2NotRemovableErrorID() common.Hash {
	return common.HexToHash("0x5057a33ff3043ea26987fc2a6396f173e6d712df1d44a2fd90d8c6f82a963f79")
}

// UnpackNotRemovableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRemovable()
func (marketplaceV2 *MarketplaceV2) UnpackNotRemovableError(raw []byte) (*MarketplaceV2NotRemovable, error) {
	out := new(MarketplaceV2NotRemovable)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NotRemovable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NotSetOwner represents a NotSetOwner error raised by the MarketplaceV2 contract.
type MarketplaceV2NotSetOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSetOwner()
func MarketplaceV2NotSetOwnerErrorID() common.Hash {
	return common.HexToHash("0x236eb3d1bd3d2d826ab63cd225741498ee54155242b74ffeb15791a9a18292a5")
}

// UnpackNotSetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSetOwner()
func (marketplaceV2 *MarketplaceV2) UnpackNotSetOwnerError(raw []byte) (*MarketplaceV2NotSetOwner, error) {
	out := new(MarketplaceV2NotSetOwner)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NotSetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NothingToProve represents a NothingToProve error raised by the MarketplaceV2 contract.
type MarketplaceV2NothingToProve struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToProve()
func MarketplaceV2NothingToProveErrorID() common.Hash {
	return common.HexToHash("0x50ad628babe0d4e25b3c2d2a0d1e45cde0cdf1a4331c2f18cbbb3145389cc4e8")
}

// UnpackNothingToProveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToProve()
func (marketplaceV2 *MarketplaceV2) UnpackNothingToProveError(raw []byte) (*MarketplaceV2NothingToProve, error) {
	out := new(MarketplaceV2NothingToProve)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NothingToProve", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NothingToSettle represents a NothingToSettle error raised by the MarketplaceV2 contract.
type MarketplaceV2NothingToSettle struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToSettle()
func MarketplaceV2NothingToSettleErrorID() common.Hash {
	return common.HexToHash("0x618104e821a31c94c175b9bf52827d750880c5f9e96152367da18c1fe40d3ee0")
}

// UnpackNothingToSettleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToSettle()
func (marketplaceV2 *MarketplaceV2) UnpackNothingToSettleError(raw []byte) (*MarketplaceV2NothingToSettle, error) {
	out := new(MarketplaceV2NothingToSettle)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NothingToSettle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2NothingToWithdraw represents a NothingToWithdraw error raised by the MarketplaceV2 contract.
type MarketplaceV2NothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func MarketplaceV2NothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (marketplaceV2 *MarketplaceV2) UnpackNothingToWithdrawError(raw []byte) (*MarketplaceV2NothingToWithdraw, error) {
	out := new(MarketplaceV2NothingToWithdraw)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2OnlyDelegated represents a OnlyDelegated error raised by the MarketplaceV2 contract.
type MarketplaceV2OnlyDelegated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyDelegated()
func MarketplaceV2OnlyDelegatedErrorID() common.Hash {
	return common.HexToHash("0xa73017b64fd97cb3ff94d3d8c2c04807c98ff120b5733e128530a757b4703cc9")
}

// UnpackOnlyDelegatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyDelegated()
func (marketplaceV2 *MarketplaceV2) UnpackOnlyDelegatedError(raw []byte) (*MarketplaceV2OnlyDelegated, error) {
	out := new(MarketplaceV2OnlyDelegated)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "OnlyDelegated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2ProofLengthMismatch represents a ProofLengthMismatch error raised by the MarketplaceV2 contract.
type MarketplaceV2ProofLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofLengthMismatch()
func MarketplaceV2ProofLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xf6552b02203dfba8ec0a492fda747f21a57bb1f7b674c7f71c8fe8d5a9aff87f")
}

// UnpackProofLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofLengthMismatch()
func (marketplaceV2 *MarketplaceV2) UnpackProofLengthMismatchError(raw []byte) (*MarketplaceV2ProofLengthMismatch, error) {
	out := new(MarketplaceV2ProofLengthMismatch)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "ProofLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2ProofWindowClosed represents a ProofWindowClosed error raised by the MarketplaceV2 contract.
type MarketplaceV2ProofWindowClosed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofWindowClosed()
func MarketplaceV2ProofWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xee19d8557c5353911c6ea5bab2b928014a8f76ac1623f018545caf89415cb294")
}

// UnpackProofWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofWindowClosed()
func (marketplaceV2 *MarketplaceV2) UnpackProofWindowClosedError(raw []byte) (*MarketplaceV2ProofWindowClosed, error) {
	out := new(MarketplaceV2ProofWindowClosed)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "ProofWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2ReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the MarketplaceV2 contract.
type MarketplaceV2ReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func MarketplaceV2ReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (marketplaceV2 *MarketplaceV2) UnpackReentrancyGuardReentrantCallError(raw []byte) (*MarketplaceV2ReentrancyGuardReentrantCall, error) {
	out := new(MarketplaceV2ReentrancyGuardReentrantCall)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2RequestEnding represents a RequestEnding error raised by the MarketplaceV2 contract.
type MarketplaceV2RequestEnding struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestEnding()
func MarketplaceV2RequestEndingErrorID() common.Hash {
	return common.HexToHash("0xedd9239b3cef280be2040f05d85bd582b0a94e2ad26c7133b2c3ff7feb6b5d6a")
}

// UnpackRequestEndingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestEnding()
func (marketplaceV2 *MarketplaceV2) UnpackRequestEndingError(raw []byte) (*MarketplaceV2RequestEnding, error) {
	out := new(MarketplaceV2RequestEnding)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "RequestEnding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2RequestNotLive represents a RequestNotLive error raised by the MarketplaceV2 contract.
type MarketplaceV2RequestNotLive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotLive()
func MarketplaceV2RequestNotLiveErrorID() common.Hash {
	return common.HexToHash("0x2cad605c9c989dbc7b50c356d656c5b6a7799a789d8b5d3d02d3b532f2a5a6f2")
}

// UnpackRequestNotLiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotLive()
func (marketplaceV2 *MarketplaceV2) UnpackRequestNotLiveError(raw []byte) (*MarketplaceV2RequestNotLive, error) {
	out := new(MarketplaceV2RequestNotLive)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "RequestNotLive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2ReservationExpired represents a ReservationExpired error raised by the MarketplaceV2 contract.
type MarketplaceV2ReservationExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReservationExpired()
func MarketplaceV2ReservationExpiredErrorID() common.Hash {
	return common.HexToHash("0x443df96f34561af99583eef51ec20910463139a8107158075d745bdd0fee0bbb")
}

// UnpackReservationExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReservationExpired()
func (marketplaceV2 *MarketplaceV2) UnpackReservationExpiredError(raw []byte) (*MarketplaceV2ReservationExpired, error) {
	out := new(MarketplaceV2ReservationExpired)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "ReservationExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2RootsCountMismatch represents a RootsCountMismatch error raised by the MarketplaceV2 contract.
type MarketplaceV2RootsCountMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootsCountMismatch()
func MarketplaceV2RootsCountMismatchErrorID() common.Hash {
	return common.HexToHash("0x3b396da30d01d25603cb3c310e41037ec58a6c2cd00238867792f4ef84b041f4")
}

// UnpackRootsCountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootsCountMismatch()
func (marketplaceV2 *MarketplaceV2) UnpackRootsCountMismatchError(raw []byte) (*MarketplaceV2RootsCountMismatch, error) {
	out := new(MarketplaceV2RootsCountMismatch)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "RootsCountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2SafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the MarketplaceV2 contract.
type MarketplaceV2SafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func MarketplaceV2SafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (marketplaceV2 *MarketplaceV2) UnpackSafeERC20FailedOperationError(raw []byte) (*MarketplaceV2SafeERC20FailedOperation, error) {
	out := new(MarketplaceV2SafeERC20FailedOperation)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2SeedUnavailable represents a SeedUnavailable error raised by the MarketplaceV2 contract.
type MarketplaceV2SeedUnavailable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedUnavailable()
func MarketplaceV2SeedUnavailableErrorID() common.Hash {
	return common.HexToHash("0x92c3a58a91da05c559b7925836e4d9c943c6a366c805808cd09899de592040ec")
}

// UnpackSeedUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedUnavailable()
func (marketplaceV2 *MarketplaceV2) UnpackSeedUnavailableError(raw []byte) (*MarketplaceV2SeedUnavailable, error) {
	out := new(MarketplaceV2SeedUnavailable)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "SeedUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2SetFull represents a SetFull error raised by the MarketplaceV2 contract.
type MarketplaceV2SetFull struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SetFull()
func MarketplaceV2SetFullErrorID() common.Hash {
	return common.HexToHash("0x68d56d9362ff667152b01a97efdb8a1a24b18475b67bfe8e12feaca5769c9526")
}

// UnpackSetFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SetFull()
func (marketplaceV2 *MarketplaceV2) UnpackSetFullError(raw []byte) (*MarketplaceV2SetFull, error) {
	out := new(MarketplaceV2SetFull)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "SetFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2SetNotActive represents a SetNotActive error raised by the MarketplaceV2 contract.
type MarketplaceV2SetNotActive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SetNotActive()
func MarketplaceV2SetNotActiveErrorID() common.Hash {
	return common.HexToHash("0xad6cc2e1b5d3f3c386bdd200d0e8cb3431237ef41dd34217c61b1627c3b1e745")
}

// UnpackSetNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SetNotActive()
func (marketplaceV2 *MarketplaceV2) UnpackSetNotActiveError(raw []byte) (*MarketplaceV2SetNotActive, error) {
	out := new(MarketplaceV2SetNotActive)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "SetNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2SetWouldFail represents a SetWouldFail error raised by the MarketplaceV2 contract.
type MarketplaceV2SetWouldFail struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SetWouldFail()
func MarketplaceV2SetWouldFailErrorID() common.Hash {
	return common.HexToHash("0x1e033c2472692f1d80e2d95826d50b8eb16af5e13e58e8b736049d8fa9374024")
}

// UnpackSetWouldFailError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SetWouldFail()
func (marketplaceV2 *MarketplaceV2) UnpackSetWouldFailError(raw []byte) (*MarketplaceV2SetWouldFail, error) {
	out := new(MarketplaceV2SetWouldFail)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "SetWouldFail", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2SlotNotOpen represents a SlotNotOpen error raised by the MarketplaceV2 contract.
type MarketplaceV2SlotNotOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlotNotOpen()
func MarketplaceV2SlotNotOpenErrorID() common.Hash {
	return common.HexToHash("0xa44719cc89309585540c3c15c14f7fee141145a510639e83d3321f34630c22d0")
}

// UnpackSlotNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlotNotOpen()
func (marketplaceV2 *MarketplaceV2) UnpackSlotNotOpenError(raw []byte) (*MarketplaceV2SlotNotOpen, error) {
	out := new(MarketplaceV2SlotNotOpen)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "SlotNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2TenureFinal represents a TenureFinal error raised by the MarketplaceV2 contract.
type MarketplaceV2TenureFinal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TenureFinal()
func MarketplaceV2TenureFinalErrorID() common.Hash {
	return common.HexToHash("0x63fe252e4c3774aef450040d9da3ca9472f3fe4a0d69a6c3aacb4e9d1f4fd1d3")
}

// UnpackTenureFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TenureFinal()
func (marketplaceV2 *MarketplaceV2) UnpackTenureFinalError(raw []byte) (*MarketplaceV2TenureFinal, error) {
	out := new(MarketplaceV2TenureFinal)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "TenureFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2TenureForfeit represents a TenureForfeit error raised by the MarketplaceV2 contract.
type MarketplaceV2TenureForfeit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TenureForfeit()
func MarketplaceV2TenureForfeitErrorID() common.Hash {
	return common.HexToHash("0x01696ddf210d819e3a4961acfbdd0c9c28ca71c32033f26fc90abc181fad87bb")
}

// UnpackTenureForfeitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TenureForfeit()
func (marketplaceV2 *MarketplaceV2) UnpackTenureForfeitError(raw []byte) (*MarketplaceV2TenureForfeit, error) {
	out := new(MarketplaceV2TenureForfeit)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "TenureForfeit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2TicketExpired represents a TicketExpired error raised by the MarketplaceV2 contract.
type MarketplaceV2TicketExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TicketExpired()
func MarketplaceV2TicketExpiredErrorID() common.Hash {
	return common.HexToHash("0x40d3544771f3c2382030d7a42c371f55cb608ac0eaf54ef2fa846da65af1b985")
}

// UnpackTicketExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TicketExpired()
func (marketplaceV2 *MarketplaceV2) UnpackTicketExpiredError(raw []byte) (*MarketplaceV2TicketExpired, error) {
	out := new(MarketplaceV2TicketExpired)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "TicketExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2TicketInUse represents a TicketInUse error raised by the MarketplaceV2 contract.
type MarketplaceV2TicketInUse struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TicketInUse()
func MarketplaceV2TicketInUseErrorID() common.Hash {
	return common.HexToHash("0x4588e639ea3e8de9f08dd807564bef4ddc49192f1046f85289896921f3878d48")
}

// UnpackTicketInUseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TicketInUse()
func (marketplaceV2 *MarketplaceV2) UnpackTicketInUseError(raw []byte) (*MarketplaceV2TicketInUse, error) {
	out := new(MarketplaceV2TicketInUse)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "TicketInUse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2TooEarly represents a TooEarly error raised by the MarketplaceV2 contract.
type MarketplaceV2TooEarly struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly()
func MarketplaceV2TooEarlyErrorID() common.Hash {
	return common.HexToHash("0x085de625ed51bbce95c12627fc263453b8d214878d184bd1eaa2cc357a507a30")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly()
func (marketplaceV2 *MarketplaceV2) UnpackTooEarlyError(raw []byte) (*MarketplaceV2TooEarly, error) {
	out := new(MarketplaceV2TooEarly)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2TooLateToExtend represents a TooLateToExtend error raised by the MarketplaceV2 contract.
type MarketplaceV2TooLateToExtend struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooLateToExtend()
func MarketplaceV2TooLateToExtendErrorID() common.Hash {
	return common.HexToHash("0x7578b147f8f0f08a97cd51740ff1b7ef900ab4a09b3b3fd6fe9a4b32c8c5596f")
}

// UnpackTooLateToExtendError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooLateToExtend()
func (marketplaceV2 *MarketplaceV2) UnpackTooLateToExtendError(raw []byte) (*MarketplaceV2TooLateToExtend, error) {
	out := new(MarketplaceV2TooLateToExtend)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "TooLateToExtend", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2TooManyReservations represents a TooManyReservations error raised by the MarketplaceV2 contract.
type MarketplaceV2TooManyReservations struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyReservations()
func MarketplaceV2TooManyReservationsErrorID() common.Hash {
	return common.HexToHash("0x0bf28109bb3300958e5905da0f4c3b968c39718dde39ba5f78752aedd8694f64")
}

// UnpackTooManyReservationsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyReservations()
func (marketplaceV2 *MarketplaceV2) UnpackTooManyReservationsError(raw []byte) (*MarketplaceV2TooManyReservations, error) {
	out := new(MarketplaceV2TooManyReservations)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "TooManyReservations", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2UnknownRequest represents a UnknownRequest error raised by the MarketplaceV2 contract.
type MarketplaceV2UnknownRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest()
func MarketplaceV2UnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x6d080297e5445bdc9bc11ef22a5fe0978cf1613ad09e7178b40b758b5ff568ad")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest()
func (marketplaceV2 *MarketplaceV2) UnpackUnknownRequestError(raw []byte) (*MarketplaceV2UnknownRequest, error) {
	out := new(MarketplaceV2UnknownRequest)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2UnknownSet represents a UnknownSet error raised by the MarketplaceV2 contract.
type MarketplaceV2UnknownSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSet()
func MarketplaceV2UnknownSetErrorID() common.Hash {
	return common.HexToHash("0x2b3ddb299cdd36cea6db13512327db9615bc3704c94e761c2093ecaa8f467912")
}

// UnpackUnknownSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSet()
func (marketplaceV2 *MarketplaceV2) UnpackUnknownSetError(raw []byte) (*MarketplaceV2UnknownSet, error) {
	out := new(MarketplaceV2UnknownSet)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "UnknownSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2UnknownTenure represents a UnknownTenure error raised by the MarketplaceV2 contract.
type MarketplaceV2UnknownTenure struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTenure()
func MarketplaceV2UnknownTenureErrorID() common.Hash {
	return common.HexToHash("0x18f6f3b41c6ece1c694b4c58d6c266325591c1951f9d8610097717841632e5ac")
}

// UnpackUnknownTenureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTenure()
func (marketplaceV2 *MarketplaceV2) UnpackUnknownTenureError(raw []byte) (*MarketplaceV2UnknownTenure, error) {
	out := new(MarketplaceV2UnknownTenure)
	if err := marketplaceV2.abi.UnpackIntoInterface(out, "UnknownTenure", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetMetaData contains all meta data concerning the MarketplaceV2Facet contract.
var MarketplaceV2FacetMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epochBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"graceBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"fillDelayBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reservationTTL\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"maxReservations\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"fillChallenges\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"missWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"missThreshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"depositBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"maxShardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"minCollateralPerGiB\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"auditFee\",\"type\":\"uint256\"}],\"internalType\":\"structIMarketplaceV2.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AdvanceSetFirst\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AllowedProvidersMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyInRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyProven\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AuditNotResolvable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AuditOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadAuthKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadExpiry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPeerInfo\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRedundancy\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShardSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSlotIndex\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTicket\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTimeline\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CannotCancel\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EpochNotStarted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EpochOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EpochTooOld\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FillSeedUnavailable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FillTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ManifestTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoAudit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoHistoryContract\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoReservation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAllowedProvider\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAuditable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotClient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotCurrentTenure\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotExtendable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInView\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRemovable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSetOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToProve\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToSettle\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyDelegated\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofLengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestEnding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestNotLive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReservationExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootsCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SeedUnavailable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SetFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SetNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SetWouldFail\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SlotNotOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TenureFinal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TenureForfeit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TicketExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TicketInUse\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooLateToExtend\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyReservations\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownTenure\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"AuditAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"AuditRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"lapsed\",\"type\":\"bool\"}],\"name\":\"AuditResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"}],\"name\":\"ExtensionAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"}],\"name\":\"ExtensionDeclined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"FaultDeclared\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cls\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pos\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"MemberAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cls\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pos\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"MemberMoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"MemberRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerInfo\",\"type\":\"bytes\"}],\"name\":\"ProviderRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumIMarketplaceV2.RequestState\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stop\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"RequestClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newEndEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserveTopUp\",\"type\":\"uint256\"}],\"name\":\"RequestExtended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stop\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"RequestTerminated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"}],\"name\":\"ReservationEvicted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"ReservationLapsed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"SetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"SetFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"SetProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stop\",\"type\":\"uint256\"}],\"name\":\"SetRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromHead\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toHead\",\"type\":\"uint256\"}],\"name\":\"SetSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"enumIMarketplaceV2.SlotKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonus\",\"type\":\"uint256\"}],\"name\":\"SlotFilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ticketed\",\"type\":\"bool\"}],\"name\":\"SlotReserved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"m\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"shardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSlotEpoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateralPerSlot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"authKey\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"cancelOnExpiry\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"repairBonus\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repairReserve\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"shardRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"address[]\",\"name\":\"allowedProviders\",\"type\":\"address[]\"},{\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"}],\"indexed\":false,\"internalType\":\"structIMarketplaceV2.RequestParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"StorageRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"returned\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonusReturned\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"late\",\"type\":\"bool\"}],\"name\":\"TenureClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"}],\"name\":\"TenureCut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proven\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"missed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"TenureSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AUDIT_EPOCHS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BURN_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPOSIT_STEPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ADVANCE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MANIFEST\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_INFO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SET_MEMBERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SLOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96[]\",\"name\":\"tenureIds\",\"type\":\"uint96[]\"}],\"name\":\"acceptExtension\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"answerAudit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"auditSlot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"cancelRequest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"clientNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"closedEpochs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epochBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"graceBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"fillDelayBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reservationTTL\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"maxReservations\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"fillChallenges\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"missWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"missThreshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"depositBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"maxShardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"minCollateralPerGiB\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"auditFee\",\"type\":\"uint256\"}],\"internalType\":\"structIMarketplaceV2.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"internalType\":\"uint32[]\",\"name\":\"mids\",\"type\":\"uint32[]\"}],\"name\":\"declareFaults\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96[]\",\"name\":\"tenureIds\",\"type\":\"uint96[]\"}],\"name\":\"declineExtension\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"}],\"name\":\"exitSlot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"newEndEpoch\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"reserveTopUp\",\"type\":\"uint256\"}],\"name\":\"extendRequest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"failRequest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastSetId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"reserveSlot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"reserveSlotWithTicket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"}],\"name\":\"resolveAudit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"}],\"name\":\"retireSet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"seeds\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"sweepReservations\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"terminateRequest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "0be4ea6e5354d7b4db5273117dfa090b02",
	Bin: "0x6102c0604052346107f157604051601f615dc638819003918201601f19168301916001600160401b038311848410176107f557808492610200946040528339810103126107f1576040519061020082016001600160401b038111838210176107f5576040528051906001600160a01b03821682036107f1578183528261008760208301610809565b928360208301526040830161009b90610809565b806040840152606084016100ae90610809565b90816060850152608085016100c290610809565b80608086015260a086016100d59061081d565b8060a087015260c087016100e89061081d565b908160c088015260e088016100fc9061081d565b928360e089015261010089016101119061082b565b95866101008a01526101208a016101279061082b565b95866101208b01526101408b0161013d9061082b565b98896101408c01526101608c016101539061082b565b610160819c01528d6101808d0161016990610809565b9c8d6101808301526101a08101516101a08301526101c08101516101c08301526101e00151906101e00152600160a01b6001900316159b8c156107df575b8c156107c7575b50508a156107b5575b8a1561079d575b508915610785575b508815610779575b8815610769575b50871561075b575b871561074d575b871561073a575b50861561072a575b50851561071d575b851561070c575b5084156106fa575b5083156106ed575b83156106db575b5082156106c9575b5081156106b5575b81156106a8575b50801561068a575b801561067d575b8015610668575b8015610653575b801561063e575b8015610637575b6106285760808101516101006001600160401b039091161180156105fe575b610569575b6101e09060018060a01b038151166080524360a05260018060401b0360208201511660c05260018060401b0360408201511660e05260018060401b036060820151166101005260018060401b036080820151166101205260ff60a0820151166101405260ff60c0820151166101605260ff60e0820151166101805261ffff610100820151166101a05261ffff610120820151166101c05261ffff61014082015116825261ffff610160820151166102005260018060401b0361018082015116610220526101a0810151610240526101c081015161026052015161028052306102a05260405161558b908161083b82396080518181816101ba01528181611d3201528181611fec0152818161319f015261425e015260a0518181816103900152818161102e01528181612138015281816126b301528181612eb101526130f9015260c0518181816103620152818161105501528181611d5e01526142f0015260e0518181816103df01528181611d8d0152612ed801526101005181611dbc015261012051818181610bbf0152818161100701528181611deb015281816122850152614093015261014051818181610b9d0152818161114c01528181611e140152818161238501526140b50152610160518181816104450152611e3d01526101805181611e6601526101a051818181611e9001528181612c3e015281816143b80152614b1701526101c051818181611ebb01526145b401526101e05181611ee6015261020051818181611f11015261524001526102205181611f4101526102405181611f69015261026051818181611f9001526152790152610280518181816105d80152818161188001528181611fb701528181613ac30152613c1201526102a05181818161020d015281816102ad01528181610ae501528181610e0c01528181611516015281816116fa0152818161197601528181611b1801528181612210015281816125e7015281816126fa015281816127fa015281816128d3015281816129f80152612bb40152f35b5f1943014381116105ea57805f5260205f818171f90827f1c53a10cb7a02335b1753200029355afa60203d1416905f519071f90827f1c53a10cb7a02335b1753200029353b159283156105e1575b5082156105d5575b50501561027f5763a56a6b3f60e01b5f5260045ffd5b40141590505f806105bf565b1592505f6105b7565b634e487b7160e01b5f52601160045260245ffd5b50602081015160408201516001600160401b03918216911681019081106105ea576101001061027a565b6301f30c8760e21b5f5260045ffd5b505f61025b565b506101a08101516001600160601b0310610254565b506101e08101516001600160601b031061024d565b506101c08101516001600160601b0310610246565b506101c08101511561023f565b506101808101516420000000006001600160401b0390911611610238565b603f91501615155f610230565b60406001600160401b038216109150610229565b61271091925061ffff1611905f610221565b61271091935061ffff1611915f610219565b61ffff8116159350610212565b61010091945061ffff1611925f61020a565b61ffff80831691161194505f610202565b61ffff81161595506101fb565b604091965060ff1611945f6101f3565b60ff9197501660ff87161115955f6101eb565b602060ff82161197506101e4565b600860ff82161097506101dd565b600891985060ff1611965f6101d5565b60ff81161598506101ce565b611fff6001600160401b03919091161198505f6101c6565b6001600160401b03908116908216111599505f6101be565b6001600160401b038116159a506101b7565b6001600160401b03908116911610159a505f806101ae565b6001600160401b038116159c506101a7565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160401b03821682036107f157565b519060ff821682036107f157565b519061ffff821682036107f15756fe6101006040526004361015610012575f80fd5b5f3560e01c80630408455a14612b805780630c69fd8b146129bd57806314a12f00146129a357806327168194146129865780633753b57d146128b75780633cda8f91146127b55780633f0fc9a8146126d65780634cdc9c631461269c57806350125546146125c857806362d48e13146121f6578063635c1ad5146121da5780636f6f38d2146121be57806370a082311461218257806373f4256114612165578063766718081461211e578063766f451f146120f857806379502c5514611cf7578063802d656114611af95780639178274a14611abd5780639b0398ec14611aa2578063ab590a1f1461193a578063b2a7f8ed1461191e578063c0f3f2e914611904578063c5e7014b146116e1578063dbfbde10146114f7578063dd0a6e9114610db4578063dee8632714610acc578063e8a28bea14610ab1578063f0503e8014610a87578063f130be6014610264578063f4a68ff9146101e9578063fc0c546a146101a55763fccc281314610185575f80fd5b346101a1575f3660031901126101a157602060405161dead8152f35b5f80fd5b346101a1575f3660031901126101a1576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101a15760203660031901126101a157610202612d9a565b61020a6130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146102555761024390612f98565b5f5f51602061556b5f395f51905f525d005b6353980bdb60e11b5f5260045ffd5b346101a15760403660031901126101a15761027d612db0565b6024356001600160401b0381116101a15761029c903690600401612ddc565b60c0526080526102aa6130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614610255576102e26130f1565b506102ec81613b4a565b906001820190815463ffffffff8160281c1615610a78576001600160401b038260201c165f52600c60205260405f209060018060a01b038254163303610a695760c81c63ffffffff16938415610a5a57600281019182545f52600260205261035960405f20918284613fa5565b861015610a4b577f00000000000000000000000000000000000000000000000000000000000000006103b461038e8289612e16565b7f0000000000000000000000000000000000000000000000000000000000000000612e09565b90814310610a3c576001600160ff1b0381168103610a2857610404916103dd9160011b90612e09565b7f000000000000000000000000000000000000000000000000000000000000000090612e09565b431015610a1957610414866142d0565b928315610a0a57548554905f5260ff8160f01c166020526703ffffffffffffff600160405f20945493015460a61c167f00000000000000000000000000000000000000000000000000000000000000009061046e8261435d565b9561047c6040519788612f31565b8287526104888361435d565b602088019690601f190136883760405191825260208201525f60408201905b8481106109ee575050505050835160015b81811061099d57506001811161094a575b505f92845160e052608051916001925f926040519360e05190815f1461093c57506001146108c1575060e0516060028301965f5b60e05181106107dd57505060e05160061b01955f5b60ff83165f5b60e05181106107b3575081810380610728575b505060ff8316811461071d575f5f5b60e0518110610653575060e0526001019060ff8316821461055b5790610512565b5050506020905b0151905b156106495703610641575b9060c05190608051900303610639575b6001811461062a5761061b576001600160601b036020917ff5e65a2130b6cfab24a841a8c67bd56bf410b5dccdc8e1ff086698746dab5fb19363ffffffff60c81b198154169055335f526009835260405f206105fe7f00000000000000000000000000000000000000000000000000000000000000008254612e09565b90556040519485521692a25f5f51602061556b5f395f51905f525d005b6309bde33960e01b5f5260045ffd5b637b2a958160e11b5f5260045ffd5b506001610581565b506002610571565b5050506003610571565b989591929089606002860180519760408201519160018a165f146106b15760016020838160409481859998978b37015182890152019d01955b836060028a01906020808301848960025afa169a851c8152015201919291909261053a565b90919b6001810160a05260018a0160608301511460e05160a05110166001146106f45750600192916020809201518552818181870137019a604060a0519561068c565b90600193929c50600260a08260206040940151885260808101516020890152015192019561068c565b505050602090610562565b9098915060e05160051b5f5b60e051811061074857500201968b8061052b565b806060028701805160208201805188528360051b87015f5b87811061077957505087519052841c9052600101610734565b909b8660019160208f8d8589881c165f146107ab578281519101528d375b60208c60408160025afa169d019101610760565b820137610797565b604081606095949502870101518281106107d4575b50600101929192610518565b915060016107c8565b8060019160600286019660408260061b86018c37602080890160408d60025afa16968160051b840190602082015180825260ff88169260e0518686011061082b575b505060400152016104fd565b6040929350820151185f9063ffffffff81116108b6575b61ffff81116108aa575b60ff811161089e575b600f8111610892575b60038111610886575b85811161087b575b015f190191905f61081f565b90850190851c61086f565b6002918201911c610867565b6004918201911c61085e565b6008918201911c610855565b6010918201911c61084c565b60209150811c610842565b92935050945051906040608051823760208160408160025afa91604060805101955f915b60ff821683106108f9575050505190610566565b909196936001602060ff9282858c1c165f1461093157865182880152818888375b818760408160025afa1696019801929190506108e5565b81888189013761091a565b95505050955050505f610566565b600190815b8181106109605750508452876104c9565b60208160051b8801015160205f19850160051b890101518103610987575b5060010161094f565b600584901b88016020015260019283019261097e565b60208160051b8701015181805b6109c0575b60051b8701602001526001016104b8565b5f19810160051b880160200151828111156109e85760208260051b8a0101525f1901806109aa565b506109af565b80600191835284606085200660208260051b8c010152016104a7565b634961d2c560e11b5f5260045ffd5b63ee19d85560e01b5f5260045ffd5b634e487b7160e01b5f52601160045260245ffd5b6333e7d47160e11b5f5260045ffd5b631d37c9fd60e21b5f5260045ffd5b6316a519cf60e31b5f5260045ffd5b63236eb3d160e01b5f5260045ffd5b63063dbced60e21b5f5260045ffd5b346101a15760203660031901126101a1576004355f526008602052602060405f2054604051908152f35b346101a1575f3660031901126101a157602060405160068152f35b346101a157610ada36612dc6565b610ae26130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461025557610b1a6130f1565b50815f52600260205260405f2090815460ff8160b01c166007811015610da05715610d91578060ff80610b559360a81c169160a01c16612e09565b811015610d8257825f5260205260405f20805f52600360205260405f20815f52600660205260405f2091610b966001600160601b0360028601541694614067565b915f945f967f0000000000000000000000000000000000000000000000000000000000000000957f0000000000000000000000000000000000000000000000000000000000000000985b878110610bf05761024389614247565b610c03610bfd8284613f45565b50613f54565b80519099908b906001600160a01b031615610d7757610c3089916001600160401b0360208e015116612e09565b431181610d6e575b50610d6457610c50610c4a8385613f45565b90613f9b565b5f8481526007602090815260408083208d516001600160a01b0316845290915290819020805460ff191690558a0151610c8c9060ff168661523a565b908880610d58575b15610d2a5790610ca681899493612e09565b9a875460ff8160601c169060ff8210610cec575b5050516040519182526001936001600160a01b03909116915f51602061554b5f395f51905f5290602090a35b01610be0565b90945060018501809511610a285760ff60601b191660609490941b60ff60601b1693909317875587925f51602061554b5f395f51905f526020610cba565b99516001600160a01b03165f908152600960205260409020805460019392610d5191612e09565b9055610ce6565b5060608b015115610c94565b9850600190610ce6565b9050158c610c38565b509850600190610ce6565b6377bd40d160e01b5f5260045ffd5b636d08029760e01b5f5260045ffd5b634e487b7160e01b5f52602160045260245ffd5b346101a15760803660031901126101a157600435602435906044356001600160401b0381168091036101a1576064356001600160401b0381116101a157610dff903690600401612ddc565b9091610e096130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614610255578042116114e85760405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f399974dc1614f781e0dcc873d347cb92eb3ead2600d46e0e02ac9f9dc966e86d60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a08152610ed260c082612f31565b5190209060405160208101917f2631856e2834d05846ae34127a1c1e5bca74dbea22dbd557671a4c737cb3fd60835286604083015287606083015233608083015260a082015260a08152610f2760c082612f31565b51902060405190602082019261190160f01b84526022830152604282015260428152610f54606282612f31565b5190206001600160401b0382116114d45760405191610f7d601f8201601f191660200184612f31565b80835236818501116101a1576020815f92610f9f96838701378401015261402d565b50610fa981612f8e565b15908115916114c2575b811561149a575b5061148b57610fc76130f1565b90805f52600260205260405f2090610fde82613151565b610ff5825460ff808260a81c169160a01c16612e09565b841015610d825761107a61105361102c7f000000000000000000000000000000000000000000000000000000000000000043612e09565b7f000000000000000000000000000000000000000000000000000000000000000090612e29565b7f000000000000000000000000000000000000000000000000000000000000000090612e8e565b60028101809111610a285763ffffffff600184015460801c161061147c57805f528360205260405f2091825f5260036020526110bb60405f209485836150db565b6005811015610da0571561146d57335f525f60205260405f2054600181811c91168015611463575b602082101461144f5715611440575f82815260076020908152604080832033845290915290205460ff1661111681612f8e565b6114315760026001600160601b039101541693825f52600660205260405f2092611143868587848761408e565b5f1995909390867f00000000000000000000000000000000000000000000000000000000000000005f80805b8381106113a357505050505f1988146112d9575b505460601c60ff1696600688116112d0575b8761119f9161523a565b95604051956111ad87612f16565b3387526111dc60208801926001600160401b034316845260ff60408a019b168b52606089019260018452613f45565b9290926112bd57965182549751995191516001600160f01b03199098166001600160a01b03919091161760a09990991b67ffffffffffffffff60a01b169890981760e09890981b60ff60e01b169790971794151560e81b60ff60e81b16949094179095555f8381526007602090815260408083203380855290835292819020805460ff191660019081179091558151948552439285019290925283018690526060830152610243956112b89491929091907f1a016be5ad9ae913d0712defb18555402222c87ccb7e7f47cbcbeb8062bf1b9b90608090a4614247565b613195565b634e487b7160e01b5f525f60045260245ffd5b60069750611195565b9096505f198114611394578086847f1c2e89bb147b2e74952229fae8a8681f4398fe0396eba118abe725c65360547660208c611338610c4a87611332611324610bfd60ff9c8b613f45565b948b6040870151169061523a565b97613f45565b5f88815260078352604080822083516001600160a01b03908116845290855281832080548b1916905583511682526009845290208054611379908790612e09565b9055516040519485526001600160a01b031693a39690611183565b630bf2810960e01b5f5260045ffd5b6113b0610bfd828d613f45565b80519092906001600160a01b031615611416576113cc90612f80565b6060830151909290156113e857634588e63960e01b5f5260045ffd5b602001516001600160401b031683811015611409575b506001905b0161116f565b90945091508360016113fe565b91505f198c14611429575b600190611403565b9a508a611421565b63870be1eb60e01b5f5260045ffd5b63aba4733960e01b5f5260045ffd5b634e487b7160e01b5f52602260045260245ffd5b90607f16906110e3565b632911c67360e21b5f5260045ffd5b63edd9239b60e01b5f5260045ffd5b6358b1509d60e01b5f5260045ffd5b5f838152600260205260409020600301546001600160a01b0391821691161415905083610fba565b6001600160a01b038116159150610fb3565b634e487b7160e01b5f52604160045260245ffd5b6340d3544760e01b5f5260045ffd5b346101a15760203660031901126101a1576004356115136130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146102555761154b6130f1565b90805f52600260205260405f2061156181613151565b805460ff8160b01c166007811015610da057600114806116d0575b6115d05761159660ff808360a01c169260a81c1682612e09565b5f905f905b8082106115df57505010156115d0576115b76115bd9382613d3c565b91613e69565b505f5f51602061556b5f395f51905f525d005b637d7c293760e01b5f5260045ffd5b9091855f528260205260405f205f52600360205260405f20546001600160601b03811680156116b257611613600191613b4a565b01549060048260e81c16158015906116bd575b6116b2576001600160401b039060201c165f52600c60205260405f20549060ff8260c81c166003811015610da05761166f575b5050611666600191612f80565b925b019061159b565b63ffffffff80809260481c168160058a015460c01c168082105f146116ab57505b169160d01c16106116a2578780611659565b91600190611668565b9050611690565b505091600190611668565b508863ffffffff8360481c161115611626565b50600282015460c01c43111561157c565b346101a1576116ef36612dc6565b6116f76130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146102555761172f6130f1565b5f8381526002602052604090208054919291336001600160a01b038216036118f5576117709061175e83613151565b60ff808260a81c169160a01c16612e09565b821015610d8257835f528160205260405f205f52600360205260405f2054906001600160601b0382169283156118e6576001600160401b036117b185613b4a565b9360201c165f52600c60205260405f2092600181019283549060048260e81c166118d75760ff865460c81c166003811015610da0576118c85763ffffffff8260c81c166118b95760018801809811610a285763ffffffff869260281c1688109283156118a4575b505050610a4b57815463ffffffff60c81b191660c886901b63ffffffff60c81b161790915590546040805192835260208301949094526001600160a01b0316927f9f3241c4d91d715084505498a29a6201ad64ce99fcebc3a0d71fb0f8164227d291a46102437f0000000000000000000000000000000000000000000000000000000000000000613195565b6118ae9350613fa5565b851015838880611818565b6329446a6160e11b5f5260045ffd5b63ad6cc2e160e01b5f5260045ffd5b6301696ddf60e01b5f5260045ffd5b63e805793160e01b5f5260045ffd5b630836f21d60e21b5f5260045ffd5b346101a1575f3660031901126101a1576020604051818152f35b346101a1575f3660031901126101a15760206040516101008152f35b346101a15760203660031901126101a1576004356001600160401b0381116101a15761196a903690600401612d6a565b906119736130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461025557906119ac6130f1565b915f9060018401809411915b8381106119d1575f5f51602061556b5f395f51905f525d005b806119e76119e26001938786612e36565b612e5a565b6119f081613240565b509301908154938460e81c94600486166118d75760481c63ffffffff1687610a2857808a1091821592611a8a575b5050611a7b57815460ff60e81b191660ff9490941660021760e81b60ff60e81b169390931790556001916001600160601b03167f6539f6bef5e06aa285aa62e3aa2913a737a94e27ef2646dbd1d61a99142c7e545f80a2016119b8565b63491943b760e11b5f5260045ffd5b6001015460801c63ffffffff16111590508980611a1e565b346101a1575f3660031901126101a157602060405160028152f35b346101a15760203660031901126101a1576004356001600160a01b038116908190036101a1575f526001602052602060405f2054604051908152f35b346101a15760203660031901126101a157600435611b156130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461025557611b4d6130f1565b5f82815260026020526040902080549091906001600160a01b031633036118f55781611ba5604092611b9f7f0296cfca361fb264e2d11a9c2ec0dc08b732728a3059839ec4a91dc7d34cd60a95613151565b82613d3c565b815460ff60b01b198116600160b21b1780845560058401805464ffffffffff60c01b191660c085901b63ffffffff60c01b1617600160e01b179081905560018501549394935f92611c8392600492611c789290916001600160601b0391611c7191611c6b906001600160401b03611c63611c41611c2e608085901c8416604086901c8516612e29565b9560ff808260a81c169160a01c16612e09565b611c5d63ffffffff8a60601c1663ffffffff8b60801c16612e29565b90612e16565b911690612e29565b90612e09565b9116612e16565b940193845490612e09565b925560018060a01b03165f526009602052825f20611ca2828254612e09565b9055847fefefc1c8b92601201d3d1710fed5b6342e38e3529ead6253cedce11b28d4a44060608551600481528560208201528487820152a282519182526020820152a25f5f51602061556b5f395f51905f525d005b346101a1575f3660031901126101a1576040516102008101908082106001600160401b038311176114d4576102009160405260018060a01b037f00000000000000000000000000000000000000000000000000000000000000001681526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660208201526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660408201526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660608201526001600160401b037f000000000000000000000000000000000000000000000000000000000000000016608082015260ff7f00000000000000000000000000000000000000000000000000000000000000001660a082015260ff7f00000000000000000000000000000000000000000000000000000000000000001660c082015260ff7f00000000000000000000000000000000000000000000000000000000000000001660e082015261ffff7f00000000000000000000000000000000000000000000000000000000000000001661010082015261ffff7f00000000000000000000000000000000000000000000000000000000000000001661012082015261ffff7f00000000000000000000000000000000000000000000000000000000000000001661014082015261ffff7f0000000000000000000000000000000000000000000000000000000000000000166101608201526001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166101808201527f00000000000000000000000000000000000000000000000000000000000000006101a08201527f00000000000000000000000000000000000000000000000000000000000000006101c08201527f00000000000000000000000000000000000000000000000000000000000000006101e08201526101e06040519160018060a01b037f00000000000000000000000000000000000000000000000000000000000000001683526001600160401b0360208201511660208401526001600160401b0360408201511660408401526001600160401b0360608201511660608401526001600160401b03608082015116608084015260ff60a08201511660a084015260ff60c08201511660c084015260ff60e08201511660e084015261ffff6101008201511661010084015261ffff6101208201511661012084015261ffff6101408201511661014084015261ffff610160820151166101608401526001600160401b03610180820151166101808401526101a08101516101a08401526101c08101516101c084015201516101e0820152f35b346101a1575f3660031901126101a15760206001600160401b03600b5416604051908152f35b346101a1575f3660031901126101a157602061215d6110537f000000000000000000000000000000000000000000000000000000000000000043612e29565b604051908152f35b346101a1575f3660031901126101a1576020600a54604051908152f35b346101a15760203660031901126101a1576004356001600160a01b038116908190036101a1575f526009602052602060405f2054604051908152f35b346101a1575f3660031901126101a15760206040516104008152f35b346101a1575f3660031901126101a15760206040516110008152f35b346101a15761220436612dc6565b9061220d6130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614610255576122456130f1565b90805f52600260205260405f209061225c82613151565b612273825460ff808260a81c169160a01c16612e09565b841015610d82576122aa61105361102c7f000000000000000000000000000000000000000000000000000000000000000043612e09565b60028101809111610a285763ffffffff600184015460801c161061147c57805f528360205260405f2091825f5260036020526122eb60405f209485836150db565b6005811015610da057801561146d57600114612587575b335f525f60205260405f2054600181811c9116801561257d575b602082101461144f5715611440575f82815260076020908152604080832033845290915290205460ff1661234f81612f8e565b6114315760026001600160601b039101541693825f52600660205260405f209261237c868587848761408e565b5f1995909390867f00000000000000000000000000000000000000000000000000000000000000005f80805b8381106124ff57505050505f1988146124f757505460601c60ff1696600688116124ee575b876123d79161523a565b95604051956123e587612f16565b33875261241360208801926001600160401b034316845260ff60408a019b168b5260608901925f8452613f45565b9290926112bd57965182549751995191516001600160f01b03199098166001600160a01b03919091161760a09990991b67ffffffffffffffff60a01b169890981760e09890981b60ff60e01b169790971794151560e81b60ff60e81b16949094179095555f83815260076020908152604080832033808552908352818420805460ff191660011790558151948552439285019290925283018690526060830191909152610243956112b89491929091907f1a016be5ad9ae913d0712defb18555402222c87ccb7e7f47cbcbeb8062bf1b9b90608090a4614247565b600697506123cd565b909650611394565b61250c610bfd828d613f45565b80519092906001600160a01b0316156125625761252890612f80565b606083015190929015612541575b506001905b016123a8565b602001516001600160401b0316838110612536579094509150836001612536565b91505f198c14612575575b60019061253b565b9a508a61256d565b90607f169061231c565b5f838152600560205260409020546001600160a01b031680151590816125bd575b5015612302576396309fb960e01b5f5260045ffd5b9050331415866125a8565b346101a15760203660031901126101a1576004356125e46130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146102555761261c6130f1565b90805f52600260205260405f20805460ff8160b01c166007811015610da0578015610d91576001149081159161268a575b811561267b575b5061266c576126666115bd9382613d3c565b91613d66565b631f7806af60e31b5f5260045ffd5b60ff915060c01c161584612654565b600283015460c01c431115915061264d565b346101a1575f3660031901126101a15760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101a15760203660031901126101a1576126ef612db0565b6126f76130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146102555761272f6130f1565b5061273981613b4a565b90600182015463ffffffff8160281c1615610a785760c81c63ffffffff1615610a5a5781600261278f9301545f52600260205260405f20906001600160401b038360201c165f52600c60205260405f2092613b77565b156127a6575f5f51602061556b5f395f51905f525d005b63940af11560e01b5f5260045ffd5b346101a15760403660031901126101a1576127ce612d9a565b6024356001600160401b0381116101a1576127ed903690600401612d6a565b91906127f76130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146102555761282f6130f1565b916001600160401b0381165f52600c60205260405f209260018060a01b038454163303610a695761285f826132da565b50612868612f52565b945f5b81811061288857610243604088612881816150a4565b0151614247565b612893818387612e36565b359063ffffffff821682036101a1576128b188856001948a8961334a565b0161286b565b346101a15760203660031901126101a1576128d06130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614610255576129086130f1565b6004355f52600360205260405f2054906001600160601b038216156118e6576001600160401b038260201c16805f52600c60205260405f2060018060a01b038154163303610a6957610243936040938361297d9361296a63ffffffff966132da565b50612973612f52565b958694169161334a565b612881816150a4565b346101a1575f3660031901126101a1576020604051621000008152f35b346101a1575f3660031901126101a157602061215d612eac565b346101a15760203660031901126101a1576004356001600160401b0381116101a1576129ed903690600401612d6a565b6129f56130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146102555790612a2e6130f1565b915f9060018401809411915b818110612a53575f5f51602061556b5f395f51905f525d005b612a616119e2828487612e36565b906001612a6d83613240565b9290910180549263ffffffff8460a81c16612b715760068460e81c16611a7b575460c81c60ff166003811015610da0576118c85763ffffffff879360481c169063ffffffff600184015460801c1693610a2857818a10801590612b67575b611a7b57600195612b58856001600160601b03937f070a5c67e070e8e862c6124da38ce4b6e5afa6a357274493ef6bf6651ebf47a9966001600160401b03612b28600582612b1b60209b88612e29565b1693019282845416612e6e565b166001600160401b03198254161790559063ffffffff60481b82549160481b169063ffffffff60481b1916179055565b6040519485521692a201612a3a565b5083821015612acb565b631fef6ff160e31b5f5260045ffd5b346101a15760603660031901126101a15760043560243563ffffffff8116918282036101a157604435612bb16130bc565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461025557612be96130f1565b5f838152600260205260409020805490959092336001600160a01b038516036118f557612c1587613151565b600187019687549763ffffffff8960801c1694858511801590612d5c575b612d4d57612c6386917f000000000000000000000000000000000000000000000000000000000000000090612e09565b11612d3e576001600160601b038311612d2f5761024398612cdd84612cd8604098611c5d612cd1612cc28d60ff7f837f3e009497cbd97b3cbb945d42a6c0e08276f82db38595daa99978169236a19f819060a81c169160a01c16612e09565b6001600160601b038816612e16565b918a612e29565b612e09565b9863ffffffff60801b9060801b169063ffffffff60801b191617905581612d10575b5082519182526020820152a2613195565b600401612d276001600160801b0383168254612e09565b905587612cff565b63749b593960e01b5f5260045ffd5b637578b14760e01b5f5260045ffd5b632110543960e11b5f5260045ffd5b5063ffffffff851015612c33565b9181601f840112156101a1578235916001600160401b0383116101a1576020808501948460051b0101116101a157565b600435906001600160401b03821682036101a157565b600435906001600160601b03821682036101a157565b60409060031901126101a1576004359060243590565b9181601f840112156101a1578235916001600160401b0383116101a157602083818601950101116101a157565b91908201809211610a2857565b81810292918115918404141715610a2857565b91908203918211610a2857565b9190811015612e465760051b0190565b634e487b7160e01b5f52603260045260245ffd5b356001600160601b03811681036101a15790565b906001600160401b03809116911601906001600160401b038211610a2857565b8115612e98570490565b634e487b7160e01b5f52601260045260245ffd5b612ed67f000000000000000000000000000000000000000000000000000000000000000043612e29565b7f00000000000000000000000000000000000000000000000000000000000000009081811015612f065750505f90565b612f139161105391612e29565b90565b608081019081106001600160401b038211176114d457604052565b90601f801991011681019081106001600160401b038211176114d457604052565b60405190606082018281106001600160401b038211176114d4576040525f6040838281528260208201520152565b5f198114610a285760010190565b60041115610da057565b612fa06130f1565b506001600160401b0381165f818152600c6020526040902080549192909190336001600160a01b03831603610a695760ff8260c81c166003811015610da0576118c85782612fed91614374565b9060028214613076575061306757805464ffffffffff60c81b19811660ff60c81b1991909116600160c91b90811760301b63ffffffff60d01b16919091171781557f7162eb92231afed123baf28a6eb8b026a162d6c7aada1b24e27c39947e805ef89060209063ffffffff905460a01c16604051908152a2565b6331a8ea4760e01b5f5260045ffd5b6040915063ffffffff7fb6caee032d3701cd6c168cceba5d410866bcb682069d540e3df935252cd237b1935460a01c1663ffffffff83519260a01c1682526020820152a2565b5f51602061556b5f395f51905f525c6130e25760015f51602061556b5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b61311e6110537f000000000000000000000000000000000000000000000000000000000000000043612e29565b9060028201808311610a285764010000000011156131425761313f826142d0565b50565b6373cde75160e01b5f5260045ffd5b5460b01c60ff166007811015610da0578015610d915760018114159081613189575b5061317a57565b630b2b581760e21b5f5260045ffd5b6002915014155f613173565b8061319d5750565b7f000000000000000000000000000000000000000000000000000000000000000090604051906323b872dd60e01b5f52336004523060245260445260205f60648180865af19060015f511482161561321f575b6040525f606052156131ff5750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b90600181151661323757823b15153d151616906131f0565b503d5f823e3d90fd5b9061324a82613b4a565b9160018301549163ffffffff8360281c1615610a78576001600160401b038260201c165f52600c60205260405f209160018060a01b038354163303610a69576001600160601b039060ff600287015495865f52600260205260405f20966132b088613151565b5f5260f01c1660205260405f205f526003602052166001600160601b0360405f205416036118e657565b906001600160401b0382165f52600c60205260405f2091825460018060a01b0381161561333b5760c81c60ff166003811015610da0576118c8578261331e91614374565b6002811461332c5761306757565b630780cf0960e21b5f5260045ffd5b632b3ddb2960e01b5f5260045ffd5b939192936001600160401b0381165f52601060205260405f2063ffffffff85165f5260205260405f2060018101549563ffffffff8760281c1615610a7857600282015493845f52600260205260405f20946133a486613151565b805f5260ff8960f01c1660205260405f2098895f5260036020526bffffffffffffffff000000008660201b1663ffffffff8a16176001600160601b0360405f205416036118e65763ffffffff8160a81c16612b71578060e81c60088116613b3b576004166118d75760c81c63ffffffff1680613a91575b5061343f876bffffffffffffffff000000008760201b1663ffffffff8b1617614706565b5061347263ffffffff600186015460681c1687866bffffffffffffffff000000008960201b1663ffffffff8d1617614f84565b60018401805460ff60e81b19811660e891821c60ff1660041790911b60ff60e81b16179055600184015463ffffffff8160a81c16612b71576001600160401b0386165f52600d60205260405f2060ff82165f5260205260405f20546001600160401b038160801c1690815f19810111610a28575f19820163ffffffff8460081c160361394b575b61350890865f198401916154fd565b6001600160401b0388165f52600d60205260405f2060ff84165f5260205260405f20555f19011561391b575b506001820180545f1963ffffffff8260601c160163ffffffff8111610a285763ffffffff60601b1990911660609190911b63ffffffff60601b1617905560018301928310610a285760018401805463ffffffff60a81b191660a885901b63ffffffff60a81b161790556040805163ffffffff8a168152602081018590527f9f4117c90df48425c256f51f92137c6c0a69fbca1c66b6776ea8bf35f6e41ac3986001600160401b03986137df9791937fe86fc224b2f8f31ac0d75e0faef7b42a6a4ac3571fb0352b20008c1b17fa5279938d93918b8d16917f8e527db6850da0ff2a0d9ac11598cf0761cac9590eb12d5bb1d6996937005a6b9190a261363a878383613fa5565b9160018060a01b038854169063ffffffff600184015460a81c1615613916575b6136855f60038501936001600160601b03855416996040810161367e8c8251612e09565b905261544b565b60058101938c60ff865460e01c1696600286015460ff600188015460f01c16905f5260205260405f205f52600360205263ffffffff6bffffffffffffffff0000000060405f209360201b169116176001600160601b03825416146138f4575b505f94600185015460108160e81c1661386a575b50613754959663ffffffff600187015460481c16918284106137e4575b505083546bffffffffffffffffffffffff1916909355505050600101805460ff60e81b19811660e891821c60ff1660081790911b60ff60e81b16179055565b6040519060808201935f8352602083015260408201525f15156060820152806bffffffffffffffff000000008960201b1663ffffffff8d1617930390a25f90815260076020908152604080832093546001600160a01b0316835292815290829020805460ff19166003179055815163ffffffff90981688528701919091529190921693918291820190565b0390a3565b6001600160401b03613804816137fa8787612e29565b1682845416614f64565b166001600160401b0319825416179055613820575b8080613715565b611c5d61383b926001600160601b0360018601541692612e29565b90546001600160a01b03165f9081526009602052604090208054909161386091612e09565b90555f8080613819565b61375496506138a19061389b865463ffffffff806001600160601b038360601c169460881c169160c01c1683615424565b90612e29565b96876138af575b96956136f8565b80156138dc5760018060a01b038454165f52600960205260405f206138d5898254612e09565b90556138a8565b600484016138d56001600160801b038a168254612e09565b80546eff0000ffffffffffffffffffffffff1916600160701b1790555f6136e4565b61365a565b6139436003840191856001600160401b03845492600160ff8560801c92161b191616916154fd565b90555f613534565b6001600160401b0388165f52600e60205260405f209064ff000000008460201b16915f19840183175f5260205260405f205460801c916139c16001600160401b0384169163ffffffff8760081c1617916001600160401b038c165f52600e60205260405f20835f526020528960405f20546154fd565b906001600160401b038b165f52600e60205260405f20905f5260205260405f20556001600160401b0389165f52601060205260405f2063ffffffff808416165f52602052600160405f2001805464ffffffff0086169064ffffffff0019161790556001870191828811610a28576135089263ffffffff6040519216825260ff8616602083015263ffffffff8660081c16604083015260608201527fc23b6fc5c3bf91e23cc29c3f18efb81e1f4fc5a32ca93588800fa0b4da2804ac60806001600160401b038c1692a290506134f9565b60018501805463ffffffff60c81b1916905586546001600160a01b03165f9081526009602052604090208054613ae8907f000000000000000000000000000000000000000000000000000000000000000090612e09565b90556040519081525f60208201527f7ddf8673822bacd11746fa2f9200d5df76c7d633106ee3015b7e05881f9af5a860406bffffffffffffffff000000008860201b1663ffffffff8c161792a25f61341b565b6331ff129760e11b5f5260045ffd5b6001600160401b038160201c165f52601060205263ffffffff8060405f209216165f5260205260405f2090565b919290600181019263ffffffff845460c81c16948515613d3257613b9c848285613fa5565b8610908180613d17575b613d0c577f7ddf8673822bacd11746fa2f9200d5df76c7d633106ee3015b7e05881f9af5a8956040956001600160601b039584613cf9575b84613c4d575b5050805463ffffffff60c81b19169055546001600160a01b03165f90815260096020528490208054613c37907f000000000000000000000000000000000000000000000000000000000000000090612e09565b90558351958652151560208601521692a2600190565b825460ff60e81b19811660e891821c60ff1660041790911b60ff60e81b16178355600290613c7d8b86838a614f84565b01805460ff845460f01c16905f52602052875f205f526003602052875f208781541688881614613cdd575b50545f9081526007602090815288822092546001600160a01b0316825291909152868120805460ff1916600317905580613be4565b8054600160701b891990911660ff60701b19161790555f613ca8565b9350613d04896142d0565b151593613bde565b505050505050505f90565b50613d20612eac565b6002880190818911610a285710613ba6565b5050505050505f90565b600163ffffffff91015460801c1660028201809211610a285780821015613d61575090565b905090565b90929160607fefefc1c8b92601201d3d1710fed5b6342e38e3529ead6253cedce11b28d4a4409185545f613e316004613e268a6001600160601b03611c71600560b01b60ff60b01b19891617808455611c6b600160058601958c87548360e01b9163ffffffff60c01b9060c01b169064ffffffffff60c01b191617178097550154946001600160401b03611c63613e0a611c2e838560801c16848660401c16612e29565b8f63ffffffff8a611c5d921c1663ffffffff8b60801c16612e29565b990198895490612e09565b975560018060a01b03165f52600960205260405f20613e51878254612e09565b905560405190600582526020820152856040820152a2565b90929160607fefefc1c8b92601201d3d1710fed5b6342e38e3529ead6253cedce11b28d4a4409185545f613f0d6004613e268a6001600160601b03611c71600360b11b60ff60b01b19891617808455611c6b600160058601958c87548360e01b9163ffffffff60c01b9060c01b169064ffffffffff60c01b191617178097550154946001600160401b03611c63613e0a611c2e838560801c16848660401c16612e29565b975560018060a01b03165f52600960205260405f20613f2d878254612e09565b905560405190600682526020820152856040820152a2565b6008821015612e465701905f90565b90604051613f6181612f16565b606060ff82945460018060a01b03811684526001600160401b038160a01c166020850152818160e01c16604085015260e81c161515910152565b906112bd575f9055565b60019093929301549263ffffffff6005818660481c1693015460c01c16828110614025575b505460ff8160c81c166003811015610da057151580614013575b614002575b509160281c63ffffffff16808310613ffe5750565b9150565b63ffffffff915060d01c165f613fe9565b508163ffffffff8260d01c1610613fe4565b91505f613fca565b815191906041830361405d576140569250602082015190606060408401519301515f1a906152ab565b9192909190565b50505f9160029190565b5460b01c60ff166007811015610da05760018114908115614086575090565b600291501490565b5f95947f0000000000000000000000000000000000000000000000000000000000000000947f0000000000000000000000000000000000000000000000000000000000000000949290885b8681106140ea575050505050505050565b6140f7610bfd8284613f45565b8051909a906001600160a01b03161561423d57614121896001600160401b0360208e015116612e09565b43111561423d57614135610c4a8385613f45565b5f8481526007602090815260408083208e516001600160a01b0316845290915290819020805460ff191690558b01516141719060ff168661523a565b9060608c0151155f1461420f579061418b81899493612e09565b9b875460ff8160601c169060ff82106141d1575b5050516040519182526001936001600160a01b03909116915f51602061554b5f395f51905f5290602090a35b016140d9565b90945060018501809511610a285760ff60601b191660609490941b60ff60601b1693909317875587925f51602061554b5f395f51905f52602061419f565b9a516001600160a01b03165f90815260096020526040902080546001939261423691612e09565b90556141cb565b99506001906141cb565b801561313f5761425981600a54612e09565b600a557f0000000000000000000000000000000000000000000000000000000000000000906040519063a9059cbb60e01b5f5261dead60045260245260205f60448180865af19060015f51148216156142b8575b604052156131ff5750565b90600181151661323757823b15153d151616906142ad565b90815f52600860205260405f20549182156142e85750565b61431561038e7f000000000000000000000000000000000000000000000000000000000000000083612e16565b804310614356575f198101908111610a285761433090615338565b80614339575050565b9092505f528160205260405f20915f5260086020528160405f2055565b505f925050565b6001600160401b0381116114d45760051b60200190565b919061437e612eac565b9080549063ffffffff8260a01c1660ff819360c01c1692839160018401549263ffffffff8085169460201c169260028601549760038701547f000000000000000000000000000000000000000000000000000000000000000061010081145f146146e257505f195b60019c5f5b61010081106144c6575b5050505060018b1490816144ba575b816144af575b506144a7575b82149081159161449c575b50614429575b505050505050565b835464ffffffffff60a01b191660a09190911b63ffffffff60a01b161760c09490941b60ff60c01b1693909317825560018201805467ffffffffffffffff191663ffffffff929092169190911760209390931b67ffffffff000000001692909217909155600201555f8080808080614421565b90508514155f61441b565b5f9950614410565b90508310155f61440a565b60018916159150614404565b879c9a999b97985f9b60018a169e8f156145ed575b509c8c809e60019e9d9e1b179e6144f191612e09565b9a6144fb91612e09565b986145088a8c83866153cd565b600181018111610a28578d84600183019a60011c9e151591826145a7575b505061453757506001905b016143eb565b8b5464ffffffffff60c81b19166001820160d01b63ffffffff60d01b1617600160c81b178c55949e507f6f805b66ea7c4812e1949150a1583f2d03988aa92db6a506979c7d78d20b72899350602092506001600160401b039190506040519485521692a26002995f8080806143f5565b5f925016805b6145dc57507f00000000000000000000000000000000000000000000000000000000000000001115848f614526565b6001909101905f19810116806145ad565b878110156146c8576145ff8188615398565b15614622575061460e8b6142d0565b614619575b5f6144db565b60019c50614613565b90919a506101009e50869d9b9c5063ffffffff8660c09b949b1c168660e01c8183105f146146ae57509d8e5b9e116146a4575b61465f908e612e29565b9d8e1061469d57505f5b9c600881106146975750505f5b9a5f19810190808211610a28576146918a8c600194866153cd565b97614531565b1c614676565b8d1b614669565b959c508c95614655565b9050808210156146c0575b9d8e61464e565b505f196146b9565b999d9b9c509d5098505050505099505f995f8080806143f5565b6001901b5f198101908111156143e657634e487b7160e01b5f52601160045260245ffd5b91905f926001600160401b038160201c165f52601060205260405f2063ffffffff808316165f5260205260405f20916001830154908160e81c906008821615801590614f53575b614f495760028501545f52600260205260405f20946001600160401b038560201c165f52600c60205263ffffffff60405f209460c81c16151580614f37575b614f2e575b61479c848783613fa5565b91829385549363ffffffff8560a01c16818110614f26575b50600184015463ffffffff8160c81c1680151580614f1d575b614f15575b5063ffffffff8160681c1692838311614b9a575b505050841480614b85575b6147ff575b50505050505050565b61480a858884615496565b96879588159889614b6f575b8015614b56575b614829575b50506147f6565b88999a5063ffffffff6001859a999a015460a81c16908115614b44575b5087614b0f575b5060038301916001600160601b038354165f9a5f908990614b08575b15614ac55750926001600160601b039895926148cb8c7fe86fc224b2f8f31ac0d75e0faef7b42a6a4ac3571fb0352b20008c1b17fa52799c9a97946149689a97965b604082016148ba898251612e09565b90526001600160a01b03169061544b565b600581019460ff865460e01c1696614a71575b5f95600185015460108160e81c166149f1575b5061494295969763ffffffff600187015460481c169182841061497c575b505083548c1916909355505050600101805460ff60e81b19811660e891821c60ff1660081790911b60ff60e81b16179055565b604080519889526020890191909152870152151560608601529116929081906080820190565b0390a26001905f8080808080808080614822565b6001600160401b03614992816137fa8787612e29565b166001600160401b03198254161790556149ae575b808061490f565b611c5d6149c2928d60018601541692612e29565b90546001600160a01b03165f908152600960205260409020805490916149e791612e09565b90555f80806149a7565b614942969750614a1d9061389b86548f63ffffffff80918360601c169460881c169160c01c1683615424565b9788614a2c575b9796956148f1565b8015614a595760018060a01b038454165f52600960205260405f20614a528a8254612e09565b9055614a24565b60048401614a526001600160801b038b168254612e09565b600284015460ff600186015460f01c16905f5260205260405f205f52600360205260405f208b8b168c82541614614aa9575b506148de565b8054600160701b8d1990911660ff60701b19161790555f614aa3565b927fe86fc224b2f8f31ac0d75e0faef7b42a6a4ac3571fb0352b20008c1b17fa52799a9895929b506148cb6001600160601b039a976149689996939d8e916148ab565b5089614869565b909650614b3c7f000000000000000000000000000000000000000000000000000000000000000086612e09565b10955f61484d565b63ffffffff91505460d01c165f614846565b5060ff815460c81c166003811015610da057151561481d565b5063ffffffff600185015460a81c161515614816565b5063ffffffff600183015460c81c16156147f1565b919b50905f198c018c8111610a2857614bf5906001600160401b038b60201c166001600160401b03165f52600f60205260405f208160021c5f5260205260c060405f20549160061b161c9063ffffffff8083169260201c1690565b90845f19810111610a2857614c5d90614c57614c578d6001600160401b035f198a019160201c166001600160401b03165f52600f60205260405f208160021c5f5260205260c060405f20549160061b161c9063ffffffff8083169260201c1690565b92612e29565b908d8c866001600160601b0360018301541691878b6010614c7e8887612e16565b9916614ebc575b905060038101986001600160601b038a541699614cb2896001600160601b03600287015460601c16612e16565b9a808c11614eb4575b614ce28963ffffffff8197958f958660019660ff9a98614e8a575b50505060881c16612e09565b9101805467ffffffffffffffff60681b191660889290921b63ffffffff60881b1691909117606888901b63ffffffff60681b1617905560056001600160401b03614d2c8689612e29565b169101906fffffffffffffffff0000000000000000614d598354926001600160401b038460401c16612e6e565b60401b1667ffffffffffffffff60801b614d976001600160401b03878116906fffffffffffffffff0000000000000000198616851760801c16612e6e565b60801b169177ffffffffffffffffffffffffffffffff00000000000000001916171780915560e01c16614e4a575b50614ddf9250859150506001600160a01b038a168861544b565b60408601614dee858251612e09565b90526040519485528d602086015260408501526060840152608083015260a08201527f0fd5ea264025e78d6efd7dbe8a8720733f2e10b99482ccf178355014cda1376e60c06001600160601b03891692a2600198845f806147e6565b614e5a611c5d92614e5f95612e29565b612e29565b60018060a01b038d54165f526009602052614e7f60405f20918254612e09565b90558d5f8683614dc5565b6001600160601b0391614e9c91612e29565b166001600160601b03198254161790558f805f614cd6565b9a508a614cbb565b614f0d92989161389b6003611c6b93015463ffffffff6001600160601b038260601c169160c01c1663ffffffff614f02614efb8d838860881c16612e09565b8385615424565b9460881c1691615424565b95878b614c85565b91505f6147d2565b508281106147cd565b90505f6147b4565b60019750614791565b50614f4484878388613b77565b61478c565b505f955050505050565b5063ffffffff8360281c161561474d565b906001600160401b03809116911603906001600160401b038211610a2857565b919060010190815463ffffffff8160281c16808610615098575b5060481c63ffffffff169283851015615091576150496020936001600160601b0393614feb887f1fb488cf4a99a3ba0753f420a9292f26ea0613370912ad15dc0b43f1886b086b98612e29565b60ff600583016001600160401b0361500881851682845416614f64565b166001600160401b03198254161781555460e01c16615054575b505080546cffffffff0000000000000000001916604888901b63ffffffff60481b16179055565b6040519485521692a2565b6150649086600184015416612e16565b90546001600160a01b03165f90815260098752604090208054909161508891612e09565b90555f80615022565b5050505050565b945063ffffffff614f9e565b602081018051806150b457505050565b5f9260018060a01b03905116835260096020526150d660408420918254612e09565b905552565b91906150e683614067565b15801561521a575b61521357546001600160601b03811680156151c3576151146001600160401b0391613b4a565b9160201c165f52600c602052600160405f209101549263ffffffff8460481c1691549060ff8260c81c166003811015610da057615181575b505060018201809211610a28571190811591615171575b5061516c575f90565b600490565b6002915060e81c1615155f615163565b6005015460c01c63ffffffff16808310156151b7575063ffffffff82915b60d01c16106151af575f8061514c565b505050600390565b63ffffffff909161519f565b50905060ff8160681c16156151e85760701c60ff161590506151e457600390565b5f90565b50600281015460c01c43111561520d575460c01c60ff1615615208575f90565b600290565b50600190565b5050505f90565b5060028201808311610a285763ffffffff600185015460801c16106150ee565b615265907f000000000000000000000000000000000000000000000000000000000000000090612e16565b61270f8101809111610a28576127109004907f00000000000000000000000000000000000000000000000000000000000000008083106152a457501b90565b901b919050565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841161532d579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15615322575f516001600160a01b0381161561531857905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190565b905f914381101561538c5761534d8143612e29565b61010081111561539257611fff1061538c575f5260205f818171f90827f1c53a10cb7a02335b1753200029355afa60203d141661538657565b5f519150565b505f9150565b50409150565b6001600160401b039163ffffffff8260c01c1681106153c8578160e01c116153c15760801c1690565b60401c1690565b501690565b92916001600160401b0391928260c08560061b16951693845f52600f60205260405f209060021c90815f5260205260405f2054945f52600f60205260405f20905f5260205260201b17831b921b19161760405f2055565b8015615213578261543e9183612f13951161544357612e16565b612e8e565b839150612e16565b90821561549157815161547c9260209290916001600160a01b039182169116819003615480575b5001918251612e09565b9052565b615489826150a4565b81525f615472565b505050565b60010154909160e882901c6004166154f557549060ff8260c81c166003811015610da0571561521357600563ffffffff809260481c1693015460c01c168281106154e9575b5060d01c63ffffffff161090565b915063ffffffff6154db565b505050600190565b9190600101808360e01c146155345760e01b916001600160801b0363ffffffff60c01b8260201c169260801b9160401c1617171790565b5060801b906001600160401b0360801b1916179056fefc0fe40ca2cc602e16b3c2ac947d8db6f65e0f1387019a40c158e0cfad7a5c119b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
}

// MarketplaceV2Facet is an auto generated Go binding around an Ethereum contract.
type MarketplaceV2Facet struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MarketplaceV2Facet) GetABI() abi.ABI {
	return c.abi
}

// NewMarketplaceV2Facet creates a new instance of MarketplaceV2Facet.
func NewMarketplaceV2Facet() *MarketplaceV2Facet {
	parsed, err := MarketplaceV2FacetMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MarketplaceV2Facet{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MarketplaceV2Facet) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,uint64,uint64,uint64,uint64,uint8,uint8,uint8,uint16,uint16,uint16,uint16,uint64,uint256,uint256,uint256) c) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackConstructor(c IMarketplaceV2Config) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAUDITEPOCHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b0398ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AUDIT_EPOCHS() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) PackAUDITEPOCHS() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("AUDIT_EPOCHS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAUDITEPOCHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b0398ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AUDIT_EPOCHS() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackAUDITEPOCHS() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("AUDIT_EPOCHS")
}

// UnpackAUDITEPOCHS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b0398ec.
//
// Solidity: function AUDIT_EPOCHS() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackAUDITEPOCHS(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Facet.abi.Unpack("AUDIT_EPOCHS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (marketplaceV2Facet *MarketplaceV2Facet) PackBURNADDRESS() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("BURN_ADDRESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackBURNADDRESS() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("BURN_ADDRESS")
}

// UnpackBURNADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfccc2813.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackBURNADDRESS(data []byte) (common.Address, error) {
	out, err := marketplaceV2Facet.abi.Unpack("BURN_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDEPOSITSTEPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8a28bea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEPOSIT_STEPS() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) PackDEPOSITSTEPS() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("DEPOSIT_STEPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEPOSITSTEPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8a28bea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEPOSIT_STEPS() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackDEPOSITSTEPS() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("DEPOSIT_STEPS")
}

// UnpackDEPOSITSTEPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8a28bea.
//
// Solidity: function DEPOSIT_STEPS() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackDEPOSITSTEPS(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Facet.abi.Unpack("DEPOSIT_STEPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXADVANCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2a7f8ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ADVANCE() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) PackMAXADVANCE() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("MAX_ADVANCE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXADVANCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2a7f8ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ADVANCE() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackMAXADVANCE() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("MAX_ADVANCE")
}

// UnpackMAXADVANCE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2a7f8ed.
//
// Solidity: function MAX_ADVANCE() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackMAXADVANCE(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Facet.abi.Unpack("MAX_ADVANCE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXMANIFEST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x635c1ad5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MANIFEST() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) PackMAXMANIFEST() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("MAX_MANIFEST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMANIFEST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x635c1ad5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MANIFEST() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackMAXMANIFEST() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("MAX_MANIFEST")
}

// UnpackMAXMANIFEST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x635c1ad5.
//
// Solidity: function MAX_MANIFEST() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackMAXMANIFEST(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Facet.abi.Unpack("MAX_MANIFEST", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPEERINFO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f6f38d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PEER_INFO() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) PackMAXPEERINFO() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("MAX_PEER_INFO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPEERINFO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f6f38d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PEER_INFO() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackMAXPEERINFO() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("MAX_PEER_INFO")
}

// UnpackMAXPEERINFO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f6f38d2.
//
// Solidity: function MAX_PEER_INFO() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackMAXPEERINFO(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Facet.abi.Unpack("MAX_PEER_INFO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSETMEMBERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27168194.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SET_MEMBERS() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) PackMAXSETMEMBERS() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("MAX_SET_MEMBERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSETMEMBERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27168194.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SET_MEMBERS() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackMAXSETMEMBERS() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("MAX_SET_MEMBERS")
}

// UnpackMAXSETMEMBERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27168194.
//
// Solidity: function MAX_SET_MEMBERS() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackMAXSETMEMBERS(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Facet.abi.Unpack("MAX_SET_MEMBERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSLOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0f3f2e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SLOTS() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) PackMAXSLOTS() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("MAX_SLOTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSLOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0f3f2e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SLOTS() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackMAXSLOTS() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("MAX_SLOTS")
}

// UnpackMAXSLOTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0f3f2e9.
//
// Solidity: function MAX_SLOTS() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackMAXSLOTS(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Facet.abi.Unpack("MAX_SLOTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c69fd8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptExtension(uint96[] tenureIds) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackAcceptExtension(tenureIds []*big.Int) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("acceptExtension", tenureIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c69fd8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptExtension(uint96[] tenureIds) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackAcceptExtension(tenureIds []*big.Int) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("acceptExtension", tenureIds)
}

// PackAnswerAudit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf130be60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answerAudit(uint96 tenureId, bytes proof) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackAnswerAudit(tenureId *big.Int, proof []byte) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("answerAudit", tenureId, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswerAudit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf130be60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answerAudit(uint96 tenureId, bytes proof) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackAnswerAudit(tenureId *big.Int, proof []byte) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("answerAudit", tenureId, proof)
}

// PackAuditSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5e7014b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function auditSlot(bytes32 requestId, uint256 index) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackAuditSlot(requestId [32]byte, index *big.Int) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("auditSlot", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuditSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5e7014b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function auditSlot(bytes32 requestId, uint256 index) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackAuditSlot(requestId [32]byte, index *big.Int) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("auditSlot", requestId, index)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Facet.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burned() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) PackBurned() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("burned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burned() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackBurned() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("burned")
}

// UnpackBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73f42561.
//
// Solidity: function burned() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackBurned(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Facet.abi.Unpack("burned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50125546.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelRequest(bytes32 requestId) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackCancelRequest(requestId [32]byte) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("cancelRequest", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50125546.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelRequest(bytes32 requestId) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackCancelRequest(requestId [32]byte) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("cancelRequest", requestId)
}

// PackClientNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9178274a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clientNonce(address ) view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) PackClientNonce(arg0 common.Address) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("clientNonce", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClientNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9178274a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clientNonce(address ) view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackClientNonce(arg0 common.Address) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("clientNonce", arg0)
}

// UnpackClientNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9178274a.
//
// Solidity: function clientNonce(address ) view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackClientNonce(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Facet.abi.Unpack("clientNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClosedEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14a12f00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closedEpochs() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) PackClosedEpochs() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("closedEpochs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClosedEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14a12f00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closedEpochs() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackClosedEpochs() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("closedEpochs")
}

// UnpackClosedEpochs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14a12f00.
//
// Solidity: function closedEpochs() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackClosedEpochs(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Facet.abi.Unpack("closedEpochs", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function config() view returns((address,uint64,uint64,uint64,uint64,uint8,uint8,uint8,uint16,uint16,uint16,uint16,uint64,uint256,uint256,uint256) c)
func (marketplaceV2Facet *MarketplaceV2Facet) PackConfig() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("config")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function config() view returns((address,uint64,uint64,uint64,uint64,uint8,uint8,uint8,uint16,uint16,uint16,uint16,uint64,uint256,uint256,uint256) c)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackConfig() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((address,uint64,uint64,uint64,uint64,uint8,uint8,uint8,uint16,uint16,uint16,uint16,uint64,uint256,uint256,uint256) c)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackConfig(data []byte) (IMarketplaceV2Config, error) {
	out, err := marketplaceV2Facet.abi.Unpack("config", data)
	if err != nil {
		return *new(IMarketplaceV2Config), err
	}
	out0 := *abi.ConvertType(out[0], new(IMarketplaceV2Config)).(*IMarketplaceV2Config)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) PackCurrentEpoch() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackCurrentEpoch() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackCurrentEpoch(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Facet.abi.Unpack("currentEpoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeclareFaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cda8f91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function declareFaults(uint64 setId, uint32[] mids) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackDeclareFaults(setId uint64, mids []uint32) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("declareFaults", setId, mids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeclareFaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cda8f91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function declareFaults(uint64 setId, uint32[] mids) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackDeclareFaults(setId uint64, mids []uint32) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("declareFaults", setId, mids)
}

// PackDeclineExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab590a1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function declineExtension(uint96[] tenureIds) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackDeclineExtension(tenureIds []*big.Int) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("declineExtension", tenureIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeclineExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab590a1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function declineExtension(uint96[] tenureIds) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackDeclineExtension(tenureIds []*big.Int) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("declineExtension", tenureIds)
}

// PackExitSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3753b57d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitSlot(bytes32 slotId) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackExitSlot(slotId [32]byte) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("exitSlot", slotId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3753b57d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitSlot(bytes32 slotId) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackExitSlot(slotId [32]byte) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("exitSlot", slotId)
}

// PackExtendRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0408455a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function extendRequest(bytes32 requestId, uint32 newEndEpoch, uint256 reserveTopUp) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackExtendRequest(requestId [32]byte, newEndEpoch uint32, reserveTopUp *big.Int) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("extendRequest", requestId, newEndEpoch, reserveTopUp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExtendRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0408455a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function extendRequest(bytes32 requestId, uint32 newEndEpoch, uint256 reserveTopUp) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackExtendRequest(requestId [32]byte, newEndEpoch uint32, reserveTopUp *big.Int) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("extendRequest", requestId, newEndEpoch, reserveTopUp)
}

// PackFailRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbfbde10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function failRequest(bytes32 requestId) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackFailRequest(requestId [32]byte) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("failRequest", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFailRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbfbde10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function failRequest(bytes32 requestId) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackFailRequest(requestId [32]byte) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("failRequest", requestId)
}

// PackGenesisBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdc9c63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesisBlock() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) PackGenesisBlock() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("genesisBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenesisBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdc9c63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function genesisBlock() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackGenesisBlock() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("genesisBlock")
}

// UnpackGenesisBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdc9c63.
//
// Solidity: function genesisBlock() view returns(uint256)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackGenesisBlock(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Facet.abi.Unpack("genesisBlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastSetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766f451f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastSetId() view returns(uint64)
func (marketplaceV2Facet *MarketplaceV2Facet) PackLastSetId() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("lastSetId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastSetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766f451f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastSetId() view returns(uint64)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackLastSetId() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("lastSetId")
}

// UnpackLastSetId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x766f451f.
//
// Solidity: function lastSetId() view returns(uint64)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackLastSetId(data []byte) (uint64, error) {
	out, err := marketplaceV2Facet.abi.Unpack("lastSetId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackReserveSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62d48e13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserveSlot(bytes32 requestId, uint256 index) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackReserveSlot(requestId [32]byte, index *big.Int) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("reserveSlot", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserveSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62d48e13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserveSlot(bytes32 requestId, uint256 index) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackReserveSlot(requestId [32]byte, index *big.Int) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("reserveSlot", requestId, index)
}

// PackReserveSlotWithTicket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd0a6e91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserveSlotWithTicket(bytes32 requestId, uint256 index, uint64 deadline, bytes sig) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackReserveSlotWithTicket(requestId [32]byte, index *big.Int, deadline uint64, sig []byte) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("reserveSlotWithTicket", requestId, index, deadline, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserveSlotWithTicket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd0a6e91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserveSlotWithTicket(bytes32 requestId, uint256 index, uint64 deadline, bytes sig) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackReserveSlotWithTicket(requestId [32]byte, index *big.Int, deadline uint64, sig []byte) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("reserveSlotWithTicket", requestId, index, deadline, sig)
}

// PackResolveAudit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f0fc9a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveAudit(uint96 tenureId) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackResolveAudit(tenureId *big.Int) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("resolveAudit", tenureId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveAudit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f0fc9a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveAudit(uint96 tenureId) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackResolveAudit(tenureId *big.Int) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("resolveAudit", tenureId)
}

// PackRetireSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4a68ff9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retireSet(uint64 setId) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackRetireSet(setId uint64) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("retireSet", setId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetireSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4a68ff9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retireSet(uint64 setId) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackRetireSet(setId uint64) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("retireSet", setId)
}

// PackSeeds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0503e80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seeds(uint256 ) view returns(bytes32)
func (marketplaceV2Facet *MarketplaceV2Facet) PackSeeds(arg0 *big.Int) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("seeds", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeeds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0503e80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seeds(uint256 ) view returns(bytes32)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackSeeds(arg0 *big.Int) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("seeds", arg0)
}

// UnpackSeeds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0503e80.
//
// Solidity: function seeds(uint256 ) view returns(bytes32)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackSeeds(data []byte) ([32]byte, error) {
	out, err := marketplaceV2Facet.abi.Unpack("seeds", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSweepReservations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdee86327.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweepReservations(bytes32 requestId, uint256 index) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackSweepReservations(requestId [32]byte, index *big.Int) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("sweepReservations", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweepReservations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdee86327.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweepReservations(bytes32 requestId, uint256 index) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackSweepReservations(requestId [32]byte, index *big.Int) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("sweepReservations", requestId, index)
}

// PackTerminateRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x802d6561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function terminateRequest(bytes32 requestId) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) PackTerminateRequest(requestId [32]byte) []byte {
	enc, err := marketplaceV2Facet.abi.Pack("terminateRequest", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTerminateRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x802d6561.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function terminateRequest(bytes32 requestId) returns()
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackTerminateRequest(requestId [32]byte) ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("terminateRequest", requestId)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (marketplaceV2Facet *MarketplaceV2Facet) PackToken() []byte {
	enc, err := marketplaceV2Facet.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (marketplaceV2Facet *MarketplaceV2Facet) TryPackToken() ([]byte, error) {
	return marketplaceV2Facet.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackToken(data []byte) (common.Address, error) {
	out, err := marketplaceV2Facet.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// MarketplaceV2FacetAuditAnswered represents a AuditAnswered event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetAuditAnswered struct {
	TenureId *big.Int
	Epoch    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetAuditAnsweredEventName = "AuditAnswered"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetAuditAnswered) ContractEventName() string {
	return MarketplaceV2FacetAuditAnsweredEventName
}

// UnpackAuditAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuditAnswered(uint96 indexed tenureId, uint256 epoch)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackAuditAnsweredEvent(log *types.Log) (*MarketplaceV2FacetAuditAnswered, error) {
	event := "AuditAnswered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetAuditAnswered)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetAuditRequested represents a AuditRequested event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetAuditRequested struct {
	TenureId  *big.Int
	Owner     common.Address
	RequestId [32]byte
	Index     *big.Int
	Epoch     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetAuditRequestedEventName = "AuditRequested"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetAuditRequested) ContractEventName() string {
	return MarketplaceV2FacetAuditRequestedEventName
}

// UnpackAuditRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuditRequested(uint96 indexed tenureId, address indexed owner, bytes32 indexed requestId, uint256 index, uint256 epoch)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackAuditRequestedEvent(log *types.Log) (*MarketplaceV2FacetAuditRequested, error) {
	event := "AuditRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetAuditRequested)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetAuditResolved represents a AuditResolved event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetAuditResolved struct {
	TenureId *big.Int
	Epoch    *big.Int
	Lapsed   bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetAuditResolvedEventName = "AuditResolved"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetAuditResolved) ContractEventName() string {
	return MarketplaceV2FacetAuditResolvedEventName
}

// UnpackAuditResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuditResolved(uint96 indexed tenureId, uint256 epoch, bool lapsed)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackAuditResolvedEvent(log *types.Log) (*MarketplaceV2FacetAuditResolved, error) {
	event := "AuditResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetAuditResolved)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetExtensionAccepted represents a ExtensionAccepted event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetExtensionAccepted struct {
	TenureId *big.Int
	End      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetExtensionAcceptedEventName = "ExtensionAccepted"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetExtensionAccepted) ContractEventName() string {
	return MarketplaceV2FacetExtensionAcceptedEventName
}

// UnpackExtensionAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExtensionAccepted(uint96 indexed tenureId, uint256 end)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackExtensionAcceptedEvent(log *types.Log) (*MarketplaceV2FacetExtensionAccepted, error) {
	event := "ExtensionAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetExtensionAccepted)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetExtensionDeclined represents a ExtensionDeclined event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetExtensionDeclined struct {
	TenureId *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetExtensionDeclinedEventName = "ExtensionDeclined"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetExtensionDeclined) ContractEventName() string {
	return MarketplaceV2FacetExtensionDeclinedEventName
}

// UnpackExtensionDeclinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExtensionDeclined(uint96 indexed tenureId)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackExtensionDeclinedEvent(log *types.Log) (*MarketplaceV2FacetExtensionDeclined, error) {
	event := "ExtensionDeclined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetExtensionDeclined)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetFaultDeclared represents a FaultDeclared event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetFaultDeclared struct {
	SetId  uint64
	Mid    uint32
	SlotId [32]byte
	Epoch  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetFaultDeclaredEventName = "FaultDeclared"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetFaultDeclared) ContractEventName() string {
	return MarketplaceV2FacetFaultDeclaredEventName
}

// UnpackFaultDeclaredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FaultDeclared(uint64 indexed setId, uint32 mid, bytes32 indexed slotId, uint256 epoch)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackFaultDeclaredEvent(log *types.Log) (*MarketplaceV2FacetFaultDeclared, error) {
	event := "FaultDeclared"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetFaultDeclared)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetMemberAdded represents a MemberAdded event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetMemberAdded struct {
	SetId    uint64
	Mid      uint32
	TenureId *big.Int
	Cls      *big.Int
	Pos      *big.Int
	Epoch    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetMemberAddedEventName = "MemberAdded"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetMemberAdded) ContractEventName() string {
	return MarketplaceV2FacetMemberAddedEventName
}

// UnpackMemberAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberAdded(uint64 indexed setId, uint32 mid, uint96 indexed tenureId, uint256 cls, uint256 pos, uint256 epoch)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackMemberAddedEvent(log *types.Log) (*MarketplaceV2FacetMemberAdded, error) {
	event := "MemberAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetMemberAdded)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetMemberMoved represents a MemberMoved event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetMemberMoved struct {
	SetId uint64
	Mid   uint32
	Cls   *big.Int
	Pos   *big.Int
	Epoch *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetMemberMovedEventName = "MemberMoved"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetMemberMoved) ContractEventName() string {
	return MarketplaceV2FacetMemberMovedEventName
}

// UnpackMemberMovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberMoved(uint64 indexed setId, uint32 mid, uint256 cls, uint256 pos, uint256 epoch)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackMemberMovedEvent(log *types.Log) (*MarketplaceV2FacetMemberMoved, error) {
	event := "MemberMoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetMemberMoved)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetMemberRemoved represents a MemberRemoved event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetMemberRemoved struct {
	SetId uint64
	Mid   uint32
	Epoch *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetMemberRemovedEventName = "MemberRemoved"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetMemberRemoved) ContractEventName() string {
	return MarketplaceV2FacetMemberRemovedEventName
}

// UnpackMemberRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberRemoved(uint64 indexed setId, uint32 mid, uint256 epoch)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackMemberRemovedEvent(log *types.Log) (*MarketplaceV2FacetMemberRemoved, error) {
	event := "MemberRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetMemberRemoved)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetProviderRegistered represents a ProviderRegistered event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetProviderRegistered struct {
	Provider common.Address
	PeerInfo []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetProviderRegisteredEventName = "ProviderRegistered"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetProviderRegistered) ContractEventName() string {
	return MarketplaceV2FacetProviderRegisteredEventName
}

// UnpackProviderRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderRegistered(address indexed provider, bytes peerInfo)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackProviderRegisteredEvent(log *types.Log) (*MarketplaceV2FacetProviderRegistered, error) {
	event := "ProviderRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetProviderRegistered)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetRequestClosed represents a RequestClosed event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetRequestClosed struct {
	RequestId [32]byte
	State     uint8
	Stop      *big.Int
	Refund    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetRequestClosedEventName = "RequestClosed"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetRequestClosed) ContractEventName() string {
	return MarketplaceV2FacetRequestClosedEventName
}

// UnpackRequestClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestClosed(bytes32 indexed requestId, uint8 state, uint256 stop, uint256 refund)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackRequestClosedEvent(log *types.Log) (*MarketplaceV2FacetRequestClosed, error) {
	event := "RequestClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetRequestClosed)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetRequestExtended represents a RequestExtended event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetRequestExtended struct {
	RequestId    [32]byte
	NewEndEpoch  *big.Int
	ReserveTopUp *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetRequestExtendedEventName = "RequestExtended"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetRequestExtended) ContractEventName() string {
	return MarketplaceV2FacetRequestExtendedEventName
}

// UnpackRequestExtendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestExtended(bytes32 indexed requestId, uint256 newEndEpoch, uint256 reserveTopUp)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackRequestExtendedEvent(log *types.Log) (*MarketplaceV2FacetRequestExtended, error) {
	event := "RequestExtended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetRequestExtended)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetRequestTerminated represents a RequestTerminated event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetRequestTerminated struct {
	RequestId [32]byte
	Stop      *big.Int
	Refund    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetRequestTerminatedEventName = "RequestTerminated"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetRequestTerminated) ContractEventName() string {
	return MarketplaceV2FacetRequestTerminatedEventName
}

// UnpackRequestTerminatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestTerminated(bytes32 indexed requestId, uint256 stop, uint256 refund)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackRequestTerminatedEvent(log *types.Log) (*MarketplaceV2FacetRequestTerminated, error) {
	event := "RequestTerminated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetRequestTerminated)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetReservationEvicted represents a ReservationEvicted event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetReservationEvicted struct {
	SlotId   [32]byte
	Reserver common.Address
	Refunded *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetReservationEvictedEventName = "ReservationEvicted"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetReservationEvicted) ContractEventName() string {
	return MarketplaceV2FacetReservationEvictedEventName
}

// UnpackReservationEvictedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReservationEvicted(bytes32 indexed slotId, address indexed reserver, uint256 refunded)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackReservationEvictedEvent(log *types.Log) (*MarketplaceV2FacetReservationEvicted, error) {
	event := "ReservationEvicted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetReservationEvicted)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetReservationLapsed represents a ReservationLapsed event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetReservationLapsed struct {
	SlotId   [32]byte
	Reserver common.Address
	Burned   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetReservationLapsedEventName = "ReservationLapsed"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetReservationLapsed) ContractEventName() string {
	return MarketplaceV2FacetReservationLapsedEventName
}

// UnpackReservationLapsedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReservationLapsed(bytes32 indexed slotId, address indexed reserver, uint256 burned)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackReservationLapsedEvent(log *types.Log) (*MarketplaceV2FacetReservationLapsed, error) {
	event := "ReservationLapsed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetReservationLapsed)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetSetCreated represents a SetCreated event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetSetCreated struct {
	SetId uint64
	Owner common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetSetCreatedEventName = "SetCreated"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetSetCreated) ContractEventName() string {
	return MarketplaceV2FacetSetCreatedEventName
}

// UnpackSetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetCreated(uint64 indexed setId, address indexed owner)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackSetCreatedEvent(log *types.Log) (*MarketplaceV2FacetSetCreated, error) {
	event := "SetCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetSetCreated)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetSetFailed represents a SetFailed event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetSetFailed struct {
	SetId uint64
	Epoch *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetSetFailedEventName = "SetFailed"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetSetFailed) ContractEventName() string {
	return MarketplaceV2FacetSetFailedEventName
}

// UnpackSetFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetFailed(uint64 indexed setId, uint256 epoch)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackSetFailedEvent(log *types.Log) (*MarketplaceV2FacetSetFailed, error) {
	event := "SetFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetSetFailed)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetSetProven represents a SetProven event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetSetProven struct {
	SetId uint64
	Epoch *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetSetProvenEventName = "SetProven"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetSetProven) ContractEventName() string {
	return MarketplaceV2FacetSetProvenEventName
}

// UnpackSetProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetProven(uint64 indexed setId, uint256 epoch)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackSetProvenEvent(log *types.Log) (*MarketplaceV2FacetSetProven, error) {
	event := "SetProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetSetProven)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetSetRetired represents a SetRetired event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetSetRetired struct {
	SetId uint64
	Stop  *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetSetRetiredEventName = "SetRetired"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetSetRetired) ContractEventName() string {
	return MarketplaceV2FacetSetRetiredEventName
}

// UnpackSetRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetRetired(uint64 indexed setId, uint256 stop)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackSetRetiredEvent(log *types.Log) (*MarketplaceV2FacetSetRetired, error) {
	event := "SetRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetSetRetired)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetSetSettled represents a SetSettled event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetSetSettled struct {
	SetId    uint64
	FromHead *big.Int
	ToHead   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetSetSettledEventName = "SetSettled"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetSetSettled) ContractEventName() string {
	return MarketplaceV2FacetSetSettledEventName
}

// UnpackSetSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetSettled(uint64 indexed setId, uint256 fromHead, uint256 toHead)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackSetSettledEvent(log *types.Log) (*MarketplaceV2FacetSetSettled, error) {
	event := "SetSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetSetSettled)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetSlotFilled represents a SlotFilled event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetSlotFilled struct {
	RequestId [32]byte
	SlotId    [32]byte
	Provider  common.Address
	Index     *big.Int
	Epoch     *big.Int
	TenureId  *big.Int
	Kind      uint8
	Bonus     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetSlotFilledEventName = "SlotFilled"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetSlotFilled) ContractEventName() string {
	return MarketplaceV2FacetSlotFilledEventName
}

// UnpackSlotFilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotFilled(bytes32 indexed requestId, bytes32 indexed slotId, address indexed provider, uint256 index, uint256 epoch, uint96 tenureId, uint8 kind, uint256 bonus)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackSlotFilledEvent(log *types.Log) (*MarketplaceV2FacetSlotFilled, error) {
	event := "SlotFilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetSlotFilled)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetSlotReserved represents a SlotReserved event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetSlotReserved struct {
	RequestId   [32]byte
	SlotId      [32]byte
	Provider    common.Address
	Index       *big.Int
	BlockNumber *big.Int
	Deposit     *big.Int
	Ticketed    bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetSlotReservedEventName = "SlotReserved"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetSlotReserved) ContractEventName() string {
	return MarketplaceV2FacetSlotReservedEventName
}

// UnpackSlotReservedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotReserved(bytes32 indexed requestId, bytes32 indexed slotId, address indexed provider, uint256 index, uint256 blockNumber, uint256 deposit, bool ticketed)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackSlotReservedEvent(log *types.Log) (*MarketplaceV2FacetSlotReserved, error) {
	event := "SlotReserved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetSlotReserved)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetStorageRequested represents a StorageRequested event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetStorageRequested struct {
	RequestId [32]byte
	Client    common.Address
	Nonce     *big.Int
	Params    IMarketplaceV2RequestParams
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetStorageRequestedEventName = "StorageRequested"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetStorageRequested) ContractEventName() string {
	return MarketplaceV2FacetStorageRequestedEventName
}

// UnpackStorageRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StorageRequested(bytes32 indexed requestId, address indexed client, uint256 nonce, (uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) params)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackStorageRequestedEvent(log *types.Log) (*MarketplaceV2FacetStorageRequested, error) {
	event := "StorageRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetStorageRequested)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetTenureClosed represents a TenureClosed event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetTenureClosed struct {
	TenureId      *big.Int
	Returned      *big.Int
	Burned        *big.Int
	BonusReturned *big.Int
	Late          bool
	Raw           *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetTenureClosedEventName = "TenureClosed"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetTenureClosed) ContractEventName() string {
	return MarketplaceV2FacetTenureClosedEventName
}

// UnpackTenureClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TenureClosed(uint96 indexed tenureId, uint256 returned, uint256 burned, uint256 bonusReturned, bool late)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackTenureClosedEvent(log *types.Log) (*MarketplaceV2FacetTenureClosed, error) {
	event := "TenureClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetTenureClosed)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetTenureCut represents a TenureCut event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetTenureCut struct {
	TenureId *big.Int
	End      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetTenureCutEventName = "TenureCut"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetTenureCut) ContractEventName() string {
	return MarketplaceV2FacetTenureCutEventName
}

// UnpackTenureCutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TenureCut(uint96 indexed tenureId, uint256 end)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackTenureCutEvent(log *types.Log) (*MarketplaceV2FacetTenureCut, error) {
	event := "TenureCut"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetTenureCut)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetTenureSettled represents a TenureSettled event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetTenureSettled struct {
	TenureId  *big.Int
	FromEpoch *big.Int
	ToEpoch   *big.Int
	Proven    *big.Int
	Missed    *big.Int
	Pay       *big.Int
	Slashed   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetTenureSettledEventName = "TenureSettled"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetTenureSettled) ContractEventName() string {
	return MarketplaceV2FacetTenureSettledEventName
}

// UnpackTenureSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TenureSettled(uint96 indexed tenureId, uint256 fromEpoch, uint256 toEpoch, uint256 proven, uint256 missed, uint256 pay, uint256 slashed)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackTenureSettledEvent(log *types.Log) (*MarketplaceV2FacetTenureSettled, error) {
	event := "TenureSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetTenureSettled)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2FacetWithdrawn represents a Withdrawn event raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2FacetWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2FacetWithdrawn) ContractEventName() string {
	return MarketplaceV2FacetWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackWithdrawnEvent(log *types.Log) (*MarketplaceV2FacetWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Facet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2FacetWithdrawn)
	if len(log.Data) > 0 {
		if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Facet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["AdvanceSetFirst"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackAdvanceSetFirstError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["AllowedProvidersMismatch"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackAllowedProvidersMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["AlreadyInRequest"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackAlreadyInRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["AlreadyProven"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackAlreadyProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["AuditNotResolvable"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackAuditNotResolvableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["AuditOpen"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackAuditOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["BadAmount"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackBadAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["BadAuthKey"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackBadAuthKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["BadExpiry"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackBadExpiryError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["BadPeerInfo"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackBadPeerInfoError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["BadRedundancy"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackBadRedundancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["BadRoot"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackBadRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["BadShardSize"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackBadShardSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["BadSlotIndex"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackBadSlotIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["BadTicket"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackBadTicketError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["BadTimeline"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackBadTimelineError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["CannotCancel"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackCannotCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["EpochNotStarted"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackEpochNotStartedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["EpochOverflow"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackEpochOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["EpochTooOld"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackEpochTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["FillSeedUnavailable"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackFillSeedUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["FillTooEarly"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackFillTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["ManifestTooLarge"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackManifestTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NoAudit"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNoAuditError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NoHistoryContract"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNoHistoryContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NoReservation"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNoReservationError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NotAllowedProvider"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNotAllowedProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NotAuditable"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNotAuditableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NotClient"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNotClientError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NotCurrentTenure"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNotCurrentTenureError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NotExtendable"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNotExtendableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NotFailed"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNotFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NotInView"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNotInViewError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NotRemovable"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNotRemovableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NotSetOwner"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNotSetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NothingToProve"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNothingToProveError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NothingToSettle"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNothingToSettleError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["OnlyDelegated"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackOnlyDelegatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["ProofLengthMismatch"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackProofLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["ProofWindowClosed"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackProofWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["RequestEnding"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackRequestEndingError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["RequestNotLive"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackRequestNotLiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["ReservationExpired"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackReservationExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["RootsCountMismatch"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackRootsCountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["SeedUnavailable"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackSeedUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["SetFull"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackSetFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["SetNotActive"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackSetNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["SetWouldFail"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackSetWouldFailError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["SlotNotOpen"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackSlotNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["TenureFinal"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackTenureFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["TenureForfeit"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackTenureForfeitError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["TicketExpired"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackTicketExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["TicketInUse"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackTicketInUseError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["TooLateToExtend"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackTooLateToExtendError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["TooManyReservations"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackTooManyReservationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["UnknownSet"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackUnknownSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Facet.abi.Errors["UnknownTenure"].ID.Bytes()[:4]) {
		return marketplaceV2Facet.UnpackUnknownTenureError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MarketplaceV2FacetAdvanceSetFirst represents a AdvanceSetFirst error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetAdvanceSetFirst struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AdvanceSetFirst()
func MarketplaceV2FacetAdvanceSetFirstErrorID() common.Hash {
	return common.HexToHash("0x31a8ea47728e8f4e2d8d04cf05e3254ab1ba04a6053b281eaac7d9f1d7003572")
}

// UnpackAdvanceSetFirstError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AdvanceSetFirst()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackAdvanceSetFirstError(raw []byte) (*MarketplaceV2FacetAdvanceSetFirst, error) {
	out := new(MarketplaceV2FacetAdvanceSetFirst)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "AdvanceSetFirst", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetAllowedProvidersMismatch represents a AllowedProvidersMismatch error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetAllowedProvidersMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AllowedProvidersMismatch()
func MarketplaceV2FacetAllowedProvidersMismatchErrorID() common.Hash {
	return common.HexToHash("0x1ffc76cc005cb7ead2bdd69e0297eeacf541c29dd1959ddd59c0c66745649a5a")
}

// UnpackAllowedProvidersMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AllowedProvidersMismatch()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackAllowedProvidersMismatchError(raw []byte) (*MarketplaceV2FacetAllowedProvidersMismatch, error) {
	out := new(MarketplaceV2FacetAllowedProvidersMismatch)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "AllowedProvidersMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetAlreadyInRequest represents a AlreadyInRequest error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetAlreadyInRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInRequest()
func MarketplaceV2FacetAlreadyInRequestErrorID() common.Hash {
	return common.HexToHash("0x870be1eb2131144e551cfb5482449752e06db67bdca5174d985d8323642e26ae")
}

// UnpackAlreadyInRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInRequest()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackAlreadyInRequestError(raw []byte) (*MarketplaceV2FacetAlreadyInRequest, error) {
	out := new(MarketplaceV2FacetAlreadyInRequest)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "AlreadyInRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetAlreadyProven represents a AlreadyProven error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetAlreadyProven struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyProven()
func MarketplaceV2FacetAlreadyProvenErrorID() common.Hash {
	return common.HexToHash("0x2c06a3642c0f0a1ce142b0bf4a187303b12b52143b8868d7e15ffc31f42e909e")
}

// UnpackAlreadyProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyProven()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackAlreadyProvenError(raw []byte) (*MarketplaceV2FacetAlreadyProven, error) {
	out := new(MarketplaceV2FacetAlreadyProven)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "AlreadyProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetAuditNotResolvable represents a AuditNotResolvable error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetAuditNotResolvable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuditNotResolvable()
func MarketplaceV2FacetAuditNotResolvableErrorID() common.Hash {
	return common.HexToHash("0x940af1155e884e7572655ba0167195cb0992bfd777aa145742144d5e6e908819")
}

// UnpackAuditNotResolvableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuditNotResolvable()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackAuditNotResolvableError(raw []byte) (*MarketplaceV2FacetAuditNotResolvable, error) {
	out := new(MarketplaceV2FacetAuditNotResolvable)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "AuditNotResolvable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetAuditOpen represents a AuditOpen error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetAuditOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuditOpen()
func MarketplaceV2FacetAuditOpenErrorID() common.Hash {
	return common.HexToHash("0x5288d4c2e754e170f36f129bd4c4c39f939cd1ecca208ad067aead043b488b2b")
}

// UnpackAuditOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuditOpen()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackAuditOpenError(raw []byte) (*MarketplaceV2FacetAuditOpen, error) {
	out := new(MarketplaceV2FacetAuditOpen)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "AuditOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetBadAmount represents a BadAmount error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetBadAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAmount()
func MarketplaceV2FacetBadAmountErrorID() common.Hash {
	return common.HexToHash("0x749b593924416ea8f46d8a8f5b89dfc2a554f6cc168b31407d6be5e73a078ac0")
}

// UnpackBadAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAmount()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackBadAmountError(raw []byte) (*MarketplaceV2FacetBadAmount, error) {
	out := new(MarketplaceV2FacetBadAmount)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "BadAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetBadAuthKey represents a BadAuthKey error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetBadAuthKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAuthKey()
func MarketplaceV2FacetBadAuthKeyErrorID() common.Hash {
	return common.HexToHash("0x35d2fd83d085b6e24411148f55cd776591a0acb55f2190a9c3e07d1abc94df4b")
}

// UnpackBadAuthKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAuthKey()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackBadAuthKeyError(raw []byte) (*MarketplaceV2FacetBadAuthKey, error) {
	out := new(MarketplaceV2FacetBadAuthKey)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "BadAuthKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetBadConfig represents a BadConfig error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetBadConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig()
func MarketplaceV2FacetBadConfigErrorID() common.Hash {
	return common.HexToHash("0x07cc321ce71a3eebb30014b3b8f136f5e867b17e2b76292bf086143aa7c7b50c")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackBadConfigError(raw []byte) (*MarketplaceV2FacetBadConfig, error) {
	out := new(MarketplaceV2FacetBadConfig)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetBadExpiry represents a BadExpiry error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetBadExpiry struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadExpiry()
func MarketplaceV2FacetBadExpiryErrorID() common.Hash {
	return common.HexToHash("0xf4ad9a1f15ee00575232a4dc8cbac58b397e217d19b70d4a4ad6646fee941714")
}

// UnpackBadExpiryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadExpiry()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackBadExpiryError(raw []byte) (*MarketplaceV2FacetBadExpiry, error) {
	out := new(MarketplaceV2FacetBadExpiry)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "BadExpiry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetBadPeerInfo represents a BadPeerInfo error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetBadPeerInfo struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPeerInfo()
func MarketplaceV2FacetBadPeerInfoErrorID() common.Hash {
	return common.HexToHash("0x69e4784d063975e88c451f288b1f2034d99ca0f45c5d594912451f8de567946e")
}

// UnpackBadPeerInfoError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPeerInfo()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackBadPeerInfoError(raw []byte) (*MarketplaceV2FacetBadPeerInfo, error) {
	out := new(MarketplaceV2FacetBadPeerInfo)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "BadPeerInfo", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetBadRedundancy represents a BadRedundancy error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetBadRedundancy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRedundancy()
func MarketplaceV2FacetBadRedundancyErrorID() common.Hash {
	return common.HexToHash("0x03b73d04fa529325ad9305fd15c94e6567e3a51e0b33749db5a4557afac887de")
}

// UnpackBadRedundancyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRedundancy()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackBadRedundancyError(raw []byte) (*MarketplaceV2FacetBadRedundancy, error) {
	out := new(MarketplaceV2FacetBadRedundancy)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "BadRedundancy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetBadRoot represents a BadRoot error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetBadRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRoot()
func MarketplaceV2FacetBadRootErrorID() common.Hash {
	return common.HexToHash("0x2d698557a5b54efe3b125aa26d3ed8248f293159816c45c279fadd52e2eada30")
}

// UnpackBadRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRoot()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackBadRootError(raw []byte) (*MarketplaceV2FacetBadRoot, error) {
	out := new(MarketplaceV2FacetBadRoot)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "BadRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetBadShardSize represents a BadShardSize error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetBadShardSize struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadShardSize()
func MarketplaceV2FacetBadShardSizeErrorID() common.Hash {
	return common.HexToHash("0x3bff22c138a86b6208aef33f0fedb4653063c625eb5ed1b2eb0484395a7d54e7")
}

// UnpackBadShardSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadShardSize()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackBadShardSizeError(raw []byte) (*MarketplaceV2FacetBadShardSize, error) {
	out := new(MarketplaceV2FacetBadShardSize)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "BadShardSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetBadSlotIndex represents a BadSlotIndex error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetBadSlotIndex struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlotIndex()
func MarketplaceV2FacetBadSlotIndexErrorID() common.Hash {
	return common.HexToHash("0x77bd40d1775b2437a8c5e3f3395cfeab2cd5b634f5054ec5ccb8f5efde33129f")
}

// UnpackBadSlotIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlotIndex()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackBadSlotIndexError(raw []byte) (*MarketplaceV2FacetBadSlotIndex, error) {
	out := new(MarketplaceV2FacetBadSlotIndex)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "BadSlotIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetBadTicket represents a BadTicket error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetBadTicket struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTicket()
func MarketplaceV2FacetBadTicketErrorID() common.Hash {
	return common.HexToHash("0x58b1509da62cffe0d4f240602cabd4100f7f821d3f939f130882ab4d1fb49636")
}

// UnpackBadTicketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTicket()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackBadTicketError(raw []byte) (*MarketplaceV2FacetBadTicket, error) {
	out := new(MarketplaceV2FacetBadTicket)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "BadTicket", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetBadTimeline represents a BadTimeline error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetBadTimeline struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTimeline()
func MarketplaceV2FacetBadTimelineErrorID() common.Hash {
	return common.HexToHash("0x4220a872eb6039f0136fbf42c02b20073aec027b2b462dcf650ab51caef0e3fe")
}

// UnpackBadTimelineError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTimeline()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackBadTimelineError(raw []byte) (*MarketplaceV2FacetBadTimeline, error) {
	out := new(MarketplaceV2FacetBadTimeline)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "BadTimeline", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetCannotCancel represents a CannotCancel error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetCannotCancel struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotCancel()
func MarketplaceV2FacetCannotCancelErrorID() common.Hash {
	return common.HexToHash("0xfbc03578693f346f654ab7e4b30f351bfea8a91dfa05fab2c272a61b8d762fbd")
}

// UnpackCannotCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotCancel()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackCannotCancelError(raw []byte) (*MarketplaceV2FacetCannotCancel, error) {
	out := new(MarketplaceV2FacetCannotCancel)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "CannotCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetEpochNotStarted represents a EpochNotStarted error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetEpochNotStarted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotStarted()
func MarketplaceV2FacetEpochNotStartedErrorID() common.Hash {
	return common.HexToHash("0x67cfa8e28d309af06112f37c89da5b046919e851040f9d1ab84a679aa3ed9e97")
}

// UnpackEpochNotStartedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotStarted()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackEpochNotStartedError(raw []byte) (*MarketplaceV2FacetEpochNotStarted, error) {
	out := new(MarketplaceV2FacetEpochNotStarted)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "EpochNotStarted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetEpochOverflow represents a EpochOverflow error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetEpochOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochOverflow()
func MarketplaceV2FacetEpochOverflowErrorID() common.Hash {
	return common.HexToHash("0x73cde7516e73ee2127a248b6caf15d81f910f2c718efc7203d9a936cc9c7d2f3")
}

// UnpackEpochOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochOverflow()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackEpochOverflowError(raw []byte) (*MarketplaceV2FacetEpochOverflow, error) {
	out := new(MarketplaceV2FacetEpochOverflow)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "EpochOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetEpochTooOld represents a EpochTooOld error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetEpochTooOld struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochTooOld()
func MarketplaceV2FacetEpochTooOldErrorID() common.Hash {
	return common.HexToHash("0xa32edb0e1d4e20ebb1be11b2c9cf818e4d45a5ee063d7541d1b2c783c688db29")
}

// UnpackEpochTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochTooOld()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackEpochTooOldError(raw []byte) (*MarketplaceV2FacetEpochTooOld, error) {
	out := new(MarketplaceV2FacetEpochTooOld)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "EpochTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetFillSeedUnavailable represents a FillSeedUnavailable error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetFillSeedUnavailable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FillSeedUnavailable()
func MarketplaceV2FacetFillSeedUnavailableErrorID() common.Hash {
	return common.HexToHash("0x7f993449a8a931b39dc3eed489837a3abbb51774d38ad3282a7d0b5649776963")
}

// UnpackFillSeedUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FillSeedUnavailable()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackFillSeedUnavailableError(raw []byte) (*MarketplaceV2FacetFillSeedUnavailable, error) {
	out := new(MarketplaceV2FacetFillSeedUnavailable)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "FillSeedUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetFillTooEarly represents a FillTooEarly error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetFillTooEarly struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FillTooEarly()
func MarketplaceV2FacetFillTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x4d6c4f80619443ef021d80c12001fe0756cf6f5962bed7fdbc36b9be62060408")
}

// UnpackFillTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FillTooEarly()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackFillTooEarlyError(raw []byte) (*MarketplaceV2FacetFillTooEarly, error) {
	out := new(MarketplaceV2FacetFillTooEarly)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "FillTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetInvalidProof represents a InvalidProof error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func MarketplaceV2FacetInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackInvalidProofError(raw []byte) (*MarketplaceV2FacetInvalidProof, error) {
	out := new(MarketplaceV2FacetInvalidProof)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetManifestTooLarge represents a ManifestTooLarge error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetManifestTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ManifestTooLarge()
func MarketplaceV2FacetManifestTooLargeErrorID() common.Hash {
	return common.HexToHash("0xa1e014578550391d4a55f35d0f06221dd4bbf7ceab9f22f25d8face4e9d81eab")
}

// UnpackManifestTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ManifestTooLarge()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackManifestTooLargeError(raw []byte) (*MarketplaceV2FacetManifestTooLarge, error) {
	out := new(MarketplaceV2FacetManifestTooLarge)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "ManifestTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNoAudit represents a NoAudit error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNoAudit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoAudit()
func MarketplaceV2FacetNoAuditErrorID() common.Hash {
	return common.HexToHash("0xb528ce78fc7c9b91d1fc4e6fc6c9cc1ef0587632c2f2a08afa27fd24f45ec88f")
}

// UnpackNoAuditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoAudit()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNoAuditError(raw []byte) (*MarketplaceV2FacetNoAudit, error) {
	out := new(MarketplaceV2FacetNoAudit)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NoAudit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNoHistoryContract represents a NoHistoryContract error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNoHistoryContract struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoHistoryContract()
func MarketplaceV2FacetNoHistoryContractErrorID() common.Hash {
	return common.HexToHash("0xa56a6b3f875a7f8e4d6d2f74f80e786d8c5537b624cc3bdab34c5441acebe205")
}

// UnpackNoHistoryContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoHistoryContract()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNoHistoryContractError(raw []byte) (*MarketplaceV2FacetNoHistoryContract, error) {
	out := new(MarketplaceV2FacetNoHistoryContract)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NoHistoryContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNoReservation represents a NoReservation error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNoReservation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReservation()
func MarketplaceV2FacetNoReservationErrorID() common.Hash {
	return common.HexToHash("0x2f041fe0df18ede940462dc9f05a8e17fe2ca892fc2c739f8f211946c4cb8ffc")
}

// UnpackNoReservationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReservation()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNoReservationError(raw []byte) (*MarketplaceV2FacetNoReservation, error) {
	out := new(MarketplaceV2FacetNoReservation)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NoReservation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNotAllowedProvider represents a NotAllowedProvider error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNotAllowedProvider struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAllowedProvider()
func MarketplaceV2FacetNotAllowedProviderErrorID() common.Hash {
	return common.HexToHash("0x96309fb9311faf51a4e14854f6482ddcf29b88f02994735ce73fc0ca5e730785")
}

// UnpackNotAllowedProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAllowedProvider()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNotAllowedProviderError(raw []byte) (*MarketplaceV2FacetNotAllowedProvider, error) {
	out := new(MarketplaceV2FacetNotAllowedProvider)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NotAllowedProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNotAuditable represents a NotAuditable error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNotAuditable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAuditable()
func MarketplaceV2FacetNotAuditableErrorID() common.Hash {
	return common.HexToHash("0x74df27f4b53c4a875e0a486a0d4ac8caa936d37cca47da95514248192d47796c")
}

// UnpackNotAuditableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAuditable()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNotAuditableError(raw []byte) (*MarketplaceV2FacetNotAuditable, error) {
	out := new(MarketplaceV2FacetNotAuditable)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NotAuditable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNotClient represents a NotClient error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNotClient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotClient()
func MarketplaceV2FacetNotClientErrorID() common.Hash {
	return common.HexToHash("0x20dbc8744d453df555874a9fb4bfc2e2a9c4bad22c5742928ec789edbc038b43")
}

// UnpackNotClientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotClient()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNotClientError(raw []byte) (*MarketplaceV2FacetNotClient, error) {
	out := new(MarketplaceV2FacetNotClient)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NotClient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNotCurrentTenure represents a NotCurrentTenure error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNotCurrentTenure struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCurrentTenure()
func MarketplaceV2FacetNotCurrentTenureErrorID() common.Hash {
	return common.HexToHash("0xe8057931e6562370b3fcfab1a3e81d77acc3c863a1d0b9cb5b46b4f724963ba3")
}

// UnpackNotCurrentTenureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCurrentTenure()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNotCurrentTenureError(raw []byte) (*MarketplaceV2FacetNotCurrentTenure, error) {
	out := new(MarketplaceV2FacetNotCurrentTenure)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NotCurrentTenure", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNotExtendable represents a NotExtendable error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNotExtendable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExtendable()
func MarketplaceV2FacetNotExtendableErrorID() common.Hash {
	return common.HexToHash("0x9232876e3fd3744c8bc6a5924e8e0c13001f33ed91c0d691eca447b7dc019de4")
}

// UnpackNotExtendableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExtendable()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNotExtendableError(raw []byte) (*MarketplaceV2FacetNotExtendable, error) {
	out := new(MarketplaceV2FacetNotExtendable)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NotExtendable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNotFailed represents a NotFailed error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNotFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFailed()
func MarketplaceV2FacetNotFailedErrorID() common.Hash {
	return common.HexToHash("0x7d7c29375dd3855e094e09ebaf482d93055ddb9b01f63518326801206f9043f4")
}

// UnpackNotFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFailed()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNotFailedError(raw []byte) (*MarketplaceV2FacetNotFailed, error) {
	out := new(MarketplaceV2FacetNotFailed)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NotFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNotInView represents a NotInView error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNotInView struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInView()
func MarketplaceV2FacetNotInViewErrorID() common.Hash {
	return common.HexToHash("0xff7b7f8886ebd15912e0435a0c640de088d15ab54db6c7f7bc829af9af2492a4")
}

// UnpackNotInViewError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInView()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNotInViewError(raw []byte) (*MarketplaceV2FacetNotInView, error) {
	out := new(MarketplaceV2FacetNotInView)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NotInView", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNotRegistered represents a NotRegistered error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNotRegistered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered()
func MarketplaceV2FacetNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xaba47339dbaad712368e6665e6e6eade636ab60e9b7dba037407409b19d7a053")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNotRegisteredError(raw []byte) (*MarketplaceV2FacetNotRegistered, error) {
	out := new(MarketplaceV2FacetNotRegistered)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNotRemovable represents a NotRemovable error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNotRemovable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRemovable()
func MarketplaceV2FacetNotRemovableErrorID() common.Hash {
	return common.HexToHash("0x5057a33ff3043ea26987fc2a6396f173e6d712df1d44a2fd90d8c6f82a963f79")
}

// UnpackNotRemovableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRemovable()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNotRemovableError(raw []byte) (*MarketplaceV2FacetNotRemovable, error) {
	out := new(MarketplaceV2FacetNotRemovable)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NotRemovable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNotSetOwner represents a NotSetOwner error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNotSetOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSetOwner()
func MarketplaceV2FacetNotSetOwnerErrorID() common.Hash {
	return common.HexToHash("0x236eb3d1bd3d2d826ab63cd225741498ee54155242b74ffeb15791a9a18292a5")
}

// UnpackNotSetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSetOwner()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNotSetOwnerError(raw []byte) (*MarketplaceV2FacetNotSetOwner, error) {
	out := new(MarketplaceV2FacetNotSetOwner)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NotSetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNothingToProve represents a NothingToProve error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNothingToProve struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToProve()
func MarketplaceV2FacetNothingToProveErrorID() common.Hash {
	return common.HexToHash("0x50ad628babe0d4e25b3c2d2a0d1e45cde0cdf1a4331c2f18cbbb3145389cc4e8")
}

// UnpackNothingToProveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToProve()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNothingToProveError(raw []byte) (*MarketplaceV2FacetNothingToProve, error) {
	out := new(MarketplaceV2FacetNothingToProve)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NothingToProve", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNothingToSettle represents a NothingToSettle error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNothingToSettle struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToSettle()
func MarketplaceV2FacetNothingToSettleErrorID() common.Hash {
	return common.HexToHash("0x618104e821a31c94c175b9bf52827d750880c5f9e96152367da18c1fe40d3ee0")
}

// UnpackNothingToSettleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToSettle()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNothingToSettleError(raw []byte) (*MarketplaceV2FacetNothingToSettle, error) {
	out := new(MarketplaceV2FacetNothingToSettle)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NothingToSettle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetNothingToWithdraw represents a NothingToWithdraw error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func MarketplaceV2FacetNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackNothingToWithdrawError(raw []byte) (*MarketplaceV2FacetNothingToWithdraw, error) {
	out := new(MarketplaceV2FacetNothingToWithdraw)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetOnlyDelegated represents a OnlyDelegated error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetOnlyDelegated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyDelegated()
func MarketplaceV2FacetOnlyDelegatedErrorID() common.Hash {
	return common.HexToHash("0xa73017b64fd97cb3ff94d3d8c2c04807c98ff120b5733e128530a757b4703cc9")
}

// UnpackOnlyDelegatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyDelegated()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackOnlyDelegatedError(raw []byte) (*MarketplaceV2FacetOnlyDelegated, error) {
	out := new(MarketplaceV2FacetOnlyDelegated)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "OnlyDelegated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetProofLengthMismatch represents a ProofLengthMismatch error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetProofLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofLengthMismatch()
func MarketplaceV2FacetProofLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xf6552b02203dfba8ec0a492fda747f21a57bb1f7b674c7f71c8fe8d5a9aff87f")
}

// UnpackProofLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofLengthMismatch()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackProofLengthMismatchError(raw []byte) (*MarketplaceV2FacetProofLengthMismatch, error) {
	out := new(MarketplaceV2FacetProofLengthMismatch)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "ProofLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetProofWindowClosed represents a ProofWindowClosed error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetProofWindowClosed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofWindowClosed()
func MarketplaceV2FacetProofWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xee19d8557c5353911c6ea5bab2b928014a8f76ac1623f018545caf89415cb294")
}

// UnpackProofWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofWindowClosed()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackProofWindowClosedError(raw []byte) (*MarketplaceV2FacetProofWindowClosed, error) {
	out := new(MarketplaceV2FacetProofWindowClosed)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "ProofWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func MarketplaceV2FacetReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackReentrancyGuardReentrantCallError(raw []byte) (*MarketplaceV2FacetReentrancyGuardReentrantCall, error) {
	out := new(MarketplaceV2FacetReentrancyGuardReentrantCall)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetRequestEnding represents a RequestEnding error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetRequestEnding struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestEnding()
func MarketplaceV2FacetRequestEndingErrorID() common.Hash {
	return common.HexToHash("0xedd9239b3cef280be2040f05d85bd582b0a94e2ad26c7133b2c3ff7feb6b5d6a")
}

// UnpackRequestEndingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestEnding()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackRequestEndingError(raw []byte) (*MarketplaceV2FacetRequestEnding, error) {
	out := new(MarketplaceV2FacetRequestEnding)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "RequestEnding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetRequestNotLive represents a RequestNotLive error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetRequestNotLive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotLive()
func MarketplaceV2FacetRequestNotLiveErrorID() common.Hash {
	return common.HexToHash("0x2cad605c9c989dbc7b50c356d656c5b6a7799a789d8b5d3d02d3b532f2a5a6f2")
}

// UnpackRequestNotLiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotLive()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackRequestNotLiveError(raw []byte) (*MarketplaceV2FacetRequestNotLive, error) {
	out := new(MarketplaceV2FacetRequestNotLive)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "RequestNotLive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetReservationExpired represents a ReservationExpired error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetReservationExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReservationExpired()
func MarketplaceV2FacetReservationExpiredErrorID() common.Hash {
	return common.HexToHash("0x443df96f34561af99583eef51ec20910463139a8107158075d745bdd0fee0bbb")
}

// UnpackReservationExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReservationExpired()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackReservationExpiredError(raw []byte) (*MarketplaceV2FacetReservationExpired, error) {
	out := new(MarketplaceV2FacetReservationExpired)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "ReservationExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetRootsCountMismatch represents a RootsCountMismatch error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetRootsCountMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootsCountMismatch()
func MarketplaceV2FacetRootsCountMismatchErrorID() common.Hash {
	return common.HexToHash("0x3b396da30d01d25603cb3c310e41037ec58a6c2cd00238867792f4ef84b041f4")
}

// UnpackRootsCountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootsCountMismatch()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackRootsCountMismatchError(raw []byte) (*MarketplaceV2FacetRootsCountMismatch, error) {
	out := new(MarketplaceV2FacetRootsCountMismatch)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "RootsCountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func MarketplaceV2FacetSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackSafeERC20FailedOperationError(raw []byte) (*MarketplaceV2FacetSafeERC20FailedOperation, error) {
	out := new(MarketplaceV2FacetSafeERC20FailedOperation)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetSeedUnavailable represents a SeedUnavailable error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetSeedUnavailable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedUnavailable()
func MarketplaceV2FacetSeedUnavailableErrorID() common.Hash {
	return common.HexToHash("0x92c3a58a91da05c559b7925836e4d9c943c6a366c805808cd09899de592040ec")
}

// UnpackSeedUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedUnavailable()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackSeedUnavailableError(raw []byte) (*MarketplaceV2FacetSeedUnavailable, error) {
	out := new(MarketplaceV2FacetSeedUnavailable)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "SeedUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetSetFull represents a SetFull error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetSetFull struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SetFull()
func MarketplaceV2FacetSetFullErrorID() common.Hash {
	return common.HexToHash("0x68d56d9362ff667152b01a97efdb8a1a24b18475b67bfe8e12feaca5769c9526")
}

// UnpackSetFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SetFull()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackSetFullError(raw []byte) (*MarketplaceV2FacetSetFull, error) {
	out := new(MarketplaceV2FacetSetFull)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "SetFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetSetNotActive represents a SetNotActive error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetSetNotActive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SetNotActive()
func MarketplaceV2FacetSetNotActiveErrorID() common.Hash {
	return common.HexToHash("0xad6cc2e1b5d3f3c386bdd200d0e8cb3431237ef41dd34217c61b1627c3b1e745")
}

// UnpackSetNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SetNotActive()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackSetNotActiveError(raw []byte) (*MarketplaceV2FacetSetNotActive, error) {
	out := new(MarketplaceV2FacetSetNotActive)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "SetNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetSetWouldFail represents a SetWouldFail error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetSetWouldFail struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SetWouldFail()
func MarketplaceV2FacetSetWouldFailErrorID() common.Hash {
	return common.HexToHash("0x1e033c2472692f1d80e2d95826d50b8eb16af5e13e58e8b736049d8fa9374024")
}

// UnpackSetWouldFailError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SetWouldFail()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackSetWouldFailError(raw []byte) (*MarketplaceV2FacetSetWouldFail, error) {
	out := new(MarketplaceV2FacetSetWouldFail)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "SetWouldFail", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetSlotNotOpen represents a SlotNotOpen error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetSlotNotOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlotNotOpen()
func MarketplaceV2FacetSlotNotOpenErrorID() common.Hash {
	return common.HexToHash("0xa44719cc89309585540c3c15c14f7fee141145a510639e83d3321f34630c22d0")
}

// UnpackSlotNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlotNotOpen()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackSlotNotOpenError(raw []byte) (*MarketplaceV2FacetSlotNotOpen, error) {
	out := new(MarketplaceV2FacetSlotNotOpen)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "SlotNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetTenureFinal represents a TenureFinal error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetTenureFinal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TenureFinal()
func MarketplaceV2FacetTenureFinalErrorID() common.Hash {
	return common.HexToHash("0x63fe252e4c3774aef450040d9da3ca9472f3fe4a0d69a6c3aacb4e9d1f4fd1d3")
}

// UnpackTenureFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TenureFinal()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackTenureFinalError(raw []byte) (*MarketplaceV2FacetTenureFinal, error) {
	out := new(MarketplaceV2FacetTenureFinal)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "TenureFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetTenureForfeit represents a TenureForfeit error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetTenureForfeit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TenureForfeit()
func MarketplaceV2FacetTenureForfeitErrorID() common.Hash {
	return common.HexToHash("0x01696ddf210d819e3a4961acfbdd0c9c28ca71c32033f26fc90abc181fad87bb")
}

// UnpackTenureForfeitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TenureForfeit()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackTenureForfeitError(raw []byte) (*MarketplaceV2FacetTenureForfeit, error) {
	out := new(MarketplaceV2FacetTenureForfeit)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "TenureForfeit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetTicketExpired represents a TicketExpired error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetTicketExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TicketExpired()
func MarketplaceV2FacetTicketExpiredErrorID() common.Hash {
	return common.HexToHash("0x40d3544771f3c2382030d7a42c371f55cb608ac0eaf54ef2fa846da65af1b985")
}

// UnpackTicketExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TicketExpired()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackTicketExpiredError(raw []byte) (*MarketplaceV2FacetTicketExpired, error) {
	out := new(MarketplaceV2FacetTicketExpired)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "TicketExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetTicketInUse represents a TicketInUse error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetTicketInUse struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TicketInUse()
func MarketplaceV2FacetTicketInUseErrorID() common.Hash {
	return common.HexToHash("0x4588e639ea3e8de9f08dd807564bef4ddc49192f1046f85289896921f3878d48")
}

// UnpackTicketInUseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TicketInUse()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackTicketInUseError(raw []byte) (*MarketplaceV2FacetTicketInUse, error) {
	out := new(MarketplaceV2FacetTicketInUse)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "TicketInUse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetTooEarly represents a TooEarly error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetTooEarly struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly()
func MarketplaceV2FacetTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x085de625ed51bbce95c12627fc263453b8d214878d184bd1eaa2cc357a507a30")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackTooEarlyError(raw []byte) (*MarketplaceV2FacetTooEarly, error) {
	out := new(MarketplaceV2FacetTooEarly)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetTooLateToExtend represents a TooLateToExtend error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetTooLateToExtend struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooLateToExtend()
func MarketplaceV2FacetTooLateToExtendErrorID() common.Hash {
	return common.HexToHash("0x7578b147f8f0f08a97cd51740ff1b7ef900ab4a09b3b3fd6fe9a4b32c8c5596f")
}

// UnpackTooLateToExtendError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooLateToExtend()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackTooLateToExtendError(raw []byte) (*MarketplaceV2FacetTooLateToExtend, error) {
	out := new(MarketplaceV2FacetTooLateToExtend)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "TooLateToExtend", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetTooManyReservations represents a TooManyReservations error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetTooManyReservations struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyReservations()
func MarketplaceV2FacetTooManyReservationsErrorID() common.Hash {
	return common.HexToHash("0x0bf28109bb3300958e5905da0f4c3b968c39718dde39ba5f78752aedd8694f64")
}

// UnpackTooManyReservationsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyReservations()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackTooManyReservationsError(raw []byte) (*MarketplaceV2FacetTooManyReservations, error) {
	out := new(MarketplaceV2FacetTooManyReservations)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "TooManyReservations", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetUnknownRequest represents a UnknownRequest error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetUnknownRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest()
func MarketplaceV2FacetUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x6d080297e5445bdc9bc11ef22a5fe0978cf1613ad09e7178b40b758b5ff568ad")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackUnknownRequestError(raw []byte) (*MarketplaceV2FacetUnknownRequest, error) {
	out := new(MarketplaceV2FacetUnknownRequest)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetUnknownSet represents a UnknownSet error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetUnknownSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSet()
func MarketplaceV2FacetUnknownSetErrorID() common.Hash {
	return common.HexToHash("0x2b3ddb299cdd36cea6db13512327db9615bc3704c94e761c2093ecaa8f467912")
}

// UnpackUnknownSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSet()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackUnknownSetError(raw []byte) (*MarketplaceV2FacetUnknownSet, error) {
	out := new(MarketplaceV2FacetUnknownSet)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "UnknownSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2FacetUnknownTenure represents a UnknownTenure error raised by the MarketplaceV2Facet contract.
type MarketplaceV2FacetUnknownTenure struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTenure()
func MarketplaceV2FacetUnknownTenureErrorID() common.Hash {
	return common.HexToHash("0x18f6f3b41c6ece1c694b4c58d6c266325591c1951f9d8610097717841632e5ac")
}

// UnpackUnknownTenureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTenure()
func (marketplaceV2Facet *MarketplaceV2Facet) UnpackUnknownTenureError(raw []byte) (*MarketplaceV2FacetUnknownTenure, error) {
	out := new(MarketplaceV2FacetUnknownTenure)
	if err := marketplaceV2Facet.abi.UnpackIntoInterface(out, "UnknownTenure", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensMetaData contains all meta data concerning the MarketplaceV2Lens contract.
var MarketplaceV2LensMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"m\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AdvanceSetFirst\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AllowedProvidersMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyInRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyProven\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AuditNotResolvable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AuditOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadAuthKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadExpiry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPeerInfo\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRedundancy\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShardSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSlotIndex\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTicket\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTimeline\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CannotCancel\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EpochNotStarted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EpochOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EpochTooOld\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FillSeedUnavailable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FillTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ManifestTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoAudit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoHistoryContract\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoReservation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAllowedProvider\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAuditable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotClient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotCurrentTenure\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotExtendable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInView\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRemovable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSetOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToProve\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToSettle\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofLengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestEnding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestNotLive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReservationExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootsCountMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SeedUnavailable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SetFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SetNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SetWouldFail\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SlotNotOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TenureFinal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TenureForfeit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TicketExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TicketInUse\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooLateToExtend\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyReservations\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownTenure\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"AuditAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"AuditRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"lapsed\",\"type\":\"bool\"}],\"name\":\"AuditResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"}],\"name\":\"ExtensionAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"}],\"name\":\"ExtensionDeclined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"FaultDeclared\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cls\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pos\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"MemberAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cls\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pos\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"MemberMoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"MemberRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerInfo\",\"type\":\"bytes\"}],\"name\":\"ProviderRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumIMarketplaceV2.RequestState\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stop\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"RequestClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newEndEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserveTopUp\",\"type\":\"uint256\"}],\"name\":\"RequestExtended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stop\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"RequestTerminated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"}],\"name\":\"ReservationEvicted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"ReservationLapsed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"SetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"SetFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"SetProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stop\",\"type\":\"uint256\"}],\"name\":\"SetRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromHead\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toHead\",\"type\":\"uint256\"}],\"name\":\"SetSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"enumIMarketplaceV2.SlotKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonus\",\"type\":\"uint256\"}],\"name\":\"SlotFilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ticketed\",\"type\":\"bool\"}],\"name\":\"SlotReserved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"m\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"shardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSlotEpoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateralPerSlot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"authKey\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"cancelOnExpiry\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"repairBonus\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repairReserve\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"shardRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"address[]\",\"name\":\"allowedProviders\",\"type\":\"address[]\"},{\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"}],\"indexed\":false,\"internalType\":\"structIMarketplaceV2.RequestParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"StorageRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"returned\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonusReturned\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"late\",\"type\":\"bool\"}],\"name\":\"TenureClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"}],\"name\":\"TenureCut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proven\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"missed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"TenureSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"}],\"name\":\"auditChallenges\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"}],\"name\":\"challengesFor\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"cls\",\"type\":\"uint8\"},{\"internalType\":\"uint64[]\",\"name\":\"leaves\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"}],\"internalType\":\"structIMarketplaceV2.Group[]\",\"name\":\"groups\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"closedEpochs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epochBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"graceBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"fillDelayBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reservationTTL\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"maxReservations\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"fillChallenges\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"missWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"missThreshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"depositBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"maxShardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"minCollateralPerGiB\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"auditFee\",\"type\":\"uint256\"}],\"internalType\":\"structIMarketplaceV2.Config\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"depositFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e\",\"type\":\"uint256\"}],\"name\":\"epochSeed\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e\",\"type\":\"uint256\"}],\"name\":\"epochStart\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"filler\",\"type\":\"address\"}],\"name\":\"fillChallenges\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractIMarketplaceV2Storage\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"c\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"p\",\"type\":\"uint256\"}],\"name\":\"memberAt\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"pad\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"peerInfo\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"b\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"e\",\"type\":\"uint256\"}],\"name\":\"record\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"cumProven\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cumMissed\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"requestInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"m\",\"type\":\"uint8\"},{\"internalType\":\"enumIMarketplaceV2.RequestState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"initialFills\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"cancelOnExpiry\",\"type\":\"bool\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"startEpoch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"endEpoch\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"shardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"depth\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"collateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"slashPerMiss\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"authKey\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"repairBonus\",\"type\":\"uint96\"},{\"internalType\":\"uint128\",\"name\":\"reserveLeft\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"covered\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"settled\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"paid\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"stop\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"closed\",\"type\":\"bool\"}],\"internalType\":\"structIMarketplaceV2.RequestInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"reservations\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"reserver\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"ticketed\",\"type\":\"bool\"}],\"internalType\":\"structIMarketplaceV2.Reservation[]\",\"name\":\"rs\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"roleOf\",\"outputs\":[{\"internalType\":\"enumIMarketplaceV2.Role\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"}],\"name\":\"setInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"head\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"pend\",\"type\":\"uint8\"},{\"internalType\":\"enumIMarketplaceV2.SetState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"stop\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cumProven\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cumMissed\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nextMid\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"live\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"missBits\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"mask\",\"type\":\"uint64\"}],\"internalType\":\"structIMarketplaceV2.SetInfo\",\"name\":\"i\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"}],\"name\":\"setView\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"mask\",\"type\":\"uint64\"},{\"internalType\":\"uint64[32]\",\"name\":\"counts\",\"type\":\"uint64[32]\"},{\"internalType\":\"uint256\",\"name\":\"paddedLeaves\",\"type\":\"uint256\"}],\"internalType\":\"structIMarketplaceV2.SetView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"slotInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"tenure\",\"type\":\"uint96\"},{\"internalType\":\"uint8\",\"name\":\"lapses\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"everHeld\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"faulted\",\"type\":\"bool\"},{\"internalType\":\"enumIMarketplaceV2.SlotKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"internalType\":\"structIMarketplaceV2.SlotInfo\",\"name\":\"i\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"tenureId\",\"type\":\"uint96\"}],\"name\":\"tenureInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"cls\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"posIdx\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"join\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"end\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"settled\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"proven\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"out\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"audit\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"collateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"bonus\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"bonusTerm\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"setId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"eStar\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"pendingPay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingSlash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"vested\",\"type\":\"uint256\"}],\"internalType\":\"structIMarketplaceV2.TenureInfo\",\"name\":\"i\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "52df3943740446928e1b6b320698a67f45",
	Bin: "0x610200806040523461023657602081613215803803809161002082856103bb565b833981010312610236576001600160a01b039061003c906103de565b1660808190526040516379502c5560e01b81529061020082600481845afa918215610242575f9261024d575b5090602060049260405193848092634cdc9c6360e01b82525afa8015610242575f9061020a575b6101c0925060a05260018060401b0360208201511660c05260018060401b0360408201511660e05260ff60c0820151166101005260ff60e0820151166101205261ffff610100820151166101405260018060401b036060820151166101605260018060401b036080820151166101805260ff60a0820151166101a05261ffff61016082015116825201516101e052604051612df1908161042482396080518181816109ac01528181610af40152818161254a015281816128f201526129e3015260a0518181816105c30152818161079e01528181610d9701528181610e30015281816112340152612b81015260c0518181816105ea015281816107750152611f55015260e0518161125b015261010051818181610858015281816119d701528181611a1901528181611a4a0152611f040152610120518161039e015261014051815050610160518161034f0152610180518150506101a051818181610127015261030b01526101c0518161118e01526101e051816111c90152f35b506020823d60201161023a575b81610224602093836103bb565b81010312610236576101c0915161008f565b5f80fd5b3d9150610217565b6040513d5f823e3d90fd5b9150610200823d82116103b3575b8161026961020093836103bb565b8101031261023657604051610200810192906001600160401b0384118185101761039f576101e06020926004956040526102a2816103de565b83526102af8482016103f2565b848401526102bf604082016103f2565b60408401526102d0606082016103f2565b60608401526102e1608082016103f2565b60808401526102f260a08201610406565b60a084015261030360c08201610406565b60c084015261031460e08201610406565b60e08401526103266101008201610414565b6101008401526103396101208201610414565b61012084015261034c6101408201610414565b61014084015261035f6101608201610414565b61016084015261037261018082016103f2565b6101808401526101a08101516101a08401526101c08101516101c084015201516101e08201529250610068565b634e487b7160e01b5f52604160045260245ffd5b3d915061025b565b601f909101601f19168101906001600160401b0382119082101761039f57604052565b51906001600160a01b038216820361023657565b51906001600160401b038216820361023657565b519060ff8216820361023657565b519061ffff821682036102365756fe60806040526004361015610011575f80fd5b5f3560e01c806314331cef146112a357806314a12f001461121f5780631da1bbfb14611136578063361e4d2814610f815780633e6d052e14610e715780634abccd2814610e535780634cdc9c6314610e195780636986013b14610dbc5780637667180814610d7d57806379502c5514610a575780638026dcf4146109db57806380f556051461099757806382baf8241461091e5780638a58b064146108e157806394e479c1146107ca578063aa9354a31461075a578063b366372114610680578063cdb6b644146104f3578063ec9b515f14610482578063f14858fa146102c45763f7e30f8714610100575f80fd5b346102c057610117610111366116f8565b9061280e565b5f52600660205260405f2061014d7f00000000000000000000000000000000000000000000000000000000000000008092612a50565b90610157816118c9565b916101656040519384611794565b818352601f19610174836118c9565b015f5b8181106102915750505f5b82811061020457836040518091602082016020835281518091526020604084019201905f5b8181106101b5575050500390f35b919350916020608060019260608751858060a01b0381511683526001600160401b0385820151168584015260ff60408201511660408401520151151560608201520194019101918493926101a7565b6001906001600160a01b036102198285611992565b51166001600160401b0361022d8386611992565b5160a01c1660ff61023e8487611992565b5160e01c1660ff61024f8588611992565b5160e81c161515916040519361026485611779565b845260208401526040830152606082015261027f8287611992565b5261028a8186611992565b5001610182565b6020906040516102a081611779565b5f81525f838201525f60408201525f606082015282828801015201610177565b5f80fd5b346102c05760603660031901126102c0576004356044356001600160a01b038116908190036102c0576102f96024358361280e565b91825f52600660205260405f206103317f00000000000000000000000000000000000000000000000000000000000000008092612a50565b905f915f5b82811061043c57505050801561042d57610374610379917f00000000000000000000000000000000000000000000000000000000000000009061189e565b612aa8565b90811561041e576101206103956703ffffffffffffff926124e6565b015160061c16907f0000000000000000000000000000000000000000000000000000000000000000926103c7846118e0565b94604051928352602083015260408201525f60608201905b848110610402576103fe6103f287612bbc565b60405191829182611724565b0390f35b80600191835284608085200660208260051b89010152016103df565b637f99344960e01b5f5260045ffd5b63017820ff60e51b5f5260045ffd5b856001600160a01b0361044f8385611992565b51161461045f575b600101610336565b925060016001600160401b036104758584611992565b5160a01c16939050610457565b346102c05760403660031901126102c0576024356001600160a01b038116908190036102c0576004355f52600760205260405f20905f5260205260ff6104ca60405f206128a7565b1660048110156104df57602090604051908152f35b634e487b7160e01b5f52602160045260245ffd5b346102c057610501366116f8565b906040519060e082018281106001600160401b0382111761066c576040525f8252602082015f815260408301905f825260608401905f825260808501925f84526106156105ba60a08801965f885261056060c08a019a5f8c528261280e565b808a525f52600360205260ff61057860405f206128a7565b6001600160601b0381168752818160601c168652818160681c161515885260701c161515875288515f5260046020526105b360405f206128a7565b8a526124e6565b8761060f6105e87f000000000000000000000000000000000000000000000000000000000000000043611864565b7f0000000000000000000000000000000000000000000000000000000000000000906118ab565b91612c76565b60058110156104df5760ff926001600160601b0391875260405197518852511660208701525116604085015251151560608401525115156080830152519160058310156104df5760e09260a08301525160c0820152f35b634e487b7160e01b5f52604160045260245ffd5b346102c05760203660031901126102c0576106a161069c61170e565b61224c565b60405160018060a01b03825116815263ffffffff602083015116602082015260ff604083015116604082015260608201519160038310156104df576101406001600160401b039161016094606085015263ffffffff608082015116608085015263ffffffff60a08201511660a085015263ffffffff60c08201511660c085015263ffffffff60e08201511660e085015263ffffffff61010082015116610100850152610120810151610120850152015116610140820152f35b346102c05760203660031901126102c05760206107c261079c7f000000000000000000000000000000000000000000000000000000000000000060043561188b565b7f000000000000000000000000000000000000000000000000000000000000000061189e565b604051908152f35b346102c05760203660031901126102c0576004356001600160601b03811681036102c0576107f7906123c1565b610100810163ffffffff815116156108d25763ffffffff610819915116611f33565b80156108c35761085561016083019260ff6101406703ffffffffffffff61012061084388516124e6565b015160061c169551920151169061280e565b917f000000000000000000000000000000000000000000000000000000000000000091610881836118e0565b9360405191825260208201525f60408201905b8481106108a7576103fe6103f287612bbc565b80600191835284606085200660208260051b8901015201610894565b634961d2c560e11b5f5260045ffd5b6316a519cf60e31b5f5260045ffd5b346102c05760403660031901126102c057604063ffffffff61090d61090461170e565b6024359061220a565b835191831682529091166020820152f35b346102c05760403660031901126102c05761094361093a61170e565b6024359061210f565b6040516001600160401b0382511681526020820151602082015f905b6020821061097857610440846040870151610420820152f35b6020806001926001600160401b0386511681520193019101909161095f565b346102c0575f3660031901126102c0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102c05760803660031901126102c0576040610a386109f961170e565b6001600160401b0360243591610a0e83612b6e565b165f52600e602052825f2060643560443560201b175f52602052610a33835f206128a7565b61295e565b6001600160401b0382519163ffffffff8116835260201c166020820152f35b346102c0575f3660031901126102c0575f6101e0604051610a778161175d565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c082015201526040516379502c5560e01b81526102008160048160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa8015610d72575f90610c24575b610200906101e06040519160018060a01b0381511683526001600160401b0360208201511660208401526001600160401b0360408201511660408401526001600160401b0360608201511660608401526001600160401b03608082015116608084015260ff60a08201511660a084015260ff60c08201511660c084015260ff60e08201511660e084015261ffff6101008201511661010084015261ffff6101208201511661012084015261ffff6101408201511661014084015261ffff610160820151166101608401526001600160401b03610180820151166101808401526101a08101516101a08401526101c08101516101c084015201516101e0820152f35b50610200813d8211610d6a575b81610c3f6102009383611794565b810103126102c057604051610c538161175d565b81516001600160a01b03811681036102c057610200926101e0918352610c7b602082016120de565b6020840152610c8c604082016120de565b6040840152610c9d606082016120de565b6060840152610cae608082016120de565b6080840152610cbf60a082016120f2565b60a0840152610cd060c082016120f2565b60c0840152610ce160e082016120f2565b60e0840152610cf36101008201612100565b610100840152610d066101208201612100565b610120840152610d196101408201612100565b610140840152610d2c6101608201612100565b610160840152610d3f61018082016120de565b6101808401526101a08101516101a08401526101c08101516101c084015201516101e0820152610b23565b3d9150610c31565b6040513d5f823e3d90fd5b346102c0575f3660031901126102c05760206107c26105e87f000000000000000000000000000000000000000000000000000000000000000043611864565b346102c05760203660031901126102c0576004356001600160a01b03811681036102c0576040610ded602092611fec565b815192839181835280519182918282860152018484015e5f828201840152601f01601f19168101030190f35b346102c0575f3660031901126102c05760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102c05760203660031901126102c05760206107c2600435611f33565b346102c05760403660031901126102c057610e96610e8d61170e565b602435906119a6565b6040518091602082016020835281518091526040830190602060408260051b8601019301915f905b828210610ecd57505050500390f35b919390929450603f1986820301825284519060c081019163ffffffff815116825260ff602082015116602083015260408101519260c060408401528351809152602060e084019401905f905b808210610f605750505060019260209260a06001600160601b0381856060889701516060860152608081015160808601520151169101529601920192018594939192610ebe565b9091946020806001926001600160401b038951168152019601920190610f19565b346102c05760203660031901126102c057610f9a6117b5565b50610fa66004356124e6565b60405160018060a01b03825116815260ff602083015116602082015260ff6040830151166040820152606082015160078110156104df576102c0926102a091606084015260ff608082015116608084015260a0810151151560a08401526001600160601b0360c08201511660c084015263ffffffff60e08201511660e084015263ffffffff610100820151166101008401526001600160401b036101208201511661012084015260ff610140820151166101408401526001600160601b03610160820151166101608401526001600160601b03610180820151166101808401526001600160401b036101a0820151166101a084015260018060a01b036101c0820151166101c08401526001600160601b036101e0820151166101e08401526001600160801b03610200820151166102008401526001600160401b03610220820151166102208401526001600160401b03610240820151166102408401526001600160401b036102608201511661026084015263ffffffff61028082015116610280840152015115156102a0820152f35b346102c05761114f611147366116f8565b81929161280e565b5f52600360205260ff61116460405f206128a7565b60601c169060068211611216575b6001600160601b036101606111896111b3936124e6565b0151167f00000000000000000000000000000000000000000000000000000000000000009061188b565b9061270f820180921161120257612710602092047f00000000000000000000000000000000000000000000000000000000000000008082106111fa575b50604051911b8152f35b9050836111f0565b634e487b7160e01b5f52601160045260245ffd5b60069150611172565b346102c0575f3660031901126102c0576112597f000000000000000000000000000000000000000000000000000000000000000043611864565b7f00000000000000000000000000000000000000000000000000000000000000008082101561128f57505060205f604051908152f35b6105e861129e91602093611864565b6107c2565b346102c05760203660031901126102c0576004356001600160601b03811681036102c0576112d9906112d36117b5565b506123c1565b6060810163ffffffff815116156116e9576102008201916113036001600160401b0384511661224c565b9261016082019061131482516124e6565b9060018060a01b038651166101e08501908152608085019663ffffffff8851169363ffffffff610280820151168581106116e1575b50606082015160038110156104df571515806116ce575b6116bc575b63ffffffff6102208801958181168752818a5116908181105f146116b557505b169561024088019680885263ffffffff602082950151169081106116ad575b5061010088019163ffffffff835116801515806116a4575b61169c575b5060a089019363ffffffff85511681118061168c575b611549575b50506101a088019182516001600160601b03166101c08a0194855163ffffffff169160c08c0192835163ffffffff1690611415926127dd565b9b6102a08c019c8d526040519d8e918d5183528d602081015160ff1660208501526040015163ffffffff1660408401525163ffffffff1660608301525163ffffffff1690608001525163ffffffff1660a08d01525163ffffffff1660c08c015260e089015163ffffffff1660e08c01525163ffffffff166101008b015261012088015160ff166101208b015261014088015160ff166101408b0152516101608a01526101808701516001600160601b03166101808a0152516001600160601b03166101a08901525163ffffffff166101c0880152600160a01b600190039051166101e0870152516001600160401b03166102008601525163ffffffff166102208501525163ffffffff166102408401526102608101516102608401526102800151610280830152516102a08201526102c090f35b86516001600160401b0316905f198101908111611202576115699161220a565b906001600160401b038851169163ffffffff875116905f1982019182116112025763ffffffff6115da818f966115a56115e1966115ab9261220a565b97611871565b16946001600160601b036101806115c8888360c08d01511661188b565b996102608a019a8b5201511693611871565b169061188b565b6101808301516001600160601b0316908181111561168557505b6102808301526101a082016001600160601b038151168061161f575b5050506113dc565b836116729363ffffffff806001600160601b0361165d61166c966101c06116799b019661165760c0868a51169201978689511661189e565b916127dd565b965116935116915116916127dd565b90611864565b825161189e565b90528a88818080611617565b90506115fb565b5060086101208b015116156113d7565b93508b6113c1565b508481106113bc565b92508a6113a4565b9050611385565b608082015163ffffffff169450611365565b508463ffffffff60808401511610611360565b945089611349565b63063dbced60e21b5f5260045ffd5b60409060031901126102c0576004359060243590565b600435906001600160401b03821682036102c057565b60206040818301928281528451809452019201905f5b8181106117475750505090565b825184526020938401939092019160010161173a565b61020081019081106001600160401b0382111761066c57604052565b608081019081106001600160401b0382111761066c57604052565b90601f801991011681019081106001600160401b0382111761066c57604052565b604051906102c082018281106001600160401b0382111761066c576040525f6102a0838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e082015282610200820152826102208201528261024082015282610260820152826102808201520152565b9190820391821161120257565b9063ffffffff8091169116039063ffffffff821161120257565b8181029291811591840414171561120257565b9190820180921161120257565b81156118b5570490565b634e487b7160e01b5f52601260045260245ffd5b6001600160401b03811161066c5760051b60200190565b906118ea826118c9565b6118f76040519182611794565b8281528092611908601f19916118c9565b0190602036910137565b5f1981146112025760010190565b9060208110156119315760051b0190565b634e487b7160e01b5f52603260045260245ffd5b8051156119315760200190565b8051600210156119315760600190565b8051600110156119315760400190565b8051600310156119315760800190565b8051600510156119315760c00190565b80518210156119315760209160051b010190565b6119b0828261210f565b926001600160401b0384511615611f2a576119ca83611f33565b80156108c35790926119fb7f00000000000000000000000000000000000000000000000000000000000000006118e0565b905f906001600160401b0385165f52600e60205260405f20945f945b7f00000000000000000000000000000000000000000000000000000000000000006001600160fe1b0381169003611202577f000000000000000000000000000000000000000000000000000000000000000060021b861080611f01575b15611baa5760405160208101908282526001600160401b038416604082015287606082015260608152611aa8608082611794565b5190209760408a015180156118b557909806975f915b8a6001600160401b03611ad5856020840151611920565b5116841b808c10611b0c576001600160401b0391611b01611afb611ad59360209f611864565b96611912565b959c50505050611abe565b5050939890969181811c8160201b175f5288602052611b318a610a3360405f206128a7565b6001821b925f19840184811161120257611b519116938260201c90611864565b8310611b6c575b505050611b6490611912565b949691611a17565b8691611ba1916cffffffff000000000000000000611b8f611b6497969a95611912565b9960081b9160481b1617179188611992565b52905f80611b58565b509650509150915060015b818110611eb057508060018111611e60575b505f935f5b828110611e075750611bdd856118c9565b94611beb6040519687611794565b808652611bfa601f19916118c9565b015f5b818110611db9575050845f915f926bffffffffffffffff000000008260201b16925b858510611c2f5750505050505050565b9091929496611c4185889a9698611992565b5160481c9460018801808911611202575b89811080611da3575b15611c6e57611c6990611912565b611c52565b9198969492939599979099611c8c611c8588611912565b9786611992565b519163ffffffff8216835260ff611ca3828c611992565b51166020840152611cb48185611864565b611cbd816118c9565b90611ccb6040519283611794565b808252611cda601f19916118c9565b0136602083013760408401908152815b8b868210611d6d57505050506001600160601b0360a0916001600160401b0386165f52601060205260405f20815f52602052611d5a611d2b60405f20612993565b611d3481611945565b51606087015260ff611d4f611d4883611952565b5192611962565b5160f01c169061280e565b6080850152168617910152939091611c1f565b906001600160401b03611d8282600194611992565b5160081c16611d9c8451611d968785611864565b90611992565b5201611cea565b5086611daf828d611992565b5160481c14611c5b565b6040519060c08201918083106001600160401b0384111761066c576020926040525f81525f83820152606060408201525f60608201525f60808201525f60a082015282828a01015201611bfd565b80158015611e31575b611e1d575b600101611bcc565b94611e29600191611912565b959050611e15565b50611e3c8185611992565b5160481c5f19820182811161120257611e559086611992565b5160481c1415611e10565b60019150815b818110611e735750611bc7565b60208160051b8501015160205f19850160051b860101518103611e9a575b50600101611e66565b600584901b850160200152600192830192611e91565b60208160051b8401015181805b611ed3575b60051b840160200152600101611bb5565b5f19810160051b85016020015182811115611efb5760208260051b870101525f190180611ebd565b50611ec2565b507f00000000000000000000000000000000000000000000000000000000000000008410611a74565b92505050606090565b805f526008602052611f4760405f206128a7565b80611fcc5750611f7a61079c7f00000000000000000000000000000000000000000000000000000000000000008361188b565b804310611fc6575f19810190811161120257611f9590612aa8565b9081611fa15750505f90565b6040519060208201928352604082015260408152611fc0606082611794565b51902090565b50505f90565b905090565b6001600160401b03811161066c57601f01601f191660200190565b6001600160a01b03165f9081526020819052604090209061200c826128a7565b60018116159283156120d457607f8260011c16915b61202a83611fd1565b906120386040519283611794565b83825261204484611fd1565b602083019190601f190136833782966120bb575050506040516020810191825260208152612073604082611794565b519020601f82018092116112025761208e9160051c90612a50565b5f5b81518110156120b757806120a660019284611992565b5160208260051b8701015201612090565b5050565b925092909394506120cb57505090565b60ff1916905290565b8160011c91612021565b51906001600160401b03821682036102c057565b519060ff821682036102c057565b519061ffff821682036102c057565b919060405190606082018281106001600160401b0382111761066c576040525f82526020820190610400604051906121478183611794565b368237825260408301915f83526001600160401b03849661216784612b6e565b16805f52600c60205260405f20600381018091116112025783610a3361218c926128a7565b946001600160401b03861690525f52600d60205260405f205f5b602081106121b657505050505050565b80600180921b87161561220557805f52826020526121fc6121dd86610a3360405f206128a7565b6001600160401b0381166121f2848851611920565b52821b875161189e565b86525b016121a6565b6121ff565b6001600160401b03165f52600f60205260405f208160021c5f5260205260c061223560405f206128a7565b9160061b161c9063ffffffff8083169260201c1690565b9060405161016081018181106001600160401b0382111761066c576040525f815260208101905f825260408101905f825260608101905f825260808101925f845260a082015f815260c083015f815260e08401905f82526101008501925f84526101208601945f86526101408701995f8b526001600160401b03889d165f52600c6020526122dc60405f20612993565b976001600160a01b036122ee8a611945565b5116905263ffffffff61230089611945565b5160a01c16905260ff61231288611945565b5160c01c16905260ff61232487611945565b5160c81c169760038910156104df576001600160401b03986123b8985263ffffffff61234f88611945565b5160d01c16905263ffffffff61236487611962565b5116905263ffffffff61237686611962565b5160201c16905263ffffffff61238b85611962565b5160401c16905263ffffffff6123a084611962565b5160601c1690526123b082611952565b519052611972565b5160801c169052565b906123ca6117b5565b916001600160401b038160201c1690815f52601060205263ffffffff60405f2091165f5260205263ffffffff6124d361240560405f20612993565b61240e81611945565b51865260ff61241c82611962565b518181166020890152848160081c166040890152848160281c166060890152848160481c166080890152848160681c1660a0890152848160881c1660c0890152848160a81c1660e0890152848160c81c16610100890152818160e81c1661012089015260f01c1661014087015261249281611952565b516101608701526001600160601b036124aa82611972565b51166101808701526001600160601b036124c382611972565b5160601c166101a0870152611972565b5160c01c166101c0840152610200830152565b906124ef6117b5565b5f928352600260205260409092206040519060e061250d8184611794565b60068352601f19013660208401375f5b600681106127bf5750505f612546916040518093819263dbd035ff60e01b835260048301611724565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610d72575f9161279d575b506001600160a01b0361259482611945565b5116835260ff6125a382611945565b5160a01c16602084015260ff6125b882611945565b5160a81c16604084015260ff6125cd82611945565b5160b01c1660078110156104df57606084015260ff6125eb82611945565b5160b81c16608084015260ff61260082611945565b5160c01c16151560a08401526001600160601b0361261d82611962565b511660c084015263ffffffff61263282611962565b5160601c1660e084015263ffffffff61264a82611962565b5160801c166101008401526001600160401b0361266682611962565b5160a01c1661012084015260ff61267c82611962565b5160e01c166101408401526001600160601b0361269882611952565b51166101608401526001600160601b036126b182611952565b5160601c166101808401526126c581611952565b5160c01c6101a08401526001600160a01b036126e082611972565b51166101c08401526126f181611972565b5160a01c6101e08401528051600410156119315761278e816001600160801b0360a060ff940151166102008601526001600160401b0361273082611982565b51166102208601526001600160401b0361274982611982565b5160401c166102408601526001600160401b0361276582611982565b5160801c1661026086015263ffffffff61277e82611982565b5160c01c16610280860152611982565b5160e01c1615156102a0830152565b6127b991503d805f833e6127b18183611794565b81019061282e565b5f612582565b806127cc6001928461189e565b6127d68286611992565b520161251d565b801561280757826127f791836127fc95116127ff5761188b565b6118ab565b90565b83915061188b565b5050505f90565b906040519060208201928352604082015260408152611fc0606082611794565b6020818303126102c0578051906001600160401b0382116102c057019080601f830112156102c0578151612861816118c9565b9261286f6040519485611794565b81845260208085019260051b8201019283116102c057602001905b8282106128975750505090565b815181526020918201910161288a565b906128ee5f6040938451906128bc8683611794565b60018252601f1986013660208401376128d482611945565b5284518093819263dbd035ff60e01b835260048301611724565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115612954576129369293505f9161293a575b50611945565b5190565b61294e91503d805f833e6127b18183611794565b5f612930565b83513d5f823e3d90fd5b6001600160401b039163ffffffff8260c01c16811061298e578160e01c116129875760801c1690565b60401c1690565b501690565b9060405160a06129a38183611794565b60048252601f19013660208301375f5b60048110612a32575060405163dbd035ff60e01b81529192505f90829081906129df9060048301611724565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610d72575f91612a1e575090565b6127fc91503d805f833e6127b18183611794565b80612a3f6001928661189e565b612a498285611992565b52016129b3565b9190612a5b816118e0565b905f5b818110612a8a57505060405163dbd035ff60e01b81529192505f90829081906129df9060048301611724565b80612a976001928761189e565b612aa18286611992565b5201612a5e565b905f9143811015612b6257612abd8143611864565b610100811115612b6857611fff10612b62575f80916040516020810191825260208152612aeb604082611794565b519071f90827f1c53a10cb7a02335b1753200029355afa3d15612b5a573d90612b1382611fd1565b91612b216040519384611794565b82523d5f602084013e5b80612b4f575b612b385750565b9091506020818051810103126102c0576020015190565b506020815114612b31565b606090612b2b565b505f9150565b50409150565b6001810180911161120257612ba66105e87f000000000000000000000000000000000000000000000000000000000000000043611864565b11612bad57565b6351976d8760e11b5f5260045ffd5b805160015b818110612c25575060018111612bd5575090565b600190815b818110612be8575050815290565b60208160051b8501015160205f19850160051b860101518103612c0f575b50600101612bda565b600584901b850160200152600192830192612c06565b60208160051b8401015181805b612c48575b60051b840160200152600101612bc1565b5f19810160051b85016020015182811115612c705760208260051b870101525f190180612c32565b50612c37565b919060608301805160078110156104df57600114908115612ddc575b50158015612dbe575b612807576001600160601b03602082015116908115612d6d5750612cbe906123c1565b91612cd66001600160401b036102008501511661224c565b90606082015160038110156104df57612d2c575b505063ffffffff60808301511660018201809211611202571190811591612d1a575b50612d15575f90565b600490565b6002915061012001511615155f612d0c565b608063ffffffff80928161028081858a015116920151168082105f14612d6657505b169201511610612d5f575f80612cea565b5050600390565b9050612d4e565b80925060609150015115612d8f5760800151159050612d8b57600390565b5f90565b506001600160401b036101a082015116431115612db85760a0015115612db3575f90565b600290565b50600190565b50600282018083116112025763ffffffff6101008501511610612c9b565b90505160078110156104df576002145f612c9256",
}

// MarketplaceV2Lens is an auto generated Go binding around an Ethereum contract.
type MarketplaceV2Lens struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MarketplaceV2Lens) GetABI() abi.ABI {
	return c.abi
}

// NewMarketplaceV2Lens creates a new instance of MarketplaceV2Lens.
func NewMarketplaceV2Lens() *MarketplaceV2Lens {
	parsed, err := MarketplaceV2LensMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MarketplaceV2Lens{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MarketplaceV2Lens) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address m) returns()
func (marketplaceV2Lens *MarketplaceV2Lens) PackConstructor(m common.Address) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAuditChallenges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94e479c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function auditChallenges(uint96 tenureId) view returns(uint256[])
func (marketplaceV2Lens *MarketplaceV2Lens) PackAuditChallenges(tenureId *big.Int) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("auditChallenges", tenureId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuditChallenges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94e479c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function auditChallenges(uint96 tenureId) view returns(uint256[])
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackAuditChallenges(tenureId *big.Int) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("auditChallenges", tenureId)
}

// UnpackAuditChallenges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94e479c1.
//
// Solidity: function auditChallenges(uint96 tenureId) view returns(uint256[])
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackAuditChallenges(data []byte) ([]*big.Int, error) {
	out, err := marketplaceV2Lens.abi.Unpack("auditChallenges", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackChallengesFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e6d052e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengesFor(uint64 setId, uint256 t) view returns((uint32,uint8,uint64[],bytes32,bytes32,uint96)[] groups)
func (marketplaceV2Lens *MarketplaceV2Lens) PackChallengesFor(setId uint64, t *big.Int) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("challengesFor", setId, t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengesFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e6d052e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengesFor(uint64 setId, uint256 t) view returns((uint32,uint8,uint64[],bytes32,bytes32,uint96)[] groups)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackChallengesFor(setId uint64, t *big.Int) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("challengesFor", setId, t)
}

// UnpackChallengesFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e6d052e.
//
// Solidity: function challengesFor(uint64 setId, uint256 t) view returns((uint32,uint8,uint64[],bytes32,bytes32,uint96)[] groups)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackChallengesFor(data []byte) ([]IMarketplaceV2Group, error) {
	out, err := marketplaceV2Lens.abi.Unpack("challengesFor", data)
	if err != nil {
		return *new([]IMarketplaceV2Group), err
	}
	out0 := *abi.ConvertType(out[0], new([]IMarketplaceV2Group)).(*[]IMarketplaceV2Group)
	return out0, nil
}

// PackClosedEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14a12f00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closedEpochs() view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) PackClosedEpochs() []byte {
	enc, err := marketplaceV2Lens.abi.Pack("closedEpochs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClosedEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14a12f00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closedEpochs() view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackClosedEpochs() ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("closedEpochs")
}

// UnpackClosedEpochs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14a12f00.
//
// Solidity: function closedEpochs() view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackClosedEpochs(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Lens.abi.Unpack("closedEpochs", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function config() view returns((address,uint64,uint64,uint64,uint64,uint8,uint8,uint8,uint16,uint16,uint16,uint16,uint64,uint256,uint256,uint256))
func (marketplaceV2Lens *MarketplaceV2Lens) PackConfig() []byte {
	enc, err := marketplaceV2Lens.abi.Pack("config")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function config() view returns((address,uint64,uint64,uint64,uint64,uint8,uint8,uint8,uint16,uint16,uint16,uint16,uint64,uint256,uint256,uint256))
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackConfig() ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((address,uint64,uint64,uint64,uint64,uint8,uint8,uint8,uint16,uint16,uint16,uint16,uint64,uint256,uint256,uint256))
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackConfig(data []byte) (IMarketplaceV2Config, error) {
	out, err := marketplaceV2Lens.abi.Unpack("config", data)
	if err != nil {
		return *new(IMarketplaceV2Config), err
	}
	out0 := *abi.ConvertType(out[0], new(IMarketplaceV2Config)).(*IMarketplaceV2Config)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) PackCurrentEpoch() []byte {
	enc, err := marketplaceV2Lens.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackCurrentEpoch() ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackCurrentEpoch(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Lens.abi.Unpack("currentEpoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1da1bbfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor(bytes32 requestId, uint256 index) view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) PackDepositFor(requestId [32]byte, index *big.Int) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("depositFor", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1da1bbfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor(bytes32 requestId, uint256 index) view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackDepositFor(requestId [32]byte, index *big.Int) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("depositFor", requestId, index)
}

// UnpackDepositFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1da1bbfb.
//
// Solidity: function depositFor(bytes32 requestId, uint256 index) view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackDepositFor(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Lens.abi.Unpack("depositFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEpochSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4abccd28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochSeed(uint256 e) view returns(bytes32)
func (marketplaceV2Lens *MarketplaceV2Lens) PackEpochSeed(e *big.Int) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("epochSeed", e)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4abccd28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochSeed(uint256 e) view returns(bytes32)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackEpochSeed(e *big.Int) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("epochSeed", e)
}

// UnpackEpochSeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4abccd28.
//
// Solidity: function epochSeed(uint256 e) view returns(bytes32)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackEpochSeed(data []byte) ([32]byte, error) {
	out, err := marketplaceV2Lens.abi.Unpack("epochSeed", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEpochStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa9354a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochStart(uint256 e) view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) PackEpochStart(e *big.Int) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("epochStart", e)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa9354a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochStart(uint256 e) view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackEpochStart(e *big.Int) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("epochStart", e)
}

// UnpackEpochStart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa9354a3.
//
// Solidity: function epochStart(uint256 e) view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackEpochStart(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Lens.abi.Unpack("epochStart", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFillChallenges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14858fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fillChallenges(bytes32 requestId, uint256 index, address filler) view returns(uint256[])
func (marketplaceV2Lens *MarketplaceV2Lens) PackFillChallenges(requestId [32]byte, index *big.Int, filler common.Address) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("fillChallenges", requestId, index, filler)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFillChallenges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14858fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fillChallenges(bytes32 requestId, uint256 index, address filler) view returns(uint256[])
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackFillChallenges(requestId [32]byte, index *big.Int, filler common.Address) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("fillChallenges", requestId, index, filler)
}

// UnpackFillChallenges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf14858fa.
//
// Solidity: function fillChallenges(bytes32 requestId, uint256 index, address filler) view returns(uint256[])
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackFillChallenges(data []byte) ([]*big.Int, error) {
	out, err := marketplaceV2Lens.abi.Unpack("fillChallenges", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackGenesisBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdc9c63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesisBlock() view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) PackGenesisBlock() []byte {
	enc, err := marketplaceV2Lens.abi.Pack("genesisBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenesisBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdc9c63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function genesisBlock() view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackGenesisBlock() ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("genesisBlock")
}

// UnpackGenesisBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdc9c63.
//
// Solidity: function genesisBlock() view returns(uint256)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackGenesisBlock(data []byte) (*big.Int, error) {
	out, err := marketplaceV2Lens.abi.Unpack("genesisBlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (marketplaceV2Lens *MarketplaceV2Lens) PackMarket() []byte {
	enc, err := marketplaceV2Lens.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackMarket() ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackMarket(data []byte) (common.Address, error) {
	out, err := marketplaceV2Lens.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMemberAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8026dcf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function memberAt(uint64 setId, uint256 t, uint256 c, uint256 p) view returns(uint32 mid, uint64 pad)
func (marketplaceV2Lens *MarketplaceV2Lens) PackMemberAt(setId uint64, t *big.Int, c *big.Int, p *big.Int) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("memberAt", setId, t, c, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMemberAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8026dcf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function memberAt(uint64 setId, uint256 t, uint256 c, uint256 p) view returns(uint32 mid, uint64 pad)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackMemberAt(setId uint64, t *big.Int, c *big.Int, p *big.Int) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("memberAt", setId, t, c, p)
}

// MemberAtOutput serves as a container for the return parameters of contract
// method MemberAt.
type MemberAtOutput struct {
	Mid uint32
	Pad uint64
}

// UnpackMemberAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8026dcf4.
//
// Solidity: function memberAt(uint64 setId, uint256 t, uint256 c, uint256 p) view returns(uint32 mid, uint64 pad)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackMemberAt(data []byte) (MemberAtOutput, error) {
	out, err := marketplaceV2Lens.abi.Unpack("memberAt", data)
	outstruct := new(MemberAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Mid = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Pad = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackPeerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6986013b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function peerInfo(address who) view returns(bytes b)
func (marketplaceV2Lens *MarketplaceV2Lens) PackPeerInfo(who common.Address) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("peerInfo", who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6986013b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function peerInfo(address who) view returns(bytes b)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackPeerInfo(who common.Address) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("peerInfo", who)
}

// UnpackPeerInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6986013b.
//
// Solidity: function peerInfo(address who) view returns(bytes b)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackPeerInfo(data []byte) ([]byte, error) {
	out, err := marketplaceV2Lens.abi.Unpack("peerInfo", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a58b064.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function record(uint64 setId, uint256 e) view returns(uint32 cumProven, uint32 cumMissed)
func (marketplaceV2Lens *MarketplaceV2Lens) PackRecord(setId uint64, e *big.Int) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("record", setId, e)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a58b064.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function record(uint64 setId, uint256 e) view returns(uint32 cumProven, uint32 cumMissed)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackRecord(setId uint64, e *big.Int) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("record", setId, e)
}

// RecordOutput serves as a container for the return parameters of contract
// method Record.
type RecordOutput struct {
	CumProven uint32
	CumMissed uint32
}

// UnpackRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a58b064.
//
// Solidity: function record(uint64 setId, uint256 e) view returns(uint32 cumProven, uint32 cumMissed)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackRecord(data []byte) (RecordOutput, error) {
	out, err := marketplaceV2Lens.abi.Unpack("record", data)
	outstruct := new(RecordOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.CumProven = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.CumMissed = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackRequestInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x361e4d28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestInfo(bytes32 requestId) view returns((address,uint8,uint8,uint8,uint8,bool,uint96,uint32,uint32,uint64,uint8,uint96,uint96,uint64,address,uint96,uint128,uint64,uint64,uint64,uint32,bool))
func (marketplaceV2Lens *MarketplaceV2Lens) PackRequestInfo(requestId [32]byte) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("requestInfo", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x361e4d28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestInfo(bytes32 requestId) view returns((address,uint8,uint8,uint8,uint8,bool,uint96,uint32,uint32,uint64,uint8,uint96,uint96,uint64,address,uint96,uint128,uint64,uint64,uint64,uint32,bool))
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackRequestInfo(requestId [32]byte) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("requestInfo", requestId)
}

// UnpackRequestInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x361e4d28.
//
// Solidity: function requestInfo(bytes32 requestId) view returns((address,uint8,uint8,uint8,uint8,bool,uint96,uint32,uint32,uint64,uint8,uint96,uint96,uint64,address,uint96,uint128,uint64,uint64,uint64,uint32,bool))
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackRequestInfo(data []byte) (IMarketplaceV2RequestInfo, error) {
	out, err := marketplaceV2Lens.abi.Unpack("requestInfo", data)
	if err != nil {
		return *new(IMarketplaceV2RequestInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(IMarketplaceV2RequestInfo)).(*IMarketplaceV2RequestInfo)
	return out0, nil
}

// PackReservations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7e30f87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reservations(bytes32 requestId, uint256 index) view returns((address,uint64,uint8,bool)[] rs)
func (marketplaceV2Lens *MarketplaceV2Lens) PackReservations(requestId [32]byte, index *big.Int) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("reservations", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReservations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7e30f87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reservations(bytes32 requestId, uint256 index) view returns((address,uint64,uint8,bool)[] rs)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackReservations(requestId [32]byte, index *big.Int) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("reservations", requestId, index)
}

// UnpackReservations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7e30f87.
//
// Solidity: function reservations(bytes32 requestId, uint256 index) view returns((address,uint64,uint8,bool)[] rs)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackReservations(data []byte) ([]IMarketplaceV2Reservation, error) {
	out, err := marketplaceV2Lens.abi.Unpack("reservations", data)
	if err != nil {
		return *new([]IMarketplaceV2Reservation), err
	}
	out0 := *abi.ConvertType(out[0], new([]IMarketplaceV2Reservation)).(*[]IMarketplaceV2Reservation)
	return out0, nil
}

// PackRoleOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec9b515f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roleOf(bytes32 requestId, address who) view returns(uint8)
func (marketplaceV2Lens *MarketplaceV2Lens) PackRoleOf(requestId [32]byte, who common.Address) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("roleOf", requestId, who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoleOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec9b515f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roleOf(bytes32 requestId, address who) view returns(uint8)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackRoleOf(requestId [32]byte, who common.Address) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("roleOf", requestId, who)
}

// UnpackRoleOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec9b515f.
//
// Solidity: function roleOf(bytes32 requestId, address who) view returns(uint8)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackRoleOf(data []byte) (uint8, error) {
	out, err := marketplaceV2Lens.abi.Unpack("roleOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSetInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3663721.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setInfo(uint64 setId) view returns((address,uint32,uint8,uint8,uint32,uint32,uint32,uint32,uint32,uint256,uint64) i)
func (marketplaceV2Lens *MarketplaceV2Lens) PackSetInfo(setId uint64) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("setInfo", setId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3663721.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setInfo(uint64 setId) view returns((address,uint32,uint8,uint8,uint32,uint32,uint32,uint32,uint32,uint256,uint64) i)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackSetInfo(setId uint64) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("setInfo", setId)
}

// UnpackSetInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3663721.
//
// Solidity: function setInfo(uint64 setId) view returns((address,uint32,uint8,uint8,uint32,uint32,uint32,uint32,uint32,uint256,uint64) i)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSetInfo(data []byte) (IMarketplaceV2SetInfo, error) {
	out, err := marketplaceV2Lens.abi.Unpack("setInfo", data)
	if err != nil {
		return *new(IMarketplaceV2SetInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(IMarketplaceV2SetInfo)).(*IMarketplaceV2SetInfo)
	return out0, nil
}

// PackSetView is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82baf824.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setView(uint64 setId, uint256 t) view returns((uint64,uint64[32],uint256) v)
func (marketplaceV2Lens *MarketplaceV2Lens) PackSetView(setId uint64, t *big.Int) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("setView", setId, t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetView is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82baf824.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setView(uint64 setId, uint256 t) view returns((uint64,uint64[32],uint256) v)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackSetView(setId uint64, t *big.Int) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("setView", setId, t)
}

// UnpackSetView is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82baf824.
//
// Solidity: function setView(uint64 setId, uint256 t) view returns((uint64,uint64[32],uint256) v)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSetView(data []byte) (IMarketplaceV2SetView, error) {
	out, err := marketplaceV2Lens.abi.Unpack("setView", data)
	if err != nil {
		return *new(IMarketplaceV2SetView), err
	}
	out0 := *abi.ConvertType(out[0], new(IMarketplaceV2SetView)).(*IMarketplaceV2SetView)
	return out0, nil
}

// PackSlotInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdb6b644.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotInfo(bytes32 requestId, uint256 index) view returns((bytes32,uint96,uint8,bool,bool,uint8,bytes32) i)
func (marketplaceV2Lens *MarketplaceV2Lens) PackSlotInfo(requestId [32]byte, index *big.Int) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("slotInfo", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdb6b644.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotInfo(bytes32 requestId, uint256 index) view returns((bytes32,uint96,uint8,bool,bool,uint8,bytes32) i)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackSlotInfo(requestId [32]byte, index *big.Int) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("slotInfo", requestId, index)
}

// UnpackSlotInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcdb6b644.
//
// Solidity: function slotInfo(bytes32 requestId, uint256 index) view returns((bytes32,uint96,uint8,bool,bool,uint8,bytes32) i)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSlotInfo(data []byte) (IMarketplaceV2SlotInfo, error) {
	out, err := marketplaceV2Lens.abi.Unpack("slotInfo", data)
	if err != nil {
		return *new(IMarketplaceV2SlotInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(IMarketplaceV2SlotInfo)).(*IMarketplaceV2SlotInfo)
	return out0, nil
}

// PackTenureInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14331cef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tenureInfo(uint96 tenureId) view returns((bytes32,uint8,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint8,bytes32,uint96,uint96,uint32,address,uint64,uint32,uint32,uint256,uint256,uint256) i)
func (marketplaceV2Lens *MarketplaceV2Lens) PackTenureInfo(tenureId *big.Int) []byte {
	enc, err := marketplaceV2Lens.abi.Pack("tenureInfo", tenureId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTenureInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14331cef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tenureInfo(uint96 tenureId) view returns((bytes32,uint8,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint8,bytes32,uint96,uint96,uint32,address,uint64,uint32,uint32,uint256,uint256,uint256) i)
func (marketplaceV2Lens *MarketplaceV2Lens) TryPackTenureInfo(tenureId *big.Int) ([]byte, error) {
	return marketplaceV2Lens.abi.Pack("tenureInfo", tenureId)
}

// UnpackTenureInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14331cef.
//
// Solidity: function tenureInfo(uint96 tenureId) view returns((bytes32,uint8,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint8,bytes32,uint96,uint96,uint32,address,uint64,uint32,uint32,uint256,uint256,uint256) i)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackTenureInfo(data []byte) (IMarketplaceV2TenureInfo, error) {
	out, err := marketplaceV2Lens.abi.Unpack("tenureInfo", data)
	if err != nil {
		return *new(IMarketplaceV2TenureInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(IMarketplaceV2TenureInfo)).(*IMarketplaceV2TenureInfo)
	return out0, nil
}

// MarketplaceV2LensAuditAnswered represents a AuditAnswered event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensAuditAnswered struct {
	TenureId *big.Int
	Epoch    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensAuditAnsweredEventName = "AuditAnswered"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensAuditAnswered) ContractEventName() string {
	return MarketplaceV2LensAuditAnsweredEventName
}

// UnpackAuditAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuditAnswered(uint96 indexed tenureId, uint256 epoch)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackAuditAnsweredEvent(log *types.Log) (*MarketplaceV2LensAuditAnswered, error) {
	event := "AuditAnswered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensAuditAnswered)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensAuditRequested represents a AuditRequested event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensAuditRequested struct {
	TenureId  *big.Int
	Owner     common.Address
	RequestId [32]byte
	Index     *big.Int
	Epoch     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensAuditRequestedEventName = "AuditRequested"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensAuditRequested) ContractEventName() string {
	return MarketplaceV2LensAuditRequestedEventName
}

// UnpackAuditRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuditRequested(uint96 indexed tenureId, address indexed owner, bytes32 indexed requestId, uint256 index, uint256 epoch)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackAuditRequestedEvent(log *types.Log) (*MarketplaceV2LensAuditRequested, error) {
	event := "AuditRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensAuditRequested)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensAuditResolved represents a AuditResolved event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensAuditResolved struct {
	TenureId *big.Int
	Epoch    *big.Int
	Lapsed   bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensAuditResolvedEventName = "AuditResolved"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensAuditResolved) ContractEventName() string {
	return MarketplaceV2LensAuditResolvedEventName
}

// UnpackAuditResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuditResolved(uint96 indexed tenureId, uint256 epoch, bool lapsed)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackAuditResolvedEvent(log *types.Log) (*MarketplaceV2LensAuditResolved, error) {
	event := "AuditResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensAuditResolved)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensExtensionAccepted represents a ExtensionAccepted event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensExtensionAccepted struct {
	TenureId *big.Int
	End      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensExtensionAcceptedEventName = "ExtensionAccepted"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensExtensionAccepted) ContractEventName() string {
	return MarketplaceV2LensExtensionAcceptedEventName
}

// UnpackExtensionAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExtensionAccepted(uint96 indexed tenureId, uint256 end)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackExtensionAcceptedEvent(log *types.Log) (*MarketplaceV2LensExtensionAccepted, error) {
	event := "ExtensionAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensExtensionAccepted)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensExtensionDeclined represents a ExtensionDeclined event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensExtensionDeclined struct {
	TenureId *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensExtensionDeclinedEventName = "ExtensionDeclined"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensExtensionDeclined) ContractEventName() string {
	return MarketplaceV2LensExtensionDeclinedEventName
}

// UnpackExtensionDeclinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExtensionDeclined(uint96 indexed tenureId)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackExtensionDeclinedEvent(log *types.Log) (*MarketplaceV2LensExtensionDeclined, error) {
	event := "ExtensionDeclined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensExtensionDeclined)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensFaultDeclared represents a FaultDeclared event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensFaultDeclared struct {
	SetId  uint64
	Mid    uint32
	SlotId [32]byte
	Epoch  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensFaultDeclaredEventName = "FaultDeclared"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensFaultDeclared) ContractEventName() string {
	return MarketplaceV2LensFaultDeclaredEventName
}

// UnpackFaultDeclaredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FaultDeclared(uint64 indexed setId, uint32 mid, bytes32 indexed slotId, uint256 epoch)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackFaultDeclaredEvent(log *types.Log) (*MarketplaceV2LensFaultDeclared, error) {
	event := "FaultDeclared"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensFaultDeclared)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensMemberAdded represents a MemberAdded event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensMemberAdded struct {
	SetId    uint64
	Mid      uint32
	TenureId *big.Int
	Cls      *big.Int
	Pos      *big.Int
	Epoch    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensMemberAddedEventName = "MemberAdded"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensMemberAdded) ContractEventName() string {
	return MarketplaceV2LensMemberAddedEventName
}

// UnpackMemberAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberAdded(uint64 indexed setId, uint32 mid, uint96 indexed tenureId, uint256 cls, uint256 pos, uint256 epoch)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackMemberAddedEvent(log *types.Log) (*MarketplaceV2LensMemberAdded, error) {
	event := "MemberAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensMemberAdded)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensMemberMoved represents a MemberMoved event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensMemberMoved struct {
	SetId uint64
	Mid   uint32
	Cls   *big.Int
	Pos   *big.Int
	Epoch *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensMemberMovedEventName = "MemberMoved"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensMemberMoved) ContractEventName() string {
	return MarketplaceV2LensMemberMovedEventName
}

// UnpackMemberMovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberMoved(uint64 indexed setId, uint32 mid, uint256 cls, uint256 pos, uint256 epoch)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackMemberMovedEvent(log *types.Log) (*MarketplaceV2LensMemberMoved, error) {
	event := "MemberMoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensMemberMoved)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensMemberRemoved represents a MemberRemoved event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensMemberRemoved struct {
	SetId uint64
	Mid   uint32
	Epoch *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensMemberRemovedEventName = "MemberRemoved"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensMemberRemoved) ContractEventName() string {
	return MarketplaceV2LensMemberRemovedEventName
}

// UnpackMemberRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberRemoved(uint64 indexed setId, uint32 mid, uint256 epoch)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackMemberRemovedEvent(log *types.Log) (*MarketplaceV2LensMemberRemoved, error) {
	event := "MemberRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensMemberRemoved)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensProviderRegistered represents a ProviderRegistered event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensProviderRegistered struct {
	Provider common.Address
	PeerInfo []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensProviderRegisteredEventName = "ProviderRegistered"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensProviderRegistered) ContractEventName() string {
	return MarketplaceV2LensProviderRegisteredEventName
}

// UnpackProviderRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderRegistered(address indexed provider, bytes peerInfo)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackProviderRegisteredEvent(log *types.Log) (*MarketplaceV2LensProviderRegistered, error) {
	event := "ProviderRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensProviderRegistered)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensRequestClosed represents a RequestClosed event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensRequestClosed struct {
	RequestId [32]byte
	State     uint8
	Stop      *big.Int
	Refund    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensRequestClosedEventName = "RequestClosed"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensRequestClosed) ContractEventName() string {
	return MarketplaceV2LensRequestClosedEventName
}

// UnpackRequestClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestClosed(bytes32 indexed requestId, uint8 state, uint256 stop, uint256 refund)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackRequestClosedEvent(log *types.Log) (*MarketplaceV2LensRequestClosed, error) {
	event := "RequestClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensRequestClosed)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensRequestExtended represents a RequestExtended event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensRequestExtended struct {
	RequestId    [32]byte
	NewEndEpoch  *big.Int
	ReserveTopUp *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensRequestExtendedEventName = "RequestExtended"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensRequestExtended) ContractEventName() string {
	return MarketplaceV2LensRequestExtendedEventName
}

// UnpackRequestExtendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestExtended(bytes32 indexed requestId, uint256 newEndEpoch, uint256 reserveTopUp)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackRequestExtendedEvent(log *types.Log) (*MarketplaceV2LensRequestExtended, error) {
	event := "RequestExtended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensRequestExtended)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensRequestTerminated represents a RequestTerminated event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensRequestTerminated struct {
	RequestId [32]byte
	Stop      *big.Int
	Refund    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensRequestTerminatedEventName = "RequestTerminated"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensRequestTerminated) ContractEventName() string {
	return MarketplaceV2LensRequestTerminatedEventName
}

// UnpackRequestTerminatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestTerminated(bytes32 indexed requestId, uint256 stop, uint256 refund)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackRequestTerminatedEvent(log *types.Log) (*MarketplaceV2LensRequestTerminated, error) {
	event := "RequestTerminated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensRequestTerminated)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensReservationEvicted represents a ReservationEvicted event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensReservationEvicted struct {
	SlotId   [32]byte
	Reserver common.Address
	Refunded *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensReservationEvictedEventName = "ReservationEvicted"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensReservationEvicted) ContractEventName() string {
	return MarketplaceV2LensReservationEvictedEventName
}

// UnpackReservationEvictedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReservationEvicted(bytes32 indexed slotId, address indexed reserver, uint256 refunded)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackReservationEvictedEvent(log *types.Log) (*MarketplaceV2LensReservationEvicted, error) {
	event := "ReservationEvicted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensReservationEvicted)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensReservationLapsed represents a ReservationLapsed event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensReservationLapsed struct {
	SlotId   [32]byte
	Reserver common.Address
	Burned   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensReservationLapsedEventName = "ReservationLapsed"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensReservationLapsed) ContractEventName() string {
	return MarketplaceV2LensReservationLapsedEventName
}

// UnpackReservationLapsedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReservationLapsed(bytes32 indexed slotId, address indexed reserver, uint256 burned)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackReservationLapsedEvent(log *types.Log) (*MarketplaceV2LensReservationLapsed, error) {
	event := "ReservationLapsed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensReservationLapsed)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensSetCreated represents a SetCreated event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensSetCreated struct {
	SetId uint64
	Owner common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensSetCreatedEventName = "SetCreated"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensSetCreated) ContractEventName() string {
	return MarketplaceV2LensSetCreatedEventName
}

// UnpackSetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetCreated(uint64 indexed setId, address indexed owner)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSetCreatedEvent(log *types.Log) (*MarketplaceV2LensSetCreated, error) {
	event := "SetCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensSetCreated)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensSetFailed represents a SetFailed event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensSetFailed struct {
	SetId uint64
	Epoch *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensSetFailedEventName = "SetFailed"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensSetFailed) ContractEventName() string {
	return MarketplaceV2LensSetFailedEventName
}

// UnpackSetFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetFailed(uint64 indexed setId, uint256 epoch)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSetFailedEvent(log *types.Log) (*MarketplaceV2LensSetFailed, error) {
	event := "SetFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensSetFailed)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensSetProven represents a SetProven event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensSetProven struct {
	SetId uint64
	Epoch *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensSetProvenEventName = "SetProven"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensSetProven) ContractEventName() string {
	return MarketplaceV2LensSetProvenEventName
}

// UnpackSetProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetProven(uint64 indexed setId, uint256 epoch)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSetProvenEvent(log *types.Log) (*MarketplaceV2LensSetProven, error) {
	event := "SetProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensSetProven)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensSetRetired represents a SetRetired event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensSetRetired struct {
	SetId uint64
	Stop  *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensSetRetiredEventName = "SetRetired"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensSetRetired) ContractEventName() string {
	return MarketplaceV2LensSetRetiredEventName
}

// UnpackSetRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetRetired(uint64 indexed setId, uint256 stop)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSetRetiredEvent(log *types.Log) (*MarketplaceV2LensSetRetired, error) {
	event := "SetRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensSetRetired)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensSetSettled represents a SetSettled event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensSetSettled struct {
	SetId    uint64
	FromHead *big.Int
	ToHead   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensSetSettledEventName = "SetSettled"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensSetSettled) ContractEventName() string {
	return MarketplaceV2LensSetSettledEventName
}

// UnpackSetSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetSettled(uint64 indexed setId, uint256 fromHead, uint256 toHead)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSetSettledEvent(log *types.Log) (*MarketplaceV2LensSetSettled, error) {
	event := "SetSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensSetSettled)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensSlotFilled represents a SlotFilled event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensSlotFilled struct {
	RequestId [32]byte
	SlotId    [32]byte
	Provider  common.Address
	Index     *big.Int
	Epoch     *big.Int
	TenureId  *big.Int
	Kind      uint8
	Bonus     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensSlotFilledEventName = "SlotFilled"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensSlotFilled) ContractEventName() string {
	return MarketplaceV2LensSlotFilledEventName
}

// UnpackSlotFilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotFilled(bytes32 indexed requestId, bytes32 indexed slotId, address indexed provider, uint256 index, uint256 epoch, uint96 tenureId, uint8 kind, uint256 bonus)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSlotFilledEvent(log *types.Log) (*MarketplaceV2LensSlotFilled, error) {
	event := "SlotFilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensSlotFilled)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensSlotReserved represents a SlotReserved event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensSlotReserved struct {
	RequestId   [32]byte
	SlotId      [32]byte
	Provider    common.Address
	Index       *big.Int
	BlockNumber *big.Int
	Deposit     *big.Int
	Ticketed    bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensSlotReservedEventName = "SlotReserved"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensSlotReserved) ContractEventName() string {
	return MarketplaceV2LensSlotReservedEventName
}

// UnpackSlotReservedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotReserved(bytes32 indexed requestId, bytes32 indexed slotId, address indexed provider, uint256 index, uint256 blockNumber, uint256 deposit, bool ticketed)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSlotReservedEvent(log *types.Log) (*MarketplaceV2LensSlotReserved, error) {
	event := "SlotReserved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensSlotReserved)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensStorageRequested represents a StorageRequested event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensStorageRequested struct {
	RequestId [32]byte
	Client    common.Address
	Nonce     *big.Int
	Params    IMarketplaceV2RequestParams
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensStorageRequestedEventName = "StorageRequested"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensStorageRequested) ContractEventName() string {
	return MarketplaceV2LensStorageRequestedEventName
}

// UnpackStorageRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StorageRequested(bytes32 indexed requestId, address indexed client, uint256 nonce, (uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) params)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackStorageRequestedEvent(log *types.Log) (*MarketplaceV2LensStorageRequested, error) {
	event := "StorageRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensStorageRequested)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensTenureClosed represents a TenureClosed event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensTenureClosed struct {
	TenureId      *big.Int
	Returned      *big.Int
	Burned        *big.Int
	BonusReturned *big.Int
	Late          bool
	Raw           *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensTenureClosedEventName = "TenureClosed"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensTenureClosed) ContractEventName() string {
	return MarketplaceV2LensTenureClosedEventName
}

// UnpackTenureClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TenureClosed(uint96 indexed tenureId, uint256 returned, uint256 burned, uint256 bonusReturned, bool late)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackTenureClosedEvent(log *types.Log) (*MarketplaceV2LensTenureClosed, error) {
	event := "TenureClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensTenureClosed)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensTenureCut represents a TenureCut event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensTenureCut struct {
	TenureId *big.Int
	End      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensTenureCutEventName = "TenureCut"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensTenureCut) ContractEventName() string {
	return MarketplaceV2LensTenureCutEventName
}

// UnpackTenureCutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TenureCut(uint96 indexed tenureId, uint256 end)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackTenureCutEvent(log *types.Log) (*MarketplaceV2LensTenureCut, error) {
	event := "TenureCut"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensTenureCut)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensTenureSettled represents a TenureSettled event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensTenureSettled struct {
	TenureId  *big.Int
	FromEpoch *big.Int
	ToEpoch   *big.Int
	Proven    *big.Int
	Missed    *big.Int
	Pay       *big.Int
	Slashed   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensTenureSettledEventName = "TenureSettled"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensTenureSettled) ContractEventName() string {
	return MarketplaceV2LensTenureSettledEventName
}

// UnpackTenureSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TenureSettled(uint96 indexed tenureId, uint256 fromEpoch, uint256 toEpoch, uint256 proven, uint256 missed, uint256 pay, uint256 slashed)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackTenureSettledEvent(log *types.Log) (*MarketplaceV2LensTenureSettled, error) {
	event := "TenureSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensTenureSettled)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceV2LensWithdrawn represents a Withdrawn event raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplaceV2LensWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (MarketplaceV2LensWithdrawn) ContractEventName() string {
	return MarketplaceV2LensWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackWithdrawnEvent(log *types.Log) (*MarketplaceV2LensWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceV2Lens.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceV2LensWithdrawn)
	if len(log.Data) > 0 {
		if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceV2Lens.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["AdvanceSetFirst"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackAdvanceSetFirstError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["AllowedProvidersMismatch"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackAllowedProvidersMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["AlreadyInRequest"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackAlreadyInRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["AlreadyProven"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackAlreadyProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["AuditNotResolvable"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackAuditNotResolvableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["AuditOpen"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackAuditOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["BadAmount"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackBadAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["BadAuthKey"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackBadAuthKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["BadExpiry"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackBadExpiryError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["BadPeerInfo"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackBadPeerInfoError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["BadRedundancy"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackBadRedundancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["BadRoot"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackBadRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["BadShardSize"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackBadShardSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["BadSlotIndex"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackBadSlotIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["BadTicket"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackBadTicketError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["BadTimeline"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackBadTimelineError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["CannotCancel"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackCannotCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["EpochNotStarted"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackEpochNotStartedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["EpochOverflow"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackEpochOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["EpochTooOld"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackEpochTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["FillSeedUnavailable"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackFillSeedUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["FillTooEarly"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackFillTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["ManifestTooLarge"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackManifestTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NoAudit"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNoAuditError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NoHistoryContract"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNoHistoryContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NoReservation"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNoReservationError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NotAllowedProvider"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNotAllowedProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NotAuditable"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNotAuditableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NotClient"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNotClientError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NotCurrentTenure"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNotCurrentTenureError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NotExtendable"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNotExtendableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NotFailed"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNotFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NotInView"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNotInViewError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NotRemovable"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNotRemovableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NotSetOwner"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNotSetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NothingToProve"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNothingToProveError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NothingToSettle"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNothingToSettleError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["ProofLengthMismatch"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackProofLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["ProofWindowClosed"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackProofWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["RequestEnding"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackRequestEndingError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["RequestNotLive"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackRequestNotLiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["ReservationExpired"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackReservationExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["RootsCountMismatch"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackRootsCountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["SeedUnavailable"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackSeedUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["SetFull"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackSetFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["SetNotActive"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackSetNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["SetWouldFail"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackSetWouldFailError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["SlotNotOpen"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackSlotNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["TenureFinal"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackTenureFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["TenureForfeit"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackTenureForfeitError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["TicketExpired"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackTicketExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["TicketInUse"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackTicketInUseError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["TooLateToExtend"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackTooLateToExtendError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["TooManyReservations"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackTooManyReservationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["UnknownSet"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackUnknownSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceV2Lens.abi.Errors["UnknownTenure"].ID.Bytes()[:4]) {
		return marketplaceV2Lens.UnpackUnknownTenureError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MarketplaceV2LensAdvanceSetFirst represents a AdvanceSetFirst error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensAdvanceSetFirst struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AdvanceSetFirst()
func MarketplaceV2LensAdvanceSetFirstErrorID() common.Hash {
	return common.HexToHash("0x31a8ea47728e8f4e2d8d04cf05e3254ab1ba04a6053b281eaac7d9f1d7003572")
}

// UnpackAdvanceSetFirstError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AdvanceSetFirst()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackAdvanceSetFirstError(raw []byte) (*MarketplaceV2LensAdvanceSetFirst, error) {
	out := new(MarketplaceV2LensAdvanceSetFirst)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "AdvanceSetFirst", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensAllowedProvidersMismatch represents a AllowedProvidersMismatch error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensAllowedProvidersMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AllowedProvidersMismatch()
func MarketplaceV2LensAllowedProvidersMismatchErrorID() common.Hash {
	return common.HexToHash("0x1ffc76cc005cb7ead2bdd69e0297eeacf541c29dd1959ddd59c0c66745649a5a")
}

// UnpackAllowedProvidersMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AllowedProvidersMismatch()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackAllowedProvidersMismatchError(raw []byte) (*MarketplaceV2LensAllowedProvidersMismatch, error) {
	out := new(MarketplaceV2LensAllowedProvidersMismatch)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "AllowedProvidersMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensAlreadyInRequest represents a AlreadyInRequest error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensAlreadyInRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInRequest()
func MarketplaceV2LensAlreadyInRequestErrorID() common.Hash {
	return common.HexToHash("0x870be1eb2131144e551cfb5482449752e06db67bdca5174d985d8323642e26ae")
}

// UnpackAlreadyInRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInRequest()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackAlreadyInRequestError(raw []byte) (*MarketplaceV2LensAlreadyInRequest, error) {
	out := new(MarketplaceV2LensAlreadyInRequest)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "AlreadyInRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensAlreadyProven represents a AlreadyProven error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensAlreadyProven struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyProven()
func MarketplaceV2LensAlreadyProvenErrorID() common.Hash {
	return common.HexToHash("0x2c06a3642c0f0a1ce142b0bf4a187303b12b52143b8868d7e15ffc31f42e909e")
}

// UnpackAlreadyProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyProven()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackAlreadyProvenError(raw []byte) (*MarketplaceV2LensAlreadyProven, error) {
	out := new(MarketplaceV2LensAlreadyProven)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "AlreadyProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensAuditNotResolvable represents a AuditNotResolvable error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensAuditNotResolvable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuditNotResolvable()
func MarketplaceV2LensAuditNotResolvableErrorID() common.Hash {
	return common.HexToHash("0x940af1155e884e7572655ba0167195cb0992bfd777aa145742144d5e6e908819")
}

// UnpackAuditNotResolvableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuditNotResolvable()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackAuditNotResolvableError(raw []byte) (*MarketplaceV2LensAuditNotResolvable, error) {
	out := new(MarketplaceV2LensAuditNotResolvable)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "AuditNotResolvable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensAuditOpen represents a AuditOpen error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensAuditOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuditOpen()
func MarketplaceV2LensAuditOpenErrorID() common.Hash {
	return common.HexToHash("0x5288d4c2e754e170f36f129bd4c4c39f939cd1ecca208ad067aead043b488b2b")
}

// UnpackAuditOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuditOpen()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackAuditOpenError(raw []byte) (*MarketplaceV2LensAuditOpen, error) {
	out := new(MarketplaceV2LensAuditOpen)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "AuditOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensBadAmount represents a BadAmount error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensBadAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAmount()
func MarketplaceV2LensBadAmountErrorID() common.Hash {
	return common.HexToHash("0x749b593924416ea8f46d8a8f5b89dfc2a554f6cc168b31407d6be5e73a078ac0")
}

// UnpackBadAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAmount()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackBadAmountError(raw []byte) (*MarketplaceV2LensBadAmount, error) {
	out := new(MarketplaceV2LensBadAmount)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "BadAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensBadAuthKey represents a BadAuthKey error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensBadAuthKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAuthKey()
func MarketplaceV2LensBadAuthKeyErrorID() common.Hash {
	return common.HexToHash("0x35d2fd83d085b6e24411148f55cd776591a0acb55f2190a9c3e07d1abc94df4b")
}

// UnpackBadAuthKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAuthKey()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackBadAuthKeyError(raw []byte) (*MarketplaceV2LensBadAuthKey, error) {
	out := new(MarketplaceV2LensBadAuthKey)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "BadAuthKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensBadConfig represents a BadConfig error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensBadConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig()
func MarketplaceV2LensBadConfigErrorID() common.Hash {
	return common.HexToHash("0x07cc321ce71a3eebb30014b3b8f136f5e867b17e2b76292bf086143aa7c7b50c")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackBadConfigError(raw []byte) (*MarketplaceV2LensBadConfig, error) {
	out := new(MarketplaceV2LensBadConfig)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensBadExpiry represents a BadExpiry error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensBadExpiry struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadExpiry()
func MarketplaceV2LensBadExpiryErrorID() common.Hash {
	return common.HexToHash("0xf4ad9a1f15ee00575232a4dc8cbac58b397e217d19b70d4a4ad6646fee941714")
}

// UnpackBadExpiryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadExpiry()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackBadExpiryError(raw []byte) (*MarketplaceV2LensBadExpiry, error) {
	out := new(MarketplaceV2LensBadExpiry)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "BadExpiry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensBadPeerInfo represents a BadPeerInfo error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensBadPeerInfo struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPeerInfo()
func MarketplaceV2LensBadPeerInfoErrorID() common.Hash {
	return common.HexToHash("0x69e4784d063975e88c451f288b1f2034d99ca0f45c5d594912451f8de567946e")
}

// UnpackBadPeerInfoError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPeerInfo()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackBadPeerInfoError(raw []byte) (*MarketplaceV2LensBadPeerInfo, error) {
	out := new(MarketplaceV2LensBadPeerInfo)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "BadPeerInfo", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensBadRedundancy represents a BadRedundancy error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensBadRedundancy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRedundancy()
func MarketplaceV2LensBadRedundancyErrorID() common.Hash {
	return common.HexToHash("0x03b73d04fa529325ad9305fd15c94e6567e3a51e0b33749db5a4557afac887de")
}

// UnpackBadRedundancyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRedundancy()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackBadRedundancyError(raw []byte) (*MarketplaceV2LensBadRedundancy, error) {
	out := new(MarketplaceV2LensBadRedundancy)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "BadRedundancy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensBadRoot represents a BadRoot error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensBadRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRoot()
func MarketplaceV2LensBadRootErrorID() common.Hash {
	return common.HexToHash("0x2d698557a5b54efe3b125aa26d3ed8248f293159816c45c279fadd52e2eada30")
}

// UnpackBadRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRoot()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackBadRootError(raw []byte) (*MarketplaceV2LensBadRoot, error) {
	out := new(MarketplaceV2LensBadRoot)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "BadRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensBadShardSize represents a BadShardSize error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensBadShardSize struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadShardSize()
func MarketplaceV2LensBadShardSizeErrorID() common.Hash {
	return common.HexToHash("0x3bff22c138a86b6208aef33f0fedb4653063c625eb5ed1b2eb0484395a7d54e7")
}

// UnpackBadShardSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadShardSize()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackBadShardSizeError(raw []byte) (*MarketplaceV2LensBadShardSize, error) {
	out := new(MarketplaceV2LensBadShardSize)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "BadShardSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensBadSlotIndex represents a BadSlotIndex error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensBadSlotIndex struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlotIndex()
func MarketplaceV2LensBadSlotIndexErrorID() common.Hash {
	return common.HexToHash("0x77bd40d1775b2437a8c5e3f3395cfeab2cd5b634f5054ec5ccb8f5efde33129f")
}

// UnpackBadSlotIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlotIndex()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackBadSlotIndexError(raw []byte) (*MarketplaceV2LensBadSlotIndex, error) {
	out := new(MarketplaceV2LensBadSlotIndex)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "BadSlotIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensBadTicket represents a BadTicket error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensBadTicket struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTicket()
func MarketplaceV2LensBadTicketErrorID() common.Hash {
	return common.HexToHash("0x58b1509da62cffe0d4f240602cabd4100f7f821d3f939f130882ab4d1fb49636")
}

// UnpackBadTicketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTicket()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackBadTicketError(raw []byte) (*MarketplaceV2LensBadTicket, error) {
	out := new(MarketplaceV2LensBadTicket)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "BadTicket", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensBadTimeline represents a BadTimeline error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensBadTimeline struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTimeline()
func MarketplaceV2LensBadTimelineErrorID() common.Hash {
	return common.HexToHash("0x4220a872eb6039f0136fbf42c02b20073aec027b2b462dcf650ab51caef0e3fe")
}

// UnpackBadTimelineError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTimeline()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackBadTimelineError(raw []byte) (*MarketplaceV2LensBadTimeline, error) {
	out := new(MarketplaceV2LensBadTimeline)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "BadTimeline", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensCannotCancel represents a CannotCancel error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensCannotCancel struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotCancel()
func MarketplaceV2LensCannotCancelErrorID() common.Hash {
	return common.HexToHash("0xfbc03578693f346f654ab7e4b30f351bfea8a91dfa05fab2c272a61b8d762fbd")
}

// UnpackCannotCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotCancel()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackCannotCancelError(raw []byte) (*MarketplaceV2LensCannotCancel, error) {
	out := new(MarketplaceV2LensCannotCancel)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "CannotCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensEpochNotStarted represents a EpochNotStarted error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensEpochNotStarted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotStarted()
func MarketplaceV2LensEpochNotStartedErrorID() common.Hash {
	return common.HexToHash("0x67cfa8e28d309af06112f37c89da5b046919e851040f9d1ab84a679aa3ed9e97")
}

// UnpackEpochNotStartedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotStarted()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackEpochNotStartedError(raw []byte) (*MarketplaceV2LensEpochNotStarted, error) {
	out := new(MarketplaceV2LensEpochNotStarted)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "EpochNotStarted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensEpochOverflow represents a EpochOverflow error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensEpochOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochOverflow()
func MarketplaceV2LensEpochOverflowErrorID() common.Hash {
	return common.HexToHash("0x73cde7516e73ee2127a248b6caf15d81f910f2c718efc7203d9a936cc9c7d2f3")
}

// UnpackEpochOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochOverflow()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackEpochOverflowError(raw []byte) (*MarketplaceV2LensEpochOverflow, error) {
	out := new(MarketplaceV2LensEpochOverflow)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "EpochOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensEpochTooOld represents a EpochTooOld error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensEpochTooOld struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochTooOld()
func MarketplaceV2LensEpochTooOldErrorID() common.Hash {
	return common.HexToHash("0xa32edb0e1d4e20ebb1be11b2c9cf818e4d45a5ee063d7541d1b2c783c688db29")
}

// UnpackEpochTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochTooOld()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackEpochTooOldError(raw []byte) (*MarketplaceV2LensEpochTooOld, error) {
	out := new(MarketplaceV2LensEpochTooOld)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "EpochTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensFillSeedUnavailable represents a FillSeedUnavailable error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensFillSeedUnavailable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FillSeedUnavailable()
func MarketplaceV2LensFillSeedUnavailableErrorID() common.Hash {
	return common.HexToHash("0x7f993449a8a931b39dc3eed489837a3abbb51774d38ad3282a7d0b5649776963")
}

// UnpackFillSeedUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FillSeedUnavailable()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackFillSeedUnavailableError(raw []byte) (*MarketplaceV2LensFillSeedUnavailable, error) {
	out := new(MarketplaceV2LensFillSeedUnavailable)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "FillSeedUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensFillTooEarly represents a FillTooEarly error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensFillTooEarly struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FillTooEarly()
func MarketplaceV2LensFillTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x4d6c4f80619443ef021d80c12001fe0756cf6f5962bed7fdbc36b9be62060408")
}

// UnpackFillTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FillTooEarly()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackFillTooEarlyError(raw []byte) (*MarketplaceV2LensFillTooEarly, error) {
	out := new(MarketplaceV2LensFillTooEarly)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "FillTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensInvalidProof represents a InvalidProof error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func MarketplaceV2LensInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackInvalidProofError(raw []byte) (*MarketplaceV2LensInvalidProof, error) {
	out := new(MarketplaceV2LensInvalidProof)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensManifestTooLarge represents a ManifestTooLarge error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensManifestTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ManifestTooLarge()
func MarketplaceV2LensManifestTooLargeErrorID() common.Hash {
	return common.HexToHash("0xa1e014578550391d4a55f35d0f06221dd4bbf7ceab9f22f25d8face4e9d81eab")
}

// UnpackManifestTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ManifestTooLarge()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackManifestTooLargeError(raw []byte) (*MarketplaceV2LensManifestTooLarge, error) {
	out := new(MarketplaceV2LensManifestTooLarge)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "ManifestTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNoAudit represents a NoAudit error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNoAudit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoAudit()
func MarketplaceV2LensNoAuditErrorID() common.Hash {
	return common.HexToHash("0xb528ce78fc7c9b91d1fc4e6fc6c9cc1ef0587632c2f2a08afa27fd24f45ec88f")
}

// UnpackNoAuditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoAudit()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNoAuditError(raw []byte) (*MarketplaceV2LensNoAudit, error) {
	out := new(MarketplaceV2LensNoAudit)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NoAudit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNoHistoryContract represents a NoHistoryContract error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNoHistoryContract struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoHistoryContract()
func MarketplaceV2LensNoHistoryContractErrorID() common.Hash {
	return common.HexToHash("0xa56a6b3f875a7f8e4d6d2f74f80e786d8c5537b624cc3bdab34c5441acebe205")
}

// UnpackNoHistoryContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoHistoryContract()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNoHistoryContractError(raw []byte) (*MarketplaceV2LensNoHistoryContract, error) {
	out := new(MarketplaceV2LensNoHistoryContract)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NoHistoryContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNoReservation represents a NoReservation error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNoReservation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReservation()
func MarketplaceV2LensNoReservationErrorID() common.Hash {
	return common.HexToHash("0x2f041fe0df18ede940462dc9f05a8e17fe2ca892fc2c739f8f211946c4cb8ffc")
}

// UnpackNoReservationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReservation()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNoReservationError(raw []byte) (*MarketplaceV2LensNoReservation, error) {
	out := new(MarketplaceV2LensNoReservation)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NoReservation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNotAllowedProvider represents a NotAllowedProvider error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNotAllowedProvider struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAllowedProvider()
func MarketplaceV2LensNotAllowedProviderErrorID() common.Hash {
	return common.HexToHash("0x96309fb9311faf51a4e14854f6482ddcf29b88f02994735ce73fc0ca5e730785")
}

// UnpackNotAllowedProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAllowedProvider()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNotAllowedProviderError(raw []byte) (*MarketplaceV2LensNotAllowedProvider, error) {
	out := new(MarketplaceV2LensNotAllowedProvider)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NotAllowedProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNotAuditable represents a NotAuditable error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNotAuditable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAuditable()
func MarketplaceV2LensNotAuditableErrorID() common.Hash {
	return common.HexToHash("0x74df27f4b53c4a875e0a486a0d4ac8caa936d37cca47da95514248192d47796c")
}

// UnpackNotAuditableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAuditable()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNotAuditableError(raw []byte) (*MarketplaceV2LensNotAuditable, error) {
	out := new(MarketplaceV2LensNotAuditable)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NotAuditable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNotClient represents a NotClient error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNotClient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotClient()
func MarketplaceV2LensNotClientErrorID() common.Hash {
	return common.HexToHash("0x20dbc8744d453df555874a9fb4bfc2e2a9c4bad22c5742928ec789edbc038b43")
}

// UnpackNotClientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotClient()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNotClientError(raw []byte) (*MarketplaceV2LensNotClient, error) {
	out := new(MarketplaceV2LensNotClient)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NotClient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNotCurrentTenure represents a NotCurrentTenure error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNotCurrentTenure struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCurrentTenure()
func MarketplaceV2LensNotCurrentTenureErrorID() common.Hash {
	return common.HexToHash("0xe8057931e6562370b3fcfab1a3e81d77acc3c863a1d0b9cb5b46b4f724963ba3")
}

// UnpackNotCurrentTenureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCurrentTenure()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNotCurrentTenureError(raw []byte) (*MarketplaceV2LensNotCurrentTenure, error) {
	out := new(MarketplaceV2LensNotCurrentTenure)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NotCurrentTenure", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNotExtendable represents a NotExtendable error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNotExtendable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExtendable()
func MarketplaceV2LensNotExtendableErrorID() common.Hash {
	return common.HexToHash("0x9232876e3fd3744c8bc6a5924e8e0c13001f33ed91c0d691eca447b7dc019de4")
}

// UnpackNotExtendableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExtendable()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNotExtendableError(raw []byte) (*MarketplaceV2LensNotExtendable, error) {
	out := new(MarketplaceV2LensNotExtendable)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NotExtendable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNotFailed represents a NotFailed error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNotFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFailed()
func MarketplaceV2LensNotFailedErrorID() common.Hash {
	return common.HexToHash("0x7d7c29375dd3855e094e09ebaf482d93055ddb9b01f63518326801206f9043f4")
}

// UnpackNotFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFailed()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNotFailedError(raw []byte) (*MarketplaceV2LensNotFailed, error) {
	out := new(MarketplaceV2LensNotFailed)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NotFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNotInView represents a NotInView error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNotInView struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInView()
func MarketplaceV2LensNotInViewErrorID() common.Hash {
	return common.HexToHash("0xff7b7f8886ebd15912e0435a0c640de088d15ab54db6c7f7bc829af9af2492a4")
}

// UnpackNotInViewError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInView()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNotInViewError(raw []byte) (*MarketplaceV2LensNotInView, error) {
	out := new(MarketplaceV2LensNotInView)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NotInView", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNotRegistered represents a NotRegistered error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNotRegistered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered()
func MarketplaceV2LensNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xaba47339dbaad712368e6665e6e6eade636ab60e9b7dba037407409b19d7a053")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNotRegisteredError(raw []byte) (*MarketplaceV2LensNotRegistered, error) {
	out := new(MarketplaceV2LensNotRegistered)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNotRemovable represents a NotRemovable error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNotRemovable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRemovable()
func MarketplaceV2LensNotRemovableErrorID() common.Hash {
	return common.HexToHash("0x5057a33ff3043ea26987fc2a6396f173e6d712df1d44a2fd90d8c6f82a963f79")
}

// UnpackNotRemovableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRemovable()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNotRemovableError(raw []byte) (*MarketplaceV2LensNotRemovable, error) {
	out := new(MarketplaceV2LensNotRemovable)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NotRemovable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNotSetOwner represents a NotSetOwner error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNotSetOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSetOwner()
func MarketplaceV2LensNotSetOwnerErrorID() common.Hash {
	return common.HexToHash("0x236eb3d1bd3d2d826ab63cd225741498ee54155242b74ffeb15791a9a18292a5")
}

// UnpackNotSetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSetOwner()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNotSetOwnerError(raw []byte) (*MarketplaceV2LensNotSetOwner, error) {
	out := new(MarketplaceV2LensNotSetOwner)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NotSetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNothingToProve represents a NothingToProve error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNothingToProve struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToProve()
func MarketplaceV2LensNothingToProveErrorID() common.Hash {
	return common.HexToHash("0x50ad628babe0d4e25b3c2d2a0d1e45cde0cdf1a4331c2f18cbbb3145389cc4e8")
}

// UnpackNothingToProveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToProve()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNothingToProveError(raw []byte) (*MarketplaceV2LensNothingToProve, error) {
	out := new(MarketplaceV2LensNothingToProve)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NothingToProve", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNothingToSettle represents a NothingToSettle error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNothingToSettle struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToSettle()
func MarketplaceV2LensNothingToSettleErrorID() common.Hash {
	return common.HexToHash("0x618104e821a31c94c175b9bf52827d750880c5f9e96152367da18c1fe40d3ee0")
}

// UnpackNothingToSettleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToSettle()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNothingToSettleError(raw []byte) (*MarketplaceV2LensNothingToSettle, error) {
	out := new(MarketplaceV2LensNothingToSettle)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NothingToSettle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensNothingToWithdraw represents a NothingToWithdraw error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func MarketplaceV2LensNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackNothingToWithdrawError(raw []byte) (*MarketplaceV2LensNothingToWithdraw, error) {
	out := new(MarketplaceV2LensNothingToWithdraw)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensProofLengthMismatch represents a ProofLengthMismatch error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensProofLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofLengthMismatch()
func MarketplaceV2LensProofLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xf6552b02203dfba8ec0a492fda747f21a57bb1f7b674c7f71c8fe8d5a9aff87f")
}

// UnpackProofLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofLengthMismatch()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackProofLengthMismatchError(raw []byte) (*MarketplaceV2LensProofLengthMismatch, error) {
	out := new(MarketplaceV2LensProofLengthMismatch)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "ProofLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensProofWindowClosed represents a ProofWindowClosed error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensProofWindowClosed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofWindowClosed()
func MarketplaceV2LensProofWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xee19d8557c5353911c6ea5bab2b928014a8f76ac1623f018545caf89415cb294")
}

// UnpackProofWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofWindowClosed()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackProofWindowClosedError(raw []byte) (*MarketplaceV2LensProofWindowClosed, error) {
	out := new(MarketplaceV2LensProofWindowClosed)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "ProofWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensRequestEnding represents a RequestEnding error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensRequestEnding struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestEnding()
func MarketplaceV2LensRequestEndingErrorID() common.Hash {
	return common.HexToHash("0xedd9239b3cef280be2040f05d85bd582b0a94e2ad26c7133b2c3ff7feb6b5d6a")
}

// UnpackRequestEndingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestEnding()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackRequestEndingError(raw []byte) (*MarketplaceV2LensRequestEnding, error) {
	out := new(MarketplaceV2LensRequestEnding)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "RequestEnding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensRequestNotLive represents a RequestNotLive error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensRequestNotLive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotLive()
func MarketplaceV2LensRequestNotLiveErrorID() common.Hash {
	return common.HexToHash("0x2cad605c9c989dbc7b50c356d656c5b6a7799a789d8b5d3d02d3b532f2a5a6f2")
}

// UnpackRequestNotLiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotLive()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackRequestNotLiveError(raw []byte) (*MarketplaceV2LensRequestNotLive, error) {
	out := new(MarketplaceV2LensRequestNotLive)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "RequestNotLive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensReservationExpired represents a ReservationExpired error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensReservationExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReservationExpired()
func MarketplaceV2LensReservationExpiredErrorID() common.Hash {
	return common.HexToHash("0x443df96f34561af99583eef51ec20910463139a8107158075d745bdd0fee0bbb")
}

// UnpackReservationExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReservationExpired()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackReservationExpiredError(raw []byte) (*MarketplaceV2LensReservationExpired, error) {
	out := new(MarketplaceV2LensReservationExpired)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "ReservationExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensRootsCountMismatch represents a RootsCountMismatch error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensRootsCountMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootsCountMismatch()
func MarketplaceV2LensRootsCountMismatchErrorID() common.Hash {
	return common.HexToHash("0x3b396da30d01d25603cb3c310e41037ec58a6c2cd00238867792f4ef84b041f4")
}

// UnpackRootsCountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootsCountMismatch()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackRootsCountMismatchError(raw []byte) (*MarketplaceV2LensRootsCountMismatch, error) {
	out := new(MarketplaceV2LensRootsCountMismatch)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "RootsCountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensSeedUnavailable represents a SeedUnavailable error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensSeedUnavailable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedUnavailable()
func MarketplaceV2LensSeedUnavailableErrorID() common.Hash {
	return common.HexToHash("0x92c3a58a91da05c559b7925836e4d9c943c6a366c805808cd09899de592040ec")
}

// UnpackSeedUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedUnavailable()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSeedUnavailableError(raw []byte) (*MarketplaceV2LensSeedUnavailable, error) {
	out := new(MarketplaceV2LensSeedUnavailable)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "SeedUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensSetFull represents a SetFull error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensSetFull struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SetFull()
func MarketplaceV2LensSetFullErrorID() common.Hash {
	return common.HexToHash("0x68d56d9362ff667152b01a97efdb8a1a24b18475b67bfe8e12feaca5769c9526")
}

// UnpackSetFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SetFull()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSetFullError(raw []byte) (*MarketplaceV2LensSetFull, error) {
	out := new(MarketplaceV2LensSetFull)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "SetFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensSetNotActive represents a SetNotActive error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensSetNotActive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SetNotActive()
func MarketplaceV2LensSetNotActiveErrorID() common.Hash {
	return common.HexToHash("0xad6cc2e1b5d3f3c386bdd200d0e8cb3431237ef41dd34217c61b1627c3b1e745")
}

// UnpackSetNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SetNotActive()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSetNotActiveError(raw []byte) (*MarketplaceV2LensSetNotActive, error) {
	out := new(MarketplaceV2LensSetNotActive)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "SetNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensSetWouldFail represents a SetWouldFail error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensSetWouldFail struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SetWouldFail()
func MarketplaceV2LensSetWouldFailErrorID() common.Hash {
	return common.HexToHash("0x1e033c2472692f1d80e2d95826d50b8eb16af5e13e58e8b736049d8fa9374024")
}

// UnpackSetWouldFailError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SetWouldFail()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSetWouldFailError(raw []byte) (*MarketplaceV2LensSetWouldFail, error) {
	out := new(MarketplaceV2LensSetWouldFail)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "SetWouldFail", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensSlotNotOpen represents a SlotNotOpen error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensSlotNotOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlotNotOpen()
func MarketplaceV2LensSlotNotOpenErrorID() common.Hash {
	return common.HexToHash("0xa44719cc89309585540c3c15c14f7fee141145a510639e83d3321f34630c22d0")
}

// UnpackSlotNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlotNotOpen()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackSlotNotOpenError(raw []byte) (*MarketplaceV2LensSlotNotOpen, error) {
	out := new(MarketplaceV2LensSlotNotOpen)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "SlotNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensTenureFinal represents a TenureFinal error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensTenureFinal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TenureFinal()
func MarketplaceV2LensTenureFinalErrorID() common.Hash {
	return common.HexToHash("0x63fe252e4c3774aef450040d9da3ca9472f3fe4a0d69a6c3aacb4e9d1f4fd1d3")
}

// UnpackTenureFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TenureFinal()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackTenureFinalError(raw []byte) (*MarketplaceV2LensTenureFinal, error) {
	out := new(MarketplaceV2LensTenureFinal)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "TenureFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensTenureForfeit represents a TenureForfeit error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensTenureForfeit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TenureForfeit()
func MarketplaceV2LensTenureForfeitErrorID() common.Hash {
	return common.HexToHash("0x01696ddf210d819e3a4961acfbdd0c9c28ca71c32033f26fc90abc181fad87bb")
}

// UnpackTenureForfeitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TenureForfeit()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackTenureForfeitError(raw []byte) (*MarketplaceV2LensTenureForfeit, error) {
	out := new(MarketplaceV2LensTenureForfeit)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "TenureForfeit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensTicketExpired represents a TicketExpired error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensTicketExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TicketExpired()
func MarketplaceV2LensTicketExpiredErrorID() common.Hash {
	return common.HexToHash("0x40d3544771f3c2382030d7a42c371f55cb608ac0eaf54ef2fa846da65af1b985")
}

// UnpackTicketExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TicketExpired()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackTicketExpiredError(raw []byte) (*MarketplaceV2LensTicketExpired, error) {
	out := new(MarketplaceV2LensTicketExpired)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "TicketExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensTicketInUse represents a TicketInUse error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensTicketInUse struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TicketInUse()
func MarketplaceV2LensTicketInUseErrorID() common.Hash {
	return common.HexToHash("0x4588e639ea3e8de9f08dd807564bef4ddc49192f1046f85289896921f3878d48")
}

// UnpackTicketInUseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TicketInUse()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackTicketInUseError(raw []byte) (*MarketplaceV2LensTicketInUse, error) {
	out := new(MarketplaceV2LensTicketInUse)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "TicketInUse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensTooEarly represents a TooEarly error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensTooEarly struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly()
func MarketplaceV2LensTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x085de625ed51bbce95c12627fc263453b8d214878d184bd1eaa2cc357a507a30")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackTooEarlyError(raw []byte) (*MarketplaceV2LensTooEarly, error) {
	out := new(MarketplaceV2LensTooEarly)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensTooLateToExtend represents a TooLateToExtend error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensTooLateToExtend struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooLateToExtend()
func MarketplaceV2LensTooLateToExtendErrorID() common.Hash {
	return common.HexToHash("0x7578b147f8f0f08a97cd51740ff1b7ef900ab4a09b3b3fd6fe9a4b32c8c5596f")
}

// UnpackTooLateToExtendError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooLateToExtend()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackTooLateToExtendError(raw []byte) (*MarketplaceV2LensTooLateToExtend, error) {
	out := new(MarketplaceV2LensTooLateToExtend)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "TooLateToExtend", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensTooManyReservations represents a TooManyReservations error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensTooManyReservations struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyReservations()
func MarketplaceV2LensTooManyReservationsErrorID() common.Hash {
	return common.HexToHash("0x0bf28109bb3300958e5905da0f4c3b968c39718dde39ba5f78752aedd8694f64")
}

// UnpackTooManyReservationsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyReservations()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackTooManyReservationsError(raw []byte) (*MarketplaceV2LensTooManyReservations, error) {
	out := new(MarketplaceV2LensTooManyReservations)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "TooManyReservations", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensUnknownRequest represents a UnknownRequest error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensUnknownRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest()
func MarketplaceV2LensUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x6d080297e5445bdc9bc11ef22a5fe0978cf1613ad09e7178b40b758b5ff568ad")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackUnknownRequestError(raw []byte) (*MarketplaceV2LensUnknownRequest, error) {
	out := new(MarketplaceV2LensUnknownRequest)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensUnknownSet represents a UnknownSet error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensUnknownSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSet()
func MarketplaceV2LensUnknownSetErrorID() common.Hash {
	return common.HexToHash("0x2b3ddb299cdd36cea6db13512327db9615bc3704c94e761c2093ecaa8f467912")
}

// UnpackUnknownSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSet()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackUnknownSetError(raw []byte) (*MarketplaceV2LensUnknownSet, error) {
	out := new(MarketplaceV2LensUnknownSet)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "UnknownSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceV2LensUnknownTenure represents a UnknownTenure error raised by the MarketplaceV2Lens contract.
type MarketplaceV2LensUnknownTenure struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTenure()
func MarketplaceV2LensUnknownTenureErrorID() common.Hash {
	return common.HexToHash("0x18f6f3b41c6ece1c694b4c58d6c266325591c1951f9d8610097717841632e5ac")
}

// UnpackUnknownTenureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTenure()
func (marketplaceV2Lens *MarketplaceV2Lens) UnpackUnknownTenureError(raw []byte) (*MarketplaceV2LensUnknownTenure, error) {
	out := new(MarketplaceV2LensUnknownTenure)
	if err := marketplaceV2Lens.abi.UnpackIntoInterface(out, "UnknownTenure", raw); err != nil {
		return nil, err
	}
	return out, nil
}
