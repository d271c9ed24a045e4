// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title CairnToken
/// @notice Devnet ERC-20 with EIP-2612 permit. DEVNET ONLY: anyone may mint any amount, so it
/// is a faucet, not money. A real deployment points the Marketplace at an existing token.
contract CairnToken is ERC20, ERC20Permit {
    constructor() ERC20("Cairn Devnet Token", "CAIRN") ERC20Permit("Cairn Devnet Token") {}

    /// @notice Mints `amount` to `to`. Open to anyone (devnet faucet).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
