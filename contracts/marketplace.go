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
	Bin: "0x6102406040523461063c57604051601f615eaa38819003918201601f19168301916001600160401b03831184841017610640578084926101a09460405283398101031261063c576040516101a081016001600160401b03811182821017610640576040528151916001600160a01b038316830361063c5782825261008560208201610654565b90602083019382855261018061009d60408401610654565b928360408701526100b060608201610654565b60608701526100c160808201610654565b60808701526100d260a08201610668565b60a08701526100e360c08201610668565b60c08701526100f460e08201610676565b60e08701526101066101008201610676565b6101008701526101196101208201610676565b61012087015261012c6101408201610654565b610140870152610160818101519087015201516101808501526001600160a01b03161591821561062a575b8215610613575b82156105dd575b505080156105c8575b80156105a9575b801561058f575b8015610580575b801561056f575b8015610560575b801561054f575b801561053f575b801561052c575b801561051b575b8015610501575b80156104ed575b80156104d3575b80156104c2575b80156104ad575b8015610498575b6104895780516001600160a01b031660809081524360a090815292516001600160401b0390811660c0908152604080850151831660e0908152606086015184166101009081529486015184166101209081529686015160ff90811661014090815293870151166101609081529086015161ffff9081166101809081529587015181166101a052968601519096166101c052908401519091166101e052928201516102005201516102205251615824908161068682396080518181816105f10152818161141501528181611db4015281816122530152818161257001528181612c18015281816143460152614d3f015260a0518181816109b1015281816116e201528181611a6001528181612b7001528181612d5d01528181613920015281816147ac015261510d015260c0518181816109880152818161143a0152818161170901528181612af601528181613b5601528181613f74015281816143fb01526147e4015260e051818181611466015281816139470152613fb60152610100518181816114920152818161195d01526134cd015261012051818181610840015281816114be0152818161193001528181611f41015281816122e901526153c201526101405181818161078401528181610bd6015281816114ea015281816118fd01528181611a30015281816121320152818161348e01526153a00152610160518181816108cb01528181611510015281816119ca015281816135390152614083015261018051818181611536015261554201526101a05181818161155d015261567d01526101c0518181816115840152614ab801526101e0518181816115ab01526150340152610200518181816115d701528181611d8b01528181611f9a0152818161223001528181614f3d01528181615239015281816152c9015261546f01526102205181818161126d01526115fa0152f35b6301f30c8760e21b5f5260045ffd5b506101808101516001600160601b03106101d7565b506101608101516001600160601b03106101d0565b50603f6101408201511615156101c9565b5061014081015160406001600160401b03909116106101c2565b5061271061ffff61012083015116116101bb565b5061ffff6101008201511661ffff60e083015116106101b4565b5061ffff61010082015116156101ad565b5061010061ffff60e083015116116101a6565b5061ffff60e0820151161561019f565b50604060ff60c08301511611610198565b5060ff60c08201511615610191565b50600860ff60a0830151161161018a565b5060ff60a08201511615610183565b506080810151611fff6001600160401b039091161161017c565b50608081015160608201516001600160401b0391821691161015610175565b5060608101516001600160401b03161561016e565b6001600160401b0390811691168101915081106105ff57611fff105f80610165565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038082169083161015925061015e565b6001600160401b038116159250610157565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160401b038216820361063c57565b519060ff8216820361063c57565b519061ffff8216820361063c5756fe60a06040526004361015610011575f80fd5b5f5f3560e01c806314a12f001461372a5780631ce7effe1461370e57806323284b0e146136545780632c8eeb5f146135d357806332639d2c14613452578063361e4d2814613044578063365178ce14612f635780633753b57d14612cf15780633b3c311f14612cd95780633ccfd60b14612bb15780634abccd2814612b935780634cdc9c6314612b595780634dd3ab2314612ac9578063501255461461261c57806357c373eb1461251f5780635a9366d5146124ec57806361f6080a146123a057806362d48e13146120a5578063635c1ad5146120885780636368a471146118915780636986013b146117a25780636f6f38d21461178557806370a082311461174c57806373f425611461172e57806376671808146116c757806379502c551461139e578063824d55f214610f385780639178274a14611365578063956bb2e81461133c578063987757dd14610f3d5780639a4c9fb114610f38578063a16a7d7a14610d53578063a1b416f914610bb2578063a5716bef146109dd578063aa9354a31461096c578063ae8446ef14610939578063c0f3f2e91461091e578063d6bf543d1461086c578063dee863271461074f578063ec286e4b14610715578063ec9b515f146106b8578063ee963d261461064f578063f0503e8014610625578063f311549f14610620578063f62b842714610620578063fc0c546a146105db578063fccc2813146105be5763fde630561461022a575f80fd5b346105bb5760203660031901126105bb57610243613f01565b60043581526002602052604081209061025b82615763565b61026361391b565b63ffffffff600184015460801c16116105ac5780610282600584613c5e565b610299835460ff808260a81c169160a01c16613a36565b926001600160801b0360048201541683845b8681106103ab57509061031b61030d61039896976103076103219561030160018901546102fb6102e56001600160601b0383169687613a43565b9163ffffffff808260601c169160801c166138f0565b90613a43565b92613a43565b906138f0565b600485015460801c906138f0565b90613a36565b6004820180546001600160801b0319169055815460ff60b81b1981169092556001600160a01b0390911684526009602052604084208054610363908390613a36565b90556040519081527fa8938b32ed1fb7379dd56cdcd7046ec5f25b5809c3e933486dc5ac49fa151abe602060043592a261432f565b805f5160206157e45f395f51905f525d80f35b9360043586528460205260408620918287526003602052604087208054600160ff8260a01c166103da816138c4565b14610412575b509161031b61040261040b9363ffffffff6002600197015460401c1690613a36565b9460043561538b565b94016102ab565b60048201906001600160601b03825416600163ffffffff60018b015460801c1663ffffffff600287015460601c1660408101809111610598578111610584579061046c6104638e94938d898d6154f1565b9a909150613a36565b97610535575b1561050b5760028561031b95610402956104c6604061040b9b976104ae63ffffffff9860019f9d896001600160601b0391015460801c16613a36565b938e8060a01b03168152600960205220918254613a36565b90555b9181018054600160801b600160e01b031916905581546001600160601b031916909155805460ff60a01b1916600360a01b1781559496509094506103e0915050565b610402925061040b95915060026001979561052f63ffffffff9361031b979c613a36565b9a6104c9565b50816105526001600160601b03600288015460801c168099613a36565b976040519084825260208201528960018060a01b038616915f5160206158045f395f51905f52604060043592a4610472565b633880ef9960e11b8d52600489905260248dfd5b634e487b7160e01b8e52601160045260248efd5b63085de62560e01b8152600490fd5b80fd5b50346105bb57806003193601126105bb57602060405161dead8152f35b50346105bb57806003193601126105bb576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b6138ce565b50346105bb5760203660031901126105bb5760406020916004358152600883522054604051908152f35b50346105bb5760403660031901126105bb57602061066b6137ee565b60408051468482019081523060208201526001600160a01b039093169183019190915260243560608301526106ad81608084015b03601f19810183528261375f565b519020604051908152f35b50346105bb5760403660031901126105bb57602435906001600160a01b03821682036105bb5760409060043581526007602052209060018060a01b03165f52602052602060ff60405f20541660405190610711816138c4565b8152f35b50346105bb5760209061073761072a36613851565b610732613f01565b614706565b905f5160206157e45f395f51905f525d604051908152f35b50346105bb5761075e36613893565b9091610768613f01565b80918382526020526040812080825260066020526040822082947f0000000000000000000000000000000000000000000000000000000000000000955b8681106107d057602086866107b98261432f565b5f5160206157e45f395f51905f525d604051908152f35b6107e36107dd8285613a27565b50613c30565b80516001600160a01b031615158061082c575b610804575b506001016107a5565b519095600191610825919061031b906001600160a01b0316898789886151f6565b95906107fb565b506108656001600160401b036020830151167f000000000000000000000000000000000000000000000000000000000000000090613a36565b43116107f6565b50346105bb5761087b36613893565b908083526003602052600160408420015491821561090f5761089c90613b3b565b91821561090057906703ffffffffffffff60016040866108f096956108fc9852600260205220015460a61c16907f0000000000000000000000000000000000000000000000000000000000000000926154a6565b60405191829182613818565b0390f35b634961d2c560e11b8452600484fd5b632f70cf6f60e11b8452600484fd5b50346105bb57806003193601126105bb576020604051818152f35b50346105bb5760203660031901126105bb57602090600435815260058252604060018060a01b0391205416604051908152f35b50346105bb5760203660031901126105bb5760206109d56109af7f0000000000000000000000000000000000000000000000000000000000000000600435613a43565b7f0000000000000000000000000000000000000000000000000000000000000000613a36565b604051908152f35b50346105bb5760203660031901126105bb576004356040519161018083018381106001600160401b03821117610b9e576040528083526020830181815260408401828152606085018381526080860184815260a0870185815260c088019186835260e08901938785526101008a01958887526101208b01978989526101408c0199808b526101608d019b818d5280825260036020528d60408320906001820154905280548060a81c60ff1685528060a01c60ff16610a9a816138c4565b8652600160a01b600190038116875260b01c63ffffffff1687526002810154908160601c63ffffffff1689528160401c63ffffffff168a528160801c6001600160601b03168b5260048101546001600160601b03168c52600301548c526001600160401b03168c528152600460205260409020548b526040519b518c525160ff1660208c015251610b2a816138c4565b60408b0152600160a01b6001900390511660608a0152516001600160401b03166080890152516001600160401b031660a0880152516001600160401b031660c08701525160e08601525161010085015251610120840152516001600160401b03166101408301525161016082015261018090f35b634e487b7160e01b82526041600452602482fd5b50346105bb5760203660031901126105bb57600435815260066020526040812081907f000000000000000000000000000000000000000000000000000000000000000090825b828110610d1d5750610c0983613780565b92610c17604051948561375f565b808452610c26601f1991613780565b01845b818110610cfa57505083845b838110610ca0578486604051918291602083016020845282518091526020604085019301915b818110610c69575050500390f35b825180516001600160a01b031685526020908101516001600160401b03168186015286955060409094019390920191600101610c5b565b80610cad60019285613a27565b50828060a01b03905416610cc2575b01610c35565b610cf4610ccf8286613a27565b5093610ce3610cdd82613bea565b95613c30565b610ced828a613985565b5287613985565b50610cbc565b602090604051610d0981613744565b878152878382015282828801015201610c29565b610d278183613a27565b50546001600160a01b0316610d3f575b600101610bf8565b92610d4b600191613bea565b939050610d37565b50346105bb5760203660031901126105bb576004356001600160401b038111610f3457610d84903690600401613797565b9081158015610f29575b610f1a5733835282602052604083206001600160401b038311610f0657610db58154613bf8565b601f8111610ec1575b508284601f8211600114610e3557917f3a9efe5261ee36968816287a9ff9fa8f343fadc8c9b995c3bdc1e24d1b885e2c9391610e24938791610e2a575b508560011b905f198760031b1c19161790555b6040519182916020835233956020840191613ca2565b0390a280f35b90508201355f610dfb565b82865260208620915084601f198116875b818110610ea65750917f3a9efe5261ee36968816287a9ff9fa8f343fadc8c9b995c3bdc1e24d1b885e2c959391610e24959310610e8d575b5050600185811b019055610e0e565b8301355f19600388901b60f8161c191690555f80610e7e565b86840135855560019094019360209384019388935001610e46565b81855260208520601f850160051c81019160208610610efc575b601f0160051c01905b818110610ef15750610dbe565b858155600101610ee4565b9091508190610edb565b634e487b7160e01b84526041600452602484fd5b6369e4784d60e01b8352600483fd5b506104008211610d8e565b5080fd5b6138a9565b50346105bb5760203660031901126105bb57600435610f5a613f01565b80825260036020526040822090600160ff835460a01c16610f7a816138c4565b0361132d5760018201549081845260026020526040842092610f9a61391b565b93600181019363ffffffff855460801c16808711611325575b50600283019363ffffffff855460601c16968781111561131657610100610fda89836138f0565b116112f4575b610fec908486846154f1565b9095919886988b908b611256575b5063ffffffff895460601c1660405192835260208301528a60408301526060820152837f4c3f36ce0726db3d4401cf4317334da81eb57aac16d7ce1a7047ab8386ccc44560803393a3611055575b6020888a6107b98a61432f565b85548154600483018054600160801b600160e01b031984169099558354600160a11b60ff60a01b19909116179093556001600160601b0360809290921c8216985095969495939492936001600160a01b031692169081611218575b505082885260076020526040882060018060a01b0382165f5260205260405f20600360ff198254161790555f1960ff855460b81c160160ff811161120457845460ff60b81b191660b882901b60ff60b81b1617855560ff1691835f5160206158045f395f51905f5260408b61112782518092614322565b8a6020820152a460ff611157845492611152838560b01c1694848160a81c1694859160a01c16613a36565b6138f0565b11908161119c575b509261117a9260209795926107b995611185575b5050613a36565b91935f808080611048565b61119492939161031b91614468565b905f80611173565b905060068110156111f0579261117a9260209795928560026107b997149081156111cf575b50929550929597509261115f565b6001915014806111e0575b5f6111c1565b50600282015460c01c43116111da565b634e487b7160e01b87526021600452602487fd5b634e487b7160e01b89526011600452602489fd5b6001600160601b031981541690556001600160801b0361123f600487019282845416613c82565b166001600160801b03198254161790555f806110b0565b5461126b91506001600160601b03168b613a43565b7f000000000000000000000000000000000000000000000000000000000000000090808210156112ed57505b808c816112a5575b50610ffa565b60406112e49160048b0180546001600160801b0380196112ca8289168460801c613c82565b60801b169116179055338152600960205220918254613a36565b90555f8c61129f565b9050611297565b50610100870180881115610fe057634e487b7160e01b89526011600452602489fd5b630c30209d60e31b8952600489fd5b95505f610fb3565b632f70cf6f60e11b8352600483fd5b50346105bb5760803660031901126105bb576108fc6108f06064356044356024356004356154a6565b50346105bb5760203660031901126105bb576020906040906001600160a01b0361138d6137ee565b168152600183522054604051908152f35b50346105bb57806003193601126105bb57604051906101a08201908282106001600160401b038311176116b357506040526020810160408201606083016080840160a0850160c0860160e08701906101008801926101208901946101408a01966101608b01986101808c019a600160a01b600190037f000000000000000000000000000000000000000000000000000000000000000016809d527f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681527f00000000000000000000000000000000000000000000000000000000000000006001600160401b031682527f00000000000000000000000000000000000000000000000000000000000000006001600160401b031683527f00000000000000000000000000000000000000000000000000000000000000006001600160401b031684527f000000000000000000000000000000000000000000000000000000000000000060ff1685527f000000000000000000000000000000000000000000000000000000000000000060ff1686527f000000000000000000000000000000000000000000000000000000000000000061ffff1687527f000000000000000000000000000000000000000000000000000000000000000061ffff1688527f000000000000000000000000000000000000000000000000000000000000000061ffff1689527f00000000000000000000000000000000000000000000000000000000000000006001600160401b03168a527f00000000000000000000000000000000000000000000000000000000000000008b527f00000000000000000000000000000000000000000000000000000000000000008c526040519c8d52516001600160401b031660208d0152516001600160401b031660408c0152516001600160401b031660608b0152516001600160401b031660808a01525160ff1660a08901525160ff1660c08801525161ffff1660e08701525161ffff166101008601525161ffff16610120850152516001600160401b031661014084015251610160830152516101808201526101a090f35b634e487b7160e01b81526041600452602490fd5b50346105bb57806003193601126105bb5760206109d56117077f0000000000000000000000000000000000000000000000000000000000000000436138f0565b7f0000000000000000000000000000000000000000000000000000000000000000906138fd565b50346105bb57806003193601126105bb576020600a54604051908152f35b50346105bb5760203660031901126105bb576020906040906001600160a01b036117746137ee565b168152600983522054604051908152f35b50346105bb57806003193601126105bb5760206040516104008152f35b50346105bb5760203660031901126105bb576001600160a01b036117c46137ee565b16815280602052604081209060405181928054906117e182613bf8565b9081845260208401926001811690815f14611874575060011461183a575b50506118108260409495038361375f565b8251938492602084525180928160208601528585015e828201840152601f01601f19168101030190f35b90945083526020832083905b85821061185e575082016020019350611810826117ff565b6001816020925483858801015201910190611846565b60ff191684525050151560051b82016020019350611810826117ff565b50346105bb5760603660031901126105bb576044356001600160401b038111610f34576118c2903690600401613797565b6118ca613f01565b6004358352600260205260408320906118e8602435836004356150d7565b9190938486526006602052604086208690875b7f00000000000000000000000000000000000000000000000000000000000000008110612047575b50508015612038576119557f000000000000000000000000000000000000000000000000000000000000000082613a36565b4311612029577f0000000000000000000000000000000000000000000000000000000000000000906119878282613a36565b43111561201b576119a09161199b91613a36565b614260565b801561200c5790611a119291600186015490878952600460205260ff611a06611a0160408c2054937f0000000000000000000000000000000000000000000000000000000000000000906703ffffffffffffff8760a61c16908d33916142ca565b613cc2565b9260e01c1690613da6565b60018114611ffd57611fee57839083855260066020526040852085905b7f00000000000000000000000000000000000000000000000000000000000000008210611efb57505080611a856117077f0000000000000000000000000000000000000000000000000000000000000000436138f0565b63ffffffff600186015460601c16946001600160601b03600282015416958789526003602052604089208995611e88575b6002015460401c63ffffffff16906001840190818511611e745780821115611e6d57505b6040519161016083018381106001600160401b03821117611e59578988938c938e9360405233875260208701600181526040880160243560ff168152606089019063ffffffff8c16825260808a0192600435845260a08b019780895260c08c0195865260e08c019663ffffffff1687526101008c019788526101208c0199818b526101408d019b6001600160601b03168c5281526003602052604090209a600160a01b6001900390600160a01b60019003905116166001600160601b0360a01b8c5416178b5551611baa816138c4565b611bb3816138c4565b8a54915161ffff60a01b1990921660a09190911b60ff60a01b161760a89190911b60ff60a81b1617895551885463ffffffff60b01b191660b09190911b63ffffffff60b01b16178855516001880155925160028701805494516001600160601b03199095166001600160401b039092169190911760409490941b63ffffffff60401b1693909317835551825463ffffffff60601b191660609190911b63ffffffff60601b16178255518154600160801b600160e01b03191660809190911b6bffffffffffffffffffffffff60801b16179055516003830155516001600160601b031690600401906001600160601b03166001600160601b03198254161790556004358852600760205260408820600160a01b6001900333165f5260205260405f2060ff198154166002179055805460b81c60ff1660010160ff811161120457815460ff60b81b191660b882901b60ff60b81b1617825560ff1681549060ff8260b01c166006811015611e4557936107b99793611db0979360209c9a97936001611d8998149182611e25575b5050611e0e575b506040519060243582528b8201528933917fee7ae4cc8d3761ebce0184d5f1941ec1b6a5948b626ca9bf0de5d7f452806c75604060043592a4611dd8575b5061432f565b7f0000000000000000000000000000000000000000000000000000000000000000906138f0565b30337f0000000000000000000000000000000000000000000000000000000000000000615322565b6040519081528733917faae2a65ac1cf74075afef45c62f124877e6bebc5e1684142d9eadc7bab38549c8b60043592a45f611d83565b805460ff60b01b1916600160b11b1790555f611d45565b611e3d91925060ff808260a81c169160a01c16613a36565b145f80611d3e565b634e487b7160e01b8b52602160045260248bfd5b634e487b7160e01b8c52604160045260248cfd5b9050611ada565b634e487b7160e01b8b52601160045260248bfd5b945063ffffffff600260048401966001600160801b0388541697600386015460a01c8981105f14611ef457985b8980611ec7575b505050915050611ab6565b611edb6001600160801b03929183926138f0565b16166001600160801b03198254161790555f8080611ebc565b5088611eb5565b9092611f078483613a27565b50546001600160a01b03168015611fe457338114611fc75760019161031b611f8092611f6b611f368988613a27565b506001600160401b037f0000000000000000000000000000000000000000000000000000000000000000915460a01c16613a36565b4311908115611f89575b88878c600435615282565b935b0190611a2e565b808c52600960205260408c20611fc07f00000000000000000000000000000000000000000000000000000000000000008254613a36565b9055611f75565b509280611fdf611fd960019385613a27565b906151d9565b611f82565b5092600190611f82565b6309bde33960e01b8452600484fd5b637b2a958160e11b8552600485fd5b637f99344960e01b8752600487fd5b629ad89f60e71b8852600488fd5b63443df96f60e01b8752600487fd5b63017820ff60e51b8752600487fd5b6120546107dd8284613a27565b80516001600160a01b0316331461206e57506001016118fb565b90506001600160401b039250602091500151165f80611923565b50346105bb57806003193601126105bb5760206040516110008152f35b50346105bb576120b436613893565b906120bd613f01565b80835260026020526120d38260408520836150d7565b92909215612360575b338452836020526120f06040852054613bf8565b1561235157818452600760209081526040808620335f908152925290205460ff1661211a816138c4565b612342578284526006602052604084208492905f19907f0000000000000000000000000000000000000000000000000000000000000000855b81811061229a5750505f19821461228b5761218d6040519261217484613744565b33845260208401926001600160401b0343168452613a27565b9290926122775751825491516001600160e01b03199092166001600160a01b03919091161760a09190911b67ffffffffffffffff60a01b161790556020949261222b9290918590808652600788526040808720335f818152918b5290829020805460ff19166001179055815194855243858b0152937f07a31b1be69bff0472525bbeb1690193d4271d97596ca66e4ce5690c23467e389190a461432f565b6107b97f000000000000000000000000000000000000000000000000000000000000000030337f0000000000000000000000000000000000000000000000000000000000000000615322565b634e487b7160e01b88526004889052602488fd5b630bf2810960e01b8752600487fd5b6122a76107dd8285613a27565b80516001600160a01b03166122d3575b505f1984146122cb575b6001905b01612153565b9250826122c1565b61230e6001600160401b036020839a949a0151167f000000000000000000000000000000000000000000000000000000000000000090613a36565b4311156123385751612331919061031b906001600160a01b031689868c8a6151f6565b955f6122b7565b50956001906122c5565b63870be1eb60e01b8452600484fd5b63aba4733960e01b8452600484fd5b828452600560205260408420546001600160a01b03168015159081612395575b50156120dc576396309fb960e01b8452600484fd5b90503314155f612380565b50346105bb5760203660031901126105bb576004356001600160401b038111610f345736602382011215610f345780600401356001600160401b0381116124e8573660248260051b840101116124e857906123f9613f01565b82839160821981360301915b848410156124cd5760248460051b83010135838112156124c95782016024810180359161245f6124466044830193606461243e86613a56565b940190613bb8565b906001600160401b0363ffffffff60e01b941686613f36565b16908161247d57505050612474600191613bea565b935b0192612405565b60406001949793926124af7fdb1e89392a30dfad53ca9f6559da0e5d5415e99e25217220b517bd9d2ed48aec93613a56565b906001600160401b038351921682526020820152a2612476565b8680fd5b602090865f5160206157e45f395f51905f525d604051908152f35b8280fd5b50346105bb5760a03660031901126105bb576108fc6108f061250c6137d8565b60843590606435906024356004356142ca565b50346126185760a036600319011261261857600435906001600160401b038211612618576101e082600401926003199036030112612618576044359160ff83168093036126185761256e613f01565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166125a182613a78565b813b156126185760209460e45f9283604051958694859363d505accf60e01b855233600486015230602486015260448501526024356064850152608484015260643560a484015260843560c48401525af1612601575b5061073790614706565b61260e9192505f9061375f565b5f906107376125f7565b5f80fd5b3461261857602036600319011261261857600435612638613f01565b805f52600260205260405f20805460ff8160b01c166006811015612a3d578015612aba575f1901612aab57336001600160a01b03821603612a5157506004915b5f916126848482613c5e565b6006841015612a3d5760058414936126a9825460ff808260a81c169160a01c16613a36565b9460048301926001600160801b038454165f975f5b8181106127f257509061031b6126f7612702936103076127799c61030160018901546102fb6102e56001600160601b0383169687613a43565b875460801c906138f0565b84546001600160801b031916909455805460ff60b81b1981169091556001600160a01b03165f9081526009602052604090208054612741908590613a36565b90551561278b575060207fa8938b32ed1fb7379dd56cdcd7046ec5f25b5809c3e933486dc5ac49fa151abe91604051908152a261432f565b5f5f5160206157e45f395f51905f525d005b6003036127c25760207f26858602150cc58d2205ed541987290108ec3c91263b83c8afec5dcb7572c53591604051908152a261432f565b60207fa243ac9783221eb858812f5f73b12d190a857c045bd800922ea8dabb10b69df891604051908152a261432f565b97875f528860205260405f20998a5f52600360205260405f208054600160ff8260a01c1661281f816138c4565b14612855575b509161031b61284761284e9363ffffffff6002600197015460401c1690613a36565b9c8b61538b565b98016126be565b60048201805490916001600160601b03909116906001600160a01b031660018f8b61297a575b5015612953576128a36001600160601b03600286015460801c168b5f1461294c578390613a36565b905f5260096020526128ba60405f20918254613a36565b9055881561291d575b5061284761284e9363ffffffff60026001979561031b955b9181018054600160801b600160e01b031916905581546001600160601b031916909155805460ff60a01b1916600360a01b178155949650909450612825915050565b61284e9363ffffffff60026001979561293d6128479561031b979c613a36565b9a9550959750505093506128c3565b5f90613a36565b5061284e9363ffffffff6002600197956129746128479561031b979c613a36565b9a6128db565b63ffffffff828c015460801c1663ffffffff600288015460601c1660408101809111612a29578111612a16578f916129c16129b886938f8b856154f1565b9c909150613a36565b996129cf575b91505061287b565b909192505f925f5160206158045f395f51905f526040612a006001600160601b0360028c015460801c16809d613a36565b9b8151905f82526020820152a48f828f916129c7565b50633880ef9960e11b5f5260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b600282015460c01c431115612aab5760ff8160c01c165f14612a765750600491612678565b612a9d60ff8260a81c169160ff612a9284828460a01c16613a36565b9160b81c16906138f0565b1115612aab57600391612678565b631f7806af60e31b5f5260045ffd5b636d08029760e01b5f5260045ffd5b34612618576020366003190112612618576004356001600160401b03811680910361261857612b1b6109af7f000000000000000000000000000000000000000000000000000000000000000083613a43565b4310612b4a57612b2a906143db565b8015612b3b57602090604051908152f35b634961d2c560e11b5f5260045ffd5b6333e7d47160e11b5f5260045ffd5b34612618575f3660031901126126185760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346126185760203660031901126126185760206109d5600435613b3b565b34612618575f36600319011261261857612bc9613f01565b335f52600960205260405f20548015612cca57335f5260096020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a27f00000000000000000000000000000000000000000000000000000000000000009060405163a9059cbb60e01b5f52336004528160245260205f60448180875af19060015f5114821615612ca9575b60405215612c88576020905f5f5160206157e45f395f51905f525d604051908152f35b50635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b906001811516612cc157833b15153d15161690612c65565b503d5f823e3d90fd5b630686827b60e51b5f5260045ffd5b346126185760206109d5612cec36613851565b613a78565b3461261857602036600319011261261857600435612d0d613f01565b805f52600360205260405f208054600160ff8260a01c16612d2d816138c4565b03612f5457336001600160a01b0390911603612f45576001810154805f52600260205260405f2090612d826117077f0000000000000000000000000000000000000000000000000000000000000000436138f0565b63ffffffff600184015460801c161115612f36576002830180548454600486018054600160801b600160e01b0319841690945560ff60a01b198216600160a11b1790965560809190911c6001600160601b03908116956001600160a01b039290921692169081612ef8575b5050815f52600760205260405f2060018060a01b0382165f5260205260405f20600360ff198254161790555f1960ff845460b81c160160ff8111612a2957835460ff60b81b191660b882901b60ff60b81b1617845560ff16946040515f5160206158045f395f51905f526040826001879452886020820152a460ff612e8a835495611152838860b01c1697848160a81c1694859160a01c16613a36565b1180612eb7575b6127799450612ea2575b505061432f565b612eb0929161031b91614468565b8280612e9b565b506006841015612a3d578360026127799514908115612ed7575b50612e91565b600191501480612ee8575b85612ed1565b50600282015460c01c4311612ee2565b6001600160601b031981541690556001600160801b03612f1f600486019282845416613c82565b166001600160801b03198254161790558580612ded565b6387411cf760e01b5f5260045ffd5b630d9e691960e31b5f5260045ffd5b632f70cf6f60e11b5f5260045ffd5b3461261857602036600319011261261857600435805f526002602052612f9960405f205460ff808260a81c169160a01c16613a36565b90612fbc612fa683613780565b92612fb4604051948561375f565b808452613780565b602083019190601f19013683375f5b8351811015612fff57600190825f528060205260405f205f52600460205260405f2054612ff88287613985565b5201612fcb565b505090604051918291602083019060208452518091526040830191905f5b81811061302b575050500390f35b825184528594506020938401939092019160010161301d565b346126185760203660031901126126185760405161028081018181106001600160401b0382111761343e576040525f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f6101208201525f6101408201525f6101608201525f6101808201525f6101a08201525f6101c08201525f6101e08201525f6102008201525f6102208201525f6102408201525f6102608201526004355f52600260205260405f2080549060018060a01b038216835260ff8260a01c16602084015260ff8260a81c166040840152600660ff8360b01c161015612a3d5760ff8260b01c16606084015260ff8260b81c16608084015260ff8260c01c16151560a084015260046001820154916001600160401b038360a01c1660c086015260ff8360e01c1660e086015263ffffffff8360601c1661010086015263ffffffff8360801c166101208601526001600160601b03831661014086015260028101546001600160601b0381166101608701526001600160601b038160601c1661018087015260c01c6101a0860152600381015460018060a01b0381166101c087015260a01c6101e08601520154916001600160801b0383166102008501528260801c61022085015261323360ff8260a81c1660ff8360a01c16613a36565b905f5b8281106133fc5750600160ff8260b01c16149081156133eb575b50613387575b50505060405160018060a01b03825116815260ff602083015116602082015260ff604083015116604082015260608201516006811015612a3d576102809261026091606084015260ff608082015116608084015260a0810151151560a08401526001600160401b0360c08201511660c084015260ff60e08201511660e08401526001600160401b03610100820151166101008401526001600160401b03610120820151166101208401526101408101516101408401526101608101516101608401526101808101516101808401526001600160401b036101a0820151166101a084015260018060a01b036101c0820151166101c08401526101e08101516101e08401526102008101516102008401526102208101516102208401526102408101516102408401520151610260820152f35b6133dd926103076133c36133a7611152946001600160601b038716613a43565b6102fb63ffffffff8760601c1663ffffffff8860801c166138f0565b9160801c936001600160601b036102408801519116613a43565b610260820152818080613256565b60b01c60ff16600214905085613250565b6001906004355f528060205260405f205f52600360205261343263ffffffff600260405f20015460401c16610240890151613a36565b61024088015201613236565b634e487b7160e01b5f52604160045260245ffd5b346126185760603660031901126126185760043561346e6137d8565b90805f5260243560205260405f20805f52600660205260405f205f905f907f00000000000000000000000000000000000000000000000000000000000000009160018060a01b038716905b83811061358a575b50505050801561357b577f0000000000000000000000000000000000000000000000000000000000000000906134f78282613a36565b43111561356d5761350b9161199b91613a36565b90811561355e576108fc936108f0935f5260026020526703ffffffffffffff600160405f20015460a61c16917f0000000000000000000000000000000000000000000000000000000000000000936142ca565b637f99344960e01b5f5260045ffd5b629ad89f60e71b5f5260045ffd5b63017820ff60e51b5f5260045ffd5b816135958285613a27565b50546001600160a01b0316146135ad576001016134b9565b9190506001600160401b0393506135c49250613a27565b505460a01c16848080806134c1565b34612618576060366003190112612618576024356001600160401b03811680910361261857604435906001600160401b0382116126185761361b61362c923690600401613797565b91613624613f01565b600435613f36565b6001600160e01b0319811661364d575f5f5160206157e45f395f51905f525d005b5f5260045ffd5b34612618576080366003190112612618576044356001600160401b03811161261857366023820112156126185780600401359061369082613780565b9161369e604051938461375f565b8083526024602084019160051b8301019136831161261857602401905b8282106136fe57836064356001600160401b038111612618576020916136e86136f4923690600401613797565b916024356004356139ad565b6040519015158152f35b81358152602091820191016136bb565b34612618575f3660031901126126185760206040516101008152f35b34612618575f3660031901126126185760206109d561391b565b604081019081106001600160401b0382111761343e57604052565b90601f801991011681019081106001600160401b0382111761343e57604052565b6001600160401b03811161343e5760051b60200190565b9181601f84011215612618578235916001600160401b038311612618576020838186019501011161261857565b35906001600160401b038216820361261857565b604435906001600160a01b038216820361261857565b600435906001600160a01b038216820361261857565b35906001600160a01b038216820361261857565b60206040818301928281528451809452019201905f5b81811061383b5750505090565b825184526020938401939092019160010161382e565b602060031982011261261857600435906001600160401b038211612618576101e09082900360031901126126185760040190565b359060ff8216820361261857565b6040906003190112612618576004359060243590565b34612618575f36600319011261261857602060405160408152f35b60041115612a3d57565b34612618576138dc36613893565b905f52602052602060405f20604051908152f35b91908203918211612a2957565b8115613907570490565b634e487b7160e01b5f52601260045260245ffd5b6139457f0000000000000000000000000000000000000000000000000000000000000000436138f0565b7f000000000000000000000000000000000000000000000000000000000000000090818110156139755750505f90565b61398291611707916138f0565b90565b80518210156139995760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b909392919380158015613a1b575b8015613a12575b613a09576139d39060061c94613cc2565b9081515f198101908111612a29576139ec869184613985565b511015613a09576139ff613a0595613d7c565b90613da6565b1590565b50505050505f90565b508451156139c2565b50603f811615156139bb565b60088210156139995701905f90565b91908201809211612a2957565b81810292918115918404141715612a2957565b356001600160401b03811681036126185790565b3560ff811681036126185790565b60808101613a8581613a56565b9060608301916001600160401b0380613a9d85613a56565b1691161115613b29576001600160401b03613ac1613abb8293613a56565b93613a56565b16911603906001600160401b038211612a2957610160613b20613982935b613b1b613b116001600160401b0360ff613af888613a6a565b1693169260ff613b0a60208901613a6a565b1690613a36565b60a0860135613a43565b613a43565b91013590613a36565b505061398290610160613b205f613adf565b805f52600860205260405f205480613bb35750613b7b6109af7f000000000000000000000000000000000000000000000000000000000000000083613a43565b804310613bad575f198101908111612a2957613b9690614260565b80613ba15750505f90565b5f5260205260405f2090565b50505f90565b905090565b903590601e198136030182121561261857018035906001600160401b0382116126185760200191813603831361261857565b5f198114612a295760010190565b90600182811c92168015613c26575b6020831014613c1257565b634e487b7160e01b5f52602260045260245ffd5b91607f1691613c07565b90604051613c3d81613744565b91546001600160a01b038116835260a01c6001600160401b03166020830152565b906006811015612a3d57815460ff60b01b191660b09190911b60ff60b01b16179055565b906001600160801b03809116911601906001600160801b038211612a2957565b908060209392818452848401375f828201840152601f01601f1916010190565b805160015b818110613d2b575060018111613cdb575090565b600190815b818110613cee575050815290565b60208160051b8501015160205f19850160051b860101518103613d15575b50600101613ce0565b600584901b850160200152600192830192613d0c565b60208160051b8401015181805b613d4e575b60051b840160200152600101613cc7565b5f19810160051b85016020015182811115613d765760208260051b870101525f190180613d38565b50613d3d565b5f91908015613d9f575f19015b805b613d925750565b6001928301921c80613d8b565b505f613d89565b9294935f958351928360061b946040519580870191818610871517600114613ef2575f5b878110613ec25750508301945f905b838210613e0457505050500103613dfc576020015103613df6575b565b60029150565b506001925050565b5f905f905b808210613e1d575050600190910190613dd9565b9097918860061b8a0192835193600185165f14613e6d576020828160019594938187958c370151828a0152019a01935b8160061b8c0190602080830160408a60025afa50831c9052019190613e09565b60018b019a60018601604083015114858d1016600114613ea257506001929160208092015188528181818a0137019993613e4d565b600193929b50606082602060029401518a52015160208901520193613e4d565b8060019160061b6040818c019189018737602080820160408860025afa5060208260051b85010151905201613dca565b50600199505050505050505050565b5f5160206157e45f395f51905f525c613f275760015f5160206157e45f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b91929092825f52600360205260405f209384549260018060a01b03841695600160ff8660a01c16613f66816138c4565b0361424d5733870361423a577f0000000000000000000000000000000000000000000000000000000000000000613fa06109af8286613a43565b80431061422557613fdb91613fb491613a36565b7f000000000000000000000000000000000000000000000000000000000000000090613a36565b4310156142125760018101545f526002602052600160405f200194855463ffffffff8160601c1685109182156141fe575b5081156141ea575b506141d7576002019283549063ffffffff8260601c1660408101809111612a29578410156141c3576001603f85161b926001600160401b03848416166141ae5761405d856143db565b918215614198576140b792895f52600460205260405f205460ff611a06611a018d8d54957f0000000000000000000000000000000000000000000000000000000000000000916703ffffffffffffff8860a61c16916154a6565b6001811461418457614171576001600160401b0380809316911617166001600160401b0319835416178255600163ffffffff835460401c160163ffffffff8111612a29577f8777dfc174fae327a7a3f54e7cf98db7c33a44f3cca81b9bcbc2094ee331e6689361414c6001600160601b03926020959063ffffffff60401b82549160401b169063ffffffff60401b1916179055565b5416855f526009835261416460405f20918254613a36565b9055604051908152a35f90565b506309bde33960e01b9695505050505050565b50637b2a958160e11b979650505050505050565b50634961d2c560e11b9998505050505050505050565b50630b01a8d960e21b98975050505050505050565b5063594b585f60e11b979650505050505050565b50630723742560e11b9695505050505050565b63ffffffff915060801c168310155f614014565b60b01c63ffffffff1685111591505f61400c565b5063ee19d85560e01b9695505050505050565b506333e7d47160e11b98975050505050505050565b50630d9e691960e31b9695505050505050565b50632f70cf6f60e11b9695505050505050565b610101814303105f14614271574090565b5f525f602052602080805f71f90827f1c53a10cb7a02335b1753200029355afa5060205190565b906142a282613780565b6142af604051918261375f565b82815280926142c0601f1991613780565b0190602036910137565b90949392916142d884614298565b95604051928352602083015260018060a01b031660408201525f60608201905b848110614306575050505050565b80600191835284608085200660208260051b8a010152016142f8565b906002821015612a3d5752565b80156143d85761434181600a54613a36565b600a557f0000000000000000000000000000000000000000000000000000000000000000906040519063a9059cbb60e01b5f5261dead60045260245260205f60448180865af19060015f51148216156143c0575b604052156143a05750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b906001811516612cc157823b15153d15161690614395565b50565b90815f52600860205260405f20549182156143f35750565b6144206109af7f000000000000000000000000000000000000000000000000000000000000000083613a43565b804310614461575f198101908111612a295761443b90614260565b80614444575050565b9092505f528160205260405f20915f5260086020528160405f2055565b505f925050565b5f9291614476600382613c5e565b61448d815460ff808260a81c169160a01c16613a36565b9060048101916001600160801b03835416905f5f5b82811061455157507f26858602150cc58d2205ed541987290108ec3c91263b83c8afec5dcb7572c535949261031b6144fd869461030761450895610301600160209b01546102fb6102e56001600160601b0383169687613a43565b855460801c906138f0565b82546001600160801b031916909255805460ff60b81b1981169091556001600160a01b03165f90815260098352604090208054614546908390613a36565b9055604051908152a2565b97865f528860205260405f2091825f52600360205260405f208054600160ff8260a01c1661457e816138c4565b146145b4575b509161031b6145a66145ad9363ffffffff6002600197015460401c1690613a36565b948a61538b565b98016144a2565b6145a66145ad9363ffffffff60028561031b956001600160601b039c600460019b99019d8e5416908b5f1461466957614625926146005f6001600160601b038888015460801c16613a36565b908d8060a01b03165f52600960205261461e60405f20918254613a36565b9055613a36565b9b5b9181018054600160801b600160e01b031916905581546001600160601b031916909155805460ff60a01b1916600360a01b178155949650909450614584915050565b6146739250613a36565b9b614627565b903590601e198136030182121561261857018035906001600160401b03821161261857602001918160051b3603831361261857565b356001600160a01b03811681036126185790565b91908110156139995760051b0190565b9035601e19823603018112156126185701602081359101916001600160401b038211612618578160051b3603831361261857565b9061472460ff61471584613a6a565b1660ff613b0a60208601613a6a565b9160ff61473082613a6a565b161580156150c1575b80156150b7575b6150a95782614753610180830183614679565b90500361509a576147686101a0820182614679565b9050151580615081575b615072576001600160401b0361478a60408301613a56565b1615801561505b575b801561501d575b61500e576147aa60608201613a56565b7f0000000000000000000000000000000000000000000000000000000000000000906147d682436138f0565b906001600160401b0361480a7f000000000000000000000000000000000000000000000000000000000000000080946138fd565b9116108015614fe2575b8015614fc1575b614fb257436001600160401b0361483460e08601613a56565b161191821592614f76575b5050614f675761484e81613a78565b60a0820135158015614f3a575b8015614f26575b8015614f13575b8015614f03575b614ef4576001600160a01b0361488961010084016146ae565b1615614ee5576110006148a06101c0840184613bb8565b905011614ed6575f5b848110614e7a5750335f52600160205260405f20918254926148ca84613bea565b90556040805146602082019081523092820192909252336060820152608081018590526148fa8160a0810161069f565b5190205f81815260026020526040902080546001600160a01b03191633178155909561492583613a6a565b825460ff60a01b191660a09190911b60ff60a01b1617825561496661494c60208501613a6a565b835460ff60a81b191660a89190911b60ff60a81b16178355565b815460ff60b01b1916600160b01b17825561012083013591821515830361261857805460ff60c01b191683151560c01b60ff60c01b161781556001810180546001600160601b03191660a08601356001600160601b03161781556149f363ffffffff6149d460608801613a56565b835463ffffffff60601b1916911660601b63ffffffff60601b16178255565b6149ff60808601613a56565b815463ffffffff60801b191660809190911b63ffffffff60801b16178155614a54614a2c60408701613a56565b825467ffffffffffffffff60a01b191660a09190911b67ffffffffffffffff60a01b16178255565b614a756703ffffffffffffff614a6c60408801613a56565b60061c16613d7c565b815460ff60e01b191660e09190911b60ff60e01b161790556002810180546001600160601b03191660c08601356001600160601b038116919091178255614add907f000000000000000000000000000000000000000000000000000000000000000090613a43565b61270f8101809111612a295781546001600160601b036001600160c01b0319614b0860e08a01613a56565b60c01b16926127108260601b910460601b16911617179055614b2d61010085016146ae565b6001600160a01b03166001600160a01b031961014086013560a01b16176003820155610160840135614e53575b505f5b818110614d895750506040519384526040602085015260ff614b7e83613885565b16604085015260ff614b9260208401613885565b1660608501526001600160401b03614bac604084016137c4565b1660808501526001600160401b03614bc6606084016137c4565b1660a08501526001600160401b03614be0608084016137c4565b1660c085015260a082013560e085015260c08201356101008501526001600160401b03614c0f60e084016137c4565b166101208501526001600160a01b03614c2b6101008401613804565b1661014085015215156101608401526101408101356101808401526101608101356101a0840152614c606101808201826146d2565b6101e06101c086015261022085018190526001600160fb1b0381116126185760051b8091610240860137830190610240820191610260614ca46101a08401846146d2565b610200888503016101e0890152948590529101925f5b818110614d63575050506101c0810135601e1982360301811215612618570190602082359201916001600160401b0381116126185780360383136126185784613df495614d3889947fda2894790ac9ebd45e17c02c1d2df7a254ee6865cf326fa4511b80017d2fee5494603f19848303016102008501523397613ca2565b0390a330337f0000000000000000000000000000000000000000000000000000000000000000615322565b909193602080600192838060a01b03614d7b89613804565b168152019501929101614cba565b600190885f528060205260405f20614daf82614da9610180890189614679565b906146c2565b35815f52600460205260405f2055614dcb6101a0870187614679565b9050151580614e26575b614de1575b5001614b5d565b614dfb614df683614da96101a08a018a614679565b6146ae565b905f52600560205260405f2090838060a01b03166001600160601b0360a01b8254161790555f614dda565b5081614e4b614df6614e3c6101a08a018a614679565b878060a09693961b03946146c2565b161515614dd5565b60040180546001600160801b0319166101608501356001600160801b03161790555f614b5a565b614e8c81614da9610180860186614679565b358015614ec7575f5b828110614ea65750506001016148a9565b81614eb982614da9610180890189614679565b3514614ec757600101614e95565b632d69855760e01b5f5260045ffd5b63a1e0145760e01b5f5260045ffd5b6335d2fd8360e01b5f5260045ffd5b63749b593960e01b5f5260045ffd5b506001600160601b038111614870565b5061016082013561014083013511614869565b506001600160601b0360c083013511614862565b507f000000000000000000000000000000000000000000000000000000000000000060c08301351061485b565b63f4ad9a1f60e01b5f5260045ffd5b6001600160401b03919250614fa89061031b614f9460e08701613a56565b9484614fa260808901613a56565b16613a43565b9116115f8061483f565b632110543960e11b5f5260045ffd5b5063ffffffff6001600160401b03614fdb60808601613a56565b161161481b565b50614fef60808401613a56565b6001600160401b038061500460608701613a56565b1691161115614814565b633bff22c160e01b5f5260045ffd5b5061502a60408201613a56565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000091161161479a565b50603f61506a60408301613a56565b161515614793565b6307ff1db360e21b5f5260045ffd5b50826150916101a0830183614679565b90501415614772565b633b396da360e01b5f5260045ffd5b62edcf4160e21b5f5260045ffd5b5060208311614740565b5060ff6150d060208301613a6a565b1615614739565b9290925f926150e585615763565b8454916150fe60ff8460a81c1660ff8560a01c16613a36565b8210156151ca576151326117077f0000000000000000000000000000000000000000000000000000000000000000436138f0565b63ffffffff600188015460801c161115612f36575f5260205260405f2093845f52600360205260ff60405f205460a01c1661516c816138c4565b6002810361517d5750600193505050565b615186816138c4565b6151bb576002015460c01c431161519a5750565b60ff91925060c01c166151ac57600190565b637f780e6960e11b5f5260045ffd5b632911c67360e21b5f5260045ffd5b6377bd40d160e01b5f5260045ffd5b906151e3575f9055565b634e487b7160e01b5f525f60045260245ffd5b9161520791959493611fd991613a27565b5f9081526007602090815260408083206001600160a01b039490941680845293825291829020805460ff1916905590517f000000000000000000000000000000000000000000000000000000000000000080825294917ffc0fe40ca2cc602e16b3c2ac947d8db6f65e0f1387019a40c158e0cfad7a5c1191a3565b909392611fd961529791979693975f98613a27565b5f52600760205260405f2060018060a01b0383165f5260205260405f2060ff1981541690556152c4575050565b6040517f000000000000000000000000000000000000000000000000000000000000000080825294506001600160a01b0390911691907ffc0fe40ca2cc602e16b3c2ac947d8db6f65e0f1387019a40c158e0cfad7a5c1190602090a3565b6040516323b872dd60e01b5f9081526001600160a01b039384166004529290931660245260449390935260209060648180865af19060015f5114821615615373575b6040525f606052156143a05750565b906001811516612cc157823b15153d15161690615364565b91905f92815f52600660205260405f20915f927f0000000000000000000000000000000000000000000000000000000000000000927f0000000000000000000000000000000000000000000000000000000000000000915b8486106153f257505050505050565b9091929394966154028883613a27565b50546001600160a01b0316801561549c5760019161031b6154519261543e886001600160401b036154338f8a613a27565b505460a01c16613a36565b431190811561545e575b8c878b8a615282565b975b0194939291906153e3565b805f52600960205260405f206154957f00000000000000000000000000000000000000000000000000000000000000008254613a36565b9055615448565b5096600190615453565b93929190936154b483614298565b9460405191825260208201525f60408201905b8481106154d5575050505050565b80600191835284606085200660208260051b8a010152016154c7565b9390939291925f945f945f9460028301549363ffffffff8560601c16916001600160401b038616916001600160601b0360028160038901549960801c1696015460601c169060018060a01b038754167f000000000000000000000000000000000000000000000000000000000000000061010081145f14615749575094979695945f19935b808a1061560b575b505050506002840180546fffffffff00000000ffffffffffffffff19166001600160401b03939093169290921760609690961b63ffffffff60601b16959095179055919250600391615607906001600160601b03905b600284018054600160801b600160e01b0319169290911660801b6bffffffffffffffffffffffff60801b16919091179055565b0155565b6001603f8b161b995f99968b81161561572f578a9b9a98999a1916965b60011b9a6156a9575b61563a90613bea565b9680615677575b61564f579897969598615576565b5060019a509497969594508492506155d4915063ffffffff9050876001600160401b0361557e565b506156a47f0000000000000000000000000000000000000000000000000000000000000000868c166157a7565b615641565b9c979d99600117996156ba90613bea565b9d5f6080528085105f146156e161563a926156eb9261572657876080525b608051906138f0565b9960805190613a36565b9d83857fa04947cbcbcac621e2affd73107c2b24a2356dfe958df86fbb621857255c8bdb604080518581526080516020820152a39050615631565b806080526156d8565b9697989950995061573f8a6143db565b1515998a97615628565b6001901b5f198101908111612a2957939897969598615576565b5460b01c60ff166006811015612a3d578015612aba576001811415908161579b575b5061578c57565b630b2b581760e21b5f5260045ffd5b6002915014155f615785565b805f915b6157b6575050505f90565b5f198101818111612a29576157cc911691613bea565b828110156157db5790806157ab565b50505060019056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00d8b6ef70749f90abf4d24d8f49a6a1a4491b8dc5a5ed4fa41f2c800b4c418b11",
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
