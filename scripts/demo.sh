#!/usr/bin/env bash
# Placeholder for `make demo` until the devnet issue lands (it will replace
# this file with the full story: devnet, upload, proofs, payments, a failed
# provider, repair, download).
#
# Today it starts the pinned anvil (--hardfork prague) on a free port, imports
# anvil's funded account 0 into a throwaway data directory with bin/cairn,
# shows its balance (also as JSON), says what is still missing, stops anvil
# and exits 0. CAIRN_INSECURE_LIGHT_KDF=1 makes the throwaway keystore fast
# to write: never use it for a real wallet.
set -euo pipefail
cd "$(dirname "$0")/.."

CAIRN=${CAIRN:-bin/cairn}
[[ -x $CAIRN ]] || { echo "demo: $CAIRN not built: run make build" >&2; exit 1; }

os=$(uname -s | tr '[:upper:]' '[:lower:]')
case $(uname -m) in
  x86_64 | amd64) arch=amd64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) arch=$(uname -m) ;;
esac
ANVIL=${CAIRN_ANVIL:-node_modules/@foundry-rs/anvil-$os-$arch/bin/anvil}
[[ -x $ANVIL ]] || { echo "demo: anvil not found at $ANVIL: run make tools" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

port=
for _ in $(seq 50); do
  p=$((20000 + RANDOM % 20000))
  if ! port_open "$p"; then port=$p; break; fi
done
[[ -n $port ]] || { echo "demo: no free port found" >&2; exit 1; }

work=$(mktemp -d)
anvil_pid=
cleanup() {
  if [[ -n $anvil_pid ]]; then
    kill "$anvil_pid" 2>/dev/null || true
    wait "$anvil_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "==> starting anvil on 127.0.0.1:$port (--hardfork prague)" >&2
"$ANVIL" --hardfork prague --port "$port" --host 127.0.0.1 >"$work/anvil.log" 2>&1 &
anvil_pid=$!
for _ in $(seq 100); do
  port_open "$port" && break
  kill -0 "$anvil_pid" 2>/dev/null || { cat "$work/anvil.log" >&2; echo "demo: anvil exited" >&2; exit 1; }
  sleep 0.1
done
port_open "$port" || { echo "demo: anvil did not start listening" >&2; exit 1; }

export CAIRN_DATADIR=$work/data
export ETH_RPC_URL=http://127.0.0.1:$port
export CAIRN_INSECURE_LIGHT_KDF=1
echo "test test test test test test test test test test test junk" >"$work/mnemonic"
echo "demo-password" >"$work/password"
chmod 600 "$work/mnemonic" "$work/password"

echo "==> cairn wallet import --mnemonic-file (anvil's funded account 0)" >&2
"$CAIRN" wallet import --mnemonic-file "$work/mnemonic" --password-file "$work/password" --log-level error

echo "==> cairn wallet balance" >&2
"$CAIRN" wallet balance

echo "==> cairn wallet balance --json" >&2
"$CAIRN" wallet balance --json

cat >&2 <<'EOF'

==> What works today: the pinned toolchain, the chain package, the wallet
    commands above. Missing from this demo until the market and devnet issues
    land: `cairn devnet up` (deploy the Marketplace and token, start
    providers), `cairn put` / `get` / `ls` / `status` / `restore`, per-epoch
    proofs and payments, a failing provider and its repair.
EOF
