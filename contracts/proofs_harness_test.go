// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts_test

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

// ProofsHarnessMetaData contains all meta data concerning the ProofsHarness contract.
var ProofsHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"epochIndices\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"epochSeed\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"fillIndices\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"slotId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"shardSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indices\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyProof\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"status\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ProofsHarness",
	Bin: "0x60808060405234601557610824908161001a8239f35b5f80fdfe6101006040526004361015610012575f80fd5b5f3560e01c806323284b0e1461014b5780632972dd07146100dd57806366b32e54146100e25780637969ec0e146100dd57638cf881e714610051575f80fd5b346100d95760a03660031901126100d9576044356001600160a01b038116908190036100d957608435606435610086826107fc565b92604051906004358252602435602083015260408201525f60608201905b8481106100bd57604051806100b9888261029e565b0390f35b80600191835284608085200660208260051b89010152016100a4565b5f80fd5b610273565b346100d95760803660031901126100d957604435606435610102816107fc565b91604051600435815260243560208201525f60408201905b84811061012f57604051806100b9888261029e565b80600191835284606085200660208260051b890101520161011a565b346100d95760803660031901126100d95760443567ffffffffffffffff81116100d957366023820112156100d95780600401359061019061018b8361025b565b610221565b916024602084838152019160051b830101913683116100d957602401905b828210610211578360643567ffffffffffffffff81116100d957366023820112156100d957806004013567ffffffffffffffff81116100d95736602482840101116100d95760209260246102099301906024356004356102d7565b604051908152f35b81358152602091820191016101ae565b6040519190601f01601f1916820167ffffffffffffffff81118382101761024757604052565b634e487b7160e01b5f52604160045260245ffd5b67ffffffffffffffff81116102475760051b60200190565b346100d95760403660031901126100d957600435602435905f52602052602060405f20604051908152f35b60206040818301928281528451809452019201905f5b8181106102c15750505090565b82518452602093840193909201916001016102b4565b929390919360805260c052801580156107f0575b80156107e7575b6107135760061c90825160015b818110610796575060018111610743575b5082515f19810190811161072f57835181101561071b576020839160051b850101511015610713575f91801561070c575f19015b805b6106ff57505f91835160e0526080516001915f916040519260e05190815f146106f2575060011461067c5760e0516060028301965f5b60e051811061059b57505060e05160061b01955f5b825f5b60e05181106105715750818103806104e6575b50508281146104db575f5f5b60e0518110610411575060e052600101908282146103d15790610391565b5050506020905b0151905b1561040757036103ff575b9060c051906080519003036103f95790565b50600190565b5060026103e7565b50505060036103e7565b989591929089606002860180519760408201519160018a165f1461046f5760016020838160409481859998978b37015182890152019d01955b836060028a01906020808301848960025afa169a851c815201520191929190926103b3565b90919b6001810160a05260018a0160608301511460e05160a05110166001146104b25750600192916020809201518552818181870137019a604060a0519561044a565b90600193929c50600260a08260206040940151885260808101516020890152015192019561044a565b5050506020906103d8565b9098915060e05160051b5f5b60e051811061050657500201965f806103a7565b806060028701805160208201805188528360051b87015f5b87811061053757505087519052841c90526001016104f2565b909b8660019160208f8d8589881c165f14610569578281519101528d375b60208c60408160025afa169d01910161051e565b820137610555565b60408160609594950287010151828110610592575b50600101929192610394565b91506001610586565b8060019160600286019660408260061b86018c37602080890160408d60025afa16968160051b8401906020820151808252879260e051868601106105e6575b5050604001520161037c565b6040929350820151185f9063ffffffff8111610671575b61ffff8111610665575b60ff8111610659575b600f811161064d575b60038111610641575b858111610636575b015f190191905f6105da565b90850190851c61062a565b6002918201911c610622565b6004918201911c610619565b6008918201911c610610565b6010918201911c610607565b60209150811c6105fd565b509460209192500151906040608051823760208160408160025afa91604060805101955f915b8183106106b35750505051906103dc565b90919693602060019182848b1c165f146106e757855182870152818787375b818660408160025afa169501970191906106a2565b8187818801376106d2565b945050955050505f6103dc565b6001928301921c80610346565b505f610344565b505050600290565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b600190815b81811061075957505083525f610310565b60208160051b8701015160205f19850160051b880101518103610780575b50600101610748565b600584901b870160200152600192830192610777565b60208160051b8601015181805b6107b9575b60051b8601602001526001016102ff565b5f19810160051b870160200151828111156107e15760208260051b890101525f1901806107a3565b506107a8565b508251156102f2565b50603f811615156102eb565b9061080961018b8361025b565b828152809261081a601f199161025b565b019060203691013756",
}

// ProofsHarness is an auto generated Go binding around an Ethereum contract.
type ProofsHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProofsHarness) GetABI() abi.ABI {
	return c.abi
}

// NewProofsHarness creates a new instance of ProofsHarness.
func NewProofsHarness() *ProofsHarness {
	parsed, err := ProofsHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProofsHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProofsHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackEpochIndices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66b32e54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochIndices(bytes32 seed, bytes32 slot, uint256 n, uint256 k) pure returns(uint256[])
func (proofsHarness *ProofsHarness) PackEpochIndices(seed [32]byte, slot [32]byte, n *big.Int, k *big.Int) []byte {
	enc, err := proofsHarness.abi.Pack("epochIndices", seed, slot, n, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochIndices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66b32e54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochIndices(bytes32 seed, bytes32 slot, uint256 n, uint256 k) pure returns(uint256[])
func (proofsHarness *ProofsHarness) TryPackEpochIndices(seed [32]byte, slot [32]byte, n *big.Int, k *big.Int) ([]byte, error) {
	return proofsHarness.abi.Pack("epochIndices", seed, slot, n, k)
}

// UnpackEpochIndices is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66b32e54.
//
// Solidity: function epochIndices(bytes32 seed, bytes32 slot, uint256 n, uint256 k) pure returns(uint256[])
func (proofsHarness *ProofsHarness) UnpackEpochIndices(data []byte) ([]*big.Int, error) {
	out, err := proofsHarness.abi.Unpack("epochIndices", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackEpochSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2972dd07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochSeed(bytes32 blockHash, uint256 epoch) pure returns(bytes32)
func (proofsHarness *ProofsHarness) PackEpochSeed(blockHash [32]byte, epoch *big.Int) []byte {
	enc, err := proofsHarness.abi.Pack("epochSeed", blockHash, epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2972dd07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochSeed(bytes32 blockHash, uint256 epoch) pure returns(bytes32)
func (proofsHarness *ProofsHarness) TryPackEpochSeed(blockHash [32]byte, epoch *big.Int) ([]byte, error) {
	return proofsHarness.abi.Pack("epochSeed", blockHash, epoch)
}

// UnpackEpochSeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2972dd07.
//
// Solidity: function epochSeed(bytes32 blockHash, uint256 epoch) pure returns(bytes32)
func (proofsHarness *ProofsHarness) UnpackEpochSeed(data []byte) ([32]byte, error) {
	out, err := proofsHarness.abi.Unpack("epochSeed", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFillIndices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cf881e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fillIndices(bytes32 blockHash, bytes32 slot, address sender, uint256 n, uint256 k) pure returns(uint256[])
func (proofsHarness *ProofsHarness) PackFillIndices(blockHash [32]byte, slot [32]byte, sender common.Address, n *big.Int, k *big.Int) []byte {
	enc, err := proofsHarness.abi.Pack("fillIndices", blockHash, slot, sender, n, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFillIndices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cf881e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fillIndices(bytes32 blockHash, bytes32 slot, address sender, uint256 n, uint256 k) pure returns(uint256[])
func (proofsHarness *ProofsHarness) TryPackFillIndices(blockHash [32]byte, slot [32]byte, sender common.Address, n *big.Int, k *big.Int) ([]byte, error) {
	return proofsHarness.abi.Pack("fillIndices", blockHash, slot, sender, n, k)
}

// UnpackFillIndices is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8cf881e7.
//
// Solidity: function fillIndices(bytes32 blockHash, bytes32 slot, address sender, uint256 n, uint256 k) pure returns(uint256[])
func (proofsHarness *ProofsHarness) UnpackFillIndices(data []byte) ([]*big.Int, error) {
	out, err := proofsHarness.abi.Unpack("fillIndices", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackSlotId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7969ec0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotId(bytes32 requestId, uint256 index) pure returns(bytes32)
func (proofsHarness *ProofsHarness) PackSlotId(requestId [32]byte, index *big.Int) []byte {
	enc, err := proofsHarness.abi.Pack("slotId", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7969ec0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotId(bytes32 requestId, uint256 index) pure returns(bytes32)
func (proofsHarness *ProofsHarness) TryPackSlotId(requestId [32]byte, index *big.Int) ([]byte, error) {
	return proofsHarness.abi.Pack("slotId", requestId, index)
}

// UnpackSlotId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7969ec0e.
//
// Solidity: function slotId(bytes32 requestId, uint256 index) pure returns(bytes32)
func (proofsHarness *ProofsHarness) UnpackSlotId(data []byte) ([32]byte, error) {
	out, err := proofsHarness.abi.Unpack("slotId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23284b0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes32 root, uint256 shardSize, uint256[] indices, bytes proof) view returns(uint256 status)
func (proofsHarness *ProofsHarness) PackVerifyProof(root [32]byte, shardSize *big.Int, indices []*big.Int, proof []byte) []byte {
	enc, err := proofsHarness.abi.Pack("verifyProof", root, shardSize, indices, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23284b0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes32 root, uint256 shardSize, uint256[] indices, bytes proof) view returns(uint256 status)
func (proofsHarness *ProofsHarness) TryPackVerifyProof(root [32]byte, shardSize *big.Int, indices []*big.Int, proof []byte) ([]byte, error) {
	return proofsHarness.abi.Pack("verifyProof", root, shardSize, indices, proof)
}

// UnpackVerifyProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23284b0e.
//
// Solidity: function verifyProof(bytes32 root, uint256 shardSize, uint256[] indices, bytes proof) view returns(uint256 status)
func (proofsHarness *ProofsHarness) UnpackVerifyProof(data []byte) (*big.Int, error) {
	out, err := proofsHarness.abi.Unpack("verifyProof", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}
