#!/usr/bin/env bash
# Compiles contracts/src with the pinned solcjs into contracts/build (ABI + bytecode) and
# regenerates the abigen v2 bindings in contracts/. Deterministic: running it twice changes
# nothing. Usage: scripts/build-contracts.sh [out-dir]  (default: the repository itself; the
# staleness test passes a temporary directory and diffs).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root}"
cd "$root"
if [ ! -d node_modules/solc ]; then
  echo "solc is not installed: run \`make tools\` (npm ci)" >&2
  exit 1
fi
mkdir -p "$out/contracts/build"
node scripts/solc-build.cjs "$root" "$out/contracts/build"
gen() { # name type file
  go tool abigen --v2 --abi "$out/contracts/build/$1.abi" --bin "$out/contracts/build/$1.bin" \
    --pkg contracts --type "$2" --out "$out/contracts/$3"
}
gen CairnToken CairnToken token.go
go tool abigen --v2 --combined-json "$out/contracts/build/v2.combined.json" --pkg contracts --out "$out/contracts/marketplace_v2.go"
# The test-only harness binds into the external test package (contracts_test).
go tool abigen --v2 --abi "$out/contracts/build/ProofsHarness.abi" --bin "$out/contracts/build/ProofsHarness.bin" \
  --pkg contracts_test --type ProofsHarness --out "$out/contracts/proofs_harness_test.go"
