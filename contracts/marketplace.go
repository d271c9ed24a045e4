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

// IMarketplaceConfig is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceConfig struct {
	Token              common.Address
	EpochBlocks        uint64
	GraceBlocks        uint64
	FillDelayBlocks    uint64
	ReservationTTL     uint64
	MaxReservations    uint8
	Challenges         uint8
	MissWindow         uint16
	MissThreshold      uint16
	SlashBps           uint16
	MaxShardSize       uint64
	ReservationDeposit *big.Int
	SettleFee          *big.Int
}

// IMarketplaceRequestInfo is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceRequestInfo struct {
	Client            common.Address
	K                 uint8
	M                 uint8
	State             uint8
	Held              uint8
	CancelOnExpiry    bool
	ShardSize         uint64
	Depth             uint8
	StartEpoch        uint64
	EndEpoch          uint64
	PricePerSlotEpoch *big.Int
	CollateralPerSlot *big.Int
	SlashPerMiss      *big.Int
	Expiry            uint64
	AuthKey           common.Address
	RepairBonus       *big.Int
	ReserveLeft       *big.Int
	FeesPaid          *big.Int
	PaidEpochs        *big.Int
	EscrowLeft        *big.Int
}

// IMarketplaceRequestParams is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceRequestParams struct {
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

// IMarketplaceReservation is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceReservation struct {
	Reserver    common.Address
	BlockNumber uint64
}

// IMarketplaceSlotInfo is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceSlotInfo struct {
	RequestId       [32]byte
	Index           uint8
	State           uint8
	Provider        common.Address
	FillEpoch       uint64
	NextSettleEpoch uint64
	PaidEpochs      uint64
	Collateral      *big.Int
	PendingBonus    *big.Int
	MissBits        *big.Int
	ProvenRing      uint64
	Root            [32]byte
}

// IMarketplaceSlotProof is an auto generated low-level Go binding around an user-defined struct.
type IMarketplaceSlotProof struct {
	SlotId [32]byte
	Epoch  uint64
	Proof  []byte
}

// MarketplaceMetaData contains all meta data concerning the Marketplace contract.
var MarketplaceMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epochBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"graceBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"fillDelayBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reservationTTL\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"maxReservations\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"missWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"missThreshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"maxShardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"reservationDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"settleFee\",\"type\":\"uint256\"}],\"internalType\":\"structIMarketplace.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AllowedProvidersMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyInRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyProven\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadAuthKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadExpiry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPeerInfo\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRedundancy\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShardSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSlotIndex\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTimeline\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CannotCancel\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EpochNotPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EpochNotStarted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FillSeedUnavailable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FillTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ManifestTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoReservation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAllowedProvider\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotClient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSlotHolder\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToSettle\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofLengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestEnded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestNotLive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReservationExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootsCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SeedUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"}],\"name\":\"SettleFirst\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SettleRequired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SlotNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SlotNotOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyReservations\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MissSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes4\",\"name\":\"reason\",\"type\":\"bytes4\"}],\"name\":\"ProofFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"ProofSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerInfo\",\"type\":\"bytes\"}],\"name\":\"ProviderRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"RequestCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"RequestFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"RequestFinished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"ReservationLapsed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"SlotFilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIMarketplace.FreeReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"SlotFreed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonus\",\"type\":\"uint256\"}],\"name\":\"SlotRepaired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"SlotReserved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"settler\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"misses\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"SlotSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"m\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"shardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSlotEpoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateralPerSlot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"authKey\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"cancelOnExpiry\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"repairBonus\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repairReserve\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"shardRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"address[]\",\"name\":\"allowedProviders\",\"type\":\"address[]\"},{\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"}],\"indexed\":false,\"internalType\":\"structIMarketplace.RequestParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"StorageRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BURN_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FINISH_LAG\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MANIFEST\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_INFO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SETTLE_EPOCHS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SLOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROOF_RING\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"}],\"name\":\"allowedProvider\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"cancelRequest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"challengeIndices\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"challengesFor\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"clientNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"closedEpochs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epochBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"graceBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"fillDelayBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reservationTTL\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"maxReservations\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"missWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"missThreshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"maxShardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"reservationDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"settleFee\",\"type\":\"uint256\"}],\"internalType\":\"structIMarketplace.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"epochSeed\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"epochSeedFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"epochStart\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"}],\"name\":\"exitSlot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"filler\",\"type\":\"address\"}],\"name\":\"fillChallengeIndices\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"fillChallengesFor\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"fillSlot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"finish\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"peerInfo\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"poke\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"registerProvider\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"m\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"shardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSlotEpoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateralPerSlot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"authKey\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"cancelOnExpiry\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"repairBonus\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repairReserve\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"shardRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"address[]\",\"name\":\"allowedProviders\",\"type\":\"address[]\"},{\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"}],\"internalType\":\"structIMarketplace.RequestParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"requestCost\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"requestIdFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"requestInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"m\",\"type\":\"uint8\"},{\"internalType\":\"enumIMarketplace.RequestState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"held\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"cancelOnExpiry\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"shardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"depth\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"startEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSlotEpoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateralPerSlot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashPerMiss\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"authKey\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"repairBonus\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserveLeft\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feesPaid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paidEpochs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"escrowLeft\",\"type\":\"uint256\"}],\"internalType\":\"structIMarketplace.RequestInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"requestRoots\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"m\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"shardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSlotEpoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateralPerSlot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"authKey\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"cancelOnExpiry\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"repairBonus\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repairReserve\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"shardRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"address[]\",\"name\":\"allowedProviders\",\"type\":\"address[]\"},{\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"}],\"internalType\":\"structIMarketplace.RequestParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"requestStorage\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"m\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"shardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSlotEpoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateralPerSlot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"authKey\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"cancelOnExpiry\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"repairBonus\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repairReserve\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"shardRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"address[]\",\"name\":\"allowedProviders\",\"type\":\"address[]\"},{\"internalType\":\"bytes\",\"name\":\"manifest\",\"type\":\"bytes\"}],\"internalType\":\"structIMarketplace.RequestParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"requestStorageWithPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"}],\"name\":\"reservations\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"reserver\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"internalType\":\"structIMarketplace.Reservation[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"reserveSlot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"roleOf\",\"outputs\":[{\"internalType\":\"enumIMarketplace.Role\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"seeds\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"misses\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"slotIdFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"}],\"name\":\"slotInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"},{\"internalType\":\"enumIMarketplace.SlotState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"fillEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextSettleEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"paidEpochs\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingBonus\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"missBits\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"provenRing\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"internalType\":\"structIMarketplace.SlotInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"submitProof\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"slotId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"internalType\":\"structIMarketplace.SlotProof[]\",\"name\":\"proofs\",\"type\":\"tuple[]\"}],\"name\":\"submitProofs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"proven\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"sweepReservations\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"burnAmt\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"shardSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indices\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Marketplace",
	Bin: "0x6102406040523461064a57604051601f615fc138819003918201601f19168301916001600160401b0383118484101761064e578084926101a09460405283398101031261064a576040516101a081016001600160401b0381118282101761064e576040528151916001600160a01b038316830361064a5782825261008560208201610662565b90602083019382855261018061009d60408401610662565b928360408701526100b060608201610662565b60608701526100c160808201610662565b60808701526100d260a08201610676565b60a08701526100e360c08201610676565b60c08701526100f460e08201610684565b60e08701526101066101008201610684565b6101008701526101196101208201610684565b61012087015261012c6101408201610662565b610140870152610160818101519087015201516101808501526001600160a01b031615918215610638575b8215610621575b82156105eb575b505080156105d6575b80156105b7575b801561059d575b801561058e575b801561057d575b801561056e575b801561055d575b801561054d575b801561053a575b8015610529575b801561050f575b80156104fb575b80156104e1575b80156104d0575b80156104bb575b80156104a6575b6104975780516001600160a01b031660809081524360a090815292516001600160401b0390811660c0908152604080850151831660e0908152606086015184166101009081529486015184166101209081529686015160ff90811661014090815293870151166101609081529086015161ffff9081166101809081529587015181166101a052968601519096166101c052908401519091166101e05292820151610200520151610220525161592d908161069482396080518181816105f10152818161149401528181611e0c015281816122ab015281816125d001528181612c70015281816143fe01526150ad015260a0518181816109bb015281816112270152818161176101528181611ab801528181612bc801528181612daf015281816139d8015281816148400152615216015260c0518181816109920152818161124e015281816114b901528181612b4e01528181612ddd01528181613c0e0152818161402c015281816144b30152614878015260e0518181816114e5015281816139ff015261406e015261010051818181611511015281816119b5015261358501526101205181818161084a0152818161153d0152818161198801528181611f990152818161234101526154cb01526101405181818161078e01528181610be0015281816115690152818161195501528181611a880152818161218a0152818161354601526154a90152610160518181816108d50152818161158f01528181611a22015281816135f1015261413b0152610180518181816115b5015261564b01526101a0518181816115dc015261578601526101c0518181816116030152614e2601526101e05181818161162a0152614b2a01526102005181818161165601528181611de301528181611ff20152818161228801528181614a2e01528181615342015281816153d201526155780152610220518181816112ea01526116790152f35b6301f30c8760e21b5f5260045ffd5b506101808101516001600160601b03106101d7565b506101608101516001600160601b03106101d0565b50603f6101408201511615156101c9565b5061014081015160406001600160401b03909116106101c2565b5061271061ffff61012083015116116101bb565b5061ffff6101008201511661ffff60e083015116106101b4565b5061ffff61010082015116156101ad565b5061010061ffff60e083015116116101a6565b5061ffff60e0820151161561019f565b50604060ff60c08301511611610198565b5060ff60c08201511615610191565b50600860ff60a0830151161161018a565b5060ff60a08201511615610183565b506080810151611fff6001600160401b039091161161017c565b50608081015160608201516001600160401b0391821691161015610175565b5060608101516001600160401b03161561016e565b6001600160401b03908116911681019150811061060d57611fff105f80610165565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038082169083161015925061015e565b6001600160401b038116159250610157565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160401b038216820361064a57565b519060ff8216820361064a57565b519061ffff8216820361064a5756fe60a06040526004361015610011575f80fd5b5f5f3560e01c806314a12f00146137e25780631ce7effe146137c657806323284b0e1461370c5780632c8eeb5f1461368b57806332639d2c1461350a578063361e4d28146130fc578063365178ce1461301b5780633753b57d14612d495780633b3c311f14612d315780633ccfd60b14612c095780634abccd2814612beb5780634cdc9c6314612bb15780634dd3ab2314612b21578063501255461461267457806357c373eb146125775780635a9366d51461254457806361f6080a146123f857806362d48e13146120fd578063635c1ad5146120e05780636368a471146118e95780636986013b146117fa5780636f6f38d2146117dd57806370a08231146117a457806373f4256114611786578063766718081461174657806379502c551461141d578063824d55f214610f425780639178274a146113e4578063956bb2e8146113bb578063987757dd14610f475780639a4c9fb114610f42578063a16a7d7a14610d5d578063a1b416f914610bbc578063a5716bef146109e7578063aa9354a314610976578063ae8446ef14610943578063c0f3f2e914610928578063d6bf543d14610876578063dee8632714610759578063ec286e4b14610715578063ec9b515f146106b8578063ee963d261461064f578063f0503e8014610625578063f311549f14610620578063f62b842714610620578063fc0c546a146105db578063fccc2813146105be5763fde630561461022a575f80fd5b346105bb5760203660031901126105bb57610243613fb9565b60043581526002602052604081209061025b8261586c565b6102636139d3565b63ffffffff600184015460801c16116105ac5780610282600584613d16565b610299835460ff808260a81c169160a01c16613aee565b926001600160801b0360048201541683845b8681106103ab57509061031b61030d61039896976103076103219561030160018901546102fb6102e56001600160601b0383169687613afb565b9163ffffffff808260601c169160801c166139a8565b90613afb565b92613afb565b906139a8565b600485015460801c906139a8565b90613aee565b6004820180546001600160801b0319169055815460ff60b81b1981169092556001600160a01b0390911684526009602052604084208054610363908390613aee565b90556040519081527fa8938b32ed1fb7379dd56cdcd7046ec5f25b5809c3e933486dc5ac49fa151abe602060043592a26143e7565b805f5160206158ed5f395f51905f525d80f35b9360043586528460205260408620918287526003602052604087208054600160ff8260a01c166103da8161397c565b14610412575b509161031b61040261040b9363ffffffff6002600197015460401c1690613aee565b94600435615494565b94016102ab565b60048201906001600160601b03825416600163ffffffff60018b015460801c1663ffffffff600287015460601c1660408101809111610598578111610584579061046c6104638e94938d898d6155fa565b9a909150613aee565b97610535575b1561050b5760028561031b95610402956104c6604061040b9b976104ae63ffffffff9860019f9d896001600160601b0391015460801c16613aee565b938e8060a01b03168152600960205220918254613aee565b90555b9181018054600160801b600160e01b031916905581546001600160601b031916909155805460ff60a01b1916600360a01b1781559496509094506103e0915050565b610402925061040b95915060026001979561052f63ffffffff9361031b979c613aee565b9a6104c9565b50816105526001600160601b03600288015460801c168099613aee565b976040519084825260208201528960018060a01b038616915f51602061590d5f395f51905f52604060043592a4610472565b633880ef9960e11b8d52600489905260248dfd5b634e487b7160e01b8e52601160045260248efd5b63085de62560e01b8152600490fd5b80fd5b50346105bb57806003193601126105bb57602060405161dead8152f35b50346105bb57806003193601126105bb576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b613986565b50346105bb5760203660031901126105bb5760406020916004358152600883522054604051908152f35b50346105bb5760403660031901126105bb57602061066b6138a6565b60408051468482019081523060208201526001600160a01b039093169183019190915260243560608301526106ad81608084015b03601f198101835282613817565b519020604051908152f35b50346105bb5760403660031901126105bb57602435906001600160a01b03821682036105bb5760409060043581526007602052209060018060a01b03165f52602052602060ff60405f205416604051906107118161397c565b8152f35b50346105bb5760209061074161072a36613909565b610732613fb9565b61073b8161478a565b90614bfe565b905f5160206158ed5f395f51905f525d604051908152f35b50346105bb576107683661394b565b9091610772613fb9565b80918382526020526040812080825260066020526040822082947f0000000000000000000000000000000000000000000000000000000000000000955b8681106107da57602086866107c3826143e7565b5f5160206158ed5f395f51905f525d604051908152f35b6107ed6107e78285613adf565b50613ce8565b80516001600160a01b0316151580610836575b61080e575b506001016107af565b51909560019161082f919061031b906001600160a01b0316898789886152ff565b9590610805565b5061086f6001600160401b036020830151167f000000000000000000000000000000000000000000000000000000000000000090613aee565b4311610800565b50346105bb576108853661394b565b9080835260036020526001604084200154918215610919576108a690613bf3565b91821561090a57906703ffffffffffffff60016040866108fa96956109069852600260205220015460a61c16907f0000000000000000000000000000000000000000000000000000000000000000926155af565b604051918291826138d0565b0390f35b634961d2c560e11b8452600484fd5b632f70cf6f60e11b8452600484fd5b50346105bb57806003193601126105bb576020604051818152f35b50346105bb5760203660031901126105bb57602090600435815260058252604060018060a01b0391205416604051908152f35b50346105bb5760203660031901126105bb5760206109df6109b97f0000000000000000000000000000000000000000000000000000000000000000600435613afb565b7f0000000000000000000000000000000000000000000000000000000000000000613aee565b604051908152f35b50346105bb5760203660031901126105bb576004356040519161018083018381106001600160401b03821117610ba8576040528083526020830181815260408401828152606085018381526080860184815260a0870185815260c088019186835260e08901938785526101008a01958887526101208b01978989526101408c0199808b526101608d019b818d5280825260036020528d60408320906001820154905280548060a81c60ff1685528060a01c60ff16610aa48161397c565b8652600160a01b600190038116875260b01c63ffffffff1687526002810154908160601c63ffffffff1689528160401c63ffffffff168a528160801c6001600160601b03168b5260048101546001600160601b03168c52600301548c526001600160401b03168c528152600460205260409020548b526040519b518c525160ff1660208c015251610b348161397c565b60408b0152600160a01b6001900390511660608a0152516001600160401b03166080890152516001600160401b031660a0880152516001600160401b031660c08701525160e08601525161010085015251610120840152516001600160401b03166101408301525161016082015261018090f35b634e487b7160e01b82526041600452602482fd5b50346105bb5760203660031901126105bb57600435815260066020526040812081907f000000000000000000000000000000000000000000000000000000000000000090825b828110610d275750610c1383613838565b92610c216040519485613817565b808452610c30601f1991613838565b01845b818110610d0457505083845b838110610caa578486604051918291602083016020845282518091526020604085019301915b818110610c73575050500390f35b825180516001600160a01b031685526020908101516001600160401b03168186015286955060409094019390920191600101610c65565b80610cb760019285613adf565b50828060a01b03905416610ccc575b01610c3f565b610cfe610cd98286613adf565b5093610ced610ce782613ca2565b95613ce8565b610cf7828a613a3d565b5287613a3d565b50610cc6565b602090604051610d13816137fc565b878152878382015282828801015201610c33565b610d318183613adf565b50546001600160a01b0316610d49575b600101610c02565b92610d55600191613ca2565b939050610d41565b50346105bb5760203660031901126105bb576004356001600160401b038111610f3e57610d8e90369060040161384f565b9081158015610f33575b610f245733835282602052604083206001600160401b038311610f1057610dbf8154613cb0565b601f8111610ecb575b508284601f8211600114610e3f57917f3a9efe5261ee36968816287a9ff9fa8f343fadc8c9b995c3bdc1e24d1b885e2c9391610e2e938791610e34575b508560011b905f198760031b1c19161790555b6040519182916020835233956020840191613d5a565b0390a280f35b90508201355f610e05565b82865260208620915084601f198116875b818110610eb05750917f3a9efe5261ee36968816287a9ff9fa8f343fadc8c9b995c3bdc1e24d1b885e2c959391610e2e959310610e97575b5050600185811b019055610e18565b8301355f19600388901b60f8161c191690555f80610e88565b86840135855560019094019360209384019388935001610e50565b81855260208520601f850160051c81019160208610610f06575b601f0160051c01905b818110610efb5750610dc8565b858155600101610eee565b9091508190610ee5565b634e487b7160e01b84526041600452602484fd5b6369e4784d60e01b8352600483fd5b506104008211610d98565b5080fd5b613961565b50346105bb5760203660031901126105bb57600435610f64613fb9565b808252600360205260408220600160ff825460a01c16610f838161397c565b036113ac57600181015480845260026020526040842091610fa26139d3565b92600181019263ffffffff845460801c168086116113a4575b50600283019363ffffffff855460601c16958681111561139557610100610fe288836139a8565b11611372575b610ff49084868a6155fa565b819691999299988b8b6112d3575b63ffffffff8a5460601c1660405192835260208301528b60408301526060820152837f4c3f36ce0726db3d4401cf4317334da81eb57aac16d7ce1a7047ab8386ccc44560803393a361105c575b6020898b6107c38b6143e7565b86548154600483018054600160801b600160e01b03198416909a55835460ff60a01b1916600160a11b1790935560809190911c6001600160601b039081169950969795969495939492936001600160a01b039190911692169081611295575b505083895260076020526040892060018060a01b0382165f5260205260405f20600360ff198254161790555f1960ff865460b81c160160ff811161128157855460ff60b81b191660b882901b60ff60b81b1617865560ff1691845f51602061590d5f395f51905f5260408c611132825180926143da565b8b6020820152a460ff61116285549261115d838560b01c1694848160a81c1694859160a01c16613aee565b6139a8565b119182611217575b50816111af575b509261118c9260209795926107c395611198575b5050613aee565b91935f8080808061104f565b6111a792939161031b91614520565b905f80611185565b90506006811015611203579261118c9260209795928560026107c397149081156111e2575b509295509295975092611171565b6001915014806111f3575b5f6111d4565b50600282015460c01c43116111ed565b634e487b7160e01b87526021600452602487fd5b90915063ffffffff61127361124c7f0000000000000000000000000000000000000000000000000000000000000000436139a8565b7f0000000000000000000000000000000000000000000000000000000000000000906139b5565b915460801c1611905f61116a565b634e487b7160e01b8a52601160045260248afd5b6001600160601b031981541690556001600160801b036112bc600488019282845416613d3a565b166001600160801b03198254161790555f806110bb565b506112e86001600160601b038654168c613afb565b7f0000000000000000000000000000000000000000000000000000000000000000908082101561136b57505b808d81611323575b5050611002565b60406113629160048c0180546001600160801b0380196113488289168460801c613d3a565b60801b169116179055338152600960205220918254613aee565b90555f8d61131c565b9050611314565b50610100860180871115610fe8575b634e487b7160e01b89526011600452602489fd5b630c30209d60e31b8952600489fd5b94505f610fbb565b632f70cf6f60e11b8352600483fd5b50346105bb5760803660031901126105bb576109066108fa6064356044356024356004356155af565b50346105bb5760203660031901126105bb576020906040906001600160a01b0361140c6138a6565b168152600183522054604051908152f35b50346105bb57806003193601126105bb57604051906101a08201908282106001600160401b0383111761173257506040526020810160408201606083016080840160a0850160c0860160e08701906101008801926101208901946101408a01966101608b01986101808c019a600160a01b600190037f000000000000000000000000000000000000000000000000000000000000000016809d527f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681527f00000000000000000000000000000000000000000000000000000000000000006001600160401b031682527f00000000000000000000000000000000000000000000000000000000000000006001600160401b031683527f00000000000000000000000000000000000000000000000000000000000000006001600160401b031684527f000000000000000000000000000000000000000000000000000000000000000060ff1685527f000000000000000000000000000000000000000000000000000000000000000060ff1686527f000000000000000000000000000000000000000000000000000000000000000061ffff1687527f000000000000000000000000000000000000000000000000000000000000000061ffff1688527f000000000000000000000000000000000000000000000000000000000000000061ffff1689527f00000000000000000000000000000000000000000000000000000000000000006001600160401b03168a527f00000000000000000000000000000000000000000000000000000000000000008b527f00000000000000000000000000000000000000000000000000000000000000008c526040519c8d52516001600160401b031660208d0152516001600160401b031660408c0152516001600160401b031660608b0152516001600160401b031660808a01525160ff1660a08901525160ff1660c08801525161ffff1660e08701525161ffff166101008601525161ffff16610120850152516001600160401b031661014084015251610160830152516101808201526101a090f35b634e487b7160e01b81526041600452602490fd5b50346105bb57806003193601126105bb5760206109df61124c7f0000000000000000000000000000000000000000000000000000000000000000436139a8565b50346105bb57806003193601126105bb576020600a54604051908152f35b50346105bb5760203660031901126105bb576020906040906001600160a01b036117cc6138a6565b168152600983522054604051908152f35b50346105bb57806003193601126105bb5760206040516104008152f35b50346105bb5760203660031901126105bb576001600160a01b0361181c6138a6565b168152806020526040812090604051819280549061183982613cb0565b9081845260208401926001811690815f146118cc5750600114611892575b505061186882604094950383613817565b8251938492602084525180928160208601528585015e828201840152601f01601f19168101030190f35b90945083526020832083905b8582106118b657508201602001935061186882611857565b600181602092548385880101520191019061189e565b60ff191684525050151560051b8201602001935061186882611857565b50346105bb5760603660031901126105bb576044356001600160401b038111610f3e5761191a90369060040161384f565b611922613fb9565b600435835260026020526040832090611940602435836004356151e0565b9190938486526006602052604086208690875b7f0000000000000000000000000000000000000000000000000000000000000000811061209f575b50508015612090576119ad7f000000000000000000000000000000000000000000000000000000000000000082613aee565b4311612081577f0000000000000000000000000000000000000000000000000000000000000000906119df8282613aee565b431115612073576119f8916119f391613aee565b614318565b80156120645790611a699291600186015490878952600460205260ff611a5e611a5960408c2054937f0000000000000000000000000000000000000000000000000000000000000000906703ffffffffffffff8760a61c16908d3391614382565b613d7a565b9260e01c1690613e5e565b600181146120555761204657839083855260066020526040852085905b7f00000000000000000000000000000000000000000000000000000000000000008210611f5357505080611add61124c7f0000000000000000000000000000000000000000000000000000000000000000436139a8565b63ffffffff600186015460601c16946001600160601b03600282015416958789526003602052604089208995611ee0575b6002015460401c63ffffffff16906001840190818511611ecc5780821115611ec557505b6040519161016083018381106001600160401b03821117611eb1578988938c938e9360405233875260208701600181526040880160243560ff168152606089019063ffffffff8c16825260808a0192600435845260a08b019780895260c08c0195865260e08c019663ffffffff1687526101008c019788526101208c0199818b526101408d019b6001600160601b03168c5281526003602052604090209a600160a01b6001900390600160a01b60019003905116166001600160601b0360a01b8c5416178b5551611c028161397c565b611c0b8161397c565b8a54915161ffff60a01b1990921660a09190911b60ff60a01b161760a89190911b60ff60a81b1617895551885463ffffffff60b01b191660b09190911b63ffffffff60b01b16178855516001880155925160028701805494516001600160601b03199095166001600160401b039092169190911760409490941b63ffffffff60401b1693909317835551825463ffffffff60601b191660609190911b63ffffffff60601b16178255518154600160801b600160e01b03191660809190911b6bffffffffffffffffffffffff60801b16179055516003830155516001600160601b031690600401906001600160601b03166001600160601b03198254161790556004358852600760205260408820600160a01b6001900333165f5260205260405f2060ff198154166002179055805460b81c60ff1660010160ff811161138157815460ff60b81b191660b882901b60ff60b81b1617825560ff1681549060ff8260b01c166006811015611e9d57936107c39793611e08979360209c9a97936001611de198149182611e7d575b5050611e66575b506040519060243582528b8201528933917fee7ae4cc8d3761ebce0184d5f1941ec1b6a5948b626ca9bf0de5d7f452806c75604060043592a4611e30575b506143e7565b7f0000000000000000000000000000000000000000000000000000000000000000906139a8565b30337f000000000000000000000000000000000000000000000000000000000000000061542b565b6040519081528733917faae2a65ac1cf74075afef45c62f124877e6bebc5e1684142d9eadc7bab38549c8b60043592a45f611ddb565b805460ff60b01b1916600160b11b1790555f611d9d565b611e9591925060ff808260a81c169160a01c16613aee565b145f80611d96565b634e487b7160e01b8b52602160045260248bfd5b634e487b7160e01b8c52604160045260248cfd5b9050611b32565b634e487b7160e01b8b52601160045260248bfd5b945063ffffffff600260048401966001600160801b0388541697600386015460a01c8981105f14611f4c57985b8980611f1f575b505050915050611b0e565b611f336001600160801b03929183926139a8565b16166001600160801b03198254161790555f8080611f14565b5088611f0d565b9092611f5f8483613adf565b50546001600160a01b0316801561203c5733811461201f5760019161031b611fd892611fc3611f8e8988613adf565b506001600160401b037f0000000000000000000000000000000000000000000000000000000000000000915460a01c16613aee565b4311908115611fe1575b88878c60043561538b565b935b0190611a86565b808c52600960205260408c206120187f00000000000000000000000000000000000000000000000000000000000000008254613aee565b9055611fcd565b50928061203761203160019385613adf565b906152e2565b611fda565b5092600190611fda565b6309bde33960e01b8452600484fd5b637b2a958160e11b8552600485fd5b637f99344960e01b8752600487fd5b629ad89f60e71b8852600488fd5b63443df96f60e01b8752600487fd5b63017820ff60e51b8752600487fd5b6120ac6107e78284613adf565b80516001600160a01b031633146120c65750600101611953565b90506001600160401b039250602091500151165f8061197b565b50346105bb57806003193601126105bb5760206040516110008152f35b50346105bb5761210c3661394b565b90612115613fb9565b808352600260205261212b8260408520836151e0565b929092156123b8575b338452836020526121486040852054613cb0565b156123a957818452600760209081526040808620335f908152925290205460ff166121728161397c565b61239a578284526006602052604084208492905f19907f0000000000000000000000000000000000000000000000000000000000000000855b8181106122f25750505f1982146122e3576121e5604051926121cc846137fc565b33845260208401926001600160401b0343168452613adf565b9290926122cf5751825491516001600160e01b03199092166001600160a01b03919091161760a09190911b67ffffffffffffffff60a01b16179055602094926122839290918590808652600788526040808720335f818152918b5290829020805460ff19166001179055815194855243858b0152937f07a31b1be69bff0472525bbeb1690193d4271d97596ca66e4ce5690c23467e389190a46143e7565b6107c37f000000000000000000000000000000000000000000000000000000000000000030337f000000000000000000000000000000000000000000000000000000000000000061542b565b634e487b7160e01b88526004889052602488fd5b630bf2810960e01b8752600487fd5b6122ff6107e78285613adf565b80516001600160a01b031661232b575b505f198414612323575b6001905b016121ab565b925082612319565b6123666001600160401b036020839a949a0151167f000000000000000000000000000000000000000000000000000000000000000090613aee565b4311156123905751612389919061031b906001600160a01b031689868c8a6152ff565b955f61230f565b509560019061231d565b63870be1eb60e01b8452600484fd5b63aba4733960e01b8452600484fd5b828452600560205260408420546001600160a01b031680151590816123ed575b5015612134576396309fb960e01b8452600484fd5b90503314155f6123d8565b50346105bb5760203660031901126105bb576004356001600160401b038111610f3e5736602382011215610f3e5780600401356001600160401b038111612540573660248260051b840101116125405790612451613fb9565b82839160821981360301915b848410156125255760248460051b8301013583811215612521578201602481018035916124b761249e6044830193606461249686613b0e565b940190613c70565b906001600160401b0363ffffffff60e01b941686613fee565b1690816124d5575050506124cc600191613ca2565b935b019261245d565b60406001949793926125077fdb1e89392a30dfad53ca9f6559da0e5d5415e99e25217220b517bd9d2ed48aec93613b0e565b906001600160401b038351921682526020820152a26124ce565b8680fd5b602090865f5160206158ed5f395f51905f525d604051908152f35b8280fd5b50346105bb5760a03660031901126105bb576109066108fa612564613890565b6084359060643590602435600435614382565b50346126705760a0366003190112612670576004356001600160401b038111612670576101e081600401916003199036030112612670576044359160ff8316809303612670576125c5613fb9565b6125ce8261478a565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b15612670575f809160e4602097604051948593849263d505accf60e01b84523360048501523060248501528860448501526024356064850152608484015260643560a484015260843560c48401525af161265a575b506107419192614bfe565b61074192505f61266991613817565b5f9161264f565b5f80fd5b3461267057602036600319011261267057600435612690613fb9565b805f52600260205260405f20805460ff8160b01c166006811015612a95578015612b12575f1901612b0357336001600160a01b03821603612aa957506004915b5f916126dc8482613d16565b6006841015612a95576005841493612701825460ff808260a81c169160a01c16613aee565b9460048301926001600160801b038454165f975f5b81811061284a57509061031b61274f61275a936103076127d19c61030160018901546102fb6102e56001600160601b0383169687613afb565b875460801c906139a8565b84546001600160801b031916909455805460ff60b81b1981169091556001600160a01b03165f9081526009602052604090208054612799908590613aee565b9055156127e3575060207fa8938b32ed1fb7379dd56cdcd7046ec5f25b5809c3e933486dc5ac49fa151abe91604051908152a26143e7565b5f5f5160206158ed5f395f51905f525d005b60030361281a5760207f26858602150cc58d2205ed541987290108ec3c91263b83c8afec5dcb7572c53591604051908152a26143e7565b60207fa243ac9783221eb858812f5f73b12d190a857c045bd800922ea8dabb10b69df891604051908152a26143e7565b97875f528860205260405f20998a5f52600360205260405f208054600160ff8260a01c166128778161397c565b146128ad575b509161031b61289f6128a69363ffffffff6002600197015460401c1690613aee565b9c8b615494565b9801612716565b60048201805490916001600160601b03909116906001600160a01b031660018f8b6129d2575b50156129ab576128fb6001600160601b03600286015460801c168b5f146129a4578390613aee565b905f52600960205261291260405f20918254613aee565b90558815612975575b5061289f6128a69363ffffffff60026001979561031b955b9181018054600160801b600160e01b031916905581546001600160601b031916909155805460ff60a01b1916600360a01b17815594965090945061287d915050565b6128a69363ffffffff60026001979561299561289f9561031b979c613aee565b9a95509597505050935061291b565b5f90613aee565b506128a69363ffffffff6002600197956129cc61289f9561031b979c613aee565b9a612933565b63ffffffff828c015460801c1663ffffffff600288015460601c1660408101809111612a81578111612a6e578f91612a19612a1086938f8b856155fa565b9c909150613aee565b99612a27575b9150506128d3565b909192505f925f51602061590d5f395f51905f526040612a586001600160601b0360028c015460801c16809d613aee565b9b8151905f82526020820152a48f828f91612a1f565b50633880ef9960e11b5f5260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b600282015460c01c431115612b035760ff8160c01c165f14612ace57506004916126d0565b612af560ff8260a81c169160ff612aea84828460a01c16613aee565b9160b81c16906139a8565b1115612b03576003916126d0565b631f7806af60e31b5f5260045ffd5b636d08029760e01b5f5260045ffd5b34612670576020366003190112612670576004356001600160401b03811680910361267057612b736109b97f000000000000000000000000000000000000000000000000000000000000000083613afb565b4310612ba257612b8290614493565b8015612b9357602090604051908152f35b634961d2c560e11b5f5260045ffd5b6333e7d47160e11b5f5260045ffd5b34612670575f3660031901126126705760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346126705760203660031901126126705760206109df600435613bf3565b34612670575f36600319011261267057612c21613fb9565b335f52600960205260405f20548015612d2257335f5260096020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a27f00000000000000000000000000000000000000000000000000000000000000009060405163a9059cbb60e01b5f52336004528160245260205f60448180875af19060015f5114821615612d01575b60405215612ce0576020905f5f5160206158ed5f395f51905f525d604051908152f35b50635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b906001811516612d1957833b15153d15161690612cbd565b503d5f823e3d90fd5b630686827b60e51b5f5260045ffd5b346126705760206109df612d4436613909565b613b30565b3461267057602036600319011261267057600435612d65613fb9565b805f52600360205260405f208054600160ff8260a01c16612d858161397c565b0361300c57336001600160a01b0390911603612ffd576001810154805f52600260205260405f20907f0000000000000000000000000000000000000000000000000000000000000000612dd881436139a8565b612e037f000000000000000000000000000000000000000000000000000000000000000080926139b5565b90600185019163ffffffff835460801c161115612fee576002860180548754600489018054600160801b600160e01b0319841690945560ff60a01b198216600160a11b1790995560809190911c6001600160601b03908116986001600160a01b039290921692169081612fb0575b5050845f52600760205260405f2060018060a01b0382165f5260205260405f20600360ff198254161790555f1960ff875460b81c160160ff8111612a8157865460ff60b81b191660b882901b60ff60b81b1617875560ff16976040515f51602061590d5f395f51905f5260408260018a94528b6020820152a460ff612f0e86549861115d838b60b01c169a848160a81c1694859160a01c16613aee565b119283612f86575b50505080612f45575b6127d19450612f30575b50506143e7565b612f3e929161031b91614520565b8280612f29565b506006841015612a95578360026127d19514908115612f65575b50612f1f565b600191501480612f76575b85612f5f565b50600282015460c01c4311612f70565b63ffffffff92935090612f9c612fa192436139a8565b6139b5565b915460801c1611858080612f16565b6001600160601b031981541690556001600160801b03612fd7600489019282845416613d3a565b166001600160801b03198254161790558880612e71565b6387411cf760e01b5f5260045ffd5b630d9e691960e31b5f5260045ffd5b632f70cf6f60e11b5f5260045ffd5b3461267057602036600319011261267057600435805f52600260205261305160405f205460ff808260a81c169160a01c16613aee565b9061307461305e83613838565b9261306c6040519485613817565b808452613838565b602083019190601f19013683375f5b83518110156130b757600190825f528060205260405f205f52600460205260405f20546130b08287613a3d565b5201613083565b505090604051918291602083019060208452518091526040830191905f5b8181106130e3575050500390f35b82518452859450602093840193909201916001016130d5565b346126705760203660031901126126705760405161028081018181106001600160401b038211176134f6576040525f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f6101208201525f6101408201525f6101608201525f6101808201525f6101a08201525f6101c08201525f6101e08201525f6102008201525f6102208201525f6102408201525f6102608201526004355f52600260205260405f2080549060018060a01b038216835260ff8260a01c16602084015260ff8260a81c166040840152600660ff8360b01c161015612a955760ff8260b01c16606084015260ff8260b81c16608084015260ff8260c01c16151560a084015260046001820154916001600160401b038360a01c1660c086015260ff8360e01c1660e086015263ffffffff8360601c1661010086015263ffffffff8360801c166101208601526001600160601b03831661014086015260028101546001600160601b0381166101608701526001600160601b038160601c1661018087015260c01c6101a0860152600381015460018060a01b0381166101c087015260a01c6101e08601520154916001600160801b0383166102008501528260801c6102208501526132eb60ff8260a81c1660ff8360a01c16613aee565b905f5b8281106134b45750600160ff8260b01c16149081156134a3575b5061343f575b50505060405160018060a01b03825116815260ff602083015116602082015260ff604083015116604082015260608201516006811015612a95576102809261026091606084015260ff608082015116608084015260a0810151151560a08401526001600160401b0360c08201511660c084015260ff60e08201511660e08401526001600160401b03610100820151166101008401526001600160401b03610120820151166101208401526101408101516101408401526101608101516101608401526101808101516101808401526001600160401b036101a0820151166101a084015260018060a01b036101c0820151166101c08401526101e08101516101e08401526102008101516102008401526102208101516102208401526102408101516102408401520151610260820152f35b6134959261030761347b61345f61115d946001600160601b038716613afb565b6102fb63ffffffff8760601c1663ffffffff8860801c166139a8565b9160801c936001600160601b036102408801519116613afb565b61026082015281808061330e565b60b01c60ff16600214905085613308565b6001906004355f528060205260405f205f5260036020526134ea63ffffffff600260405f20015460401c16610240890151613aee565b610240880152016132ee565b634e487b7160e01b5f52604160045260245ffd5b3461267057606036600319011261267057600435613526613890565b90805f5260243560205260405f20805f52600660205260405f205f905f907f00000000000000000000000000000000000000000000000000000000000000009160018060a01b038716905b838110613642575b505050508015613633577f0000000000000000000000000000000000000000000000000000000000000000906135af8282613aee565b431115613625576135c3916119f391613aee565b90811561361657610906936108fa935f5260026020526703ffffffffffffff600160405f20015460a61c16917f000000000000000000000000000000000000000000000000000000000000000093614382565b637f99344960e01b5f5260045ffd5b629ad89f60e71b5f5260045ffd5b63017820ff60e51b5f5260045ffd5b8161364d8285613adf565b50546001600160a01b03161461366557600101613571565b9190506001600160401b03935061367c9250613adf565b505460a01c1684808080613579565b34612670576060366003190112612670576024356001600160401b03811680910361267057604435906001600160401b038211612670576136d36136e492369060040161384f565b916136dc613fb9565b600435613fee565b6001600160e01b03198116613705575f5f5160206158ed5f395f51905f525d005b5f5260045ffd5b34612670576080366003190112612670576044356001600160401b03811161267057366023820112156126705780600401359061374882613838565b916137566040519384613817565b8083526024602084019160051b8301019136831161267057602401905b8282106137b657836064356001600160401b038111612670576020916137a06137ac92369060040161384f565b91602435600435613a65565b6040519015158152f35b8135815260209182019101613773565b34612670575f3660031901126126705760206040516101008152f35b34612670575f3660031901126126705760206109df6139d3565b604081019081106001600160401b038211176134f657604052565b90601f801991011681019081106001600160401b038211176134f657604052565b6001600160401b0381116134f65760051b60200190565b9181601f84011215612670578235916001600160401b038311612670576020838186019501011161267057565b35906001600160401b038216820361267057565b604435906001600160a01b038216820361267057565b600435906001600160a01b038216820361267057565b35906001600160a01b038216820361267057565b60206040818301928281528451809452019201905f5b8181106138f35750505090565b82518452602093840193909201916001016138e6565b602060031982011261267057600435906001600160401b038211612670576101e09082900360031901126126705760040190565b359060ff8216820361267057565b6040906003190112612670576004359060243590565b34612670575f36600319011261267057602060405160408152f35b60041115612a9557565b34612670576139943661394b565b905f52602052602060405f20604051908152f35b91908203918211612a8157565b81156139bf570490565b634e487b7160e01b5f52601260045260245ffd5b6139fd7f0000000000000000000000000000000000000000000000000000000000000000436139a8565b7f00000000000000000000000000000000000000000000000000000000000000009081811015613a2d5750505f90565b613a3a9161124c916139a8565b90565b8051821015613a515760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b909392919380158015613ad3575b8015613aca575b613ac157613a8b9060061c94613d7a565b9081515f198101908111612a8157613aa4869184613a3d565b511015613ac157613ab7613abd95613e34565b90613e5e565b1590565b50505050505f90565b50845115613a7a565b50603f81161515613a73565b6008821015613a515701905f90565b91908201809211612a8157565b81810292918115918404141715612a8157565b356001600160401b03811681036126705790565b3560ff811681036126705790565b60808101613b3d81613b0e565b9060608301916001600160401b0380613b5585613b0e565b1691161115613be1576001600160401b03613b79613b738293613b0e565b93613b0e565b16911603906001600160401b038211612a8157610160613bd8613a3a935b613bd3613bc96001600160401b0360ff613bb088613b22565b1693169260ff613bc260208901613b22565b1690613aee565b60a0860135613afb565b613afb565b91013590613aee565b5050613a3a90610160613bd85f613b97565b805f52600860205260405f205480613c6b5750613c336109b97f000000000000000000000000000000000000000000000000000000000000000083613afb565b804310613c65575f198101908111612a8157613c4e90614318565b80613c595750505f90565b5f5260205260405f2090565b50505f90565b905090565b903590601e198136030182121561267057018035906001600160401b0382116126705760200191813603831361267057565b5f198114612a815760010190565b90600182811c92168015613cde575b6020831014613cca57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691613cbf565b90604051613cf5816137fc565b91546001600160a01b038116835260a01c6001600160401b03166020830152565b906006811015612a9557815460ff60b01b191660b09190911b60ff60b01b16179055565b906001600160801b03809116911601906001600160801b038211612a8157565b908060209392818452848401375f828201840152601f01601f1916010190565b805160015b818110613de3575060018111613d93575090565b600190815b818110613da6575050815290565b60208160051b8501015160205f19850160051b860101518103613dcd575b50600101613d98565b600584901b850160200152600192830192613dc4565b60208160051b8401015181805b613e06575b60051b840160200152600101613d7f565b5f19810160051b85016020015182811115613e2e5760208260051b870101525f190180613df0565b50613df5565b5f91908015613e57575f19015b805b613e4a5750565b6001928301921c80613e43565b505f613e41565b9294935f958351928360061b946040519580870191818610871517600114613faa575f5b878110613f7a5750508301945f905b838210613ebc57505050500103613eb4576020015103613eae575b565b60029150565b506001925050565b5f905f905b808210613ed5575050600190910190613e91565b9097918860061b8a0192835193600185165f14613f25576020828160019594938187958c370151828a0152019a01935b8160061b8c0190602080830160408a60025afa50831c9052019190613ec1565b60018b019a60018601604083015114858d1016600114613f5a57506001929160208092015188528181818a0137019993613f05565b600193929b50606082602060029401518a52015160208901520193613f05565b8060019160061b6040818c019189018737602080820160408860025afa5060208260051b85010151905201613e82565b50600199505050505050505050565b5f5160206158ed5f395f51905f525c613fdf5760015f5160206158ed5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b91929092825f52600360205260405f209384549260018060a01b03841695600160ff8660a01c1661401e8161397c565b03614305573387036142f2577f00000000000000000000000000000000000000000000000000000000000000006140586109b98286613afb565b8043106142dd576140939161406c91613aee565b7f000000000000000000000000000000000000000000000000000000000000000090613aee565b4310156142ca5760018101545f526002602052600160405f200194855463ffffffff8160601c1685109182156142b6575b5081156142a2575b5061428f576002019283549063ffffffff8260601c1660408101809111612a815784101561427b576001603f85161b926001600160401b03848416166142665761411585614493565b9182156142505761416f92895f52600460205260405f205460ff611a5e611a598d8d54957f0000000000000000000000000000000000000000000000000000000000000000916703ffffffffffffff8860a61c16916155af565b6001811461423c57614229576001600160401b0380809316911617166001600160401b0319835416178255600163ffffffff835460401c160163ffffffff8111612a81577f8777dfc174fae327a7a3f54e7cf98db7c33a44f3cca81b9bcbc2094ee331e668936142046001600160601b03926020959063ffffffff60401b82549160401b169063ffffffff60401b1916179055565b5416855f526009835261421c60405f20918254613aee565b9055604051908152a35f90565b506309bde33960e01b9695505050505050565b50637b2a958160e11b979650505050505050565b50634961d2c560e11b9998505050505050505050565b50630b01a8d960e21b98975050505050505050565b5063594b585f60e11b979650505050505050565b50630723742560e11b9695505050505050565b63ffffffff915060801c168310155f6140cc565b60b01c63ffffffff1685111591505f6140c4565b5063ee19d85560e01b9695505050505050565b506333e7d47160e11b98975050505050505050565b50630d9e691960e31b9695505050505050565b50632f70cf6f60e11b9695505050505050565b610101814303105f14614329574090565b5f525f602052602080805f71f90827f1c53a10cb7a02335b1753200029355afa5060205190565b9061435a82613838565b6143676040519182613817565b8281528092614378601f1991613838565b0190602036910137565b909493929161439084614350565b95604051928352602083015260018060a01b031660408201525f60608201905b8481106143be575050505050565b80600191835284608085200660208260051b8a010152016143b0565b906002821015612a955752565b8015614490576143f981600a54613aee565b600a557f0000000000000000000000000000000000000000000000000000000000000000906040519063a9059cbb60e01b5f5261dead60045260245260205f60448180865af19060015f5114821615614478575b604052156144585750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b906001811516612d1957823b15153d1516169061444d565b50565b90815f52600860205260405f20549182156144ab5750565b6144d86109b97f000000000000000000000000000000000000000000000000000000000000000083613afb565b804310614519575f198101908111612a81576144f390614318565b806144fc575050565b9092505f528160205260405f20915f5260086020528160405f2055565b505f925050565b5f929161452e600382613d16565b614545815460ff808260a81c169160a01c16613aee565b9060048101916001600160801b03835416905f5f5b82811061460957507f26858602150cc58d2205ed541987290108ec3c91263b83c8afec5dcb7572c535949261031b6145b586946103076145c095610301600160209b01546102fb6102e56001600160601b0383169687613afb565b855460801c906139a8565b82546001600160801b031916909255805460ff60b81b1981169091556001600160a01b03165f908152600983526040902080546145fe908390613aee565b9055604051908152a2565b97865f528860205260405f2091825f52600360205260405f208054600160ff8260a01c166146368161397c565b1461466c575b509161031b61465e6146659363ffffffff6002600197015460401c1690613aee565b948a615494565b980161455a565b61465e6146659363ffffffff60028561031b956001600160601b039c600460019b99019d8e5416908b5f14614721576146dd926146b85f6001600160601b038888015460801c16613aee565b908d8060a01b03165f5260096020526146d660405f20918254613aee565b9055613aee565b9b5b9181018054600160801b600160e01b031916905581546001600160601b031916909155805460ff60a01b1916600360a01b17815594965090945061463c915050565b61472b9250613aee565b9b6146df565b903590601e198136030182121561267057018035906001600160401b03821161267057602001918160051b3603831361267057565b356001600160a01b03811681036126705790565b9190811015613a515760051b0190565b9060ff61479683613b22565b16916147ab602082019360ff613bc286613b22565b9260ff6147b783613b22565b1615908115614bb5575b508015614bab575b614b9d57610180810192806147de8584614731565b905003614b8e576101a08201816147f58285614731565b905015159182614b77575b5050614b6857604082016001600160401b0361481b82613b0e565b1615908115614b52575b8115614b16575b50614b07576060820161483e81613b0e565b7f00000000000000000000000000000000000000000000000000000000000000009161486a83436139a8565b916001600160401b0361489e7f000000000000000000000000000000000000000000000000000000000000000080956139b5565b911610908115614ae2575b508015614ac1575b614ab25760e0840191436001600160401b036148cc85613b0e565b161192831593614a78575b505050614a695760a08201358015908115614a58575b508015614a2b575b8015614a17575b8015614a02575b80156149ef575b6149e05761491782613b30565b936001600160601b0385116149e0576001600160a01b0361493b6101008501614766565b16156149d1576110006149526101c0850185613c70565b9050116149c2575f5b8281106149685750505050565b61497c816149768487614731565b9061477a565b3580156149b3575f5b82811061499657505060010161495b565b816149a582614976878a614731565b35146149b357600101614985565b632d69855760e01b5f5260045ffd5b63a1e0145760e01b5f5260045ffd5b6335d2fd8360e01b5f5260045ffd5b63749b593960e01b5f5260045ffd5b506101608201356101408301351161490a565b506001600160601b0361016083013511614903565b506001600160601b0360c0830135116148fc565b507f000000000000000000000000000000000000000000000000000000000000000060c0830135106148f5565b6001600160601b039150115f6148ed565b63f4ad9a1f60e01b5f5260045ffd5b6001600160401b039293509061031b614a93614aa793613b0e565b9484614aa160808a01613b0e565b16613afb565b9116115f80806148d7565b632110543960e11b5f5260045ffd5b5063ffffffff6001600160401b03614adb60808701613b0e565b16116148b1565b90506001600160401b0380614afc613b7360808901613b0e565b16911611155f6148a9565b633bff22c160e01b5f5260045ffd5b614b209150613b0e565b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000009116115f61482c565b9050603f614b5f82613b0e565b16151590614825565b6307ff1db360e21b5f5260045ffd5b614b8391925084614731565b90501415815f614800565b633b396da360e01b5f5260045ffd5b62edcf4160e21b5f5260045ffd5b50602083116147c9565b60ff9150614bc290613b22565b16155f6147c1565b9035601e19823603018112156126705701602081359101916001600160401b038211612670578160051b3603831361267057565b919091614c1e60ff614c0f83613b22565b1660ff613bc260208501613b22565b92335f52600160205260405f2091825492614c3884613ca2565b9055604080514660208201908152309282019290925233606082015260808101859052614c688160a0810161069f565b5190205f81815260026020526040902080546001600160a01b031916331781559095614c9383613b22565b825460ff60a01b191660a09190911b60ff60a01b16178255614cd4614cba60208501613b22565b835460ff60a81b191660a89190911b60ff60a81b16178355565b815460ff60b01b1916600160b01b17825561012083013591821515830361267057805460ff60c01b191683151560c01b60ff60c01b161781556001810180546001600160601b03191660a08601356001600160601b0316178155614d6163ffffffff614d4260608801613b0e565b835463ffffffff60601b1916911660601b63ffffffff60601b16178255565b614d6d60808601613b0e565b815463ffffffff60801b191660809190911b63ffffffff60801b16178155614dc2614d9a60408701613b0e565b825467ffffffffffffffff60a01b191660a09190911b67ffffffffffffffff60a01b16178255565b614de36703ffffffffffffff614dda60408801613b0e565b60061c16613e34565b815460ff60e01b191660e09190911b60ff60e01b161790556002810180546001600160601b03191660c08601356001600160601b038116919091178255614e4b907f000000000000000000000000000000000000000000000000000000000000000090613afb565b61270f8101809111612a815781546001600160601b036001600160c01b0319614e7660e08a01613b0e565b60c01b16926127108260601b910460601b16911617179055614e9b6101008501614766565b6001600160a01b03166001600160a01b031961014086013560a01b161760038201556101608401356151b9575b505f5b8181106150f75750506040519384526040602085015260ff614eec8361393d565b16604085015260ff614f006020840161393d565b1660608501526001600160401b03614f1a6040840161387c565b1660808501526001600160401b03614f346060840161387c565b1660a08501526001600160401b03614f4e6080840161387c565b1660c085015260a082013560e085015260c08201356101008501526001600160401b03614f7d60e0840161387c565b166101208501526001600160a01b03614f9961010084016138bc565b1661014085015215156101608401526101408101356101808401526101608101356101a0840152614fce610180820182614bca565b6101e06101c086015261022085018190526001600160fb1b0381116126705760051b80916102408601378301906102408201916102606150126101a0840184614bca565b610200888503016101e0890152948590529101925f5b8181106150d1575050506101c0810135601e1982360301811215612670570190602082359201916001600160401b0381116126705780360383136126705784613eac956150a689947fda2894790ac9ebd45e17c02c1d2df7a254ee6865cf326fa4511b80017d2fee5494603f19848303016102008501523397613d5a565b0390a330337f000000000000000000000000000000000000000000000000000000000000000061542b565b909193602080600192838060a01b036150e9896138bc565b168152019501929101615028565b600190885f528060205260405f2061511782614976610180890189614731565b35815f52600460205260405f2055816101a087016151358189614731565b9050151580615190575b61514d575b50505001614ecb565b6151639161497661515e928a614731565b614766565b905f52600560205260405f2090838060a01b03166001600160601b0360a01b8254161790555f8181615144565b50816151b161515e6151a2848c614731565b898060a09693961b039461477a565b16151561513f565b60040180546001600160801b0319166101608501356001600160801b03161790555f614ec8565b9290925f926151ee8561586c565b84549161520760ff8460a81c1660ff8560a01c16613aee565b8210156152d35761523b61124c7f0000000000000000000000000000000000000000000000000000000000000000436139a8565b63ffffffff600188015460801c161115612fee575f5260205260405f2093845f52600360205260ff60405f205460a01c166152758161397c565b600281036152865750600193505050565b61528f8161397c565b6152c4576002015460c01c43116152a35750565b60ff91925060c01c166152b557600190565b637f780e6960e11b5f5260045ffd5b632911c67360e21b5f5260045ffd5b6377bd40d160e01b5f5260045ffd5b906152ec575f9055565b634e487b7160e01b5f525f60045260245ffd5b916153109195949361203191613adf565b5f9081526007602090815260408083206001600160a01b039490941680845293825291829020805460ff1916905590517f000000000000000000000000000000000000000000000000000000000000000080825294917ffc0fe40ca2cc602e16b3c2ac947d8db6f65e0f1387019a40c158e0cfad7a5c1191a3565b9093926120316153a091979693975f98613adf565b5f52600760205260405f2060018060a01b0383165f5260205260405f2060ff1981541690556153cd575050565b6040517f000000000000000000000000000000000000000000000000000000000000000080825294506001600160a01b0390911691907ffc0fe40ca2cc602e16b3c2ac947d8db6f65e0f1387019a40c158e0cfad7a5c1190602090a3565b6040516323b872dd60e01b5f9081526001600160a01b039384166004529290931660245260449390935260209060648180865af19060015f511482161561547c575b6040525f606052156144585750565b906001811516612d1957823b15153d1516169061546d565b91905f92815f52600660205260405f20915f927f0000000000000000000000000000000000000000000000000000000000000000927f0000000000000000000000000000000000000000000000000000000000000000915b8486106154fb57505050505050565b90919293949661550b8883613adf565b50546001600160a01b031680156155a55760019161031b61555a92615547886001600160401b0361553c8f8a613adf565b505460a01c16613aee565b4311908115615567575b8c878b8a61538b565b975b0194939291906154ec565b805f52600960205260405f2061559e7f00000000000000000000000000000000000000000000000000000000000000008254613aee565b9055615551565b509660019061555c565b93929190936155bd83614350565b9460405191825260208201525f60408201905b8481106155de575050505050565b80600191835284606085200660208260051b8a010152016155d0565b9390939291925f945f945f9460028301549363ffffffff8560601c16916001600160401b038616916001600160601b0360028160038901549960801c1696015460601c169060018060a01b038754167f000000000000000000000000000000000000000000000000000000000000000061010081145f14615852575094979695945f19935b808a10615714575b505050506002840180546fffffffff00000000ffffffffffffffff19166001600160401b03939093169290921760609690961b63ffffffff60601b16959095179055919250600391615710906001600160601b03905b600284018054600160801b600160e01b0319169290911660801b6bffffffffffffffffffffffff60801b16919091179055565b0155565b6001603f8b161b995f99968b811615615838578a9b9a98999a1916965b60011b9a6157b2575b61574390613ca2565b9680615780575b61575857989796959861567f565b5060019a509497969594508492506156dd915063ffffffff9050876001600160401b03615687565b506157ad7f0000000000000000000000000000000000000000000000000000000000000000868c166158b0565b61574a565b9c979d99600117996157c390613ca2565b9d5f6080528085105f146157ea615743926157f49261582f57876080525b608051906139a8565b9960805190613aee565b9d83857fa04947cbcbcac621e2affd73107c2b24a2356dfe958df86fbb621857255c8bdb604080518581526080516020820152a3905061573a565b806080526157e1565b969798995099506158488a614493565b1515998a97615731565b6001901b5f198101908111612a815793989796959861567f565b5460b01c60ff166006811015612a95578015612b1257600181141590816158a4575b5061589557565b630b2b581760e21b5f5260045ffd5b6002915014155f61588e565b805f915b6158bf575050505f90565b5f198101818111612a81576158d5911691613ca2565b828110156158e45790806158b4565b50505060019056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00d8b6ef70749f90abf4d24d8f49a6a1a4491b8dc5a5ed4fa41f2c800b4c418b11",
}

// Marketplace is an auto generated Go binding around an Ethereum contract.
type Marketplace struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Marketplace) GetABI() abi.ABI {
	return c.abi
}

// NewMarketplace creates a new instance of Marketplace.
func NewMarketplace() *Marketplace {
	parsed, err := MarketplaceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Marketplace{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Marketplace) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,uint64,uint64,uint64,uint64,uint8,uint8,uint16,uint16,uint16,uint64,uint256,uint256) c) returns()
func (marketplace *Marketplace) PackConstructor(c IMarketplaceConfig) []byte {
	enc, err := marketplace.abi.Pack("", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (marketplace *Marketplace) PackBURNADDRESS() []byte {
	enc, err := marketplace.abi.Pack("BURN_ADDRESS")
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
func (marketplace *Marketplace) TryPackBURNADDRESS() ([]byte, error) {
	return marketplace.abi.Pack("BURN_ADDRESS")
}

// UnpackBURNADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfccc2813.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (marketplace *Marketplace) UnpackBURNADDRESS(data []byte) (common.Address, error) {
	out, err := marketplace.abi.Unpack("BURN_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMAXFINISHLAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a4c9fb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FINISH_LAG() view returns(uint256)
func (marketplace *Marketplace) PackMAXFINISHLAG() []byte {
	enc, err := marketplace.abi.Pack("MAX_FINISH_LAG")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFINISHLAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a4c9fb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FINISH_LAG() view returns(uint256)
func (marketplace *Marketplace) TryPackMAXFINISHLAG() ([]byte, error) {
	return marketplace.abi.Pack("MAX_FINISH_LAG")
}

// UnpackMAXFINISHLAG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a4c9fb1.
//
// Solidity: function MAX_FINISH_LAG() view returns(uint256)
func (marketplace *Marketplace) UnpackMAXFINISHLAG(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("MAX_FINISH_LAG", data)
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
func (marketplace *Marketplace) PackMAXMANIFEST() []byte {
	enc, err := marketplace.abi.Pack("MAX_MANIFEST")
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
func (marketplace *Marketplace) TryPackMAXMANIFEST() ([]byte, error) {
	return marketplace.abi.Pack("MAX_MANIFEST")
}

// UnpackMAXMANIFEST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x635c1ad5.
//
// Solidity: function MAX_MANIFEST() view returns(uint256)
func (marketplace *Marketplace) UnpackMAXMANIFEST(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("MAX_MANIFEST", data)
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
func (marketplace *Marketplace) PackMAXPEERINFO() []byte {
	enc, err := marketplace.abi.Pack("MAX_PEER_INFO")
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
func (marketplace *Marketplace) TryPackMAXPEERINFO() ([]byte, error) {
	return marketplace.abi.Pack("MAX_PEER_INFO")
}

// UnpackMAXPEERINFO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f6f38d2.
//
// Solidity: function MAX_PEER_INFO() view returns(uint256)
func (marketplace *Marketplace) UnpackMAXPEERINFO(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("MAX_PEER_INFO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSETTLEEPOCHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ce7effe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SETTLE_EPOCHS() view returns(uint256)
func (marketplace *Marketplace) PackMAXSETTLEEPOCHS() []byte {
	enc, err := marketplace.abi.Pack("MAX_SETTLE_EPOCHS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSETTLEEPOCHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ce7effe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SETTLE_EPOCHS() view returns(uint256)
func (marketplace *Marketplace) TryPackMAXSETTLEEPOCHS() ([]byte, error) {
	return marketplace.abi.Pack("MAX_SETTLE_EPOCHS")
}

// UnpackMAXSETTLEEPOCHS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ce7effe.
//
// Solidity: function MAX_SETTLE_EPOCHS() view returns(uint256)
func (marketplace *Marketplace) UnpackMAXSETTLEEPOCHS(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("MAX_SETTLE_EPOCHS", data)
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
func (marketplace *Marketplace) PackMAXSLOTS() []byte {
	enc, err := marketplace.abi.Pack("MAX_SLOTS")
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
func (marketplace *Marketplace) TryPackMAXSLOTS() ([]byte, error) {
	return marketplace.abi.Pack("MAX_SLOTS")
}

// UnpackMAXSLOTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0f3f2e9.
//
// Solidity: function MAX_SLOTS() view returns(uint256)
func (marketplace *Marketplace) UnpackMAXSLOTS(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("MAX_SLOTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPROOFRING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x824d55f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROOF_RING() view returns(uint256)
func (marketplace *Marketplace) PackPROOFRING() []byte {
	enc, err := marketplace.abi.Pack("PROOF_RING")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROOFRING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x824d55f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROOF_RING() view returns(uint256)
func (marketplace *Marketplace) TryPackPROOFRING() ([]byte, error) {
	return marketplace.abi.Pack("PROOF_RING")
}

// UnpackPROOFRING is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x824d55f2.
//
// Solidity: function PROOF_RING() view returns(uint256)
func (marketplace *Marketplace) UnpackPROOFRING(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("PROOF_RING", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAllowedProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae8446ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowedProvider(bytes32 slotId) view returns(address)
func (marketplace *Marketplace) PackAllowedProvider(slotId [32]byte) []byte {
	enc, err := marketplace.abi.Pack("allowedProvider", slotId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowedProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae8446ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowedProvider(bytes32 slotId) view returns(address)
func (marketplace *Marketplace) TryPackAllowedProvider(slotId [32]byte) ([]byte, error) {
	return marketplace.abi.Pack("allowedProvider", slotId)
}

// UnpackAllowedProvider is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae8446ef.
//
// Solidity: function allowedProvider(bytes32 slotId) view returns(address)
func (marketplace *Marketplace) UnpackAllowedProvider(data []byte) (common.Address, error) {
	out, err := marketplace.abi.Unpack("allowedProvider", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (marketplace *Marketplace) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := marketplace.abi.Pack("balanceOf", arg0)
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
func (marketplace *Marketplace) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return marketplace.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (marketplace *Marketplace) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("balanceOf", data)
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
func (marketplace *Marketplace) PackBurned() []byte {
	enc, err := marketplace.abi.Pack("burned")
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
func (marketplace *Marketplace) TryPackBurned() ([]byte, error) {
	return marketplace.abi.Pack("burned")
}

// UnpackBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73f42561.
//
// Solidity: function burned() view returns(uint256)
func (marketplace *Marketplace) UnpackBurned(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("burned", data)
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
func (marketplace *Marketplace) PackCancelRequest(requestId [32]byte) []byte {
	enc, err := marketplace.abi.Pack("cancelRequest", requestId)
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
func (marketplace *Marketplace) TryPackCancelRequest(requestId [32]byte) ([]byte, error) {
	return marketplace.abi.Pack("cancelRequest", requestId)
}

// PackChallengeIndices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6bf543d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeIndices(bytes32 slotId, uint256 epoch) view returns(uint256[])
func (marketplace *Marketplace) PackChallengeIndices(slotId [32]byte, epoch *big.Int) []byte {
	enc, err := marketplace.abi.Pack("challengeIndices", slotId, epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeIndices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6bf543d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeIndices(bytes32 slotId, uint256 epoch) view returns(uint256[])
func (marketplace *Marketplace) TryPackChallengeIndices(slotId [32]byte, epoch *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("challengeIndices", slotId, epoch)
}

// UnpackChallengeIndices is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6bf543d.
//
// Solidity: function challengeIndices(bytes32 slotId, uint256 epoch) view returns(uint256[])
func (marketplace *Marketplace) UnpackChallengeIndices(data []byte) ([]*big.Int, error) {
	out, err := marketplace.abi.Unpack("challengeIndices", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackChallengesFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x956bb2e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengesFor(bytes32 seed, bytes32 slotId, uint256 n, uint256 k) pure returns(uint256[])
func (marketplace *Marketplace) PackChallengesFor(seed [32]byte, slotId [32]byte, n *big.Int, k *big.Int) []byte {
	enc, err := marketplace.abi.Pack("challengesFor", seed, slotId, n, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengesFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x956bb2e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengesFor(bytes32 seed, bytes32 slotId, uint256 n, uint256 k) pure returns(uint256[])
func (marketplace *Marketplace) TryPackChallengesFor(seed [32]byte, slotId [32]byte, n *big.Int, k *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("challengesFor", seed, slotId, n, k)
}

// UnpackChallengesFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x956bb2e8.
//
// Solidity: function challengesFor(bytes32 seed, bytes32 slotId, uint256 n, uint256 k) pure returns(uint256[])
func (marketplace *Marketplace) UnpackChallengesFor(data []byte) ([]*big.Int, error) {
	out, err := marketplace.abi.Unpack("challengesFor", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackClientNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9178274a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clientNonce(address ) view returns(uint256)
func (marketplace *Marketplace) PackClientNonce(arg0 common.Address) []byte {
	enc, err := marketplace.abi.Pack("clientNonce", arg0)
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
func (marketplace *Marketplace) TryPackClientNonce(arg0 common.Address) ([]byte, error) {
	return marketplace.abi.Pack("clientNonce", arg0)
}

// UnpackClientNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9178274a.
//
// Solidity: function clientNonce(address ) view returns(uint256)
func (marketplace *Marketplace) UnpackClientNonce(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("clientNonce", data)
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
func (marketplace *Marketplace) PackClosedEpochs() []byte {
	enc, err := marketplace.abi.Pack("closedEpochs")
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
func (marketplace *Marketplace) TryPackClosedEpochs() ([]byte, error) {
	return marketplace.abi.Pack("closedEpochs")
}

// UnpackClosedEpochs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14a12f00.
//
// Solidity: function closedEpochs() view returns(uint256)
func (marketplace *Marketplace) UnpackClosedEpochs(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("closedEpochs", data)
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
// Solidity: function config() view returns((address,uint64,uint64,uint64,uint64,uint8,uint8,uint16,uint16,uint16,uint64,uint256,uint256) c)
func (marketplace *Marketplace) PackConfig() []byte {
	enc, err := marketplace.abi.Pack("config")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function config() view returns((address,uint64,uint64,uint64,uint64,uint8,uint8,uint16,uint16,uint16,uint64,uint256,uint256) c)
func (marketplace *Marketplace) TryPackConfig() ([]byte, error) {
	return marketplace.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((address,uint64,uint64,uint64,uint64,uint8,uint8,uint16,uint16,uint16,uint64,uint256,uint256) c)
func (marketplace *Marketplace) UnpackConfig(data []byte) (IMarketplaceConfig, error) {
	out, err := marketplace.abi.Unpack("config", data)
	if err != nil {
		return *new(IMarketplaceConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(IMarketplaceConfig)).(*IMarketplaceConfig)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint256)
func (marketplace *Marketplace) PackCurrentEpoch() []byte {
	enc, err := marketplace.abi.Pack("currentEpoch")
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
func (marketplace *Marketplace) TryPackCurrentEpoch() ([]byte, error) {
	return marketplace.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (marketplace *Marketplace) UnpackCurrentEpoch(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("currentEpoch", data)
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
// Solidity: function epochSeed(uint256 epoch) view returns(bytes32)
func (marketplace *Marketplace) PackEpochSeed(epoch *big.Int) []byte {
	enc, err := marketplace.abi.Pack("epochSeed", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4abccd28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochSeed(uint256 epoch) view returns(bytes32)
func (marketplace *Marketplace) TryPackEpochSeed(epoch *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("epochSeed", epoch)
}

// UnpackEpochSeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4abccd28.
//
// Solidity: function epochSeed(uint256 epoch) view returns(bytes32)
func (marketplace *Marketplace) UnpackEpochSeed(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("epochSeed", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEpochSeedFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf62b8427.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochSeedFor(bytes32 blockHash, uint256 epoch) pure returns(bytes32)
func (marketplace *Marketplace) PackEpochSeedFor(blockHash [32]byte, epoch *big.Int) []byte {
	enc, err := marketplace.abi.Pack("epochSeedFor", blockHash, epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochSeedFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf62b8427.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochSeedFor(bytes32 blockHash, uint256 epoch) pure returns(bytes32)
func (marketplace *Marketplace) TryPackEpochSeedFor(blockHash [32]byte, epoch *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("epochSeedFor", blockHash, epoch)
}

// UnpackEpochSeedFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf62b8427.
//
// Solidity: function epochSeedFor(bytes32 blockHash, uint256 epoch) pure returns(bytes32)
func (marketplace *Marketplace) UnpackEpochSeedFor(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("epochSeedFor", data)
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
// Solidity: function epochStart(uint256 epoch) view returns(uint256)
func (marketplace *Marketplace) PackEpochStart(epoch *big.Int) []byte {
	enc, err := marketplace.abi.Pack("epochStart", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa9354a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochStart(uint256 epoch) view returns(uint256)
func (marketplace *Marketplace) TryPackEpochStart(epoch *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("epochStart", epoch)
}

// UnpackEpochStart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa9354a3.
//
// Solidity: function epochStart(uint256 epoch) view returns(uint256)
func (marketplace *Marketplace) UnpackEpochStart(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("epochStart", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExitSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3753b57d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitSlot(bytes32 slotId) returns()
func (marketplace *Marketplace) PackExitSlot(slotId [32]byte) []byte {
	enc, err := marketplace.abi.Pack("exitSlot", slotId)
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
func (marketplace *Marketplace) TryPackExitSlot(slotId [32]byte) ([]byte, error) {
	return marketplace.abi.Pack("exitSlot", slotId)
}

// PackFillChallengeIndices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32639d2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fillChallengeIndices(bytes32 requestId, uint256 index, address filler) view returns(uint256[])
func (marketplace *Marketplace) PackFillChallengeIndices(requestId [32]byte, index *big.Int, filler common.Address) []byte {
	enc, err := marketplace.abi.Pack("fillChallengeIndices", requestId, index, filler)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFillChallengeIndices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32639d2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fillChallengeIndices(bytes32 requestId, uint256 index, address filler) view returns(uint256[])
func (marketplace *Marketplace) TryPackFillChallengeIndices(requestId [32]byte, index *big.Int, filler common.Address) ([]byte, error) {
	return marketplace.abi.Pack("fillChallengeIndices", requestId, index, filler)
}

// UnpackFillChallengeIndices is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32639d2c.
//
// Solidity: function fillChallengeIndices(bytes32 requestId, uint256 index, address filler) view returns(uint256[])
func (marketplace *Marketplace) UnpackFillChallengeIndices(data []byte) ([]*big.Int, error) {
	out, err := marketplace.abi.Unpack("fillChallengeIndices", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackFillChallengesFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a9366d5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fillChallengesFor(bytes32 blockHash, bytes32 slotId, address sender, uint256 n, uint256 k) pure returns(uint256[])
func (marketplace *Marketplace) PackFillChallengesFor(blockHash [32]byte, slotId [32]byte, sender common.Address, n *big.Int, k *big.Int) []byte {
	enc, err := marketplace.abi.Pack("fillChallengesFor", blockHash, slotId, sender, n, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFillChallengesFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a9366d5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fillChallengesFor(bytes32 blockHash, bytes32 slotId, address sender, uint256 n, uint256 k) pure returns(uint256[])
func (marketplace *Marketplace) TryPackFillChallengesFor(blockHash [32]byte, slotId [32]byte, sender common.Address, n *big.Int, k *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("fillChallengesFor", blockHash, slotId, sender, n, k)
}

// UnpackFillChallengesFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a9366d5.
//
// Solidity: function fillChallengesFor(bytes32 blockHash, bytes32 slotId, address sender, uint256 n, uint256 k) pure returns(uint256[])
func (marketplace *Marketplace) UnpackFillChallengesFor(data []byte) ([]*big.Int, error) {
	out, err := marketplace.abi.Unpack("fillChallengesFor", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackFillSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6368a471.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fillSlot(bytes32 requestId, uint256 index, bytes proof) returns(bytes32 slotId)
func (marketplace *Marketplace) PackFillSlot(requestId [32]byte, index *big.Int, proof []byte) []byte {
	enc, err := marketplace.abi.Pack("fillSlot", requestId, index, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFillSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6368a471.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fillSlot(bytes32 requestId, uint256 index, bytes proof) returns(bytes32 slotId)
func (marketplace *Marketplace) TryPackFillSlot(requestId [32]byte, index *big.Int, proof []byte) ([]byte, error) {
	return marketplace.abi.Pack("fillSlot", requestId, index, proof)
}

// UnpackFillSlot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6368a471.
//
// Solidity: function fillSlot(bytes32 requestId, uint256 index, bytes proof) returns(bytes32 slotId)
func (marketplace *Marketplace) UnpackFillSlot(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("fillSlot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFinish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfde63056.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finish(bytes32 requestId) returns()
func (marketplace *Marketplace) PackFinish(requestId [32]byte) []byte {
	enc, err := marketplace.abi.Pack("finish", requestId)
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
func (marketplace *Marketplace) TryPackFinish(requestId [32]byte) ([]byte, error) {
	return marketplace.abi.Pack("finish", requestId)
}

// PackGenesisBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdc9c63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesisBlock() view returns(uint256)
func (marketplace *Marketplace) PackGenesisBlock() []byte {
	enc, err := marketplace.abi.Pack("genesisBlock")
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
func (marketplace *Marketplace) TryPackGenesisBlock() ([]byte, error) {
	return marketplace.abi.Pack("genesisBlock")
}

// UnpackGenesisBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdc9c63.
//
// Solidity: function genesisBlock() view returns(uint256)
func (marketplace *Marketplace) UnpackGenesisBlock(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("genesisBlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPeerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6986013b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function peerInfo(address provider) view returns(bytes)
func (marketplace *Marketplace) PackPeerInfo(provider common.Address) []byte {
	enc, err := marketplace.abi.Pack("peerInfo", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6986013b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function peerInfo(address provider) view returns(bytes)
func (marketplace *Marketplace) TryPackPeerInfo(provider common.Address) ([]byte, error) {
	return marketplace.abi.Pack("peerInfo", provider)
}

// UnpackPeerInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6986013b.
//
// Solidity: function peerInfo(address provider) view returns(bytes)
func (marketplace *Marketplace) UnpackPeerInfo(data []byte) ([]byte, error) {
	out, err := marketplace.abi.Unpack("peerInfo", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackPoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4dd3ab23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poke(uint64 epoch) returns(bytes32 seed)
func (marketplace *Marketplace) PackPoke(epoch uint64) []byte {
	enc, err := marketplace.abi.Pack("poke", epoch)
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
func (marketplace *Marketplace) TryPackPoke(epoch uint64) ([]byte, error) {
	return marketplace.abi.Pack("poke", epoch)
}

// UnpackPoke is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4dd3ab23.
//
// Solidity: function poke(uint64 epoch) returns(bytes32 seed)
func (marketplace *Marketplace) UnpackPoke(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("poke", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegisterProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa16a7d7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerProvider(bytes info) returns()
func (marketplace *Marketplace) PackRegisterProvider(info []byte) []byte {
	enc, err := marketplace.abi.Pack("registerProvider", info)
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
func (marketplace *Marketplace) TryPackRegisterProvider(info []byte) ([]byte, error) {
	return marketplace.abi.Pack("registerProvider", info)
}

// PackRequestCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b3c311f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCost((uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) p) pure returns(uint256)
func (marketplace *Marketplace) PackRequestCost(p IMarketplaceRequestParams) []byte {
	enc, err := marketplace.abi.Pack("requestCost", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b3c311f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCost((uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) p) pure returns(uint256)
func (marketplace *Marketplace) TryPackRequestCost(p IMarketplaceRequestParams) ([]byte, error) {
	return marketplace.abi.Pack("requestCost", p)
}

// UnpackRequestCost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b3c311f.
//
// Solidity: function requestCost((uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) p) pure returns(uint256)
func (marketplace *Marketplace) UnpackRequestCost(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("requestCost", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestIdFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee963d26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestIdFor(address client, uint256 nonce) view returns(bytes32)
func (marketplace *Marketplace) PackRequestIdFor(client common.Address, nonce *big.Int) []byte {
	enc, err := marketplace.abi.Pack("requestIdFor", client, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestIdFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee963d26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestIdFor(address client, uint256 nonce) view returns(bytes32)
func (marketplace *Marketplace) TryPackRequestIdFor(client common.Address, nonce *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("requestIdFor", client, nonce)
}

// UnpackRequestIdFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee963d26.
//
// Solidity: function requestIdFor(address client, uint256 nonce) view returns(bytes32)
func (marketplace *Marketplace) UnpackRequestIdFor(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("requestIdFor", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRequestInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x361e4d28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestInfo(bytes32 requestId) view returns((address,uint8,uint8,uint8,uint8,bool,uint64,uint8,uint64,uint64,uint256,uint256,uint256,uint64,address,uint256,uint256,uint256,uint256,uint256) info)
func (marketplace *Marketplace) PackRequestInfo(requestId [32]byte) []byte {
	enc, err := marketplace.abi.Pack("requestInfo", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x361e4d28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestInfo(bytes32 requestId) view returns((address,uint8,uint8,uint8,uint8,bool,uint64,uint8,uint64,uint64,uint256,uint256,uint256,uint64,address,uint256,uint256,uint256,uint256,uint256) info)
func (marketplace *Marketplace) TryPackRequestInfo(requestId [32]byte) ([]byte, error) {
	return marketplace.abi.Pack("requestInfo", requestId)
}

// UnpackRequestInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x361e4d28.
//
// Solidity: function requestInfo(bytes32 requestId) view returns((address,uint8,uint8,uint8,uint8,bool,uint64,uint8,uint64,uint64,uint256,uint256,uint256,uint64,address,uint256,uint256,uint256,uint256,uint256) info)
func (marketplace *Marketplace) UnpackRequestInfo(data []byte) (IMarketplaceRequestInfo, error) {
	out, err := marketplace.abi.Unpack("requestInfo", data)
	if err != nil {
		return *new(IMarketplaceRequestInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(IMarketplaceRequestInfo)).(*IMarketplaceRequestInfo)
	return out0, nil
}

// PackRequestRoots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365178ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestRoots(bytes32 requestId) view returns(bytes32[] roots)
func (marketplace *Marketplace) PackRequestRoots(requestId [32]byte) []byte {
	enc, err := marketplace.abi.Pack("requestRoots", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestRoots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365178ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestRoots(bytes32 requestId) view returns(bytes32[] roots)
func (marketplace *Marketplace) TryPackRequestRoots(requestId [32]byte) ([]byte, error) {
	return marketplace.abi.Pack("requestRoots", requestId)
}

// UnpackRequestRoots is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x365178ce.
//
// Solidity: function requestRoots(bytes32 requestId) view returns(bytes32[] roots)
func (marketplace *Marketplace) UnpackRequestRoots(data []byte) ([][32]byte, error) {
	out, err := marketplace.abi.Unpack("requestRoots", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackRequestStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec286e4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestStorage((uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) p) returns(bytes32 requestId)
func (marketplace *Marketplace) PackRequestStorage(p IMarketplaceRequestParams) []byte {
	enc, err := marketplace.abi.Pack("requestStorage", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec286e4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestStorage((uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) p) returns(bytes32 requestId)
func (marketplace *Marketplace) TryPackRequestStorage(p IMarketplaceRequestParams) ([]byte, error) {
	return marketplace.abi.Pack("requestStorage", p)
}

// UnpackRequestStorage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec286e4b.
//
// Solidity: function requestStorage((uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) p) returns(bytes32 requestId)
func (marketplace *Marketplace) UnpackRequestStorage(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("requestStorage", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRequestStorageWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57c373eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestStorageWithPermit((uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 requestId)
func (marketplace *Marketplace) PackRequestStorageWithPermit(p IMarketplaceRequestParams, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := marketplace.abi.Pack("requestStorageWithPermit", p, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestStorageWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57c373eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestStorageWithPermit((uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 requestId)
func (marketplace *Marketplace) TryPackRequestStorageWithPermit(p IMarketplaceRequestParams, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return marketplace.abi.Pack("requestStorageWithPermit", p, deadline, v, r, s)
}

// UnpackRequestStorageWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57c373eb.
//
// Solidity: function requestStorageWithPermit((uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 requestId)
func (marketplace *Marketplace) UnpackRequestStorageWithPermit(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("requestStorageWithPermit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReservations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1b416f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reservations(bytes32 slotId) view returns((address,uint64)[] out)
func (marketplace *Marketplace) PackReservations(slotId [32]byte) []byte {
	enc, err := marketplace.abi.Pack("reservations", slotId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReservations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1b416f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reservations(bytes32 slotId) view returns((address,uint64)[] out)
func (marketplace *Marketplace) TryPackReservations(slotId [32]byte) ([]byte, error) {
	return marketplace.abi.Pack("reservations", slotId)
}

// UnpackReservations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1b416f9.
//
// Solidity: function reservations(bytes32 slotId) view returns((address,uint64)[] out)
func (marketplace *Marketplace) UnpackReservations(data []byte) ([]IMarketplaceReservation, error) {
	out, err := marketplace.abi.Unpack("reservations", data)
	if err != nil {
		return *new([]IMarketplaceReservation), err
	}
	out0 := *abi.ConvertType(out[0], new([]IMarketplaceReservation)).(*[]IMarketplaceReservation)
	return out0, nil
}

// PackReserveSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62d48e13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserveSlot(bytes32 requestId, uint256 index) returns(bytes32 slotId)
func (marketplace *Marketplace) PackReserveSlot(requestId [32]byte, index *big.Int) []byte {
	enc, err := marketplace.abi.Pack("reserveSlot", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserveSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62d48e13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserveSlot(bytes32 requestId, uint256 index) returns(bytes32 slotId)
func (marketplace *Marketplace) TryPackReserveSlot(requestId [32]byte, index *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("reserveSlot", requestId, index)
}

// UnpackReserveSlot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62d48e13.
//
// Solidity: function reserveSlot(bytes32 requestId, uint256 index) returns(bytes32 slotId)
func (marketplace *Marketplace) UnpackReserveSlot(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("reserveSlot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRoleOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec9b515f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roleOf(bytes32 requestId, address provider) view returns(uint8)
func (marketplace *Marketplace) PackRoleOf(requestId [32]byte, provider common.Address) []byte {
	enc, err := marketplace.abi.Pack("roleOf", requestId, provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoleOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec9b515f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roleOf(bytes32 requestId, address provider) view returns(uint8)
func (marketplace *Marketplace) TryPackRoleOf(requestId [32]byte, provider common.Address) ([]byte, error) {
	return marketplace.abi.Pack("roleOf", requestId, provider)
}

// UnpackRoleOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec9b515f.
//
// Solidity: function roleOf(bytes32 requestId, address provider) view returns(uint8)
func (marketplace *Marketplace) UnpackRoleOf(data []byte) (uint8, error) {
	out, err := marketplace.abi.Unpack("roleOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSeeds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0503e80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seeds(uint256 ) view returns(bytes32)
func (marketplace *Marketplace) PackSeeds(arg0 *big.Int) []byte {
	enc, err := marketplace.abi.Pack("seeds", arg0)
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
func (marketplace *Marketplace) TryPackSeeds(arg0 *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("seeds", arg0)
}

// UnpackSeeds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0503e80.
//
// Solidity: function seeds(uint256 ) view returns(bytes32)
func (marketplace *Marketplace) UnpackSeeds(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("seeds", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x987757dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(bytes32 slotId) returns(uint256 misses)
func (marketplace *Marketplace) PackSettle(slotId [32]byte) []byte {
	enc, err := marketplace.abi.Pack("settle", slotId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x987757dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(bytes32 slotId) returns(uint256 misses)
func (marketplace *Marketplace) TryPackSettle(slotId [32]byte) ([]byte, error) {
	return marketplace.abi.Pack("settle", slotId)
}

// UnpackSettle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x987757dd.
//
// Solidity: function settle(bytes32 slotId) returns(uint256 misses)
func (marketplace *Marketplace) UnpackSettle(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("settle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlotIdFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf311549f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotIdFor(bytes32 requestId, uint256 index) pure returns(bytes32)
func (marketplace *Marketplace) PackSlotIdFor(requestId [32]byte, index *big.Int) []byte {
	enc, err := marketplace.abi.Pack("slotIdFor", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotIdFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf311549f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotIdFor(bytes32 requestId, uint256 index) pure returns(bytes32)
func (marketplace *Marketplace) TryPackSlotIdFor(requestId [32]byte, index *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("slotIdFor", requestId, index)
}

// UnpackSlotIdFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf311549f.
//
// Solidity: function slotIdFor(bytes32 requestId, uint256 index) pure returns(bytes32)
func (marketplace *Marketplace) UnpackSlotIdFor(data []byte) ([32]byte, error) {
	out, err := marketplace.abi.Unpack("slotIdFor", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSlotInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5716bef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotInfo(bytes32 slotId) view returns((bytes32,uint8,uint8,address,uint64,uint64,uint64,uint256,uint256,uint256,uint64,bytes32) info)
func (marketplace *Marketplace) PackSlotInfo(slotId [32]byte) []byte {
	enc, err := marketplace.abi.Pack("slotInfo", slotId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5716bef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotInfo(bytes32 slotId) view returns((bytes32,uint8,uint8,address,uint64,uint64,uint64,uint256,uint256,uint256,uint64,bytes32) info)
func (marketplace *Marketplace) TryPackSlotInfo(slotId [32]byte) ([]byte, error) {
	return marketplace.abi.Pack("slotInfo", slotId)
}

// UnpackSlotInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5716bef.
//
// Solidity: function slotInfo(bytes32 slotId) view returns((bytes32,uint8,uint8,address,uint64,uint64,uint64,uint256,uint256,uint256,uint64,bytes32) info)
func (marketplace *Marketplace) UnpackSlotInfo(data []byte) (IMarketplaceSlotInfo, error) {
	out, err := marketplace.abi.Unpack("slotInfo", data)
	if err != nil {
		return *new(IMarketplaceSlotInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(IMarketplaceSlotInfo)).(*IMarketplaceSlotInfo)
	return out0, nil
}

// PackSubmitProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c8eeb5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitProof(bytes32 slotId, uint64 epoch, bytes proof) returns()
func (marketplace *Marketplace) PackSubmitProof(slotId [32]byte, epoch uint64, proof []byte) []byte {
	enc, err := marketplace.abi.Pack("submitProof", slotId, epoch, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c8eeb5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitProof(bytes32 slotId, uint64 epoch, bytes proof) returns()
func (marketplace *Marketplace) TryPackSubmitProof(slotId [32]byte, epoch uint64, proof []byte) ([]byte, error) {
	return marketplace.abi.Pack("submitProof", slotId, epoch, proof)
}

// PackSubmitProofs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61f6080a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitProofs((bytes32,uint64,bytes)[] proofs) returns(uint256 proven)
func (marketplace *Marketplace) PackSubmitProofs(proofs []IMarketplaceSlotProof) []byte {
	enc, err := marketplace.abi.Pack("submitProofs", proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitProofs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61f6080a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitProofs((bytes32,uint64,bytes)[] proofs) returns(uint256 proven)
func (marketplace *Marketplace) TryPackSubmitProofs(proofs []IMarketplaceSlotProof) ([]byte, error) {
	return marketplace.abi.Pack("submitProofs", proofs)
}

// UnpackSubmitProofs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61f6080a.
//
// Solidity: function submitProofs((bytes32,uint64,bytes)[] proofs) returns(uint256 proven)
func (marketplace *Marketplace) UnpackSubmitProofs(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("submitProofs", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSweepReservations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdee86327.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweepReservations(bytes32 requestId, uint256 index) returns(uint256 burnAmt)
func (marketplace *Marketplace) PackSweepReservations(requestId [32]byte, index *big.Int) []byte {
	enc, err := marketplace.abi.Pack("sweepReservations", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweepReservations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdee86327.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweepReservations(bytes32 requestId, uint256 index) returns(uint256 burnAmt)
func (marketplace *Marketplace) TryPackSweepReservations(requestId [32]byte, index *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("sweepReservations", requestId, index)
}

// UnpackSweepReservations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdee86327.
//
// Solidity: function sweepReservations(bytes32 requestId, uint256 index) returns(uint256 burnAmt)
func (marketplace *Marketplace) UnpackSweepReservations(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("sweepReservations", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (marketplace *Marketplace) PackToken() []byte {
	enc, err := marketplace.abi.Pack("token")
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
func (marketplace *Marketplace) TryPackToken() ([]byte, error) {
	return marketplace.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (marketplace *Marketplace) UnpackToken(data []byte) (common.Address, error) {
	out, err := marketplace.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23284b0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes32 root, uint256 shardSize, uint256[] indices, bytes proof) view returns(bool ok)
func (marketplace *Marketplace) PackVerifyProof(root [32]byte, shardSize *big.Int, indices []*big.Int, proof []byte) []byte {
	enc, err := marketplace.abi.Pack("verifyProof", root, shardSize, indices, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23284b0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes32 root, uint256 shardSize, uint256[] indices, bytes proof) view returns(bool ok)
func (marketplace *Marketplace) TryPackVerifyProof(root [32]byte, shardSize *big.Int, indices []*big.Int, proof []byte) ([]byte, error) {
	return marketplace.abi.Pack("verifyProof", root, shardSize, indices, proof)
}

// UnpackVerifyProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23284b0e.
//
// Solidity: function verifyProof(bytes32 root, uint256 shardSize, uint256[] indices, bytes proof) view returns(bool ok)
func (marketplace *Marketplace) UnpackVerifyProof(data []byte) (bool, error) {
	out, err := marketplace.abi.Unpack("verifyProof", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns(uint256 amount)
func (marketplace *Marketplace) PackWithdraw() []byte {
	enc, err := marketplace.abi.Pack("withdraw")
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
func (marketplace *Marketplace) TryPackWithdraw() ([]byte, error) {
	return marketplace.abi.Pack("withdraw")
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ccfd60b.
//
// Solidity: function withdraw() returns(uint256 amount)
func (marketplace *Marketplace) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// MarketplaceMissSlashed represents a MissSlashed event raised by the Marketplace contract.
type MarketplaceMissSlashed struct {
	SlotId   [32]byte
	Provider common.Address
	Epoch    *big.Int
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceMissSlashedEventName = "MissSlashed"

// ContractEventName returns the user-defined event name.
func (MarketplaceMissSlashed) ContractEventName() string {
	return MarketplaceMissSlashedEventName
}

// UnpackMissSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MissSlashed(bytes32 indexed slotId, address indexed provider, uint256 epoch, uint256 amount)
func (marketplace *Marketplace) UnpackMissSlashedEvent(log *types.Log) (*MarketplaceMissSlashed, error) {
	event := "MissSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceMissSlashed)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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

// MarketplaceProofFailed represents a ProofFailed event raised by the Marketplace contract.
type MarketplaceProofFailed struct {
	SlotId [32]byte
	Epoch  *big.Int
	Reason [4]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceProofFailedEventName = "ProofFailed"

// ContractEventName returns the user-defined event name.
func (MarketplaceProofFailed) ContractEventName() string {
	return MarketplaceProofFailedEventName
}

// UnpackProofFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProofFailed(bytes32 indexed slotId, uint256 epoch, bytes4 reason)
func (marketplace *Marketplace) UnpackProofFailedEvent(log *types.Log) (*MarketplaceProofFailed, error) {
	event := "ProofFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceProofFailed)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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

// MarketplaceProofSubmitted represents a ProofSubmitted event raised by the Marketplace contract.
type MarketplaceProofSubmitted struct {
	SlotId   [32]byte
	Provider common.Address
	Epoch    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceProofSubmittedEventName = "ProofSubmitted"

// ContractEventName returns the user-defined event name.
func (MarketplaceProofSubmitted) ContractEventName() string {
	return MarketplaceProofSubmittedEventName
}

// UnpackProofSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProofSubmitted(bytes32 indexed slotId, address indexed provider, uint256 epoch)
func (marketplace *Marketplace) UnpackProofSubmittedEvent(log *types.Log) (*MarketplaceProofSubmitted, error) {
	event := "ProofSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceProofSubmitted)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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

// MarketplaceProviderRegistered represents a ProviderRegistered event raised by the Marketplace contract.
type MarketplaceProviderRegistered struct {
	Provider common.Address
	PeerInfo []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceProviderRegisteredEventName = "ProviderRegistered"

// ContractEventName returns the user-defined event name.
func (MarketplaceProviderRegistered) ContractEventName() string {
	return MarketplaceProviderRegisteredEventName
}

// UnpackProviderRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderRegistered(address indexed provider, bytes peerInfo)
func (marketplace *Marketplace) UnpackProviderRegisteredEvent(log *types.Log) (*MarketplaceProviderRegistered, error) {
	event := "ProviderRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceProviderRegistered)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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

// MarketplaceRequestCancelled represents a RequestCancelled event raised by the Marketplace contract.
type MarketplaceRequestCancelled struct {
	RequestId [32]byte
	Refund    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceRequestCancelledEventName = "RequestCancelled"

// ContractEventName returns the user-defined event name.
func (MarketplaceRequestCancelled) ContractEventName() string {
	return MarketplaceRequestCancelledEventName
}

// UnpackRequestCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestCancelled(bytes32 indexed requestId, uint256 refund)
func (marketplace *Marketplace) UnpackRequestCancelledEvent(log *types.Log) (*MarketplaceRequestCancelled, error) {
	event := "RequestCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceRequestCancelled)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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

// MarketplaceRequestFailed represents a RequestFailed event raised by the Marketplace contract.
type MarketplaceRequestFailed struct {
	RequestId [32]byte
	Refund    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceRequestFailedEventName = "RequestFailed"

// ContractEventName returns the user-defined event name.
func (MarketplaceRequestFailed) ContractEventName() string {
	return MarketplaceRequestFailedEventName
}

// UnpackRequestFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestFailed(bytes32 indexed requestId, uint256 refund)
func (marketplace *Marketplace) UnpackRequestFailedEvent(log *types.Log) (*MarketplaceRequestFailed, error) {
	event := "RequestFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceRequestFailed)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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

// MarketplaceRequestFinished represents a RequestFinished event raised by the Marketplace contract.
type MarketplaceRequestFinished struct {
	RequestId [32]byte
	Refund    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceRequestFinishedEventName = "RequestFinished"

// ContractEventName returns the user-defined event name.
func (MarketplaceRequestFinished) ContractEventName() string {
	return MarketplaceRequestFinishedEventName
}

// UnpackRequestFinishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestFinished(bytes32 indexed requestId, uint256 refund)
func (marketplace *Marketplace) UnpackRequestFinishedEvent(log *types.Log) (*MarketplaceRequestFinished, error) {
	event := "RequestFinished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceRequestFinished)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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

// MarketplaceReservationLapsed represents a ReservationLapsed event raised by the Marketplace contract.
type MarketplaceReservationLapsed struct {
	SlotId   [32]byte
	Reserver common.Address
	Burned   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceReservationLapsedEventName = "ReservationLapsed"

// ContractEventName returns the user-defined event name.
func (MarketplaceReservationLapsed) ContractEventName() string {
	return MarketplaceReservationLapsedEventName
}

// UnpackReservationLapsedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReservationLapsed(bytes32 indexed slotId, address indexed reserver, uint256 burned)
func (marketplace *Marketplace) UnpackReservationLapsedEvent(log *types.Log) (*MarketplaceReservationLapsed, error) {
	event := "ReservationLapsed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceReservationLapsed)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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

// MarketplaceSlotFilled represents a SlotFilled event raised by the Marketplace contract.
type MarketplaceSlotFilled struct {
	RequestId [32]byte
	SlotId    [32]byte
	Provider  common.Address
	Index     *big.Int
	Epoch     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceSlotFilledEventName = "SlotFilled"

// ContractEventName returns the user-defined event name.
func (MarketplaceSlotFilled) ContractEventName() string {
	return MarketplaceSlotFilledEventName
}

// UnpackSlotFilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotFilled(bytes32 indexed requestId, bytes32 indexed slotId, address indexed provider, uint256 index, uint256 epoch)
func (marketplace *Marketplace) UnpackSlotFilledEvent(log *types.Log) (*MarketplaceSlotFilled, error) {
	event := "SlotFilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceSlotFilled)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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

// MarketplaceSlotFreed represents a SlotFreed event raised by the Marketplace contract.
type MarketplaceSlotFreed struct {
	RequestId [32]byte
	SlotId    [32]byte
	Provider  common.Address
	Reason    uint8
	Burned    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceSlotFreedEventName = "SlotFreed"

// ContractEventName returns the user-defined event name.
func (MarketplaceSlotFreed) ContractEventName() string {
	return MarketplaceSlotFreedEventName
}

// UnpackSlotFreedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotFreed(bytes32 indexed requestId, bytes32 indexed slotId, address indexed provider, uint8 reason, uint256 burned)
func (marketplace *Marketplace) UnpackSlotFreedEvent(log *types.Log) (*MarketplaceSlotFreed, error) {
	event := "SlotFreed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceSlotFreed)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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

// MarketplaceSlotRepaired represents a SlotRepaired event raised by the Marketplace contract.
type MarketplaceSlotRepaired struct {
	RequestId [32]byte
	SlotId    [32]byte
	Provider  common.Address
	Bonus     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceSlotRepairedEventName = "SlotRepaired"

// ContractEventName returns the user-defined event name.
func (MarketplaceSlotRepaired) ContractEventName() string {
	return MarketplaceSlotRepairedEventName
}

// UnpackSlotRepairedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotRepaired(bytes32 indexed requestId, bytes32 indexed slotId, address indexed provider, uint256 bonus)
func (marketplace *Marketplace) UnpackSlotRepairedEvent(log *types.Log) (*MarketplaceSlotRepaired, error) {
	event := "SlotRepaired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceSlotRepaired)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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

// MarketplaceSlotReserved represents a SlotReserved event raised by the Marketplace contract.
type MarketplaceSlotReserved struct {
	RequestId   [32]byte
	SlotId      [32]byte
	Provider    common.Address
	Index       *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketplaceSlotReservedEventName = "SlotReserved"

// ContractEventName returns the user-defined event name.
func (MarketplaceSlotReserved) ContractEventName() string {
	return MarketplaceSlotReservedEventName
}

// UnpackSlotReservedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotReserved(bytes32 indexed requestId, bytes32 indexed slotId, address indexed provider, uint256 index, uint256 blockNumber)
func (marketplace *Marketplace) UnpackSlotReservedEvent(log *types.Log) (*MarketplaceSlotReserved, error) {
	event := "SlotReserved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceSlotReserved)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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

// MarketplaceSlotSettled represents a SlotSettled event raised by the Marketplace contract.
type MarketplaceSlotSettled struct {
	SlotId    [32]byte
	Settler   common.Address
	FromEpoch *big.Int
	ToEpoch   *big.Int
	Misses    *big.Int
	Fee       *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceSlotSettledEventName = "SlotSettled"

// ContractEventName returns the user-defined event name.
func (MarketplaceSlotSettled) ContractEventName() string {
	return MarketplaceSlotSettledEventName
}

// UnpackSlotSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotSettled(bytes32 indexed slotId, address indexed settler, uint256 fromEpoch, uint256 toEpoch, uint256 misses, uint256 fee)
func (marketplace *Marketplace) UnpackSlotSettledEvent(log *types.Log) (*MarketplaceSlotSettled, error) {
	event := "SlotSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceSlotSettled)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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

// MarketplaceStorageRequested represents a StorageRequested event raised by the Marketplace contract.
type MarketplaceStorageRequested struct {
	RequestId [32]byte
	Client    common.Address
	Nonce     *big.Int
	Params    IMarketplaceRequestParams
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceStorageRequestedEventName = "StorageRequested"

// ContractEventName returns the user-defined event name.
func (MarketplaceStorageRequested) ContractEventName() string {
	return MarketplaceStorageRequestedEventName
}

// UnpackStorageRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StorageRequested(bytes32 indexed requestId, address indexed client, uint256 nonce, (uint8,uint8,uint64,uint64,uint64,uint256,uint256,uint64,address,bool,uint256,uint256,bytes32[],address[],bytes) params)
func (marketplace *Marketplace) UnpackStorageRequestedEvent(log *types.Log) (*MarketplaceStorageRequested, error) {
	event := "StorageRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceStorageRequested)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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

// MarketplaceWithdrawn represents a Withdrawn event raised by the Marketplace contract.
type MarketplaceWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplaceWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (MarketplaceWithdrawn) ContractEventName() string {
	return MarketplaceWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (marketplace *Marketplace) UnpackWithdrawnEvent(log *types.Log) (*MarketplaceWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceWithdrawn)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
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
func (marketplace *Marketplace) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AllowedProvidersMismatch"].ID.Bytes()[:4]) {
		return marketplace.UnpackAllowedProvidersMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AlreadyInRequest"].ID.Bytes()[:4]) {
		return marketplace.UnpackAlreadyInRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["AlreadyProven"].ID.Bytes()[:4]) {
		return marketplace.UnpackAlreadyProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadAmount"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadAuthKey"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadAuthKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadExpiry"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadExpiryError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadPeerInfo"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadPeerInfoError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadRedundancy"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadRedundancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadRoot"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadShardSize"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadShardSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadSlotIndex"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadSlotIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["BadTimeline"].ID.Bytes()[:4]) {
		return marketplace.UnpackBadTimelineError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["CannotCancel"].ID.Bytes()[:4]) {
		return marketplace.UnpackCannotCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["EpochNotPayable"].ID.Bytes()[:4]) {
		return marketplace.UnpackEpochNotPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["EpochNotStarted"].ID.Bytes()[:4]) {
		return marketplace.UnpackEpochNotStartedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["FillSeedUnavailable"].ID.Bytes()[:4]) {
		return marketplace.UnpackFillSeedUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["FillTooEarly"].ID.Bytes()[:4]) {
		return marketplace.UnpackFillTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["ManifestTooLarge"].ID.Bytes()[:4]) {
		return marketplace.UnpackManifestTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NoReservation"].ID.Bytes()[:4]) {
		return marketplace.UnpackNoReservationError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotAllowedProvider"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotAllowedProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotClient"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotClientError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotSlotHolder"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotSlotHolderError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NothingToSettle"].ID.Bytes()[:4]) {
		return marketplace.UnpackNothingToSettleError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return marketplace.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["ProofLengthMismatch"].ID.Bytes()[:4]) {
		return marketplace.UnpackProofLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["ProofWindowClosed"].ID.Bytes()[:4]) {
		return marketplace.UnpackProofWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return marketplace.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["RequestEnded"].ID.Bytes()[:4]) {
		return marketplace.UnpackRequestEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["RequestExpired"].ID.Bytes()[:4]) {
		return marketplace.UnpackRequestExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["RequestNotLive"].ID.Bytes()[:4]) {
		return marketplace.UnpackRequestNotLiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["ReservationExpired"].ID.Bytes()[:4]) {
		return marketplace.UnpackReservationExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["RootsCountMismatch"].ID.Bytes()[:4]) {
		return marketplace.UnpackRootsCountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return marketplace.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["SeedUnavailable"].ID.Bytes()[:4]) {
		return marketplace.UnpackSeedUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["SettleFirst"].ID.Bytes()[:4]) {
		return marketplace.UnpackSettleFirstError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["SettleRequired"].ID.Bytes()[:4]) {
		return marketplace.UnpackSettleRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["SlotNotActive"].ID.Bytes()[:4]) {
		return marketplace.UnpackSlotNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["SlotNotOpen"].ID.Bytes()[:4]) {
		return marketplace.UnpackSlotNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return marketplace.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["TooManyReservations"].ID.Bytes()[:4]) {
		return marketplace.UnpackTooManyReservationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return marketplace.UnpackUnknownRequestError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MarketplaceAllowedProvidersMismatch represents a AllowedProvidersMismatch error raised by the Marketplace contract.
type MarketplaceAllowedProvidersMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AllowedProvidersMismatch()
func MarketplaceAllowedProvidersMismatchErrorID() common.Hash {
	return common.HexToHash("0x1ffc76cc005cb7ead2bdd69e0297eeacf541c29dd1959ddd59c0c66745649a5a")
}

// UnpackAllowedProvidersMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AllowedProvidersMismatch()
func (marketplace *Marketplace) UnpackAllowedProvidersMismatchError(raw []byte) (*MarketplaceAllowedProvidersMismatch, error) {
	out := new(MarketplaceAllowedProvidersMismatch)
	if err := marketplace.abi.UnpackIntoInterface(out, "AllowedProvidersMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceAlreadyInRequest represents a AlreadyInRequest error raised by the Marketplace contract.
type MarketplaceAlreadyInRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInRequest()
func MarketplaceAlreadyInRequestErrorID() common.Hash {
	return common.HexToHash("0x870be1eb2131144e551cfb5482449752e06db67bdca5174d985d8323642e26ae")
}

// UnpackAlreadyInRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInRequest()
func (marketplace *Marketplace) UnpackAlreadyInRequestError(raw []byte) (*MarketplaceAlreadyInRequest, error) {
	out := new(MarketplaceAlreadyInRequest)
	if err := marketplace.abi.UnpackIntoInterface(out, "AlreadyInRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceAlreadyProven represents a AlreadyProven error raised by the Marketplace contract.
type MarketplaceAlreadyProven struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyProven()
func MarketplaceAlreadyProvenErrorID() common.Hash {
	return common.HexToHash("0x2c06a3642c0f0a1ce142b0bf4a187303b12b52143b8868d7e15ffc31f42e909e")
}

// UnpackAlreadyProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyProven()
func (marketplace *Marketplace) UnpackAlreadyProvenError(raw []byte) (*MarketplaceAlreadyProven, error) {
	out := new(MarketplaceAlreadyProven)
	if err := marketplace.abi.UnpackIntoInterface(out, "AlreadyProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBadAmount represents a BadAmount error raised by the Marketplace contract.
type MarketplaceBadAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAmount()
func MarketplaceBadAmountErrorID() common.Hash {
	return common.HexToHash("0x749b593924416ea8f46d8a8f5b89dfc2a554f6cc168b31407d6be5e73a078ac0")
}

// UnpackBadAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAmount()
func (marketplace *Marketplace) UnpackBadAmountError(raw []byte) (*MarketplaceBadAmount, error) {
	out := new(MarketplaceBadAmount)
	if err := marketplace.abi.UnpackIntoInterface(out, "BadAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBadAuthKey represents a BadAuthKey error raised by the Marketplace contract.
type MarketplaceBadAuthKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAuthKey()
func MarketplaceBadAuthKeyErrorID() common.Hash {
	return common.HexToHash("0x35d2fd83d085b6e24411148f55cd776591a0acb55f2190a9c3e07d1abc94df4b")
}

// UnpackBadAuthKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAuthKey()
func (marketplace *Marketplace) UnpackBadAuthKeyError(raw []byte) (*MarketplaceBadAuthKey, error) {
	out := new(MarketplaceBadAuthKey)
	if err := marketplace.abi.UnpackIntoInterface(out, "BadAuthKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBadConfig represents a BadConfig error raised by the Marketplace contract.
type MarketplaceBadConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig()
func MarketplaceBadConfigErrorID() common.Hash {
	return common.HexToHash("0x07cc321ce71a3eebb30014b3b8f136f5e867b17e2b76292bf086143aa7c7b50c")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig()
func (marketplace *Marketplace) UnpackBadConfigError(raw []byte) (*MarketplaceBadConfig, error) {
	out := new(MarketplaceBadConfig)
	if err := marketplace.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBadExpiry represents a BadExpiry error raised by the Marketplace contract.
type MarketplaceBadExpiry struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadExpiry()
func MarketplaceBadExpiryErrorID() common.Hash {
	return common.HexToHash("0xf4ad9a1f15ee00575232a4dc8cbac58b397e217d19b70d4a4ad6646fee941714")
}

// UnpackBadExpiryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadExpiry()
func (marketplace *Marketplace) UnpackBadExpiryError(raw []byte) (*MarketplaceBadExpiry, error) {
	out := new(MarketplaceBadExpiry)
	if err := marketplace.abi.UnpackIntoInterface(out, "BadExpiry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBadPeerInfo represents a BadPeerInfo error raised by the Marketplace contract.
type MarketplaceBadPeerInfo struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPeerInfo()
func MarketplaceBadPeerInfoErrorID() common.Hash {
	return common.HexToHash("0x69e4784d063975e88c451f288b1f2034d99ca0f45c5d594912451f8de567946e")
}

// UnpackBadPeerInfoError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPeerInfo()
func (marketplace *Marketplace) UnpackBadPeerInfoError(raw []byte) (*MarketplaceBadPeerInfo, error) {
	out := new(MarketplaceBadPeerInfo)
	if err := marketplace.abi.UnpackIntoInterface(out, "BadPeerInfo", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBadRedundancy represents a BadRedundancy error raised by the Marketplace contract.
type MarketplaceBadRedundancy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRedundancy()
func MarketplaceBadRedundancyErrorID() common.Hash {
	return common.HexToHash("0x03b73d04fa529325ad9305fd15c94e6567e3a51e0b33749db5a4557afac887de")
}

// UnpackBadRedundancyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRedundancy()
func (marketplace *Marketplace) UnpackBadRedundancyError(raw []byte) (*MarketplaceBadRedundancy, error) {
	out := new(MarketplaceBadRedundancy)
	if err := marketplace.abi.UnpackIntoInterface(out, "BadRedundancy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBadRoot represents a BadRoot error raised by the Marketplace contract.
type MarketplaceBadRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRoot()
func MarketplaceBadRootErrorID() common.Hash {
	return common.HexToHash("0x2d698557a5b54efe3b125aa26d3ed8248f293159816c45c279fadd52e2eada30")
}

// UnpackBadRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRoot()
func (marketplace *Marketplace) UnpackBadRootError(raw []byte) (*MarketplaceBadRoot, error) {
	out := new(MarketplaceBadRoot)
	if err := marketplace.abi.UnpackIntoInterface(out, "BadRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBadShardSize represents a BadShardSize error raised by the Marketplace contract.
type MarketplaceBadShardSize struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadShardSize()
func MarketplaceBadShardSizeErrorID() common.Hash {
	return common.HexToHash("0x3bff22c138a86b6208aef33f0fedb4653063c625eb5ed1b2eb0484395a7d54e7")
}

// UnpackBadShardSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadShardSize()
func (marketplace *Marketplace) UnpackBadShardSizeError(raw []byte) (*MarketplaceBadShardSize, error) {
	out := new(MarketplaceBadShardSize)
	if err := marketplace.abi.UnpackIntoInterface(out, "BadShardSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBadSlotIndex represents a BadSlotIndex error raised by the Marketplace contract.
type MarketplaceBadSlotIndex struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlotIndex()
func MarketplaceBadSlotIndexErrorID() common.Hash {
	return common.HexToHash("0x77bd40d1775b2437a8c5e3f3395cfeab2cd5b634f5054ec5ccb8f5efde33129f")
}

// UnpackBadSlotIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlotIndex()
func (marketplace *Marketplace) UnpackBadSlotIndexError(raw []byte) (*MarketplaceBadSlotIndex, error) {
	out := new(MarketplaceBadSlotIndex)
	if err := marketplace.abi.UnpackIntoInterface(out, "BadSlotIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceBadTimeline represents a BadTimeline error raised by the Marketplace contract.
type MarketplaceBadTimeline struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTimeline()
func MarketplaceBadTimelineErrorID() common.Hash {
	return common.HexToHash("0x4220a872eb6039f0136fbf42c02b20073aec027b2b462dcf650ab51caef0e3fe")
}

// UnpackBadTimelineError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTimeline()
func (marketplace *Marketplace) UnpackBadTimelineError(raw []byte) (*MarketplaceBadTimeline, error) {
	out := new(MarketplaceBadTimeline)
	if err := marketplace.abi.UnpackIntoInterface(out, "BadTimeline", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceCannotCancel represents a CannotCancel error raised by the Marketplace contract.
type MarketplaceCannotCancel struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotCancel()
func MarketplaceCannotCancelErrorID() common.Hash {
	return common.HexToHash("0xfbc03578693f346f654ab7e4b30f351bfea8a91dfa05fab2c272a61b8d762fbd")
}

// UnpackCannotCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotCancel()
func (marketplace *Marketplace) UnpackCannotCancelError(raw []byte) (*MarketplaceCannotCancel, error) {
	out := new(MarketplaceCannotCancel)
	if err := marketplace.abi.UnpackIntoInterface(out, "CannotCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceEpochNotPayable represents a EpochNotPayable error raised by the Marketplace contract.
type MarketplaceEpochNotPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotPayable()
func MarketplaceEpochNotPayableErrorID() common.Hash {
	return common.HexToHash("0x0e46e84a180ce52fa5c215edef695ed74fb9ed22a3556a4eb46aece4d13f8622")
}

// UnpackEpochNotPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotPayable()
func (marketplace *Marketplace) UnpackEpochNotPayableError(raw []byte) (*MarketplaceEpochNotPayable, error) {
	out := new(MarketplaceEpochNotPayable)
	if err := marketplace.abi.UnpackIntoInterface(out, "EpochNotPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceEpochNotStarted represents a EpochNotStarted error raised by the Marketplace contract.
type MarketplaceEpochNotStarted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotStarted()
func MarketplaceEpochNotStartedErrorID() common.Hash {
	return common.HexToHash("0x67cfa8e28d309af06112f37c89da5b046919e851040f9d1ab84a679aa3ed9e97")
}

// UnpackEpochNotStartedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotStarted()
func (marketplace *Marketplace) UnpackEpochNotStartedError(raw []byte) (*MarketplaceEpochNotStarted, error) {
	out := new(MarketplaceEpochNotStarted)
	if err := marketplace.abi.UnpackIntoInterface(out, "EpochNotStarted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceFillSeedUnavailable represents a FillSeedUnavailable error raised by the Marketplace contract.
type MarketplaceFillSeedUnavailable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FillSeedUnavailable()
func MarketplaceFillSeedUnavailableErrorID() common.Hash {
	return common.HexToHash("0x7f993449a8a931b39dc3eed489837a3abbb51774d38ad3282a7d0b5649776963")
}

// UnpackFillSeedUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FillSeedUnavailable()
func (marketplace *Marketplace) UnpackFillSeedUnavailableError(raw []byte) (*MarketplaceFillSeedUnavailable, error) {
	out := new(MarketplaceFillSeedUnavailable)
	if err := marketplace.abi.UnpackIntoInterface(out, "FillSeedUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceFillTooEarly represents a FillTooEarly error raised by the Marketplace contract.
type MarketplaceFillTooEarly struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FillTooEarly()
func MarketplaceFillTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x4d6c4f80619443ef021d80c12001fe0756cf6f5962bed7fdbc36b9be62060408")
}

// UnpackFillTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FillTooEarly()
func (marketplace *Marketplace) UnpackFillTooEarlyError(raw []byte) (*MarketplaceFillTooEarly, error) {
	out := new(MarketplaceFillTooEarly)
	if err := marketplace.abi.UnpackIntoInterface(out, "FillTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidProof represents a InvalidProof error raised by the Marketplace contract.
type MarketplaceInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func MarketplaceInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (marketplace *Marketplace) UnpackInvalidProofError(raw []byte) (*MarketplaceInvalidProof, error) {
	out := new(MarketplaceInvalidProof)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceManifestTooLarge represents a ManifestTooLarge error raised by the Marketplace contract.
type MarketplaceManifestTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ManifestTooLarge()
func MarketplaceManifestTooLargeErrorID() common.Hash {
	return common.HexToHash("0xa1e014578550391d4a55f35d0f06221dd4bbf7ceab9f22f25d8face4e9d81eab")
}

// UnpackManifestTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ManifestTooLarge()
func (marketplace *Marketplace) UnpackManifestTooLargeError(raw []byte) (*MarketplaceManifestTooLarge, error) {
	out := new(MarketplaceManifestTooLarge)
	if err := marketplace.abi.UnpackIntoInterface(out, "ManifestTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNoReservation represents a NoReservation error raised by the Marketplace contract.
type MarketplaceNoReservation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReservation()
func MarketplaceNoReservationErrorID() common.Hash {
	return common.HexToHash("0x2f041fe0df18ede940462dc9f05a8e17fe2ca892fc2c739f8f211946c4cb8ffc")
}

// UnpackNoReservationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReservation()
func (marketplace *Marketplace) UnpackNoReservationError(raw []byte) (*MarketplaceNoReservation, error) {
	out := new(MarketplaceNoReservation)
	if err := marketplace.abi.UnpackIntoInterface(out, "NoReservation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotAllowedProvider represents a NotAllowedProvider error raised by the Marketplace contract.
type MarketplaceNotAllowedProvider struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAllowedProvider()
func MarketplaceNotAllowedProviderErrorID() common.Hash {
	return common.HexToHash("0x96309fb9311faf51a4e14854f6482ddcf29b88f02994735ce73fc0ca5e730785")
}

// UnpackNotAllowedProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAllowedProvider()
func (marketplace *Marketplace) UnpackNotAllowedProviderError(raw []byte) (*MarketplaceNotAllowedProvider, error) {
	out := new(MarketplaceNotAllowedProvider)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotAllowedProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotClient represents a NotClient error raised by the Marketplace contract.
type MarketplaceNotClient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotClient()
func MarketplaceNotClientErrorID() common.Hash {
	return common.HexToHash("0x20dbc8744d453df555874a9fb4bfc2e2a9c4bad22c5742928ec789edbc038b43")
}

// UnpackNotClientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotClient()
func (marketplace *Marketplace) UnpackNotClientError(raw []byte) (*MarketplaceNotClient, error) {
	out := new(MarketplaceNotClient)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotClient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotRegistered represents a NotRegistered error raised by the Marketplace contract.
type MarketplaceNotRegistered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered()
func MarketplaceNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xaba47339dbaad712368e6665e6e6eade636ab60e9b7dba037407409b19d7a053")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered()
func (marketplace *Marketplace) UnpackNotRegisteredError(raw []byte) (*MarketplaceNotRegistered, error) {
	out := new(MarketplaceNotRegistered)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotSlotHolder represents a NotSlotHolder error raised by the Marketplace contract.
type MarketplaceNotSlotHolder struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSlotHolder()
func MarketplaceNotSlotHolderErrorID() common.Hash {
	return common.HexToHash("0x6cf348c89b62fc1fc3529707add3ad91450e27cff7ab3fde72d18949105a6fba")
}

// UnpackNotSlotHolderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSlotHolder()
func (marketplace *Marketplace) UnpackNotSlotHolderError(raw []byte) (*MarketplaceNotSlotHolder, error) {
	out := new(MarketplaceNotSlotHolder)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotSlotHolder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNothingToSettle represents a NothingToSettle error raised by the Marketplace contract.
type MarketplaceNothingToSettle struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToSettle()
func MarketplaceNothingToSettleErrorID() common.Hash {
	return common.HexToHash("0x618104e821a31c94c175b9bf52827d750880c5f9e96152367da18c1fe40d3ee0")
}

// UnpackNothingToSettleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToSettle()
func (marketplace *Marketplace) UnpackNothingToSettleError(raw []byte) (*MarketplaceNothingToSettle, error) {
	out := new(MarketplaceNothingToSettle)
	if err := marketplace.abi.UnpackIntoInterface(out, "NothingToSettle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNothingToWithdraw represents a NothingToWithdraw error raised by the Marketplace contract.
type MarketplaceNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func MarketplaceNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (marketplace *Marketplace) UnpackNothingToWithdrawError(raw []byte) (*MarketplaceNothingToWithdraw, error) {
	out := new(MarketplaceNothingToWithdraw)
	if err := marketplace.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceProofLengthMismatch represents a ProofLengthMismatch error raised by the Marketplace contract.
type MarketplaceProofLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofLengthMismatch()
func MarketplaceProofLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xf6552b02203dfba8ec0a492fda747f21a57bb1f7b674c7f71c8fe8d5a9aff87f")
}

// UnpackProofLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofLengthMismatch()
func (marketplace *Marketplace) UnpackProofLengthMismatchError(raw []byte) (*MarketplaceProofLengthMismatch, error) {
	out := new(MarketplaceProofLengthMismatch)
	if err := marketplace.abi.UnpackIntoInterface(out, "ProofLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceProofWindowClosed represents a ProofWindowClosed error raised by the Marketplace contract.
type MarketplaceProofWindowClosed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofWindowClosed()
func MarketplaceProofWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xee19d8557c5353911c6ea5bab2b928014a8f76ac1623f018545caf89415cb294")
}

// UnpackProofWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofWindowClosed()
func (marketplace *Marketplace) UnpackProofWindowClosedError(raw []byte) (*MarketplaceProofWindowClosed, error) {
	out := new(MarketplaceProofWindowClosed)
	if err := marketplace.abi.UnpackIntoInterface(out, "ProofWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Marketplace contract.
type MarketplaceReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func MarketplaceReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (marketplace *Marketplace) UnpackReentrancyGuardReentrantCallError(raw []byte) (*MarketplaceReentrancyGuardReentrantCall, error) {
	out := new(MarketplaceReentrancyGuardReentrantCall)
	if err := marketplace.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceRequestEnded represents a RequestEnded error raised by the Marketplace contract.
type MarketplaceRequestEnded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestEnded()
func MarketplaceRequestEndedErrorID() common.Hash {
	return common.HexToHash("0x87411cf71cdfcdf9d013286fcf12b2742bed7028c6b154891d868e08614457ac")
}

// UnpackRequestEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestEnded()
func (marketplace *Marketplace) UnpackRequestEndedError(raw []byte) (*MarketplaceRequestEnded, error) {
	out := new(MarketplaceRequestEnded)
	if err := marketplace.abi.UnpackIntoInterface(out, "RequestEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceRequestExpired represents a RequestExpired error raised by the Marketplace contract.
type MarketplaceRequestExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestExpired()
func MarketplaceRequestExpiredErrorID() common.Hash {
	return common.HexToHash("0xfef01cd26f1840868831045dc2f34b5700f5853be8ef837c26b754432b5fa0fc")
}

// UnpackRequestExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestExpired()
func (marketplace *Marketplace) UnpackRequestExpiredError(raw []byte) (*MarketplaceRequestExpired, error) {
	out := new(MarketplaceRequestExpired)
	if err := marketplace.abi.UnpackIntoInterface(out, "RequestExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceRequestNotLive represents a RequestNotLive error raised by the Marketplace contract.
type MarketplaceRequestNotLive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotLive()
func MarketplaceRequestNotLiveErrorID() common.Hash {
	return common.HexToHash("0x2cad605c9c989dbc7b50c356d656c5b6a7799a789d8b5d3d02d3b532f2a5a6f2")
}

// UnpackRequestNotLiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotLive()
func (marketplace *Marketplace) UnpackRequestNotLiveError(raw []byte) (*MarketplaceRequestNotLive, error) {
	out := new(MarketplaceRequestNotLive)
	if err := marketplace.abi.UnpackIntoInterface(out, "RequestNotLive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceReservationExpired represents a ReservationExpired error raised by the Marketplace contract.
type MarketplaceReservationExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReservationExpired()
func MarketplaceReservationExpiredErrorID() common.Hash {
	return common.HexToHash("0x443df96f34561af99583eef51ec20910463139a8107158075d745bdd0fee0bbb")
}

// UnpackReservationExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReservationExpired()
func (marketplace *Marketplace) UnpackReservationExpiredError(raw []byte) (*MarketplaceReservationExpired, error) {
	out := new(MarketplaceReservationExpired)
	if err := marketplace.abi.UnpackIntoInterface(out, "ReservationExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceRootsCountMismatch represents a RootsCountMismatch error raised by the Marketplace contract.
type MarketplaceRootsCountMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootsCountMismatch()
func MarketplaceRootsCountMismatchErrorID() common.Hash {
	return common.HexToHash("0x3b396da30d01d25603cb3c310e41037ec58a6c2cd00238867792f4ef84b041f4")
}

// UnpackRootsCountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootsCountMismatch()
func (marketplace *Marketplace) UnpackRootsCountMismatchError(raw []byte) (*MarketplaceRootsCountMismatch, error) {
	out := new(MarketplaceRootsCountMismatch)
	if err := marketplace.abi.UnpackIntoInterface(out, "RootsCountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Marketplace contract.
type MarketplaceSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func MarketplaceSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (marketplace *Marketplace) UnpackSafeERC20FailedOperationError(raw []byte) (*MarketplaceSafeERC20FailedOperation, error) {
	out := new(MarketplaceSafeERC20FailedOperation)
	if err := marketplace.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceSeedUnavailable represents a SeedUnavailable error raised by the Marketplace contract.
type MarketplaceSeedUnavailable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedUnavailable()
func MarketplaceSeedUnavailableErrorID() common.Hash {
	return common.HexToHash("0x92c3a58a91da05c559b7925836e4d9c943c6a366c805808cd09899de592040ec")
}

// UnpackSeedUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedUnavailable()
func (marketplace *Marketplace) UnpackSeedUnavailableError(raw []byte) (*MarketplaceSeedUnavailable, error) {
	out := new(MarketplaceSeedUnavailable)
	if err := marketplace.abi.UnpackIntoInterface(out, "SeedUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceSettleFirst represents a SettleFirst error raised by the Marketplace contract.
type MarketplaceSettleFirst struct {
	SlotId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettleFirst(bytes32 slotId)
func MarketplaceSettleFirstErrorID() common.Hash {
	return common.HexToHash("0x7101df32ec56acdab2360bd63d5a3642a183a4b1d5859f440218e46fceb433d3")
}

// UnpackSettleFirstError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettleFirst(bytes32 slotId)
func (marketplace *Marketplace) UnpackSettleFirstError(raw []byte) (*MarketplaceSettleFirst, error) {
	out := new(MarketplaceSettleFirst)
	if err := marketplace.abi.UnpackIntoInterface(out, "SettleFirst", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceSettleRequired represents a SettleRequired error raised by the Marketplace contract.
type MarketplaceSettleRequired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettleRequired()
func MarketplaceSettleRequiredErrorID() common.Hash {
	return common.HexToHash("0xb296b0be6361f37cc806a29dd1dfb7d3a1c098eb780c12f6140fbdac1507fdda")
}

// UnpackSettleRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettleRequired()
func (marketplace *Marketplace) UnpackSettleRequiredError(raw []byte) (*MarketplaceSettleRequired, error) {
	out := new(MarketplaceSettleRequired)
	if err := marketplace.abi.UnpackIntoInterface(out, "SettleRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceSlotNotActive represents a SlotNotActive error raised by the Marketplace contract.
type MarketplaceSlotNotActive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlotNotActive()
func MarketplaceSlotNotActiveErrorID() common.Hash {
	return common.HexToHash("0x5ee19edef7de82ce40ecdf2365ee0ce9819e62153d2dc0ad481722822269a5e7")
}

// UnpackSlotNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlotNotActive()
func (marketplace *Marketplace) UnpackSlotNotActiveError(raw []byte) (*MarketplaceSlotNotActive, error) {
	out := new(MarketplaceSlotNotActive)
	if err := marketplace.abi.UnpackIntoInterface(out, "SlotNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceSlotNotOpen represents a SlotNotOpen error raised by the Marketplace contract.
type MarketplaceSlotNotOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlotNotOpen()
func MarketplaceSlotNotOpenErrorID() common.Hash {
	return common.HexToHash("0xa44719cc89309585540c3c15c14f7fee141145a510639e83d3321f34630c22d0")
}

// UnpackSlotNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlotNotOpen()
func (marketplace *Marketplace) UnpackSlotNotOpenError(raw []byte) (*MarketplaceSlotNotOpen, error) {
	out := new(MarketplaceSlotNotOpen)
	if err := marketplace.abi.UnpackIntoInterface(out, "SlotNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceTooEarly represents a TooEarly error raised by the Marketplace contract.
type MarketplaceTooEarly struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly()
func MarketplaceTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x085de625ed51bbce95c12627fc263453b8d214878d184bd1eaa2cc357a507a30")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly()
func (marketplace *Marketplace) UnpackTooEarlyError(raw []byte) (*MarketplaceTooEarly, error) {
	out := new(MarketplaceTooEarly)
	if err := marketplace.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceTooManyReservations represents a TooManyReservations error raised by the Marketplace contract.
type MarketplaceTooManyReservations struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyReservations()
func MarketplaceTooManyReservationsErrorID() common.Hash {
	return common.HexToHash("0x0bf28109bb3300958e5905da0f4c3b968c39718dde39ba5f78752aedd8694f64")
}

// UnpackTooManyReservationsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyReservations()
func (marketplace *Marketplace) UnpackTooManyReservationsError(raw []byte) (*MarketplaceTooManyReservations, error) {
	out := new(MarketplaceTooManyReservations)
	if err := marketplace.abi.UnpackIntoInterface(out, "TooManyReservations", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceUnknownRequest represents a UnknownRequest error raised by the Marketplace contract.
type MarketplaceUnknownRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest()
func MarketplaceUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x6d080297e5445bdc9bc11ef22a5fe0978cf1613ad09e7178b40b758b5ff568ad")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest()
func (marketplace *Marketplace) UnpackUnknownRequestError(raw []byte) (*MarketplaceUnknownRequest, error) {
	out := new(MarketplaceUnknownRequest)
	if err := marketplace.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}
